/**
 * argparse-like parsing of `aws <service> <operation> …` parameters, shorthand syntax, JSON and
 * file:// values. Errors carry the CLI's wording (aws-reference §2.12).
 */
import type { ShellState } from "../types";
import { readFile, resolvePath } from "../vfs";

export type ParamType = "string" | "strings" | "boolean" | "integer" | "structure" | "structures" | "jsonish";

export interface ParamSpec {
  /** flag name without the leading "--" */
  name: string;
  type: ParamType;
  required?: boolean;
  /** member names that are lists inside a shorthand structure (e.g. Values) */
  listMembers?: string[];
  /** offered by completion */
  choices?: string[];
  /**
   * EC2 structure({Value: boolean}) members are pulled up to flags (awscli/customizations/
   * toplevelbool.py): `--x` alone is {Value: true}, `--no-x` is {Value: false}, `--x VALUE` parses VALUE.
   */
  pullUpBool?: boolean;
  /**
   * An argument the CLI adds that is no input member of the model (awscli/customizations/…): kept
   * beside the model's arguments (model-params.ts). Names the customization.
   */
  customization?: string;
  /** completion hint: which World ids fit */
  ids?: "vpc" | "subnet" | "rtb" | "sg" | "vpce" | "service" | "vpce-svc" | "bucket" | "pcx" | "instance" | "eni" | "file" | "nat" | "eipalloc" | "rtbassoc" | "vgw" | "vpn" | "gateway";
}

export type ParamValue = string | string[] | boolean | number | unknown;

export type ParseArgsResult =
  | { ok: true; values: Record<string, ParamValue>; positionals: string[] }
  | { ok: false; kind: "missing" | "unknown" | "expected-one" | "invalid-choice" | "ambiguous" | "param"; message: string; suggestions?: string[] };

/** Split a command's args into known params; unknown options collected like the CLI does. */
// Parameter lists are static per operation: index each one once.
const byNameCache = new WeakMap<ParamSpec[], Map<string, ParamSpec>>();

function paramsByName(params: ParamSpec[]): Map<string, ParamSpec> {
  let m = byNameCache.get(params);
  if (!m) byNameCache.set(params, (m = new Map(params.map((p) => [p.name, p]))));
  return m;
}

export function parseParams(state: ShellState, args: string[], params: ParamSpec[], maxPositionals = 0): ParseArgsResult {
  const byName = paramsByName(params);
  const values: Record<string, ParamValue> = {};
  const raw: Record<string, string[]> = {};
  const unknown: string[] = [];
  const positionals: string[] = [];
  const pulled = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith("--") && a.length > 2) {
      let name = a.slice(2);
      let inline: string | undefined;
      const eq = name.indexOf("=");
      if (eq >= 0) {
        inline = name.slice(eq + 1);
        name = name.slice(0, eq);
      }
      let spec = byName.get(name);
      let negated = false;
      if (!spec && name.startsWith("no-")) {
        const s2 = byName.get(name.slice(3));
        if (s2 && (s2.type === "boolean" || s2.pullUpBool)) {
          spec = s2;
          negated = true;
        }
      }
      if (!spec) {
        // argparse accepts an unambiguous prefix (e.g. --route-table-id for --route-table-ids).
        const matches = params.filter((p) => p.name.startsWith(name));
        if (matches.length === 1) spec = matches[0];
        else if (matches.length > 1) {
          // an argparse error: the usage block follows, as for a missing argument
          return { ok: false, kind: "ambiguous", message: `ambiguous option: --${name} could match ${matches.map((m) => "--" + m.name).join(", ")}` };
        }
      }
      if (!spec) {
        unknown.push(a);
        // The CLI lists the values after an unknown option too.
        while (i + 1 < args.length && !args[i + 1].startsWith("--")) unknown.push(args[++i]);
        continue;
      }
      if (spec.type === "boolean") {
        values[spec.name] = !negated;
        continue;
      }
      if (spec.pullUpBool && (negated || inline === undefined)) {
        const next = args[i + 1];
        if (negated || next === undefined || (next.startsWith("--") && next.length > 2)) {
          if (pulled.has(spec.name)) return { ok: false, kind: "param", message: `Cannot specify both the "--${spec.name}" option and the "--no-${spec.name}" option.` };
          pulled.add(spec.name);
          values[spec.name] = { Value: !negated };
          continue;
        }
        if (pulled.has(spec.name)) return { ok: false, kind: "param", message: `Cannot specify both the "--${spec.name}" option and the "--no-${spec.name}" option.` };
        pulled.add(spec.name);
      }
      const vals: string[] = [];
      if (inline !== undefined) vals.push(inline);
      else if (spec.type === "strings" || spec.type === "structures") {
        while (i + 1 < args.length && !(args[i + 1].startsWith("--") && args[i + 1].length > 2)) vals.push(args[++i]);
      } else if (i + 1 < args.length && !(args[i + 1].startsWith("--") && args[i + 1].length > 2)) vals.push(args[++i]);
      // A list option with no values is accepted and sends nothing (measured: /usr/bin/aws 2.9.19
      // runs `describe-vpcs --vpc-ids` as a plain describe-vpcs); a scalar needs its value.
      if (vals.length === 0 && (spec.type === "strings" || spec.type === "structures")) continue;
      if (vals.length === 0) return { ok: false, kind: "expected-one", message: `argument --${spec.name}: expected one argument` };
      raw[spec.name] = [...(raw[spec.name] ?? []), ...vals];
      continue;
    }
    if (positionals.length < maxPositionals) positionals.push(a);
    else unknown.push(a);
  }
  // argparse's parse_known_args fails on a missing required argument before awscli sees the
  // leftovers, so that error comes first (measured: /usr/bin/aws with both)
  const missing = params.filter((p) => p.required && !(p.name in raw) && !(p.name in values));
  if (missing.length) return { ok: false, kind: "missing", message: `the following arguments are required: ${missing.map((m) => "--" + m.name).join(", ")}` };
  if (unknown.length) return { ok: false, kind: "unknown", message: `Unknown options: ${unknown.join(", ")}` };
  for (const [name, vals] of Object.entries(raw)) {
    const spec = byName.get(name)!;
    const conv = convert(state, spec, vals);
    if (!conv.ok) return { ok: false, kind: "param", message: conv.message };
    values[name] = conv.value;
  }
  return { ok: true, values, positionals };
}

type Conv = { ok: true; value: ParamValue } | { ok: false; message: string };

/** file:// and fileb:// values are replaced by the file's contents (paramfile). */
function loadParamFile(state: ShellState, name: string, v: string): Conv {
  const m = /^(file|fileb):\/\/(.*)$/s.exec(v);
  if (!m) return { ok: true, value: v };
  const p = m[2];
  const abs = resolvePath(state, p);
  const text = readFile(state, abs);
  if (text === null) {
    return { ok: false, message: `Error parsing parameter '--${name}': Unable to load paramfile ${v}: [Errno 2] No such file or directory: '${p}'` };
  }
  return { ok: true, value: text };
}

function convert(state: ShellState, spec: ParamSpec, vals: string[]): Conv {
  const loaded: string[] = [];
  for (const v of vals) {
    const r = loadParamFile(state, spec.name, v);
    if (!r.ok) return r;
    loaded.push(r.value as string);
  }
  switch (spec.type) {
    case "string":
    case "jsonish":
      return { ok: true, value: loaded[loaded.length - 1] };
    case "integer": {
      const v = loaded[loaded.length - 1];
      if (!/^-?\d+$/.test(v.trim())) return { ok: false, message: `invalid literal for int() with base 10: '${v}'` };
      return { ok: true, value: Number(v) };
    }
    case "strings": {
      // A JSON list is accepted too: --subnet-ids '["subnet-1","subnet-2"]'.
      if (loaded.length === 1 && loaded[0].trim().startsWith("[")) {
        try {
          const j = JSON.parse(loaded[0]) as unknown;
          if (Array.isArray(j)) return { ok: true, value: j.map((x) => String(x)) };
        } catch {
          return { ok: false, message: `Error parsing parameter '--${spec.name}': Invalid JSON:\n${loaded[0]}` };
        }
      }
      return { ok: true, value: loaded };
    }
    case "structure": {
      const r = parseStructure(spec, loaded[loaded.length - 1]);
      if (!r.ok) return r;
      return { ok: true, value: r.value };
    }
    case "structures": {
      const items: unknown[] = [];
      for (const v of loaded) {
        const t = v.trim();
        if (t.startsWith("[") || t.startsWith("{")) {
          try {
            const j = JSON.parse(t) as unknown;
            if (Array.isArray(j)) items.push(...j);
            else items.push(j);
            continue;
          } catch {
            return { ok: false, message: `Error parsing parameter '--${spec.name}': Invalid JSON:\n${v}` };
          }
        }
        const r = parseShorthand(spec, v);
        if (!r.ok) return r;
        items.push(r.value);
      }
      return { ok: true, value: items };
    }
    case "boolean":
      return { ok: true, value: true };
  }
}

function parseStructure(spec: ParamSpec, v: string): Conv {
  const t = v.trim();
  if (t.startsWith("{")) {
    try {
      return { ok: true, value: JSON.parse(t) as unknown };
    } catch {
      return { ok: false, message: `Error parsing parameter '--${spec.name}': Invalid JSON:\n${v}` };
    }
  }
  return parseShorthand(spec, v);
}

/** Shorthand: `Name=vpc-id,Values=vpc-1,vpc-2` or `Values=[a,b]`; a bare token continues the last list. */
export function parseShorthand(spec: ParamSpec, v: string): Conv {
  const out: Record<string, unknown> = {};
  const lists = new Set(spec.listMembers ?? []);
  let lastKey: string | null = null;
  const pieces = splitTopLevel(v);
  for (const piece of pieces) {
    const m = /^([A-Za-z0-9_:.\-]+)=(.*)$/s.exec(piece);
    if (m && !(lastKey && lists.has(lastKey) && !/^[A-Z]/.test(m[1]))) {
      const key = m[1];
      let val = m[2];
      lastKey = key;
      if (val.startsWith("[") && val.endsWith("]")) {
        out[key] = splitTopLevel(val.slice(1, -1)).map(unquote);
        continue;
      }
      val = unquote(val);
      out[key] = lists.has(key) ? [val] : coerce(val);
      continue;
    }
    if (lastKey && lists.has(lastKey)) {
      (out[lastKey] as string[]).push(unquote(piece));
      continue;
    }
    return {
      ok: false,
      message: `Error parsing parameter '--${spec.name}': Expected: '=', received: 'EOF' for input:\n${v}\n${" ".repeat(v.length)}^`,
    };
  }
  return { ok: true, value: out };
}

function coerce(v: string): unknown {
  if (v === "true") return true;
  if (v === "false") return false;
  return v;
}

function unquote(s: string): string {
  const t = s.trim();
  if ((t.startsWith('"') && t.endsWith('"')) || (t.startsWith("'") && t.endsWith("'"))) return t.slice(1, -1);
  return t;
}

function splitTopLevel(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let q: string | null = null;
  let cur = "";
  for (const c of s) {
    if (q) {
      if (c === q) q = null;
      cur += c;
      continue;
    }
    if (c === '"' || c === "'") q = c;
    if (c === "[" || c === "{") depth++;
    if (c === "]" || c === "}") depth--;
    if (c === "," && depth === 0) {
      parts.push(cur);
      cur = "";
    } else cur += c;
  }
  if (cur !== "" || parts.length) parts.push(cur);
  return parts;
}

// ── close matches: difflib.get_close_matches(word, choices, n=3, cutoff=0.8) ────────────────
// (awscli/argparser.py CLIArgParser._check_value, v2 2.36.7). SequenceMatcher without junk
// (autojunk only applies to sequences of 200+ items).

function longestMatch(a: string, b: string, alo: number, ahi: number, blo: number, bhi: number, b2j: Map<string, number[]>): [number, number, number] {
  let besti = alo;
  let bestj = blo;
  let bestsize = 0;
  let j2len = new Map<number, number>();
  for (let i = alo; i < ahi; i++) {
    const next = new Map<number, number>();
    for (const j of b2j.get(a[i]) ?? []) {
      if (j < blo) continue;
      if (j >= bhi) break;
      const k = (j2len.get(j - 1) ?? 0) + 1;
      next.set(j, k);
      if (k > bestsize) {
        besti = i - k + 1;
        bestj = j - k + 1;
        bestsize = k;
      }
    }
    j2len = next;
  }
  return [besti, bestj, bestsize];
}

export function seqRatio(a: string, b: string): number {
  const b2j = new Map<string, number[]>();
  for (let j = 0; j < b.length; j++) {
    const l = b2j.get(b[j]);
    if (l) l.push(j);
    else b2j.set(b[j], [j]);
  }
  let matches = 0;
  const queue: Array<[number, number, number, number]> = [[0, a.length, 0, b.length]];
  while (queue.length) {
    const [alo, ahi, blo, bhi] = queue.pop()!;
    const [i, j, k] = longestMatch(a, b, alo, ahi, blo, bhi, b2j);
    if (k > 0) {
      matches += k;
      if (alo < i && blo < j) queue.push([alo, i, blo, j]);
      if (i + k < ahi && j + k < bhi) queue.push([i + k, ahi, j + k, bhi]);
    }
  }
  const total = a.length + b.length;
  return total ? (2 * matches) / total : 1;
}

/** difflib's quick_ratio: an upper bound on seqRatio from the multiset of shared characters. */
function quickRatio(a: string, b: string, bCounts: Map<string, number>): number {
  const avail = new Map<string, number>();
  let matches = 0;
  for (const ch of a) {
    const left = avail.has(ch) ? avail.get(ch)! : (bCounts.get(ch) ?? 0);
    avail.set(ch, left - 1);
    if (left > 0) matches++;
  }
  const total = a.length + b.length;
  return total ? (2 * matches) / total : 1;
}

/**
 * difflib.get_close_matches, as argparse's "Maybe you meant" uses it: the cheap real_quick_ratio
 * and quick_ratio bounds rule most choices out before the full ratio is computed.
 */
export function closeMatches(word: string, choices: string[], n = 3, cutoff = 0.8): string[] {
  const counts = new Map<string, number>();
  for (const ch of word) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const hits: Array<{ c: string; r: number }> = [];
  for (const c of choices) {
    // Never suggest the exact word that was rejected (e.g. a real waiter the simulator lacks).
    if (c === word) continue;
    const total = c.length + word.length;
    if (total && (2 * Math.min(c.length, word.length)) / total < cutoff) continue;
    if (quickRatio(c, word, counts) < cutoff) continue;
    const r = seqRatio(c, word);
    if (r >= cutoff) hits.push({ c, r });
  }
  return hits
    .sort((x, y) => y.r - x.r || (x.c < y.c ? 1 : x.c > y.c ? -1 : 0))
    .slice(0, n)
    .map((x) => x.c);
}
