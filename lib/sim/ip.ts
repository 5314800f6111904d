/** IPv4 address and CIDR arithmetic on unsigned 32-bit numbers. Never throws. */

export interface Cidr {
  base: number;
  prefix: number;
}

const IPV4_RE = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** Parse dotted-quad IPv4; undefined when malformed. */
export function parseIp(s: string): number | undefined {
  if (typeof s !== "string") return undefined;
  const m = IPV4_RE.exec(s);
  if (!m) return undefined;
  let n = 0;
  for (let i = 1; i <= 4; i++) {
    const part = m[i];
    if (part.length > 1 && part.startsWith("0")) return undefined;
    const v = Number(part);
    if (v > 255) return undefined;
    n = n * 256 + v;
  }
  return n;
}

export function formatIp(n: number): string {
  return `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

export function maskOf(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

const cidrCache = new Map<string, Cidr | null>();

/** Parse `a.b.c.d/n`. Host bits must be zero (as EC2 requires for route/VPC CIDRs). */
export function parseCidr(s: string): Cidr | undefined {
  if (typeof s !== "string") return undefined;
  const hit = cidrCache.get(s);
  if (hit !== undefined) return hit ?? undefined;
  const slash = s.indexOf("/");
  let result: Cidr | null = null;
  if (slash > 0) {
    const ip = parseIp(s.slice(0, slash));
    const pStr = s.slice(slash + 1);
    const prefix = /^\d{1,2}$/.test(pStr) ? Number(pStr) : NaN;
    if (ip !== undefined && prefix >= 0 && prefix <= 32 && (ip & ~maskOf(prefix)) >>> 0 === 0) {
      result = { base: ip, prefix };
    }
  }
  if (cidrCache.size < 100_000) cidrCache.set(s, result);
  return result ?? undefined;
}

/** Lenient: accepts host bits set and normalises (like SG rules that AWS normalises? no — AWS rejects; used internally). */
export function parseCidrLenient(s: string): Cidr | undefined {
  const slash = typeof s === "string" ? s.indexOf("/") : -1;
  if (slash <= 0) return undefined;
  const ip = parseIp(s.slice(0, slash));
  const pStr = s.slice(slash + 1);
  const prefix = /^\d{1,2}$/.test(pStr) ? Number(pStr) : NaN;
  if (ip === undefined || !(prefix >= 0 && prefix <= 32)) return undefined;
  return { base: (ip & maskOf(prefix)) >>> 0, prefix };
}

export function formatCidr(c: Cidr): string {
  return `${formatIp(c.base)}/${c.prefix}`;
}

export function cidrContains(c: Cidr, ip: number): boolean {
  return (ip & maskOf(c.prefix)) >>> 0 === c.base;
}

/** true when `s` (CIDR string) contains `ip` (number). Malformed → false. */
export function inCidr(s: string, ip: number): boolean {
  const c = parseCidr(s) ?? parseCidrLenient(s);
  return c !== undefined && cidrContains(c, ip);
}

export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  const p = Math.min(a.prefix, b.prefix);
  const m = maskOf(p);
  return (a.base & m) >>> 0 === (b.base & m) >>> 0;
}

/** `inner` lies entirely within `outer`. */
export function cidrWithin(inner: Cidr, outer: Cidr): boolean {
  return inner.prefix >= outer.prefix && cidrContains(outer, inner.base);
}

export function cidrSize(c: Cidr): number {
  return 2 ** (32 - c.prefix);
}

/** Nth address of a CIDR (0 = network address). */
export function nthIp(c: Cidr, n: number): number {
  return (c.base + n) >>> 0;
}

/** RFC 1918 / RFC 6598 / link-local check. */
export function isPrivateIp(ip: number): boolean {
  return (
    cidrContains({ base: 0x0a000000, prefix: 8 }, ip) ||
    cidrContains({ base: 0xac100000, prefix: 12 }, ip) ||
    cidrContains({ base: 0xc0a80000, prefix: 16 }, ip) ||
    cidrContains({ base: 0x64400000, prefix: 10 }, ip) ||
    cidrContains({ base: 0xa9fe0000, prefix: 16 }, ip)
  );
}
