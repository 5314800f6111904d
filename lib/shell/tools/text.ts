/**
 * Text tools for pipelines: grep, head, tail, wc, sort, uniq, cut, tr, tee, jq (a subset).
 * Messages follow GNU coreutils/grep and jq 1.6 wording.
 */
import type { CmdContext, CmdResult, CommandSpec, ShellState } from "../types";
import { err, out } from "../result";
import { isDir, readFile, resolvePath, writeFile } from "../vfs";
import { toJson, isObj } from "../format/json";

/** Read each operand (or stdin when none / "-"). */
export function readInputs(
  ctx: CmdContext,
  tool: string,
  files: string[],
  missing: (f: string) => string = (f) => `${tool}: ${f}: No such file or directory\n`,
): { inputs: Array<{ name: string; text: string }>; errors: string[] } {
  const inputs: Array<{ name: string; text: string }> = [];
  const errors: string[] = [];
  if (files.length === 0) inputs.push({ name: "(standard input)", text: ctx.stdin ?? "" });
  for (const f of files) {
    if (f === "-") {
      inputs.push({ name: "(standard input)", text: ctx.stdin ?? "" });
      continue;
    }
    const abs = resolvePath(ctx.state, f);
    if (abs === "/dev/null") {
      inputs.push({ name: f, text: "" });
      continue;
    }
    const t = readFile(ctx.state, abs);
    if (t === null) {
      if (isDir(ctx.state, abs)) errors.push(`${tool}: ${f}: Is a directory\n`);
      else errors.push(missing(f));
    } else inputs.push({ name: f, text: t });
  }
  return { inputs, errors };
}

export function splitLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

interface ParsedFlags {
  flags: Set<string>;
  values: Record<string, string>;
  operands: string[];
  bad?: string;
}

/** Minimal getopt: `spec` lists short flags; a trailing ":" means the flag takes a value. */
export function getopt(args: string[], spec: string, longMap: Record<string, string> = {}): ParsedFlags {
  const flags = new Set<string>();
  const values: Record<string, string> = {};
  const operands: string[] = [];
  const takes = new Set<string>();
  const known = new Set<string>();
  for (let i = 0; i < spec.length; i++) {
    known.add(spec[i]);
    if (spec[i + 1] === ":") {
      takes.add(spec[i]);
      i++;
    }
  }
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--") {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith("--") && a.length > 2) {
      const [name, val] = a.slice(2).split(/=(.*)/s, 2);
      const short = longMap[name];
      if (!short) return { flags, values, operands, bad: a };
      if (takes.has(short)) {
        const v = val ?? args[++i];
        if (v === undefined) return { flags, values, operands, bad: a };
        values[short] = v;
      } else flags.add(short);
      continue;
    }
    if (a.startsWith("-") && a.length > 1 && !/^-\d/.test(a)) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        if (!known.has(c)) return { flags, values, operands, bad: "-" + c };
        if (takes.has(c)) {
          const rest = a.slice(j + 1);
          const v = rest !== "" ? rest : args[++i];
          if (v === undefined) return { flags, values, operands, bad: "-" + c + ":missing" };
          values[c] = v;
          break;
        }
        flags.add(c);
      }
      continue;
    }
    if (/^-\d+$/.test(a) && (spec.includes("n:") || spec.includes("N"))) {
      values["n"] = a.slice(1);
      continue;
    }
    operands.push(a);
  }
  return { flags, values, operands };
}

function badOption(tool: string, bad: string, usage: string): CmdResult {
  const text = bad.endsWith(":missing")
    ? `${tool}: option requires an argument -- '${bad[1]}'\n`
    : bad.startsWith("--")
      ? `${tool}: unrecognized option '${bad}'\n`
      : `${tool}: invalid option -- '${bad.slice(1)}'\n`;
  return { code: tool === "grep" || tool === "sort" || tool === "ls" ? 2 : 1, out: [err(text + usage + `Try '${tool} --help' for more information.\n`)] };
}

// ── grep ──────────────────────────────────────────────────────────────────────────────────────

function breToJs(p: string): string {
  // GNU BRE: \+ \? \| \( \) \{ \} are operators; bare + ? | ( ) { } are literals.
  let s = "";
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === "\\" && i + 1 < p.length) {
      const n = p[i + 1];
      if ("+?|(){}".includes(n)) s += n;
      else s += "\\" + n;
      i++;
    } else if ("+?|(){}".includes(c)) s += "\\" + c;
    else s += c;
  }
  return s;
}

const grep: CommandSpec = {
  name: "grep",
  summary: "print lines that match a pattern (-i -v -c -E -F -n -o -q -w)",
  flags: ["-i", "-v", "-c", "-E", "-F", "-n", "-o", "-q", "-w", "-e"],
  run(ctx, args) {
    const o = getopt(args, "ivcEFnoqwhHe:r", { "ignore-case": "i", "invert-match": "v", count: "c", "extended-regexp": "E", "fixed-strings": "F", "line-number": "n", "only-matching": "o", quiet: "q", silent: "q", "word-regexp": "w", regexp: "e" });
    if (o.bad) return badOption("grep", o.bad, "Usage: grep [OPTION]... PATTERNS [FILE]...\n");
    let pattern: string | undefined = o.values["e"];
    const ops = [...o.operands];
    if (pattern === undefined) pattern = ops.shift() ?? undefined;
    if (pattern === undefined) {
      return { code: 2, out: [err("Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n")] };
    }
    let src: string;
    if (o.flags.has("F")) src = pattern.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    else if (o.flags.has("E")) src = pattern;
    else src = breToJs(pattern);
    if (o.flags.has("w")) src = `(?<![A-Za-z0-9_])(?:${src})(?![A-Za-z0-9_])`;
    let re: RegExp;
    try {
      re = new RegExp(src, o.flags.has("i") ? "i" : "");
    } catch {
      return { code: 2, out: [err(`grep: Unmatched ( or \\(\n`)] };
    }
    const { inputs, errors } = readInputs(ctx, "grep", ops);
    const multi = ops.length > 1;
    let text = "";
    let matchedAny = false;
    for (const inp of inputs) {
      let count = 0;
      splitLines(inp.text).forEach((line, idx) => {
        const hit = re.test(line) !== o.flags.has("v");
        if (!hit) return;
        count++;
        matchedAny = true;
        if (o.flags.has("c") || o.flags.has("q")) return;
        const prefix = (multi ? inp.name + ":" : "") + (o.flags.has("n") ? `${idx + 1}:` : "");
        if (o.flags.has("o") && !o.flags.has("v")) {
          const g = new RegExp(re.source, re.flags + "g");
          for (const m of line.matchAll(g)) if (m[0]) text += prefix + m[0] + "\n";
        } else text += prefix + line + "\n";
      });
      if (o.flags.has("c") && !o.flags.has("q")) text += (multi ? inp.name + ":" : "") + count + "\n";
    }
    const chunks = [];
    if (text) chunks.push(out(text));
    if (errors.length) chunks.push(err(errors.join("")));
    const code = errors.length && !(o.flags.has("q") && matchedAny) ? 2 : matchedAny ? 0 : 1;
    return { code, out: chunks };
  },
};

// ── head / tail ───────────────────────────────────────────────────────────────────────────────

function headTail(kind: "head" | "tail"): CommandSpec {
  return {
    name: kind,
    summary: `output the ${kind === "head" ? "first" : "last"} part of input (-n N)`,
    flags: ["-n"],
    run(ctx, args) {
      const o = getopt(args, "n:qvc:", { lines: "n", bytes: "c", quiet: "q" });
      if (o.bad) return badOption(kind, o.bad, "");
      const raw = o.values["n"] ?? "10";
      const fromStart = kind === "tail" && raw.startsWith("+");
      const n = Number(raw.replace(/^[+]/, ""));
      const negHead = kind === "head" && raw.startsWith("-");
      if (!Number.isFinite(n) || !/^[+-]?\d+$/.test(raw)) {
        return { code: 1, out: [err(`${kind}: invalid number of lines: ‘${raw}’\n`)] };
      }
      const { inputs, errors } = readInputs(ctx, kind, o.operands, (f) =>
        kind === "head" ? `head: cannot open '${f}' for reading: No such file or directory\n` : `tail: cannot open '${f}' for reading: No such file or directory\n`,
      );
      let text = "";
      inputs.forEach((inp, i) => {
        if (inputs.length > 1) text += (i > 0 ? "\n" : "") + `==> ${inp.name} <==\n`;
        const lines = splitLines(inp.text);
        let sel: string[];
        const k = Math.abs(n);
        if (kind === "head") sel = negHead ? lines.slice(0, Math.max(0, lines.length - k)) : lines.slice(0, k);
        else sel = fromStart ? lines.slice(Math.max(0, k - 1)) : k === 0 ? [] : lines.slice(-k);
        text += sel.map((l) => l + "\n").join("");
      });
      const chunks = [];
      if (text) chunks.push(out(text));
      if (errors.length) chunks.push(err(errors.join("")));
      return { code: errors.length ? 1 : 0, out: chunks };
    },
  };
}

// ── wc ────────────────────────────────────────────────────────────────────────────────────────

const wc: CommandSpec = {
  name: "wc",
  summary: "count lines, words and bytes (-l -w -c)",
  flags: ["-l", "-w", "-c"],
  run(ctx, args) {
    const o = getopt(args, "lwcm", { lines: "l", words: "w", bytes: "c", chars: "m" });
    if (o.bad) return badOption("wc", o.bad, "");
    const sel = ["l", "w", "c"].filter((f) => o.flags.has(f) || (f === "c" && o.flags.has("m")));
    const which = sel.length ? sel : ["l", "w", "c"];
    const { inputs, errors } = readInputs(ctx, "wc", o.operands);
    const rows: Array<{ counts: number[]; name: string | null }> = [];
    const totals = which.map(() => 0);
    for (const inp of inputs) {
      const counts = which.map((f) =>
        f === "l" ? (inp.text.match(/\n/g) ?? []).length : f === "w" ? inp.text.split(/\s+/).filter(Boolean).length : new TextEncoder().encode(inp.text).length,
      );
      counts.forEach((c, i) => (totals[i] += c));
      rows.push({ counts, name: o.operands.length ? inp.name : null });
    }
    if (inputs.length > 1) rows.push({ counts: totals, name: "total" });
    const single = which.length === 1 && o.operands.length === 0;
    const width = single ? 0 : o.operands.length ? Math.max(1, ...rows.flatMap((r) => r.counts.map((c) => String(c).length))) : 7;
    const text = rows.map((r) => r.counts.map((c) => String(c).padStart(width)).join(" ") + (r.name !== null ? " " + r.name : "") + "\n").join("");
    const chunks = [];
    if (text) chunks.push(out(text));
    if (errors.length) chunks.push(err(errors.join("")));
    return { code: errors.length ? 1 : 0, out: chunks };
  },
};

// ── sort / uniq ───────────────────────────────────────────────────────────────────────────────

function leadingNumber(s: string): number {
  const m = /^\s*(-?\d+(?:\.\d+)?)/.exec(s);
  return m ? Number(m[1]) : 0;
}

const sort: CommandSpec = {
  name: "sort",
  summary: "sort lines (-r -n -u -k N)",
  flags: ["-r", "-n", "-u", "-k"],
  run(ctx, args) {
    const o = getopt(args, "rnufk:t:", { reverse: "r", "numeric-sort": "n", unique: "u", "ignore-case": "f", key: "k", "field-separator": "t" });
    if (o.bad) return badOption("sort", o.bad, "");
    const { inputs, errors } = readInputs(ctx, "sort", o.operands, (f) => `sort: cannot read: ${f}: No such file or directory\n`);
    if (errors.length) return { code: 2, out: [err(errors.join(""))] };
    let lines = inputs.flatMap((i) => splitLines(i.text));
    // -k START[,END] with GNU per-key modifiers, e.g. -k2,2n or -k3nr.
    const km = /^(\d+)(?:\.\d+)?([bdfgnr]*)(?:,(\d+)(?:\.\d+)?([bdfgnr]*))?$/.exec(o.values["k"] ?? "");
    const k = km ? Number(km[1]) : 0;
    const kEnd = km?.[3] ? Number(km[3]) : undefined;
    for (const m of (km?.[2] ?? "") + (km?.[4] ?? "")) if (m === "n" || m === "r" || m === "f") o.flags.add(m);
    const sep = o.values["t"];
    const keyOf = (l: string) => {
      if (!k) return l;
      const parts = sep !== undefined ? l.split(sep) : l.trim().split(/\s+/);
      return parts.slice(k - 1, kEnd).join(sep ?? " ");
    };
    const cmpStr = (a: string, b: string) => {
      const x = o.flags.has("f") ? a.toLowerCase() : a;
      const y = o.flags.has("f") ? b.toLowerCase() : b;
      return x < y ? -1 : x > y ? 1 : 0;
    };
    lines = lines
      .map((l, i) => ({ l, i }))
      .sort((a, b) => {
        const ka = keyOf(a.l);
        const kb = keyOf(b.l);
        const c = o.flags.has("n") ? leadingNumber(ka) - leadingNumber(kb) || cmpStr(a.l, b.l) : cmpStr(ka, kb) || cmpStr(a.l, b.l);
        return (o.flags.has("r") ? -c : c) || a.i - b.i;
      })
      .map((x) => x.l);
    if (o.flags.has("u")) lines = lines.filter((l, i) => i === 0 || l !== lines[i - 1]);
    return { code: 0, out: lines.length ? [out(lines.map((l) => l + "\n").join(""))] : [] };
  },
};

const uniq: CommandSpec = {
  name: "uniq",
  summary: "drop repeated adjacent lines (-c)",
  flags: ["-c"],
  run(ctx, args) {
    const o = getopt(args, "cd", { count: "c" });
    if (o.bad) return badOption("uniq", o.bad, "");
    const { inputs, errors } = readInputs(ctx, "uniq", o.operands.slice(0, 1));
    if (errors.length) return { code: 1, out: [err(errors.join(""))] };
    const lines = splitLines(inputs[0]?.text ?? "");
    const groups: Array<{ l: string; n: number }> = [];
    for (const l of lines) {
      const g = groups[groups.length - 1];
      if (g && g.l === l) g.n++;
      else groups.push({ l, n: 1 });
    }
    const sel = o.flags.has("d") ? groups.filter((g) => g.n > 1) : groups;
    const text = sel.map((g) => (o.flags.has("c") ? String(g.n).padStart(7) + " " + g.l : g.l) + "\n").join("");
    return { code: 0, out: text ? [out(text)] : [] };
  },
};

/** `seq [FIRST [INCREMENT]] LAST` on integers (GNU coreutils 9 seq in a UTF-8 locale: operands quoted ‘…’; measured by npm run fidelity). */
const seq: CommandSpec = {
  name: "seq",
  summary: "print a sequence of numbers (seq [FIRST [INCREMENT]] LAST)",
  run(_ctx, args) {
    if (args.length === 0) return { code: 1, out: [err("seq: missing operand\nTry 'seq --help' for more information.\n")] };
    if (args.length > 3) return { code: 1, out: [err(`seq: extra operand ‘${args[3]}’\nTry 'seq --help' for more information.\n`)] };
    const bad = args.find((a) => !/^[+-]?\d+$/.test(a));
    if (bad !== undefined) return { code: 1, out: [err(`seq: invalid floating point argument: ‘${bad}’\nTry 'seq --help' for more information.\n`)] };
    const n = args.map(Number);
    const [first, step, last] = n.length === 1 ? [1, 1, n[0]] : n.length === 2 ? [n[0], 1, n[1]] : [n[0], n[1], n[2]];
    if (step === 0) return { code: 1, out: [err(`seq: invalid Zero increment value: ‘${args[1]}’\nTry 'seq --help' for more information.\n`)] };
    const lines: string[] = [];
    for (let x = first; step > 0 ? x <= last : x >= last; x += step) {
      lines.push(String(x));
      if (lines.length > 100_000) break;
    }
    return { code: 0, out: lines.length ? [out(lines.join("\n") + "\n")] : [] };
  },
};

const cut: CommandSpec = {
  name: "cut",
  summary: "select fields (-d DELIM -f LIST)",
  flags: ["-d", "-f"],
  run(ctx, args) {
    const o = getopt(args, "d:f:c:", { delimiter: "d", fields: "f", characters: "c" });
    if (o.bad) return badOption("cut", o.bad, "");
    const list = o.values["f"] ?? o.values["c"];
    if (!list) return { code: 1, out: [err("cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n")] };
    const idx = new Set<number>();
    let openFrom = 0;
    for (const part of list.split(",")) {
      const m = /^(\d*)-(\d*)$/.exec(part);
      if (m) {
        const a = m[1] ? Number(m[1]) : 1;
        if (!m[2]) openFrom = openFrom ? Math.min(openFrom, a) : a;
        else for (let i = a; i <= Number(m[2]); i++) idx.add(i);
      } else if (/^\d+$/.test(part)) idx.add(Number(part));
      else return { code: 1, out: [err(`cut: invalid field value ‘${part}’\nTry 'cut --help' for more information.\n`)] };
    }
    const want = (i: number) => idx.has(i) || (openFrom > 0 && i >= openFrom);
    const { inputs, errors } = readInputs(ctx, "cut", o.operands);
    const d = o.values["d"] ?? "\t";
    let text = "";
    for (const inp of inputs)
      for (const line of splitLines(inp.text)) {
        if (o.values["c"]) text += [...line].filter((_, i) => want(i + 1)).join("") + "\n";
        else if (!line.includes(d)) text += line + "\n";
        else text += line.split(d).filter((_, i) => want(i + 1)).join(d) + "\n";
      }
    const chunks = [];
    if (text) chunks.push(out(text));
    if (errors.length) chunks.push(err(errors.join("")));
    return { code: errors.length ? 1 : 0, out: chunks };
  },
};

const tr: CommandSpec = {
  name: "tr",
  summary: "translate or delete characters",
  run(ctx, args) {
    const del = args[0] === "-d";
    const sets = del ? args.slice(1) : args;
    const expand = (s: string) =>
      s
        .replace(/\[:upper:\]/g, "A-Z")
        .replace(/\[:lower:\]/g, "a-z")
        .replace(/\\n/g, "\n")
        .replace(/\\t/g, "\t")
        .replace(/(.)-(.)/g, (_m, a: string, b: string) => {
          let r = "";
          for (let c = a.charCodeAt(0); c <= b.charCodeAt(0); c++) r += String.fromCharCode(c);
          return r;
        });
    if (sets.length < (del ? 1 : 2)) return { code: 1, out: [err(`tr: missing operand\nTry 'tr --help' for more information.\n`)] };
    const a = expand(sets[0]);
    const b = del ? "" : expand(sets[1]);
    const input = ctx.stdin ?? "";
    let text = "";
    for (const ch of input) {
      const i = a.indexOf(ch);
      if (i < 0) text += ch;
      else if (!del) text += b[Math.min(i, b.length - 1)] ?? "";
    }
    return { code: 0, out: text ? [out(text)] : [] };
  },
};

const tee: CommandSpec = {
  name: "tee",
  summary: "copy input to files and to output (-a)",
  run(ctx, args) {
    const append = args.includes("-a");
    const files = args.filter((a) => a !== "-a");
    let state: ShellState = ctx.state;
    const input = ctx.stdin ?? "";
    const errors: string[] = [];
    for (const f of files) {
      const w = writeFile(state, resolvePath(state, f), input, append);
      if (w.ok) state = w.state;
      else errors.push(`tee: ${f}: ${w.error}\n`);
    }
    const chunks = [];
    if (input) chunks.push(out(input));
    if (errors.length) chunks.push(err(errors.join("")));
    return { code: errors.length ? 1 : 0, out: chunks, state };
  },
};

// ── jq (subset) ───────────────────────────────────────────────────────────────────────────────

type JqStep = { k: "field"; name: string; opt: boolean } | { k: "index"; i: number } | { k: "iter"; opt: boolean } | { k: "slice"; a?: number; b?: number };
type JqFilter = { k: "path"; steps: JqStep[] } | { k: "keys" } | { k: "length" } | { k: "literal"; v: unknown } | { k: "select"; path: JqStep[]; op: "==" | "!="; v: unknown };

class JqError {
  constructor(readonly message: string, readonly code: number) {}
}

function parsePath(src: string): JqStep[] {
  const steps: JqStep[] = [];
  let i = 0;
  const s = src.trim();
  if (!s.startsWith(".")) throw new JqError(`jq: error: syntax error, unexpected INVALID_CHARACTER (Unix shell quoting issues?) at <top-level>, line 1:\n${src}\njq: 1 compile error`, 3);
  while (i < s.length) {
    if (s[i] === ".") {
      i++;
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(i));
      if (m) {
        i += m[0].length;
        const opt = s[i] === "?";
        if (opt) i++;
        steps.push({ k: "field", name: m[0], opt });
      } else if (s[i] === '"') {
        const j = s.indexOf('"', i + 1);
        if (j < 0) throw new JqError(`jq: error: unterminated string\njq: 1 compile error`, 3);
        steps.push({ k: "field", name: s.slice(i + 1, j), opt: false });
        i = j + 1;
      }
      continue;
    }
    if (s[i] === "[") {
      const j = s.indexOf("]", i);
      if (j < 0) throw new JqError(`jq: error: syntax error, unexpected $end (Unix shell quoting issues?) at <top-level>, line 1:\n${src}\njq: 1 compile error`, 3);
      const inner = s.slice(i + 1, j).trim();
      i = j + 1;
      const opt = s[i] === "?";
      if (opt) i++;
      if (inner === "") steps.push({ k: "iter", opt });
      else if (/^-?\d+$/.test(inner)) steps.push({ k: "index", i: Number(inner) });
      else if (/^-?\d*:-?\d*$/.test(inner)) {
        const [a, b] = inner.split(":");
        steps.push({ k: "slice", a: a ? Number(a) : undefined, b: b ? Number(b) : undefined });
      } else if (/^"[^"]*"$/.test(inner)) steps.push({ k: "field", name: inner.slice(1, -1), opt });
      else throw new JqError(`jq: error: syntax error, unexpected INVALID_CHARACTER at <top-level>, line 1:\n${src}\njq: 1 compile error`, 3);
      continue;
    }
    if (s[i] === " ") {
      i++;
      continue;
    }
    throw new JqError(`jq: error: syntax error, unexpected IDENT, expecting $end (Unix shell quoting issues?) at <top-level>, line 1:\n${src}\njq: 1 compile error`, 3);
  }
  return steps;
}

function parseJq(src: string): JqFilter[] {
  return splitTop(src, "|").map((part) => {
    const p = part.trim();
    if (p === "keys") return { k: "keys" };
    if (p === "length") return { k: "length" };
    const sel = /^select\(\s*(\.[^=!]*?)\s*(==|!=)\s*(.+)\)$/.exec(p);
    if (sel) {
      let v: unknown;
      try {
        v = JSON.parse(sel[3]);
      } catch {
        throw new JqError(`jq: error: syntax error in select at <top-level>, line 1:\n${src}\njq: 1 compile error`, 3);
      }
      return { k: "select", path: parsePath(sel[1]), op: sel[2] as "==" | "!=", v };
    }
    if (/^(".*"|-?\d+(\.\d+)?|true|false|null)$/.test(p)) return { k: "literal", v: JSON.parse(p) as unknown };
    return { k: "path", steps: parsePath(p) };
  });
}

function splitTop(s: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inStr = false;
  let cur = "";
  for (const c of s) {
    if (c === '"') inStr = !inStr;
    if (!inStr && (c === "(" || c === "[")) depth++;
    if (!inStr && (c === ")" || c === "]")) depth--;
    if (!inStr && depth === 0 && c === sep) {
      parts.push(cur);
      cur = "";
    } else cur += c;
  }
  parts.push(cur);
  return parts;
}

const jqType = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v === "object" ? "object" : typeof v);

function applySteps(v: unknown, steps: JqStep[]): unknown[] {
  let vals: unknown[] = [v];
  for (const st of steps) {
    const next: unknown[] = [];
    for (const x of vals) {
      if (st.k === "field") {
        if (x === null) next.push(null);
        else if (isObj(x)) next.push(x[st.name] ?? null);
        else if (!st.opt) throw new JqError(`jq: error (at <stdin>:0): Cannot index ${jqType(x)} with "${st.name}"`, 5);
      } else if (st.k === "index") {
        if (x === null) next.push(null);
        else if (Array.isArray(x)) next.push(x[st.i < 0 ? x.length + st.i : st.i] ?? null);
        else throw new JqError(`jq: error (at <stdin>:0): Cannot index ${jqType(x)} with number`, 5);
      } else if (st.k === "slice") {
        if (Array.isArray(x)) next.push(x.slice(st.a, st.b));
        else if (typeof x === "string") next.push(x.slice(st.a, st.b));
        else if (x === null) next.push(null);
        else throw new JqError(`jq: error (at <stdin>:0): Cannot index ${jqType(x)} with object`, 5);
      } else {
        if (Array.isArray(x)) next.push(...x);
        else if (isObj(x)) next.push(...Object.values(x));
        else if (!st.opt) throw new JqError(`jq: error (at <stdin>:0): Cannot iterate over ${jqType(x)}${x === null ? "" : ` (${JSON.stringify(x)})`}`, 5);
      }
    }
    vals = next;
  }
  return vals;
}

function runJq(filters: JqFilter[], input: unknown): unknown[] {
  let vals: unknown[] = [input];
  for (const f of filters) {
    const next: unknown[] = [];
    for (const v of vals) {
      if (f.k === "path") next.push(...applySteps(v, f.steps));
      else if (f.k === "literal") next.push(f.v);
      else if (f.k === "keys") {
        if (isObj(v)) next.push(Object.keys(v).sort());
        else if (Array.isArray(v)) next.push(v.map((_, i) => i));
        else throw new JqError(`jq: error (at <stdin>:0): ${jqType(v)} (${JSON.stringify(v)}) has no keys`, 5);
      } else if (f.k === "length") {
        if (Array.isArray(v) || typeof v === "string") next.push(v.length);
        else if (isObj(v)) next.push(Object.keys(v).length);
        else if (v === null) next.push(0);
        else if (typeof v === "number") next.push(Math.abs(v));
        else throw new JqError(`jq: error (at <stdin>:0): boolean (${String(v)}) has no length`, 5);
      } else {
        const got = applySteps(v, f.path)[0];
        const eq = JSON.stringify(got) === JSON.stringify(f.v);
        if ((f.op === "==") === eq) next.push(v);
      }
    }
    vals = next;
  }
  return vals;
}

function parseJsonStream(text: string): unknown[] | null {
  const t = text.trim();
  if (t === "") return [];
  try {
    return [JSON.parse(t) as unknown];
  } catch {
    // Several JSON documents one after another (e.g. jq -c output).
    const docs: unknown[] = [];
    for (const line of t.split("\n")) {
      if (!line.trim()) continue;
      try {
        docs.push(JSON.parse(line) as unknown);
      } catch {
        return null;
      }
    }
    return docs;
  }
}

const jq: CommandSpec = {
  name: "jq",
  summary: "JSON processor (subset: paths, [], keys, length, select, -r -c)",
  flags: ["-r", "-c"],
  run(ctx, args) {
    const o = getopt(args, "rcSMCj", { "raw-output": "r", "compact-output": "c" });
    if (o.bad) return { code: 2, out: [err(`jq: Unknown option: ${o.bad}\nUse jq --help for help with command-line options,\nor see the jq manpage, or online docs  at https://stedolan.github.io/jq\n`)] };
    const [given, ...files] = o.operands;
    // jq 1.6+ main.c: with no filter and stdin or stdout not a terminal, the program is ".".
    const filterSrc = given ?? (ctx.stdin !== null || !ctx.stdoutIsTty ? "." : undefined);
    if (filterSrc === undefined) {
      return { code: 2, out: [err("Usage:\tjq [OPTIONS] FILTER [FILES...]\nUse jq --help for help with command-line options,\nor see the jq manpage, or online docs  at https://stedolan.github.io/jq\n")] };
    }
    const { inputs, errors } = readInputs(ctx, "jq", files, (f) => `jq: error: Could not open ${f}: No such file or directory\n`);
    if (errors.length) return { code: 2, out: [err(errors.join(""))] };
    let filters: JqFilter[];
    try {
      filters = parseJq(filterSrc);
    } catch (e) {
      if (e instanceof JqError) return { code: e.code, out: [err(e.message + "\n")] };
      return { code: 3, out: [err("jq: error: compile error\n")] };
    }
    let text = "";
    for (const inp of inputs) {
      const docs = parseJsonStream(inp.text);
      if (docs === null) {
        return { code: 2, out: text ? [out(text), err("parse error: Invalid numeric literal at line 1, column 2\n")] : [err("parse error: Invalid numeric literal at line 1, column 2\n")] };
      }
      for (const d of docs) {
        try {
          for (const r of runJq(filters, d)) {
            if (o.flags.has("r") && typeof r === "string") text += r + "\n";
            else text += (o.flags.has("c") ? JSON.stringify(r) : toJson(r, 2)) + "\n";
          }
        } catch (e) {
          const msg = e instanceof JqError ? e.message : "jq: error";
          return { code: 5, out: text ? [out(text), err(msg + "\n")] : [err(msg + "\n")] };
        }
      }
    }
    return { code: 0, out: text ? [out(text)] : [] };
  },
};

export const textTools: CommandSpec[] = [grep, headTail("head"), headTail("tail"), wc, sort, uniq, seq, cut, tr, tee, jq];
