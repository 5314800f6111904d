import { describe, expect, it } from "vitest";
import type { World } from "../schema";
import { labWorld } from "../scenario";
import { privateLinkWorld, PROVIDER_ACCOUNT } from "../fixtures";
import { idOf } from "../world";
import { tick } from "../lifecycle";
import { DEFAULT_GATEWAY_POLICY, DEFAULT_INTERFACE_POLICY } from "../catalog";
import {
  createVpcEndpoint,
  deleteVpcEndpoints,
  endpointDnsEntries,
  modifyVpcEndpoint,
  type CreateVpcEndpointInput,
} from "./endpoints";
import {
  acceptVpcEndpointConnections,
  connectionsOfService,
  describeServicePermissions,
  modifyVpcEndpointServicePermissions,
  rejectVpcEndpointConnections,
} from "./privatelink";
import { createRoute, deleteRoute, modifyVpcAttribute, replaceRoute } from "./vpc";

function must<T>(r: { ok: true; world: World; value: T } | { ok: false; error: { code: string; message: string } }): {
  world: World;
  value: T;
} {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r;
}

const w0 = labWorld();
const vpc = idOf(w0, "lab-vpc");
const privRt = idOf(w0, "private-rt");
const pubRt = idOf(w0, "public-rt");
const privA = idOf(w0, "private-a");
const privB = idOf(w0, "private-b");

describe("create-vpc-endpoint validation (aws-reference §2.4 error table)", () => {
  const rows: Array<{
    name: string;
    input: CreateVpcEndpointInput;
    code: string;
    message: string | RegExp;
    world?: () => World;
  }> = [
    {
      name: "service name does not exist",
      input: { vpcId: vpc, serviceName: "com.amazonaws.us-east-1.s4" },
      code: "InvalidServiceName",
      message: "The Vpc Endpoint Service 'com.amazonaws.us-east-1.s4' does not exist",
    },
    {
      name: "service in another Region",
      input: { vpcId: vpc, serviceName: "com.amazonaws.eu-west-1.s3" },
      code: "InvalidServiceName",
      message: "The Vpc Endpoint Service 'com.amazonaws.eu-west-1.s3' does not exist",
    },
    {
      name: "Gateway type for a service without one",
      input: { vpcId: vpc, serviceName: "com.amazonaws.us-east-1.ec2", vpcEndpointType: "Gateway" },
      code: "InvalidServiceName",
      message: "The Vpc Endpoint Service 'com.amazonaws.us-east-1.ec2' does not support the endpoint type 'Gateway'.",
    },
    {
      name: "malformed VPC id",
      input: { vpcId: "MalformedVpcId", serviceName: "com.amazonaws.us-east-1.s3" },
      code: "InvalidVpcId.Malformed",
      message:
        "Invalid Id: 'MalformedVpcId' (expecting 'vpc-...; the Id may only contain lowercase alphanumeric characters and a single dash')",
    },
    {
      name: "VPC does not exist",
      input: { vpcId: "vpc-0000000000000dead", serviceName: "com.amazonaws.us-east-1.s3" },
      code: "InvalidVpcId.NotFound",
      message: "The Vpc Id 'vpc-0000000000000dead' does not exist",
    },
    {
      name: "subnet ids on a Gateway endpoint",
      input: { vpcId: vpc, serviceName: "com.amazonaws.us-east-1.s3", subnetIds: [privA] },
      code: "InvalidParameter",
      message: "Subnet IDs are only supported for Interface and GatewayLoadBalancer type VPC Endpoints.",
    },
    {
      name: "route table ids on an Interface endpoint",
      input: {
        vpcId: vpc,
        serviceName: "com.amazonaws.us-east-1.sqs",
        vpcEndpointType: "Interface",
        routeTableIds: [privRt],
      },
      code: "InvalidParameter",
      message: "Route table IDs are only supported for Gateway type VPC Endpoint.",
    },
    {
      name: "unknown route table",
      input: { vpcId: vpc, serviceName: "com.amazonaws.us-east-1.s3", routeTableIds: ["rtb-0000000b9c48ddd00"] },
      code: "InvalidRouteTableID.NotFound",
      message: "The routeTable ID 'rtb-0000000b9c48ddd00' does not exist",
    },
    {
      name: "unknown subnet",
      input: {
        vpcId: vpc,
        serviceName: "com.amazonaws.us-east-1.sqs",
        vpcEndpointType: "Interface",
        subnetIds: ["subnet-0000000000000dead"],
      },
      code: "InvalidSubnetID.NotFound",
      message: "The subnet ID 'subnet-0000000000000dead' does not exist",
    },
    {
      name: "unknown security group",
      input: {
        vpcId: vpc,
        serviceName: "com.amazonaws.us-east-1.sqs",
        vpcEndpointType: "Interface",
        subnetIds: [privA],
        securityGroupIds: ["sg-0000000000000dead"],
      },
      code: "InvalidGroup.NotFound",
      message: "The security group 'sg-0000000000000dead' does not exist",
    },
    {
      name: "two subnets in one AZ",
      input: {
        vpcId: vpc,
        serviceName: "com.amazonaws.us-east-1.sqs",
        vpcEndpointType: "Interface",
        subnetIds: [privA, idOf(w0, "public-a")],
      },
      code: "DuplicateSubnetsInSameZone",
      message: /^Found another VPC endpoint subnet in the availability zone of subnet-/,
    },
    {
      name: "missing service name",
      input: { vpcId: vpc },
      code: "MissingParameter",
      message: "The request must contain the parameter ServiceName",
    },
    {
      name: "private DNS with VPC DNS attributes off",
      world: () => must(modifyVpcAttribute(labWorld(), { vpcId: vpc, enableDnsHostnames: false })).world,
      input: {
        vpcId: vpc,
        serviceName: "com.amazonaws.us-east-1.sqs",
        vpcEndpointType: "Interface",
        subnetIds: [privA],
      },
      code: "InvalidParameter",
      message: `Enabling private DNS requires both enableDnsSupport and enableDnsHostnames VPC attributes set to true for ${vpc}`,
    },
    {
      name: "policy without a Principal",
      input: {
        vpcId: vpc,
        serviceName: "com.amazonaws.us-east-1.s3",
        policyDocument: '{"Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}',
      },
      code: "InvalidPolicyDocument",
      message: "Missing required field Principal",
    },
    {
      name: "gateway policy with a specific Principal",
      input: {
        vpcId: vpc,
        serviceName: "com.amazonaws.us-east-1.s3",
        policyDocument:
          '{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"*","Resource":"*"}]}',
      },
      code: "InvalidPolicyDocument",
      message: /Principal/,
    },
  ];
  it.each(rows)("$name → $code", (row) => {
    const r = createVpcEndpoint(row.world ? row.world() : w0, row.input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(row.code);
      if (typeof row.message === "string") expect(r.error.message).toBe(row.message);
      else expect(r.error.message).toMatch(row.message);
    }
  });

  it("a second S3 gateway endpoint on the same table → RouteAlreadyExists (exact message)", () => {
    const first = must(
      createVpcEndpoint(w0, { vpcId: vpc, serviceName: "com.amazonaws.us-east-1.s3", routeTableIds: [privRt] }),
    );
    const r = createVpcEndpoint(first.world, {
      vpcId: vpc,
      serviceName: "com.amazonaws.us-east-1.s3",
      routeTableIds: [privRt],
    });
    expect(r).toEqual({
      ok: false,
      error: {
        code: "RouteAlreadyExists",
        message: `route table ${privRt} already has a route with destination-prefix-list-id pl-63a5400a`,
      },
    });
  });
});

describe("dry runs", () => {
  it("a valid request with dryRun fails with DryRunOperation and changes nothing; an invalid one reports its real error", () => {
    expect(
      createVpcEndpoint(w0, {
        vpcId: vpc,
        serviceName: "com.amazonaws.us-east-1.s3",
        routeTableIds: [privRt],
        dryRun: true,
      }),
    ).toEqual({
      ok: false,
      error: { code: "DryRunOperation", message: "Request would have succeeded, but DryRun flag is set." },
    });
    expect(
      createVpcEndpoint(w0, { vpcId: vpc, serviceName: "com.amazonaws.us-east-1.s4", dryRun: true }),
    ).toMatchObject({ ok: false, error: { code: "InvalidServiceName" } });
  });
});

describe("gateway endpoints", () => {
  it("are available at once, with the compact default policy and an endpoint route per table (§2.4, §2.7)", () => {
    const { world, value: ep } = must(
      createVpcEndpoint(w0, { vpcId: vpc, serviceName: "com.amazonaws.us-east-1.s3", routeTableIds: [privRt, pubRt] }),
    );
    expect(ep).toMatchObject({
      type: "Gateway",
      state: "available",
      policyDocument: DEFAULT_GATEWAY_POLICY,
      subnetIds: [],
      groupIds: [],
      networkInterfaceIds: [],
      privateDnsEnabled: false,
      routeTableIds: [privRt, pubRt],
    });
    expect(endpointDnsEntries(world, ep)).toEqual([]);
    for (const rt of [privRt, pubRt]) {
      expect(world.routeTables[rt].routes).toContainEqual({
        destinationPrefixListId: "pl-63a5400a",
        gatewayId: ep.id,
        origin: "CreateRoute",
        state: "active",
      });
    }
    // the user cannot delete or replace that route with the route APIs
    expect(deleteRoute(world, { routeTableId: privRt, destinationPrefixListId: "pl-63a5400a" }).ok).toBe(false);
    expect(
      replaceRoute(world, {
        routeTableId: privRt,
        destinationPrefixListId: "pl-63a5400a",
        gatewayId: Object.keys(world.internetGateways)[0],
      }).ok,
    ).toBe(false);
    // nor reference the AWS-managed prefix list directly
    expect(
      createRoute(w0, {
        routeTableId: privRt,
        destinationPrefixListId: "pl-63a5400a",
        gatewayId: Object.keys(w0.internetGateways)[0],
      }).ok,
    ).toBe(false);
  });

  it("modify adds and removes the prefix-list route; delete removes all routes and goes through deleting", () => {
    const created = must(
      createVpcEndpoint(w0, { vpcId: vpc, serviceName: "com.amazonaws.us-east-1.dynamodb", routeTableIds: [privRt] }),
    );
    const ep = created.value;
    let world = created.world;
    world = must(
      modifyVpcEndpoint(world, { vpcEndpointId: ep.id, addRouteTableIds: [pubRt], removeRouteTableIds: [privRt] }),
    ).world;
    expect(world.vpcEndpoints[ep.id].routeTableIds).toEqual([pubRt]);
    expect(world.routeTables[privRt].routes.some((r) => r.gatewayId === ep.id)).toBe(false);
    expect(
      world.routeTables[pubRt].routes.some((r) => r.gatewayId === ep.id && r.destinationPrefixListId === "pl-02cd2c6b"),
    ).toBe(true);
    const del = must(deleteVpcEndpoints(world, { vpcEndpointIds: [ep.id, "vpce-0000000000000dead"] }));
    expect(del.value.unsuccessful).toEqual([
      {
        resourceId: "vpce-0000000000000dead",
        error: {
          code: "InvalidVpcEndpointId.NotFound",
          message: "The Vpc Endpoint Id 'vpce-0000000000000dead' does not exist",
        },
      },
    ]);
    world = del.world;
    expect(world.vpcEndpoints[ep.id].state).toBe("deleting");
    expect(world.routeTables[pubRt].routes.some((r) => r.gatewayId === ep.id)).toBe(false);
    world = tick(world, 30);
    expect(world.vpcEndpoints[ep.id]).toBeUndefined();
  });
});

describe("interface endpoints", () => {
  it("create one ENI per subnet, start pending, become available after the tick, and list DNS entries in AWS order", () => {
    const { world, value: ep } = must(
      createVpcEndpoint(w0, {
        vpcId: vpc,
        serviceName: "com.amazonaws.us-east-1.sqs",
        vpcEndpointType: "Interface",
        subnetIds: [privA, privB],
      }),
    );
    expect(ep.state).toBe("pending");
    expect(ep.policyDocument).toBe(DEFAULT_INTERFACE_POLICY);
    expect(ep.privateDnsEnabled).toBe(true);
    expect(ep.groupIds).toEqual([world.vpcs[vpc].defaultSecurityGroupId]);
    expect(ep.networkInterfaceIds).toHaveLength(2);
    for (const id of ep.networkInterfaceIds) {
      expect(world.networkInterfaces[id]).toMatchObject({
        interfaceType: "vpc_endpoint",
        requesterManaged: true,
        description: `VPC Endpoint Interface ${ep.id}`,
      });
    }
    const dns = endpointDnsEntries(world, ep);
    expect(dns.map((d) => d.dnsName)).toEqual([
      `${ep.id}-${ep.dnsToken}.sqs.us-east-1.vpce.amazonaws.com`,
      `${ep.id}-${ep.dnsToken}-us-east-1a.sqs.us-east-1.vpce.amazonaws.com`,
      `${ep.id}-${ep.dnsToken}-us-east-1b.sqs.us-east-1.vpce.amazonaws.com`,
      "sqs.us-east-1.amazonaws.com",
    ]);
    expect(dns[0].hostedZoneId).toBe("Z7HUB22UULQXV");
    expect(dns[3].hostedZoneId).toMatch(/^Z[0-9A-F]{20}$/);
    expect(ep.dnsToken).toMatch(/^[a-z0-9]{8}$/);
    expect(tick(world, 59).vpcEndpoints[ep.id].state).toBe("pending");
    const later = tick(world, 60);
    expect(later.vpcEndpoints[ep.id].state).toBe("available");
    expect(later.vpcEndpoints[ep.id].stateChangedAt).toBe(world.clock + 60_000);
  });

  it("S3 interface endpoint names start with *. and private DNS defaults off", () => {
    const { world, value: ep } = must(
      createVpcEndpoint(w0, {
        vpcId: vpc,
        serviceName: "com.amazonaws.us-east-1.s3",
        vpcEndpointType: "Interface",
        subnetIds: [privA],
      }),
    );
    expect(ep.privateDnsEnabled).toBe(false);
    expect(endpointDnsEntries(world, ep)[0].dnsName).toBe(`*.${ep.id}-${ep.dnsToken}.s3.us-east-1.vpce.amazonaws.com`);
  });

  it("a second private-DNS endpoint for the same service conflicts", () => {
    const first = must(
      createVpcEndpoint(w0, {
        vpcId: vpc,
        serviceName: "com.amazonaws.us-east-1.sqs",
        vpcEndpointType: "Interface",
        subnetIds: [privA],
      }),
    );
    const r = createVpcEndpoint(first.world, {
      vpcId: vpc,
      serviceName: "com.amazonaws.us-east-1.sqs",
      vpcEndpointType: "Interface",
      subnetIds: [privB],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain("conflicting DNS domain for sqs.us-east-1.amazonaws.com");
  });

  it("modify subnets and security groups updates ENIs", () => {
    const created = must(
      createVpcEndpoint(w0, {
        vpcId: vpc,
        serviceName: "com.amazonaws.us-east-1.kms",
        vpcEndpointType: "Interface",
        subnetIds: [privA],
      }),
    );
    let world = created.world;
    let ep = created.value;
    const appSg = idOf(world, "app-sg", "securityGroups");
    world = must(
      modifyVpcEndpoint(world, { vpcEndpointId: ep.id, addSubnetIds: [privB], addSecurityGroupIds: [appSg] }),
    ).world;
    ep = world.vpcEndpoints[ep.id];
    expect(ep.subnetIds).toEqual([privA, privB]);
    expect(ep.networkInterfaceIds).toHaveLength(2);
    for (const id of ep.networkInterfaceIds) expect(world.networkInterfaces[id].groupIds).toContain(appSg);
    world = must(modifyVpcEndpoint(world, { vpcEndpointId: ep.id, removeSubnetIds: [privA] })).world;
    expect(world.vpcEndpoints[ep.id].networkInterfaceIds).toHaveLength(1);
    expect(modifyVpcEndpoint(world, { vpcEndpointId: ep.id, addRouteTableIds: [privRt] })).toMatchObject({
      ok: false,
      error: { code: "InvalidParameter" },
    });
    expect(modifyVpcEndpoint(world, { vpcEndpointId: ep.id, resetPolicy: true })).toMatchObject({ ok: true });
  });
});

describe("PrivateLink lifecycle (https://docs.aws.amazon.com/vpc/latest/privatelink/accept-reject-endpoint-requests.html)", () => {
  const base = privateLinkWorld();
  const svc = Object.values(base.endpointServices)[0];
  const consumer = { accountId: "111122223333" };
  const provider = { accountId: PROVIDER_ACCOUNT };
  const input = (w: World): CreateVpcEndpointInput => ({
    vpcId: idOf(w, "consumer-vpc"),
    serviceName: svc.serviceName,
    vpcEndpointType: "Interface",
    subnetIds: [idOf(w, "app-a")],
  });

  it("service name format and permissions", () => {
    expect(svc.serviceName).toBe(`com.amazonaws.vpce.us-east-1.${svc.id}`);
    expect(svc.id).toMatch(/^vpce-svc-0[0-9a-f]{16}$/);
    expect(describeServicePermissions(base, svc.id)).toEqual([
      { principalType: "Account", principal: "arn:aws:iam::111122223333:root" },
    ]);
  });

  it("pendingAcceptance → accept → pending → available", () => {
    const created = must(createVpcEndpoint(base, input(base), consumer));
    let world = created.world;
    const ep = created.value;
    expect(ep.state).toBe("pendingAcceptance");
    expect(connectionsOfService(world, svc.id)).toEqual([
      {
        serviceId: svc.id,
        vpcEndpointId: ep.id,
        vpcEndpointOwner: "111122223333",
        vpcEndpointState: "pendingAcceptance",
        creationTimestamp: world.clock,
      },
    ]);
    const acc = must(
      acceptVpcEndpointConnections(
        world,
        { serviceId: svc.id, vpcEndpointIds: [ep.id, "vpce-0000000000000dead"] },
        provider,
      ),
    );
    expect(acc.value.unsuccessful.map((u) => u.error.code)).toEqual(["InvalidVpcEndpointId.NotFound"]);
    world = acc.world;
    expect(world.vpcEndpoints[ep.id].state).toBe("pending");
    world = tick(world, 60);
    expect(world.vpcEndpoints[ep.id].state).toBe("available");
    // accepting again is a per-item failure, not an error
    const again = must(acceptVpcEndpointConnections(world, { serviceId: svc.id, vpcEndpointIds: [ep.id] }, provider));
    expect(again.value.unsuccessful).toHaveLength(1);
    // the provider can reject even an available endpoint
    world = must(rejectVpcEndpointConnections(world, { serviceId: svc.id, vpcEndpointIds: [ep.id] }, provider)).world;
    expect(world.vpcEndpoints[ep.id].state).toBe("rejected");
  });

  // AWS documents an `expired` state but no window for it (the 7 days often quoted belong to VPC
  // peering requests: CreateVpcPeeringConnection). The sim invents no figure: an unanswered request
  // waits, and the provider's accept or reject is what moves it (content review 2026-12, row I6).
  it("unanswered requests wait in pendingAcceptance; time alone does not move them", () => {
    const { world, value: ep } = must(createVpcEndpoint(base, input(base), consumer));
    expect(tick(world, 30 * 24 * 3600).vpcEndpoints[ep.id].state).toBe("pendingAcceptance");
  });

  it("a consumer that is not allowed cannot see the service", () => {
    const revoked = must(
      modifyVpcEndpointServicePermissions(
        base,
        { serviceId: svc.id, removeAllowedPrincipals: ["arn:aws:iam::111122223333:root"] },
        provider,
      ),
    ).world;
    expect(createVpcEndpoint(revoked, input(revoked), consumer)).toEqual({
      ok: false,
      error: { code: "InvalidServiceName", message: `The Vpc Endpoint Service '${svc.serviceName}' does not exist` },
    });
  });

  it("the consumer cannot accept its own request; the provider must", () => {
    const { world, value: ep } = must(createVpcEndpoint(base, input(base), consumer));
    const r = acceptVpcEndpointConnections(world, { serviceId: svc.id, vpcEndpointIds: [ep.id] }, consumer);
    expect(r).toMatchObject({ ok: false, error: { code: "InvalidVpcEndpointServiceId.NotFound" } });
  });
});
