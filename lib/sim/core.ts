/** Results, errors, ids and tiny immutable helpers shared by every module. */
import type { Tag, World } from "./schema";

export interface SimError {
  /** AWS's own error code, e.g. "InvalidVpcId.NotFound" */
  code: string;
  /** AWS's message wording */
  message: string;
}

export type OpResult<T> = { ok: true; world: World; value: T } | { ok: false; error: SimError };

export function ok<T>(world: World, value: T): OpResult<T> {
  return { ok: true, world, value };
}
export function fail<T = never>(code: string, message: string): OpResult<T> {
  return { ok: false, error: { code, message } };
}

/** Per-item failure inside a batch response (`Unsuccessful`), as EC2 returns it. */
export interface UnsuccessfulItem {
  error: SimError;
  resourceId: string;
}

// ── ids ─────────────────────────────────────────────────────────────────────
/** 32-bit integer mix (splitmix-like), deterministic. */
export function mix32(x: number): number {
  let h = x | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Deterministic hex string of `len` chars derived from (seed, n). */
export function hexFor(seed: number, n: number, len: number): string {
  let out = "";
  let i = 0;
  while (out.length < len) {
    out += mix32(mix32(seed ^ 0x9e3779b9) + n * 0x27d4eb2d + i * 0x165667b1)
      .toString(16)
      .padStart(8, "0");
    i++;
  }
  return out.slice(0, len);
}

/** Deterministic lowercase alphanumeric token (the 8 chars in vpce DNS names). */
export function tokenFor(seed: number, n: number, len: number): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  let out = "";
  for (let i = 0; i < len; i++) out += alphabet[mix32(seed * 31 + n * 7919 + i * 104729) % alphabet.length];
  return out;
}

export type IdPrefix =
  | "vpc"
  | "subnet"
  | "rtb"
  | "rtbassoc"
  | "vpce"
  | "eni"
  | "sg"
  | "sgr"
  | "igw"
  | "nat"
  | "eipalloc"
  | "eipassoc"
  | "vgw"
  | "cgw"
  | "vpn"
  | "pcx"
  | "i"
  | "acl"
  | "aclassoc"
  | "pl"
  | "vpce-svc"
  | "tgw"
  | "tgw-attach"
  | "ami"
  | "key"
  | "tok";

/**
 * Generate the next id: `<prefix>-<17 hex>` (8 hex for `pl-`). Consumes one `seq` value.
 * Returns the id and the World with `seq` advanced.
 */
export function nextId(world: World, prefix: IdPrefix): [string, World] {
  const n = world.seq + 1;
  const len = prefix === "pl" ? 8 : 17;
  let hex = hexFor(world.seed, n, len);
  // AWS long ids conventionally start with 0; keeps them visually familiar.
  if (len === 17) hex = "0" + hex.slice(1);
  return [`${prefix}-${hex}`, { ...world, seq: n }];
}

/** Next n ids at once. */
export function nextIds(world: World, prefix: IdPrefix, count: number): [string[], World] {
  const ids: string[] = [];
  let w = world;
  for (let i = 0; i < count; i++) {
    const [id, w2] = nextId(w, prefix);
    ids.push(id);
    w = w2;
  }
  return [ids, w];
}

// ── immutable helpers ───────────────────────────────────────────────────────
/** Deep clone of plain JSON data (no structuredClone in lib ES2023 without DOM). */
export function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

type RecordKeys = {
  [K in keyof World]-?: World[K] extends Record<string, infer _V>
    ? World[K] extends number | string
      ? never
      : K
    : never;
}[keyof World];
type ItemOf<K extends RecordKeys> = World[K] extends Record<string, infer V> ? V : never;

/** Return a new World with `world[coll][id] = item`. */
export function put<K extends RecordKeys>(world: World, coll: K, id: string, item: ItemOf<K>): World {
  return { ...world, [coll]: { ...(world[coll] as Record<string, unknown>), [id]: item } };
}

/** Return a new World with `world[coll][id]` removed. */
export function remove<K extends RecordKeys>(world: World, coll: K, id: string): World {
  const copy = { ...(world[coll] as Record<string, unknown>) };
  delete copy[id];
  return { ...world, [coll]: copy };
}

export function nameTag(tags: readonly Tag[] | undefined): string | undefined {
  return tags?.find((t) => t.Key === "Name")?.Value;
}

export function tagsWithName(name: string | undefined, extra: readonly Tag[] = []): Tag[] {
  const base = name === undefined ? [] : [{ Key: "Name", Value: name }];
  return [...base, ...extra.filter((t) => t.Key !== "Name" || name === undefined)];
}

export function isString(x: unknown): x is string {
  return typeof x === "string";
}
export function isStringArray(x: unknown): x is string[] {
  return Array.isArray(x) && x.every(isString);
}

/** `2024-05-14T09:40:50.000Z` from epoch ms (no Date.now involved). */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}
