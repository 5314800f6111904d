import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { LABS } from "./index";
import { LAB_SECRETS } from "./secrets";
import {
  BREAK_AND_FIX_FAULTS,
  LabMetaSchema,
  LabSecretsSchema,
  breakAndFixFault,
  replayLab,
  startShell,
} from "@/lib/content/lab";

/** seeds that pick each break-and-fix fault */
function seedsByFault(): Map<string, number[]> {
  const m = new Map<string, number[]>();
  for (const s of [
    ...Array.from({ length: 200 }, (_, i) => i),
    2147483000,
    2147483001,
    2147483002,
    2147483003,
    2147483004,
    2147483005,
  ]) {
    const f = breakAndFixFault(s);
    const list = m.get(f) ?? [];
    if (list.length < 3) m.set(f, [...list, s]);
  }
  return m;
}

describe("lab catalogue", () => {
  it("never throws on random command lists, for every lab (property)", () => {
    const word = fc.constantFrom(
      "aws",
      "ec2",
      "s3",
      "ls",
      "sqs",
      "list-queues",
      "describe-vpc-endpoints",
      "modify-vpc-endpoint",
      "--vpc-endpoint-id",
      "--profile",
      "provider",
      "ssh",
      "10.0.2.10",
      "10.0.1.20",
      "exit",
      "reset",
      "sleep",
      "60",
      "dig",
      "nc",
      "-zv",
      "curl",
      "|",
      "&&",
      "$(",
      ")",
      "'",
      "{",
    );
    const line = fc.array(word, { maxLength: 7 }).map((ws) => ws.join(" "));
    fc.assert(
      fc.property(
        fc.constantFrom(...LABS),
        fc.array(line, { maxLength: 8 }),
        fc.integer({ min: 0, max: 99 }),
        (lab, cmds, seed) => {
          const r = replayLab(lab, cmds, { seed });
          expect(r.goals).toHaveLength(lab.goals.length);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("has unique ids and a secrets entry for every lab", () => {
    const ids = LABS.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(LAB_SECRETS).sort()).toEqual([...ids].sort());
  });
});

describe.each(LABS.map((l) => [l.id, l] as const))("lab %s", (id, lab) => {
  const secrets = LAB_SECRETS[id];

  it("validates against LabMetaSchema and LabSecretsSchema", () => {
    const meta = LabMetaSchema.safeParse(lab);
    expect(meta.success, JSON.stringify(meta.error?.issues)).toBe(true);
    const sec = LabSecretsSchema.safeParse(secrets);
    expect(sec.success, JSON.stringify(sec.error?.issues)).toBe(true);
    expect(secrets.id).toBe(id);
  });

  it("starts a shell on the start host", () => {
    const st = lab.start(1);
    const shell = startShell(lab, 1);
    expect(shell.history).toEqual([]);
    expect(shell.lastExit).toBe(0);
    const top = shell.hostStack[shell.hostStack.length - 1];
    const name =
      shell.world.instances[top]?.tags.find((t) => t.Key === "Name")?.Value ?? shell.world.onPremHosts?.[top]?.name;
    expect(name).toBe(st.host);
    expect(shell.hostStack.length).toBe(1 + (st.via?.length ?? 0));
  });

  if (id === "break-and-fix") {
    const seeds = seedsByFault();
    it("every fault is picked by some seed", () => {
      expect([...seeds.keys()].sort()).toEqual([...BREAK_AND_FIX_FAULTS].sort());
    });
    for (const fault of BREAK_AND_FIX_FAULTS) {
      it(`fault ${fault}: the start fails and its fix passes every goal`, () => {
        const fix = secrets.faults!.find((f) => f.id === fault)!;
        expect(fix, `no solution for fault ${fault}`).toBeTruthy();
        for (const seed of seeds.get(fault)!) {
          const start = replayLab(lab, [], { seed });
          expect(start.goals.some((g) => !g.done)).toBe(true);
          for (const g of start.goals.filter((x) => !x.done)) expect(g.code).toBeTruthy();
          const r = replayLab(lab, fix.solution, { seed });
          expect(r.goals.filter((g) => !g.done)).toEqual([]);
        }
      });
    }
  } else {
    it("the start fails at least one goal", () => {
      for (const seed of [1, 42]) {
        const r = replayLab(lab, [], { seed });
        expect(r.goals.filter((g) => !g.done).length).toBeGreaterThan(0);
        for (const g of r.goals.filter((x) => !x.done)) expect(g.code, `${g.id} has no code`).toBeTruthy();
      }
    });

    it("the reference solution passes every goal (several seeds)", () => {
      for (const seed of [0, 1, 42, 2026, 2147483646]) {
        const r = replayLab(lab, secrets.solution, { seed });
        expect(r.error).toBeUndefined();
        expect(r.goals.filter((g) => !g.done)).toEqual([]);
      }
    });
  }

  it("replays deterministically", () => {
    const cmds = id === "break-and-fix" ? secrets.faults![0].solution : secrets.solution;
    const a = replayLab(lab, cmds, { seed: 7, cache: false });
    const b = replayLab(lab, cmds, { seed: 7, cache: false });
    expect(b.goals).toEqual(a.goals);
    expect(JSON.stringify(b.shell.world)).toBe(JSON.stringify(a.shell.world));
    expect(b.results).toEqual(a.results);
  });
});

describe("alternative correct solutions also pass (goals are outcome predicates)", () => {
  const byId = (id: string) => LABS.find((l) => l.id === id)!;
  const passes = (id: string, cmds: string[], seed = 3) =>
    replayLab(byId(id), cmds, { seed, cache: false }).goals.filter((g) => !g.done);

  it("s3-gateway-endpoint: endpoint on both route tables, by explicit type, ssh by name", () => {
    expect(
      passes("s3-gateway-endpoint", [
        "exit",
        "VPC=$(aws ec2 describe-vpcs --filters Name=tag:Name,Values=lab-vpc --query 'Vpcs[0].VpcId' --output text)",
        "RTS=$(aws ec2 describe-route-tables --filters Name=vpc-id,Values=$VPC Name=tag:Name,Values=private-rt,public-rt --query 'RouteTables[].RouteTableId' --output text)",
        "aws ec2 create-vpc-endpoint --vpc-endpoint-type Gateway --vpc-id $VPC --service-name com.amazonaws.us-east-1.s3 --route-table-ids $RTS",
        "ssh app-server aws s3 ls",
      ]),
    ).toEqual([]);
  });

  it("interface-endpoint-security-group: 443 from the app's security group", () => {
    expect(
      passes("interface-endpoint-security-group", [
        "exit",
        "SG=$(aws ec2 describe-security-groups --filters Name=group-name,Values=sqs-endpoint-sg --query 'SecurityGroups[0].GroupId' --output text)",
        "APP=$(aws ec2 describe-security-groups --filters Name=group-name,Values=app-sg --query 'SecurityGroups[0].GroupId' --output text)",
        "aws ec2 authorize-security-group-ingress --group-id $SG --protocol tcp --port 443 --source-group $APP",
      ]),
    ).toEqual([]);
  });

  it("endpoint-policy-lockdown: endpoint policy by s3:ResourceAccount", () => {
    const ep = "EP=$(aws ec2 describe-vpc-endpoints --query 'VpcEndpoints[0].VpcEndpointId' --output text)";
    const policy = `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:*","Resource":"*","Condition":{"StringEquals":{"s3:ResourceAccount":"111122223333"}}}]}`;
    const bucket = `{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Deny\\",\\"Principal\\":\\"*\\",\\"Action\\":\\"s3:GetObject\\",\\"Resource\\":\\"arn:aws:s3:::pathwise-reports/*\\",\\"Condition\\":{\\"StringNotEquals\\":{\\"aws:SourceVpce\\":\\"$EP\\"}}}]}`;
    expect(
      passes("endpoint-policy-lockdown", [
        "exit",
        ep,
        `aws ec2 modify-vpc-endpoint --vpc-endpoint-id $EP --policy-document '${policy}'`,
        `aws s3api put-bucket-policy --bucket pathwise-reports --policy "${bucket}"`,
      ]),
    ).toEqual([]);
  });

  it("site-to-site-vpn: narrower /32 rule and /24 route", () => {
    expect(
      passes("site-to-site-vpn", [
        "VGW=$(aws ec2 describe-vpn-gateways --query 'VpnGateways[0].VpnGatewayId' --output text)",
        "RT=$(aws ec2 describe-route-tables --filters Name=tag:Name,Values=private-rt --query 'RouteTables[0].RouteTableId' --output text)",
        "aws ec2 create-route --route-table-id $RT --destination-cidr-block 192.168.1.0/24 --gateway-id $VGW",
        "SG=$(aws ec2 describe-security-groups --filters Name=group-name,Values=app-sg --query 'SecurityGroups[0].GroupId' --output text)",
        "aws ec2 authorize-security-group-ingress --group-id $SG --protocol tcp --port 22 --cidr 192.168.1.10/32",
      ]),
    ).toEqual([]);
  });

  it("a wrong fix does not pass: opening the endpoint SG to the world", () => {
    const left = passes("interface-endpoint-security-group", [
      "exit",
      "SG=$(aws ec2 describe-security-groups --filters Name=group-name,Values=sqs-endpoint-sg --query 'SecurityGroups[0].GroupId' --output text)",
      "aws ec2 authorize-security-group-ingress --group-id $SG --protocol tcp --port 443 --cidr 0.0.0.0/0",
    ]);
    expect(left.map((g) => g.code)).toEqual(["SG_OPEN_TO_WORLD"]);
  });
});
