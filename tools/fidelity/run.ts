/**
 * npm run fidelity — runs every corpus command line in Pathwise's shell and in the real tool, and
 * diffs stdout, stderr and exit code byte for byte.
 *
 *   aws …   the real AWS CLI v2 (/usr/bin/aws, Debian's awscli) against the stub AWS in stub.ts,
 *           which serves the answers Pathwise's simulator gave for the same line.
 *   other   real bash (`bash --norc --noprofile -c LINE`) in a home holding the same files.
 *
 *   dig/host/nslookup/curl   the real tools in a network namespace of their own (netns.ts), whose
 *           DNS servers and HTTP(S) listeners replay what Pathwise's tools met (netrig.ts).
 *
 * Options: --write-docs (rewrite docs/fidelity.md), --update-open (rewrite open.txt with today's
 * differences), --only TEXT (cases whose line contains TEXT), --verbose (print every diff).
 * Exit code 1 when a case differs that is neither declared in the corpus nor listed in open.txt,
 * or when open.txt lists a case that no longer differs.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, chmodSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createShell, run, type ShellState } from "../../lib/shell";
import { setApiTap, type ApiAnswer } from "../../lib/shell/aws/cli";
import type { World } from "../../lib/sim";
import { scenarioById, type ScenarioStart } from "../../content/scenarios";
import { startShellOn } from "../../content/scenarios/shell";
import { lab, sandbox, vpnWorld, privateLinkWorld } from "../../lib/shell/test/worlds";
import { installModels, modelsAvailable } from "./model";
import { Stub } from "./stub";
import { courseCases } from "./course";
import { startBlackhole } from "./blackhole";
import { translateAws29, translateBashC, translateNet } from "./translate";
import { setNetTap, type NetEvent } from "../../lib/shell/tools/net";
import { inNetns, netnsAvailable, reexecInNetns } from "./netns";
import { NetRig, isNetLine } from "./netrig";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "../..");
const REAL_AWS = process.env.FIDELITY_AWS ?? "/usr/bin/aws";

export interface Case {
  id: string;
  file: string;
  lineNo: number;
  section: string;
  line: string;
  world: string;
  host?: string;
  declared?: string;
  /** the shell state the line runs in (course cases); else built from world and host */
  state?: ShellState;
}

export type Status = "identical" | "declared" | "open" | "different" | "not-implemented";

interface Outcome {
  stdout: string;
  stderr: string;
  code: number;
}

interface Result {
  c: Case;
  status: Status;
  pathwise: Outcome;
  real: Outcome;
  notes: string;
  requests: string[];
  unanswered: string[];
  unknownMembers: string[];
  answers: ApiAnswer[];
}

// ── corpus ──────────────────────────────────────────────────────────────────────────────────

export function parseCorpus(file: string, text: string): Case[] {
  const cases: Case[] = [];
  let section = path.basename(file, ".txt");
  let world = "lab";
  let host: string | undefined = "bastion";
  let declared: string | undefined;
  let block: { start: number; lines: string[] } | null = null;
  text.split("\n").forEach((raw, i) => {
    const line = raw.trimEnd();
    // @begin … @end: one case of several lines (here-documents, multi-line loops)
    if (block) {
      if (line === "@end") {
        const body = block.lines.join("\n");
        cases.push({ id: `${world}${host ? "@" + host : ""} $ ${block.lines.join(" ⏎ ")}`, file, lineNo: block.start, section, line: body, world, host, declared });
        declared = undefined;
        block = null;
      } else block.lines.push(raw);
      return;
    }
    if (line === "@begin") {
      block = { start: i + 1, lines: [] };
      return;
    }
    if (!line.trim()) return;
    if (line.startsWith("## ")) {
      section = line.slice(3).trim();
      return;
    }
    if (line.startsWith("#")) return;
    if (line.startsWith("@world ")) {
      const parts = line.slice(7).trim().split(/\s+/);
      world = parts[0];
      host = parts.find((p) => p.startsWith("host="))?.slice(5);
      return;
    }
    if (line.startsWith("!declared ")) {
      declared = line.slice(10).trim();
      return;
    }
    const id = `${world}${host ? "@" + host : ""} $ ${line}`;
    cases.push({ id, file, lineNo: i + 1, section, line, world, host, declared });
    declared = undefined;
  });
  return cases;
}

// ── Pathwise side ───────────────────────────────────────────────────────────────────────────

function startFor(world: string, host: string | undefined): ScenarioStart {
  const named: Record<string, () => World> = { lab, sandbox, vpn: vpnWorld, privatelink: privateLinkWorld };
  if (named[world]) return { world: named[world](), host: host ?? "bastion" };
  const sc = scenarioById(world);
  if (!sc) throw new Error(`corpus: unknown world ${world}`);
  const start = sc.build();
  return host ? { ...start, host, via: undefined } : start;
}

function shellFor(c: Case): ShellState {
  const start = startFor(c.world, c.host);
  if (c.host && !start.via) return { ...createShell({ world: start.world, host: c.host, profiles: start.profiles, credentials: start.credentials }), history: [] };
  return startShellOn(start);
}

function runPathwise(c: Case): { out: Outcome; notes: string; answers: ApiAnswer[]; events: NetEvent[]; before: ShellState } {
  const before = c.state ?? shellFor(c);
  const answers: ApiAnswer[] = [];
  const events: NetEvent[] = [];
  setApiTap((a) => answers.push(a));
  setNetTap((e) => events.push(e));
  try {
    const r = run(before, c.line);
    const stdout = r.output.filter((o) => o.stream === "stdout").map((o) => o.text).join("");
    const stderr = r.output.filter((o) => o.stream === "stderr").map((o) => o.text).join("");
    const notes = r.output.filter((o) => o.stream === "note").map((o) => o.text).join("");
    return { out: { stdout, stderr, code: r.exitCode }, notes, answers, events, before };
  } finally {
    setApiTap(null);
    setNetTap(null);
  }
}

// ── real side ───────────────────────────────────────────────────────────────────────────────

function spawnOut(cmd: string, args: string[], opts: { cwd: string; env: Record<string, string> }): Promise<Outcome> {
  return new Promise((resolve) => {
    const p = spawn(cmd, args, { cwd: opts.cwd, env: opts.env as unknown as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    p.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
    p.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    const timer = setTimeout(() => p.kill("SIGKILL"), 60_000);
    p.on("close", (code) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, code: code ?? 137 });
    });
  });
}

/** A home directory with the same files as the Pathwise shell's home, and an `aws` that talks to the stub. */
function prepareHome(state: ShellState, port: number, extra = ""): { home: string; bin: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), "pathwise-fidelity-"));
  const home = path.join(root, "home");
  const bin = path.join(root, "bin");
  mkdirSync(home, { recursive: true });
  mkdirSync(bin, { recursive: true });
  const shellHome = state.env.HOME ?? "/home/ec2-user";
  for (const d of state.dirs) if (d.startsWith(shellHome + "/")) mkdirSync(path.join(home, d.slice(shellHome.length)), { recursive: true });
  for (const [f, content] of Object.entries(state.files)) {
    if (!f.startsWith(shellHome + "/")) continue;
    const dest = path.join(home, f.slice(shellHome.length));
    mkdirSync(path.dirname(dest), { recursive: true });
    writeFileSync(dest, content);
  }
  // The wrapper drops a --endpoint-url the line gives (the stub stands in for every endpoint).
  const wrapper = `#!/bin/bash
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --endpoint-url) shift 2 || shift ;;
    --endpoint-url=*) shift ;;
    *) args+=("$1"); shift ;;
  esac
done
exec ${REAL_AWS} --endpoint-url http://127.0.0.1:${port} ${extra} ${process.env.FIDELITY_AWS_ARGS ?? ""} "\${args[@]}"
`;
  writeFileSync(path.join(bin, "aws"), wrapper);
  installModels(home);
  chmodSync(path.join(bin, "aws"), 0o755);
  return { home, bin };
}

function hostIdentity(state: ShellState): { role?: string; availabilityZone: string } | null {
  const id = state.hostStack[state.hostStack.length - 1];
  const inst = state.world.instances[id];
  if (!inst) return null;
  return { role: inst.iamRole, availabilityZone: inst.az };
}

function accountOf(state: ShellState): string {
  const id = state.hostStack[state.hostStack.length - 1];
  const inst = state.world.instances[id];
  return inst?.ownerId ?? state.world.defaultAccountId;
}

let blackholePort = 0;

let rig: NetRig | null = null;

async function runReal(c: Case, p: { before: ShellState; answers: ApiAnswer[]; events: NetEvent[]; out: Outcome }, stub: Stub, port: number): Promise<{ out: Outcome; requests: string[]; unanswered: string[]; unknownMembers: string[] }> {
  const { before, answers } = p;
  const net = isNetLine(c.line);
  const unbuilt = net && rig ? await rig.load(p.events) : [];
  const imds = hostIdentity(before);
  stub.load({ answers, world: before.world, accountId: accountOf(before), imds });
  // Where Pathwise timed out, the real CLI gets an endpoint that never answers a SYN (blackhole.ts),
  // one attempt and a 1 s connect timeout, so it fails the way it does from a subnet with no path.
  const unreachable = answers.some((a) => a.kind === "unreachable");
  const { home, bin } = unreachable ? prepareHome(before, blackholePort, "--cli-connect-timeout 1") : prepareHome(before, port);
  const env: Record<string, string> = {
    PATH: `${bin}:/usr/bin:/bin`,
    HOME: home,
    USER: before.user,
    TZ: "UTC",
    LANG: "C.UTF-8",
    COLUMNS: String(before.columns || 80),
    AWS_PAGER: "",
    ...(unreachable ? { AWS_MAX_ATTEMPTS: "1" } : {}),
    // shell variables the line references (a lab solution's $VPC), as Pathwise's shell has them
    ...Object.fromEntries([...c.line.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]).filter((v) => before.env[v] !== undefined && !["PATH", "HOME"].includes(v)).map((v) => [v, before.env[v]])),
    AWS_EC2_METADATA_SERVICE_ENDPOINT: `http://127.0.0.1:${port}/`,
    ...(imds ? {} : { AWS_EC2_METADATA_DISABLED: "true" }),
    ...(rig ? { CURL_CA_BUNDLE: rig.certs.caFile } : {}),
  };
  try {
    const out = await spawnOut("/bin/bash", ["--norc", "--noprofile", "-c", c.line], { cwd: home, env });
    // The real side runs in a temporary home; where it prints that path, Pathwise prints its own.
    const shellHome = before.env.HOME ?? "/home/ec2-user";
    const mapped = { ...out, stdout: out.stdout.split(home).join(shellHome), stderr: out.stderr.split(home).join(shellHome) };
    // A line that runs the AWS CLI anywhere (`mkdir up && aws s3 sync …`) gets the CLI's translation too.
    let real = /(?:^|[;&|(]\s*|\$\()\s*(?:env\s+)?(?:[A-Za-z_][A-Za-z0-9_]*=\S*\s+)*aws\s/.test(c.line) ? translateBashC(translateAws29(mapped, c.line)) : translateBashC(mapped);
    if (net) real = translateNet(real, p.out, c.line);
    return { out: real, requests: [...stub.log.requests], unanswered: [...stub.log.unanswered, ...unbuilt], unknownMembers: [...stub.log.unknownMembers] };
  } finally {
    rmSync(path.dirname(home), { recursive: true, force: true });
    if (net && rig) await rig.reset();
  }
}

/**
 * The endpoint in a connection error is the stub's (the harness passes --endpoint-url), so the
 * real CLI names http://127.0.0.1:PORT/ and path-style S3 URLs. When the request is the same —
 * same path and query once a virtual-hosted bucket is moved into the path — the real line gets
 * the URL Pathwise printed; any other difference in the URL remains.
 */
export function sameEndpoint(p: Outcome, r: Outcome): Outcome {
  const re = /(Connect timeout on endpoint URL|Could not connect to the endpoint URL): "([^"]+)"/;
  const pm = re.exec(p.stderr);
  const rm = re.exec(r.stderr);
  if (!pm || !rm || pm[1] !== rm[1]) return r;
  const canon = (u: string) => {
    const url = new URL(u);
    const vh = /^([a-z0-9.-]+)\.s3[.-]/.exec(url.hostname);
    const bucketPath = vh && !url.hostname.startsWith("s3.") ? `/${vh[1]}${url.pathname === "/" ? "" : url.pathname}` : url.pathname;
    return `${bucketPath}${url.search}`;
  };
  const stubOrigin = /^http:\/\/127\.0\.0\.1:\d+/.test(rm[2]);
  if (!stubOrigin || canon(pm[2]).replace(/\/$/, "") !== canon(rm[2]).replace(/\/$/, "")) return r;
  return { ...r, stderr: r.stderr.replace(rm[0], pm[0]) };
}

// ── compare ─────────────────────────────────────────────────────────────────────────────────

function same(a: Outcome, b: Outcome): boolean {
  return a.stdout === b.stdout && a.stderr === b.stderr && a.code === b.code;
}

function notImplemented(p: Outcome, notes: string): boolean {
  return p.code === 127 || /not simulated|isn't simulated|not implemented|does not implement|the simulator (has no|does not)/i.test(notes + p.stderr);
}

function firstDiff(a: string, b: string): string {
  const la = a.split("\n");
  const lb = b.split("\n");
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) return `line ${i + 1}: pathwise ${JSON.stringify(la[i] ?? "<none>")} · real ${JSON.stringify(lb[i] ?? "<none>")}`;
  }
  return "";
}

export function describeDiff(r: Pick<Result, "pathwise" | "real">): string {
  const parts: string[] = [];
  if (r.pathwise.code !== r.real.code) parts.push(`rc ${r.pathwise.code} vs ${r.real.code}`);
  if (r.pathwise.stdout !== r.real.stdout) parts.push(`stdout ${firstDiff(r.pathwise.stdout, r.real.stdout)}`);
  if (r.pathwise.stderr !== r.real.stderr) parts.push(`stderr ${firstDiff(r.pathwise.stderr, r.real.stderr)}`);
  return parts.join("; ");
}

// ── main ────────────────────────────────────────────────────────────────────────────────────

async function pool<T, R>(items: T[], n: number, fn: (item: T, worker: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async (_, w) => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i], w);
      }
    }),
  );
  return results;
}

function loadDeclared(): Array<{ re: RegExp; why: string }> {
  return readFileSync(path.join(HERE, "declared.txt"), "utf8")
    .split("\n")
    .filter((l) => l.startsWith("/"))
    .map((l) => {
      const end = l.lastIndexOf("/ ");
      return { re: new RegExp(l.slice(1, end)), why: l.slice(end + 2).trim() };
    });
}

function loadOpen(): Set<string> {
  const f = path.join(HERE, "open.txt");
  if (!existsSync(f)) return new Set();
  return new Set(
    readFileSync(f, "utf8")
      .split("\n")
      .filter((l) => l.trim() && !l.startsWith("#")),
  );
}

export async function main(argv: string[]): Promise<number> {
  const only = argv.includes("--only") ? argv[argv.indexOf("--only") + 1] : undefined;
  const verbose = argv.includes("--verbose");
  if (!inNetns()) {
    // dig/host/nslookup/curl need a network of their own (netns.ts); the harness re-runs itself in one
    if (netnsAvailable()) return reexecInNetns();
    console.error("fidelity: needs unprivileged user namespaces (`unshare -rmn true` must work: sysctl kernel.unprivileged_userns_clone=1) and iproute2 (`ip`) for the network tools' cases");
    return 2;
  }
  if (!existsSync(REAL_AWS) || !modelsAvailable()) {
    console.error(`fidelity: needs the real AWS CLI v2 at ${REAL_AWS} (Debian: apt-get install -y awscli) and the aws-sdk models in node_modules (npm install)`);
    return 2;
  }
  const corpusDir = path.join(HERE, "corpus");
  const files = readdirSync(corpusDir).filter((f) => f.endsWith(".txt")).sort();
  let cases: Case[] = [
    ...files.flatMap((f) => parseCorpus(`tools/fidelity/corpus/${f}`, readFileSync(path.join(corpusDir, f), "utf8"))),
    ...(await courseCases(ROOT)),
  ];
  const ids = new Set<string>();
  for (const c of cases) {
    if (ids.has(c.id)) throw new Error(`${c.file}:${c.lineNo}: duplicate case ${c.id}`);
    ids.add(c.id);
  }
  const patterns = loadDeclared();
  cases = cases.map((c) => (c.declared ? c : { ...c, declared: patterns.find((d) => d.re.test(c.line))?.why }));
  if (only) cases = cases.filter((c) => c.line.includes(only));
  const open = loadOpen();
  const workers = Math.max(1, Math.min(4, os.cpus().length + 1));
  try {
    rig = new NetRig();
    await rig.start();
  } catch (e) {
    console.error(`fidelity: could not build the network tools' namespace (needs iproute2's \`ip\` and openssl: apt-get install -y iproute2 openssl): ${(e as Error).message}`);
    return 2;
  }
  const hole = await startBlackhole();
  blackholePort = hole.port;
  const stubs = await Promise.all(Array.from({ length: workers }, async () => {
    const s = new Stub();
    return { stub: s, port: await s.listen() };
  }));
  const started = Date.now();
  // the network tools' cases share one network (netrig.ts), so they run one at a time, after the rest
  const netCases = cases.filter((c) => isNetLine(c.line));
  const otherCases = cases.filter((c) => !isNetLine(c.line));
  const one = async (c: Case, w: number): Promise<Result> => {
    const p = runPathwise(c);
    const r = await runReal(c, p, stubs[w].stub, stubs[w].port);
    const real = sameEndpoint(p.out, r.out);
    const equal = same(p.out, real);
    // a known difference (open.txt) stays "not-implemented" when the simulator lacks the command
    const status: Status = equal ? "identical" : c.declared ? "declared" : notImplemented(p.out, p.notes) ? "not-implemented" : open.has(c.id) ? "open" : "different";
    return { c, status, pathwise: p.out, real, notes: p.notes, requests: r.requests, unanswered: r.unanswered, unknownMembers: r.unknownMembers, answers: p.answers };
  };
  const byId = new Map<string, Result>();
  for (const r of await pool(otherCases, workers, one)) byId.set(r.c.id, r);
  for (const r of await pool(netCases, 1, one)) byId.set(r.c.id, r);
  const results = cases.map((c) => byId.get(c.id) as Result);
  await Promise.all(stubs.map((s) => s.stub.close()));
  hole.stop();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);

  const count = (s: Status) => results.filter((r) => r.status === s).length;
  const stale = results.filter((r) => (r.status === "identical" || r.status === "declared") && open.has(r.c.id));
  if (argv.includes("--update-open")) for (const r of results) if (r.status === "different") r.status = "open";
  const undeclared = results.filter((r) => (r.status === "different" || r.status === "not-implemented") && !open.has(r.c.id) && !argv.includes("--update-open"));
  for (const r of results) {
    if (r.status === "identical" || r.status === "declared") continue;
    if ((r.status === "open" || open.has(r.c.id)) && !verbose) continue;
    if (argv.includes("--show")) {
      console.log(`── ${r.c.id}\n── pathwise rc=${r.pathwise.code}\n${r.pathwise.stdout}── stderr\n${r.pathwise.stderr}── real rc=${r.real.code}\n${r.real.stdout}── stderr\n${r.real.stderr}── requests ${r.requests.join(" ")}\n── answers ${JSON.stringify(r.answers).slice(0, 600)}`);
    }
    console.log(`${r.status.toUpperCase()} ${r.c.file}:${r.c.lineNo}: ${r.c.id}\n    ${describeDiff(r)}${r.unanswered.length ? `\n    real CLI asked for ${r.unanswered.join(", ")}, which Pathwise never called` : ""}${r.unknownMembers.length ? `\n    members the service model lacks: ${r.unknownMembers.join(", ")}` : ""}`);
  }
  const total = results.length;
  const pct = (n: number) => (total ? ((100 * n) / total).toFixed(1) : "0.0");
  console.log(
    `\nfidelity: ${total} command lines in ${seconds} s · identical ${count("identical")} (${pct(count("identical"))} %) · declared ${count("declared")} · open ${count("open")} · different ${count("different")} · not implemented ${count("not-implemented")}`,
  );
  if (argv.includes("--write-docs")) writeDocs(results);
  if (argv.includes("--update-open")) {
    const lines = results.filter((r) => r.status === "open" || r.status === "not-implemented").map((r) => r.c.id);
    writeFileSync(path.join(HERE, "open.txt"), `# Known differences from the real tools, not yet fixed (npm run fidelity -- --update-open).\n# Each line is a corpus case id. The harness fails when a case differs and is not here, and when a case here no longer differs.\n${lines.sort().join("\n")}\n`);
    console.log(`fidelity: open.txt now lists ${lines.length} cases`);
    return 0;
  }
  if (only) return undeclared.length ? 1 : 0;
  if (stale.length) console.log(`fidelity: ${stale.length} case(s) in open.txt now match the real tool; remove them:\n${stale.map((r) => "  " + r.c.id).join("\n")}`);
  if (undeclared.length) console.log(`fidelity: ${undeclared.length} undeclared difference(s)`);
  return undeclared.length || stale.length ? 1 : 0;
}

function writeDocs(results: Result[]): void {
  const bySection = new Map<string, Result[]>();
  for (const r of results) bySection.set(r.c.section, [...(bySection.get(r.c.section) ?? []), r]);
  const rows = [...bySection.entries()].map(([s, rs]) => {
    const n = (st: Status) => rs.filter((r) => r.status === st).length;
    return `| ${s} | ${rs.length} | ${n("identical")} | ${n("declared")} | ${n("open")} | ${n("not-implemented")} | ${n("different")} |`;
  });
  const declared = results.filter((r) => r.status === "declared").map((r) => `| \`${r.c.line.replace(/\n/g, " ⏎ ").replace(/\|/g, "\\|")}\` | ${r.c.declared} |`);
  const openRows = results.filter((r) => r.status === "open" || r.status === "not-implemented").map((r) => `| \`${r.c.line.replace(/\n/g, " ⏎ ").replace(/\|/g, "\\|")}\` | ${r.c.world} | ${describeDiff(r).replace(/\|/g, "\\|").slice(0, 240)} |`);
  const n = (st: Status) => results.filter((r) => r.status === st).length;
  const text = `# Fidelity: Pathwise against the real tools

Generated by \`npm run fidelity -- --write-docs\` (tools/fidelity/run.ts). Every line of the corpus
(\`tools/fidelity/corpus/*.txt\`) runs in Pathwise's shell and in the real tool; stdout, stderr and
the exit code must be equal byte for byte.

- **aws** lines run the real AWS CLI v2 (\`/usr/bin/aws\`, Debian's \`awscli\`) against a stub AWS on
  127.0.0.1 (\`tools/fidelity/stub.ts\`). The stub serves, over each service's real wire protocol
  (EC2 query XML, AWS query XML, S3 REST-XML, JSON), the answers the simulator gave Pathwise for the
  same line, serialized from botocore's service models; \`aws s3\` transfers are served from the
  same World. So this measures the CLI side — argument parsing, validation, \`--query\`, output
  formats, member order, error text and exit codes — not the simulator's network semantics, which
  lib/sim's own tests cover. Members Pathwise returns that the model lacks are reported.
- Debian ships CLI 2.9.19; Pathwise follows 2.36.7 (shared/aws-reference.md §1.1). The harness
  rewrites 2.9.19's error lines into the ≥ 2.34 style by the rules in \`tools/fidelity/translate.ts\`
  (each cites the reference); anything those rules don't cover shows as a difference.
- **dig, host, nslookup, curl** lines run the real tools (Debian 12: BIND 9.18.49, curl 7.88.1) in a
  private network namespace (\`unshare -rmn\`, \`tools/fidelity/netns.ts\`) that is rebuilt for each
  line from what Pathwise's tools met (\`tools/fidelity/netrig.ts\`): every DNS server Pathwise asked
  listens on its address and gives the simulator's answer (or stays silent where Pathwise timed
  out); every address curl reached answers with the exact HTTP(S) response Pathwise received, is
  closed where Pathwise was refused, and swallows SYNs where Pathwise timed out. /etc/resolv.conf is
  Amazon Linux 2023's (systemd-resolved at 127.0.0.53). Fields that change on every run (dig's id,
  query time and WHEN; curl's elapsed milliseconds and its progress meter, which curl draws only
  when stdout is not a terminal) take Pathwise's values (\`translateNet\` in translate.ts).
- **Other** lines run \`bash --norc --noprofile -c LINE\` (GNU bash 5.2) in a home with the same files.
  \`-c\` prefixes errors with \`line 1: \`, which an interactive shell does not; that prefix is removed.

## Totals

${results.length} command lines: **${n("identical")} identical** (${((100 * n("identical")) / results.length).toFixed(1)} %), ${n("declared")} declared differences, ${n("open")} open (known, not yet fixed), ${n("not-implemented")} not implemented by the simulator, ${n("different")} undeclared. The course's own lines (sections "course: …") are all identical or declared.

| section | lines | identical | declared | open (differs, known) | not implemented | undeclared |
|---|---|---|---|---|---|---|
${rows.join("\n")}

## Declared differences

| command line | why |
|---|---|
${declared.join("\n") || "| — | — |"}

## Open differences and commands not implemented (tools/fidelity/open.txt)

| command line | world | first difference |
|---|---|---|
${openRows.join("\n") || "| — | — | — |"}
`;
  writeFileSync(path.join(ROOT, "docs/fidelity.md"), text);
  console.log("fidelity: wrote docs/fidelity.md");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e);
      process.exit(2);
    },
  );
}
