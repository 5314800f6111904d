import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { complete } from "./complete";
import { createShell, run } from "./shell";
import { lab } from "./test/worlds";
import { idOf } from "../sim";

const s0 = () => createShell({ world: lab(), host: "bastion" });

describe("complete()", () => {
  it("commands", () => {
    expect(complete(s0(), "di")).toEqual({ replaceFrom: 0, candidates: ["dig"] });
    expect(complete(s0(), "echo x | gr").candidates).toEqual(["grep"]);
  });

  it("aws services, operations, flags, enum values", () => {
    expect(complete(s0(), "aws e").candidates).toEqual(["ec2", "elbv2"]);
    expect(complete(s0(), "aws ec2 create-vpc-e").candidates).toEqual(["create-vpc-endpoint", "create-vpc-endpoint-service-configuration"]);
    const flags = complete(s0(), "aws ec2 create-vpc-endpoint --vpc-").candidates;
    expect(flags).toEqual(["--vpc-endpoint-type", "--vpc-id"]);
    expect(complete(s0(), "aws ec2 create-vpc-endpoint --vpc-endpoint-type ").candidates).toEqual(["Gateway", "GatewayLoadBalancer", "Interface", "Resource", "ServiceNetwork"]);
    expect(complete(s0(), "aws ec2 describe-vpcs --output t")).toEqual({ replaceFrom: 31, candidates: ["table", "text"] });
    expect(complete(s0(), "aws ec2 describe-vpcs --output=y").candidates).toEqual(["yaml", "yaml-stream"]);
    expect(complete(s0(), "aws ec2 wait vpc").candidates).toEqual(["vpc-available", "vpc-exists"]);
  });

  it("resource ids and service names from the World", () => {
    const w = lab();
    expect(complete(s0(), "aws ec2 create-vpc-endpoint --vpc-id vpc-").candidates).toEqual([idOf(w, "lab-vpc")]);
    expect(complete(s0(), "aws ec2 create-vpc-endpoint --route-table-ids rtb-").candidates).toContain(idOf(w, "private-rt"));
    expect(complete(s0(), "aws ec2 create-vpc-endpoint --service-name com.amazonaws.us-east-1.s").candidates).toEqual(
      expect.arrayContaining(["com.amazonaws.us-east-1.s3", "com.amazonaws.us-east-1.sqs", "com.amazonaws.us-east-1.sts"]),
    );
    expect(complete(s0(), "aws s3 ls s3://pathwise-r").candidates).toEqual(["s3://pathwise-reports/"]);
  });

  it("files, including file:// for policy documents", () => {
    const s = run(s0(), "echo '{}' > policy.json").state;
    expect(complete(s, "cat po").candidates).toEqual(["policy.json"]);
    expect(complete(s, "aws s3api put-bucket-policy --bucket b --policy file://p").candidates).toEqual(["file://policy.json"]);
    expect(complete(s, "ssh app").candidates).toEqual(["app-server"]);
  });

  it("never throws", () => {
    const s = s0();
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.integer({ min: -5, max: 80 }), (line, cur) => {
        const c = complete(s, line, cur);
        expect(Array.isArray(c.candidates)).toBe(true);
        expect(c.replaceFrom).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });
});
