import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Route, RouteTable, World } from "./schema";
import { WorldSchema } from "./schema";
import type { OpResult } from "./core";
import { labWorld, sandboxWorld } from "./scenario";
import { hybridWorld, privateLinkWorld } from "./fixtures";
import { trace } from "./trace";
import { resolve } from "./dns";
import { tick } from "./lifecycle";
import { lookupRoute, routeMatchLength } from "./routing";
import { cidrContains, formatCidr, formatIp, maskOf, parseIp } from "./ip";
import * as vpcOps from "./ops/vpc";
import * as epOps from "./ops/endpoints";
import * as plOps from "./ops/privatelink";
import * as connOps from "./ops/connect";
import * as dataOps from "./ops/data";

type AnyOp = (w: World, input: never, ctx?: never) => OpResult<unknown>;

const OPS: Record<string, AnyOp> = {};
for (const mod of [vpcOps, epOps, plOps, connOps, dataOps] as Array<Record<string, unknown>>) {
  for (const [name, fn] of Object.entries(mod)) {
    if (
      typeof fn === "function" &&
      /^(create|delete|modify|authorize|revoke|associate|disassociate|replace|attach|detach|accept|reject|run|terminate|put|enable|disable|set|register|start|upsert|tag)/.test(
        name,
      )
    ) {
      OPS[name] = fn as AnyOp;
    }
  }
}

const base = labWorld();

describe("operations never throw", () => {
  it("found the operations", () => {
    expect(Object.keys(OPS).length).toBeGreaterThan(50);
  });

  it.each(Object.keys(OPS))("%s on arbitrary input", (name) => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (input, ctx) => {
        const r = OPS[name](base, input as never, ctx as never);
        expect(typeof r.ok).toBe("boolean");
        if (r.ok) {
          const parsed = WorldSchema.safeParse(JSON.parse(JSON.stringify(r.world)));
          if (!parsed.success)
            throw new Error(
              `${name} produced an invalid World: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
            );
        } else {
          expect(r.error.code).not.toBe("InternalError");
          expect(typeof r.error.code).toBe("string");
          expect(typeof r.error.message).toBe("string");
        }
      }),
      { numRuns: 40 },
    );
  });

  it.each(Object.keys(OPS))("%s on plausible-but-wrong input keeps the World valid", (name) => {
    const ids = [
      ...Object.keys(base.vpcs),
      ...Object.keys(base.subnets),
      ...Object.keys(base.routeTables),
      ...Object.keys(base.securityGroups),
      ...Object.keys(base.internetGateways),
      ...Object.keys(base.instances),
      "pl-63a5400a",
      "vpc-0000000000000dead",
    ];
    const val = fc.oneof(
      fc.constantFrom(...ids),
      fc.constantFrom(
        "10.0.9.0/24",
        "0.0.0.0/0",
        "com.amazonaws.us-east-1.s3",
        "com.amazonaws.us-east-1.sqs",
        "Interface",
        "Gateway",
        "pathwise-reports",
        "tcp",
      ),
      fc.anything(),
    );
    const keys = [
      "vpcId",
      "subnetId",
      "routeTableId",
      "groupId",
      "cidrBlock",
      "destinationCidrBlock",
      "destinationPrefixListId",
      "gatewayId",
      "natGatewayId",
      "serviceName",
      "vpcEndpointType",
      "enableDnsSupport",
      "enableDnsHostnames",
      "mapPublicIpOnLaunch",
      "privateDnsEnabled",
      "tags",
      "policyDocument",
      "bucket",
      "policy",
      "key",
      "body",
      "size",
      "name",
      "queueName",
      "tableName",
      "ipProtocol",
      "fromPort",
      "toPort",
      "cidrIp",
      "availabilityZone",
      "listeningPorts",
      "instanceType",
      "iamRole",
    ];
    const arrKeys = [
      "routeTableIds",
      "subnetIds",
      "securityGroupIds",
      "vpcEndpointIds",
      "instanceIds",
      "addAllowedPrincipals",
      "networkLoadBalancerArns",
      "addRouteTableIds",
      "removeRouteTableIds",
      "addSubnetIds",
      "addSecurityGroupIds",
    ];
    const perm = fc.record(
      {
        ipProtocol: val,
        fromPort: val,
        toPort: val,
        ipRanges: fc.array(fc.record({ cidrIp: val }), { maxLength: 2 }),
        userIdGroupPairs: fc.array(fc.record({ groupId: val }), { maxLength: 2 }),
      },
      { requiredKeys: [] },
    );
    const rec = fc.record(
      Object.fromEntries([
        ...keys.map((k) => [k, val] as const),
        ...arrKeys.map((k) => [k, fc.array(val, { maxLength: 3 })] as const),
        ["ipPermissions", fc.array(perm, { maxLength: 2 })] as const,
        ["targets", fc.array(fc.record({ id: val, port: val }, { requiredKeys: [] }), { maxLength: 2 })] as const,
        [
          "record",
          fc.record({ name: val, type: val, ttl: val, values: fc.array(val, { maxLength: 2 }) }, { requiredKeys: [] }),
        ] as const,
        [
          "tunnelOptions",
          fc.array(fc.record({ preSharedKey: val, tunnelInsideCidr: val }, { requiredKeys: [] }), { maxLength: 2 }),
        ] as const,
      ]),
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(rec, (input) => {
        const r = OPS[name](base, input as never);
        if (!r.ok && r.error.code === "InternalError")
          throw new Error(`${name}(${JSON.stringify(input)}) → ${r.error.message}`);
        if (r.ok) {
          const parsed = WorldSchema.safeParse(JSON.parse(JSON.stringify(r.world)));
          if (!parsed.success)
            throw new Error(
              `${name}(${JSON.stringify(input)}) produced an invalid World: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
            );
        }
      }),
      { numRuns: 120 },
    );
  });

  it("trace never fails internally on an arbitrary flow object", () => {
    fc.assert(
      fc.property(fc.anything(), (flow) => {
        const r = trace(base, flow as never);
        expect(r.code).not.toBe("INTERNAL_ERROR");
      }),
      { numRuns: 300 },
    );
  });

  it("trace and resolve never throw", () => {
    const ids = [...Object.keys(base.instances), ...Object.keys(base.networkInterfaces), "nobody"];
    fc.assert(
      fc.property(
        fc.constantFrom(...ids),
        fc.anything(),
        fc.option(fc.integer({ min: -5, max: 70000 })),
        (from, to, port) => {
          const r = trace(base, { from, to: to as never, port: port ?? undefined });
          expect(typeof r.outcome).toBe("string");
          const d = resolve(base, from, typeof to === "string" ? to : "x");
          expect(typeof d.status).toBe("string");
        },
      ),
      { numRuns: 200 },
    );
  });
});

// ── random operation sequences with plausible arguments ─────────────────────
function pick<T>(xs: T[], n: number): T | undefined {
  return xs.length === 0 ? undefined : xs[Math.abs(n) % xs.length];
}

function plausibleStep(w: World, op: number, a: number, b: number): World {
  const vpcs = Object.keys(w.vpcs);
  const subnets = Object.keys(w.subnets);
  const rts = Object.keys(w.routeTables);
  const sgs = Object.keys(w.securityGroups);
  const eps = Object.keys(w.vpcEndpoints);
  const svcs = ["s3", "dynamodb", "sqs", "kms", "sts", "ec2", "nope"];
  const cidr = `10.${a % 4}.${b % 256}.0/24`;
  let r: OpResult<unknown>;
  switch (op % 14) {
    case 0:
      r = epOps.createVpcEndpoint(w, {
        vpcId: pick(vpcs, a) ?? "",
        serviceName: `com.amazonaws.us-east-1.${pick(svcs, b)}`,
        vpcEndpointType: b % 2 ? "Gateway" : "Interface",
        routeTableIds: b % 2 ? [pick(rts, a) ?? ""] : undefined,
        subnetIds: b % 2 ? undefined : [pick(subnets, a) ?? ""],
      });
      break;
    case 1:
      r = epOps.modifyVpcEndpoint(w, {
        vpcEndpointId: pick(eps, a) ?? "vpce-x",
        addRouteTableIds: b % 3 === 0 ? [pick(rts, b) ?? ""] : undefined,
        removeRouteTableIds: b % 3 === 1 ? [pick(rts, b) ?? ""] : undefined,
        privateDnsEnabled: b % 3 === 2 ? !!(a % 2) : undefined,
      });
      break;
    case 2:
      r = epOps.deleteVpcEndpoints(w, { vpcEndpointIds: [pick(eps, a) ?? "vpce-0000000000000dead"] });
      break;
    case 3:
      r = vpcOps.createRoute(w, {
        routeTableId: pick(rts, a) ?? "",
        destinationCidrBlock: cidr,
        gatewayId: pick(Object.keys(w.internetGateways), b),
      });
      break;
    case 4:
      r = vpcOps.deleteRoute(w, { routeTableId: pick(rts, a) ?? "", destinationCidrBlock: b % 2 ? cidr : "0.0.0.0/0" });
      break;
    case 5:
      r = vpcOps.authorizeSecurityGroupIngress(w, {
        groupId: pick(sgs, a) ?? "",
        ipProtocol: "tcp",
        fromPort: b % 1024,
        toPort: b % 1024,
        cidrIp: cidr,
      });
      break;
    case 6:
      r = vpcOps.revokeSecurityGroupIngress(w, {
        groupId: pick(sgs, a) ?? "",
        ipProtocol: "tcp",
        fromPort: b % 1024,
        toPort: b % 1024,
        cidrIp: cidr,
      });
      break;
    case 7:
      r = vpcOps.modifyVpcAttribute(w, {
        vpcId: pick(vpcs, a) ?? "",
        ...(b % 2 ? { enableDnsSupport: !!(a % 2) } : { enableDnsHostnames: !!(a % 2) }),
      });
      break;
    case 8:
      r = vpcOps.createSubnet(w, { vpcId: pick(vpcs, a) ?? "", cidrBlock: cidr });
      break;
    case 9:
      r = vpcOps.createNatGateway(w, { subnetId: pick(subnets, a) ?? "" });
      break;
    case 10:
      return tick(w, (a % 5) * 30);
    case 11:
      r = dataOps.putBucketPolicy(w, {
        bucket: "pathwise-reports",
        policy: JSON.stringify({
          Statement: [
            {
              Effect: b % 2 ? "Allow" : "Deny",
              Principal: "*",
              Action: "s3:*",
              Resource: "arn:aws:s3:::pathwise-reports/*",
            },
          ],
        }),
      });
      break;
    case 12:
      r = vpcOps.runInstances(w, { subnetId: pick(subnets, a) ?? "" });
      break;
    default:
      r = vpcOps.replaceRoute(w, {
        routeTableId: pick(rts, a) ?? "",
        destinationCidrBlock: cidr,
        natGatewayId: pick(Object.keys(w.natGateways), b),
      });
  }
  return r.ok ? r.world : w;
}

describe("random operation sequences", () => {
  const steps = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: 25 });

  it("keep the World schema-valid and JSON-round-trippable", () => {
    fc.assert(
      fc.property(fc.constantFrom("lab", "sandbox", "hybrid"), steps, (which, ops) => {
        let w = which === "lab" ? base : which === "sandbox" ? sandboxWorld() : hybridWorld();
        for (const [op, a, b] of ops) w = plausibleStep(w, op, a, b);
        const parsed = WorldSchema.safeParse(JSON.parse(JSON.stringify(w)));
        if (!parsed.success)
          throw new Error(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
        expect(JSON.parse(JSON.stringify(w))).toStrictEqual(w);
        // ids stay unique across collections
        const ids = [
          ...Object.keys(w.vpcs),
          ...Object.keys(w.subnets),
          ...Object.keys(w.routeTables),
          ...Object.keys(w.vpcEndpoints),
          ...Object.keys(w.networkInterfaces),
          ...Object.keys(w.securityGroups),
        ];
        expect(new Set(ids).size).toBe(ids.length);
        // and the tracer still answers
        const app = Object.keys(w.instances)[1];
        expect(
          typeof trace(w, { from: app, to: { service: "s3", action: "s3:ListBucket", bucket: "pathwise-reports" } })
            .outcome,
        ).toBe("string");
      }),
      { numRuns: 60 },
    );
  });

  it("are deterministic: the same steps give byte-identical Worlds and traces", () => {
    fc.assert(
      fc.property(steps, (ops) => {
        const run = () => {
          let w = labWorld();
          for (const [op, a, b] of ops) w = plausibleStep(w, op, a, b);
          return (
            JSON.stringify(w) +
            JSON.stringify(
              trace(w, {
                from: Object.keys(w.instances)[1],
                to: { service: "s3", action: "s3:ListBucket", bucket: "pathwise-reports" },
              }),
            )
          );
        };
        expect(run()).toBe(run());
      }),
      { numRuns: 20 },
    );
  });

  it("two-account world stays valid too", () => {
    const w = privateLinkWorld();
    expect(WorldSchema.safeParse(JSON.parse(JSON.stringify(w))).success).toBe(true);
  });
});

describe("route lookup agrees with brute-force longest-prefix match", () => {
  const arbCidr = fc
    .tuple(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 32 }))
    .map(([ip, p]) => formatCidr({ base: (ip & maskOf(p)) >>> 0, prefix: p }));
  it("on random tables (CIDR and prefix-list routes)", () => {
    const w = base;
    const pls = Object.values(w.prefixLists);
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            arbCidr.map((c) => ({ destinationCidrBlock: c })),
            fc.constantFrom(...pls.map((p) => ({ destinationPrefixListId: p.id }))),
          ),
          { minLength: 1, maxLength: 12 },
        ),
        fc.oneof(
          fc.integer({ min: 0, max: 0xffffffff }),
          fc.constantFrom(...pls.flatMap((p) => p.cidrs)).map((c) => (parseIp(c.split("/")[0]) ?? 0) + 7),
        ),
        (dests, ipNum) => {
          const routes: Route[] = dests.map((d, i) => ({
            ...d,
            gatewayId: `igw-${i}`,
            origin: "CreateRoute",
            state: "active",
          }));
          const rt: RouteTable = {
            id: "rtb-x",
            vpcId: "vpc-x",
            ownerId: "1",
            routes,
            associations: [],
            propagatingVgws: [],
            tags: [],
          };
          const ip = formatIp(ipNum >>> 0);
          let best = -1;
          for (const r of routes) {
            const cidrs = r.destinationCidrBlock
              ? [r.destinationCidrBlock]
              : w.prefixLists[r.destinationPrefixListId as string].cidrs;
            for (const c of cidrs) {
              const [b, p] = c.split("/");
              if (cidrContains({ base: parseIp(b) ?? 0, prefix: Number(p) }, ipNum >>> 0))
                best = Math.max(best, Number(p));
            }
          }
          const m = lookupRoute(w, rt, ip);
          expect(m ? m.prefix : -1).toBe(best);
          if (m) expect(routeMatchLength(w, m.route, ipNum >>> 0)).toBe(best);
        },
      ),
      { numRuns: 500 },
    );
  });
});
