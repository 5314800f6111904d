/** Helpers shared by the aws command families: filters, tags, parameter access, op plumbing. */
import type { AwsCall, OpOutcome } from "./cli";
import type { ParamValue } from "./args";
import type { OpContext, OpResult, Tag } from "../simport";

export type FilterFn<T> = (item: T, name: string) => string[] | undefined;

export interface Filter {
  Name?: string;
  Values?: string[];
}

const wildcardCache = new Map<string, RegExp>();

function wildcard(pattern: string): RegExp {
  let re = wildcardCache.get(pattern);
  if (!re) {
    re = compileWildcard(pattern);
    if (wildcardCache.size < 1000) wildcardCache.set(pattern, re);
  }
  return re;
}

function compileWildcard(pattern: string): RegExp {
  return new RegExp("^" + pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".") + "$");
}

/** Apply EC2 `--filters`; an unknown filter name gives InvalidParameterValue like EC2. */
export function applyFilters<T>(items: T[], filters: unknown, fn: FilterFn<T>): { ok: true; items: T[] } | { ok: false; code: string; message: string } {
  if (!Array.isArray(filters) || filters.length === 0) return { ok: true, items };
  let res = items;
  for (const f of filters as Filter[]) {
    const name = typeof f?.Name === "string" ? f.Name : "";
    const values = Array.isArray(f?.Values) ? f.Values.map(String) : [];
    if (!name) return { ok: false, code: "InvalidParameterValue", message: "The filter 'null' is invalid" };
    const probe = items.length ? fn(items[0], name) : fn(undefined as unknown as T, name);
    if (probe === undefined && items.length) return { ok: false, code: "InvalidParameterValue", message: `The filter '${name}' is invalid` };
    const res2s = values.map(wildcard);
    res = res.filter((it) => {
      const got = fn(it, name) ?? [];
      return got.some((g) => res2s.some((r) => r.test(g)));
    });
  }
  return { ok: true, items: res };
}

/** tag:<key>, tag-key, tag-value filters shared by every EC2 resource. */
export function tagFilter(tags: Tag[] | undefined, name: string): string[] | undefined {
  if (name.startsWith("tag:")) {
    const key = name.slice(4);
    return (tags ?? []).filter((t) => t.Key === key).map((t) => t.Value);
  }
  if (name === "tag-key") return (tags ?? []).map((t) => t.Key);
  if (name === "tag-value") return (tags ?? []).map((t) => t.Value);
  return undefined;
}

/** `Tags` as AWS prints it: omitted when there are none. */
export function tagsField(tags: Tag[] | undefined): { Tags?: Tag[] } {
  return tags && tags.length ? { Tags: tags.map((t) => ({ Key: t.Key, Value: t.Value })) } : {};
}

export const str = (v: ParamValue | undefined): string | undefined => (typeof v === "string" ? v : undefined);
export const strs = (v: ParamValue | undefined): string[] | undefined => (Array.isArray(v) ? v.map(String) : typeof v === "string" ? [v] : undefined);
export const bool = (v: ParamValue | undefined): boolean | undefined => (typeof v === "boolean" ? v : undefined);
export const num = (v: ParamValue | undefined): number | undefined => (typeof v === "number" ? v : undefined);

export function opCtx(call: AwsCall): OpContext {
  return { accountId: call.accountId, region: call.region };
}

/** Run a sim operation and turn the result into an OpOutcome. */
export function simOp<T>(call: AwsCall, r: OpResult<T>, shape: (v: T) => unknown, opts: { empty?: boolean } = {}): OpOutcome {
  if (!r.ok) return { kind: "error", code: r.error.code, message: r.error.message };
  return { kind: "data", data: shape(r.value), state: { ...call.state, world: r.world }, empty: opts.empty };
}

/** `--dry-run`: EC2's standard answer when the call would succeed. */
export function dryRun(api: string): OpOutcome {
  return { kind: "error", code: "DryRunOperation", message: "Request would have succeeded, but DryRun flag is set.", api };
}

export function inRegion(call: AwsCall, region: string | undefined): boolean {
  return region === undefined || region === call.region;
}

/** Parse `--tag-specifications ResourceType=vpc-endpoint,Tags=[{Key=Name,Value=x}]` (shorthand or JSON). */
export function tagsFromSpecs(v: ParamValue | undefined): Tag[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const tags: Tag[] = [];
  for (const spec of v as Array<Record<string, unknown>>) {
    const t = spec?.Tags;
    if (Array.isArray(t)) {
      for (const x of t) {
        if (typeof x === "string") {
          const m = /Key=([^,]*),Value=(.*)/.exec(x.replace(/[{}]/g, ""));
          if (m) tags.push({ Key: m[1], Value: m[2] });
        } else if (x && typeof x === "object") {
          const o = x as Record<string, unknown>;
          tags.push({ Key: String(o.Key ?? ""), Value: String(o.Value ?? "") });
        }
      }
    } else if (typeof t === "string") {
      for (const m of t.matchAll(/\{?Key=([^,}]*),Value=([^}]*)\}?/g)) tags.push({ Key: m[1], Value: m[2] });
    }
  }
  return tags;
}
