/**
 * New ec2 mutations: completion of their flags and resource ids, waiter names, and the effect on
 * the World. Golden output lives in test/transcripts/nat-and-route-tables.transcript (sources
 * cited there: aws/aws-cli branch v2 @ 73fb33bb, awscli/examples/ec2/*.rst and the bundled
 * botocore ec2 service-2.json / waiters-2.json).
 */
import { describe, expect, it } from "vitest";
import { complete } from "../complete";
import { createShell, run } from "../shell";
import { lab } from "../test/worlds";
import { idOf } from "../../sim";
import { joinStream } from "../test/transcript";
import type { ShellState } from "../types";

const s0 = () => createShell({ world: lab(), host: "bastion" });

function sh(s: ShellState, ...lines: string[]): ShellState {
  for (const l of lines) s = run(s, l).state;
  return s;
}

describe("ec2 mutations: completion", () => {
  it("operations and flags", () => {
    expect(complete(s0(), "aws ec2 create-nat-").candidates).toEqual(["create-nat-gateway"]);
    expect(complete(s0(), "aws ec2 associate-route-").candidates).toEqual(["associate-route-table"]);
    expect(complete(s0(), "aws ec2 replace-route").candidates).toEqual(["replace-route", "replace-route-table-association"]);
    expect(complete(s0(), "aws ec2 create-nat-gateway --conn").candidates).toEqual(["--connectivity-type"]);
    expect(complete(s0(), "aws ec2 create-nat-gateway --connectivity-type ").candidates).toEqual(["private", "public"]);
    expect(complete(s0(), "aws ec2 associate-route-table --").candidates).toEqual(
      expect.arrayContaining(["--route-table-id", "--subnet-id", "--gateway-id", "--dry-run"]),
    );
    expect(complete(s0(), "aws ec2 wait nat-").candidates).toEqual(["nat-gateway-available", "nat-gateway-deleted"]);
    expect(complete(s0(), "aws ec2 enable-vgw-").candidates).toEqual(["enable-vgw-route-propagation"]);
    expect(complete(s0(), "aws ec2 create-vpn-connection-r").candidates).toEqual(["create-vpn-connection-route"]);
  });

  it("resource ids from the World", () => {
    const w = lab();
    const s = sh(s0(), "aws ec2 allocate-address", `aws ec2 create-nat-gateway --subnet-id ${idOf(w, "public-a")}`);
    const eip = Object.keys(s.world.addresses ?? {})[0];
    const nat = Object.keys(s.world.natGateways)[0];
    expect(complete(s, "aws ec2 create-nat-gateway --allocation-id eip").candidates).toEqual([eip]);
    expect(complete(s, "aws ec2 delete-nat-gateway --nat-gateway-id nat-").candidates).toEqual([nat]);
    expect(complete(s, "aws ec2 replace-route --nat-gateway-id n").candidates).toEqual([nat]);
    expect(complete(s, "aws ec2 create-nat-gateway --subnet-id subnet-").candidates).toContain(idOf(w, "public-a"));
    expect(complete(s, "aws ec2 associate-route-table --route-table-id rtb-").candidates).toContain(idOf(w, "private-rt"));
    const assoc = w.routeTables[idOf(w, "private-rt")].associations.filter((a) => !a.main).map((a) => a.id);
    expect(complete(s, "aws ec2 disassociate-route-table --association-id rtbassoc-").candidates).toEqual(expect.arrayContaining(assoc));
    expect(complete(s, "aws ec2 replace-route --gateway-id igw-").candidates).toEqual([idOf(w, "lab-igw")]);
  });
});

describe("ec2 mutations: effect", () => {
  it("NAT gateway + default route give the private subnet internet access", () => {
    const w = lab();
    let s = sh(
      s0(),
      "EIP=$(aws ec2 allocate-address --query AllocationId --output text)",
      `NAT=$(aws ec2 create-nat-gateway --subnet-id ${idOf(w, "public-a")} --allocation-id $EIP --query NatGateway.NatGatewayId --output text)`,
      "aws ec2 wait nat-gateway-available --nat-gateway-ids $NAT",
      `aws ec2 create-route --route-table-id ${idOf(w, "private-rt")} --destination-cidr-block 0.0.0.0/0 --nat-gateway-id $NAT`,
    );
    const nat = Object.values(s.world.natGateways)[0];
    expect(nat.state).toBe("available");
    expect(nat.publicIp).toBe("192.0.2.1");
    expect(s.world.addresses?.[nat.allocationId ?? ""]?.networkInterfaceId).toBe(nat.networkInterfaceId);
    const r = run(s, "ssh 10.0.2.10 curl -sI https://example.com --connect-timeout 2");
    expect(r.exitCode).toBe(0);
    expect(joinStream(r, "stdout")).toMatch(/^HTTP\/1.1 200 OK/);
    s = sh(s, `aws ec2 delete-nat-gateway --nat-gateway-id ${nat.id}`);
    expect(s.world.addresses?.[nat.allocationId ?? ""]?.associationId).toBeUndefined();
  });

  it("--dry-run checks the request like EC2", () => {
    const w = lab();
    const ok = run(s0(), `aws ec2 create-route-table --vpc-id ${idOf(w, "lab-vpc")} --dry-run`);
    expect(ok.exitCode).toBe(254);
    expect(joinStream(ok, "stderr")).toContain("(DryRunOperation) when calling the CreateRouteTable operation");
    const bad = run(s0(), "aws ec2 create-route-table --vpc-id vpc-0123456789abcdef0 --dry-run");
    expect(joinStream(bad, "stderr")).toContain("(InvalidVpcID.NotFound) when calling the CreateRouteTable operation");
  });

  it("the invalid-choice suggestions never repeat the word typed", () => {
    const r = run(s0(), "aws ec2 wait instance-stopped");
    expect(r.exitCode).toBe(252);
    expect(joinStream(r, "stderr")).not.toContain("  * instance-stopped");
    expect(joinStream(r, "note")).toContain("does not implement it");
    const r2 = run(s0(), "aws ec2 wait nat-gateway-availabe");
    expect(joinStream(r2, "stderr")).toContain("  * nat-gateway-available");
  });
});
