/**
 * `aws ec2` mutations for subnets, route tables, NAT gateways, Elastic IPs, security groups and
 * VPN routes. Required parameters and response members follow the service model bundled with
 * aws-cli v2 2.36.7 (awscli/botocore/data/ec2/2016-11-15/service-2.json, branch v2 @ 73fb33bb):
 * response keys print in model member order; operations without an output shape print nothing.
 * Response values follow awscli/examples/ec2/<command>.rst.
 */
import type { AwsCall, OpDef, OpOutcome } from "./cli";
import { cliTime } from "./cli";
import { opCtx, str, tagsField, tagsFromSpecs } from "./common";
import {
  allocateAddress,
  associateRouteTable,
  createNatGateway,
  createRouteTable,
  createSecurityGroup,
  createSubnet,
  createVpnConnectionRoute,
  deleteNatGateway,
  deleteVpnConnectionRoute,
  disableVgwRoutePropagation,
  disassociateRouteTable,
  enableVgwRoutePropagation,
  replaceRoute,
  replaceRouteTableAssociation,
  type NatGateway,
  type OpResult,
} from "../simport";
import { routeTableShape, subnetShape } from "./ec2";

const ec2Target = (action: string) => () => ({ service: "ec2", action: `ec2:${action}` });

/** Turn a sim result into an outcome; `shape` = the response body (undefined → no output). */
function outcome<T>(call: AwsCall, r: OpResult<T>, shape?: (v: T, w: typeof call.state.world) => unknown): OpOutcome {
  if (!r.ok) return { kind: "error", code: r.error.code, message: r.error.message };
  const state = { ...call.state, world: r.world };
  if (!shape) return { kind: "data", data: {}, state, empty: true };
  return { kind: "data", data: shape(r.value, r.world), state };
}

const dry = (call: AwsCall): { dryRun?: true } => (call.values["dry-run"] === true ? { dryRun: true } : {});

/** `NatGateway` as CreateNatGateway returns it (awscli/examples/ec2/create-nat-gateway.rst). */
function createdNatShape(n: NatGateway): unknown {
  return {
    CreateTime: cliTime(n.createTime),
    // Example 1 (public): [{"AllocationId": …}]; example 2 (private): [{}].
    NatGatewayAddresses: [n.allocationId ? { AllocationId: n.allocationId } : {}],
    NatGatewayId: n.id,
    State: n.state,
    SubnetId: n.subnetId,
    VpcId: n.vpcId,
    ...tagsField(n.tags),
    ConnectivityType: n.connectivityType,
  };
}

// CreateNatGateway has no required members in the 2.36.7 model (regional NAT gateways take
// --vpc-id instead of --subnet-id), so a missing --subnet-id is a service error, not a usage error.
const createNatGatewayOp: OpDef = {
  name: "create-nat-gateway",
  api: "CreateNatGateway",
  summary: "Creates a NAT gateway in the specified subnet.",
  params: [
    { name: "availability-mode", type: "string", choices: ["zonal", "regional"] },
    { name: "allocation-id", type: "string", ids: "eipalloc" },
    { name: "subnet-id", type: "string", ids: "subnet" },
    { name: "vpc-id", type: "string", ids: "vpc" },
    { name: "connectivity-type", type: "string", choices: ["private", "public"] },
  ],
  target: ec2Target("CreateNatGateway"),
  run(call) {
    const v = call.values;
    const r = createNatGateway(
      call.state.world,
      {
        ...dry(call),
        subnetId: str(v["subnet-id"]) as string,
        allocationId: str(v["allocation-id"]),
        connectivityType: str(v["connectivity-type"]) as "public" | "private" | undefined,
        tags: tagsFromSpecs(v["tag-specifications"]),
      },
      opCtx(call),
    );
    const token = str(v["client-token"]);
    return outcome(call, r, (n) => ({ ...(token ? { ClientToken: token } : {}), NatGateway: createdNatShape(n) }));
  },
};

const deleteNatGatewayOp: OpDef = {
  name: "delete-nat-gateway",
  api: "DeleteNatGateway",
  summary: "Deletes the specified NAT gateway.",
  params: [{ name: "nat-gateway-id", type: "string", required: true, ids: "nat" }],
  target: ec2Target("DeleteNatGateway"),
  run(call) {
    const r = deleteNatGateway(call.state.world, { ...dry(call), natGatewayId: str(call.values["nat-gateway-id"]) ?? "" }, opCtx(call));
    // awscli/examples/ec2/delete-nat-gateway.rst: {"NatGatewayId": "nat-…"}
    return outcome(call, r, (x) => ({ NatGatewayId: x.natGatewayId }));
  },
};

const allocateAddressOp: OpDef = {
  name: "allocate-address",
  api: "AllocateAddress",
  summary: "Allocates an Elastic IP address to your Amazon Web Services account.",
  params: [
    { name: "domain", type: "string", choices: ["vpc", "standard"] },
  ],
  target: ec2Target("AllocateAddress"),
  run(call) {
    const v = call.values;
    const r = allocateAddress(call.state.world, { ...dry(call), domain: str(v.domain), tags: tagsFromSpecs(v["tag-specifications"]) }, opCtx(call));
    // Values as in awscli/examples/ec2/allocate-address.rst example 1; keys in model order
    // (AllocationId, PublicIpv4Pool, NetworkBorderGroup, Domain, …, PublicIp).
    return outcome(call, r, (a) => ({
      AllocationId: a.allocationId,
      PublicIpv4Pool: a.publicIpv4Pool,
      NetworkBorderGroup: a.networkBorderGroup,
      Domain: a.domain,
      PublicIp: a.publicIp,
    }));
  },
};

const associateRouteTableOp: OpDef = {
  name: "associate-route-table",
  api: "AssociateRouteTable",
  summary: "Associates a subnet in your VPC with a route table in your VPC.",
  params: [
    { name: "subnet-id", type: "string", ids: "subnet" },
    { name: "route-table-id", type: "string", required: true, ids: "rtb" },
  ],
  target: ec2Target("AssociateRouteTable"),
  run(call) {
    const v = call.values;
    const r = associateRouteTable(
      call.state.world,
      { ...dry(call), routeTableId: str(v["route-table-id"]) ?? "", subnetId: str(v["subnet-id"]) as string },
      opCtx(call),
    );
    return outcome(call, r, (x) => ({ AssociationId: x.associationId, AssociationState: { State: "associated" } }));
  },
};

const disassociateRouteTableOp: OpDef = {
  name: "disassociate-route-table",
  api: "DisassociateRouteTable",
  summary: "Disassociates a subnet or gateway from a route table.",
  params: [{ name: "association-id", type: "string", required: true, ids: "rtbassoc" }],
  target: ec2Target("DisassociateRouteTable"),
  run(call) {
    const r = disassociateRouteTable(call.state.world, { ...dry(call), associationId: str(call.values["association-id"]) ?? "" }, opCtx(call));
    return outcome(call, r);
  },
};

const replaceRouteTableAssociationOp: OpDef = {
  name: "replace-route-table-association",
  api: "ReplaceRouteTableAssociation",
  summary: "Changes the route table associated with a given subnet, internet gateway, or virtual private gateway in a VPC.",
  params: [{ name: "association-id", type: "string", required: true, ids: "rtbassoc" }, { name: "route-table-id", type: "string", required: true, ids: "rtb" }],
  target: ec2Target("ReplaceRouteTableAssociation"),
  run(call) {
    const v = call.values;
    const r = replaceRouteTableAssociation(
      call.state.world,
      { ...dry(call), associationId: str(v["association-id"]) ?? "", routeTableId: str(v["route-table-id"]) ?? "" },
      opCtx(call),
    );
    return outcome(call, r, (x) => ({ NewAssociationId: x.newAssociationId, AssociationState: { State: "associated" } }));
  },
};

const replaceRouteOp: OpDef = {
  name: "replace-route",
  api: "ReplaceRoute",
  summary: "Replaces an existing route within a route table in a VPC.",
  params: [
    { name: "vpc-endpoint-id", type: "string", ids: "vpce" },
    { name: "route-table-id", type: "string", required: true, ids: "rtb" },
    { name: "gateway-id", type: "string", ids: "gateway" },
    { name: "instance-id", type: "string", ids: "instance" },
    { name: "network-interface-id", type: "string", ids: "eni" },
    { name: "vpc-peering-connection-id", type: "string", ids: "pcx" },
    { name: "nat-gateway-id", type: "string", ids: "nat" },
  ],
  target: ec2Target("ReplaceRoute"),
  run(call) {
    const v = call.values;
    const r = replaceRoute(
      call.state.world,
      {
        ...dry(call),
        routeTableId: str(v["route-table-id"]) ?? "",
        destinationCidrBlock: str(v["destination-cidr-block"]),
        destinationPrefixListId: str(v["destination-prefix-list-id"]),
        gatewayId: str(v["gateway-id"]),
        natGatewayId: str(v["nat-gateway-id"]),
        networkInterfaceId: str(v["network-interface-id"]),
        instanceId: str(v["instance-id"]),
        vpcPeeringConnectionId: str(v["vpc-peering-connection-id"]),
        vpcEndpointId: str(v["vpc-endpoint-id"]),
      },
      opCtx(call),
    );
    // ReplaceRoute has no output shape; awscli/examples/ec2/replace-route.rst: "no output is returned".
    return outcome(call, r);
  },
};

function propagationOp(name: string, api: string, enable: boolean): OpDef {
  return {
    name,
    api,
    summary: `${enable ? "Enables" : "Disables"} a virtual private gateway (VGW) to propagate routes to the specified route table of a VPC.`,
    params: [
      { name: "gateway-id", type: "string", required: true, ids: "vgw" },
      { name: "route-table-id", type: "string", required: true, ids: "rtb" },
    ],
    target: ec2Target(api),
    run(call) {
      const fn = enable ? enableVgwRoutePropagation : disableVgwRoutePropagation;
      const r = fn(call.state.world, { ...dry(call), gatewayId: str(call.values["gateway-id"]) ?? "", routeTableId: str(call.values["route-table-id"]) ?? "" }, opCtx(call));
      return outcome(call, r);
    },
  };
}

function vpnRouteOp(name: string, api: string, create: boolean): OpDef {
  return {
    name,
    api,
    summary: `${create ? "Creates" : "Deletes"} a static route ${create ? "associated with" : "from"} a VPN connection.`,
    params: [
      { name: "destination-cidr-block", type: "string", required: true },
      { name: "vpn-connection-id", type: "string", required: true, ids: "vpn" },
    ],
    target: ec2Target(api),
    run(call) {
      const fn = create ? createVpnConnectionRoute : deleteVpnConnectionRoute;
      const r = fn(call.state.world, { vpnConnectionId: str(call.values["vpn-connection-id"]) ?? "", destinationCidrBlock: str(call.values["destination-cidr-block"]) ?? "" }, opCtx(call));
      return outcome(call, r);
    },
  };
}

const createRouteTableOp: OpDef = {
  name: "create-route-table",
  api: "CreateRouteTable",
  summary: "Creates a route table for the specified VPC.",
  params: [{ name: "vpc-id", type: "string", required: true, ids: "vpc" }],
  target: ec2Target("CreateRouteTable"),
  run(call) {
    const r = createRouteTable(call.state.world, { ...dry(call), vpcId: str(call.values["vpc-id"]) ?? "", tags: tagsFromSpecs(call.values["tag-specifications"]) }, opCtx(call));
    const token = str(call.values["client-token"]);
    return outcome(call, r, (rt) => ({ RouteTable: routeTableShape(rt), ...(token ? { ClientToken: token } : {}) }));
  },
};

const createSubnetOp: OpDef = {
  name: "create-subnet",
  api: "CreateSubnet",
  summary: "Creates a subnet in the specified VPC.",
  params: [
    { name: "vpc-id", type: "string", required: true, ids: "vpc" },
  ],
  target: ec2Target("CreateSubnet"),
  run(call) {
    const v = call.values;
    let az = str(v["availability-zone"]);
    const azId = str(v["availability-zone-id"]);
    if (az === undefined && azId !== undefined) az = call.state.world.regions[call.region]?.azs.find((z) => z.id === azId)?.name ?? azId;
    const r = createSubnet(
      call.state.world,
      { ...dry(call), vpcId: str(v["vpc-id"]) ?? "", cidrBlock: str(v["cidr-block"]) as string, availabilityZone: az, tags: tagsFromSpecs(v["tag-specifications"]) },
      opCtx(call),
    );
    return outcome(call, r, (s, w) => ({ Subnet: subnetShape(s, w) }));
  },
};

const createSecurityGroupOp: OpDef = {
  name: "create-security-group",
  api: "CreateSecurityGroup",
  summary: "Creates a security group.",
  params: [
    { name: "vpc-id", type: "string", ids: "vpc" },
  ],
  target: ec2Target("CreateSecurityGroup"),
  run(call) {
    const v = call.values;
    const r = createSecurityGroup(
      call.state.world,
      { ...dry(call), groupName: str(v["group-name"]) ?? "", description: str(v.description) ?? "", vpcId: str(v["vpc-id"]), tags: tagsFromSpecs(v["tag-specifications"]) },
      opCtx(call),
    );
    // CreateSecurityGroupResult: GroupId, Tags, SecurityGroupArn (model order).
    return outcome(call, r, (g, w) => ({
      GroupId: g.id,
      ...tagsField(g.tags),
      SecurityGroupArn: `arn:aws:ec2:${w.vpcs[g.vpcId]?.region ?? call.region}:${g.ownerId}:security-group/${g.id}`,
    }));
  },
};

export const mutateOps: OpDef[] = [
  createNatGatewayOp,
  deleteNatGatewayOp,
  allocateAddressOp,
  associateRouteTableOp,
  disassociateRouteTableOp,
  replaceRouteTableAssociationOp,
  replaceRouteOp,
  propagationOp("enable-vgw-route-propagation", "EnableVgwRoutePropagation", true),
  propagationOp("disable-vgw-route-propagation", "DisableVgwRoutePropagation", false),
  vpnRouteOp("create-vpn-connection-route", "CreateVpnConnectionRoute", true),
  vpnRouteOp("delete-vpn-connection-route", "DeleteVpnConnectionRoute", false),
  createRouteTableOp,
  createSubnetOp,
  createSecurityGroupOp,
];

