/**
 * The shell driver: createShell / run / interrupt / promptOf. Pure and deterministic — the same
 * state and line always give the same result; nothing here throws.
 */
import { evalArith } from "./arith";
import { parse, type ParseResult, type Redirect, type SimpleCommand, type Word } from "./tokenize";
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

interface Acc {
  state: ShellState;
  output: OutputChunk[];
  traces: TraceResult[];
  wait?: Wait;
  control?: Control;
}

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
  const acc: Acc = { state, output: [], traces: [] };
  for (const item of parsed.list) {
    const last = acc.state.lastExit;
    if (item.conn === "&&" && last !== 0) continue;
    if (item.conn === "||" && last === 0) continue;
    const r = runPipeline(acc.state, item.pipeline, depth);
    acc.output.push(...r.output);
    acc.traces.push(...r.traces);
    acc.state = r.state.lastExit === r.exitCode ? r.state : { ...r.state, lastExit: r.exitCode };
    if (r.wait) acc.wait = { seconds: (acc.wait?.seconds ?? 0) + r.wait.seconds, realSeconds: (acc.wait?.realSeconds ?? 0) + r.wait.realSeconds };
    if (r.control) acc.control = r.control;
    if (r.control === "logout" || r.control === "reset") break;
  }
  return { state: acc.state, output: capOutput(mergeChunks(acc.output)), exitCode: acc.state.lastExit, wait: acc.wait, control: acc.control, traces: acc.traces };
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
        const text = p.src
          .replace(/\$\(([^()]*)\)/g, (_m, c: string) => expandWord(state, [{ t: "cmd", src: c, q: true }], depth, sub).join(" "))
          .replace(/\$\{([A-Za-z_][A-Za-z0-9_]*|\?)\}|\$([A-Za-z_][A-Za-z0-9_]*|\?)/g, (_m, a: string | undefined, b: string | undefined) => varValue(state, (a ?? b)!));
        const r = evalArith(text, (name) => varValue(state, name));
        if (r.ok) val = String(r.value);
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

function runPipeline(state0: ShellState, pipeline: SimpleCommand[], depth: number): RunResult {
  let state = state0;
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
    for (const w of cmd.words) {
      const first = w[0];
      if (!seenCmd && first && first.t === "lit" && !first.q && ASSIGN.test(first.v)) {
        const m = ASSIGN.exec(first.v)!;
        const rest: Word = [{ t: "lit", v: first.v.slice(m[0].length), q: true }, ...w.slice(1)];
        const val = expandWord(sub.state, rest, depth, sub).join(" ");
        assigns.push([m[1], val]);
        continue;
      }
      seenCmd = true;
      argv.push(...expandWord(sub.state, w, depth, sub));
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
    let inText: string | null = i === 0 ? null : stdin;
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
      if (res.kind === "in") inText = res.text;
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
    if (argv.length === 0) {
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
    if (control === "logout" || control === "reset") break;
  }
  return { state, output: terminal, exitCode: code, wait, control, traces };
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
