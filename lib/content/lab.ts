/**
 * The lab engine: lab definitions (typed data + outcome predicates), the start shell, headless
 * replay of a learner's commands, and goal evaluation.
 *
 * Pure and deterministic like lib/sim and lib/shell: the same lab, seed and commands always give
 * the same shell state, results and goals — the server grades by replaying, never by trusting a
 * verdict from the browser. Nothing here throws on learner input.
 */
import { z } from "zod";
import { createShell, run, type CreateShellOptions, type ShellState } from "@/lib/shell";
import { trace, type FlowTarget, type TraceResult, type World } from "@/lib/sim";
import { TRACKS, isKnownLesson } from "./catalog";

// ── public types ──────────────────────────────────────────────────────────────────────────────

export type LabDifficulty = "beginner" | "intermediate" | "advanced";

/** Where a path trace goes: an IP, a DNS name, or an AWS API call (lib/sim FlowTarget). */
export type TraceTarget = FlowTarget;

export interface LabStart {
  world: World;
  /** the host the terminal ends up on (instance or on-prem host Name) */
  host: string;
  /** hosts to ssh through first, e.g. ["bastion"] then host "app-server" */
  via?: string[];
  profiles?: CreateShellOptions["profiles"];
  credentials?: string;
  /** shown by the UI above the first prompt (plain text) */
  welcome: string;
}

export interface CommandResult {
  line: string;
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Name (or id) of the host the command ran on; for `ssh HOST CMD`, HOST. */
  host?: string;
}

export interface GoalContext {
  start: World;
  world: World;
  shell: ShellState;
  /** the commands that built `world` (all of them: `reset` only clears the screen, as on Linux) */
  commands: string[];
  /** their results, aligned with `commands` */
  results: CommandResult[];
}

export interface GoalResult {
  id: string;
  title: string;
  done: boolean;
  /** explanation code of the first blocking hop of the goal's trace, e.g. NO_ROUTE, ENDPOINT_POLICY_DENY, when not done */
  code?: string;
  /** plain-language why, when not done */
  detail?: string;
}

export interface GoalCheck {
  done: boolean;
  code?: string;
  detail?: string;
}

export interface LabGoal {
  id: string;
  title: string;
  check: (ctx: GoalContext) => GoalCheck;
}

/** Public part: safe to send to the browser (no solution, no hints). */
export interface LabDefinition {
  id: string;
  title: string;
  summary: string;
  /** markdown paragraphs */
  story: string;
  difficulty: LabDifficulty;
  minutes: number;
  track: string;
  /** lesson keys "<track>/<slug>" */
  lessons: string[];
  start: (seed: number) => LabStart;
  goals: LabGoal[];
  /** default source/destination pair for the path-trace panel */
  traceDefault?: { from: string; to: TraceTarget; port?: number };
}

/** Server-only part, in a separate file so it never reaches a client bundle. */
export interface LabSecrets {
  id: string;
  /** progressive, 3–5 */
  hints: string[];
  /** commands, run in order from the start host */
  solution: string[];
  /** break-and-fix only: fault ids with their solutions */
  faults?: Array<{ id: string; title: string; solution: string[] }>;
}

// ── schemas ───────────────────────────────────────────────────────────────────────────────────

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TRACK_SLUGS = TRACKS.map((t) => t.slug);
const fn = z.custom<(...args: never[]) => unknown>((v) => typeof v === "function", "expected a function");

export const LabGoalMetaSchema = z.object({
  id: z.string().regex(KEBAB, "goal ids are kebab-case"),
  title: z.string().min(3).max(200),
  check: fn,
});

export const LabMetaSchema = z
  .object({
    id: z.string().regex(KEBAB, "lab ids are kebab-case").max(64),
    title: z.string().min(3).max(120),
    summary: z.string().min(10).max(400),
    story: z.string().min(40),
    difficulty: z.enum(["beginner", "intermediate", "advanced"]),
    minutes: z.number().int().min(5).max(45),
    track: z.string().refine((s) => TRACK_SLUGS.includes(s), "unknown track slug (lib/content/catalog.ts)"),
    lessons: z.array(z.string().refine(isKnownLesson, "unknown lesson key")).min(1),
    start: fn,
    goals: z.array(LabGoalMetaSchema).min(1).max(10),
    traceDefault: z
      .object({ from: z.string().min(1), to: z.record(z.string(), z.unknown()), port: z.number().int().optional() })
      .optional(),
  })
  .superRefine((lab, ctx) => {
    const ids = lab.goals.map((g) => g.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: "custom", message: "goal ids must be unique" });
    if (!lab.lessons.every((l) => l.startsWith(`${lab.track}/`) || isKnownLesson(l)))
      ctx.addIssue({ code: "custom", message: "lessons must be known lesson keys" });
  });

export const LabSecretsSchema = z.object({
  id: z.string().regex(KEBAB),
  hints: z.array(z.string().min(5)).min(3).max(5),
  solution: z.array(z.string().min(1).max(4096)).min(1),
  faults: z
    .array(
      z.object({ id: z.string().regex(KEBAB), title: z.string().min(3), solution: z.array(z.string().min(1)).min(1) }),
    )
    .optional(),
});

/** JSON-safe public view of a lab (no functions), for pages and API responses. */
export interface LabPublicMeta {
  id: string;
  title: string;
  summary: string;
  story: string;
  difficulty: LabDifficulty;
  minutes: number;
  track: string;
  lessons: string[];
  goals: Array<{ id: string; title: string }>;
  traceDefault?: LabDefinition["traceDefault"];
}

export function labPublicMeta(lab: LabDefinition): LabPublicMeta {
  return {
    id: lab.id,
    title: lab.title,
    summary: lab.summary,
    story: lab.story,
    difficulty: lab.difficulty,
    minutes: lab.minutes,
    track: lab.track,
    lessons: [...lab.lessons],
    goals: lab.goals.map((g) => ({ id: g.id, title: g.title })),
    ...(lab.traceDefault ? { traceDefault: lab.traceDefault } : {}),
  };
}

// ── the engine ────────────────────────────────────────────────────────────────────────────────

export const MAX_COMMANDS = 2000;
export const MAX_COMMAND_LENGTH = 4096;
/** per-stream cap on what a result keeps (the full output is not needed for grading) */
export const MAX_RESULT_OUTPUT = 16 * 1024;

export type ReplayErrorCode = "TOO_MANY_COMMANDS" | "COMMAND_TOO_LONG" | "INVALID_INPUT";

export interface ReplayResult {
  shell: ShellState;
  /** one per input command, in order */
  results: CommandResult[];
  goals: GoalResult[];
  /** set when the input was refused (nothing was run; goals are evaluated on the start) */
  error?: { code: ReplayErrorCode; message: string; index?: number };
}

/** Name tag of an instance / name of an on-prem host, else the id itself. */
export function hostNameOf(world: World, id: string): string {
  const inst = world.instances?.[id];
  if (inst) return inst.tags?.find((t) => t.Key === "Name")?.Value ?? id;
  const h = world.onPremHosts?.[id];
  if (h) return h.name;
  return id;
}

/**
 * Resolve an ssh target (name, IP, user@host) to a host Name of the World, if it is one. IPs are
 * matched in the current host's VPC first (overlapping CIDRs are common in PrivateLink labs).
 */
function hostRefName(world: World, ref: string, fromId: string): string | undefined {
  const target = ref.includes("@") ? ref.slice(ref.indexOf("@") + 1) : ref;
  const vpc = world.instances?.[fromId]?.vpcId;
  const matches = Object.values(world.instances ?? {}).filter(
    (i) =>
      i.state !== "terminated" &&
      (i.id === target ||
        i.privateIpAddress === target ||
        i.publicIpAddress === target ||
        i.tags?.some((t) => t.Key === "Name" && t.Value === target)),
  );
  const inst = matches.find((i) => i.vpcId === vpc) ?? matches[0];
  if (inst) return inst.tags?.find((t) => t.Key === "Name")?.Value ?? inst.id;
  for (const h of Object.values(world.onPremHosts ?? {}))
    if (h.id === target || h.name === target || h.ip === target) return h.name;
  return undefined;
}

function currentHostName(shell: ShellState): string {
  return hostNameOf(shell.world, shell.hostStack[shell.hostStack.length - 1] ?? "");
}

/**
 * The shell a lab starts with: createShell on via[0] (or the host), then `ssh` through the rest
 * of the chain. The ssh banners stay out of history; the exit status starts at 0.
 */
export function startShell(lab: LabDefinition, seed: number): ShellState {
  return shellFromStart(lab.start(seed));
}

function shellFromStart(st: LabStart): ShellState {
  const chain = [...(st.via ?? []), st.host];
  let shell = createShell({ world: st.world, host: chain[0], profiles: st.profiles, credentials: st.credentials });
  for (const hop of chain.slice(1)) {
    const ip = hostIp(st.world, hop) ?? hop;
    shell = run(shell, `ssh ${ip}`).state;
  }
  return { ...shell, history: [], lastExit: 0 };
}

function hostIp(world: World, name: string): string | undefined {
  for (const i of Object.values(world.instances ?? {})) {
    if (i.id === name || i.tags?.some((t) => t.Key === "Name" && t.Value === name)) return i.privateIpAddress;
  }
  return undefined;
}

function joinStream(chunks: Array<{ stream: string; text: string }>, stream: string): string {
  let s = "";
  for (const c of chunks) if (c.stream === stream) s += c.text;
  return s.length > MAX_RESULT_OUTPUT ? s.slice(0, MAX_RESULT_OUTPUT) : s;
}

const SSH_CMD = /^\s*ssh\s+(?:-\S+\s+)*(\S+)\s+\S/;

/**
 * Replay a learner's commands from the lab's start and evaluate every goal. Bounded and total:
 * more than 2000 commands (or `maxCommands`), a command over 4096 characters, or non-string input
 * give a typed `error` instead of running anything. `wait`s are not waited for (the shell already
 * advanced the World's clock). Starting over is the workspace's Reset button, not a command.
 */
export function replayLab(
  lab: LabDefinition,
  commands: string[],
  opts: {
    seed: number;
    maxCommands?: number;
    budgetMs?: never;
    /** reuse the longest cached prefix (default true) */ cache?: boolean;
  },
): ReplayResult {
  const useCache = opts.cache !== false;
  const limit = Math.min(MAX_COMMANDS, opts.maxCommands ?? MAX_COMMANDS);
  const refuse = (code: ReplayErrorCode, message: string, index?: number): ReplayResult => {
    const st = lab.start(opts.seed);
    const shell = shellFromStart(st);
    const ctx: GoalContext = { start: st.world, world: shell.world, shell, commands: [], results: [] };
    return {
      shell,
      results: [],
      goals: evaluateGoals(lab, ctx),
      error: { code, message, ...(index === undefined ? {} : { index }) },
    };
  };
  if (!Array.isArray(commands)) return refuse("INVALID_INPUT", "commands must be an array of strings");
  if (commands.length > limit)
    return refuse("TOO_MANY_COMMANDS", `at most ${limit} commands can be replayed (got ${commands.length})`);
  for (let i = 0; i < commands.length; i++) {
    const c: unknown = commands[i];
    if (typeof c !== "string") return refuse("INVALID_INPUT", `command ${i + 1} is not a string`, i);
    if (c.length > MAX_COMMAND_LENGTH)
      return refuse(
        "COMMAND_TOO_LONG",
        `command ${i + 1} is ${c.length} characters long; the limit is ${MAX_COMMAND_LENGTH}`,
        i,
      );
  }

  // Resume from the longest cached prefix (the UI re-sends the whole, growing list on every check).
  const hashes = useCache ? prefixHashes(opts.seed, commands) : [];
  const hit = useCache ? cacheLookup(lab, commands, hashes) : undefined;
  let from = 0;
  let startWorld: World;
  let startShellState: ShellState;
  let shell: ShellState;
  let all: CommandResult[];
  let segCommands: string[];
  let segResults: CommandResult[];
  if (hit) {
    from = hit.commands.length;
    startWorld = hit.startWorld;
    startShellState = hit.startShell;
    shell = hit.shell;
    all = hit.all.slice();
    segCommands = hit.segCommands.slice();
    segResults = hit.segResults.slice();
  } else {
    const st = lab.start(opts.seed);
    startWorld = st.world;
    startShellState = shellFromStart(st);
    shell = startShellState;
    all = [];
    segCommands = [];
    segResults = [];
  }
  for (let i = from; i < commands.length; i++) {
    const line = commands[i];
    let host = currentHostName(shell);
    const m = SSH_CMD.exec(line);
    if (m) host = hostRefName(shell.world, m[1], shell.hostStack[shell.hostStack.length - 1] ?? "") ?? host;
    const r = run(shell, line);
    const res: CommandResult = {
      line,
      exitCode: r.exitCode,
      stdout: joinStream(r.output, "stdout"),
      stderr: joinStream(r.output, "stderr"),
      host,
    };
    all.push(res);
    shell = r.state;
    segCommands.push(line);
    segResults.push(res);
  }
  if (useCache)
    cacheStore(lab, hashes[commands.length], {
      commands: commands.slice(),
      startWorld,
      startShell: startShellState,
      shell,
      all: all.slice(),
      segCommands: segCommands.slice(),
      segResults: segResults.slice(),
    });
  const ctx: GoalContext = { start: startWorld, world: shell.world, shell, commands: segCommands, results: segResults };
  return { shell, results: all, goals: evaluateGoals(lab, ctx) };
}

// ── replay cache: a small LRU of final states, keyed by lab × seed × command-prefix hash ──────
// Entries are verified command by command (the hash only indexes), so a hash collision can never
// hand one transcript another's state. Shell states are immutable values: callers must not mutate
// what replayLab returns.

interface CacheEntry {
  commands: string[];
  startWorld: World;
  startShell: ShellState;
  shell: ShellState;
  all: CommandResult[];
  segCommands: string[];
  segResults: CommandResult[];
}

// Sized for a class working at once: every learner's latest Check stays cached until their next
// one (least recently used first out), within a bound on the output text kept.
const CACHE_MAX_ENTRIES = 1000;
const CACHE_MAX_RESULT_CHARS = 1024 * 1024;
const CACHE_MAX_TOTAL_CHARS = 64 * 1024 * 1024;
const replayCache = new WeakMap<LabDefinition, Map<string, CacheEntry>>();
/** Every cached entry, least recently used first (a Map keeps insertion order). */
let cacheOrder = new Map<string, { lab: LabDefinition; key: string; chars: number }>();
let cacheChars = 0;

/** h[i] = hash of (seed, commands[0..i)) — FNV-1a over the strings, two 32-bit lanes. */
function prefixHashes(seed: number, commands: string[]): string[] {
  let a = 0x811c9dc5 ^ (seed | 0);
  let b = 0x01000193 ^ Math.imul(seed | 0, 0x9e3779b1);
  const out = [`${seed}:0:${a >>> 0}:${b >>> 0}`];
  for (let i = 0; i < commands.length; i++) {
    const c = commands[i];
    for (let j = 0; j < c.length; j++) {
      const ch = c.charCodeAt(j);
      a = Math.imul(a ^ ch, 0x01000193);
      b = Math.imul(b ^ ch, 0x5bd1e995);
    }
    a = Math.imul(a ^ 0x1f, 0x01000193);
    b = Math.imul(b ^ 0x1f, 0x5bd1e995);
    out.push(`${seed}:${i + 1}:${a >>> 0}:${b >>> 0}`);
  }
  return out;
}

function cacheLookup(lab: LabDefinition, commands: string[], hashes: string[]): CacheEntry | undefined {
  const m = replayCache.get(lab);
  if (!m || m.size === 0) return undefined;
  for (let n = commands.length; n >= 0; n--) {
    const e = m.get(hashes[n]);
    if (!e || e.commands.length !== n) continue;
    let same = true;
    for (let i = 0; i < n && same; i++) same = e.commands[i] === commands[i];
    if (same) {
      const id = orderId(lab, hashes[n]);
      const o = cacheOrder.get(id);
      if (o) {
        cacheOrder.delete(id);
        cacheOrder.set(id, o);
      }
      return e;
    }
  }
  return undefined;
}

const labIds = new WeakMap<LabDefinition, number>();
let nextLabId = 0;
function orderId(lab: LabDefinition, key: string): string {
  let n = labIds.get(lab);
  if (n === undefined) labIds.set(lab, (n = nextLabId++));
  return `${n}|${key}`;
}

function cacheStore(lab: LabDefinition, key: string, e: CacheEntry): void {
  let chars = 0;
  for (const r of e.all) chars += r.stdout.length + r.stderr.length + r.line.length;
  if (chars > CACHE_MAX_RESULT_CHARS) return;
  let m = replayCache.get(lab);
  if (!m) replayCache.set(lab, (m = new Map()));
  const id = orderId(lab, key);
  const prev = cacheOrder.get(id);
  if (prev) {
    cacheOrder.delete(id);
    cacheChars -= prev.chars;
  }
  cacheOrder.set(id, { lab, key, chars });
  cacheChars += chars;
  m.set(key, e);
  for (const [oldId, old] of cacheOrder) {
    if (cacheOrder.size <= CACHE_MAX_ENTRIES && cacheChars <= CACHE_MAX_TOTAL_CHARS) break;
    cacheOrder.delete(oldId);
    cacheChars -= old.chars;
    replayCache.get(old.lab)?.delete(old.key);
  }
}

/** Size of the replay cache, and whether a transcript's final state is in it (tests, diagnostics). */
export function replayCacheStats(probe?: { lab: LabDefinition; seed: number; commands: string[] }): { entries: number; chars: number; has: boolean } {
  let has = false;
  if (probe) {
    const key = prefixHashes(probe.seed, probe.commands)[probe.commands.length];
    const e = replayCache.get(probe.lab)?.get(key);
    has = e !== undefined && e.commands.length === probe.commands.length && e.commands.every((c, i) => c === probe.commands[i]);
  }
  return { entries: cacheOrder.size, chars: cacheChars, has };
}

/** Drop every cached replay (tests, or after hot-reloading lab definitions). */
export function clearReplayCache(): void {
  for (const { lab } of cacheOrder.values()) replayCache.delete(lab);
  cacheOrder = new Map();
  cacheChars = 0;
}

/** Evaluate every goal; a goal whose check throws counts as not done (code CHECK_ERROR). */
export function evaluateGoals(lab: LabDefinition, ctx: GoalContext): GoalResult[] {
  return lab.goals.map((g) => {
    let r: GoalCheck;
    try {
      r = g.check(ctx);
    } catch (e) {
      r = {
        done: false,
        code: "CHECK_ERROR",
        detail: `This goal could not be checked: ${e instanceof Error ? e.message : String(e)}`,
      };
    }
    const out: GoalResult = { id: g.id, title: g.title, done: !!r.done };
    if (!r.done) {
      if (r.code) out.code = r.code;
      if (r.detail) out.detail = r.detail;
    }
    return out;
  });
}

// ── break-and-fix ─────────────────────────────────────────────────────────────────────────────

export const BREAK_AND_FIX_FAULTS = [
  "missing-route-association",
  "wrong-region",
  "sg-no-443",
  "private-dns-off",
  "restrictive-endpoint-policy",
  "connection-not-accepted",
] as const;
export type BreakAndFixFault = (typeof BREAK_AND_FIX_FAULTS)[number];

/** Which fault a seed picks: deterministic, spread over the list (an integer hash, not seed % n). */
export function breakAndFixFault(seed: number): BreakAndFixFault {
  let x = (Number.isFinite(seed) ? Math.trunc(seed) : 0) | 0;
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
  x ^= x >>> 16;
  return BREAK_AND_FIX_FAULTS[(x >>> 0) % BREAK_AND_FIX_FAULTS.length];
}

// ── helpers for writing goals (outcome predicates over the World and traces) ──────────────────

/** Instance id by Name tag (running, not terminated), or "" */
export function instanceByName(world: World, name: string): string {
  for (const i of Object.values(world.instances ?? {}))
    if (i.state !== "terminated" && i.tags?.some((t) => t.Key === "Name" && t.Value === name)) return i.id;
  return "";
}

/** Any resource id by Name tag over the common collections, or "". */
export function nameToId(world: World, name: string): string {
  const cols = [
    world.vpcs,
    world.subnets,
    world.routeTables,
    world.securityGroups,
    world.vpcEndpoints,
    world.natGateways,
    world.internetGateways,
    world.vpnGateways,
    world.vpnConnections,
    world.customerGateways,
  ] as Array<Record<string, { tags?: Array<{ Key: string; Value: string }> }> | undefined>;
  for (const c of cols)
    for (const [id, r] of Object.entries(c ?? {}))
      if (r.tags?.some((t) => t.Key === "Name" && t.Value === name)) return id;
  return "";
}

/** Trace from a host Name (instance or on-prem host) — never throws. */
export function traceFrom(
  world: World,
  from: string,
  to: TraceTarget,
  opts: { port?: number; principalArn?: string } = {},
): TraceResult {
  const src = instanceByName(world, from) || from;
  return trace(world, {
    from: src,
    to,
    ...(opts.port ? { port: opts.port } : {}),
    ...(opts.principalArn ? { principalArn: opts.principalArn } : {}),
  });
}

/** The first blocking hop of a trace (or the trace's own code/outcome) as a failed goal. */
export function blocked(tr: TraceResult, prefix?: string): GoalCheck {
  const hop = tr.hops.find((h) => h.verdict === "block");
  const code = hop?.code ?? (tr.code || tr.outcome.toUpperCase());
  const why =
    hop?.message ?? tr.serviceError?.message ?? tr.accessDeniedMessage ?? `The path ends with outcome "${tr.outcome}".`;
  return { done: false, code, detail: prefix ? `${prefix} ${why}` : why };
}

export function hasHop(tr: TraceResult, kind: TraceResult["hops"][number]["kind"]): boolean {
  return tr.hops.some((h) => h.kind === kind && h.verdict !== "block");
}

/** ok when the trace succeeds and (optionally) passes through every hop kind in `through`. */
export function traceGoal(
  tr: TraceResult,
  opts: {
    through?: Array<TraceResult["hops"][number]["kind"]>;
    avoid?: Array<TraceResult["hops"][number]["kind"]>;
    what?: string;
  } = {},
): GoalCheck {
  if (tr.outcome !== "ok") return blocked(tr, opts.what);
  for (const k of opts.through ?? []) {
    if (!hasHop(tr, k))
      return {
        done: false,
        code: `MISSING_${k.toUpperCase().replace(/-/g, "_")}_HOP`,
        detail: `${opts.what ? opts.what + " " : ""}It works, but the path does not go through ${HOP_LABEL[k] ?? k}.`,
      };
  }
  for (const k of opts.avoid ?? []) {
    if (tr.hops.some((h) => h.kind === k))
      return {
        done: false,
        code: `USES_${k.toUpperCase().replace(/-/g, "_")}`,
        detail: `${opts.what ? opts.what + " " : ""}It works, but the path goes through ${HOP_LABEL[k] ?? k}.`,
      };
  }
  return { done: true };
}

const HOP_LABEL: Partial<Record<string, string>> = {
  "vpce-gateway": "a gateway endpoint",
  "vpce-interface": "an interface endpoint",
  "vpce-gwlb": "a Gateway Load Balancer endpoint",
  nat: "a NAT gateway",
  igw: "an internet gateway",
  vgw: "a virtual private gateway",
  tunnel: "a VPN tunnel",
  "endpoint-service": "an endpoint service",
};

/** Did the learner run a command matching `pattern` successfully on `host` (by Name)? */
export function ranSuccessfully(ctx: GoalContext, pattern: RegExp, host?: string): boolean {
  return ctx.results.some((r) => r.exitCode === 0 && pattern.test(r.line) && (host === undefined || r.host === host));
}
