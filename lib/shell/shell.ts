/**
 * The shell driver: createShell / run / interrupt / promptOf. Pure and deterministic — the same
 * state and line always give the same result; nothing here throws.
 */
import { evalArith } from "./arith";
import { escapeRe, globToRe } from "./glob";
import { parse, type Command, type Compound, type List, type ParseResult, type Redirect, type Word } from "./tokenize";
import type { CmdContext, CmdResult, Control, OutputChunk, RunResult, ShellState, Wait } from "./types";
import { defaultFiles, displayPath, homeOf, readFile, resolvePath, writeFile } from "./vfs";
import { lookupCommand } from "./registry";
import { hostInfo } from "./host";
import { accessKeyIdFor } from "./aws/cli";
import { simTick, type TraceResult, type World } from "./simport";

export const MAX_LINE = 64 * 1024;
/** Safety caps so a learner cannot grow the (stored, replayed) state without bound. */
export const MAX_OUTPUT = 1024 * 1024;
export const MAX_VALUE = 256 * 1024;

export interface CreateShellOptions {
  world: World;
  /** Instance Name tag or id the terminal runs on. */
  host: string;
  user?: string;
  env?: Record<string, string>;
  columns?: number;
  /**
   * Extra AWS CLI profiles written to ~/.aws/config, e.g. for two-account PrivateLink labs:
   * `{ provider: { region: "us-east-1", roleArn: "arn:aws:iam::444455556666:role/ProviderAdmin" } }`.
   * Without profiles no ~/.aws/config is written: like a fresh EC2 instance, the CLI then takes
   * the Region from instance metadata and credentials from the instance role.
   */
  profiles?: Record<string, { region?: string; roleArn?: string; output?: string; principalArn?: string }>;
  /** @deprecated kept for callers; config is only written when profiles/credentials are given. */
  aws?: boolean;
  /** Long-term credentials of an IAM user (or root) of the World for the default profile (~/.aws/credentials). */
  credentials?: string;
}

function awsConfigText(region: string | undefined, profiles: CreateShellOptions["profiles"]): string {
  let text = "[default]\n" + (region ? `region = ${region}\n` : "");
  for (const [name, p] of Object.entries(profiles ?? {})) {
    if (name === "default") continue;
    text += `\n[profile ${name}]\n`;
    if (p.roleArn) text += `role_arn = ${p.roleArn}\ncredential_source = Ec2InstanceMetadata\n`;
    if (p.region) text += `region = ${p.region}\n`;
    if (p.output) text += `output = ${p.output}\n`;
  }
  return text;
}

export function createShell(opts: CreateShellOptions): ShellState {
  const user = opts.user ?? "ec2-user";
  const home = homeOf(user);
  const { files, dirs } = defaultFiles(user);
  const info = hostInfo(opts.world, opts.host);
  const hostId = info?.id ?? opts.host;
  if (opts.aws !== false && info && (opts.profiles || opts.credentials)) {
    files[`${home}/.aws/config`] = awsConfigText(opts.profiles?.default?.region ?? info.region ?? (typeof opts.world.defaultRegion === "string" ? opts.world.defaultRegion : undefined), opts.profiles);
    dirs.push(`${home}/.aws`);
    const creds: Array<[string, string]> = [];
    if (opts.credentials) creds.push(["default", opts.credentials]);
    for (const [name, p] of Object.entries(opts.profiles ?? {})) if (p.principalArn) creds.push([name, p.principalArn]);
    if (creds.length) {
      files[`${home}/.aws/credentials`] = creds
        .map(([name, arn]) => `[${name}]\naws_access_key_id = ${accessKeyIdFor(arn)}\naws_secret_access_key = (simulated)\n`)
        .join("\n");
    }
  }
  const state: ShellState = {
    world: opts.world,
    hostStack: [hostId],
    sshSaved: [],
    user,
    cwd: home,
    files,
    dirs,
    env: {
      HOME: home,
      USER: user,
      LOGNAME: user,
      SHELL: "/bin/bash",
      PATH: "/usr/local/bin:/usr/bin:/usr/local/sbin:/usr/sbin",
      PWD: home,
      LANG: "C.UTF-8",
      TERM: "xterm-256color",
      ...(opts.env ?? {}),
    },
    history: [],
    lastExit: 0,
    columns: opts.columns ?? 80,
  };
  return state;
}

export function promptOf(state: ShellState): string {
  const host = currentHostname(state);
  const dir = displayPath(state, state.cwd);
  const base = dir === "~" ? "~" : dir === "/" ? "/" : dir.split("/").pop() || dir;
  return `[${state.user}@${host} ${base}]${state.user === "root" ? "#" : "$"} `;
}

export function currentHostname(state: ShellState): string {
  const id = state.hostStack[state.hostStack.length - 1];
  const info = hostInfo(state.world, id);
  return info?.hostname ?? "localhost";
}

export function interrupt(state: ShellState): RunResult {
  const s = { ...state, lastExit: 130 };
  return { state: s, output: [{ stream: "stdout", text: "^C\n" }], exitCode: 130, traces: [] };
}

// ---------------------------------------------------------------------------------------------

// Parse trees are pure functions of the line and only read here, so lines are parsed once
// (replays repeat the same lines many times). Not shared outside this module.
const parseCache = new Map<string, ParseResult>();

function parseCached(line: string): ParseResult {
  if (line.length > 4096) return parse(line);
  let r = parseCache.get(line);
  if (!r) {
    r = parse(line);
    if (parseCache.size >= 500) parseCache.clear();
    parseCache.set(line, r);
  }
  return r;
}

export function run(state: ShellState, line: string): RunResult {
  try {
    return runInner(state, line, true, 0);
  } catch (e) {
    // Last line of defence: the shell must never throw into the UI.
    const msg = e instanceof Error ? e.message : String(e);
    return {
      state: { ...state, lastExit: 1 },
      output: [{ stream: "stderr", text: `pathwise: internal error: ${msg}\n` }],
      exitCode: 1,
      traces: [],
    };
  }
}

function runInner(state0: ShellState, line: string, record: boolean, depth: number): RunResult {
  if (typeof line !== "string") line = String(line);
  if (line.length > MAX_LINE) {
    const s = { ...state0, lastExit: 1 };
    return {
      state: s,
      output: [{ stream: "stderr", text: `bash: input line too long (${line.length} characters; this terminal accepts up to 65536)\n` }],
      exitCode: 1,
      traces: [],
    };
  }
  let state = state0;
  const trimmed = line.trim();
  if (record && trimmed !== "") {
    const history = [...state.history, line.replace(/\n+$/, "")];
    state = { ...state, history: history.length > 1000 ? history.slice(-1000) : history };
  }
  if (trimmed === "") return { state, output: [], exitCode: state.lastExit, traces: [] };
  const parsed = parseCached(line);
  if (!parsed.ok) {
    const s = { ...state, lastExit: 2 };
    const extra = parsed.error.startsWith("unexpected EOF") ? "bash: syntax error: unexpected end of file\n" : "";
    return { state: s, output: [{ stream: "stderr", text: `bash: ${parsed.error}\n${extra}` }], exitCode: 2, traces: [] };
  }
  const r = execList(state, parsed.list, depth, { stdin: null, loops: 0, budget: { iterations: 0, stopped: false } });
  return { state: r.state, output: capOutput(mergeChunks(r.output)), exitCode: r.exitCode, wait: r.wait, control: r.control, traces: r.traces };
}

// ---------------------------------------------------------------------------------------------
// Lists and compound commands

/** bash would loop for ever; this terminal stops a line's loops after this many iterations. */
export const MAX_ITERATIONS = 10_000;

/** What a list or compound command returns inside the shell: a RunResult plus loop control. */
interface Exec extends RunResult {
  /** `break N` / `continue N` on its way out to the enclosing loop */
  loop?: { kind: "break" | "continue"; n: number };
}

interface IO {
  /** The input the list reads from (a redirect or pipe into a compound command); null: the terminal. */
  stdin: { text: string; pos: number } | null;
  /** How many loops enclose this list (break/continue outside a loop is an error). */
  loops: number;
  budget: { iterations: number; stopped: boolean };
}

class Collect {
  output: OutputChunk[] = [];
  traces: TraceResult[] = [];
  wait?: Wait;
  control?: Control;
  code = 0;
  constructor(public state: ShellState) {}
  add(r: { state: ShellState; output: OutputChunk[]; traces: TraceResult[]; exitCode: number; wait?: Wait; control?: Control }): void {
    this.output.push(...r.output);
    this.traces.push(...r.traces);
    if (r.wait) this.wait = { seconds: (this.wait?.seconds ?? 0) + r.wait.seconds, realSeconds: (this.wait?.realSeconds ?? 0) + r.wait.realSeconds };
    if (r.control) this.control = r.control;
    this.code = r.exitCode;
    this.state = r.state.lastExit === r.exitCode ? r.state : { ...r.state, lastExit: r.exitCode };
  }
  /** logout ends the line; an exhausted loop budget ends every loop */
  stop(): boolean {
    return this.control === "logout";
  }
  done(loop?: Exec["loop"]): Exec {
    const state = this.state.lastExit === this.code ? this.state : { ...this.state, lastExit: this.code };
    return { state, output: this.output, exitCode: this.code, wait: this.wait, control: this.control, traces: this.traces, loop };
  }
}

function execList(state: ShellState, list: List, depth: number, io: IO): Exec {
  const acc = new Collect(state);
  acc.code = state.lastExit;
  for (const item of list) {
    const last = acc.state.lastExit;
    if (item.conn === "&&" && last !== 0) continue;
    if (item.conn === "||" && last === 0) continue;
    const r = runPipeline(acc.state, item.pipeline, depth, io);
    const code = item.negate ? (r.exitCode === 0 ? 1 : 0) : r.exitCode;
    acc.add({ ...r, exitCode: code });
    if (r.loop) return acc.done(r.loop);
    if (acc.stop() || io.budget.stopped) break;
  }
  return acc.done();
}

function loopTick(acc: Collect, io: IO): boolean {
  if (io.budget.stopped) return false;
  if (++io.budget.iterations > MAX_ITERATIONS) {
    io.budget.stopped = true;
    acc.output.push({ stream: "stderr", text: `bash: loop stopped after ${MAX_ITERATIONS} iterations (this terminal's limit for one command line)\n` });
    acc.code = 1;
    return false;
  }
  return true;
}

/** Run a loop body; returns "break" when the loop must end, with any outer loop control to pass on. */
function loopBody(acc: Collect, body: List, depth: number, io: IO): { end: boolean; pass?: Exec["loop"] } {
  const r = execList(acc.state, body, depth, { ...io, loops: io.loops + 1 });
  acc.add(r);
  if (acc.stop() || io.budget.stopped) return { end: true };
  if (r.loop) {
    if (r.loop.n > 1) return { end: true, pass: { kind: r.loop.kind, n: r.loop.n - 1 } };
    if (r.loop.kind === "break") return { end: true };
  }
  return { end: false };
}

function arithIn(state: ShellState, src: string): { ok: true; value: bigint; state: ShellState } | { ok: false; message: string } {
  const sets: Record<string, string> = {};
  const text = src.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*|\?)\}|\$([A-Za-z_][A-Za-z0-9_]*|\?)/g, (_m, a: string | undefined, b: string | undefined) => varValue(state, (a ?? b)!));
  const r = evalArith(text, (name) => (name in sets ? sets[name] : varValue(state, name)), 0, (name, value) => {
    sets[name] = value;
  });
  if (!r.ok) return r;
  return { ok: true, value: r.value, state: Object.keys(sets).length ? { ...state, env: { ...state.env, ...sets } } : state };
}

function runCompound(state: ShellState, c: Compound, depth: number, io: IO): Exec {
  const acc = new Collect(state);
  switch (c.type) {
    case "group":
      return execList(state, c.body, depth, io);
    case "subshell": {
      // A subshell's variables, directory and `exit` stay inside; files and AWS changes persist.
      const r = execList(state, c.body, depth, io);
      const after = { ...state, world: r.state.world, files: r.state.files, dirs: r.state.dirs, lastExit: r.exitCode };
      return { ...r, state: after, control: r.control === "logout" ? undefined : r.control, loop: undefined };
    }
    case "arith": {
      const r = arithIn(state, c.src);
      if (!r.ok) {
        acc.output.push({ stream: "stderr", text: `bash: ((: ${r.message}\n` });
        acc.code = 1;
        return acc.done();
      }
      acc.state = r.state;
      acc.code = r.value !== 0n ? 0 : 1;
      return acc.done();
    }
    case "if": {
      for (const clause of c.clauses) {
        const cond = execList(acc.state, clause.cond, depth, io);
        acc.add(cond);
        if (cond.loop || acc.stop()) return acc.done(cond.loop);
        if (cond.exitCode === 0) {
          const body = execList(acc.state, clause.body, depth, io);
          acc.add(body);
          return acc.done(body.loop);
        }
      }
      if (c.otherwise) {
        const body = execList(acc.state, c.otherwise, depth, io);
        acc.add(body);
        return acc.done(body.loop);
      }
      acc.code = 0;
      return acc.done();
    }
    case "while": {
      let status = 0;
      for (;;) {
        if (!loopTick(acc, io)) return acc.done();
        const cond = execList(acc.state, c.cond, depth, { ...io, loops: io.loops + 1 });
        acc.add(cond);
        if (acc.stop()) break;
        if (cond.loop) {
          if (cond.loop.n > 1) return acc.done({ kind: cond.loop.kind, n: cond.loop.n - 1 });
          if (cond.loop.kind === "break") break;
          continue;
        }
        if (c.until ? cond.exitCode === 0 : cond.exitCode !== 0) break;
        const b = loopBody(acc, c.body, depth, io);
        status = acc.code;
        if (b.pass) return acc.done(b.pass);
        if (b.end) break;
      }
      if (!io.budget.stopped) acc.code = status;
      return acc.done();
    }
    case "for":
    case "cfor": {
      let status = 0;
      if (c.type === "for") {
        const sub: SubCtx = { state: acc.state, errs: [], traces: [] };
        const values: string[] = [];
        for (const w of c.items ?? []) for (const bw of braceExpand(w)) values.push(...expandWord(sub.state, bw, depth, sub));
        acc.state = sub.state;
        acc.output.push(...sub.errs);
        acc.traces.push(...sub.traces);
        for (const v of values) {
          if (!loopTick(acc, io)) return acc.done();
          acc.state = { ...acc.state, env: { ...acc.state.env, [c.name]: v } };
          const b = loopBody(acc, c.body, depth, io);
          status = acc.code;
          if (b.pass) return acc.done(b.pass);
          if (b.end) break;
        }
      } else {
        const step = (src: string): boolean | null => {
          if (src.trim() === "") return true;
          const r = arithIn(acc.state, src);
          if (!r.ok) {
            acc.output.push({ stream: "stderr", text: `bash: ((: ${r.message}\n` });
            acc.code = 1;
            return null;
          }
          acc.state = r.state;
          return r.value !== 0n;
        };
        if (step(c.init) === null) return acc.done();
        for (;;) {
          const ok = step(c.cond);
          if (ok === null) return acc.done();
          if (!ok) break;
          if (!loopTick(acc, io)) return acc.done();
          const b = loopBody(acc, c.body, depth, io);
          status = acc.code;
          if (b.pass) return acc.done(b.pass);
          if (b.end) break;
          if (step(c.step) === null) return acc.done();
        }
      }
      if (!io.budget.stopped) acc.code = status;
      return acc.done();
    }
    case "case": {
      const sub: SubCtx = { state: acc.state, errs: [], traces: [] };
      const subject = expandPlain(sub, c.word, depth);
      acc.code = 0;
      for (const arm of c.arms) {
        if (arm.patterns.some((p) => globRegex(sub, p, depth).test(subject))) {
          acc.state = sub.state;
          acc.output.push(...sub.errs);
          const body = execList(acc.state, arm.body, depth, io);
          acc.add(body);
          return acc.done(body.loop);
        }
      }
      acc.state = sub.state;
      acc.output.push(...sub.errs);
      return acc.done();
    }
  }
}

/** A word expanded without field splitting (case subjects, here-strings, [[ ]]). */
function expandPlain(sub: SubCtx, w: Word, depth: number): string {
  return expandWord(sub.state, w.map((p) => (p.t === "tilde" ? p : { ...p, q: true })), depth, sub).join("");
}

/** A case pattern as a regular expression: * ? [..] are special where unquoted (bash(1), Pattern Matching). */
function globRegex(sub: SubCtx, w: Word, depth: number): RegExp {
  let re = "";
  for (const p of w) {
    const text = p.t === "lit" ? p.v : expandWord(sub.state, [p.t === "tilde" ? p : { ...p, q: true }], depth, sub).join("");
    const quoted = p.t === "lit" ? p.q : "q" in p ? p.q : false;
    re += quoted ? escapeRe(text) : globToRe(text);
  }
  return new RegExp(`^${re}$`, "s");
}

/**
 * Brace expansion, before every other expansion (bash(1), "Brace Expansion"): {a,b,c} and
 * sequences {1..5}, {01..10}, {a..e}, {1..10..2}, in unquoted text.
 */
export function braceExpand(w: Word, budget = { n: 0 }): Word[] {
  for (let k = 0; k < w.length; k++) {
    const p = w[k];
    if (p.t !== "lit" || p.q) continue;
    const m = findBrace(p.v);
    if (!m) continue;
    const out: Word[] = [];
    for (const alt of m.alts) {
      if (++budget.n > 10_000) break;
      const nw: Word = [...w.slice(0, k), { t: "lit", v: p.v.slice(0, m.start) + alt + p.v.slice(m.end + 1), q: false }, ...w.slice(k + 1)];
      out.push(...braceExpand(nw, budget));
    }
    return out;
  }
  return [w];
}

function findBrace(s: string): { start: number; end: number; alts: string[] } | null {
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== "{" || s[i - 1] === "$") continue;
    let d = 0;
    let j = i;
    const commas: number[] = [];
    for (; j < s.length; j++) {
      if (s[j] === "{") d++;
      else if (s[j] === "}") {
        d--;
        if (d === 0) break;
      } else if (s[j] === "," && d === 1) commas.push(j);
    }
    if (j >= s.length) return null;
    const body = s.slice(i + 1, j);
    if (commas.length) {
      const alts: string[] = [];
      let from = i + 1;
      for (const c of [...commas, j]) {
        alts.push(s.slice(from, c));
        from = c + 1;
      }
      return { start: i, end: j, alts };
    }
    const num = /^([-+]?\d+)\.\.([-+]?\d+)(?:\.\.([-+]?\d+))?$/.exec(body);
    const chr = /^([A-Za-z])\.\.([A-Za-z])(?:\.\.([-+]?\d+))?$/.exec(body);
    if (num || chr) {
      const m = (num ?? chr)!;
      const a = num ? Number(m[1]) : m[1].charCodeAt(0);
      const b = num ? Number(m[2]) : m[2].charCodeAt(0);
      const step = Math.abs(Number(m[3] ?? 1)) || 1;
      const width = num && (/^[-+]?0\d/.test(m[1]) || /^[-+]?0\d/.test(m[2])) ? Math.max(m[1].length, m[2].length) : 0;
      const alts: string[] = [];
      for (let v = a; a <= b ? v <= b : v >= b; v += a <= b ? step : -step) {
        if (alts.length >= 10_000) break;
        if (!num) alts.push(String.fromCharCode(v));
        else {
          const digits = String(Math.abs(v)).padStart(width - (v < 0 ? 1 : 0), "0");
          alts.push((v < 0 ? "-" : "") + digits);
        }
      }
      return { start: i, end: j, alts };
    }
  }
  return null;
}

function capOutput(chunks: OutputChunk[]): OutputChunk[] {
  let total = 0;
  const res: OutputChunk[] = [];
  for (const c of chunks) {
    if (total + c.text.length > MAX_OUTPUT) {
      res.push({ ...c, text: c.text.slice(0, Math.max(0, MAX_OUTPUT - total)) });
      res.push({ stream: "note", text: "\n(Output truncated at 1 MiB.)\n" });
      break;
    }
    total += c.text.length;
    res.push(c);
  }
  return res;
}

function mergeChunks(chunks: OutputChunk[]): OutputChunk[] {
  const outList: OutputChunk[] = [];
  for (const c of chunks) {
    if (c.text === "") continue;
    const prev = outList[outList.length - 1];
    if (prev && prev.stream === c.stream) prev.text += c.text;
    else outList.push({ ...c });
  }
  return outList;
}

// ---------------------------------------------------------------------------------------------
// Expansion

interface SubCtx {
  state: ShellState;
  /** exit status of the last $(…) run while expanding (bash uses it for pure assignments) */
  substExit?: number;
  errs: OutputChunk[];
  wait?: Wait;
  traces: TraceResult[];
  /** an expansion failed (e.g. division by 0 in $(( ))): bash skips the command, status 1 */
  failed?: boolean;
}

function expandWord(state: ShellState, w: Word, depth: number, sub: SubCtx): string[] {
  const fields: string[] = [];
  let cur = "";
  let has = false;
  const pushSplit = (val: string) => {
    const pieces = val.split(/[ \t\n]+/);
    pieces.forEach((p, i) => {
      if (i > 0) {
        if (has) fields.push(cur);
        cur = "";
        has = false;
      }
      if (p !== "") {
        cur += p;
        has = true;
      }
    });
  };
  for (const p of w) {
    if (p.t === "lit") {
      cur += p.v;
      if (p.v !== "" || p.q) has = true;
    } else if (p.t === "tilde") {
      cur += homeOf(state.user);
      has = true;
    } else {
      let val: string;
      if (p.t === "var") val = varValue(state, p.name);
      else if (p.t === "param") {
        const set = p.name in state.env;
        const v = varValue(state, p.name);
        const arg = () => p.arg.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*|\?)\}|\$([A-Za-z_][A-Za-z0-9_]*|\?)/g, (_m, a: string | undefined, b: string | undefined) => varValue(state, (a ?? b)!)).replace(/^(["'])(.*)\1$/s, "$2");
        if (p.op === "#") val = String([...v].length);
        else if (p.op === ":-") val = v === "" ? arg() : v;
        else if (p.op === "-") val = set ? v : arg();
        else if (p.op === ":+") val = v === "" ? "" : arg();
        else val = set ? arg() : "";
      } else if (p.t === "arith") {
        // parameters inside are expanded first, then the expression is evaluated (bash(1))
        const text = p.src.replace(/\$\(([^()]*)\)/g, (_m, c: string) => expandWord(state, [{ t: "cmd", src: c, q: true }], depth, sub).join(" "));
        const r = arithIn(sub.state, text);
        if (r.ok) {
          val = String(r.value);
          sub.state = r.state;
        }
        else {
          sub.errs.push({ stream: "stderr", text: `bash: ${r.message}\n` });
          sub.failed = true;
          val = "";
        }
      } else {
        if (depth > 8) val = "";
        else {
          const r = runInner(sub.state, p.src, false, depth + 1);
          // AWS side effects of $(…) persist; shell variables set inside do not.
          sub.state = { ...sub.state, world: r.state.world, lastExit: r.exitCode };
          sub.substExit = r.exitCode;
          sub.traces.push(...r.traces);
          if (r.wait) sub.wait = { seconds: (sub.wait?.seconds ?? 0) + r.wait.seconds, realSeconds: (sub.wait?.realSeconds ?? 0) + r.wait.realSeconds };
          for (const c of r.output) if (c.stream !== "stdout") sub.errs.push(c);
          val = r.output.filter((c) => c.stream === "stdout").map((c) => c.text).join("").replace(/\n+$/, "");
        }
      }
      if (p.q) {
        cur += val;
        has = true;
      } else pushSplit(val);
    }
  }
  if (has) fields.push(cur);
  return fields;
}

function varValue(state: ShellState, name: string): string {
  if (name === "?") return String(state.lastExit);
  if (name === "$") return "4242";
  if (name === "#") return "0";
  if (name === "0") return "-bash";
  if (name === "PWD") return state.cwd;
  if (name === "HOSTNAME") return currentHostname(state);
  return state.env[name] ?? "";
}

// ---------------------------------------------------------------------------------------------
// Pipelines

const ASSIGN = /^([A-Za-z_][A-Za-z0-9_]*)=/;

/** Commands that read their standard input to the end (the rest of a loop's input is gone after them). */
const STDIN_READERS = new Set(["cat", "grep", "wc", "sort", "uniq", "cut", "tr", "tee", "jq", "head", "tail", "sed", "awk", "xargs", "base64", "md5sum", "sha256sum"]);

function runPipeline(state0: ShellState, pipeline: Command[], depth: number, io: IO): Exec {
  let state = state0;
  let loop: Exec["loop"];
  const traces: TraceResult[] = [];
  const terminal: OutputChunk[] = [];
  let stdin: string | null = null;
  let code = 0;
  let wait: Wait | undefined;
  let control: Control | undefined;
  for (let i = 0; i < pipeline.length; i++) {
    const cmd = pipeline[i];
    const isLast = i === pipeline.length - 1;
    const sub: SubCtx = { state, errs: [], traces: [] };
    // Expand words (assignment prefixes stay in place for now).
    const argv: string[] = [];
    const assigns: Array<[string, string]> = [];
    let seenCmd = false;
    for (const w of cmd.type === undefined ? cmd.words : []) {
      const first = w[0];
      if (!seenCmd && first && first.t === "lit" && !first.q && ASSIGN.test(first.v)) {
        const m = ASSIGN.exec(first.v)!;
        const rest: Word = [{ t: "lit", v: first.v.slice(m[0].length), q: true }, ...w.slice(1)];
        const val = expandWord(sub.state, rest, depth, sub).join(" ");
        assigns.push([m[1], val]);
        continue;
      }
      seenCmd = true;
      for (const bw of braceExpand(w)) argv.push(...expandWord(sub.state, bw, depth, sub));
    }
    state = sub.state;
    terminal.push(...sub.errs);
    traces.push(...sub.traces);
    if (sub.failed) {
      code = 1;
      stdin = "";
      continue;
    }
    if (sub.wait) wait = { seconds: (wait?.seconds ?? 0) + sub.wait.seconds, realSeconds: (wait?.realSeconds ?? 0) + sub.wait.realSeconds };

    // Redirects
    const cursor = i === 0 ? io.stdin : null;
    let inText: string | null = i === 0 ? (cursor ? cursor.text.slice(cursor.pos) : null) : stdin;
    let fromCursor = cursor !== null;
    let outTarget: { path: string; append: boolean } | null = null;
    let errTarget: { path: string; append: boolean } | "stdout" | null = null;
    let outToErr = false;
    let redirErr: string | null = null;
    for (const r of cmd.redirects) {
      const res = applyRedirect(state, r, depth, sub);
      if (typeof res === "string") {
        redirErr = res;
        break;
      }
      if (res.kind === "in") {
        inText = res.text;
        fromCursor = false;
      }
      else if (res.kind === "out") outTarget = res.target;
      else if (res.kind === "err") errTarget = res.target;
      else if (res.kind === "err>out") errTarget = "stdout";
      else if (res.kind === "out>err") outToErr = true;
    }
    if (redirErr !== null) {
      terminal.push({ stream: "stderr", text: `bash: ${redirErr}\n` });
      code = 1;
      stdin = "";
      continue;
    }
    // Create/truncate output files first, like bash.
    for (const t of [outTarget, errTarget]) {
      if (t && t !== "stdout" && !t.append) {
        const wr = writeFile(state, t.path, "", false);
        if (!wr.ok) {
          terminal.push({ stream: "stderr", text: `bash: ${displayArg(state, t.path)}: ${wr.error}\n` });
          code = 1;
          redirErr = wr.error;
          break;
        }
        state = wr.state;
      }
    }
    if (redirErr !== null) {
      stdin = "";
      continue;
    }

    let result: CmdResult;
    if (cmd.type !== undefined) {
      const childIO: IO = { ...io, stdin: fromCursor ? cursor : inText !== null ? { text: inText, pos: 0 } : null };
      const r = runCompound(state, cmd, depth, childIO);
      traces.push(...r.traces);
      result = { code: r.exitCode, out: r.output, state: r.state, wait: r.wait, control: r.control };
      if (pipeline.length > 1) {
        // Each part of a pipeline runs in a subshell: its variables do not come back.
        result.state = { ...state, world: r.state.world, files: r.state.files, dirs: r.state.dirs };
      } else if (r.loop) loop = r.loop;
    } else if (argv.length > 0 && (argv[0] === "break" || argv[0] === "continue")) {
      const n = argv[1] === undefined ? 1 : /^\d+$/.test(argv[1]) ? Number(argv[1]) : NaN;
      if (io.loops === 0) result = { code: 0, out: [{ stream: "stderr", text: `bash: ${argv[0]}: only meaningful in a \`for', \`while', or \`until' loop\n` }] };
      else if (!(n >= 1)) result = { code: 1, out: [{ stream: "stderr", text: `bash: ${argv[0]}: ${argv[1]}: ${Number.isNaN(n) ? "numeric argument required" : "loop count out of range"}\n` }] };
      else {
        result = { code: 0, out: [] };
        if (pipeline.length === 1) loop = { kind: argv[0], n: Math.min(n, io.loops) };
      }
    } else if (argv.length > 0 && argv[0] === "read") {
      const r = readBuiltin(state, argv.slice(1), inText);
      if (fromCursor && cursor) cursor.pos += r.consumed;
      // `… | read x` runs read in a subshell: the variable is lost, as in bash.
      result = { code: r.code, out: r.out, state: i === 0 ? r.state : state };
    } else if (argv.length === 0) {
      // Pure assignment(s).
      const env = { ...state.env };
      let tooBig = false;
      for (const [k, v] of assigns) {
        if (v.length > MAX_VALUE) tooBig = true;
        else env[k] = v;
      }
      state = { ...state, env };
      result = tooBig ? { code: 1, out: [{ stream: "stderr", text: "bash: value too large for this terminal (256 KiB per variable)\n" }] } : { code: sub.substExit ?? 0, out: [] };
    } else {
      const ctxState = assigns.length ? { ...state, env: { ...state.env, ...Object.fromEntries(assigns) } } : state;
      const ctx: CmdContext = {
        state: ctxState,
        stdin: inText,
        stdoutIsTty: isLast && outTarget === null && !outToErr,
        runLine: (s, l) => runInner(s, l, false, depth + 1),
        traces,
      };
      result = dispatch(ctx, argv);
      if (fromCursor && cursor && STDIN_READERS.has(argv[0])) cursor.pos = cursor.text.length;
      // Time passes while a command waits (timeouts, sleep): advance the World's logical clock,
      // unless the command already did (e.g. `aws ec2 wait`).
      if (result.wait && result.wait.realSeconds > 0) {
        const after = result.state ?? ctxState;
        if (after.world.clock === ctxState.world.clock) result = { ...result, state: { ...after, world: simTick(after.world, result.wait.realSeconds) } };
      }
      if (result.state) {
        state = assigns.length ? { ...result.state, env: { ...result.state.env } } : result.state;
        if (assigns.length) for (const [k] of assigns) if (!(k in state0.env) && result.state.env[k] === ctxState.env[k]) delete state.env[k];
      }
    }
    if (result.state && (cmd.type !== undefined || argv[0] === "read")) state = result.state;
    code = result.code;
    if (result.wait) wait = { seconds: (wait?.seconds ?? 0) + result.wait.seconds, realSeconds: (wait?.realSeconds ?? 0) + result.wait.realSeconds };
    if (result.control) control = result.control;

    let outText = "";
    let errText = "";
    for (const c of result.out) {
      let stream = c.stream;
      if (stream === "stdout" && outToErr) stream = "stderr";
      if (stream === "stderr" && errTarget === "stdout") stream = "stdout";
      if (stream === "stdout") {
        if (outTarget) outText += c.text;
        else if (!isLast) outText += c.text;
        else terminal.push({ stream: "stdout", text: c.text });
      } else if (stream === "stderr") {
        if (errTarget && errTarget !== "stdout") errText += c.text;
        else if (errTarget === "stdout" && !isLast) outText += c.text;
        else terminal.push(c);
      } else if (!(errTarget && errTarget !== "stdout")) terminal.push(c);
    }
    if (outTarget) {
      const wr = writeFile(state, outTarget.path, outText, true);
      if (wr.ok) state = wr.state;
      stdin = "";
    } else stdin = outText;
    if (errTarget && errTarget !== "stdout") {
      const wr = writeFile(state, errTarget.path, errText, true);
      if (wr.ok) state = wr.state;
    }
    if (control === "logout") break;
  }
  return { state, output: terminal, exitCode: code, wait, control, traces, loop };
}

/** bash's `read [-r] [-p PROMPT] [NAME…]`: one line of input, split on blanks, the last name takes the rest. */
function readBuiltin(state: ShellState, args: string[], input: string | null): { code: number; out: OutputChunk[]; state: ShellState; consumed: number } {
  let raw = false;
  const names: string[] = [];
  const out: OutputChunk[] = [];
  for (let k = 0; k < args.length; k++) {
    const a = args[k];
    if (a === "-r") raw = true;
    else if (a === "-p") k++;
    else if (a.startsWith("-") && names.length === 0 && a !== "-") return { code: 2, out: [{ stream: "stderr", text: `bash: read: ${a}: invalid option\nread: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]\n` }], state, consumed: 0 };
    else if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(a)) return { code: 1, out: [{ stream: "stderr", text: `bash: read: \`${a}': not a valid identifier\n` }], state, consumed: 0 };
    else names.push(a);
  }
  if (input === null || input === "") return { code: 1, out, state: assignRead(state, names.length ? names : ["REPLY"], ""), consumed: 0 };
  let nl = input.indexOf("\n");
  let line = nl < 0 ? input : input.slice(0, nl);
  let consumed = nl < 0 ? input.length : nl + 1;
  if (!raw) {
    // a backslash-newline continues the line; other backslashes quote the next character
    while (line.endsWith("\\") && nl >= 0) {
      const next = input.indexOf("\n", consumed);
      line = line.slice(0, -1) + input.slice(consumed, next < 0 ? input.length : next);
      consumed = next < 0 ? input.length : next + 1;
      nl = next;
    }
    line = line.replace(/\\(.)/g, "$1");
  }
  return { code: nl < 0 ? 1 : 0, out, state: assignRead(state, names.length ? names : ["REPLY"], line), consumed };
}

function assignRead(state: ShellState, names: string[], line: string): ShellState {
  const env = { ...state.env };
  if (names.length === 1 && names[0] === "REPLY") env.REPLY = line;
  else {
    let rest = line.replace(/^[ \t]+/, "");
    names.forEach((n, k) => {
      if (k === names.length - 1) env[n] = rest.replace(/[ \t]+$/, "");
      else {
        const m = /^(\S*)[ \t]*/.exec(rest)!;
        env[n] = m[1];
        rest = rest.slice(m[0].length);
      }
    });
  }
  return { ...state, env };
}

function displayArg(state: ShellState, abs: string): string {
  return displayPath(state, abs).replace(/^~/, homeOf(state.user));
}

type RedirRes =
  | { kind: "in"; text: string }
  | { kind: "out" | "err"; target: { path: string; append: boolean } }
  | { kind: "err>out" }
  | { kind: "out>err" };

function applyRedirect(state: ShellState, r: Redirect, depth: number, sub: SubCtx): RedirRes | string {
  if (r.op === ">&1") return { kind: "err>out" };
  if (r.op === ">&2") return { kind: "out>err" };
  if (r.op === "<<") {
    if (!r.expand) return { kind: "in", text: r.body };
    return { kind: "in", text: expandHeredoc(state, r.body, depth, sub) };
  }
  if (r.op === "<<<") return { kind: "in", text: expandPlain(sub, r.target, depth) + "\n" };
  const fields = expandWord(state, r.target, depth, sub);
  if (fields.length !== 1) return `${fields.join(" ") || "''"}: ambiguous redirect`;
  const path = resolvePath(state, fields[0]);
  if (r.op === "<") {
    if (path === "/dev/null") return { kind: "in", text: "" };
    const text = readFile(state, path);
    if (text === null) return `${fields[0]}: No such file or directory`;
    return { kind: "in", text };
  }
  return { kind: r.fd === 2 ? "err" : "out", target: { path, append: r.op === ">>" } };
}

function expandHeredoc(state: ShellState, body: string, depth: number, sub: SubCtx): string {
  // $VAR, ${VAR}, $? and $(…) inside an unquoted here-document.
  return body.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*|\?)\}|\$([A-Za-z_][A-Za-z0-9_]*|\?)|\$\(([^()]*)\)/g, (_m, a: string | undefined, b: string | undefined, c: string | undefined) => {
    if (c !== undefined) {
      const fields = expandWord(state, [{ t: "cmd", src: c, q: true }], depth, sub);
      return fields.join(" ");
    }
    return varValue(state, (a ?? b) as string);
  });
}

function dispatch(ctx: CmdContext, argv: string[]): CmdResult {
  const name = argv[0];
  const spec = lookupCommand(name);
  if (!spec) {
    if (name.includes("/")) {
      return { code: 127, out: [{ stream: "stderr", text: `bash: ${name}: No such file or directory\n` }] };
    }
    return { code: 127, out: [{ stream: "stderr", text: `bash: ${name}: command not found\n` }] };
  }
  try {
    return spec.run(ctx, argv.slice(1));
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { code: 1, out: [{ stream: "stderr", text: `${name}: internal error: ${msg}\n` }] };
  }
}

export const __test = { expandWord, runInner };
export { resolvePath };
