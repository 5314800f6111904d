import { describe, expect, it } from "vitest";
import type { World } from "../schema";
import type { OpResult } from "../core";
import { labWorld } from "../scenario";
import { idOf } from "../world";
import { tick } from "../lifecycle";
import {
  associateRouteTable,
  authorizeSecurityGroupIngress,
  createNatGateway,
  createRoute,
  createSecurityGroup,
  createSubnet,
  createVpc,
  deleteNatGateway,
  deleteRoute,
  deleteVpc,
  modifyVpcAttribute,
  replaceRoute,
  revokeSecurityGroupIngress,
} from "./vpc";
import { createVpcPeeringConnection, acceptVpcPeeringConnection, deleteVpcPeeringConnection } from "./connect";

const w0 = labWorld();
const vpc = idOf(w0, "lab-vpc");
const privRt = idOf(w0, "private-rt");
const igw = Object.keys(w0.internetGateways)[0];

function must<T>(r: OpResult<T>): { world: World; value: T } {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r;
}

describe("EC2 validation errors (codes and messages as AWS)", () => {
  const rows: Array<{ name: string; run: () => OpResult<unknown>; code: string; message?: string }> = [
    {
      name: "malformed vpc id",
      run: () => modifyVpcAttribute(w0, { vpcId: "vpc-123", enableDnsSupport: true }),
      code: "InvalidVpcId.Malformed",
    },
    {
      name: "unknown vpc id",
      run: () => modifyVpcAttribute(w0, { vpcId: "vpc-0123456789abcdef0", enableDnsSupport: true }),
      code: "InvalidVpcID.NotFound",
      message: "The vpc ID 'vpc-0123456789abcdef0' does not exist",
    },
    {
      name: "missing vpc id",
      run: () => createSubnet(w0, { vpcId: undefined as unknown as string, cidrBlock: "10.0.9.0/24" }),
      code: "MissingParameter",
    },
    {
      name: "two attributes in one call",
      run: () => modifyVpcAttribute(w0, { vpcId: vpc, enableDnsSupport: true, enableDnsHostnames: true }),
      code: "InvalidParameterCombination",
    },
    {
      name: "subnet outside the VPC",
      run: () => createSubnet(w0, { vpcId: vpc, cidrBlock: "10.1.0.0/24" }),
      code: "InvalidSubnet.Range",
    },
    {
      name: "overlapping subnet",
      run: () => createSubnet(w0, { vpcId: vpc, cidrBlock: "10.0.1.0/25" }),
      code: "InvalidSubnet.Conflict",
    },
    { name: "bad CIDR", run: () => createVpc(w0, { cidrBlock: "10.0.0.0/33" }), code: "InvalidParameterValue" },
    { name: "VPC too large", run: () => createVpc(w0, { cidrBlock: "10.0.0.0/8" }), code: "InvalidVpc.Range" },
    {
      name: "duplicate route",
      run: () =>
        createRoute(w0, { routeTableId: idOf(w0, "public-rt"), destinationCidrBlock: "0.0.0.0/0", gatewayId: igw }),
      code: "RouteAlreadyExists",
      message: "The route identified by 0.0.0.0/0 already exists.",
    },
    {
      name: "route over the local route",
      run: () => createRoute(w0, { routeTableId: privRt, destinationCidrBlock: "10.0.0.0/16", gatewayId: igw }),
      code: "RouteAlreadyExists",
    },
    {
      name: "route without a target",
      run: () => createRoute(w0, { routeTableId: privRt, destinationCidrBlock: "0.0.0.0/0" }),
      code: "MissingParameter",
    },
    {
      name: "route with two targets",
      run: () =>
        createRoute(w0, {
          routeTableId: privRt,
          destinationCidrBlock: "0.0.0.0/0",
          gatewayId: igw,
          natGatewayId: "nat-0123456789abcdef0",
        }),
      code: "InvalidParameterCombination",
    },
    {
      name: "route to an unknown route table",
      run: () => createRoute(w0, { routeTableId: "rtb-b9c48ddd", destinationCidrBlock: "0.0.0.0/0", gatewayId: igw }),
      code: "InvalidRouteTableID.NotFound",
      message: "The routeTable ID 'rtb-b9c48ddd' does not exist",
    },
    {
      name: "route to an unknown IGW",
      run: () =>
        createRoute(w0, {
          routeTableId: privRt,
          destinationCidrBlock: "0.0.0.0/0",
          gatewayId: "igw-0123456789abcdef0",
        }),
      code: "InvalidInternetGatewayID.NotFound",
    },
    {
      name: "delete a missing route",
      run: () => deleteRoute(w0, { routeTableId: privRt, destinationCidrBlock: "0.0.0.0/0" }),
      code: "InvalidRoute.NotFound",
      message: `no route with destination-cidr-block 0.0.0.0/0 in route table ${privRt}`,
    },
    {
      name: "delete the local route",
      run: () => deleteRoute(w0, { routeTableId: privRt, destinationCidrBlock: "10.0.0.0/16" }),
      code: "InvalidParameterValue",
      message: `cannot remove local route 10.0.0.0/16 in route table ${privRt}`,
    },
    {
      name: "replace a missing route",
      run: () => replaceRoute(w0, { routeTableId: privRt, destinationCidrBlock: "0.0.0.0/0", gatewayId: igw }),
      code: "InvalidParameterValue",
      message: "There is no route defined for '0.0.0.0/0' in the route table. Use CreateRoute instead.",
    },
    {
      name: "associate a subnet twice",
      run: () => associateRouteTable(w0, { routeTableId: privRt, subnetId: idOf(w0, "public-a") }),
      code: "Resource.AlreadyAssociated",
    },
    {
      name: "unknown security group",
      run: () =>
        authorizeSecurityGroupIngress(w0, {
          groupId: "sg-0000000000000dead",
          ipProtocol: "tcp",
          fromPort: 443,
          toPort: 443,
          cidrIp: "0.0.0.0/0",
        }),
      code: "InvalidGroup.NotFound",
      message: "The security group 'sg-0000000000000dead' does not exist",
    },
    {
      name: "duplicate SG rule",
      run: () =>
        authorizeSecurityGroupIngress(w0, {
          groupId: idOf(w0, "bastion-sg"),
          ipProtocol: "tcp",
          fromPort: 22,
          toPort: 22,
          cidrIp: "0.0.0.0/0",
        }),
      code: "InvalidPermission.Duplicate",
    },
    {
      name: "revoke a missing SG rule",
      run: () =>
        revokeSecurityGroupIngress(w0, {
          groupId: idOf(w0, "bastion-sg"),
          ipProtocol: "tcp",
          fromPort: 80,
          toPort: 80,
          cidrIp: "0.0.0.0/0",
        }),
      code: "InvalidPermission.NotFound",
    },
    {
      name: "bad port range",
      run: () =>
        authorizeSecurityGroupIngress(w0, {
          groupId: idOf(w0, "bastion-sg"),
          ipProtocol: "tcp",
          fromPort: 500,
          toPort: 80,
          cidrIp: "0.0.0.0/0",
        }),
      code: "InvalidParameterValue",
    },
    {
      name: "duplicate SG name",
      run: () => createSecurityGroup(w0, { groupName: "app-sg", description: "x", vpcId: vpc }),
      code: "InvalidGroup.Duplicate",
    },
    { name: "delete a VPC with dependencies", run: () => deleteVpc(w0, { vpcId: vpc }), code: "DependencyViolation" },
    {
      name: "another account's VPC is invisible",
      run: () => modifyVpcAttribute(w0, { vpcId: vpc, enableDnsSupport: false }, { accountId: "999988887777" }),
      code: "InvalidVpcID.NotFound",
    },
  ];
  it.each(rows)("$name → $code", (row) => {
    const r = row.run();
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(row.code);
      if (row.message) expect(r.error.message).toBe(row.message);
    }
  });
});

describe("VPC basics", () => {
  it("a new VPC has a main route table with the local route, a default SG and a default NACL; DNS hostnames off", () => {
    const { world, value: v } = must(createVpc(w0, { cidrBlock: "172.16.0.0/16" }));
    expect(v).toMatchObject({
      enableDnsSupport: true,
      enableDnsHostnames: false,
      isDefault: false,
      cidrBlocks: ["172.16.0.0/16"],
    });
    expect(world.routeTables[v.mainRouteTableId].routes).toEqual([
      { destinationCidrBlock: "172.16.0.0/16", gatewayId: "local", origin: "CreateRouteTable", state: "active" },
    ]);
    expect(world.routeTables[v.mainRouteTableId].associations).toEqual([
      expect.objectContaining({ main: true, state: "associated" }),
    ]);
    expect(world.securityGroups[v.defaultSecurityGroupId].groupName).toBe("default");
    expect(world.networkAcls[v.defaultNetworkAclId].isDefault).toBe(true);
  });

  it("routes are stored in EC2 model key order", () => {
    const nat = must(createNatGateway(w0, { subnetId: idOf(w0, "public-a") }));
    const { world } = must(
      createRoute(nat.world, { routeTableId: privRt, destinationCidrBlock: "0.0.0.0/0", natGatewayId: nat.value.id }),
    );
    const route = world.routeTables[privRt].routes[1];
    expect(Object.keys(route)).toEqual(["destinationCidrBlock", "natGatewayId", "origin", "state"]);
  });

  it("NAT gateway lifecycle: pending → available; deleting makes its routes blackholes", () => {
    const created = must(createNatGateway(w0, { subnetId: idOf(w0, "public-a") }));
    let world = created.world;
    let nat = created.value;
    expect(nat).toMatchObject({ state: "pending", connectivityType: "public" });
    expect(nat.publicIp).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    world = must(
      createRoute(world, { routeTableId: privRt, destinationCidrBlock: "0.0.0.0/0", natGatewayId: nat.id }),
    ).world;
    world = tick(world, 60);
    nat = world.natGateways[nat.id];
    expect(nat.state).toBe("available");
    world = must(deleteNatGateway(world, { natGatewayId: nat.id })).world;
    expect(world.routeTables[privRt].routes.find((r) => r.natGatewayId === nat.id)?.state).toBe("blackhole");
    world = tick(world, 30);
    expect(world.natGateways[nat.id].state).toBe("deleted");
  });

  it("peering: overlapping CIDRs fail; otherwise pending-acceptance → active; deletion blackholes routes", () => {
    const a = must(createVpc(w0, { cidrBlock: "10.0.0.0/16" }));
    const overl = must(createVpcPeeringConnection(a.world, { vpcId: vpc, peerVpcId: a.value.id }));
    expect(overl.value.status.code).toBe("failed");
    expect(acceptVpcPeeringConnection(overl.world, { vpcPeeringConnectionId: overl.value.id })).toMatchObject({
      ok: false,
      error: { code: "InvalidStateTransition" },
    });
    const b = must(createVpc(w0, { cidrBlock: "10.50.0.0/16" }));
    const p = must(createVpcPeeringConnection(b.world, { vpcId: vpc, peerVpcId: b.value.id }));
    expect(p.value.status.code).toBe("pending-acceptance");
    let world = must(acceptVpcPeeringConnection(p.world, { vpcPeeringConnectionId: p.value.id })).world;
    world = must(
      createRoute(world, {
        routeTableId: privRt,
        destinationCidrBlock: "10.50.0.0/16",
        vpcPeeringConnectionId: p.value.id,
      }),
    ).world;
    world = must(deleteVpcPeeringConnection(world, { vpcPeeringConnectionId: p.value.id })).world;
    expect(world.routeTables[privRt].routes.find((r) => r.vpcPeeringConnectionId === p.value.id)?.state).toBe(
      "blackhole",
    );
  });
});
