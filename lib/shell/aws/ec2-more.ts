/**
 * More `aws ec2` describes the VPC lessons lean on: internet/NAT gateways, network ACLs, peering,
 * managed prefix lists, availability zones, customer/VPN gateways. Member order from botocore's
 * ec2 service-2.json (2026-08-07).
 */
import type { AwsCall, OpDef, OpOutcome } from "./cli";
import { cliTime } from "./cli";
import { applyFilters, dryRun, opCtx, simOp, str, strs, tagFilter, tagsField } from "./common";
import { acceptVpcPeeringConnection, createTags, type VpcPeeringConnection, type World } from "../simport";

const ec2Target = (action: string) => () => ({ service: "ec2", action: `ec2:${action}` });

function byIds<T>(call: AwsCall, items: T[], idOf: (t: T) => string, param: string, nf: (id: string) => OpOutcome, filter: (t: T, name: string) => string[] | undefined): T[] | OpOutcome {
  const ids = strs(call.values[param]);
  let res = items;
  if (ids) {
    for (const id of ids) if (!items.some((t) => idOf(t) === id)) return nf(id);
    res = items.filter((t) => ids.includes(idOf(t)));
  }
  const f = applyFilters(res, call.values.filters, filter);
  if (!f.ok) return { kind: "error", code: f.code, message: f.message };
  return f.items;
}

const isOutcome = (x: unknown): x is OpOutcome => typeof x === "object" && x !== null && "kind" in x;
const vpcRegion = (w: World, vpcId: string) => w.vpcs[vpcId]?.region;

const describeInternetGateways: OpDef = {
  name: "describe-internet-gateways",
  api: "DescribeInternetGateways",
  summary: "Describes your internet gateways.",
  params: [],
  target: ec2Target("DescribeInternetGateways"),
  run(call) {
    const all = Object.values(call.state.world.internetGateways).filter((g) => g.ownerId === call.accountId && g.region === call.region);
    const r = byIds(call, all, (g) => g.id, "internet-gateway-ids", (id) => ({ kind: "error", code: "InvalidInternetGatewayID.NotFound", message: `The internetGateway ID '${id}' does not exist` }), (g, n) =>
      !g ? ["probe"] : n === "internet-gateway-id" ? [g.id] : n === "attachment.vpc-id" ? g.attachments.map((a) => a.vpcId) : n === "attachment.state" ? g.attachments.map((a) => a.state) : n === "owner-id" ? [g.ownerId] : tagFilter(g.tags, n),
    );
    if (isOutcome(r)) return r;
    return { kind: "data", data: { InternetGateways: r.map((g) => ({ Attachments: g.attachments.map((a) => ({ State: a.state, VpcId: a.vpcId })), InternetGatewayId: g.id, OwnerId: g.ownerId, ...tagsField(g.tags) })) } };
  },
};

const describeNatGateways: OpDef = {
  name: "describe-nat-gateways",
  api: "DescribeNatGateways",
  summary: "Describes your NAT gateways.",
  params: [],
  target: ec2Target("DescribeNatGateways"),
  run(call) {
    const w = call.state.world;
    const all = Object.values(w.natGateways).filter((n) => n.ownerId === call.accountId && vpcRegion(w, n.vpcId) === call.region);
    // DescribeNatGateways calls its filter parameter `--filter` (singular).
    const c2: AwsCall = call.values.filter !== undefined ? { ...call, values: { ...call.values, filters: call.values.filter } } : call;
    const r = byIds(c2, all, (n) => n.id, "nat-gateway-ids", (id) => ({ kind: "error", code: "NatGatewayNotFound", message: `NAT gateway ${id} was not found` }), (n, k) =>
      !n ? ["probe"] : k === "nat-gateway-id" ? [n.id] : k === "state" ? [n.state] : k === "subnet-id" ? [n.subnetId] : k === "vpc-id" ? [n.vpcId] : tagFilter(n.tags, k),
    );
    if (isOutcome(r)) return r;
    return {
      kind: "data",
      data: {
        NatGateways: r.map((n) => ({
          CreateTime: cliTime(n.createTime),
          NatGatewayAddresses: [
            {
              ...(n.allocationId ? { AllocationId: n.allocationId } : {}),
              NetworkInterfaceId: n.networkInterfaceId,
              PrivateIp: n.privateIp,
              ...(n.publicIp ? { PublicIp: n.publicIp } : {}),
              IsPrimary: true,
              Status: n.state === "available" ? "succeeded" : "associating",
            },
          ],
          NatGatewayId: n.id,
          State: n.state,
          SubnetId: n.subnetId,
          VpcId: n.vpcId,
          ...tagsField(n.tags),
          ConnectivityType: n.connectivityType,
        })),
      },
    };
  },
};

const PROTO_NAMES: Record<string, string> = { "-1": "-1", "6": "6", "17": "17", "1": "1" };

const describeNetworkAcls: OpDef = {
  name: "describe-network-acls",
  api: "DescribeNetworkAcls",
  summary: "Describes your network ACLs (stateless, ordered rules).",
  params: [],
  target: ec2Target("DescribeNetworkAcls"),
  run(call) {
    const w = call.state.world;
    const all = Object.values(w.networkAcls).filter((a) => a.ownerId === call.accountId && vpcRegion(w, a.vpcId) === call.region);
    const r = byIds(call, all, (a) => a.id, "network-acl-ids", (id) => ({ kind: "error", code: "InvalidNetworkAclID.NotFound", message: `The networkAcl ID '${id}' does not exist` }), (a, k) =>
      !a ? ["probe"] : k === "network-acl-id" ? [a.id] : k === "vpc-id" ? [a.vpcId] : k === "default" ? [String(a.isDefault)] : k === "association.subnet-id" ? a.associations.map((x) => x.subnetId) : tagFilter(a.tags, k),
    );
    if (isOutcome(r)) return r;
    return {
      kind: "data",
      data: {
        NetworkAcls: r.map((a) => ({
          Associations: a.associations.map((x) => ({ NetworkAclAssociationId: x.id, NetworkAclId: a.id, SubnetId: x.subnetId })),
          Entries: a.entries.map((e) => ({
            CidrBlock: e.cidrBlock,
            Egress: e.egress,
            ...(e.portRange ? { PortRange: { From: e.portRange.from, To: e.portRange.to } } : {}),
            Protocol: PROTO_NAMES[e.protocol] ?? e.protocol,
            RuleAction: e.ruleAction,
            RuleNumber: e.ruleNumber,
          })),
          IsDefault: a.isDefault,
          NetworkAclId: a.id,
          ...tagsField(a.tags),
          VpcId: a.vpcId,
          OwnerId: a.ownerId,
        })),
      },
    };
  },
};

export function peeringShape(p: VpcPeeringConnection): unknown {
  const info = (s: VpcPeeringConnection["requester"], full: boolean) =>
    full
      ? {
          CidrBlock: s.cidrBlock,
          CidrBlockSet: [{ CidrBlock: s.cidrBlock }],
          OwnerId: s.ownerId,
          PeeringOptions: { AllowDnsResolutionFromRemoteVpc: false, AllowEgressFromLocalClassicLinkToRemoteVpc: false, AllowEgressFromLocalVpcToRemoteClassicLink: false },
          VpcId: s.vpcId,
          Region: s.region,
        }
      : { OwnerId: s.ownerId, VpcId: s.vpcId, Region: s.region };
  const active = p.status.code === "active";
  return {
    AccepterVpcInfo: info(p.accepter, active),
    ...(p.expirationTime && p.status.code === "pending-acceptance" ? { ExpirationTime: cliTime(p.expirationTime) } : {}),
    RequesterVpcInfo: info(p.requester, true),
    Status: { Code: p.status.code, Message: p.status.message },
    ...tagsField(p.tags),
    VpcPeeringConnectionId: p.id,
  };
}

const describePeering: OpDef = {
  name: "describe-vpc-peering-connections",
  api: "DescribeVpcPeeringConnections",
  summary: "Describes your VPC peering connections.",
  params: [{ name: "vpc-peering-connection-ids", type: "strings", ids: "pcx" }],
  target: ec2Target("DescribeVpcPeeringConnections"),
  run(call) {
    const all = Object.values(call.state.world.vpcPeeringConnections).filter((p) => p.requester.ownerId === call.accountId || p.accepter.ownerId === call.accountId);
    const r = byIds(call, all, (p) => p.id, "vpc-peering-connection-ids", (id) => ({ kind: "error", code: "InvalidVpcPeeringConnectionID.NotFound", message: `The vpcPeeringConnection ID '${id}' does not exist` }), (p, k) =>
      !p
        ? ["probe"]
        : k === "vpc-peering-connection-id"
          ? [p.id]
          : k === "status-code"
            ? [p.status.code]
            : k === "requester-vpc-info.vpc-id"
              ? [p.requester.vpcId]
              : k === "accepter-vpc-info.vpc-id"
                ? [p.accepter.vpcId]
                : tagFilter(p.tags, k),
    );
    if (isOutcome(r)) return r;
    return { kind: "data", data: { VpcPeeringConnections: r.map(peeringShape) } };
  },
};

const acceptPeering: OpDef = {
  name: "accept-vpc-peering-connection",
  api: "AcceptVpcPeeringConnection",
  summary: "Accept a VPC peering connection request (as the accepter VPC's owner).",
  params: [{ name: "vpc-peering-connection-id", type: "string", required: true, ids: "pcx" }],
  target: ec2Target("AcceptVpcPeeringConnection"),
  run(call) {
    if (call.values["dry-run"] === true) return dryRun("AcceptVpcPeeringConnection");
    const r = acceptVpcPeeringConnection(call.state.world, { vpcPeeringConnectionId: str(call.values["vpc-peering-connection-id"]) ?? "" }, opCtx(call));
    return simOp(call, r, (p) => ({ VpcPeeringConnection: peeringShape(p) }));
  },
};

const describeManagedPrefixLists: OpDef = {
  name: "describe-managed-prefix-lists",
  api: "DescribeManagedPrefixLists",
  summary: "Describes your managed prefix lists and any AWS-managed prefix lists.",
  params: [],
  target: ec2Target("DescribeManagedPrefixLists"),
  run(call) {
    const all = Object.values(call.state.world.prefixLists).filter((p) => p.region === call.region && (p.ownerId === "AWS" || p.ownerId === call.accountId));
    const r = byIds(call, all, (p) => p.id, "prefix-list-ids", (id) => ({ kind: "error", code: "InvalidPrefixListID.NotFound", message: `The prefix list ID '${id}' does not exist` }), (p, k) =>
      !p ? ["probe"] : k === "prefix-list-id" ? [p.id] : k === "prefix-list-name" ? [p.name] : k === "owner-id" ? [p.ownerId] : undefined,
    );
    if (isOutcome(r)) return r;
    // Values for AWS-owned lists from public fixtures (aws-reference §2.8, [Unverified]).
    return {
      kind: "data",
      data: {
        PrefixLists: r.map((p) => ({
          PrefixListId: p.id,
          AddressFamily: "IPv4",
          State: "create-complete",
          PrefixListArn: `arn:aws:ec2:${p.region}:${p.ownerId === "AWS" ? "aws" : p.ownerId}:prefix-list/${p.id}`,
          PrefixListName: p.name,
          Tags: [],
          OwnerId: p.ownerId,
        })),
      },
    };
  },
};

const describeAzs: OpDef = {
  name: "describe-availability-zones",
  api: "DescribeAvailabilityZones",
  summary: "Describes the Availability Zones of the Region.",
  params: [],
  target: ec2Target("DescribeAvailabilityZones"),
  run(call) {
    const region = call.state.world.regions[call.region];
    const azs = region?.azs ?? [];
    const f = applyFilters(azs, call.values.filters, (a, k) => (!a ? ["probe"] : k === "zone-name" ? [a.name] : k === "zone-id" ? [a.id] : k === "state" ? ["available"] : k === "region-name" ? [call.region] : undefined));
    if (!f.ok) return { kind: "error", code: f.code, message: f.message };
    return {
      kind: "data",
      data: {
        AvailabilityZones: f.items.map((a) => ({
          OptInStatus: "opt-in-not-required",
          Messages: [],
          RegionName: call.region,
          ZoneName: a.name,
          ZoneId: a.id,
          GroupName: call.region,
          NetworkBorderGroup: call.region,
          ZoneType: "availability-zone",
          GroupLongName: "",
          State: "available",
        })),
      },
    };
  },
};

const describeCustomerGateways: OpDef = {
  name: "describe-customer-gateways",
  api: "DescribeCustomerGateways",
  summary: "Describes your customer gateways (the on-premises side of a VPN).",
  params: [],
  target: ec2Target("DescribeCustomerGateways"),
  run(call) {
    const all = Object.values(call.state.world.customerGateways).filter((g) => g.ownerId === call.accountId && g.region === call.region);
    const r = byIds(call, all, (g) => g.id, "customer-gateway-ids", (id) => ({ kind: "error", code: "InvalidCustomerGatewayID.NotFound", message: `The customerGateway ID '${id}' does not exist` }), (g, k) =>
      !g ? ["probe"] : k === "customer-gateway-id" ? [g.id] : k === "ip-address" ? [g.ipAddress] : k === "state" ? [g.state] : tagFilter(g.tags, k),
    );
    if (isOutcome(r)) return r;
    return { kind: "data", data: { CustomerGateways: r.map((g) => ({ ...tagsField(g.tags), CustomerGatewayId: g.id, State: g.state, Type: g.type, IpAddress: g.ipAddress, BgpAsn: String(g.bgpAsn) })) } };
  },
};

const describeVpnGateways: OpDef = {
  name: "describe-vpn-gateways",
  api: "DescribeVpnGateways",
  summary: "Describes your virtual private gateways.",
  params: [],
  target: ec2Target("DescribeVpnGateways"),
  run(call) {
    const all = Object.values(call.state.world.vpnGateways).filter((g) => g.ownerId === call.accountId && g.region === call.region);
    const r = byIds(call, all, (g) => g.id, "vpn-gateway-ids", (id) => ({ kind: "error", code: "InvalidVpnGatewayID.NotFound", message: `The vpnGateway ID '${id}' does not exist` }), (g, k) =>
      !g ? ["probe"] : k === "vpn-gateway-id" ? [g.id] : k === "attachment.vpc-id" ? g.attachments.map((a) => a.vpcId) : k === "state" ? [g.state] : tagFilter(g.tags, k),
    );
    if (isOutcome(r)) return r;
    return {
      kind: "data",
      data: { VpnGateways: r.map((g) => ({ AmazonSideAsn: g.amazonSideAsn, ...tagsField(g.tags), VpnGatewayId: g.id, State: g.state, Type: g.type, VpcAttachments: g.attachments.map((a) => ({ VpcId: a.vpcId, State: a.state })) })) },
    };
  },
};

// The Regions enabled by default, in the order DescribeRegions returned them (awscli/examples/ec2/
// describe-regions.rst), and the opt-in Regions `--all-regions` adds.
const DEFAULT_REGIONS = ["ap-south-1", "eu-north-1", "eu-west-3", "eu-west-2", "eu-west-1", "ap-northeast-3", "ap-northeast-2", "ap-northeast-1", "ca-central-1", "sa-east-1", "ap-southeast-1", "ap-southeast-2", "eu-central-1", "us-east-1", "us-east-2", "us-west-1", "us-west-2"];
const OPT_IN_REGIONS = ["af-south-1", "ap-east-1", "ap-south-2", "ap-southeast-3", "ap-southeast-4", "ca-west-1", "eu-central-2", "eu-south-1", "eu-south-2", "il-central-1", "me-central-1", "me-south-1"];

const describeRegions: OpDef = {
  name: "describe-regions",
  api: "DescribeRegions",
  summary: "Describes the Regions that are enabled for your account, or all Regions.",
  params: [],
  target: ec2Target("DescribeRegions"),
  run(call) {
    const all = [
      ...DEFAULT_REGIONS.map((name) => ({ name, optIn: "opt-in-not-required" })),
      ...(call.values["all-regions"] === true ? OPT_IN_REGIONS.map((name) => ({ name, optIn: "not-opted-in" })) : []),
    ];
    const names = strs(call.values["region-names"]);
    if (names) for (const n of names) if (![...DEFAULT_REGIONS, ...OPT_IN_REGIONS].includes(n)) return { kind: "error", code: "InvalidParameterValue", message: `Invalid region: ${n}` };
    const chosen = names ? [...DEFAULT_REGIONS, ...OPT_IN_REGIONS].filter((n) => names.includes(n)).map((name) => ({ name, optIn: DEFAULT_REGIONS.includes(name) ? "opt-in-not-required" : "not-opted-in" })) : all;
    const f = applyFilters(chosen, call.values.filters, (r, n) => (!r ? ["probe"] : n === "region-name" ? [r.name] : n === "endpoint" ? [`ec2.${r.name}.amazonaws.com`] : n === "opt-in-status" ? [r.optIn] : undefined));
    if (!f.ok) return { kind: "error", code: f.code, message: f.message };
    return { kind: "data", data: { Regions: f.items.map((r) => ({ OptInStatus: r.optIn, RegionName: r.name, Endpoint: `ec2.${r.name}.amazonaws.com` })) } };
  },
};

const createTagsOp: OpDef = {
  name: "create-tags",
  api: "CreateTags",
  summary: "Adds or overwrites tags for the specified Amazon EC2 resources.",
  params: [],
  target: ec2Target("CreateTags"),
  run(call) {
    const raw = Array.isArray(call.values.tags) ? call.values.tags : [];
    const tags = raw.map((t) => {
      const o = (t ?? {}) as Record<string, unknown>;
      return { Key: typeof o.Key === "string" ? o.Key : "", Value: typeof o.Value === "string" ? o.Value : "" };
    });
    const r = createTags(call.state.world, { resources: strs(call.values.resources) ?? [], tags, ...(call.values["dry-run"] === true ? { dryRun: true } : {}) }, opCtx(call));
    if (!r.ok) return { kind: "error", code: r.error.code, message: r.error.message };
    return { kind: "data", data: {}, empty: true, state: { ...call.state, world: r.world } };
  },
};

export const moreOps: OpDef[] = [
  describeRegions,
  createTagsOp,
  describeInternetGateways,
  describeNatGateways,
  describeNetworkAcls,
  describePeering,
  acceptPeering,
  describeManagedPrefixLists,
  describeAzs,
  describeCustomerGateways,
  describeVpnGateways,
];
