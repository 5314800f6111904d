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

function render(v: unknown, level: number, indent: number): string {
  if (v === null || v === undefined) return "null";
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "number") return Number.isFinite(v) ? pyFloat(v) : v > 0 ? "Infinity" : v < 0 ? "-Infinity" : "NaN";
  if (typeof v === "string") return JSON.stringify(v);
  const pad = " ".repeat((level + 1) * indent);
  const end = " ".repeat(level * indent);
  if (Array.isArray(v)) {
    if (v.length === 0) return "[]";
    return "[\n" + v.map((x) => pad + render(x, level + 1, indent)).join(",\n") + "\n" + end + "]";
  }
  if (typeof v === "object") {
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
    if (entries.length === 0) return "{}";
    return (
      "{\n" + entries.map(([k, x]) => pad + JSON.stringify(k) + ": " + render(x, level + 1, indent)).join(",\n") + "\n" + end + "}"
    );
  }
  return "null";
}
