/**
 * The `aws` command: global options, service/operation dispatch, usage errors (rc 252),
 * configuration errors (rc 253), service errors (rc 254), connection failures (rc 255), output
 * formatting. Wording and layout follow shared/aws-reference.md §1–§4 (CLI ≥ 2.34 style).
 */
import { withModelParams } from "./model-params";
import type { CmdContext, CmdResult, CommandSpec, OutputChunk, ShellState, Wait } from "../types";
import { err, note, out } from "../result";
import jmespath from "jmespath";
import { pythonQuerySyntaxError } from "./jmespath-syntax";
import { applyQuery, formatOutput, OUTPUT_FORMATS, type OutputFormat } from "../format";
import { closeMatches, parseParams, type ParamSpec, type ParamValue } from "./args";
import { currentHost, type HostInfo } from "../host";
import { readFile, resolvePath, shownLocal } from "../vfs";
import { homeOf } from "../vfs";
import { simTrace, type AwsCallTarget, type TraceResult } from "../simport";
import { unixDate } from "../tools/basic";
import { awsConfigure } from "./configure";
import { PAGINATED, REAL_OPERATIONS } from "./catalog.generated";

export const CLI_VERSION = "aws-cli/2.36.7 Python/3.13.7 Linux/6.1.112-122.189.amzn2023.x86_64 exe/x86_64.amzn.2023";

export const USAGE =
  "usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n" +
  "To see help text, you can run:\n\n" +
  "  aws help\n" +
  "  aws <command> help\n" +
  "  aws <command> <subcommand> help\n";

export const ERROR_PREFIX = "aws: [ERROR]: ";

// ── operation model ─────────────────────────────────────────────────────────────────────────

export interface AwsGlobals {
  region?: string;
  profile?: string;
  output?: OutputFormat;
  query?: string;
  debug: boolean;
  connectTimeout?: number;
  readTimeout?: number;
  endpointUrl?: string;
  noPager: boolean;
  noPaginate: boolean;
}

export interface AwsCall {
  ctx: CmdContext;
  state: ShellState;
  globals: AwsGlobals;
  region: string;
  accountId: string;
  principalArn?: string;
  host: HostInfo;
  values: Record<string, ParamValue>;
  positionals: string[];
  service: string;
  op: OpDef;
}

export type OpOutcome =
  | { kind: "data"; data: unknown; state?: ShellState; empty?: boolean; api?: string }
  | { kind: "raw"; result: CmdResult }
  | { kind: "error"; code: string; message: string; api?: string; state?: ShellState };

export interface OpDef {
  name: string;
  /** API operation name, used in error lines and as the table title */
  api: string;
  summary: string;
  /**
   * For an API operation: only hints — completion `ids`, and the CLI's customizations (marked
   * `customization`). Names, order, types and required members come from botocore's model
   * (model-params.ts) when the services are registered. High-level commands (aws s3 …) and
   * waiters list their own arguments here.
   */
  params: ParamSpec[];
  /** positional arguments (s3 paths, waiter names) */
  positionals?: number;
  /** the AWS call this operation makes, for the reachability check; null = no network */
  target: (call: Omit<AwsCall, "op">) => AwsCallTarget | null;
  run: (call: AwsCall) => OpOutcome;
  /** checks the raw arguments before options are parsed (argparse's positional choices, e.g. waiter names) */
  preflight?: (args: string[]) => OpOutcome | undefined;
  /** s3 high-level commands print their own errors (no blank line / prefix) */
  highLevel?: boolean;
}

export interface ServiceDef {
  name: string;
  summary: string;
  ops: OpDef[];
}

// ── response tap (dev tools only) ───────────────────────────────────────────────────────────

/** One AWS API answer as the service would send it, before `--query` and formatting. */
export type ApiAnswer =
  | { service: string; api: string; kind: "data"; data: unknown }
  | { service: string; api: string; kind: "error"; code: string; message: string }
  | { service: string; api: string; kind: "unreachable" }
  | { service: string; api: string; kind: "high-level" };

// The fidelity harness (tools/fidelity) listens here to serve the simulator's answers to the real
// AWS CLI. Nothing in the app sets it, so it never changes what a command does or prints.
let apiTap: ((a: ApiAnswer) => void) | null = null;
export function setApiTap(fn: ((a: ApiAnswer) => void) | null): void {
  apiTap = fn;
}

// ── error text helpers ──────────────────────────────────────────────────────────────────────

/** A service error line: blank line, prefixed error line (aws-reference §1.1, §1.2). */
export function serviceErrorText(code0: string, api: string, message0: string): string {
  let code = code0;
  let message = message0;
  // A HEAD response has no body: the CLI knows only the status (botocore parsers, RestXMLParser).
  if ((api === "HeadObject" || api === "HeadBucket") && !/^\d+$/.test(code)) {
    const status = /AccessDenied|Forbidden/.test(code) ? "403" : /^NoSuch|NotFound$/.test(code) ? "404" : "400";
    code = status;
    message = status === "403" ? "Forbidden" : status === "404" ? "Not Found" : "Bad Request";
  }
  return `\n${ERROR_PREFIX}An error occurred (${code}) when calling the ${api} operation: ${message}`.trimEnd() + "\n";
}

function usageMissing(message: string): CmdResult {
  return { code: 252, out: [err(`\n${ERROR_PREFIX}An error occurred (ParamValidation): ${message}\n\n${USAGE}`)] };
}

function usageUnknown(message: string): CmdResult {
  return { code: 252, out: [err(`\n${USAGE}\n\n${ERROR_PREFIX}${message}\n`)] };
}

function usageInvalidChoice(arg: string, value: string, choices: string[]): CmdResult {
  const close = closeMatches(value, choices);
  const maybe = close.length ? `\nMaybe you meant:\n\n${close.map((c) => `  * ${c}\n`).join("")}` : "";
  return { code: 252, out: [err(`\n${ERROR_PREFIX}An error occurred (ParamValidation): argument ${arg}: Found invalid choice '${value}'\n${maybe}\n${USAGE}`)] };
}

/** Paginated operations with non-aggregate keys (their text output differs from the full result). */
const PAGINATED_NONAGG = new Set(Object.entries(PAGINATED).filter(([, v]) => v.split("|")[2]).map(([k]) => k));

/**
 * What the CLI prints for a paginated response. "full": botocore/paginate.py build_full_result —
 * the result keys, then the non-aggregate keys (None when the page lacks them), nothing else of the
 * page. "text-page": `--output text` formats page by page — the non-aggregate keys first, then each
 * result key set from the page, null when absent (awscli formatter.py TextFormatter.__call__).
 * `--no-paginate` skips this: the single response prints as the service sent it.
 */
export function pagedResult(service: string, api: string, data: unknown, mode: "full" | "text-page" = "full"): unknown {
  const spec = PAGINATED[`${service} ${api}`];
  if (!spec || !data || typeof data !== "object" || Array.isArray(data)) return data;
  const [keys, , nonAggregate] = spec.split("|").map((x) => (x ? x.split(" ") : []));
  const d = data as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  if (mode === "text-page") {
    for (const k of nonAggregate) out[k] = d[k] ?? null;
    for (const k of keys) out[k] = d[k] ?? null;
    return out;
  }
  for (const k of keys) if (d[k] !== undefined && d[k] !== null) out[k] = d[k];
  for (const k of nonAggregate) out[k] = d[k] ?? null;
  return out;
}

export function realOperations(service: string): string[] {
  const names = REAL_OPERATIONS[service];
  return names ? names.split(" ") : [];
}

function notSimulated(service: string, opName: string): CmdResult {
  return {
    code: 255,
    out: [
      err(`\n${ERROR_PREFIX}aws ${service} ${opName} is a real AWS CLI command that Pathwise's simulator does not implement.\n`),
      note(`(The simulated ${service} commands are listed by \`aws ${service} help\`.)\n`),
    ],
  };
}

function paramError(message: string): CmdResult {
  // Paramfile / JSON / shorthand errors: ParamError → ParamValidationErrorsHandler, no usage block [Source: awscli/argprocess.py, errorhandler.py].
  return { code: 252, out: [err(`\n${ERROR_PREFIX}An error occurred (ParamValidation): ${message}\n`)] };
}

function configError(code: string, message: string): CmdResult {
  return { code: 253, out: [err(`\n${ERROR_PREFIX}An error occurred (${code}): ${message}\n`)] };
}

// ── global options ──────────────────────────────────────────────────────────────────────────

const GLOBAL_WITH_VALUE = new Set([
  "region",
  "profile",
  "output",
  "query",
  "cli-connect-timeout",
  "cli-read-timeout",
  "endpoint-url",
  "color",
  "ca-bundle",
  "cli-binary-format",
  "cli-error-format",
]);
const GLOBAL_FLAGS = new Set(["debug", "no-cli-pager", "no-paginate", "no-verify-ssl", "no-sign-request", "cli-auto-prompt", "no-cli-auto-prompt", "version"]);
export const GLOBAL_OPTIONS = [...GLOBAL_WITH_VALUE, ...GLOBAL_FLAGS].map((g) => "--" + g);

type GlobalsParse = { ok: true; globals: AwsGlobals; rest: string[]; version: boolean } | { ok: false; result: CmdResult };

function parseGlobals(args: string[]): GlobalsParse {
  const g: AwsGlobals = { debug: false, noPager: false, noPaginate: false };
  const rest: string[] = [];
  let version = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith("--")) {
      rest.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
    if (GLOBAL_FLAGS.has(name)) {
      if (name === "debug") g.debug = true;
      if (name === "no-cli-pager") g.noPager = true;
      if (name === "no-paginate") g.noPaginate = true;
      if (name === "version") version = true;
      continue;
    }
    if (GLOBAL_WITH_VALUE.has(name)) {
      const v = eq >= 0 ? a.slice(eq + 1) : args[i + 1];
      if (v === undefined || (eq < 0 && v.startsWith("--"))) return { ok: false, result: usageMissing(`argument --${name}: expected one argument`) };
      if (eq < 0) i++;
      switch (name) {
        case "region":
          g.region = v;
          break;
        case "profile":
          g.profile = v;
          break;
        case "output":
          if (!OUTPUT_FORMATS.includes(v as OutputFormat)) return { ok: false, result: usageInvalidChoice("--output", v, OUTPUT_FORMATS) };
          g.output = v as OutputFormat;
          break;
        case "query":
          g.query = v;
          break;
        case "cli-connect-timeout":
        case "cli-read-timeout": {
          const n = Number(v);
          if (!Number.isFinite(n)) return { ok: false, result: usageMissing(`argument --${name}: invalid int value: '${v}'`) };
          if (name === "cli-connect-timeout") g.connectTimeout = n;
          else g.readTimeout = n;
          break;
        }
        case "endpoint-url":
          g.endpointUrl = v;
          break;
        case "color":
          if (!["on", "off", "auto"].includes(v)) return { ok: false, result: usageInvalidChoice("--color", v, ["on", "off", "auto"]) };
          break;
        default:
          break;
      }
      continue;
    }
    rest.push(a);
  }
  return { ok: true, globals: g, rest, version };
}

// ── configuration (~/.aws/config) ───────────────────────────────────────────────────────────

export interface ProfileConfig {
  region?: string;
  output?: string;
  role_arn?: string;
  [key: string]: string | undefined;
}

export function readAwsConfig(state: ShellState): Record<string, ProfileConfig> {
  return readIni(readFile(state, homeOf(state.user) + "/.aws/config") ?? "");
}

export function readAwsCredentials(state: ShellState): Record<string, ProfileConfig> {
  return readIni(readFile(state, homeOf(state.user) + "/.aws/credentials") ?? "");
}

/** Deterministic access key id for a principal with long-term keys (IAM user or root). */
export function accessKeyIdFor(principalArn: string): string {
  let h = 2166136261;
  for (let i = 0; i < principalArn.length; i++) h = Math.imul(h ^ principalArn.charCodeAt(i), 16777619) >>> 0;
  const A = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let out = "AKIA";
  for (let i = 0; i < 16; i++) {
    h = (Math.imul(h, 1103515245) + 12345) >>> 0;
    out += A[(h >>> 27) & 31];
  }
  return out;
}

function principalForKey(state: ShellState, keyId: string): string | undefined {
  for (const a of Object.values(state.world.accounts ?? {})) {
    for (const arn of Object.keys(a.principals ?? {})) if (accessKeyIdFor(arn) === keyId) return arn;
  }
  return undefined;
}

// Parsed files are shared between callers (read-only use only); keyed by the file's text.
const iniCache = new Map<string, Record<string, ProfileConfig>>();

function readIni(text: string): Record<string, ProfileConfig> {
  let hit = iniCache.get(text);
  if (!hit) {
    hit = parseIni(text);
    if (iniCache.size > 200) iniCache.clear();
    iniCache.set(text, hit);
  }
  return hit;
}

function parseIni(text: string): Record<string, ProfileConfig> {
  const profiles: Record<string, ProfileConfig> = {};
  let cur: ProfileConfig | null = null;
  for (const line of text.split("\n")) {
    const t = line.trim();
    if (!t || t.startsWith("#") || t.startsWith(";")) continue;
    const sec = /^\[(.+)\]$/.exec(t);
    if (sec) {
      const name = sec[1].trim().replace(/^profile\s+/, "");
      cur = profiles[name] = profiles[name] ?? {};
      continue;
    }
    const kv = /^([A-Za-z0-9_]+)\s*=\s*(.*)$/.exec(t);
    if (kv && cur) cur[kv[1]] = kv[2].trim();
  }
  return profiles;
}

// ── time formatting ─────────────────────────────────────────────────────────────────────────

/** Epoch ms → the CLI's ISO form: `2024-05-14T09:40:50+00:00`, `…T10:02:11.583000+00:00` (§1.4). */
const cliTimeCache = new Map<number, string>();

export function cliTime(ms: number): string {
  let s = cliTimeCache.get(ms);
  if (s === undefined) {
    s = cliTimeUncached(ms);
    if (cliTimeCache.size > 5000) cliTimeCache.clear();
    cliTimeCache.set(ms, s);
  }
  return s;
}

function cliTimeUncached(ms: number): string {
  const iso = new Date(ms).toISOString(); // 2024-05-14T10:02:11.583Z
  const [base, frac] = iso.slice(0, -1).split(".");
  if (!frac || /^0+$/.test(frac)) return base + "+00:00";
  return `${base}.${frac.padEnd(6, "0")}+00:00`;
}

function debugStamp(ms: number, offsetMs: number): string {
  const d = new Date(ms + offsetMs);
  const iso = d.toISOString();
  return iso.slice(0, 10) + " " + iso.slice(11, 19) + "," + iso.slice(20, 23);
}

// ── the command ─────────────────────────────────────────────────────────────────────────────

let SERVICES: ServiceDef[] = [];

export function registerServices(defs: ServiceDef[]): void {
  // each operation's arguments come from botocore's model (model-params.ts)
  SERVICES = defs.map((s) => ({ ...s, ops: s.ops.map((op) => withModelParams(s.name, op)) }));
}

export function serviceDefs(): ServiceDef[] {
  return SERVICES;
}

function helpText(service?: ServiceDef, op?: OpDef): string {
  if (!service) {
    return (
      "AWS()\n\nNAME\n       aws -\n\nDESCRIPTION\n       The  AWS  Command  Line  Interface is a unified tool to manage your AWS\n       services.\n\nSYNOPSIS\n          aws [options] <command> <subcommand> [parameters]\n\nAVAILABLE SERVICES (in this simulator)\n" +
      SERVICES.map((s) => `       o ${s.name}\n`).join("") +
      "\nGLOBAL OPTIONS\n" +
      GLOBAL_OPTIONS.map((o) => `       ${o}\n`).join("")
    );
  }
  if (!op) {
    return (
      `${service.name.toUpperCase()}()\n\nNAME\n       ${service.name} -\n\nDESCRIPTION\n       ${service.summary}\n\nAVAILABLE COMMANDS (in this simulator)\n` +
      service.ops.map((o) => `       o ${o.name}\n`).join("")
    );
  }
  return (
    `${op.name.toUpperCase()}()\n\nNAME\n       ${op.name} -\n\nDESCRIPTION\n       ${op.summary}\n\nSYNOPSIS\n            ${op.name}\n` +
    op.params.map((p) => `          ${p.required ? "" : "["}--${p.name}${p.type === "boolean" ? "" : " <value>"}${p.required ? "" : "]"}\n`).join("")
  );
}

export const awsCommand: CommandSpec = {
  name: "aws",
  summary: "the AWS CLI v2 (simulated: s3, s3api, sts, ec2, dynamodb, sqs, kms, elbv2)",
  run(ctx, args) {
    const gp = parseGlobals(args);
    if (!gp.ok) return gp.result;
    const { globals, rest, version } = gp;
    if (version) return { code: 0, out: [out(CLI_VERSION + "\n")] };
    const [svcName, opName, ...opArgs] = rest;
    if (svcName === undefined) return usageMissing("the following arguments are required: command");
    if (svcName === "help") return { code: 0, out: [out(helpText())] };
    if (svcName === "configure") return awsConfigure(ctx, rest.slice(1), globals.profile);
    const service = SERVICES.find((s) => s.name === svcName);
    if (!service) {
      return usageInvalidChoice(
        "command",
        svcName,
        [...SERVICES.map((s) => s.name), "configure"],
      );
    }
    if (opName === undefined) return usageMissing("the following arguments are required: operation");
    if (opName === "help") return { code: 0, out: [out(helpText(service))] };
    const op = service.ops.find((o) => o.name === opName);
    if (!op) {
      // The real CLI's choices are every operation of the service (catalog.generated.ts, from
      // botocore's models), so a real operation the simulator lacks is not a typo.
      const real = realOperations(service.name);
      if (real.includes(opName)) return notSimulated(service.name, opName);
      // the s3 customization's own subcommand table names its argument `subcommand`
      return usageInvalidChoice(service.name === "s3" ? "subcommand" : "operation", opName, real.length ? real : service.ops.map((o) => o.name));
    }
    if (opArgs.includes("help") && op.positionals === undefined) return { code: 0, out: [out(helpText(service, op))] };
    // Global values are resolved up front (awscli/customizations/globalargs.py) — before any network I/O.
    if (globals.query !== undefined) {
      const err0 = compileQuery(globals.query);
      if (err0) return paramError(`Bad value for --query ${globals.query}: ${err0}`);
    }
    if (globals.endpointUrl !== undefined && !/^[a-z][a-z0-9+.-]*:\/\//i.test(globals.endpointUrl)) {
      return paramError(`Bad value for --endpoint-url "${globals.endpointUrl}": scheme is missing.  Must be of the form http://<hostname>/ or https://<hostname>/`);
    }
    const early = op.preflight?.(opArgs);
    if (early?.kind === "raw") return early.result;
    const parsed = parseParams(ctx.state, opArgs, op.params, op.positionals ?? 0);
    if (!parsed.ok) {
      // `aws s3 …` are customization commands (BasicCommand): leftover options are a
      // ParamValidationError without the usage block (awscli/customizations/commands.py)
      if (parsed.kind === "unknown") return op.highLevel ? paramError(parsed.message) : usageUnknown(parsed.message);
      if (parsed.kind === "param") return paramError(parsed.message);
      return usageMissing(parsed.message);
    }
    return invoke(ctx, globals, service, op, parsed.values, parsed.positionals);
  },
};

function invoke(ctx: CmdContext, globals: AwsGlobals, service: ServiceDef, op: OpDef, values: Record<string, ParamValue>, positionals: string[]): CmdResult {
  const state = ctx.state;
  const env = state.env;
  const host = currentHost(state);
  if (!host) return { code: 255, out: [err("\naws: [ERROR]: this terminal is not attached to a simulated host\n")] };
  const profiles = readAwsConfig(state);
  const profileName = globals.profile ?? env.AWS_PROFILE ?? env.AWS_DEFAULT_PROFILE ?? "default";
  const profile = profiles[profileName];
  // A profile named explicitly (--profile, AWS_PROFILE) must exist in the config or credentials
  // file, even "default" (measured: /usr/bin/aws 2.9.19 with no ~/.aws files → ProfileNotFound).
  const named = globals.profile !== undefined || env.AWS_PROFILE !== undefined || env.AWS_DEFAULT_PROFILE !== undefined;
  if (!profile && (profileName !== "default" || named) && !(profileName in readAwsCredentials(state))) {
    return configError("ProfileNotFound", `The config profile (${profileName}) could not be found`);
  }
  // v2 falls back to the instance's Region from IMDS (awscli/customizations/configure/list.py: "imds").
  const region = globals.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? profile?.region ?? (host.kind === "instance" ? host.region : undefined);
  if (!region) {
    return configError("NoRegion", 'You must specify a region. You can also configure your region by running "aws configure".');
  }
  const output = globals.output ?? (env.AWS_DEFAULT_OUTPUT as OutputFormat | undefined) ?? (profile?.output as OutputFormat | undefined) ?? "json";
  if (!OUTPUT_FORMATS.includes(output)) return usageInvalidChoice("--output", output, OUTPUT_FORMATS);
  const g2: AwsGlobals = { ...globals, output };

  // Credentials: env keys > ~/.aws/credentials > a profile's role_arn (assumed from the instance role) > the instance role.
  let principalArn: string | undefined;
  let accountId: string | undefined;
  const creds = readAwsCredentials(state)[profileName];
  const keyId = env.AWS_ACCESS_KEY_ID ?? creds?.aws_access_key_id;
  if (keyId) {
    const p = principalForKey(state, keyId);
    if (!p) {
      return { code: 254, out: [err(serviceErrorText("InvalidClientTokenId", "GetCallerIdentity", "The security token included in the request is invalid."))] };
    }
    principalArn = p;
    accountId = /::(\d{12}):/.exec(p)?.[1];
  }
  if (!principalArn && profile?.role_arn) {
    const m = /^arn:aws:iam::(\d{12}):role\/(.+)$/.exec(profile.role_arn);
    if (m) {
      principalArn = `arn:aws:sts::${m[1]}:assumed-role/${m[2].split("/").pop()}/botocore-session-1`;
      accountId = m[1];
    }
  }
  if (!principalArn) {
    const caller = callerArn(state, host);
    if (!caller) return configError("NoCredentials", 'Unable to locate credentials. You can configure credentials by running "aws login".');
    principalArn = caller;
    accountId = /::(\d{12}):/.exec(caller)?.[1] ?? host.accountId;
  }
  const call: AwsCall = {
    ctx,
    state,
    globals: g2,
    region,
    accountId: accountId ?? "",
    principalArn,
    host,
    values,
    positionals,
    service: service.name,
    op,
  };
  const target = op.target(call);
  const debug: string[] = [];
  const clock = typeof state.world.clock === "number" ? state.world.clock : 0;
  if (g2.debug) {
    debug.push(`${debugStamp(clock, 0)} - MainThread - awscli.clidriver - DEBUG - CLI version: ${CLI_VERSION}`);
    debug.push(`${debugStamp(clock, 1)} - MainThread - awscli.clidriver - DEBUG - Arguments entered to CLI: ${pyList(["aws", service.name, op.name].slice(1).concat(rawArgsForDebug(values)))}`);
  }
  let tr: TraceResult | null = null;
  if (target) {
    if (g2.endpointUrl) target.endpointHost = hostOfUrl(g2.endpointUrl);
    tr = simTrace(state.world, { from: host.id, to: target, principalArn });
    ctx.traces?.push(tr);
    const url = g2.endpointUrl ? (/^[a-z]+:\/\/[^/]+$/i.test(g2.endpointUrl) ? g2.endpointUrl + "/" : g2.endpointUrl) : (tr.url ?? defaultUrl(target, region));
    if (g2.debug) {
      debug.push(`${debugStamp(clock, 5)} - MainThread - botocore.endpoint - DEBUG - Making request for OperationModel(name=${op.api}) with params: {…}`);
      debug.push(`${debugStamp(clock, 6)} - MainThread - botocore.endpoint - DEBUG - Sending http request: <AWSPreparedRequest stream_output=False, method=${target.service === "s3" ? "GET" : "POST"}, url=${url}, headers={…}>`);
    }
    const fail = connectionFailure(tr, url, g2, op, debug, clock, call);
    if (fail) {
      apiTap?.({ service: service.name, api: op.api, kind: "unreachable" });
      return withDebug(fail, debug);
    }
    if (tr.outcome === "no-credentials") {
      return withDebug(configError("NoCredentials", 'Unable to locate credentials. You can configure credentials by running "aws login".'), debug);
    }
    if (tr.outcome === "denied") {
      const code = target.service === "ec2" ? "UnauthorizedOperation" : target.service === "s3" ? "AccessDenied" : "AccessDeniedException";
      let message = tr.accessDeniedMessage ?? "Access Denied";
      if (target.service === "ec2") message = `You are not authorized to perform this operation. ${message}`;
      apiTap?.({ service: service.name, api: apiForError(call), kind: "error", code, message });
      if (op.highLevel) return withDebug(highLevelDenied(call, message), debug);
      return withDebug({ code: 254, out: [err(serviceErrorText(code, apiForError(call), message))] }, debug);
    }
    if (tr.outcome === "error" && tr.serviceError) {
      apiTap?.({ service: service.name, api: apiForError(call), kind: "error", code: tr.serviceError.code, message: tr.serviceError.message });
      if (op.highLevel) return withDebug(highLevelError(call, tr.serviceError.code, tr.serviceError.message), debug);
      return withDebug({ code: 254, out: [err(serviceErrorText(tr.serviceError.code, apiForError(call), tr.serviceError.message))] }, debug);
    }
    if (g2.debug) debug.push(`${debugStamp(clock, 80)} - MainThread - botocore.parsers - DEBUG - Response headers: {…} (HTTP 200)`);
  }
  const res = op.run(call);
  if (apiTap && target) {
    if (op.highLevel || res.kind === "raw") apiTap({ service: service.name, api: op.api, kind: "high-level" });
    else if (res.kind === "error") apiTap({ service: service.name, api: res.api ?? op.api, kind: "error", code: res.code, message: res.message });
    else apiTap({ service: service.name, api: res.api ?? op.api, kind: "data", data: res.empty ? {} : res.data });
  }
  if (res.kind === "raw") return withDebug(res.result, debug);
  if (res.kind === "error") {
    const r: CmdResult = { code: 254, out: [err(serviceErrorText(res.code, res.api ?? op.api, res.message))], state: res.state };
    return withDebug(r, debug);
  }
  // --query then the output format, on the result the CLI's paginator builds.
  const api = res.api ?? op.api;
  const textPage = g2.query === undefined && (g2.output ?? "json") === "text" && PAGINATED_NONAGG.has(`${service.name} ${api}`);
  const paged = g2.noPaginate ? res.data : pagedResult(service.name, api, res.data, textPage ? "text-page" : "full");
  const q = applyQuery(paged, g2.query);
  if (!q.ok) {
    // A runtime JMESPath error (e.g. a function applied to the wrong type).
    return withDebug({ code: 255, out: [err(`\n${ERROR_PREFIX}${q.error}\n`)] }, debug);
  }
  let text: string;
  const isEmptyObj = typeof q.value === "object" && q.value !== null && !Array.isArray(q.value) && Object.keys(q.value).length === 0;
  // Responses without a body print nothing (formatter.py skips `{}`).
  if ((res.empty && g2.query === undefined) || isEmptyObj) text = "";
  else text = formatOutput(g2.output ?? "json", res.api ?? op.api, q.value, state.columns || 80);
  return withDebug({ code: 0, out: text ? [out(text)] : [], state: res.state }, debug);
}

function apiForError(call: AwsCall): string {
  // `aws s3 ls` without a bucket calls ListBuckets.
  if (call.service === "s3" && call.op.name === "ls" && (call.positionals[0] ?? "").replace(/^s3:\/\//, "") === "") return "ListBuckets";
  return call.op.api;
}

function highLevelDenied(call: AwsCall, message: string): CmdResult {
  if (call.op.name === "ls") return { code: 254, out: [err(serviceErrorText("AccessDenied", apiForError(call), message))] };
  return highLevelError(call, "AccessDenied", message);
}

function highLevelError(call: AwsCall, code: string, message: string): CmdResult {
  if (call.op.name === "ls") return { code: 254, out: [err(serviceErrorText(code, apiForError(call), message))] };
  const failed = (lead: string, api: string) => ({ code: 1, out: [err(`${lead}An error occurred (${code}) when calling the ${api} operation: ${message}\n`)] });
  const path = call.positionals[0] ?? "";
  // MbCommand / RbCommand print `make_bucket failed: PATH ERROR`; rm deletes without a HEAD first;
  // rm --recursive and sync list the prefix first (awscli/customizations/s3/subcommands.py).
  if (call.op.name === "mb") return failed(`make_bucket failed: ${path} `, "CreateBucket");
  if (call.op.name === "rb") return failed(`remove_bucket failed: ${path} `, "DeleteBucket");
  if (call.op.name === "rm") return call.values.recursive === true ? failed("fatal error: ", "ListObjectsV2") : failed(`delete failed: ${path} `, "DeleteObject");
  if (call.op.name === "sync") return failed("fatal error: ", "ListObjectsV2");
  // s3 cp: download → HeadObject first: 403/404 without body (aws-reference §2.2).
  const src = call.positionals[0] ?? "";
  const dst = call.positionals[1] ?? "";
  if (src.startsWith("s3://") && !dst.startsWith("s3://")) {
    const status = code === "AccessDenied" ? "403" : code === "NoSuchKey" || code === "NotFound" ? "404" : code;
    // filegenerator.py rewrites a 404 from HeadObject as `Key "K" does not exist`
    const key = src.replace(/^s3:\/\/[^/]*\/?/, "");
    const text = status === "403" ? "Forbidden" : status === "404" ? `Key "${key}" does not exist` : message;
    return { code: 1, out: [err(`fatal error: An error occurred (${status}) when calling the HeadObject operation: ${text}\n`)] };
  }
  if (!src.startsWith("s3://") && dst.startsWith("s3://")) {
    const local = src.split("/").pop() ?? src;
    return { code: 1, out: [err(`upload failed: ${shownLocal(call.state.cwd, resolvePath(call.state, src))} to ${dst.endsWith("/") ? dst + local : dst} An error occurred (${code}) when calling the PutObject operation: ${message}\n`)] };
  }
  return { code: 1, out: [err(`copy failed: ${src} to ${dst} An error occurred (${code}) when calling the CopyObject operation: ${message}\n`)] };
}

function withDebug(r: CmdResult, debug: string[]): CmdResult {
  if (!debug.length) return r;
  return {
    ...r,
    out: [
      err(debug.join("\n") + "\n"),
      note("(--debug output abbreviated: the real CLI also logs every hook, credential lookup, header and the response body.)\n"),
      ...r.out,
    ],
  };
}

function pyList(xs: string[]): string {
  return "[" + xs.map((x) => `'${x}'`).join(", ") + "]";
}

function rawArgsForDebug(values: Record<string, ParamValue>): string[] {
  const res: string[] = [];
  for (const [k, v] of Object.entries(values)) {
    res.push("--" + k);
    if (typeof v === "string") res.push(v);
    else if (Array.isArray(v) && v.every((x) => typeof x === "string")) res.push(...(v as string[]));
  }
  return res;
}

function hostOfUrl(u: string): string {
  const m = /^[a-z]+:\/\/([^/:]+)/i.exec(u);
  return m ? m[1] : u;
}

export function defaultUrl(target: AwsCallTarget, region: string): string {
  if (target.service === "s3") {
    if (!target.bucket) return `https://s3.${region}.amazonaws.com/`;
    return `https://${target.bucket}.s3.${region}.amazonaws.com/`;
  }
  return `https://${target.service}.${region}.amazonaws.com/`;
}

/**
 * How an `aws s3 cp` transfer reports a request that failed: a download to a file starts with
 * HeadObject in the file generator (awscli/customizations/s3/filegenerator.py), whose failure is
 * fatal; a stream download (`-`) and an upload fail in the transfer itself and print
 * `download failed: SRC to -` / `upload failed: ./FILE to DST` before the error (results.py).
 */
function transferFailureLead(call: AwsCall): string {
  const [src = "", dst = ""] = call.positionals;
  if (call.op.name !== "cp" || call.values.recursive === true) return "fatal error: ";
  if (src.startsWith("s3://") && dst === "-") return `download failed: ${src} to - `;
  if (!src.startsWith("s3://") && dst.startsWith("s3://")) {
    const local = src.split("/").pop() ?? src;
    return `upload failed: ${shownLocal(call.state.cwd, resolvePath(call.state, src))} to ${dst.endsWith("/") ? dst + local : dst} `;
  }
  return "fatal error: ";
}

/** Timeout / could-not-connect handling with the real retry count (aws-reference §3). */
function connectionFailure(tr: TraceResult, url: string, g: AwsGlobals, op: OpDef, debug: string[], clock: number, call?: AwsCall): CmdResult | null {
  const lead = call ? transferFailureLead(call) : "fatal error: ";
  if (tr.outcome !== "timeout" && tr.outcome !== "dns-failure" && tr.outcome !== "refused") return null;
  const attempts = 3;
  const timeout = g.connectTimeout === undefined ? 60 : g.connectTimeout;
  const host = hostOfUrl(url);
  if (tr.outcome === "timeout") {
    const perAttempt = timeout === 0 ? 127 : timeout; // 0 = block until the kernel gives up (~127 s of SYN retries)
    const real = Math.round(perAttempt * attempts + 2.2);
    if (g.debug) {
      debug.push(`urllib3.exceptions.ConnectTimeoutError: (<AWSHTTPSConnection(host='${host}', port=443) at 0x7f3c2d1e4f90>, 'Connection to ${host} timed out. (connect timeout=${timeout})')`);
      debug.push(`${debugStamp(clock, perAttempt * 1000)} - MainThread - botocore.retries.standard - DEBUG - Retry needed, retrying request after delay of: 0.5330282015794796`);
      debug.push(`${debugStamp(clock, perAttempt * 2000 + 533)} - MainThread - botocore.retries.standard - DEBUG - Retry needed, retrying request after delay of: 1.6872566797976343`);
      debug.push(`${debugStamp(clock, perAttempt * 3000 + 2220)} - MainThread - botocore.retries.standard - DEBUG - Not retrying request.`);
      debug.push(`${debugStamp(clock, perAttempt * 3000 + 2221)} - MainThread - awscli.clidriver - DEBUG - Exception caught in main()`);
    }
    const human = real >= 90 ? `about ${Math.round(real / 60)} minutes` : `about ${real} seconds`;
    const wait: Wait = { seconds: Math.min(3, Math.max(1, real / 60)), realSeconds: real };
    const why = explain(tr);
    const chunks: OutputChunk[] = [];
    if (op.highLevel && op.name !== "ls") chunks.push(err(`${lead}Connect timeout on endpoint URL: "${url}"\n`));
    else chunks.push(err(`\n${ERROR_PREFIX}Connect timeout on endpoint URL: "${url}"\n`));
    chunks.push(note(`(The real AWS CLI would have waited ${human}: ${perAttempt} s connect timeout × ${attempts} attempts.${why ? " " + why : ""})\n`));
    return { code: op.highLevel && op.name !== "ls" ? 1 : 255, out: chunks, wait };
  }
  const chunks: OutputChunk[] = [];
  if (op.highLevel && op.name !== "ls") chunks.push(err(`${lead}Could not connect to the endpoint URL: "${url}"\n`));
  else chunks.push(err(`\n${ERROR_PREFIX}Could not connect to the endpoint URL: "${url}"\n`));
  const why = explain(tr);
  if (why) chunks.push(note(`(${why})\n`));
  return { code: op.highLevel && op.name !== "ls" ? 1 : 255, out: chunks, wait: { seconds: 1, realSeconds: 2 } };
}

function explain(tr: TraceResult): string {
  const block = [...tr.hops].reverse().find((h) => h.verdict === "block");
  return block ? `Path trace: ${block.message}` : "";
}

function callerArn(state: ShellState, host: HostInfo): string | undefined {
  const c = simCaller(state, host);
  return c;
}

import { simCallerOf } from "../simport";
function simCaller(state: ShellState, host: HostInfo): string | undefined {
  return simCallerOf(state.world, host.id)?.arn;
}

/** Parse a JMESPath expression; returns the parser's message or null. */
const queryCheckCache = new Map<string, string | null>();

function compileQuery(q: string): string | null {
  const hit = queryCheckCache.get(q);
  if (hit !== undefined) return hit;
  const r = compileQueryUncached(q);
  if (queryCheckCache.size > 500) queryCheckCache.clear();
  queryCheckCache.set(q, r);
  return r;
}

function compileQueryUncached(q: string): string | null {
  // The CLI's own parser decides what is a syntax error and how it is worded.
  const py = pythonQuerySyntaxError(q);
  if (py !== null) return py;
  const lib = jmespath as unknown as { compile?: (e: string) => unknown };
  try {
    if (lib.compile) lib.compile(q);
    else jmespath.search(null, q);
    return null;
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    // Runtime type errors on the null probe are not syntax errors.
    return lib.compile ? `Invalid jmespath expression: ${msg}` : /Expected|Unexpected|Unknown|Invalid/.test(msg) ? `Invalid jmespath expression: ${msg}` : null;
  }
}

export function debugWhen(ms: number): string {
  return unixDate(ms);
}
