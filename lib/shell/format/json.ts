/**
 * JSON as the AWS CLI prints it: Python's json.dumps(indent=4, ensure_ascii=False) — 4-space
 * indent, `"Key": value`, `[]`/`{}` for empty containers, newline at the end (aws-reference §1.5).
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function isObj(v: unknown): v is { [key: string]: Json } {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function pyFloat(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(n);
}

export function toJson(v: unknown, indent = 4): string {
  return render(v, 0, indent);
}

const pads: string[] = [];
function padOf(n: number): string {
  return (pads[n] ??= " ".repeat(n));
}

function render(v: unknown, level: number, indent: number): string {
  if (v === null || v === undefined) return "null";
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "number") return Number.isFinite(v) ? pyFloat(v) : v > 0 ? "Infinity" : v < 0 ? "-Infinity" : "NaN";
  if (typeof v === "string") return JSON.stringify(v);
  const pad = padOf((level + 1) * indent);
  if (Array.isArray(v)) {
    if (v.length === 0) return "[]";
    let s = "[\n";
    for (let i = 0; i < v.length; i++) s += (i ? ",\n" : "") + pad + render(v[i], level + 1, indent);
    return s + "\n" + padOf(level * indent) + "]";
  }
  if (typeof v === "object") {
    let s = "";
    let first = true;
    for (const k in v) {
      if (!Object.prototype.hasOwnProperty.call(v, k)) continue;
      const x = (v as Record<string, unknown>)[k];
      if (x === undefined) continue;
      s += (first ? "{\n" : ",\n") + pad + JSON.stringify(k) + ": " + render(x, level + 1, indent);
      first = false;
    }
    if (first) return "{}";
    return s + "\n" + padOf(level * indent) + "}";
  }
  return "null";
}
