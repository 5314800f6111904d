/** Shared validation and allocation helpers for operations. */
import type { Eni, Subnet, Tag, World } from "../schema";
import { fail, nextId, put, type OpResult, type SimError } from "../core";
import { cidrContains, formatIp, parseCidr } from "../ip";
import { REGIONS } from "../catalog";

export interface OpContext {
  /** caller account; default world.defaultAccountId */
  accountId?: string;
  /** caller region; default world.defaultRegion */
  region?: string;
}

export interface Ctx {
  accountId: string;
  region: string;
}

export function resolveCtx(world: World, ctx?: OpContext): Ctx {
  return { accountId: ctx?.accountId ?? world.defaultAccountId, region: ctx?.region ?? world.defaultRegion };
}

export function err(code: string, message: string): SimError {
  return { code, message };
}

export function missing(param: string): SimError {
  return err("MissingParameter", `The request must contain the parameter ${param}`);
}

/**
 * Wrap an operation body so that it never throws (defensive: bad input shapes), and honour
 * `dryRun: true` like EC2: a request that would succeed fails with DryRunOperation and the World
 * is left unchanged.
 */
export function guard<T>(input: unknown, body: () => OpResult<T>): OpResult<T> {
  try {
    const r = body();
    if (r.ok && isObj(input) && (input as { dryRun?: unknown }).dryRun === true) {
      return fail("DryRunOperation", "Request would have succeeded, but DryRun flag is set.");
    }
    return r;
  } catch (e) {
    return fail("InternalError", `An internal error has occurred (${e instanceof Error ? e.message : "unknown"})`);
  }
}

/** guard() for an operation whose input must be an object (every one but AllocateAddress). */
export function guardObj<T>(input: unknown, body: () => OpResult<T>): OpResult<T> {
  return guard(input, () => (isObj(input) ? body() : fail("MissingParameter", "The request must contain the required parameters")));
}

interface IdKind {
  prefix: string;
  malformedCode: string;
  notFoundCode: string;
  notFound: (id: string) => string;
  coll: keyof World;
}

export const KINDS = {
  vpc: {
    prefix: "vpc",
    malformedCode: "InvalidVpcId.Malformed",
    notFoundCode: "InvalidVpcID.NotFound",
    notFound: (id: string) => `The vpc ID '${id}' does not exist`,
    coll: "vpcs",
  },
  subnet: {
    prefix: "subnet",
    malformedCode: "InvalidSubnetID.Malformed",
    notFoundCode: "InvalidSubnetID.NotFound",
    notFound: (id: string) => `The subnet ID '${id}' does not exist`,
    coll: "subnets",
  },
  routeTable: {
    prefix: "rtb",
    malformedCode: "InvalidRouteTableId.Malformed",
    notFoundCode: "InvalidRouteTableID.NotFound",
    notFound: (id: string) => `The routeTable ID '${id}' does not exist`,
    coll: "routeTables",
  },
  securityGroup: {
    prefix: "sg",
    malformedCode: "InvalidGroupId.Malformed",
    notFoundCode: "InvalidGroup.NotFound",
    notFound: (id: string) => `The security group '${id}' does not exist`,
    coll: "securityGroups",
  },
  internetGateway: {
    prefix: "igw",
    malformedCode: "InvalidInternetGatewayId.Malformed",
    notFoundCode: "InvalidInternetGatewayID.NotFound",
    notFound: (id: string) => `The internetGateway ID '${id}' does not exist`,
    coll: "internetGateways",
  },
  natGateway: {
    prefix: "nat",
    malformedCode: "InvalidParameter",
    notFoundCode: "NatGatewayNotFound",
    notFound: (id: string) => `NAT gateway ${id} was not found`,
    coll: "natGateways",
  },
  instance: {
    prefix: "i",
    malformedCode: "InvalidInstanceID.Malformed",
    notFoundCode: "InvalidInstanceID.NotFound",
    notFound: (id: string) => `The instance ID '${id}' does not exist`,
    coll: "instances",
  },
  eni: {
    prefix: "eni",
    malformedCode: "InvalidNetworkInterfaceId.Malformed",
    notFoundCode: "InvalidNetworkInterfaceID.NotFound",
    notFound: (id: string) => `The networkInterface ID '${id}' does not exist`,
    coll: "networkInterfaces",
  },
  peering: {
    prefix: "pcx",
    malformedCode: "InvalidVpcPeeringConnectionId.Malformed",
    notFoundCode: "InvalidVpcPeeringConnectionID.NotFound",
    notFound: (id: string) => `The vpcPeeringConnection ID '${id}' does not exist`,
    coll: "vpcPeeringConnections",
  },
  vpnGateway: {
    prefix: "vgw",
    malformedCode: "InvalidVpnGatewayID.Malformed",
    notFoundCode: "InvalidVpnGatewayID.NotFound",
    notFound: (id: string) => `The vpnGateway ID '${id}' does not exist`,
    coll: "vpnGateways",
  },
  customerGateway: {
    prefix: "cgw",
    malformedCode: "InvalidCustomerGatewayID.Malformed",
    notFoundCode: "InvalidCustomerGatewayID.NotFound",
    notFound: (id: string) => `The customerGateway ID '${id}' does not exist`,
    coll: "customerGateways",
  },
  vpnConnection: {
    prefix: "vpn",
    malformedCode: "InvalidVpnConnectionID.Malformed",
    notFoundCode: "InvalidVpnConnectionID.NotFound",
    notFound: (id: string) => `The vpnConnection ID '${id}' does not exist`,
    coll: "vpnConnections",
  },
  vpcEndpoint: {
    prefix: "vpce",
    malformedCode: "InvalidVpcEndpointId.Malformed",
    notFoundCode: "InvalidVpcEndpointId.NotFound",
    notFound: (id: string) => `The Vpc Endpoint Id '${id}' does not exist`,
    coll: "vpcEndpoints",
  },
  endpointService: {
    prefix: "vpce-svc",
    malformedCode: "InvalidVpcEndpointServiceId.Malformed",
    notFoundCode: "InvalidVpcEndpointServiceId.NotFound",
    notFound: (id: string) => `The Vpc Endpoint Service Id '${id}' does not exist`,
    coll: "endpointServices",
  },
  networkAcl: {
    prefix: "acl",
    malformedCode: "InvalidNetworkAclId.Malformed",
    notFoundCode: "InvalidNetworkAclID.NotFound",
    notFound: (id: string) => `The networkAcl ID '${id}' does not exist`,
    coll: "networkAcls",
  },
  transitGateway: {
    prefix: "tgw",
    malformedCode: "InvalidTransitGatewayID.Malformed",
    notFoundCode: "InvalidTransitGatewayID.NotFound",
    notFound: (id: string) => `Transit Gateway ${id} was deleted or does not exist.`,
    coll: "transitGateways",
  },
  prefixList: {
    prefix: "pl",
    malformedCode: "InvalidPrefixListId.Malformed",
    notFoundCode: "InvalidPrefixListID.NotFound",
    notFound: (id: string) => `The prefix list ID '${id}' does not exist`,
    coll: "prefixLists",
  },
} satisfies Record<string, IdKind>;

export type KindName = keyof typeof KINDS;

type CollOf<K extends KindName> = (typeof KINDS)[K]["coll"];
type ItemOfKind<K extends KindName> = World[CollOf<K>] extends Record<string, infer V> ? V : never;

export function isWellFormedId(prefix: string, id: string): boolean {
  if (typeof id !== "string" || !id.startsWith(prefix + "-")) return false;
  return /^[0-9a-f]{8}([0-9a-f]{9})?$/.test(id.slice(prefix.length + 1));
}

/**
 * Look up a resource by id, validating shape and ownership as EC2 does.
 * Resources owned by another account are invisible (NotFound), except where `anyOwner`.
 */
export function lookup<K extends KindName>(
  world: World,
  kind: K,
  id: unknown,
  ctx: Ctx,
  opts: { anyOwner?: boolean; param?: string } = {},
): { ok: true; item: ItemOfKind<K> } | { ok: false; error: SimError } {
  const k: IdKind = KINDS[kind];
  if (id === undefined || id === null || id === "") return { ok: false, error: missing(opts.param ?? `${kind}Id`) };
  if (typeof id !== "string" || !isWellFormedId(k.prefix, id)) {
    const shown = typeof id === "string" ? id : (JSON.stringify(id) ?? "");
    return {
      ok: false,
      error: err(
        k.malformedCode,
        `Invalid Id: '${shown}' (expecting '${k.prefix}-...; the Id may only contain lowercase alphanumeric characters and a single dash')`,
      ),
    };
  }
  const coll = world[k.coll] as Record<string, unknown>;
  const item = Object.prototype.hasOwnProperty.call(coll, id) ? (coll[id] as ItemOfKind<K>) : undefined;
  if (!item) return { ok: false, error: err(k.notFoundCode, k.notFound(id)) };
  const owner = (item as { ownerId?: string }).ownerId;
  if (!opts.anyOwner && owner !== undefined && owner !== "AWS" && owner !== ctx.accountId) {
    return { ok: false, error: err(k.notFoundCode, k.notFound(id)) };
  }
  return { ok: true, item };
}

export function asStringArray(x: unknown): string[] | undefined {
  if (x === undefined || x === null) return undefined;
  if (typeof x === "string") return [x];
  if (Array.isArray(x) && x.every((v) => typeof v === "string")) return x as string[];
  return undefined;
}

export function asTags(x: unknown): Tag[] {
  if (!Array.isArray(x)) return [];
  return x.filter(
    (t): t is Tag =>
      !!t && typeof t === "object" && typeof (t as Tag).Key === "string" && typeof (t as Tag).Value === "string",
  );
}

export function invalidCidr(param: string, value: unknown): SimError {
  return err(
    "InvalidParameterValue",
    `Value (${show(value)}) for parameter ${param} is invalid. This is not a valid CIDR block.`,
  );
}

// ── allocation ──────────────────────────────────────────────────────────────
/** Lowest free private IP in a subnet (AWS reserves the first four and the last address). */
export function allocatePrivateIp(
  world: World,
  subnet: Subnet,
  wanted?: string,
): { ok: true; ip: string } | { ok: false; error: SimError } {
  const c = parseCidr(subnet.cidrBlock);
  if (!c) return { ok: false, error: err("InvalidSubnet", "subnet has no valid CIDR") };
  const used = new Set<string>();
  for (const e of Object.values(world.networkInterfaces)) if (e.subnetId === subnet.id) used.add(e.privateIpAddress);
  const size = 2 ** (32 - c.prefix);
  if (wanted !== undefined) {
    const w = parseCidr(`${wanted}/32`);
    if (!w || !cidrContains(c, w.base)) {
      return {
        ok: false,
        error: err("InvalidParameterValue", `Address ${wanted} does not fall within the subnet's address range`),
      };
    }
    const off = w.base - c.base;
    if (off < 4 || off >= size - 1)
      return {
        ok: false,
        error: err("InvalidParameterValue", `Address ${wanted} is in subnet's reserved address range`),
      };
    if (used.has(wanted)) return { ok: false, error: err("InvalidIPAddress.InUse", `Address ${wanted} is in use.`) };
    return { ok: true, ip: wanted };
  }
  for (let off = 4; off < size - 1; off++) {
    const ip = formatIp((c.base + off) >>> 0);
    if (!used.has(ip)) return { ok: true, ip };
  }
  return {
    ok: false,
    error: err(
      "InsufficientFreeAddressesInSubnet",
      `There are not enough free addresses in subnet '${subnet.id}' to satisfy the requested number of instances.`,
    ),
  };
}

/** A fresh public IPv4 from the region's pool (unique: derived from the id counter). */
export function allocatePublicIp(world: World, region: string): string {
  const pool = parseCidr(REGIONS[region]?.publicPool ?? "54.160.0.0/14");
  const base = pool ? pool.base : 0;
  const size = pool ? 2 ** (32 - pool.prefix) : 65536;
  return formatIp((base + 256 + ((world.seq * 37) % (size - 512))) >>> 0);
}

export function createEni(
  world: World,
  subnet: Subnet,
  opts: {
    type: Eni["interfaceType"];
    description: string;
    groupIds: string[];
    requesterManaged: boolean;
    ownerId: string;
    instanceId?: string;
    privateIp?: string;
    publicIp?: string;
    sourceDestCheck?: boolean;
  },
): { ok: true; world: World; eni: Eni } | { ok: false; error: SimError } {
  const ip = allocatePrivateIp(world, subnet, opts.privateIp);
  if (!ip.ok) return ip;
  const [id, w] = nextId(world, "eni");
  const eni: Eni = {
    id,
    ownerId: opts.ownerId,
    subnetId: subnet.id,
    vpcId: subnet.vpcId,
    az: subnet.az,
    privateIpAddress: ip.ip,
    publicIp: opts.publicIp,
    groupIds: opts.groupIds,
    interfaceType: opts.type,
    description: opts.description,
    requesterManaged: opts.requesterManaged,
    sourceDestCheck: opts.sourceDestCheck ?? opts.type === "interface",
    status: "in-use",
    attachment: opts.instanceId ? { instanceId: opts.instanceId, deviceIndex: 0 } : undefined,
    tags: [],
  };
  if (eni.publicIp === undefined) delete eni.publicIp;
  if (eni.attachment === undefined) delete eni.attachment;
  return { ok: true, world: put(w, "networkInterfaces", id, eni), eni };
}

/** Drop keys whose value is undefined (keeps Worlds JSON-round-trip-equal). */
export function compact<T extends object>(o: T): T {
  const out = { ...o };
  for (const k of Object.keys(out) as Array<keyof T>) if (out[k] === undefined) delete out[k];
  return out;
}

/** Type checks for optional scalar inputs (the CLI layer normally guarantees these). */
export function badType(
  input: unknown,
  spec: Record<string, "boolean" | "string" | "number" | "string[]" | "number[]">,
): SimError | undefined {
  if (!input || typeof input !== "object") return undefined;
  const rec = input as Record<string, unknown>;
  for (const [k, t] of Object.entries(spec)) {
    const v = rec[k];
    if (v === undefined) continue;
    const okType =
      t === "string[]"
        ? Array.isArray(v) && v.every((x) => typeof x === "string")
        : t === "number[]"
          ? Array.isArray(v) && v.every((x) => typeof x === "number" && Number.isFinite(x))
          : t === "number"
            ? typeof v === "number" && Number.isFinite(v)
            : typeof v === t;
    if (!okType) return err("InvalidParameterValue", `Invalid value for parameter ${k}: expected ${t}`);
  }
  return undefined;
}

export function isObj(x: unknown): x is object {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** String(x) that never throws (objects with hostile toString, symbols, …). */
export function show(x: unknown): string {
  try {
    return typeof x === "string" ? x : typeof x === "symbol" ? x.toString() : String(x);
  } catch {
    return "[object]";
  }
}
