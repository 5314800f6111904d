/**
 * `aws ec2 …` — describes read the World; mutations call lib/sim operations. JSON keys are in
 * service-model member order (aws-reference §1.5); where the reference is silent the order follows
 * recent CLI v2 output as remembered [Unverified] and is marked so.
 */
import type { AwsCall, OpDef, OpOutcome, ServiceDef } from "./cli";
import { cliTime } from "./cli";
import type { ParamSpec } from "./args";
import { applyFilters, bool, dryRun, num, opCtx, simOp, str, strs, tagFilter, tagsField, tagsFromSpecs } from "./common";
import {
  authorizeSecurityGroupEgress,
  authorizeSecurityGroupIngress,
  createRoute,
  createVpcEndpoint,
  deleteRoute,
  deleteVpcEndpoints,
  endpointDnsEntries,
  modifyVpcAttribute,
  modifyVpcEndpoint,
  revokeSecurityGroupIngress,
  visibleEndpointServices,
  type Eni,
  type Instance,
  type Route,
  type RouteTable,
  type SecurityGroup,
  type SgRule,
  type Subnet,
  type Vpc,
  type VpcEndpoint,
  type World,
} from "../simport";
import * as prov from "./ec2-provider";
import { moreOps } from "./ec2-more";
import { mutateOps } from "./ec2-mutate";
import { closeMatches } from "./args";
import { applyQuery } from "../format";
import { simTick } from "../simport";

const ec2Target = (action: string) => () => ({ service: "ec2", action: `ec2:${action}` });

const FILTERS: ParamSpec = { name: "filters", type: "structures", listMembers: ["Values"] };
const DRY: ParamSpec = { name: "dry-run", type: "boolean" };
const PAGING: ParamSpec[] = [
  { name: "max-results", type: "integer" },
  { name: "next-token", type: "string" },
  { name: "max-items", type: "integer" },
  { name: "page-size", type: "integer" },
  { name: "starting-token", type: "string" },
];

function notFound(code: string, message: string): OpOutcome {
  return { kind: "error", code, message };
}

function owned<T extends { ownerId: string }>(call: AwsCall, items: T[]): T[] {
  return items.filter((i) => i.ownerId === call.accountId);
}

function vpcRegion(w: World, vpcId: string): string | undefined {
  return w.vpcs[vpcId]?.region;
}

/** Common describe flow: ids (NotFound error), then filters. */
function describe<T>(
  call: AwsCall,
  all: T[],
  idOf: (t: T) => string,
  idsParam: string,
  notFoundErr: (id: string) => { code: string; message: string },
  filter: (t: T, name: string) => string[] | undefined,
): { ok: true; items: T[] } | { ok: false; out: OpOutcome } {
  const ids = strs(call.values[idsParam]);
  let items = all;
  if (ids) {
    for (const id of ids) {
      if (!all.some((t) => idOf(t) === id)) {
        const e = notFoundErr(id);
        return { ok: false, out: notFound(e.code, e.message) };
      }
    }
    items = all.filter((t) => ids.includes(idOf(t)));
  }
  const f = applyFilters(items, call.values.filters, filter);
  if (!f.ok) return { ok: false, out: notFound(f.code, f.message) };
  return { ok: true, items: f.items };
}

// ── shapes ──────────────────────────────────────────────────────────────────────────────────

export function vpcShape(v: Vpc): unknown {
  // Vpc member order (botocore ec2 service-2.json, 2026-08-07).
  return {
    OwnerId: v.ownerId,
    InstanceTenancy: "default",
    CidrBlockAssociationSet: v.cidrBlocks.map((c, i) => ({
      AssociationId: `vpc-cidr-assoc-${v.id.slice(4, 21)}${i ? String(i) : ""}`.slice(0, 32),
      CidrBlock: c,
      CidrBlockState: { State: "associated" },
    })),
    IsDefault: v.isDefault,
    ...tagsField(v.tags),
    BlockPublicAccessStates: { InternetGatewayBlockMode: "off" },
    VpcId: v.id,
    State: v.state,
    CidrBlock: v.cidrBlock,
    DhcpOptionsId: "dopt-0a1b2c3d4e5f60718",
  };
}

export function subnetShape(s: Subnet, w: World): unknown {
  const used = Object.values(w.networkInterfaces).filter((e) => e.subnetId === s.id).length;
  const prefix = Number(s.cidrBlock.split("/")[1] ?? 24);
  return {
    AvailabilityZoneId: s.azId,
    MapCustomerOwnedIpOnLaunch: false,
    OwnerId: s.ownerId,
    AssignIpv6AddressOnCreation: false,
    Ipv6CidrBlockAssociationSet: [],
    ...tagsField(s.tags),
    SubnetArn: `arn:aws:ec2:${s.region}:${s.ownerId}:subnet/${s.id}`,
    EnableDns64: false,
    Ipv6Native: false,
    PrivateDnsNameOptionsOnLaunch: { HostnameType: "ip-name", EnableResourceNameDnsARecord: false, EnableResourceNameDnsAAAARecord: false },
    BlockPublicAccessStates: { InternetGatewayBlockMode: "off" },
    SubnetId: s.id,
    State: s.state,
    VpcId: s.vpcId,
    CidrBlock: s.cidrBlock,
    AvailableIpAddressCount: Math.max(0, 2 ** (32 - prefix) - 5 - used),
    AvailabilityZone: s.az,
    DefaultForAz: false,
    MapPublicIpOnLaunch: s.mapPublicIpOnLaunch,
  };
}

function routeShape(r: Route): unknown {
  // Route member order (aws-reference §1.5).
  const o: Record<string, unknown> = {};
  if (r.destinationCidrBlock !== undefined) o.DestinationCidrBlock = r.destinationCidrBlock;
  if (r.destinationPrefixListId !== undefined) o.DestinationPrefixListId = r.destinationPrefixListId;
  if (r.gatewayId !== undefined) o.GatewayId = r.gatewayId;
  if (r.instanceId !== undefined) o.InstanceId = r.instanceId;
  if (r.natGatewayId !== undefined) o.NatGatewayId = r.natGatewayId;
  if (r.transitGatewayId !== undefined) o.TransitGatewayId = r.transitGatewayId;
  if (r.networkInterfaceId !== undefined) o.NetworkInterfaceId = r.networkInterfaceId;
  o.Origin = r.origin;
  o.State = r.state;
  if (r.vpcPeeringConnectionId !== undefined) o.VpcPeeringConnectionId = r.vpcPeeringConnectionId;
  return o;
}

export function routeTableShape(rt: RouteTable): unknown {
  // RouteTable: Associations, PropagatingVgws, RouteTableId, Routes, Tags, VpcId, OwnerId (§1.5).
  return {
    Associations: rt.associations.map((a) => {
      const o: Record<string, unknown> = { Main: a.main, RouteTableAssociationId: a.id, RouteTableId: rt.id };
      if (a.subnetId) o.SubnetId = a.subnetId;
      if (a.gatewayId) o.GatewayId = a.gatewayId;
      o.AssociationState = { State: a.state };
      return o;
    }),
    PropagatingVgws: rt.propagatingVgws.map((g) => ({ GatewayId: g })),
    RouteTableId: rt.id,
    Routes: rt.routes.map(routeShape),
    ...tagsField(rt.tags),
    VpcId: rt.vpcId,
    OwnerId: rt.ownerId,
  };
}

function permShape(rules: SgRule[], w: World): unknown[] {
  // Group rules by protocol/ports like EC2's IpPermissions.
  const groups: Array<{ key: string; rules: SgRule[] }> = [];
  for (const r of rules) {
    const key = `${r.ipProtocol}|${r.fromPort ?? ""}|${r.toPort ?? ""}`;
    const g = groups.find((x) => x.key === key);
    if (g) g.rules.push(r);
    else groups.push({ key, rules: [r] });
  }
  return groups.map(({ rules: rs }) => {
    const r0 = rs[0];
    const o: Record<string, unknown> = { IpProtocol: r0.ipProtocol };
    if (r0.ipProtocol !== "-1") {
      o.FromPort = r0.fromPort ?? -1;
      o.ToPort = r0.toPort ?? -1;
    }
    o.UserIdGroupPairs = rs
      .filter((r) => r.referencedGroupId)
      .map((r) => ({ ...(r.description ? { Description: r.description } : {}), UserId: w.securityGroups[r.referencedGroupId!]?.ownerId ?? "", GroupId: r.referencedGroupId }));
    o.IpRanges = rs.filter((r) => r.cidrIpv4).map((r) => ({ ...(r.description ? { Description: r.description } : {}), CidrIp: r.cidrIpv4 }));
    o.Ipv6Ranges = [];
    o.PrefixListIds = rs.filter((r) => r.prefixListId).map((r) => ({ ...(r.description ? { Description: r.description } : {}), PrefixListId: r.prefixListId }));
    return o;
  });
}

function sgShape(g: SecurityGroup, w: World): unknown {
  // SecurityGroup member order (botocore ec2 service-2.json).
  return {
    GroupId: g.id,
    IpPermissionsEgress: permShape(g.egress, w),
    ...tagsField(g.tags),
    VpcId: g.vpcId,
    SecurityGroupArn: `arn:aws:ec2:${vpcRegion(w, g.vpcId) ?? "us-east-1"}:${g.ownerId}:security-group/${g.id}`,
    OwnerId: g.ownerId,
    GroupName: g.groupName,
    Description: g.description,
    IpPermissions: permShape(g.ingress, w),
  };
}

const STATE_CODES: Record<string, number> = { pending: 0, running: 16, "shutting-down": 32, terminated: 48, stopping: 64, stopped: 80 };

function privateDns(ip: string, region: string): string {
  return `ip-${ip.replace(/\./g, "-")}.${region === "us-east-1" ? "ec2.internal" : `${region}.compute.internal`}`;
}

function publicDns(ip: string | undefined, region: string): string {
  if (!ip) return "";
  return `ec2-${ip.replace(/\./g, "-")}.${region === "us-east-1" ? "compute-1" : `${region}.compute`}.amazonaws.com`;
}

function instanceShape(i: Instance, w: World): unknown {
  const eni = w.networkInterfaces[i.networkInterfaceId];
  const groups = (eni?.groupIds ?? []).map((id) => ({ GroupId: id, GroupName: w.securityGroups[id]?.groupName ?? "" }));
  // Instance member order (botocore ec2 service-2.json), abridged to the members a VPC lab needs.
  return {
    Architecture: "x86_64",
    BlockDeviceMappings: [],
    ClientToken: "",
    EbsOptimized: false,
    EnaSupport: true,
    Hypervisor: "xen",
    ...(i.iamRole ? { IamInstanceProfile: { Arn: `arn:aws:iam::${i.ownerId}:instance-profile/${i.iamRole}`, Id: "AIPA" + i.id.slice(2, 19).toUpperCase() } } : {}),
    NetworkInterfaces: eni ? [eniAttachedShape(eni, i, w)] : [],
    RootDeviceName: "/dev/xvda",
    RootDeviceType: "ebs",
    SecurityGroups: groups,
    SourceDestCheck: eni?.sourceDestCheck ?? true,
    ...tagsField(i.tags),
    VirtualizationType: "hvm",
    PlatformDetails: "Linux/UNIX",
    InstanceId: i.id,
    ImageId: i.imageId,
    State: { Code: STATE_CODES[i.state] ?? 16, Name: i.state },
    PrivateDnsName: privateDns(i.privateIpAddress, i.region),
    PublicDnsName: publicDns(i.publicIpAddress, i.region),
    StateTransitionReason: "",
    ...(i.keyName ? { KeyName: i.keyName } : {}),
    AmiLaunchIndex: 0,
    ProductCodes: [],
    InstanceType: i.instanceType,
    LaunchTime: cliTime(i.launchTime),
    Placement: { GroupName: "", Tenancy: "default", AvailabilityZone: i.az },
    Monitoring: { State: "disabled" },
    SubnetId: i.subnetId,
    VpcId: i.vpcId,
    PrivateIpAddress: i.privateIpAddress,
    ...(i.publicIpAddress ? { PublicIpAddress: i.publicIpAddress } : {}),
  };
}

function eniAttachedShape(e: Eni, i: Instance, w: World): unknown {
  return {
    ...(e.publicIp ? { Association: { IpOwnerId: "amazon", PublicDnsName: publicDns(e.publicIp, i.region), PublicIp: e.publicIp } } : {}),
    Attachment: { AttachTime: cliTime(i.launchTime), AttachmentId: "eni-attach-" + e.id.slice(4), DeleteOnTermination: true, DeviceIndex: 0, Status: "attached", NetworkCardIndex: 0 },
    Description: e.description,
    Groups: e.groupIds.map((id) => ({ GroupId: id, GroupName: w.securityGroups[id]?.groupName ?? "" })),
    Ipv6Addresses: [],
    MacAddress: macOf(e.id),
    NetworkInterfaceId: e.id,
    OwnerId: e.ownerId,
    PrivateDnsName: privateDns(e.privateIpAddress, i.region),
    PrivateIpAddress: e.privateIpAddress,
    PrivateIpAddresses: [{ Primary: true, PrivateDnsName: privateDns(e.privateIpAddress, i.region), PrivateIpAddress: e.privateIpAddress }],
    SourceDestCheck: e.sourceDestCheck,
    Status: e.status,
    SubnetId: e.subnetId,
    VpcId: e.vpcId,
    InterfaceType: e.interfaceType,
  };
}

function macOf(id: string): string {
  const hex = (id.replace(/[^0-9a-f]/g, "") + "000000000000").slice(-12);
  return ["0e", hex.slice(2, 4), hex.slice(4, 6), hex.slice(6, 8), hex.slice(8, 10), hex.slice(10, 12)].join(":");
}

function eniShape(e: Eni, w: World): unknown {
  const region = vpcRegion(w, e.vpcId) ?? "us-east-1";
  // NetworkInterface member order (botocore ec2 service-2.json).
  return {
    ...(e.publicIp ? { Association: { IpOwnerId: "amazon", PublicDnsName: publicDns(e.publicIp, region), PublicIp: e.publicIp } } : {}),
    ...(e.attachment
      ? { Attachment: { AttachmentId: "eni-attach-" + e.id.slice(4), DeleteOnTermination: true, DeviceIndex: e.attachment.deviceIndex, NetworkCardIndex: 0, ...(e.attachment.instanceId ? { InstanceId: e.attachment.instanceId, InstanceOwnerId: e.ownerId } : {}), Status: "attached" } }
      : {}),
    AvailabilityZone: e.az,
    Description: e.description,
    Groups: e.groupIds.map((id) => ({ GroupId: id, GroupName: w.securityGroups[id]?.groupName ?? "" })),
    InterfaceType: e.interfaceType,
    Ipv6Addresses: [],
    MacAddress: macOf(e.id),
    NetworkInterfaceId: e.id,
    OwnerId: e.ownerId,
    PrivateDnsName: privateDns(e.privateIpAddress, region),
    PrivateIpAddress: e.privateIpAddress,
    PrivateIpAddresses: [
      {
        ...(e.publicIp ? { Association: { IpOwnerId: "amazon", PublicDnsName: publicDns(e.publicIp, region), PublicIp: e.publicIp } } : {}),
        Primary: true,
        PrivateDnsName: privateDns(e.privateIpAddress, region),
        PrivateIpAddress: e.privateIpAddress,
      },
    ],
    ...(e.requesterManaged ? { RequesterId: "727180483921" } : {}),
    RequesterManaged: e.requesterManaged,
    SourceDestCheck: e.sourceDestCheck,
    Status: e.status,
    SubnetId: e.subnetId,
    TagSet: e.tags.map((t) => ({ Key: t.Key, Value: t.Value })),
    VpcId: e.vpcId,
  };
}

export function endpointShape(ep: VpcEndpoint, w: World): unknown {
  // VpcEndpoint member order (aws-reference §1.5, captured §2.4). Tags omitted when empty.
  const o: Record<string, unknown> = {
    VpcEndpointId: ep.id,
    VpcEndpointType: ep.type,
    VpcId: ep.vpcId,
    ServiceName: ep.serviceName,
    State: ep.state,
    PolicyDocument: ep.policyDocument,
    RouteTableIds: ep.routeTableIds,
    SubnetIds: ep.subnetIds,
    Groups: ep.groupIds.map((id) => ({ GroupId: id, GroupName: w.securityGroups[id]?.groupName ?? "" })),
    IpAddressType: ep.ipAddressType,
  };
  if (ep.type === "Interface") o.DnsOptions = { DnsRecordIpType: "ipv4" };
  o.PrivateDnsEnabled = ep.privateDnsEnabled;
  o.RequesterManaged = false;
  o.NetworkInterfaceIds = ep.networkInterfaceIds;
  o.DnsEntries = endpointDnsEntries(w, ep).map((d) => ({ DnsName: d.dnsName, HostedZoneId: d.hostedZoneId }));
  o.CreationTimestamp = cliTime(ep.creationTimestamp);
  Object.assign(o, tagsField(ep.tags));
  o.OwnerId = ep.ownerId;
  if (ep.lastError) o.LastError = { Message: ep.lastError.message, Code: ep.lastError.code };
  return o;
}

// ── operations ──────────────────────────────────────────────────────────────────────────────

function vpcFilter(v: Vpc, name: string): string[] | undefined {
  if (!v) return ["probe"];
  switch (name) {
    case "vpc-id":
      return [v.id];
    case "cidr":
    case "cidr-block-association.cidr-block":
      return v.cidrBlocks;
    case "is-default":
      return [String(v.isDefault)];
    case "state":
      return [v.state];
    case "owner-id":
      return [v.ownerId];
    case "dhcp-options-id":
      return ["dopt-0a1b2c3d4e5f60718"];
    default:
      return tagFilter(v.tags, name);
  }
}

const describeVpcs: OpDef = {
  name: "describe-vpcs",
  api: "DescribeVpcs",
  summary: "Describes your VPCs.",
  params: [{ name: "vpc-ids", type: "strings", ids: "vpc" }],
  target: ec2Target("DescribeVpcs"),
  run(call) {
    const all = owned(call, Object.values(call.state.world.vpcs)).filter((v) => v.region === call.region);
    const d = describe(call, all, (v) => v.id, "vpc-ids", (id) => ({ code: "InvalidVpcID.NotFound", message: `The vpc ID '${id}' does not exist` }), vpcFilter);
    if (!d.ok) return d.out;
    return { kind: "data", data: { Vpcs: d.items.map(vpcShape) } };
  },
};

function subnetFilter(s: Subnet, name: string): string[] | undefined {
  if (!s) return ["probe"];
  switch (name) {
    case "subnet-id":
      return [s.id];
    case "vpc-id":
      return [s.vpcId];
    case "cidr-block":
    case "cidr":
    case "cidrBlock":
      return [s.cidrBlock];
    case "availability-zone":
    case "availabilityZone":
      return [s.az];
    case "availability-zone-id":
      return [s.azId];
    case "state":
      return [s.state];
    case "owner-id":
      return [s.ownerId];
    case "map-public-ip-on-launch":
      return [String(s.mapPublicIpOnLaunch)];
    case "default-for-az":
      return ["false"];
    default:
      return tagFilter(s.tags, name);
  }
}

const describeSubnets: OpDef = {
  name: "describe-subnets",
  api: "DescribeSubnets",
  summary: "Describes your subnets.",
  params: [{ name: "subnet-ids", type: "strings", ids: "subnet" }],
  target: ec2Target("DescribeSubnets"),
  run(call) {
    const all = owned(call, Object.values(call.state.world.subnets)).filter((s) => s.region === call.region);
    const d = describe(call, all, (s) => s.id, "subnet-ids", (id) => ({ code: "InvalidSubnetID.NotFound", message: `The subnet ID '${id}' does not exist` }), subnetFilter);
    if (!d.ok) return d.out;
    const w = call.state.world;
    return { kind: "data", data: { Subnets: d.items.map((s) => subnetShape(s, w)) } };
  },
};

function rtFilter(rt: RouteTable, name: string): string[] | undefined {
  if (!rt) return ["probe"];
  switch (name) {
    case "route-table-id":
      return [rt.id];
    case "vpc-id":
      return [rt.vpcId];
    case "owner-id":
      return [rt.ownerId];
    case "association.main":
      return [String(rt.associations.some((a) => a.main))];
    case "association.subnet-id":
      return rt.associations.map((a) => a.subnetId ?? "").filter(Boolean);
    case "association.route-table-association-id":
      return rt.associations.map((a) => a.id);
    case "route.destination-cidr-block":
      return rt.routes.map((r) => r.destinationCidrBlock ?? "").filter(Boolean);
    case "route.destination-prefix-list-id":
      return rt.routes.map((r) => r.destinationPrefixListId ?? "").filter(Boolean);
    case "route.gateway-id":
      return rt.routes.map((r) => r.gatewayId ?? "").filter(Boolean);
    case "route.nat-gateway-id":
      return rt.routes.map((r) => r.natGatewayId ?? "").filter(Boolean);
    case "route.state":
      return rt.routes.map((r) => r.state);
    case "route.origin":
      return rt.routes.map((r) => r.origin);
    default:
      return tagFilter(rt.tags, name);
  }
}

const describeRouteTables: OpDef = {
  name: "describe-route-tables",
  api: "DescribeRouteTables",
  summary: "Describes your route tables.",
  params: [{ name: "route-table-ids", type: "strings", ids: "rtb" }],
  target: ec2Target("DescribeRouteTables"),
  run(call) {
    const w = call.state.world;
    const all = owned(call, Object.values(w.routeTables)).filter((rt) => vpcRegion(w, rt.vpcId) === call.region);
    const d = describe(call, all, (r) => r.id, "route-table-ids", (id) => ({ code: "InvalidRouteTableID.NotFound", message: `The routeTable ID '${id}' does not exist` }), rtFilter);
    if (!d.ok) return d.out;
    return { kind: "data", data: { RouteTables: d.items.map(routeTableShape) } };
  },
};

function sgFilter(g: SecurityGroup, name: string): string[] | undefined {
  if (!g) return ["probe"];
  switch (name) {
    case "group-id":
      return [g.id];
    case "group-name":
      return [g.groupName];
    case "vpc-id":
      return [g.vpcId];
    case "description":
      return [g.description];
    case "owner-id":
      return [g.ownerId];
    case "ip-permission.from-port":
      return g.ingress.map((r) => String(r.fromPort ?? -1));
    case "ip-permission.to-port":
      return g.ingress.map((r) => String(r.toPort ?? -1));
    case "ip-permission.cidr":
      return g.ingress.map((r) => r.cidrIpv4 ?? "").filter(Boolean);
    case "ip-permission.protocol":
      return g.ingress.map((r) => r.ipProtocol);
    case "ip-permission.group-id":
      return g.ingress.map((r) => r.referencedGroupId ?? "").filter(Boolean);
    case "egress.ip-permission.prefix-list-id":
      return g.egress.map((r) => r.prefixListId ?? "").filter(Boolean);
    default:
      return tagFilter(g.tags, name);
  }
}

const describeSecurityGroups: OpDef = {
  name: "describe-security-groups",
  api: "DescribeSecurityGroups",
  summary: "Describes the specified security groups or all of your security groups.",
  params: [{ name: "group-ids", type: "strings", ids: "sg" }],
  target: ec2Target("DescribeSecurityGroups"),
  run(call) {
    const w = call.state.world;
    let all = owned(call, Object.values(w.securityGroups)).filter((g) => vpcRegion(w, g.vpcId) === call.region);
    const names = strs(call.values["group-names"]);
    if (names) {
      for (const n of names) if (!all.some((g) => g.groupName === n)) return notFound("InvalidGroup.NotFound", `The security group '${n}' does not exist in default VPC 'none'`);
      all = all.filter((g) => names.includes(g.groupName));
    }
    const d = describe(call, all, (g) => g.id, "group-ids", (id) => ({ code: "InvalidGroup.NotFound", message: `The security group '${id}' does not exist` }), sgFilter);
    if (!d.ok) return d.out;
    return { kind: "data", data: { SecurityGroups: d.items.map((g) => sgShape(g, w)) } };
  },
};

function instFilter(i: Instance, name: string): string[] | undefined {
  if (!i) return ["probe"];
  switch (name) {
    case "instance-id":
      return [i.id];
    case "vpc-id":
      return [i.vpcId];
    case "subnet-id":
      return [i.subnetId];
    case "instance-state-name":
      return [i.state];
    case "instance-type":
      return [i.instanceType];
    case "private-ip-address":
      return [i.privateIpAddress];
    case "ip-address":
      return i.publicIpAddress ? [i.publicIpAddress] : [];
    case "availability-zone":
      return [i.az];
    case "iam-instance-profile.arn":
      return i.iamRole ? [`arn:aws:iam::${i.ownerId}:instance-profile/${i.iamRole}`] : [];
    default:
      return tagFilter(i.tags, name);
  }
}

const describeInstances: OpDef = {
  name: "describe-instances",
  api: "DescribeInstances",
  summary: "Describes the specified instances or all instances.",
  params: [{ name: "instance-ids", type: "strings", ids: "instance" }],
  target: ec2Target("DescribeInstances"),
  run(call) {
    const w = call.state.world;
    const all = owned(call, Object.values(w.instances)).filter((i) => i.region === call.region);
    const d = describe(call, all, (i) => i.id, "instance-ids", (id) => ({ code: "InvalidInstanceID.NotFound", message: `The instance ID '${id}' does not exist` }), instFilter);
    if (!d.ok) return d.out;
    return {
      kind: "data",
      data: {
        Reservations: d.items.map((i) => ({
          ReservationId: "r-" + i.id.slice(2),
          OwnerId: i.ownerId,
          Groups: [],
          Instances: [instanceShape(i, w)],
        })),
      },
    };
  },
};

function eniFilter(e: Eni, name: string): string[] | undefined {
  if (!e) return ["probe"];
  switch (name) {
    case "network-interface-id":
      return [e.id];
    case "vpc-id":
      return [e.vpcId];
    case "subnet-id":
      return [e.subnetId];
    case "interface-type":
      return [e.interfaceType];
    case "description":
      return [e.description];
    case "private-ip-address":
    case "addresses.private-ip-address":
      return [e.privateIpAddress];
    case "group-id":
      return e.groupIds;
    case "requester-managed":
      return [String(e.requesterManaged)];
    case "status":
      return [e.status];
    case "attachment.instance-id":
      return e.attachment?.instanceId ? [e.attachment.instanceId] : [];
    case "availability-zone":
      return [e.az];
    default:
      return tagFilter(e.tags, name);
  }
}

const describeNetworkInterfaces: OpDef = {
  name: "describe-network-interfaces",
  api: "DescribeNetworkInterfaces",
  summary: "Describes one or more of your network interfaces.",
  params: [{ name: "network-interface-ids", type: "strings", ids: "eni" }],
  target: ec2Target("DescribeNetworkInterfaces"),
  run(call) {
    const w = call.state.world;
    const all = owned(call, Object.values(w.networkInterfaces)).filter((e) => vpcRegion(w, e.vpcId) === call.region);
    const d = describe(call, all, (e) => e.id, "network-interface-ids", (id) => ({ code: "InvalidNetworkInterfaceID.NotFound", message: `The networkInterface ID '${id}' does not exist` }), eniFilter);
    if (!d.ok) return d.out;
    return { kind: "data", data: { NetworkInterfaces: d.items.map((e) => eniShape(e, w)) } };
  },
};

const describePrefixLists: OpDef = {
  name: "describe-prefix-lists",
  api: "DescribePrefixLists",
  summary: "Describes available AWS services in a prefix list format.",
  params: [],
  target: ec2Target("DescribePrefixLists"),
  run(call) {
    const all = Object.values(call.state.world.prefixLists).filter((p) => p.ownerId === "AWS" && p.region === call.region);
    const d = describe(
      call,
      all,
      (p) => p.id,
      "prefix-list-ids",
      (id) => ({ code: "InvalidPrefixListID.NotFound", message: `The prefix list ID '${id}' does not exist` }),
      (p, name) => (!p ? ["probe"] : name === "prefix-list-id" ? [p.id] : name === "prefix-list-name" ? [p.name] : undefined),
    );
    if (!d.ok) return d.out;
    // PrefixList: Cidrs, PrefixListId, PrefixListName (§1.5, captured §2.8).
    return { kind: "data", data: { PrefixLists: d.items.map((p) => ({ Cidrs: p.cidrs, PrefixListId: p.id, PrefixListName: p.name })) } };
  },
};

const describeVpcEndpointServices: OpDef = {
  name: "describe-vpc-endpoint-services",
  api: "DescribeVpcEndpointServices",
  summary: "Describes available services to which you can create a VPC endpoint.",
  params: [{ name: "service-names", type: "strings", ids: "service" }],
  target: ec2Target("DescribeVpcEndpointServices"),
  run(call) {
    const details = visibleEndpointServices(call.state.world, call.accountId, call.region);
    let items = details;
    const names = strs(call.values["service-names"]);
    if (names) {
      for (const n of names) {
        if (!details.some((d) => d.serviceName === n)) return notFound("InvalidServiceName", `The Vpc Endpoint Service '${n}' does not exist`);
      }
      items = details.filter((d) => names.includes(d.serviceName));
    }
    const f = applyFilters(items, call.values.filters, (d, name) => {
      if (!d) return ["probe"];
      if (name === "service-name") return [d.serviceName];
      if (name === "service-type") return [d.serviceType];
      if (name === "owner") return [d.owner];
      if (name === "service-region") return [call.region];
      if (name === "supported-ip-address-types") return ["ipv4"];
      return undefined;
    });
    if (!f.ok) return notFound(f.code, f.message);
    // ServiceNames before ServiceDetails; ServiceDetail order per §1.5.
    const serviceNames = [...new Set(f.items.map((d) => d.serviceName))].sort();
    return {
      kind: "data",
      data: {
        ServiceNames: serviceNames,
        ServiceDetails: f.items.map((d) => {
          const o: Record<string, unknown> = {
            ServiceName: d.serviceName,
            ServiceId: d.serviceId,
            ServiceType: [{ ServiceType: d.serviceType }],
            ServiceRegion: call.region,
            AvailabilityZones: d.availabilityZones,
            Owner: d.owner,
            BaseEndpointDnsNames: d.baseEndpointDnsNames,
          };
          if (d.privateDnsName) {
            o.PrivateDnsName = d.privateDnsName;
            o.PrivateDnsNames = [{ PrivateDnsName: d.privateDnsName }];
          }
          o.VpcEndpointPolicySupported = d.vpcEndpointPolicySupported;
          o.AcceptanceRequired = d.acceptanceRequired;
          o.ManagesVpcEndpoints = d.managesVpcEndpoints;
          o.Tags = [];
          if (d.privateDnsName) o.PrivateDnsNameVerificationState = "verified";
          o.SupportedIpAddressTypes = ["ipv4"];
          return o;
        }),
      },
    };
  },
};

function parseBoolish(v: unknown): boolean | undefined {
  if (typeof v === "boolean") return v;
  if (v && typeof v === "object" && "Value" in (v as Record<string, unknown>)) {
    const x = (v as Record<string, unknown>).Value;
    if (typeof x === "boolean") return x;
    if (x === "true" || x === "True") return true;
    if (x === "false" || x === "False") return false;
  }
  return undefined;
}

const createVpcEndpointOp: OpDef = {
  name: "create-vpc-endpoint",
  api: "CreateVpcEndpoint",
  summary: "Creates a VPC endpoint (Gateway by default).",
  params: [
    { name: "vpc-endpoint-type", type: "string", choices: ["Interface", "Gateway", "GatewayLoadBalancer", "Resource", "ServiceNetwork"] },
    { name: "vpc-id", type: "string", required: true, ids: "vpc" },
    { name: "service-name", type: "string", ids: "service" },
    { name: "policy-document", type: "string", ids: "file" },
    { name: "route-table-ids", type: "strings", ids: "rtb" },
    { name: "subnet-ids", type: "strings", ids: "subnet" },
    { name: "security-group-ids", type: "strings", ids: "sg" },
    { name: "ip-address-type", type: "string", choices: ["ipv4", "dualstack", "ipv6"] },
  ],
  target: ec2Target("CreateVpcEndpoint"),
  run(call) {
    if (call.values["dry-run"] === true) return dryRun("CreateVpcEndpoint");
    const v = call.values;
    const r = createVpcEndpoint(
      call.state.world,
      {
        vpcId: str(v["vpc-id"]) ?? "",
        serviceName: str(v["service-name"]),
        vpcEndpointType: str(v["vpc-endpoint-type"]),
        routeTableIds: strs(v["route-table-ids"]),
        subnetIds: strs(v["subnet-ids"]),
        securityGroupIds: strs(v["security-group-ids"]),
        policyDocument: str(v["policy-document"]),
        privateDnsEnabled: bool(v["private-dns-enabled"]),
        ipAddressType: str(v["ip-address-type"]) as "ipv4" | "dualstack" | "ipv6" | undefined,
        tags: tagsFromSpecs(v["tag-specifications"]),
      },
      opCtx(call),
    );
    if (!r.ok) return { kind: "error", code: r.error.code, message: r.error.message };
    return { kind: "data", data: { VpcEndpoint: endpointShape(r.value, r.world) }, state: { ...call.state, world: r.world } };
  },
};

function endpointFilter(ep: VpcEndpoint, name: string): string[] | undefined {
  if (!ep) return ["probe"];
  switch (name) {
    case "service-name":
      return [ep.serviceName];
    case "vpc-id":
      return [ep.vpcId];
    case "vpc-endpoint-id":
      return [ep.id];
    case "vpc-endpoint-state":
      return [ep.state];
    case "vpc-endpoint-type":
      return [ep.type];
    case "ip-address-type":
      return [ep.ipAddressType];
    case "service-region":
      return [ep.region];
    default:
      return tagFilter(ep.tags, name);
  }
}

const describeVpcEndpoints: OpDef = {
  name: "describe-vpc-endpoints",
  api: "DescribeVpcEndpoints",
  summary: "Describes your VPC endpoints.",
  params: [{ name: "vpc-endpoint-ids", type: "strings", ids: "vpce" }],
  target: ec2Target("DescribeVpcEndpoints"),
  run(call) {
    const w = call.state.world;
    const all = owned(call, Object.values(w.vpcEndpoints)).filter((e) => e.region === call.region && e.state !== "deleted");
    const d = describe(call, all, (e) => e.id, "vpc-endpoint-ids", (id) => ({ code: "InvalidVpcEndpointId.NotFound", message: `The Vpc Endpoint Id '${id}' does not exist` }), endpointFilter);
    if (!d.ok) return d.out;
    return { kind: "data", data: { VpcEndpoints: d.items.map((e) => endpointShape(e, w)) } };
  },
};

const modifyVpcEndpointOp: OpDef = {
  name: "modify-vpc-endpoint",
  api: "ModifyVpcEndpoint",
  summary: "Modifies attributes of a specified VPC endpoint.",
  params: [
    { name: "vpc-endpoint-id", type: "string", required: true, ids: "vpce" },
    { name: "policy-document", type: "string", ids: "file" },
    { name: "add-route-table-ids", type: "strings", ids: "rtb" },
    { name: "remove-route-table-ids", type: "strings", ids: "rtb" },
    { name: "add-subnet-ids", type: "strings", ids: "subnet" },
    { name: "remove-subnet-ids", type: "strings", ids: "subnet" },
    { name: "add-security-group-ids", type: "strings", ids: "sg" },
    { name: "remove-security-group-ids", type: "strings", ids: "sg" },
  ],
  target: ec2Target("ModifyVpcEndpoint"),
  run(call) {
    if (call.values["dry-run"] === true) return dryRun("ModifyVpcEndpoint");
    const v = call.values;
    const r = modifyVpcEndpoint(
      call.state.world,
      {
        vpcEndpointId: str(v["vpc-endpoint-id"]) ?? "",
        resetPolicy: bool(v["reset-policy"]),
        policyDocument: str(v["policy-document"]),
        addRouteTableIds: strs(v["add-route-table-ids"]),
        removeRouteTableIds: strs(v["remove-route-table-ids"]),
        addSubnetIds: strs(v["add-subnet-ids"]),
        removeSubnetIds: strs(v["remove-subnet-ids"]),
        addSecurityGroupIds: strs(v["add-security-group-ids"]),
        removeSecurityGroupIds: strs(v["remove-security-group-ids"]),
        privateDnsEnabled: bool(v["private-dns-enabled"]),
      },
      opCtx(call),
    );
    return simOp(call, r, () => ({ Return: true }));
  },
};

export function unsuccessfulShape(items: Array<{ resourceId: string; error: { code: string; message: string } }>): unknown {
  // UnsuccessfulItem: Error{Code, Message}, ResourceId (§1.5).
  return { Unsuccessful: items.map((u) => ({ Error: { Code: u.error.code, Message: u.error.message }, ResourceId: u.resourceId })) };
}

const deleteVpcEndpointsOp: OpDef = {
  name: "delete-vpc-endpoints",
  api: "DeleteVpcEndpoints",
  summary: "Deletes the specified VPC endpoints.",
  params: [{ name: "vpc-endpoint-ids", type: "strings", required: true, ids: "vpce" }],
  target: ec2Target("DeleteVpcEndpoints"),
  run(call) {
    if (call.values["dry-run"] === true) return dryRun("DeleteVpcEndpoints");
    const r = deleteVpcEndpoints(call.state.world, { vpcEndpointIds: strs(call.values["vpc-endpoint-ids"]) ?? [] }, opCtx(call));
    return simOp(call, r, (v) => unsuccessfulShape(v.unsuccessful as Array<{ resourceId: string; error: { code: string; message: string } }>));
  },
};

// completion hints; the model gives the arguments themselves
const routeParams: ParamSpec[] = [
  { name: "vpc-endpoint-id", type: "string", ids: "vpce" },
  { name: "instance-id", type: "string", ids: "instance" },
  { name: "network-interface-id", type: "string", ids: "eni" },
  { name: "route-table-id", type: "string", required: true, ids: "rtb" },
  { name: "vpc-peering-connection-id", type: "string", ids: "pcx" },
];

const createRouteOp: OpDef = {
  name: "create-route",
  api: "CreateRoute",
  summary: "Creates a route in a route table within a VPC.",
  params: routeParams,
  target: ec2Target("CreateRoute"),
  run(call) {
    if (call.values["dry-run"] === true) return dryRun("CreateRoute");
    const v = call.values;
    const r = createRoute(
      call.state.world,
      {
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
    return simOp(call, r, () => ({ Return: true }));
  },
};

const deleteRouteOp: OpDef = {
  name: "delete-route",
  api: "DeleteRoute",
  summary: "Deletes the specified route from the specified route table.",
  params: [
    { name: "route-table-id", type: "string", required: true, ids: "rtb" },
  ],
  target: ec2Target("DeleteRoute"),
  run(call) {
    if (call.values["dry-run"] === true) return dryRun("DeleteRoute");
    const v = call.values;
    const r = deleteRoute(
      call.state.world,
      { routeTableId: str(v["route-table-id"]) ?? "", destinationCidrBlock: str(v["destination-cidr-block"]), destinationPrefixListId: str(v["destination-prefix-list-id"]) },
      opCtx(call),
    );
    // DeleteRoute has no output: the CLI prints nothing.
    return simOp(call, r, () => ({}), { empty: true });
  },
};

// the model gives the rest (group-name, ip-permissions, tag-specifications, … per operation)
const sgRuleParams: ParamSpec[] = [
  { name: "group-id", type: "string", ids: "sg" },
  // awscli/customizations/ec2/secgroupsimplify.py adds these five to authorize/revoke ingress/egress
  { name: "protocol", type: "string", choices: ["tcp", "udp", "icmp", "all", "-1"], customization: "secgroupsimplify" },
  { name: "port", type: "string", customization: "secgroupsimplify" },
  { name: "cidr", type: "string", customization: "secgroupsimplify" },
  { name: "source-group", type: "string", ids: "sg", customization: "secgroupsimplify" },
  { name: "group-owner", type: "string", customization: "secgroupsimplify" },
];

function sgInput(call: AwsCall): { ok: true; input: Parameters<typeof authorizeSecurityGroupIngress>[1] } | { ok: false; out: OpOutcome } {
  const v = call.values;
  let groupId = str(v["group-id"]);
  const groupName = str(v["group-name"]);
  if (!groupId && groupName) {
    groupId = Object.values(call.state.world.securityGroups).find((g) => g.groupName === groupName && g.ownerId === call.accountId)?.id;
    if (!groupId) return { ok: false, out: notFound("InvalidGroup.NotFound", `The security group '${groupName}' does not exist in default VPC 'none'`) };
  }
  if (!groupId) return { ok: false, out: notFound("MissingParameter", "The request must contain the parameter groupName or groupId") };
  const perms = v["ip-permissions"];
  if (Array.isArray(perms)) {
    const ipPermissions = (perms as Array<Record<string, unknown>>).map((p) => ({
      ipProtocol: String(p.IpProtocol ?? ""),
      fromPort: p.FromPort === undefined ? undefined : Number(p.FromPort),
      toPort: p.ToPort === undefined ? undefined : Number(p.ToPort),
      ipRanges: listOf(p.IpRanges).map((x) => ({ cidrIp: String(pick(x, "CidrIp")), description: optStr(pick(x, "Description")) })),
      userIdGroupPairs: listOf(p.UserIdGroupPairs).map((x) => ({ groupId: String(pick(x, "GroupId")) })),
      prefixListIds: listOf(p.PrefixListIds).map((x) => ({ prefixListId: String(pick(x, "PrefixListId")) })),
    }));
    return { ok: true, input: { groupId, ipPermissions } };
  }
  const port = str(v.port);
  let fromPort: number | undefined;
  let toPort: number | undefined;
  if (port !== undefined) {
    const m = /^(-?\d+)(?:-(\d+))?$/.exec(port);
    if (!m) return { ok: false, out: notFound("InvalidParameterValue", `Invalid value '${port}' for portRange. Must be a number or a range (e.g. 1-65535).`) };
    fromPort = Number(m[1]);
    toPort = Number(m[2] ?? m[1]);
  }
  return { ok: true, input: { groupId, ipProtocol: str(v.protocol), fromPort, toPort, cidrIp: str(v.cidr), sourceGroupId: str(v["source-group"]) } };
}

function listOf(x: unknown): unknown[] {
  return Array.isArray(x) ? x : x === undefined ? [] : [x];
}

function pick(x: unknown, key: string): unknown {
  if (x && typeof x === "object") return (x as Record<string, unknown>)[key];
  if (typeof x === "string") {
    // Shorthand values may be quoted (awscli/shorthand.py): Description='SSH access', Description="SSH".
    const m = new RegExp(`${key}=(?:"([^"]*)"|'([^']*)'|([^,}]*))`).exec(x);
    return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
  }
  return undefined;
}

function optStr(x: unknown): string | undefined {
  return typeof x === "string" ? x : undefined;
}

/**
 * `--port` is parsed by the CLI before any request (awscli/customizations/ec2/secgroupsimplify.py):
 * `-1`/`all`, `N` or `N-M`, each side an integer, else a ParamValidationError (rc 252).
 */
export function checkPortArg(args: string[]): OpOutcome | undefined {
  const i = args.findIndex((a) => a === "--port" || a.startsWith("--port="));
  if (i < 0) return undefined;
  const value = args[i].includes("=") ? args[i].slice(args[i].indexOf("=") + 1) : args[i + 1];
  if (!value || value === "-1" || value === "all") return undefined;
  const [from, to] = value.includes("-") ? [value.slice(0, value.indexOf("-")), value.slice(value.indexOf("-") + 1)] : [value, value];
  const int = (x: string) => /^\s*[+-]?\d+(?:_\d+)*\s*$/.test(x);
  if (int(from) && int(to)) return undefined;
  return {
    kind: "raw",
    result: { code: 252, out: [{ stream: "stderr", text: "\naws: [ERROR]: An error occurred (ParamValidation): port parameter should be of the form <from[-to]> (e.g. 22 or 22-25)\n" }] },
  };
}

function sgRuleOp(name: string, api: string, kind: "ingress" | "egress" | "revoke"): OpDef {
  return {
    name,
    api,
    summary: `${api} for a security group.`,
    params: sgRuleParams,
    preflight: checkPortArg,
    target: ec2Target(api),
    run(call) {
      if (call.values["dry-run"] === true) return dryRun(api);
      const inp = sgInput(call);
      if (!inp.ok) return inp.out;
      const fn = kind === "ingress" ? authorizeSecurityGroupIngress : kind === "egress" ? authorizeSecurityGroupEgress : revokeSecurityGroupIngress;
      const r = fn(call.state.world, inp.input, opCtx(call));
      if (!r.ok) return { kind: "error", code: r.error.code, message: r.error.message };
      const w = r.world;
      const g = w.securityGroups[inp.input.groupId];
      if (kind === "revoke") return { kind: "data", data: { Return: true }, state: { ...call.state, world: w } };
      const before = new Set((kind === "ingress" ? call.state.world.securityGroups[inp.input.groupId]?.ingress : call.state.world.securityGroups[inp.input.groupId]?.egress)?.map((x) => x.ruleId) ?? []);
      const added = (kind === "ingress" ? g.ingress : g.egress).filter((x) => !before.has(x.ruleId));
      return {
        kind: "data",
        state: { ...call.state, world: w },
        data: {
          Return: true,
          SecurityGroupRules: added.map((x) => ({
            SecurityGroupRuleId: x.ruleId,
            GroupId: g.id,
            GroupOwnerId: g.ownerId,
            IsEgress: kind === "egress",
            IpProtocol: x.ipProtocol,
            FromPort: x.fromPort ?? -1,
            ToPort: x.toPort ?? -1,
            ...(x.cidrIpv4 ? { CidrIpv4: x.cidrIpv4 } : {}),
            ...(x.prefixListId ? { PrefixListId: x.prefixListId } : {}),
            ...(x.referencedGroupId ? { ReferencedGroupInfo: { GroupId: x.referencedGroupId, UserId: g.ownerId } } : {}),
            ...(x.description ? { Description: x.description } : {}),
            SecurityGroupRuleArn: `arn:aws:ec2:${vpcRegion(w, g.vpcId) ?? call.region}:${g.ownerId}:security-group-rule/${x.ruleId}`,
          })),
        },
      };
    },
  };
}

const modifyVpcAttributeOp: OpDef = {
  name: "modify-vpc-attribute",
  api: "ModifyVpcAttribute",
  summary: "Modifies the specified attribute of the specified VPC.",
  params: [
    { name: "vpc-id", type: "string", required: true, ids: "vpc" },
  ],
  target: ec2Target("ModifyVpcAttribute"),
  run(call) {
    const v = call.values;
    const sup = v["enable-dns-support"] !== undefined ? parseBoolish(v["enable-dns-support"]) : undefined;
    const host = v["enable-dns-hostnames"] !== undefined ? parseBoolish(v["enable-dns-hostnames"]) : undefined;
    if ((v["enable-dns-support"] !== undefined && sup === undefined) || (v["enable-dns-hostnames"] !== undefined && host === undefined)) {
      return notFound("InvalidParameterValue", "Value for parameter must be true or false");
    }
    // [Unverified] message for two attributes in one call (aws-reference §8).
    if (sup !== undefined && host !== undefined) return notFound("InvalidParameterCombination", "Only one attribute can be modified at a time");
    const r = modifyVpcAttribute(call.state.world, { vpcId: str(v["vpc-id"]) ?? "", enableDnsSupport: sup, enableDnsHostnames: host }, opCtx(call));
    // Prints nothing on success (aws-reference §2.11).
    return simOp(call, r, () => ({}), { empty: true });
  },
};

const describeVpcAttribute: OpDef = {
  name: "describe-vpc-attribute",
  api: "DescribeVpcAttribute",
  summary: "Describes the specified attribute of the specified VPC.",
  params: [
    { name: "attribute", type: "string", required: true, choices: ["enableDnsSupport", "enableDnsHostnames", "enableNetworkAddressUsageMetrics"] },
    { name: "vpc-id", type: "string", required: true, ids: "vpc" },
  ],
  target: ec2Target("DescribeVpcAttribute"),
  run(call) {
    const id = str(call.values["vpc-id"]) ?? "";
    const vpc = call.state.world.vpcs[id];
    if (!vpc || vpc.ownerId !== call.accountId || vpc.region !== call.region) return notFound("InvalidVpcID.NotFound", `The vpc ID '${id}' does not exist`);
    const attr = str(call.values.attribute) ?? "";
    const key = { enableDnsSupport: "EnableDnsSupport", enableDnsHostnames: "EnableDnsHostnames", enableNetworkAddressUsageMetrics: "EnableNetworkAddressUsageMetrics" }[attr];
    if (!key) return notFound("InvalidParameterValue", `Value (${attr}) for parameter attribute is invalid. Unknown attribute.`);
    const value = attr === "enableDnsSupport" ? vpc.enableDnsSupport : attr === "enableDnsHostnames" ? vpc.enableDnsHostnames : false;
    // v2 model order: the attribute, then VpcId last (§1.5, §2.11).
    return { kind: "data", data: { [key]: { Value: value }, VpcId: vpc.id } };
  },
};

/**
 * `aws ec2 wait <waiter>` — the waiters botocore defines for the describes this simulator has
 * (botocore/data/ec2/2016-11-15/waiters-2.json: delay, maxAttempts, acceptors). There is **no**
 * vpc-endpoint-available waiter in botocore, so that name is an invalid choice, as in the real CLI.
 */
interface Acceptor {
  state: "success" | "failure" | "retry";
  matcher: "pathAll" | "pathAny" | "path" | "error";
  argument?: string;
  expected: string | boolean;
}
interface WaiterDef {
  name: string;
  waiter: string;
  op: () => OpDef;
  delay: number;
  maxAttempts: number;
  acceptors: Acceptor[];
}

const WAITERS: WaiterDef[] = [
  { name: "vpc-available", waiter: "VpcAvailable", op: () => describeVpcs, delay: 15, maxAttempts: 40, acceptors: [{ state: "success", matcher: "pathAll", argument: "Vpcs[].State", expected: "available" }] },
  {
    name: "vpc-exists",
    waiter: "VpcExists",
    op: () => describeVpcs,
    delay: 1,
    maxAttempts: 5,
    acceptors: [
      { state: "success", matcher: "path", argument: "length(Vpcs[]) > `0`", expected: true },
      { state: "retry", matcher: "error", expected: "InvalidVpcID.NotFound" },
    ],
  },
  { name: "subnet-available", waiter: "SubnetAvailable", op: () => describeSubnets, delay: 15, maxAttempts: 40, acceptors: [{ state: "success", matcher: "pathAll", argument: "Subnets[].State", expected: "available" }] },
  {
    name: "instance-running",
    waiter: "InstanceRunning",
    op: () => describeInstances,
    delay: 15,
    maxAttempts: 40,
    acceptors: [
      { state: "success", matcher: "pathAll", argument: "Reservations[].Instances[].State.Name", expected: "running" },
      { state: "failure", matcher: "pathAny", argument: "Reservations[].Instances[].State.Name", expected: "shutting-down" },
      { state: "failure", matcher: "pathAny", argument: "Reservations[].Instances[].State.Name", expected: "terminated" },
      { state: "failure", matcher: "pathAny", argument: "Reservations[].Instances[].State.Name", expected: "stopping" },
      { state: "retry", matcher: "error", expected: "InvalidInstanceID.NotFound" },
    ],
  },
  {
    name: "security-group-exists",
    waiter: "SecurityGroupExists",
    op: () => describeSecurityGroups,
    delay: 5,
    maxAttempts: 6,
    acceptors: [
      { state: "success", matcher: "path", argument: "length(SecurityGroups[].GroupId) > `0`", expected: true },
      { state: "retry", matcher: "error", expected: "InvalidGroup.NotFound" },
    ],
  },
  {
    name: "vpn-connection-available",
    waiter: "VpnConnectionAvailable",
    op: () => prov.providerOps.find((o) => o.name === "describe-vpn-connections")!,
    delay: 15,
    maxAttempts: 40,
    acceptors: [
      { state: "success", matcher: "pathAll", argument: "VpnConnections[].State", expected: "available" },
      { state: "failure", matcher: "pathAny", argument: "VpnConnections[].State", expected: "deleting" },
      { state: "failure", matcher: "pathAny", argument: "VpnConnections[].State", expected: "deleted" },
    ],
  },
  // botocore ec2 waiters-2.json (as bundled in aws-cli v2 2.36.7): NatGatewayAvailable / NatGatewayDeleted.
  {
    name: "nat-gateway-available",
    waiter: "NatGatewayAvailable",
    op: () => moreOps.find((o) => o.name === "describe-nat-gateways")!,
    delay: 15,
    maxAttempts: 40,
    acceptors: [
      { state: "success", matcher: "pathAll", argument: "NatGateways[].State", expected: "available" },
      { state: "failure", matcher: "pathAny", argument: "NatGateways[].State", expected: "failed" },
      { state: "failure", matcher: "pathAny", argument: "NatGateways[].State", expected: "deleting" },
      { state: "failure", matcher: "pathAny", argument: "NatGateways[].State", expected: "deleted" },
      { state: "retry", matcher: "error", expected: "NatGatewayNotFound" },
    ],
  },
  {
    name: "nat-gateway-deleted",
    waiter: "NatGatewayDeleted",
    op: () => moreOps.find((o) => o.name === "describe-nat-gateways")!,
    delay: 15,
    maxAttempts: 40,
    acceptors: [
      { state: "success", matcher: "pathAll", argument: "NatGateways[].State", expected: "deleted" },
      { state: "success", matcher: "error", expected: "NatGatewayNotFound" },
    ],
  },
];

/** The real CLI's full ec2 waiter list (for the invalid-choice suggestion). */
const ALL_WAITER_NAMES = [
  "bundle-task-complete", "conversion-task-cancelled", "conversion-task-completed", "conversion-task-deleted", "customer-gateway-available",
  "export-task-cancelled", "export-task-completed", "image-available", "image-exists", "image-usage-report-available", "instance-exists",
  "instance-running", "instance-status-ok", "instance-stopped", "instance-terminated", "internet-gateway-exists", "key-pair-exists",
  "nat-gateway-available", "nat-gateway-deleted", "network-interface-available", "password-data-available", "secondary-network-create-complete",
  "secondary-network-delete-complete", "secondary-subnet-create-complete", "secondary-subnet-delete-complete", "security-group-exists",
  "security-group-vpc-association-associated", "security-group-vpc-association-disassociated", "snapshot-completed", "snapshot-imported",
  "spot-instance-request-fulfilled", "store-image-task-complete", "subnet-available", "system-status-ok", "volume-available", "volume-deleted",
  "volume-in-use", "vpc-available", "vpc-exists", "vpc-peering-connection-deleted", "vpc-peering-connection-exists", "vpn-connection-available",
  "vpn-connection-deleted",
];

function waitUsage(msg: string, extra = ""): OpOutcome {
  return {
    kind: "raw",
    result: {
      code: 252,
      out: [
        { stream: "stderr", text: `\naws: [ERROR]: An error occurred (ParamValidation): ${msg}\n${extra}\nusage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\nTo see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n` },
      ],
    },
  };
}

/**
 * The waiter name is argparse's first choice, checked before any option (so
 * `aws ec2 wait vpc-endpoint-available --vpc-endpoint-ids vpce-1` reports the invalid choice, not
 * the unknown option). Returns the usage error, or undefined when the name is a waiter we run.
 */
function checkWaiterName(args: string[]): OpOutcome | undefined {
  const name = args.find((a) => !a.startsWith("--"));
  if (name === undefined || args.indexOf(name) > 0) return name === undefined ? waitUsage("the following arguments are required: waiter_name") : undefined;
  if (WAITERS.some((x) => x.name === name)) return undefined;
  const close = closeMatches(name, ALL_WAITER_NAMES);
  const out = waitUsage(`argument waiter_name: Found invalid choice '${name}'`, close.length ? `\nMaybe you meant:\n\n${close.map((c) => `  * ${c}\n`).join("")}` : "");
  if (ALL_WAITER_NAMES.includes(name) && out.kind === "raw") {
    out.result.out.push({
      stream: "note",
      text: `(${name} is a real AWS CLI waiter, but this simulator does not implement it. It implements: ${WAITERS.map((w) => w.name).join(", ")}.)\n`,
    });
  }
  if (name === "vpc-endpoint-available" && out.kind === "raw") {
    out.result.out.push({
      stream: "note",
      text: "(The AWS CLI has no vpc-endpoint-available waiter — botocore defines none for VPC endpoints. Poll instead, e.g. `aws ec2 describe-vpc-endpoints --query 'VpcEndpoints[].State'`, or `sleep 60` and look again.)\n",
    });
  }
  return out;
}

function runWaiter(call: AwsCall): OpOutcome {
  const bad = checkWaiterName(call.positionals);
  if (bad) return bad;
  const def = WAITERS.find((x) => x.name === call.positionals[0])!;
  const op = def.op();
  let world = call.state.world;
  let lastState = "";
  for (let attempt = 1; attempt <= def.maxAttempts; attempt++) {
    const res = op.run({ ...call, op, state: { ...call.state, world } });
    const waited = (attempt - 1) * def.delay;
    const finish = (code: number, text: string): OpOutcome => ({
      kind: "raw",
      result: {
        code,
        out: [
          ...(text ? [{ stream: "stderr" as const, text }] : []),
          ...(waited > 0 ? [{ stream: "note" as const, text: `(The real waiter polled ${op.api} every ${def.delay} s for about ${waited} seconds.)\n` }] : []),
        ],
        state: { ...call.state, world },
        wait: waited > 0 ? { seconds: Math.min(3, Math.max(1, waited / 30)), realSeconds: waited } : undefined,
      },
    });
    let matched: Acceptor | undefined;
    for (const a of def.acceptors) {
      if (a.matcher === "error") {
        if (res.kind === "error" && res.code === a.expected) matched = a;
      } else if (res.kind === "data") {
        const q = applyQuery(res.data, a.argument);
        const v = q.ok ? q.value : undefined;
        if (a.matcher === "path" && v === a.expected) matched = a;
        if (a.matcher === "pathAll" && Array.isArray(v) && v.length > 0 && v.every((x) => x === a.expected)) matched = a;
        if (a.matcher === "pathAny" && Array.isArray(v) && v.some((x) => x === a.expected)) matched = a;
      }
      if (matched) break;
    }
    if (matched?.state === "success") return finish(0, "");
    if (matched?.state === "failure") {
      return finish(255, `\naws: [ERROR]: Waiter ${def.waiter} failed: Waiter encountered a terminal failure state: For expression "${matched.argument}" we matched expected path: "${String(matched.expected)}" at least once\n`);
    }
    if (!matched && res.kind === "error") return finish(255, `\naws: [ERROR]: Waiter ${def.waiter} failed: An error occurred (${res.code}): ${res.message}\n`);
    lastState = matched?.state === "retry" ? `Matched expected service error code: ${String(matched.expected)}` : "";
    if (attempt === def.maxAttempts) {
      return finish(255, `\naws: [ERROR]: Waiter ${def.waiter} failed: Max attempts exceeded${lastState ? `. Previously accepted state: ${lastState}` : ""}\n`);
    }
    world = simTick(world, def.delay);
  }
  return { kind: "raw", result: { code: 255, out: [] } };
}

export const WAITER_NAMES = WAITERS.map((x) => x.name);

const waitOp: OpDef = {
  name: "wait",
  api: "Wait",
  summary: "Wait until a particular condition is satisfied (vpc-available, instance-running, vpn-connection-available, …).",
  positionals: 1,
  params: [
    FILTERS,
    DRY,
    ...PAGING,
    { name: "vpc-ids", type: "strings", ids: "vpc" },
    { name: "subnet-ids", type: "strings", ids: "subnet" },
    { name: "instance-ids", type: "strings", ids: "instance" },
    { name: "group-ids", type: "strings", ids: "sg" },
    { name: "group-names", type: "strings" },
    { name: "vpn-connection-ids", type: "strings" },
    { name: "nat-gateway-ids", type: "strings", ids: "nat" },
    { name: "filter", type: "structures", listMembers: ["Values"] },
  ],
  target: ec2Target("DescribeVpcs"),
  preflight: checkWaiterName,
  run: runWaiter,
};

export const ec2Service: ServiceDef = {
  name: "ec2",
  summary: "Amazon Elastic Compute Cloud (EC2) — VPCs, subnets, route tables, security groups, endpoints.",
  ops: [
    describeVpcs,
    describeSubnets,
    describeRouteTables,
    describeSecurityGroups,
    describeInstances,
    describeNetworkInterfaces,
    describePrefixLists,
    describeVpcEndpointServices,
    createVpcEndpointOp,
    describeVpcEndpoints,
    modifyVpcEndpointOp,
    deleteVpcEndpointsOp,
    createRouteOp,
    deleteRouteOp,
    sgRuleOp("authorize-security-group-ingress", "AuthorizeSecurityGroupIngress", "ingress"),
    sgRuleOp("authorize-security-group-egress", "AuthorizeSecurityGroupEgress", "egress"),
    sgRuleOp("revoke-security-group-ingress", "RevokeSecurityGroupIngress", "revoke"),
    modifyVpcAttributeOp,
    describeVpcAttribute,
    ...prov.providerOps,
    ...moreOps,
    ...mutateOps,
    waitOp,
  ].sort((a, b) => (a.name < b.name ? -1 : 1)),
};

export { num };
