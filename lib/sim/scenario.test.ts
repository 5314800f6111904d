import { describe, expect, it } from "vitest";
import { WorldSchema } from "./schema";
import { labWorld, sandboxWorld, scenario } from "./scenario";
import {
  hubSpokeWorld,
  hybridWorld,
  peeredWorld,
  privateLinkWorld,
  labWithNat,
  labWithGatewayEndpoint,
} from "./fixtures";
import {
  callerOf,
  idByName,
  idOf,
  routeTableForSubnet,
  isPublicSubnet,
  validateWorld,
  visibleEndpointServices,
} from "./world";
import { nextId, isoTime } from "./core";
import { tick } from "./lifecycle";

describe("ids and determinism", () => {
  it("ids are AWS-shaped", () => {
    const w = labWorld();
    const shapes: Array<[string[], RegExp]> = [
      [Object.keys(w.vpcs), /^vpc-0[0-9a-f]{16}$/],
      [Object.keys(w.subnets), /^subnet-0[0-9a-f]{16}$/],
      [Object.keys(w.routeTables), /^rtb-0[0-9a-f]{16}$/],
      [Object.keys(w.securityGroups), /^sg-0[0-9a-f]{16}$/],
      [Object.keys(w.networkInterfaces), /^eni-0[0-9a-f]{16}$/],
      [Object.keys(w.instances), /^i-0[0-9a-f]{16}$/],
      [Object.keys(w.internetGateways), /^igw-0[0-9a-f]{16}$/],
      [Object.keys(w.networkAcls), /^acl-0[0-9a-f]{16}$/],
      [Object.keys(w.prefixLists), /^pl-[0-9a-f]{8}$/],
    ];
    for (const [ids, re] of shapes) {
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(id).toMatch(re);
    }
    const [pl] = nextId(w, "pl");
    expect(pl).toMatch(/^pl-[0-9a-f]{8}$/);
  });

  it("the same seed gives the same World; another seed gives other ids", () => {
    expect(JSON.stringify(labWorld())).toBe(JSON.stringify(labWorld()));
    expect(Object.keys(labWorld(1).vpcs)).not.toEqual(Object.keys(labWorld(2).vpcs));
  });

  it("every fixture is schema-valid and round-trips through JSON", () => {
    for (const w of [
      labWorld(),
      sandboxWorld(),
      hybridWorld(),
      peeredWorld(),
      privateLinkWorld(),
      labWithNat(),
      labWithGatewayEndpoint(),
      hubSpokeWorld(),
    ]) {
      const json = JSON.parse(JSON.stringify(w));
      expect(WorldSchema.safeParse(json).success).toBe(true);
      expect(json).toStrictEqual(w);
    }
  });

  it("stored Worlds from before transit gateways existed still validate", () => {
    const old = JSON.parse(JSON.stringify(labWorld())) as Record<string, unknown>;
    delete old.transitGateways;
    const r = validateWorld(old);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.world.transitGateways).toEqual({});
  });

  it("the clock is the World's own and tick advances it", () => {
    const w = labWorld();
    expect(isoTime(w.clock)).toBe("2026-01-05T09:00:00.000Z");
    expect(tick(w, 90).clock - w.clock).toBe(90_000);
    expect(tick(w, -3).clock).toBe(w.clock);
  });
});

describe("the canonical lab (CURRICULUM lesson 9)", () => {
  const w = labWorld();
  it("has the named resources", () => {
    for (const name of [
      "lab-vpc",
      "public-rt",
      "private-rt",
      "public-a",
      "private-a",
      "public-b",
      "private-b",
      "bastion",
      "app-server",
      "lab-igw",
      "bastion-sg",
      "app-sg",
    ]) {
      expect(idByName(w, name), name).toBeDefined();
    }
    expect(Object.keys(w.buckets)).toEqual(["pathwise-reports", "pathwise-archive-eu"]);
    expect(w.buckets["pathwise-archive-eu"].region).toBe("eu-west-1");
    expect(w.vpcs[idOf(w, "lab-vpc")]).toMatchObject({
      cidrBlock: "10.0.0.0/16",
      enableDnsSupport: true,
      enableDnsHostnames: true,
    });
  });

  it("public subnets route to the IGW; private subnets use private-rt with only the local route", () => {
    expect(isPublicSubnet(w, idOf(w, "public-a"))).toBe(true);
    expect(isPublicSubnet(w, idOf(w, "private-a"))).toBe(false);
    const rt = routeTableForSubnet(w, idOf(w, "private-a"));
    expect(rt?.id).toBe(idOf(w, "private-rt"));
    expect(rt?.routes).toEqual([
      { destinationCidrBlock: "10.0.0.0/16", gatewayId: "local", origin: "CreateRouteTable", state: "active" },
    ]);
  });

  it("instances have the documented addresses, roles and caller identities", () => {
    const app = w.instances[idOf(w, "app-server")];
    const bastion = w.instances[idOf(w, "bastion")];
    expect(app).toMatchObject({ privateIpAddress: "10.0.2.10", iamRole: "AppS3Role" });
    expect(app.publicIpAddress).toBeUndefined();
    expect(bastion.publicIpAddress).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    const c = callerOf(w, app.id);
    expect(c?.arn).toBe(`arn:aws:sts::111122223333:assumed-role/AppS3Role/${app.id}`);
    expect(c?.userId).toMatch(/^AROA[A-Z2-7]{17}:i-/);
    expect(w.accounts["111122223333"].principals["arn:aws:iam::111122223333:user/learner"]).toBeDefined();
  });

  it("describe-vpc-endpoint-services lists S3 twice (Gateway and Interface)", () => {
    const s3 = visibleEndpointServices(w, "111122223333", "us-east-1").filter(
      (s) => s.serviceName === "com.amazonaws.us-east-1.s3",
    );
    expect(s3.map((s) => s.serviceType).sort()).toEqual(["Gateway", "Interface"]);
  });

  it("the builder reports author errors clearly", () => {
    expect(() => scenario().account("111122223333").instance("x", { subnet: "nope" }).build()).toThrow(
      /unknown subnet 'nope'/,
    );
  });
});
