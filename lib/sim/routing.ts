/** Route lookup (longest prefix match incl. prefix lists), SG and NACL evaluation, and per-World indexes. */
import type { Eni, NetworkAcl, Route, RouteTable, SecurityGroup, Subnet, VpcEndpoint, World } from "./schema";
import { cidrContains, parseCidr, parseCidrLenient, parseIp } from "./ip";
import { REGIONS, AWS_SERVICES, servicePublicCidrs } from "./catalog";
import { cacheSlot } from "./memo";

// ── per-World index (cached; Worlds are immutable) ──────────────────────────
export interface WorldIndex {
  eniByVpcIp: Map<string, Map<string, Eni>>;
  eniByPublicIp: Map<string, Eni>;
  rtBySubnet: Map<string, RouteTable>;
  aclBySubnet: Map<string, NetworkAcl>;
  endpointsByVpc: Map<string, VpcEndpoint[]>;
  endpointByEni: Map<string, VpcEndpoint>;
}


export function indexOf(world: World): WorldIndex {
  return cacheSlot(world, "routing-index", () => buildIndex(world));
}

function buildIndex(world: World): WorldIndex {
  const eniByVpcIp = new Map<string, Map<string, Eni>>();
  const eniByPublicIp = new Map<string, Eni>();
  for (const e of Object.values(world.networkInterfaces)) {
    let m = eniByVpcIp.get(e.vpcId);
    if (!m) eniByVpcIp.set(e.vpcId, (m = new Map()));
    m.set(e.privateIpAddress, e);
    if (e.publicIp) eniByPublicIp.set(e.publicIp, e);
  }
  const rtBySubnet = new Map<string, RouteTable>();
  for (const rt of Object.values(world.routeTables)) {
    for (const a of rt.associations) if (a.subnetId && a.state === "associated") rtBySubnet.set(a.subnetId, rt);
  }
  const aclBySubnet = new Map<string, NetworkAcl>();
  for (const acl of Object.values(world.networkAcls))
    for (const a of acl.associations) aclBySubnet.set(a.subnetId, acl);
  const endpointsByVpc = new Map<string, VpcEndpoint[]>();
  const endpointByEni = new Map<string, VpcEndpoint>();
  for (const ep of Object.values(world.vpcEndpoints)) {
    let list = endpointsByVpc.get(ep.vpcId);
    if (!list) endpointsByVpc.set(ep.vpcId, (list = []));
    list.push(ep);
    for (const id of ep.networkInterfaceIds) endpointByEni.set(id, ep);
  }
  return { eniByVpcIp, eniByPublicIp, rtBySubnet, aclBySubnet, endpointsByVpc, endpointByEni };
}

export function routeTableOf(world: World, subnet: Subnet): RouteTable | undefined {
  return (
    indexOf(world).rtBySubnet.get(subnet.id) ?? world.routeTables[world.vpcs[subnet.vpcId]?.mainRouteTableId ?? ""]
  );
}

export function aclOf(world: World, subnet: Subnet): NetworkAcl | undefined {
  return (
    indexOf(world).aclBySubnet.get(subnet.id) ?? world.networkAcls[world.vpcs[subnet.vpcId]?.defaultNetworkAclId ?? ""]
  );
}

export function eniAt(world: World, vpcId: string, ip: string): Eni | undefined {
  return indexOf(world).eniByVpcIp.get(vpcId)?.get(ip);
}

// ── route lookup ────────────────────────────────────────────────────────────
export interface RouteMatch {
  route: Route;
  /** prefix length that matched (for prefix-list routes: the matching CIDR's length) */
  prefix: number;
}

/** Prefix length with which `route` matches `ip`, or -1. */
export function routeMatchLength(world: World, route: Route, ip: number): number {
  if (route.destinationCidrBlock !== undefined) {
    const c = parseCidr(route.destinationCidrBlock) ?? parseCidrLenient(route.destinationCidrBlock);
    return c && cidrContains(c, ip) ? c.prefix : -1;
  }
  if (route.destinationPrefixListId !== undefined) {
    const pl = world.prefixLists[route.destinationPrefixListId];
    let best = -1;
    for (const s of pl?.cidrs ?? []) {
      const c = parseCidr(s) ?? parseCidrLenient(s);
      if (c && c.prefix > best && cidrContains(c, ip)) best = c.prefix;
    }
    return best;
  }
  return -1;
}

function rank(r: Route): number {
  // tie-breaks at equal prefix length: local first, then CIDR over prefix list, static over propagated
  if (r.gatewayId === "local") return 3;
  if (r.destinationPrefixListId !== undefined) return 0;
  if (r.origin === "EnableVgwRoutePropagation") return 1;
  return 2;
}

/** Longest-prefix match over a route table (CIDR and prefix-list routes). Includes blackhole routes. */
export function lookupRoute(world: World, rt: RouteTable, ipStr: string): RouteMatch | undefined {
  const ip = parseIp(ipStr);
  if (ip === undefined) return undefined;
  let best: RouteMatch | undefined;
  for (const route of rt.routes) {
    const p = routeMatchLength(world, route, ip);
    if (p < 0) continue;
    if (!best || p > best.prefix || (p === best.prefix && rank(route) > rank(best.route))) best = { route, prefix: p };
  }
  return best;
}

export function routeTargetId(r: Route): string {
  return (
    r.gatewayId ??
    r.natGatewayId ??
    r.vpcPeeringConnectionId ??
    r.instanceId ??
    r.networkInterfaceId ??
    r.transitGatewayId ??
    ""
  );
}

export function routeDestination(r: Route): string {
  return r.destinationCidrBlock ?? r.destinationPrefixListId ?? "";
}

// ── security groups ─────────────────────────────────────────────────────────
export type Proto = "tcp" | "udp" | "icmp";

function protoMatches(
  ruleProto: string,
  proto: Proto,
  fromPort: number | undefined,
  toPort: number | undefined,
  port: number,
): boolean {
  if (ruleProto === "-1") return true;
  if (ruleProto !== proto) return false;
  if (proto === "icmp") return true;
  if (fromPort === undefined || toPort === undefined) return true;
  return port >= fromPort && port <= toPort;
}

export interface Peer {
  ip: string;
  /** SGs of the peer ENI (for SG-reference rules) */
  groupIds: string[];
}

export function sgAllows(
  world: World,
  groupIds: string[],
  direction: "ingress" | "egress",
  peer: Peer,
  port: number,
  proto: Proto,
): { allowed: boolean; groupId?: string; ruleId?: string } {
  const ip = parseIp(peer.ip);
  if (ip === undefined) return { allowed: false };
  for (const gid of groupIds) {
    const sg: SecurityGroup | undefined = world.securityGroups[gid];
    if (!sg) continue;
    for (const r of sg[direction]) {
      if (!protoMatches(r.ipProtocol, proto, r.fromPort, r.toPort, port)) continue;
      let hit = false;
      if (r.cidrIpv4 !== undefined) {
        const c = parseCidr(r.cidrIpv4) ?? parseCidrLenient(r.cidrIpv4);
        hit = !!c && cidrContains(c, ip);
      } else if (r.referencedGroupId !== undefined) {
        hit = peer.groupIds.includes(r.referencedGroupId);
      } else if (r.prefixListId !== undefined) {
        hit = (world.prefixLists[r.prefixListId]?.cidrs ?? []).some((s) => {
          const c = parseCidr(s);
          return !!c && cidrContains(c, ip);
        });
      }
      if (hit) return { allowed: true, groupId: gid, ruleId: r.ruleId };
    }
  }
  return { allowed: false };
}

// ── network ACLs ────────────────────────────────────────────────────────────
const PROTO_NUM: Record<Proto, string> = { tcp: "6", udp: "17", icmp: "1" };

export function naclAllows(
  acl: NetworkAcl | undefined,
  egress: boolean,
  peerIp: string,
  port: number,
  proto: Proto,
): { allowed: boolean; ruleNumber?: number } {
  if (!acl) return { allowed: true };
  const ip = parseIp(peerIp);
  if (ip === undefined) return { allowed: false };
  const entries = acl.entries.filter((e) => e.egress === egress).sort((a, b) => a.ruleNumber - b.ruleNumber);
  for (const e of entries) {
    if (e.protocol !== "-1" && e.protocol !== PROTO_NUM[proto]) continue;
    if (e.portRange && (proto === "tcp" || proto === "udp") && (port < e.portRange.from || port > e.portRange.to))
      continue;
    const c = parseCidr(e.cidrBlock) ?? parseCidrLenient(e.cidrBlock);
    if (!c || !cidrContains(c, ip)) continue;
    return { allowed: e.ruleAction === "allow", ruleNumber: e.ruleNumber };
  }
  return { allowed: false, ruleNumber: 32767 };
}

/** The ephemeral port used to check stateless return traffic. */
export const EPHEMERAL_PORT = 50000;

// ── public AWS ranges ───────────────────────────────────────────────────────
interface PublicRange {
  base: number;
  prefix: number;
  region: string;
  service: string;
}
let publicRanges: PublicRange[] | undefined;

/** Which AWS service (and region) owns a public IP, if any. */
export function awsServiceAt(ipStr: string): { region: string; service: string } | undefined {
  if (!publicRanges) {
    publicRanges = [];
    for (const region of Object.keys(REGIONS)) {
      for (const info of AWS_SERVICES) {
        for (const s of servicePublicCidrs(region, info)) {
          const c = parseCidr(s);
          if (c) publicRanges.push({ base: c.base, prefix: c.prefix, region, service: info.key });
        }
      }
    }
  }
  const ip = parseIp(ipStr);
  if (ip === undefined) return undefined;
  let best: PublicRange | undefined;
  for (const r of publicRanges) if (cidrContains(r, ip) && (!best || r.prefix > best.prefix)) best = r;
  return best ? { region: best.region, service: best.service } : undefined;
}
