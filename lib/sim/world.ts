/** Creating an empty World and reading it (describe-style query helpers). */
import type {
  Bucket,
  EndpointService,
  Eni,
  Instance,
  NetworkAcl,
  OnPremHost,
  Principal,
  RouteTable,
  SecurityGroup,
  Subnet,
  Tag,
  Vpc,
  VpcEndpoint,
  World,
} from "./schema";
import { WorldSchema } from "./schema";
import {
  awsManagedPrefixLists,
  parseAwsServiceName,
  REGIONS,
  regionRecord,
  AWS_SERVICES,
  awsServiceName,
} from "./catalog";
import { hexFor, nameTag } from "./core";

function stableServiceId(name: string, type: string): string {
  let h = 17;
  const s = `${name}/${type}`;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) >>> 0;
  return `vpce-svc-0${hexFor(h, 1, 16)}`;
}

export interface EmptyWorldOptions {
  seed?: number;
  /** epoch ms; default 2026-01-05T09:00:00Z */
  clock?: number;
  /** account ids (first = default). Default ["111122223333"] */
  accounts?: Array<{ id: string; alias?: string }>;
  /** regions to enable; default all simulated regions */
  regions?: string[];
  defaultRegion?: string;
}

export const DEFAULT_CLOCK = Date.UTC(2026, 0, 5, 9, 0, 0);

export function rootArn(accountId: string): string {
  return `arn:aws:iam::${accountId}:root`;
}

export function emptyWorld(opts: EmptyWorldOptions = {}): World {
  const accounts =
    opts.accounts && opts.accounts.length > 0 ? opts.accounts : [{ id: "111122223333", alias: "learner" }];
  const regions = (opts.regions ?? Object.keys(REGIONS)).filter((r) => REGIONS[r]);
  const world: World = {
    version: 1,
    seq: 0,
    seed: opts.seed ?? 1,
    clock: opts.clock ?? DEFAULT_CLOCK,
    defaultAccountId: accounts[0].id,
    defaultRegion: opts.defaultRegion ?? regions[0] ?? "us-east-1",
    accounts: {},
    regions: {},
    prefixLists: {},
    vpcs: {},
    subnets: {},
    routeTables: {},
    internetGateways: {},
    natGateways: {},
    customerGateways: {},
    vpnGateways: {},
    vpnConnections: {},
    vpcPeeringConnections: {},
    transitGateways: {},
    securityGroups: {},
    networkAcls: {},
    networkInterfaces: {},
    instances: {},
    loadBalancers: {},
    targetGroups: {},
    vpcEndpoints: {},
    endpointServices: {},
    buckets: {},
    dynamoTables: {},
    sqsQueues: {},
    kmsKeys: {},
    hostedZones: {},
    onPremNetworks: {},
    onPremHosts: {},
  };
  for (const a of accounts) {
    const arn = rootArn(a.id);
    world.accounts[a.id] = {
      id: a.id,
      alias: a.alias ?? a.id,
      principals: { [arn]: { arn, kind: "root", name: "root", accountId: a.id, policies: [] } },
    };
  }
  for (const r of regions) {
    const rec = regionRecord(r);
    if (rec) world.regions[r] = rec;
    for (const pl of awsManagedPrefixLists(r)) world.prefixLists[pl.id] = pl;
  }
  return world;
}

/** zod validation of a World (e.g. one loaded from storage). */
export function validateWorld(value: unknown): { ok: true; world: World } | { ok: false; issues: string[] } {
  const r = WorldSchema.safeParse(value);
  if (r.success) return { ok: true, world: r.data };
  return { ok: false, issues: r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) };
}

// ── finders ─────────────────────────────────────────────────────────────────
export const findVpc = (w: World, id: string): Vpc | undefined => w.vpcs[id];
export const findSubnet = (w: World, id: string): Subnet | undefined => w.subnets[id];
export const findRouteTable = (w: World, id: string): RouteTable | undefined => w.routeTables[id];
export const findSecurityGroup = (w: World, id: string): SecurityGroup | undefined => w.securityGroups[id];
export const findEni = (w: World, id: string): Eni | undefined => w.networkInterfaces[id];
export const findInstance = (w: World, id: string): Instance | undefined => w.instances[id];
export const findVpcEndpoint = (w: World, id: string): VpcEndpoint | undefined => w.vpcEndpoints[id];
export const findEndpointService = (w: World, id: string): EndpointService | undefined => w.endpointServices[id];
export const findBucket = (w: World, name: string): Bucket | undefined => w.buckets[name];

export function findEndpointServiceByName(w: World, serviceName: string): EndpointService | undefined {
  for (const s of Object.values(w.endpointServices)) if (s.serviceName === serviceName) return s;
  return undefined;
}

export function subnetsOf(w: World, vpcId: string): Subnet[] {
  return Object.values(w.subnets).filter((s) => s.vpcId === vpcId);
}
export function routeTablesOf(w: World, vpcId: string): RouteTable[] {
  return Object.values(w.routeTables).filter((r) => r.vpcId === vpcId);
}
export function securityGroupsOf(w: World, vpcId: string): SecurityGroup[] {
  return Object.values(w.securityGroups).filter((g) => g.vpcId === vpcId);
}
export function instancesOf(w: World, vpcId: string): Instance[] {
  return Object.values(w.instances).filter((i) => i.vpcId === vpcId);
}
export function endpointsOf(w: World, vpcId: string): VpcEndpoint[] {
  return Object.values(w.vpcEndpoints).filter((e) => e.vpcId === vpcId);
}

export function mainRouteTable(w: World, vpcId: string): RouteTable | undefined {
  const vpc = w.vpcs[vpcId];
  return vpc ? w.routeTables[vpc.mainRouteTableId] : undefined;
}

/** The route table a subnet uses: its explicit association, else the VPC's main table. */
export function routeTableForSubnet(w: World, subnetId: string): RouteTable | undefined {
  const subnet = w.subnets[subnetId];
  if (!subnet) return undefined;
  for (const rt of Object.values(w.routeTables)) {
    if (rt.vpcId !== subnet.vpcId) continue;
    if (rt.associations.some((a) => a.subnetId === subnetId && a.state === "associated")) return rt;
  }
  return mainRouteTable(w, subnet.vpcId);
}

/** true when the subnet has an explicit association. */
export function hasExplicitAssociation(w: World, subnetId: string): boolean {
  return Object.values(w.routeTables).some((rt) => rt.associations.some((a) => a.subnetId === subnetId));
}

export function networkAclForSubnet(w: World, subnetId: string): NetworkAcl | undefined {
  const subnet = w.subnets[subnetId];
  if (!subnet) return undefined;
  for (const acl of Object.values(w.networkAcls)) {
    if (acl.vpcId === subnet.vpcId && acl.associations.some((a) => a.subnetId === subnetId)) return acl;
  }
  return w.networkAcls[w.vpcs[subnet.vpcId]?.defaultNetworkAclId ?? ""];
}

/** A subnet is "public" when its route table has a route to an internet gateway. */
export function isPublicSubnet(w: World, subnetId: string): boolean {
  const rt = routeTableForSubnet(w, subnetId);
  return !!rt?.routes.some((r) => r.gatewayId?.startsWith("igw-") && r.state === "active");
}

export function enisOfSubnet(w: World, subnetId: string): Eni[] {
  return Object.values(w.networkInterfaces).filter((e) => e.subnetId === subnetId);
}

// ── names and tags ──────────────────────────────────────────────────────────
export function tagsOf(item: unknown): Tag[] | undefined {
  if (item && typeof item === "object" && "tags" in item) {
    const t = (item as { tags: unknown }).tags;
    if (Array.isArray(t)) return t as Tag[];
  }
  return undefined;
}

const NAMED_COLLECTIONS = [
  "vpcs",
  "subnets",
  "routeTables",
  "internetGateways",
  "natGateways",
  "customerGateways",
  "vpnGateways",
  "vpnConnections",
  "vpcPeeringConnections",
  "transitGateways",
  "securityGroups",
  "networkAcls",
  "networkInterfaces",
  "instances",
  "loadBalancers",
  "targetGroups",
  "vpcEndpoints",
  "endpointServices",
  "onPremNetworks",
] as const;
export type NamedCollection = (typeof NAMED_COLLECTIONS)[number];

/**
 * Id of the resource whose Name tag is `name` (first match in creation order).
 * Also finds on-prem hosts by name, buckets by name, and security groups by group name.
 */
export function idByName(w: World, name: string, collection?: NamedCollection | "onPremHosts"): string | undefined {
  const colls = collection ? [collection] : [...NAMED_COLLECTIONS, "onPremHosts" as const];
  for (const c of colls) {
    if (c === "onPremHosts") {
      for (const h of Object.values(w.onPremHosts)) if (h.name === name) return h.id;
      continue;
    }
    if (c === "loadBalancers" || c === "targetGroups") {
      for (const [k, v] of Object.entries(w[c])) if (v.name === name || nameTag(v.tags) === name) return k;
      continue;
    }
    for (const [k, v] of Object.entries(w[c] as Record<string, unknown>)) {
      if (nameTag(tagsOf(v)) === name) return k;
    }
  }
  if (!collection) {
    for (const g of Object.values(w.securityGroups)) if (g.groupName === name) return g.id;
    if (w.buckets[name]) return name;
  }
  return undefined;
}

/** Like idByName but throws-free "must exist" variant for tests/builders: returns "" when missing. */
export function idOf(w: World, name: string, collection?: NamedCollection | "onPremHosts"): string {
  return idByName(w, name, collection) ?? "";
}

// ── identity ────────────────────────────────────────────────────────────────
export function roleArn(accountId: string, roleName: string): string {
  return `arn:aws:iam::${accountId}:role/${roleName}`;
}

export function findPrincipal(w: World, arn: string): Principal | undefined {
  const acct = /^arn:aws:(?:iam|sts)::(\d{12}):/.exec(arn)?.[1];
  if (!acct) return undefined;
  const a = w.accounts[acct];
  if (!a) return undefined;
  if (a.principals[arn]) return a.principals[arn];
  // assumed-role session → role
  const m = /^arn:aws:sts::(\d{12}):assumed-role\/([^/]+)\//.exec(arn);
  if (m) return a.principals[roleArn(acct, m[2])];
  return undefined;
}

/** The caller identity of a source: instance role session, or an on-prem host's configured principal. */
export function callerOf(
  w: World,
  sourceId: string,
): { arn: string; principal: Principal; userId: string } | undefined {
  const inst = w.instances[sourceId];
  if (inst) {
    if (!inst.iamRole) return undefined;
    const p = w.accounts[inst.ownerId]?.principals[roleArn(inst.ownerId, inst.iamRole)];
    if (!p) return undefined;
    return {
      arn: `arn:aws:sts::${inst.ownerId}:assumed-role/${inst.iamRole}/${inst.id}`,
      principal: p,
      userId: `AROA${roleUniqueSuffix(p.arn)}:${inst.id}`,
    };
  }
  const host: OnPremHost | undefined = w.onPremHosts[sourceId];
  if (host?.principalArn) {
    const p = findPrincipal(w, host.principalArn);
    if (!p) return undefined;
    return { arn: p.arn, principal: p, userId: p.kind === "root" ? p.accountId : `AIDA${roleUniqueSuffix(p.arn)}` };
  }
  return undefined;
}

const suffixCache = new Map<string, string>();

function roleUniqueSuffix(arn: string): string {
  let s = suffixCache.get(arn);
  if (s === undefined) {
    s = computeRoleUniqueSuffix(arn);
    if (suffixCache.size > 10_000) suffixCache.clear();
    suffixCache.set(arn, s);
  }
  return s;
}

function computeRoleUniqueSuffix(arn: string): string {
  let h = 7;
  let out = "";
  for (let i = 0; i < arn.length; i++) h = (h * 31 + arn.charCodeAt(i)) >>> 0;
  const A = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  for (let i = 0; i < 17; i++) {
    h = (Math.imul(h, 1103515245) + 12345) >>> 0;
    out += A[h % 32];
  }
  return out;
}

// ── endpoint services visible to an account ─────────────────────────────────
export interface ServiceDetail {
  serviceName: string;
  serviceId: string;
  serviceType: "Interface" | "Gateway" | "GatewayLoadBalancer";
  owner: string;
  availabilityZones: string[];
  baseEndpointDnsNames: string[];
  privateDnsName?: string;
  vpcEndpointPolicySupported: boolean;
  acceptanceRequired: boolean;
  managesVpcEndpoints: boolean;
}

/** What describe-vpc-endpoint-services shows to `accountId` in `region` (AWS services + permitted PrivateLink services). */
export function visibleEndpointServices(w: World, accountId: string, region: string): ServiceDetail[] {
  const r = REGIONS[region];
  if (!r) return [];
  const out: ServiceDetail[] = [];
  for (const s of AWS_SERVICES) {
    const name = awsServiceName(region, s.key);
    const azs = r.azs.map((a) => a.name);
    if (s.gateway) {
      out.push({
        serviceName: name,
        serviceId: stableServiceId(name, "Gateway"),
        serviceType: "Gateway",
        owner: "amazon",
        availabilityZones: azs,
        baseEndpointDnsNames: [`${s.host}.${region}.amazonaws.com`],
        vpcEndpointPolicySupported: true,
        acceptanceRequired: false,
        managesVpcEndpoints: false,
      });
    }
    if (s.interface) {
      out.push({
        serviceName: name,
        serviceId: stableServiceId(name, "Interface"),
        serviceType: "Interface",
        owner: "amazon",
        availabilityZones: azs,
        baseEndpointDnsNames: [`${s.key}.${region}.vpce.amazonaws.com`],
        // [Unverified] S3 value; other services follow aws-reference §2.9
        privateDnsName: s.key === "s3" ? `*.s3.${region}.amazonaws.com` : `${s.host}.${region}.amazonaws.com`,
        vpcEndpointPolicySupported: s.policySupported,
        acceptanceRequired: false,
        managesVpcEndpoints: false,
      });
    }
  }
  for (const es of Object.values(w.endpointServices)) {
    if (es.region !== region || (es.state !== "Available" && es.state !== "Pending")) continue;
    if (es.ownerId !== accountId && !principalAllowedForService(es, accountId)) continue;
    out.push({
      serviceName: es.serviceName,
      serviceId: es.id,
      serviceType: es.type,
      owner: es.ownerId,
      availabilityZones: es.availabilityZones,
      baseEndpointDnsNames: [`${es.id}.${region}.vpce.amazonaws.com`],
      privateDnsName: es.privateDnsName,
      vpcEndpointPolicySupported: false,
      acceptanceRequired: es.acceptanceRequired,
      managesVpcEndpoints: false,
    });
  }
  return out;
}

/** Is an account (or any of its principals) on the service's allow list? */
export function principalAllowedForService(es: EndpointService, accountId: string, principalArn?: string): boolean {
  return es.allowedPrincipals.some(
    (p) =>
      p === "*" ||
      p === rootArn(accountId) ||
      p === accountId ||
      (principalArn !== undefined && p === principalArn) ||
      (p.startsWith(`arn:aws:iam::${accountId}:`) && principalArn === undefined),
  );
}

export function isAwsServiceName(name: string): boolean {
  return parseAwsServiceName(name) !== undefined;
}
