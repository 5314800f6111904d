/** VPC, subnet, route table, route, gateway, security group, NACL and instance operations. */
import type { Address, NaclEntry, NatGateway, Route, RouteTable, SecurityGroup, SgRule, Vpc, World } from "../schema";
import { fail, nextId, ok, put, remove, type OpResult } from "../core";
import { cidrsOverlap, cidrWithin, parseCidr } from "../ip";
import { REGIONS } from "../catalog";
import { mainRouteTable, routeTableForSubnet } from "../world";
import {
  allocatePublicIp,
  asStringArray,
  asTags,
  compact,
  createEni,
  err,
  guard,
  invalidCidr,
  lookup,
  missing,
  resolveCtx,
  badType,
  isObj,
  type OpContext,
  show,
  guardObj,
} from "./common";

// ── VPC ─────────────────────────────────────────────────────────────────────
export interface CreateVpcInput {
  dryRun?: boolean;
  cidrBlock: string;
  tags?: Array<{ Key: string; Value: string }>;
  /** default false/true for non-default VPCs as in AWS */
  enableDnsHostnames?: boolean;
  enableDnsSupport?: boolean;
}

export function createVpc(world: World, input: CreateVpcInput, ctx?: OpContext): OpResult<Vpc> {
  return guardObj(input, () => {
    {
      const te = badType(input, { cidrBlock: "string", enableDnsHostnames: "boolean", enableDnsSupport: "boolean" });
      if (te) return fail(te.code, te.message);
    }
    const c = resolveCtx(world, ctx);
    if (!input || input.cidrBlock === undefined)
      return fail("MissingParameter", "The request must contain the parameter cidrBlock");
    const cidr = parseCidr(input.cidrBlock);
    if (!cidr)
      return fail(
        "InvalidParameterValue",
        `Value (${show(input.cidrBlock)}) for parameter cidrBlock is invalid. This is not a valid CIDR block.`,
      );
    if (cidr.prefix < 16 || cidr.prefix > 28)
      return fail("InvalidVpc.Range", `The CIDR '${input.cidrBlock}' is invalid.`);
    if (!world.regions[c.region]) return fail("InvalidParameterValue", `Invalid region ${c.region}`);
    let w = world;
    const [vpcId, w_vpcId] = nextId(w, "vpc");
    w = w_vpcId;
    const [rtbId, w_rtbId] = nextId(w, "rtb");
    w = w_rtbId;
    const [assocId, w_assocId] = nextId(w, "rtbassoc");
    w = w_assocId;
    const [sgId, w_sgId] = nextId(w, "sg");
    w = w_sgId;
    const [ingressRule, w_ingressRule] = nextId(w, "sgr");
    w = w_ingressRule;
    const [egressRule, w_egressRule] = nextId(w, "sgr");
    w = w_egressRule;
    const [aclId, w_aclId] = nextId(w, "acl");
    w = w_aclId;
    const vpc: Vpc = {
      id: vpcId,
      ownerId: c.accountId,
      region: c.region,
      cidrBlock: input.cidrBlock,
      cidrBlocks: [input.cidrBlock],
      enableDnsSupport: input.enableDnsSupport ?? true,
      enableDnsHostnames: input.enableDnsHostnames ?? false,
      isDefault: false,
      state: "available",
      mainRouteTableId: rtbId,
      defaultSecurityGroupId: sgId,
      defaultNetworkAclId: aclId,
      tags: asTags(input.tags),
    };
    w = put(w, "vpcs", vpcId, vpc);
    w = put(w, "routeTables", rtbId, {
      id: rtbId,
      vpcId,
      ownerId: c.accountId,
      routes: [
        { destinationCidrBlock: input.cidrBlock, gatewayId: "local", origin: "CreateRouteTable", state: "active" },
      ],
      associations: [{ id: assocId, main: true, state: "associated" }],
      propagatingVgws: [],
      tags: [],
    });
    w = put(w, "securityGroups", sgId, {
      id: sgId,
      groupName: "default",
      description: "default VPC security group",
      vpcId,
      ownerId: c.accountId,
      ingress: [{ ruleId: ingressRule, ipProtocol: "-1", referencedGroupId: sgId }],
      egress: [{ ruleId: egressRule, ipProtocol: "-1", cidrIpv4: "0.0.0.0/0" }],
      tags: [],
    });
    w = put(w, "networkAcls", aclId, {
      id: aclId,
      vpcId,
      ownerId: c.accountId,
      isDefault: true,
      entries: [
        { ruleNumber: 100, egress: false, protocol: "-1", ruleAction: "allow", cidrBlock: "0.0.0.0/0" },
        { ruleNumber: 32767, egress: false, protocol: "-1", ruleAction: "deny", cidrBlock: "0.0.0.0/0" },
        { ruleNumber: 100, egress: true, protocol: "-1", ruleAction: "allow", cidrBlock: "0.0.0.0/0" },
        { ruleNumber: 32767, egress: true, protocol: "-1", ruleAction: "deny", cidrBlock: "0.0.0.0/0" },
      ],
      associations: [],
      tags: [],
    });
    return ok(w, vpc);
  });
}

export function deleteVpc(world: World, input: { vpcId: string }, ctx?: OpContext): OpResult<true> {
  return guardObj(input, () => {
    const c = resolveCtx(world, ctx);
    const r = lookup(world, "vpc", input?.vpcId, c, { param: "vpcId" });
    if (!r.ok) return fail(r.error.code, r.error.message);
    const vpcId = r.item.id;
    const deps =
      Object.values(world.subnets).some((s) => s.vpcId === vpcId) ||
      Object.values(world.internetGateways).some((g) => g.attachments.some((a) => a.vpcId === vpcId)) ||
      Object.values(world.vpcEndpoints).some((e) => e.vpcId === vpcId && e.state !== "deleted") ||
      Object.values(world.securityGroups).some((g) => g.vpcId === vpcId && g.id !== r.item.defaultSecurityGroupId) ||
      Object.values(world.routeTables).some((t) => t.vpcId === vpcId && t.id !== r.item.mainRouteTableId);
    if (deps) return fail("DependencyViolation", `The vpc '${vpcId}' has dependencies and cannot be deleted.`);
    let w = remove(world, "vpcs", vpcId);
    w = remove(w, "routeTables", r.item.mainRouteTableId);
    w = remove(w, "securityGroups", r.item.defaultSecurityGroupId);
    w = remove(w, "networkAcls", r.item.defaultNetworkAclId);
    return ok(w, true as const);
  });
}

export interface ModifyVpcAttributeInput {
  dryRun?: boolean;
  vpcId: string;
  enableDnsSupport?: boolean;
  enableDnsHostnames?: boolean;
}

export function modifyVpcAttribute(world: World, input: ModifyVpcAttributeInput, ctx?: OpContext): OpResult<true> {
  return guardObj(input, () => {
    const c = resolveCtx(world, ctx);
    const r = lookup(world, "vpc", input?.vpcId, c, { param: "vpcId" });
    if (!r.ok) return fail(r.error.code, r.error.message);
    const hasSupport = typeof input.enableDnsSupport === "boolean";
    const hasHostnames = typeof input.enableDnsHostnames === "boolean";
    if (hasSupport && hasHostnames) {
      // [Unverified] message: AWS allows only one attribute per call (aws-reference §2.11).
      return fail(
        "InvalidParameterCombination",
        "Fields for multiple attribute types specified: enableDnsSupport, enableDnsHostnames",
      );
    }
    if (!hasSupport && !hasHostnames)
      return fail("MissingParameter", "The request must contain the parameter EnableDnsSupport or EnableDnsHostnames");
    const vpc = { ...r.item };
    if (hasSupport) vpc.enableDnsSupport = input.enableDnsSupport as boolean;
    if (hasHostnames) {
      if (input.enableDnsHostnames && !vpc.enableDnsSupport) {
        return fail("InvalidParameterValue", "Cannot enable DNS hostnames without DNS support enabled");
      }
      vpc.enableDnsHostnames = input.enableDnsHostnames as boolean;
    }
    return ok(put(world, "vpcs", vpc.id, vpc), true as const);
  });
}

// ── subnets ─────────────────────────────────────────────────────────────────
export interface CreateSubnetInput {
  dryRun?: boolean;
  vpcId: string;
  cidrBlock: string;
  availabilityZone?: string;
  mapPublicIpOnLaunch?: boolean;
  tags?: Array<{ Key: string; Value: string }>;
}

export function createSubnet(world: World, input: CreateSubnetInput, ctx?: OpContext) {
  return guardObj(input, () => {
    {
      const te = badType(input, { cidrBlock: "string", availabilityZone: "string", mapPublicIpOnLaunch: "boolean" });
      if (te) return fail(te.code, te.message);
    }
    const c = resolveCtx(world, ctx);
    const r = lookup(world, "vpc", input?.vpcId, c, { param: "vpcId" });
    if (!r.ok) return fail(r.error.code, r.error.message);
    const vpc = r.item;
    if (input.cidrBlock === undefined)
      return fail("MissingParameter", "The request must contain the parameter cidrBlock");
    const cidr = parseCidr(input.cidrBlock);
    if (!cidr)
      return fail(
        "InvalidParameterValue",
        `Value (${show(input.cidrBlock)}) for parameter cidrBlock is invalid. This is not a valid CIDR block.`,
      );
    const inVpc = vpc.cidrBlocks.some((b) => {
      const vc = parseCidr(b);
      return vc !== undefined && cidrWithin(cidr, vc);
    });
    if (!inVpc || cidr.prefix > 28 || cidr.prefix < 16)
      return fail("InvalidSubnet.Range", `The CIDR '${input.cidrBlock}' is invalid.`);
    for (const s of Object.values(world.subnets)) {
      if (s.vpcId !== vpc.id) continue;
      const sc = parseCidr(s.cidrBlock);
      if (sc && cidrsOverlap(sc, cidr))
        return fail("InvalidSubnet.Conflict", `The CIDR '${input.cidrBlock}' conflicts with another subnet`);
    }
    const region = REGIONS[vpc.region];
    const azName = input.availabilityZone ?? region?.azs[0]?.name ?? `${vpc.region}a`;
    const az = world.regions[vpc.region]?.azs.find((a) => a.name === azName);
    if (!az)
      return fail(
        "InvalidParameterValue",
        `Value (${azName}) for parameter availabilityZone is invalid. Subnets can currently only be created in the following availability zones: ${(world.regions[vpc.region]?.azs ?? []).map((a) => a.name).join(", ")}.`,
      );
    const [id, w] = nextId(world, "subnet");
    const subnet = {
      id,
      vpcId: vpc.id,
      ownerId: c.accountId,
      region: vpc.region,
      az: az.name,
      azId: az.id,
      cidrBlock: input.cidrBlock,
      mapPublicIpOnLaunch: input.mapPublicIpOnLaunch ?? false,
      state: "available" as const,
      tags: asTags(input.tags),
    };
    return ok(put(w, "subnets", id, subnet), subnet);
  });
}

export function deleteSubnet(world: World, input: { subnetId: string }, ctx?: OpContext): OpResult<true> {
  return guardObj(input, () => {
    const c = resolveCtx(world, ctx);
    const r = lookup(world, "subnet", input?.subnetId, c, { param: "subnetId" });
    if (!r.ok) return fail(r.error.code, r.error.message);
    if (Object.values(world.networkInterfaces).some((e) => e.subnetId === r.item.id)) {
      return fail("DependencyViolation", `The subnet '${r.item.id}' has dependencies and cannot be deleted.`);
    }
    let w = remove(world, "subnets", r.item.id);
    for (const rt of Object.values(w.routeTables)) {
      if (rt.associations.some((a) => a.subnetId === r.item.id)) {
        w = put(w, "routeTables", rt.id, {
          ...rt,
          associations: rt.associations.filter((a) => a.subnetId !== r.item.id),
        });
      }
    }
    for (const acl of Object.values(w.networkAcls)) {
      if (acl.associations.some((a) => a.subnetId === r.item.id)) {
        w = put(w, "networkAcls", acl.id, {
          ...acl,
          associations: acl.associations.filter((a) => a.subnetId !== r.item.id),
        });
      }
    }
    return ok(w, true as const);
  });
}

// ── route tables ────────────────────────────────────────────────────────────
export function createRouteTable(
  world: World,
  input: { vpcId: string; tags?: Array<{ Key: string; Value: string }> },
  ctx?: OpContext,
): OpResult<RouteTable> {
  return guardObj(input, () => {
    const c = resolveCtx(world, ctx);
    const r = lookup(world, "vpc", input?.vpcId, c, { param: "vpcId" });
    if (!r.ok) return fail(r.error.code, r.error.message);
    const [id, w] = nextId(world, "rtb");
    const rt: RouteTable = {
      id,
      vpcId: r.item.id,
      ownerId: c.accountId,
      routes: r.item.cidrBlocks.map((b) => ({
        destinationCidrBlock: b,
        gatewayId: "local",
        origin: "CreateRouteTable" as const,
        state: "active" as const,
      })),
      associations: [],
      propagatingVgws: [],
      tags: asTags(input.tags),
    };
    return ok(put(w, "routeTables", id, rt), rt);
  });
}

export function deleteRouteTable(world: World, input: { routeTableId: string }, ctx?: OpContext): OpResult<true> {
  return guardObj(input, () => {
    const c = resolveCtx(world, ctx);
    const r = lookup(world, "routeTable", input?.routeTableId, c, { param: "routeTableId" });
    if (!r.ok) return fail(r.error.code, r.error.message);
    if (r.item.associations.length > 0)
      return fail("DependencyViolation", `The routeTable '${r.item.id}' has dependencies and cannot be deleted.`);
    let w = remove(world, "routeTables", r.item.id);
    for (const e of Object.values(w.vpcEndpoints)) {
      if (e.routeTableIds.includes(r.item.id))
        w = put(w, "vpcEndpoints", e.id, { ...e, routeTableIds: e.routeTableIds.filter((x) => x !== r.item.id) });
    }
    return ok(w, true as const);
  });
}

export function associateRouteTable(
  world: World,
  input: { routeTableId: string; subnetId: string },
  ctx?: OpContext,
): OpResult<{ associationId: string }> {
  return guardObj(input, () => {
    const c = resolveCtx(world, ctx);
    const rt = lookup(world, "routeTable", input?.routeTableId, c, { param: "routeTableId" });
    if (!rt.ok) return fail(rt.error.code, rt.error.message);
    const sn = lookup(world, "subnet", input.subnetId, c, { param: "subnetId" });
    if (!sn.ok) return fail(sn.error.code, sn.error.message);
    if (sn.item.vpcId !== rt.item.vpcId) {
      return fail(
        "InvalidParameterValue",
        `Route table ${rt.item.id} and subnet ${sn.item.id} belong to different networks`,
      );
    }
    const existing = Object.values(world.routeTables).find((t) =>
      t.associations.some((a) => a.subnetId === sn.item.id),
    );
    if (existing)
      return fail(
        "Resource.AlreadyAssociated",
        `the specified association for route table ${existing.id} conflicts with an existing association`,
      );
    const [id, w] = nextId(world, "rtbassoc");
    const table = {
      ...rt.item,
      associations: [...rt.item.associations, { id, main: false, subnetId: sn.item.id, state: "associated" as const }],
    };
    return ok(put(w, "routeTables", table.id, table), { associationId: id });
  });
}

function findAssociation(world: World, associationId: string) {
  for (const rt of Object.values(world.routeTables)) {
    const a = rt.associations.find((x) => x.id === associationId);
    if (a) return { rt, a };
  }
  return undefined;
}

export function disassociateRouteTable(
  world: World,
  input: { associationId: string },
  ctx?: OpContext,
): OpResult<true> {
  return guardObj(input, () => {
    const c = resolveCtx(world, ctx);
    if (!input?.associationId) return fail("MissingParameter", "The request must contain the parameter associationId");
    const f = findAssociation(world, input.associationId);
    if (!f || f.rt.ownerId !== c.accountId)
      return fail("InvalidAssociationID.NotFound", `The association ID '${input.associationId}' does not exist`);
    if (f.a.main)
      return fail(
        "InvalidParameterValue",
        `cannot disassociate the main route table association ${input.associationId}`,
      );
    const table = { ...f.rt, associations: f.rt.associations.filter((a) => a.id !== input.associationId) };
    return ok(put(world, "routeTables", table.id, table), true as const);
  });
}

/** Move an association (subnet or the main one) to another table. */
export function replaceRouteTableAssociation(
  world: World,
  input: { associationId: string; routeTableId: string },
  ctx?: OpContext,
): OpResult<{ newAssociationId: string }> {
  return guardObj(input, () => {
    const c = resolveCtx(world, ctx);
    if (!input?.associationId) return fail("MissingParameter", "The request must contain the parameter associationId");
    const f = findAssociation(world, input.associationId);
    if (!f || f.rt.ownerId !== c.accountId)
      return fail("InvalidAssociationID.NotFound", `The association ID '${input.associationId}' does not exist`);
    const target = lookup(world, "routeTable", input.routeTableId, c, { param: "routeTableId" });
    if (!target.ok) return fail(target.error.code, target.error.message);
    if (target.item.vpcId !== f.rt.vpcId)
      return fail(
        "InvalidParameterValue",
        `Route table ${target.item.id} and association ${input.associationId} belong to different networks`,
      );
    let w = put(world, "routeTables", f.rt.id, {
      ...f.rt,
      associations: f.rt.associations.filter((a) => a.id !== input.associationId),
    });
    const [newId, w_newId] = nextId(w, "rtbassoc");
    w = w_newId;
    const t2 = w.routeTables[target.item.id];
    w = put(w, "routeTables", t2.id, { ...t2, associations: [...t2.associations, { ...f.a, id: newId }] });
    if (f.a.main) {
      const vpc = w.vpcs[f.rt.vpcId];
      w = put(w, "vpcs", vpc.id, { ...vpc, mainRouteTableId: t2.id });
    }
    return ok(w, { newAssociationId: newId });
  });
}

// ── routes ──────────────────────────────────────────────────────────────────
export interface RouteInput {
  dryRun?: boolean;
  routeTableId: string;
  destinationCidrBlock?: string;
  destinationPrefixListId?: string;
  gatewayId?: string;
  natGatewayId?: string;
  networkInterfaceId?: string;
  instanceId?: string;
  vpcPeeringConnectionId?: string;
  /** GWLB endpoints as route targets (`--vpc-endpoint-id`) */
  vpcEndpointId?: string;
  transitGatewayId?: string;
}

const TARGET_KEYS = [
  "gatewayId",
  "natGatewayId",
  "networkInterfaceId",
  "instanceId",
  "vpcPeeringConnectionId",
  "vpcEndpointId",
  "transitGatewayId",
] as const;

function destinationOf(input: RouteInput): string {
  return input.destinationCidrBlock ?? input.destinationPrefixListId ?? "";
}

function sameDestination(r: Route, input: RouteInput): boolean {
  if (input.destinationCidrBlock !== undefined) return r.destinationCidrBlock === input.destinationCidrBlock;
  return r.destinationPrefixListId !== undefined && r.destinationPrefixListId === input.destinationPrefixListId;
}

const ROUTE_KEY_ORDER: Array<keyof Route> = [
  "destinationCidrBlock",
  "destinationPrefixListId",
  "gatewayId",
  "instanceId",
  "natGatewayId",
  "transitGatewayId",
  "networkInterfaceId",
  "origin",
  "state",
  "vpcPeeringConnectionId",
];

/** Route with keys in the EC2 model order (DestinationCidrBlock, …, GatewayId, …, Origin, State, VpcPeeringConnectionId). */
export function orderRoute(r: Route): Route {
  const out: Record<string, unknown> = {};
  for (const k of ROUTE_KEY_ORDER) if (r[k] !== undefined) out[k] = r[k];
  return out as Route;
}

/** Validate a route's destination and target; returns the Route to store. */
function buildRoute(
  world: World,
  rt: RouteTable,
  input: RouteInput,
  accountId: string,
): { ok: true; route: Route } | { ok: false; error: { code: string; message: string } } {
  const c = { accountId, region: world.vpcs[rt.vpcId]?.region ?? world.defaultRegion };
  if (input.destinationCidrBlock === undefined && input.destinationPrefixListId === undefined) {
    return { ok: false, error: missing("destinationCidrBlock") };
  }
  if (input.destinationCidrBlock !== undefined && input.destinationPrefixListId !== undefined) {
    return {
      ok: false,
      error: err(
        "InvalidParameterCombination",
        "Only one of destinationCidrBlock, destinationIpv6CidrBlock or destinationPrefixListId can be specified",
      ),
    };
  }
  if (input.destinationCidrBlock !== undefined && !parseCidr(input.destinationCidrBlock)) {
    return { ok: false, error: invalidCidr("destinationCidrBlock", input.destinationCidrBlock) };
  }
  if (input.destinationPrefixListId !== undefined) {
    const pl = lookup(world, "prefixList", input.destinationPrefixListId, c, { param: "destinationPrefixListId" });
    if (!pl.ok) return pl;
    if (pl.item.ownerId === "AWS") {
      // [Unverified] wording: AWS-managed lists are only usable through gateway endpoints.
      return {
        ok: false,
        error: err(
          "InvalidParameterValue",
          `The prefix list ${pl.item.id} is an AWS-managed prefix list and cannot be referenced in a route. Create a gateway VPC endpoint instead.`,
        ),
      };
    }
  }
  const targets = TARGET_KEYS.filter((k) => input[k] !== undefined);
  if (targets.length === 0) {
    return {
      ok: false,
      error: missing(
        "gatewayId, natGatewayId, networkInterfaceId, instanceId, vpcPeeringConnectionId or vpcEndpointId",
      ),
    };
  }
  if (targets.length > 1) {
    return {
      ok: false,
      error: err(
        "InvalidParameterCombination",
        "The parameter combination is not valid: specify exactly one route target",
      ),
    };
  }
  const base: Route = compact({
    destinationCidrBlock: input.destinationCidrBlock,
    destinationPrefixListId: input.destinationPrefixListId,
    origin: "CreateRoute",
    state: "active",
  } as Route);
  const diff = (t: string) => ({
    ok: false as const,
    error: err("InvalidParameterValue", `route table ${rt.id} and network gateway ${t} belong to different networks`),
  });
  if (input.gatewayId !== undefined) {
    const g = input.gatewayId;
    if (g === "local")
      return {
        ok: false,
        error: err(
          "InvalidParameterValue",
          "Cannot create or replace a route with target local. Local routes are managed by AWS.",
        ),
      };
    if (g.startsWith("igw-")) {
      const r = lookup(world, "internetGateway", g, c, { param: "gatewayId" });
      if (!r.ok) return r;
      if (!r.item.attachments.some((a) => a.vpcId === rt.vpcId)) return diff(g);
      return { ok: true, route: { ...base, gatewayId: g } };
    }
    if (g.startsWith("vgw-")) {
      const r = lookup(world, "vpnGateway", g, c, { param: "gatewayId" });
      if (!r.ok) return r;
      if (!r.item.attachments.some((a) => a.vpcId === rt.vpcId && a.state === "attached")) return diff(g);
      return { ok: true, route: { ...base, gatewayId: g } };
    }
    if (g.startsWith("vpce-"))
      return buildRoute(world, rt, { ...input, gatewayId: undefined, vpcEndpointId: g }, accountId);
    return { ok: false, error: err("InvalidGatewayID.NotFound", `The gateway ID '${g}' does not exist`) };
  }
  if (input.vpcEndpointId !== undefined) {
    const r = lookup(world, "vpcEndpoint", input.vpcEndpointId, c, { param: "vpcEndpointId" });
    if (!r.ok) return r;
    if (r.item.type !== "GatewayLoadBalancer") {
      // [Unverified] wording; gateway-endpoint routes are managed through ModifyVpcEndpoint (aws-reference §2.7).
      return {
        ok: false,
        error: err(
          "InvalidParameterValue",
          `Route table routes to VPC endpoint ${r.item.id} of type ${r.item.type} cannot be created manually. Use ModifyVpcEndpoint to associate route tables with gateway endpoints.`,
        ),
      };
    }
    if (r.item.vpcId !== rt.vpcId) return diff(r.item.id);
    return { ok: true, route: { ...base, gatewayId: r.item.id } };
  }
  if (input.natGatewayId !== undefined) {
    const r = lookup(world, "natGateway", input.natGatewayId, c, { param: "natGatewayId" });
    if (!r.ok) return r;
    if (r.item.vpcId !== rt.vpcId) return diff(r.item.id);
    return {
      ok: true,
      route: {
        ...base,
        natGatewayId: r.item.id,
        state: r.item.state === "deleted" || r.item.state === "failed" ? "blackhole" : "active",
      },
    };
  }
  if (input.networkInterfaceId !== undefined) {
    const r = lookup(world, "eni", input.networkInterfaceId, c, { param: "networkInterfaceId" });
    if (!r.ok) return r;
    if (r.item.vpcId !== rt.vpcId) return diff(r.item.id);
    return { ok: true, route: { ...base, networkInterfaceId: r.item.id } };
  }
  if (input.instanceId !== undefined) {
    const r = lookup(world, "instance", input.instanceId, c, { param: "instanceId" });
    if (!r.ok) return r;
    if (r.item.vpcId !== rt.vpcId) return diff(r.item.id);
    return { ok: true, route: { ...base, instanceId: r.item.id, networkInterfaceId: r.item.networkInterfaceId } };
  }
  if (input.transitGatewayId !== undefined) {
    const r = lookup(world, "transitGateway", input.transitGatewayId, c, { param: "transitGatewayId" });
    if (!r.ok) return r;
    if (!r.item.attachments.some((a) => a.vpcId === rt.vpcId && a.state === "available")) {
      return {
        ok: false,
        error: err("InvalidTransitGatewayID.NotFound", `Transit Gateway ${r.item.id} is not attached to ${rt.vpcId}.`),
      };
    }
    return { ok: true, route: { ...base, transitGatewayId: r.item.id } };
  }
  const pcxId = input.vpcPeeringConnectionId as string;
  const r = lookup(world, "peering", pcxId, c, { param: "vpcPeeringConnectionId", anyOwner: true });
  if (!r.ok) return r;
  if (r.item.requester.vpcId !== rt.vpcId && r.item.accepter.vpcId !== rt.vpcId) return diff(pcxId);
  return {
    ok: true,
    route: { ...base, vpcPeeringConnectionId: pcxId, state: r.item.status.code === "active" ? "active" : "blackhole" },
  };
}

export function createRoute(world: World, input: RouteInput, ctx?: OpContext): OpResult<true> {
  return guardObj(input, () => {
    const c = resolveCtx(world, ctx);
    const rt = lookup(world, "routeTable", input?.routeTableId, c, { param: "routeTableId" });
    if (!rt.ok) return fail(rt.error.code, rt.error.message);
    const b = buildRoute(world, rt.item, input, c.accountId);
    if (!b.ok) return fail(b.error.code, b.error.message);
    if (rt.item.routes.some((r) => sameDestination(r, input))) {
      if (input.destinationPrefixListId !== undefined) {
        return fail(
          "RouteAlreadyExists",
          `route table ${rt.item.id} already has a route with destination-prefix-list-id ${input.destinationPrefixListId}`,
        );
      }
      return fail("RouteAlreadyExists", `The route identified by ${destinationOf(input)} already exists.`);
    }
    const table = { ...rt.item, routes: [...rt.item.routes, orderRoute(b.route)] };
    return ok(put(world, "routeTables", table.id, table), true as const);
  });
}

export function replaceRoute(world: World, input: RouteInput, ctx?: OpContext): OpResult<true> {
  return guardObj(input, () => {
    const c = resolveCtx(world, ctx);
    const rt = lookup(world, "routeTable", input?.routeTableId, c, { param: "routeTableId" });
    if (!rt.ok) return fail(rt.error.code, rt.error.message);
    const idx = rt.item.routes.findIndex((r) => sameDestination(r, input));
    if (idx < 0) {
      return fail(
        "InvalidParameterValue",
        `There is no route defined for '${destinationOf(input)}' in the route table. Use CreateRoute instead.`,
      );
    }
    const existing = rt.item.routes[idx];
    if (existing.gatewayId === "local")
      return fail(
        "InvalidParameterValue",
        `cannot replace local route ${destinationOf(input)} in route table ${rt.item.id}`,
      );
    if (existing.gatewayId?.startsWith("vpce-") && world.vpcEndpoints[existing.gatewayId]?.type === "Gateway") {
      return fail(
        "InvalidParameterValue",
        `The route ${destinationOf(input)} in route table ${rt.item.id} is managed by VPC endpoint ${existing.gatewayId} and cannot be replaced.`,
      );
    }
    const b = buildRoute(world, rt.item, input, c.accountId);
    if (!b.ok) return fail(b.error.code, b.error.message);
    const routes = rt.item.routes.slice();
    routes[idx] = orderRoute(b.route);
    return ok(put(world, "routeTables", rt.item.id, { ...rt.item, routes }), true as const);
  });
}

export function deleteRoute(
  world: World,
  input: { routeTableId: string; destinationCidrBlock?: string; destinationPrefixListId?: string },
  ctx?: OpContext,
): OpResult<true> {
  return guardObj(input, () => {
    const c = resolveCtx(world, ctx);
    const rt = lookup(world, "routeTable", input?.routeTableId, c, { param: "routeTableId" });
    if (!rt.ok) return fail(rt.error.code, rt.error.message);
    if (input.destinationCidrBlock === undefined && input.destinationPrefixListId === undefined)
      return fail("MissingParameter", "The request must contain the parameter destinationCidrBlock");
    const idx = rt.item.routes.findIndex((r) => sameDestination(r, input as RouteInput));
    const dest = destinationOf(input as RouteInput);
    if (idx < 0) {
      const which = input.destinationCidrBlock !== undefined ? "destination-cidr-block" : "destination-prefix-list-id";
      return fail("InvalidRoute.NotFound", `no route with ${which} ${dest} in route table ${rt.item.id}`);
    }
    const route = rt.item.routes[idx];
    if (route.gatewayId === "local")
      return fail("InvalidParameterValue", `cannot remove local route ${dest} in route table ${rt.item.id}`);
    if (route.gatewayId?.startsWith("vpce-") && world.vpcEndpoints[route.gatewayId]?.type === "Gateway") {
      // [Unverified] wording (aws-reference §2.7: endpoint routes cannot be deleted with the route APIs).
      return fail(
        "InvalidParameterValue",
        `The route ${dest} in route table ${rt.item.id} is managed by VPC endpoint ${route.gatewayId}. Remove the route table from the endpoint with ModifyVpcEndpoint instead.`,
      );
    }
    const routes = rt.item.routes.filter((_, i) => i !== idx);
    return ok(put(world, "routeTables", rt.item.id, { ...rt.item, routes }), true as const);
  });
}

/** Recompute route states (blackhole when the target is gone or not usable). */
export function refreshRouteStates(world: World): World {
  let w = world;
  for (const rt of Object.values(world.routeTables)) {
    let changed = false;
    const routes = rt.routes.map((r) => {
      let state: Route["state"] = "active";
      if (r.natGatewayId) {
        const n = world.natGateways[r.natGatewayId];
        state = n && n.state !== "deleted" && n.state !== "deleting" && n.state !== "failed" ? "active" : "blackhole";
      } else if (r.gatewayId?.startsWith("igw-")) {
        const g = world.internetGateways[r.gatewayId];
        state = g && g.attachments.some((a) => a.vpcId === rt.vpcId) ? "active" : "blackhole";
      } else if (r.gatewayId?.startsWith("vgw-")) {
        const g = world.vpnGateways[r.gatewayId];
        state = g && g.attachments.some((a) => a.vpcId === rt.vpcId && a.state === "attached") ? "active" : "blackhole";
      } else if (r.vpcPeeringConnectionId) {
        state =
          world.vpcPeeringConnections[r.vpcPeeringConnectionId]?.status.code === "active" ? "active" : "blackhole";
      } else if (r.networkInterfaceId) {
        state = world.networkInterfaces[r.networkInterfaceId] ? "active" : "blackhole";
        if (r.instanceId && world.instances[r.instanceId]?.state !== "running") state = "blackhole";
      } else if (r.transitGatewayId) {
        const g = world.transitGateways?.[r.transitGatewayId];
        state =
          g && g.state === "available" && g.attachments.some((a) => a.vpcId === rt.vpcId && a.state === "available")
            ? "active"
            : "blackhole";
      } else if (r.gatewayId?.startsWith("vpce-")) {
        const e = world.vpcEndpoints[r.gatewayId];
        state = e && e.state !== "deleted" ? "active" : "blackhole";
      }
      if (state !== r.state) changed = true;
      return state === r.state ? r : { ...r, state };
    });
    if (changed) w = put(w, "routeTables", rt.id, { ...rt, routes });
  }
  return w;
}

// ── internet and NAT gateways ───────────────────────────────────────────────
export function createInternetGateway(
  world: World,
  input: { tags?: Array<{ Key: string; Value: string }> } = {},
  ctx?: OpContext,
) {
  return guardObj(input, () => {
    const c = resolveCtx(world, ctx);
    const [id, w] = nextId(world, "igw");
    const igw = { id, ownerId: c.accountId, region: c.region, attachments: [], tags: asTags(input?.tags) };
    return ok(put(w, "internetGateways", id, igw), igw);
  });
}

export function attachInternetGateway(
  world: World,
  input: { internetGatewayId: string; vpcId: string },
  ctx?: OpContext,
): OpResult<true> {
  return guardObj(input, () => {
    const c = resolveCtx(world, ctx);
    const g = lookup(world, "internetGateway", input?.internetGatewayId, c, { param: "internetGatewayId" });
    if (!g.ok) return fail(g.error.code, g.error.message);
    const v = lookup(world, "vpc", input.vpcId, c, { param: "vpcId" });
    if (!v.ok) return fail(v.error.code, v.error.message);
    if (g.item.attachments.length > 0)
      return fail(
        "Resource.AlreadyAssociated",
        `resource ${g.item.id} is already attached to network ${g.item.attachments[0].vpcId}`,
      );
    if (Object.values(world.internetGateways).some((x) => x.attachments.some((a) => a.vpcId === v.item.id))) {
      return fail("InvalidParameterValue", `Network ${v.item.id} already has an internet gateway attached`);
    }
    const w = put(world, "internetGateways", g.item.id, {
      ...g.item,
      attachments: [{ vpcId: v.item.id, state: "available" }],
    });
    return ok(refreshRouteStates(w), true as const);
  });
}

export function detachInternetGateway(
  world: World,
  input: { internetGatewayId: string; vpcId: string },
  ctx?: OpContext,
): OpResult<true> {
  return guardObj(input, () => {
    const c = resolveCtx(world, ctx);
    const g = lookup(world, "internetGateway", input?.internetGatewayId, c, { param: "internetGatewayId" });
    if (!g.ok) return fail(g.error.code, g.error.message);
    if (!g.item.attachments.some((a) => a.vpcId === input.vpcId))
      return fail("Gateway.NotAttached", `resource ${g.item.id} is not attached to network ${show(input.vpcId)}`);
    const w = put(world, "internetGateways", g.item.id, { ...g.item, attachments: [] });
    return ok(refreshRouteStates(w), true as const);
  });
}

export interface CreateNatGatewayInput {
  dryRun?: boolean;
  subnetId: string;
  connectivityType?: "public" | "private";
  allocationId?: string;
  tags?: Array<{ Key: string; Value: string }>;
}

export function createNatGateway(world: World, input: CreateNatGatewayInput, ctx?: OpContext): OpResult<NatGateway> {
  return guardObj(input, () => {
    {
      const te = badType(input, { subnetId: "string", allocationId: "string" });
      if (te) return fail(te.code, te.message);
    }
    const c = resolveCtx(world, ctx);
    const sn = lookup(world, "subnet", input?.subnetId, c, { param: "subnetId" });
    if (!sn.ok) return fail(sn.error.code, sn.error.message);
    const type = input.connectivityType ?? "public";
    if (type !== "public" && type !== "private")
      return fail("InvalidParameterValue", `Value (${show(type)}) for parameter connectivityType is invalid.`);
    let eip: Address | undefined;
    if (type === "public" && input.allocationId !== undefined) {
      eip = (world.addresses ?? {})[input.allocationId];
      if (!eip || eip.ownerId !== c.accountId || eip.region !== sn.item.region)
        return fail("InvalidAllocationID.NotFound", `The allocation ID '${show(input.allocationId)}' does not exist`);
      if (eip.associationId !== undefined)
        return fail("Resource.AlreadyAssociated", `Elastic IP address [${eip.allocationId}] is already associated`);
    }
    let w = world;
    const [natId, w_natId] = nextId(w, "nat");
    w = w_natId;
    const publicIp = type === "public" ? (eip?.publicIp ?? allocatePublicIp(w, sn.item.region)) : undefined;
    let allocationId: string | undefined = input.allocationId;
    if (type === "public" && !allocationId) {
      const [alloc, wAlloc] = nextId(w, "eipalloc");
      allocationId = alloc;
      w = wAlloc;
    }
    const eni = createEni(w, sn.item, {
      type: "nat_gateway",
      description: `Interface for NAT Gateway ${natId}`,
      groupIds: [],
      requesterManaged: true,
      ownerId: c.accountId,
      publicIp,
      sourceDestCheck: false,
    });
    if (!eni.ok) return fail(eni.error.code, eni.error.message);
    w = eni.world;
    const nat: NatGateway = compact({
      id: natId,
      ownerId: c.accountId,
      vpcId: sn.item.vpcId,
      subnetId: sn.item.id,
      connectivityType: type,
      state: "pending",
      privateIp: eni.eni.privateIpAddress,
      publicIp,
      allocationId: type === "public" ? allocationId : undefined,
      networkInterfaceId: eni.eni.id,
      createTime: w.clock,
      stateChangedAt: w.clock,
      tags: asTags(input.tags),
    } as NatGateway);
    if (eip) {
      const [assoc, wAssoc] = nextId(w, "eipassoc");
      w = withAddress(wAssoc, {
        ...eip,
        associationId: assoc,
        networkInterfaceId: eni.eni.id,
        privateIpAddress: eni.eni.privateIpAddress,
      });
    }
    return ok(put(w, "natGateways", natId, nat), nat);
  });
}

function withAddress(world: World, a: Address): World {
  return { ...world, addresses: { ...(world.addresses ?? {}), [a.allocationId]: a } };
}

export interface AllocateAddressInput {
  dryRun?: boolean;
  domain?: string;
  tags?: Array<{ Key: string; Value: string }>;
}

/**
 * AllocateAddress: a VPC Elastic IP with a deterministic `eipalloc-` id and the lowest free address
 * of TEST-NET-1 (192.0.2.1–254, RFC 5737), so simulated public IPs never collide with real ones.
 */
export function allocateAddress(world: World, input: AllocateAddressInput = {}, ctx?: OpContext): OpResult<Address> {
  return guard(input, () => {
    const inp: AllocateAddressInput = isObj(input) ? input : {};
    if (inp.domain !== undefined && inp.domain !== "vpc" && inp.domain !== "standard")
      return fail("InvalidParameterValue", `Value (${show(inp.domain)}) for parameter domain is invalid.`);
    const c = resolveCtx(world, ctx);
    const used = new Set(Object.values(world.addresses ?? {}).map((a) => a.publicIp));
    let host = 1;
    while (host < 255 && used.has(`192.0.2.${host}`)) host++;
    if (host === 255)
      return fail("AddressLimitExceeded", "The maximum number of addresses has been reached.");
    const [id, w] = nextId(world, "eipalloc");
    const addr: Address = {
      allocationId: id,
      publicIp: `192.0.2.${host}`,
      ownerId: c.accountId,
      region: c.region,
      domain: "vpc",
      publicIpv4Pool: "amazon",
      networkBorderGroup: c.region,
      tags: asTags(inp.tags),
    };
    return ok(withAddress(w, addr), addr);
  });
}

export function deleteNatGateway(
  world: World,
  input: { natGatewayId: string },
  ctx?: OpContext,
): OpResult<{ natGatewayId: string }> {
  return guardObj(input, () => {
    const c = resolveCtx(world, ctx);
    const r = lookup(world, "natGateway", input?.natGatewayId, c, { param: "natGatewayId" });
    if (!r.ok) return fail(r.error.code, r.error.message);
    let w = put(world, "natGateways", r.item.id, { ...r.item, state: "deleting", stateChangedAt: world.clock });
    const eip = r.item.allocationId ? (w.addresses ?? {})[r.item.allocationId] : undefined;
    if (eip?.networkInterfaceId === r.item.networkInterfaceId) {
      w = withAddress(w, {
        ...eip,
        associationId: undefined,
        networkInterfaceId: undefined,
        privateIpAddress: undefined,
      });
    }
    return ok(refreshRouteStates(w), { natGatewayId: r.item.id });
  });
}

// ── security groups ─────────────────────────────────────────────────────────
export function createSecurityGroup(
  world: World,
  input: { groupName: string; description: string; vpcId?: string; tags?: Array<{ Key: string; Value: string }> },
  ctx?: OpContext,
): OpResult<SecurityGroup> {
  return guardObj(input, () => {
    {
      const te = badType(input, { groupName: "string", description: "string", vpcId: "string" });
      if (te) return fail(te.code, te.message);
    }
    const c = resolveCtx(world, ctx);
    if (!input?.groupName) return fail("MissingParameter", "The request must contain the parameter GroupName");
    if (!input.description) return fail("MissingParameter", "The request must contain the parameter GroupDescription");
    const vpcId =
      input.vpcId ??
      Object.values(world.vpcs).find((v) => v.isDefault && v.ownerId === c.accountId && v.region === c.region)?.id;
    if (!vpcId) return fail("VPCIdNotSpecified", "No default VPC for this user");
    const v = lookup(world, "vpc", vpcId, c, { param: "vpcId" });
    if (!v.ok) return fail(v.error.code, v.error.message);
    if (
      input.groupName === "default" ||
      Object.values(world.securityGroups).some((g) => g.vpcId === vpcId && g.groupName === input.groupName)
    ) {
      return fail(
        "InvalidGroup.Duplicate",
        `The security group '${input.groupName}' already exists for VPC '${vpcId}'`,
      );
    }
    let w = world;
    const [id, w_id] = nextId(w, "sg");
    w = w_id;
    const [egressId, w_egressId] = nextId(w, "sgr");
    w = w_egressId;
    const sg: SecurityGroup = {
      id,
      groupName: input.groupName,
      description: input.description,
      vpcId,
      ownerId: c.accountId,
      ingress: [],
      egress: [{ ruleId: egressId, ipProtocol: "-1", cidrIpv4: "0.0.0.0/0" }],
      tags: asTags(input.tags),
    };
    return ok(put(w, "securityGroups", id, sg), sg);
  });
}

export function deleteSecurityGroup(world: World, input: { groupId: string }, ctx?: OpContext): OpResult<true> {
  return guardObj(input, () => {
    const c = resolveCtx(world, ctx);
    const r = lookup(world, "securityGroup", input?.groupId, c, { param: "groupId" });
    if (!r.ok) return fail(r.error.code, r.error.message);
    if (r.item.groupName === "default")
      return fail("CannotDelete", `the specified group: "${r.item.id}" name: "default" cannot be deleted by a user`);
    if (Object.values(world.networkInterfaces).some((e) => e.groupIds.includes(r.item.id))) {
      return fail("DependencyViolation", `resource ${r.item.id} has a dependent object`);
    }
    return ok(remove(world, "securityGroups", r.item.id), true as const);
  });
}

export interface IpPermission {
  ipProtocol: string;
  fromPort?: number;
  toPort?: number;
  ipRanges?: Array<{ cidrIp: string; description?: string }>;
  userIdGroupPairs?: Array<{ groupId: string; description?: string }>;
  prefixListIds?: Array<{ prefixListId: string; description?: string }>;
}

export interface SgRuleInput {
  dryRun?: boolean;
  groupId: string;
  ipPermissions?: IpPermission[];
  /** shorthand (like `--protocol tcp --port 443 --cidr 10.0.0.0/16`) */
  ipProtocol?: string;
  fromPort?: number;
  toPort?: number;
  cidrIp?: string;
  sourceGroupId?: string;
  prefixListId?: string;
}

function normProtocol(p: unknown): string | undefined {
  if (p === undefined || p === null) return undefined;
  const s = show(p).toLowerCase();
  if (s === "-1" || s === "all") return "-1";
  if (s === "tcp" || s === "6") return "tcp";
  if (s === "udp" || s === "17") return "udp";
  if (s === "icmp" || s === "1") return "icmp";
  return undefined;
}

function permissionsOf(input: SgRuleInput): IpPermission[] {
  if (Array.isArray(input.ipPermissions)) return input.ipPermissions;
  return [
    {
      ipProtocol: input.ipProtocol ?? "",
      fromPort: input.fromPort,
      toPort: input.toPort ?? input.fromPort,
      ipRanges: input.cidrIp !== undefined ? [{ cidrIp: input.cidrIp }] : undefined,
      userIdGroupPairs: input.sourceGroupId !== undefined ? [{ groupId: input.sourceGroupId }] : undefined,
      prefixListIds: input.prefixListId !== undefined ? [{ prefixListId: input.prefixListId }] : undefined,
    },
  ];
}

type RuleCore = Omit<SgRule, "ruleId">;

function rulesFrom(
  world: World,
  input: SgRuleInput,
  accountId: string,
): { ok: true; rules: RuleCore[] } | { ok: false; error: { code: string; message: string } } {
  const rules: RuleCore[] = [];
  const perms = permissionsOf(input);
  if (perms.length === 0) return { ok: false, error: missing("IpPermissions") };
  for (const p of perms) {
    const proto = normProtocol(p?.ipProtocol);
    if (!proto)
      return {
        ok: false,
        error: err(
          "InvalidParameterValue",
          `Invalid value '${show(p?.ipProtocol)}' for IP protocol. Unknown protocol.`,
        ),
      };
    let from: number | undefined;
    let to: number | undefined;
    if (proto === "tcp" || proto === "udp") {
      from = p.fromPort;
      to = p.toPort ?? p.fromPort;
      if (
        typeof from !== "number" ||
        typeof to !== "number" ||
        !Number.isInteger(from) ||
        !Number.isInteger(to) ||
        from < 0 ||
        to > 65535 ||
        from > to
      ) {
        return { ok: false, error: err("InvalidParameterValue", `Invalid port range: ${show(from)}-${show(to)}`) };
      }
    } else if (proto === "icmp") {
      from = typeof p.fromPort === "number" && Number.isInteger(p.fromPort) ? p.fromPort : -1;
      to = typeof p.toPort === "number" && Number.isInteger(p.toPort) ? p.toPort : -1;
    }
    const sources: Array<Partial<RuleCore>> = [];
    for (const r of Array.isArray(p.ipRanges) ? p.ipRanges : []) {
      if (!parseCidr(r?.cidrIp)) return { ok: false, error: invalidCidr("cidrIp", r?.cidrIp) };
      sources.push(
        compact({ cidrIpv4: r.cidrIp, description: typeof r.description === "string" ? r.description : undefined }),
      );
    }
    for (const g of Array.isArray(p.userIdGroupPairs) ? p.userIdGroupPairs : []) {
      const ref = lookup(
        world,
        "securityGroup",
        g?.groupId,
        { accountId, region: world.defaultRegion },
        { param: "groupId", anyOwner: true },
      );
      if (!ref.ok) return ref;
      sources.push(
        compact({
          referencedGroupId: g.groupId,
          description: typeof g.description === "string" ? g.description : undefined,
        }),
      );
    }
    for (const pl of Array.isArray(p.prefixListIds) ? p.prefixListIds : []) {
      const ref = lookup(
        world,
        "prefixList",
        pl?.prefixListId,
        { accountId, region: world.defaultRegion },
        { param: "prefixListId" },
      );
      if (!ref.ok) return ref;
      sources.push(
        compact({
          prefixListId: pl.prefixListId,
          description: typeof pl.description === "string" ? pl.description : undefined,
        }),
      );
    }
    if (sources.length === 0)
      return { ok: false, error: missing("IpPermissions.1.IpRanges, UserIdGroupPairs or PrefixListIds") };
    for (const s of sources) rules.push(compact({ ipProtocol: proto, fromPort: from, toPort: to, ...s } as RuleCore));
  }
  return { ok: true, rules };
}

function sameRule(a: RuleCore, b: RuleCore): boolean {
  return (
    a.ipProtocol === b.ipProtocol &&
    (a.fromPort ?? null) === (b.fromPort ?? null) &&
    (a.toPort ?? null) === (b.toPort ?? null) &&
    (a.cidrIpv4 ?? null) === (b.cidrIpv4 ?? null) &&
    (a.referencedGroupId ?? null) === (b.referencedGroupId ?? null) &&
    (a.prefixListId ?? null) === (b.prefixListId ?? null)
  );
}

function describeRule(r: RuleCore): string {
  const src = r.cidrIpv4 ?? r.referencedGroupId ?? r.prefixListId ?? "";
  return `peer: ${src}, ${r.ipProtocol === "-1" ? "ALL" : r.ipProtocol.toUpperCase()}, from port: ${r.fromPort ?? "-1"}, to port: ${r.toPort ?? "-1"}, ALLOW`;
}

function authorize(direction: "ingress" | "egress") {
  return (world: World, input: SgRuleInput, ctx?: OpContext): OpResult<{ securityGroupRuleIds: string[] }> =>
    guardObj(input, () => {
      const c = resolveCtx(world, ctx);
      const g = lookup(world, "securityGroup", input?.groupId, c, { param: "groupId" });
      if (!g.ok) return fail(g.error.code, g.error.message);
      const r = rulesFrom(world, input, c.accountId);
      if (!r.ok) return fail(r.error.code, r.error.message);
      let w = world;
      const existing = g.item[direction];
      const added: SgRule[] = [];
      for (const rule of r.rules) {
        if (existing.some((e) => sameRule(e, rule)) || added.some((e) => sameRule(e, rule))) {
          return fail("InvalidPermission.Duplicate", `the specified rule "${describeRule(rule)}" already exists`);
        }
        const [id, w_id] = nextId(w, "sgr");
        w = w_id;
        added.push({ ruleId: id, ...rule });
      }
      const sg = { ...g.item, [direction]: [...existing, ...added] };
      return ok(put(w, "securityGroups", sg.id, sg), { securityGroupRuleIds: added.map((a) => a.ruleId) });
    });
}

function revoke(direction: "ingress" | "egress") {
  return (world: World, input: SgRuleInput & { securityGroupRuleIds?: string[] }, ctx?: OpContext): OpResult<true> =>
    guardObj(input, () => {
      const c = resolveCtx(world, ctx);
      const g = lookup(world, "securityGroup", input?.groupId, c, { param: "groupId" });
      if (!g.ok) return fail(g.error.code, g.error.message);
      const existing = g.item[direction];
      let keep: SgRule[];
      if (Array.isArray(input.securityGroupRuleIds)) {
        for (const id of input.securityGroupRuleIds) {
          if (!existing.some((e) => e.ruleId === id))
            return fail("InvalidSecurityGroupRuleId.NotFound", `The security group rule ID '${id}' does not exist`);
        }
        keep = existing.filter((e) => !input.securityGroupRuleIds?.includes(e.ruleId));
      } else {
        const r = rulesFrom(world, input, c.accountId);
        if (!r.ok) return fail(r.error.code, r.error.message);
        for (const rule of r.rules) {
          if (!existing.some((e) => sameRule(e, rule))) {
            return fail("InvalidPermission.NotFound", `The specified rule does not exist in this security group.`);
          }
        }
        keep = existing.filter((e) => !r.rules.some((rule) => sameRule(e, rule)));
      }
      const sg = { ...g.item, [direction]: keep };
      return ok(put(world, "securityGroups", sg.id, sg), true as const);
    });
}

export const authorizeSecurityGroupIngress = authorize("ingress");
export const authorizeSecurityGroupEgress = authorize("egress");
export const revokeSecurityGroupIngress = revoke("ingress");
export const revokeSecurityGroupEgress = revoke("egress");

// ── network ACLs ────────────────────────────────────────────────────────────
export interface NaclEntryInput {
  dryRun?: boolean;
  networkAclId: string;
  ruleNumber: number;
  egress: boolean;
  /** "-1", "6"/"tcp", "17"/"udp", "1"/"icmp" */
  protocol: string;
  ruleAction: "allow" | "deny";
  cidrBlock: string;
  portRange?: { from: number; to: number };
}

function naclProto(p: unknown): string | undefined {
  const n = normProtocol(p);
  return n === undefined ? undefined : n === "-1" ? "-1" : n === "tcp" ? "6" : n === "udp" ? "17" : "1";
}

function sortEntries(entries: NaclEntry[]): NaclEntry[] {
  return entries.slice().sort((a, b) => Number(a.egress) - Number(b.egress) || a.ruleNumber - b.ruleNumber);
}

function naclEntry(world: World, input: NaclEntryInput, replace: boolean, ctx?: OpContext): OpResult<true> {
  return guardObj(input, () => {
    const c = resolveCtx(world, ctx);
    const acl = lookup(world, "networkAcl", input?.networkAclId, c, { param: "networkAclId" });
    if (!acl.ok) return fail(acl.error.code, acl.error.message);
    if (
      typeof input.ruleNumber !== "number" ||
      !Number.isInteger(input.ruleNumber) ||
      input.ruleNumber < 1 ||
      input.ruleNumber > 32766
    ) {
      return fail(
        "InvalidParameterValue",
        `Value (${show(input.ruleNumber)}) for parameter ruleNumber is invalid. Valid values are between 1 and 32766.`,
      );
    }
    const proto = naclProto(input.protocol);
    if (!proto) return fail("InvalidParameterValue", `Invalid protocol: ${show(input.protocol)}`);
    if (input.ruleAction !== "allow" && input.ruleAction !== "deny")
      return fail("InvalidParameterValue", `Value (${show(input.ruleAction)}) for parameter ruleAction is invalid.`);
    if (!parseCidr(input.cidrBlock))
      return fail(
        "InvalidParameterValue",
        `Value (${show(input.cidrBlock)}) for parameter cidrBlock is invalid. This is not a valid CIDR block.`,
      );
    if ((proto === "6" || proto === "17") && !input.portRange)
      return fail("MissingParameter", "The request must contain the parameter portRange");
    const egress = !!input.egress;
    const idx = acl.item.entries.findIndex((e) => e.egress === egress && e.ruleNumber === input.ruleNumber);
    if (!replace && idx >= 0)
      return fail(
        "NetworkAclEntryAlreadyExists",
        `The network acl entry identified by ${input.ruleNumber} already exists.`,
      );
    if (replace && idx < 0)
      return fail(
        "InvalidNetworkAclEntry.NotFound",
        `The network acl entry identified by ${input.ruleNumber} does not exist.`,
      );
    const entry: NaclEntry = compact({
      ruleNumber: input.ruleNumber,
      egress,
      protocol: proto,
      ruleAction: input.ruleAction,
      cidrBlock: input.cidrBlock,
      portRange:
        proto === "6" || proto === "17"
          ? { from: input.portRange?.from ?? 0, to: input.portRange?.to ?? 65535 }
          : undefined,
    } as NaclEntry);
    const entries = acl.item.entries.filter((_, i) => i !== idx);
    entries.push(entry);
    return ok(put(world, "networkAcls", acl.item.id, { ...acl.item, entries: sortEntries(entries) }), true as const);
  });
}

export const createNetworkAclEntry = (w: World, i: NaclEntryInput, ctx?: OpContext) => naclEntry(w, i, false, ctx);
export const replaceNetworkAclEntry = (w: World, i: NaclEntryInput, ctx?: OpContext) => naclEntry(w, i, true, ctx);

export function deleteNetworkAclEntry(
  world: World,
  input: { networkAclId: string; ruleNumber: number; egress: boolean },
  ctx?: OpContext,
): OpResult<true> {
  return guardObj(input, () => {
    const c = resolveCtx(world, ctx);
    const acl = lookup(world, "networkAcl", input?.networkAclId, c, { param: "networkAclId" });
    if (!acl.ok) return fail(acl.error.code, acl.error.message);
    const idx = acl.item.entries.findIndex(
      (e) => e.egress === !!input.egress && e.ruleNumber === input.ruleNumber && e.ruleNumber !== 32767,
    );
    if (idx < 0)
      return fail(
        "InvalidNetworkAclEntry.NotFound",
        `The network acl entry identified by ${show(input.ruleNumber)} does not exist.`,
      );
    return ok(
      put(world, "networkAcls", acl.item.id, { ...acl.item, entries: acl.item.entries.filter((_, i) => i !== idx) }),
      true as const,
    );
  });
}

export function createNetworkAcl(
  world: World,
  input: { vpcId: string; tags?: Array<{ Key: string; Value: string }> },
  ctx?: OpContext,
) {
  return guardObj(input, () => {
    const c = resolveCtx(world, ctx);
    const v = lookup(world, "vpc", input?.vpcId, c, { param: "vpcId" });
    if (!v.ok) return fail(v.error.code, v.error.message);
    const [id, w] = nextId(world, "acl");
    const acl = {
      id,
      vpcId: v.item.id,
      ownerId: c.accountId,
      isDefault: false,
      entries: [
        { ruleNumber: 32767, egress: false, protocol: "-1", ruleAction: "deny" as const, cidrBlock: "0.0.0.0/0" },
        { ruleNumber: 32767, egress: true, protocol: "-1", ruleAction: "deny" as const, cidrBlock: "0.0.0.0/0" },
      ],
      associations: [],
      tags: asTags(input.tags),
    };
    return ok(put(w, "networkAcls", id, acl), acl);
  });
}

/** Associate a subnet with a NACL (moves it from its current one). */
export function replaceNetworkAclAssociation(
  world: World,
  input: { networkAclId: string; subnetId: string },
  ctx?: OpContext,
): OpResult<{ newAssociationId: string }> {
  return guardObj(input, () => {
    const c = resolveCtx(world, ctx);
    const acl = lookup(world, "networkAcl", input?.networkAclId, c, { param: "networkAclId" });
    if (!acl.ok) return fail(acl.error.code, acl.error.message);
    const sn = lookup(world, "subnet", input.subnetId, c, { param: "subnetId" });
    if (!sn.ok) return fail(sn.error.code, sn.error.message);
    if (sn.item.vpcId !== acl.item.vpcId)
      return fail(
        "InvalidParameterValue",
        `Network ACL ${acl.item.id} and subnet ${sn.item.id} belong to different networks`,
      );
    let w = world;
    for (const a of Object.values(w.networkAcls)) {
      if (a.associations.some((x) => x.subnetId === sn.item.id)) {
        w = put(w, "networkAcls", a.id, {
          ...a,
          associations: a.associations.filter((x) => x.subnetId !== sn.item.id),
        });
      }
    }
    const [id, w_id] = nextId(w, "aclassoc");
    w = w_id;
    const cur = w.networkAcls[acl.item.id];
    w = put(w, "networkAcls", cur.id, { ...cur, associations: [...cur.associations, { id, subnetId: sn.item.id }] });
    return ok(w, { newAssociationId: id });
  });
}

// ── instances ───────────────────────────────────────────────────────────────
export interface RunInstanceInput {
  dryRun?: boolean;
  subnetId: string;
  securityGroupIds?: string[];
  associatePublicIpAddress?: boolean;
  privateIpAddress?: string;
  iamRole?: string;
  instanceType?: string;
  imageId?: string;
  keyName?: string;
  listeningPorts?: number[];
  tags?: Array<{ Key: string; Value: string }>;
}

export function runInstances(world: World, input: RunInstanceInput, ctx?: OpContext) {
  return guardObj(input, () => {
    {
      const te = badType(input, {
        subnetId: "string",
        associatePublicIpAddress: "boolean",
        privateIpAddress: "string",
        iamRole: "string",
        instanceType: "string",
        imageId: "string",
        keyName: "string",
        listeningPorts: "number[]",
        securityGroupIds: "string[]",
      });
      if (te) return fail(te.code, te.message);
    }
    const c = resolveCtx(world, ctx);
    const sn = lookup(world, "subnet", input?.subnetId, c, { param: "subnetId" });
    if (!sn.ok) return fail(sn.error.code, sn.error.message);
    const vpc = world.vpcs[sn.item.vpcId];
    const groups = asStringArray(input.securityGroupIds) ?? [vpc.defaultSecurityGroupId];
    for (const g of groups) {
      const r = lookup(world, "securityGroup", g, c, { param: "securityGroupId" });
      if (!r.ok) return fail(r.error.code, r.error.message);
      if (r.item.vpcId !== vpc.id)
        return fail("InvalidParameter", `Security group ${g} and subnet ${sn.item.id} belong to different networks.`);
    }
    if (
      input.iamRole !== undefined &&
      !world.accounts[c.accountId]?.principals[`arn:aws:iam::${c.accountId}:role/${input.iamRole}`]
    ) {
      return fail(
        "InvalidParameterValue",
        `Value (${input.iamRole}) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name`,
      );
    }
    let w = world;
    const [id, w_id] = nextId(w, "i");
    w = w_id;
    const wantsPublic = input.associatePublicIpAddress ?? sn.item.mapPublicIpOnLaunch;
    const publicIp = wantsPublic ? allocatePublicIp(w, sn.item.region) : undefined;
    const eni = createEni(w, sn.item, {
      type: "interface",
      description: "",
      groupIds: groups,
      requesterManaged: false,
      ownerId: c.accountId,
      instanceId: id,
      privateIp: input.privateIpAddress,
      publicIp,
    });
    if (!eni.ok) return fail(eni.error.code, eni.error.message);
    w = eni.world;
    const inst = compact({
      id,
      ownerId: c.accountId,
      region: sn.item.region,
      vpcId: vpc.id,
      subnetId: sn.item.id,
      az: sn.item.az,
      networkInterfaceId: eni.eni.id,
      privateIpAddress: eni.eni.privateIpAddress,
      publicIpAddress: publicIp,
      instanceType: input.instanceType ?? "t3.micro",
      imageId: input.imageId ?? "ami-0abcdef1234567890",
      keyName: input.keyName,
      iamRole: input.iamRole,
      state: "running" as const,
      launchTime: w.clock,
      listeningPorts: input.listeningPorts ?? [22],
      tags: asTags(input.tags),
    });
    return ok(put(w, "instances", id, inst), inst);
  });
}

export function terminateInstances(world: World, input: { instanceIds: string[] }, ctx?: OpContext): OpResult<true> {
  return guardObj(input, () => {
    const c = resolveCtx(world, ctx);
    const ids = asStringArray(input?.instanceIds);
    if (!ids || ids.length === 0) return fail("MissingParameter", "The request must contain the parameter InstanceId");
    let w = world;
    for (const id of ids) {
      const r = lookup(w, "instance", id, c, { param: "instanceId" });
      if (!r.ok) return fail(r.error.code, r.error.message);
      w = put(w, "instances", id, { ...r.item, state: "terminated" });
      w = remove(w, "networkInterfaces", r.item.networkInterfaceId);
    }
    return ok(refreshRouteStates(w), true as const);
  });
}

/** Convenience for describe output: does a subnet route through an IGW? (re-export helper) */
export function subnetRouteTable(world: World, subnetId: string): RouteTable | undefined {
  return routeTableForSubnet(world, subnetId) ?? mainRouteTable(world, world.subnets[subnetId]?.vpcId ?? "");
}
