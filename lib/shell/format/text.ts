/**
 * `--output text`, following awscli/text.py (aws-reference §1.7): dict scalars in alphabetical
 * order, TAB-separated, prefixed by the UPPER-CASED list/member name; list items share the union
 * of scalar keys; lists of scalars print one `NAME\tvalue` per line; a bare scalar prints as is.
 */
import { isObj } from "./json";

export function pyStr(v: unknown): string {
  if (v === null || v === undefined) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(v);
  if (typeof v === "string") return v;
  return pyRepr(v);
}

/** Python repr of lists/dicts (only reached for odd --query results inside rows). */
export function pyRepr(v: unknown): string {
  if (v === null || v === undefined) return "None";
  if (typeof v === "string") return "'" + v.replace(/\\/g, "\\\\").replace(/'/g, "\\'") + "'";
  if (typeof v === "boolean" || typeof v === "number") return pyStr(v);
  if (Array.isArray(v)) return "[" + v.map(pyRepr).join(", ") + "]";
  if (isObj(v)) return "{" + Object.entries(v).map(([k, x]) => pyRepr(k) + ": " + pyRepr(x)).join(", ") + "}";
  return String(v);
}

const isContainer = (v: unknown): boolean => Array.isArray(v) || isObj(v);
const sortKeys = (ks: Iterable<string>): string[] => [...ks].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

export function formatText(data: unknown): string {
  const lines: string[] = [];
  fmt(data, lines, null, null);
  return lines.join("");
}

function fmt(item: unknown, out: string[], identifier: string | null, scalarKeys: string[] | null): void {
  if (isObj(item)) fmtDict(scalarKeys, item, identifier, out);
  else if (Array.isArray(item)) fmtList(item, identifier, out);
  else out.push(pyStr(item) + "\n");
}

function fmtList(item: unknown[], identifier: string | null, out: string[]): void {
  if (item.length === 0) return;
  if (item.some(isObj)) {
    const keys = new Set<string>();
    for (const el of item) if (isObj(el)) for (const [k, v] of Object.entries(el)) if (!isContainer(v)) keys.add(k);
    const all = sortKeys(keys);
    for (const el of item) fmt(el, out, identifier, all);
  } else if (item.some(Array.isArray)) {
    const scalars = item.filter((e) => !isContainer(e));
    const rest = item.filter(isContainer);
    if (scalars.length) fmtScalarList(scalars, identifier, out);
    for (const r of rest) fmt(r, out, identifier, null);
  } else fmtScalarList(item, identifier, out);
}

function fmtScalarList(elements: unknown[], identifier: string | null, out: string[]): void {
  if (identifier !== null) for (const e of elements) out.push(identifier.toUpperCase() + "\t" + pyStr(e) + "\n");
  else out.push(elements.map(pyStr).join("\t") + "\n");
}

function fmtDict(scalarKeys: string[] | null, item: Record<string, unknown>, identifier: string | null, out: string[]): void {
  const scalars: string[] = [];
  const nonScalars: Array<[string, unknown]> = [];
  if (scalarKeys === null) {
    for (const k of sortKeys(Object.keys(item))) {
      const v = item[k];
      if (isContainer(v)) nonScalars.push([k, v]);
      else scalars.push(pyStr(v));
    }
  } else {
    for (const k of scalarKeys) scalars.push(k in item ? pyStr(item[k]) : "");
    for (const k of sortKeys(Object.keys(item).filter((k) => !scalarKeys.includes(k)))) nonScalars.push([k, item[k]]);
  }
  if (scalars.length) {
    if (identifier !== null) scalars.unshift(identifier.toUpperCase());
    out.push(scalars.join("\t") + "\n");
  }
  for (const [k, v] of nonScalars) fmt(v, out, k, null);
}
