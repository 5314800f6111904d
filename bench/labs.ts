/**
 * Lab replay benchmark: p50/p95 of replaying a 200-command transcript of the canonical lab
 * (s3-gateway-endpoint: the reference solution plus describe/dig/curl/s3 commands repeated) and
 * evaluating every goal — what the server does on "Check"/"Submit". Also the replay of every lab's
 * reference solution. Target: p95 < 20 ms for the 200-command replay.
 * Run standalone: `npx tsx bench/labs.ts`.
 */
import {
  replayLab,
  breakAndFixFault,
  clearReplayCache,
  BREAK_AND_FIX_FAULTS,
  type LabDefinition,
} from "../lib/content/lab";
import { LABS } from "../content/labs";
import { LAB_SECRETS } from "../content/labs/secrets";
import { benchSessions } from "./shell-suite";
import { percentile, round, type BenchRow } from "./stats";
export type { BenchRow } from "./stats";

/** 200 commands: the canonical solution, then app-server commands repeated. */
export function canonicalTranscript(): string[] {
  const solution = LAB_SECRETS["s3-gateway-endpoint"].solution;
  const filler = [
    "aws s3 ls",
    "aws s3 ls s3://pathwise-reports",
    "dig +short s3.us-east-1.amazonaws.com",
    "curl -sI https://example.com --connect-timeout 2",
    "aws sts get-caller-identity",
    "exit",
    "aws ec2 describe-route-tables --filters Name=tag:Name,Values=private-rt",
    "aws ec2 describe-vpc-endpoints --query 'VpcEndpoints[].[VpcEndpointId,State]' --output text",
    "ssh 10.0.2.10",
    "echo done | grep -c done",
  ];
  const cmds = [...solution];
  for (let i = 0; cmds.length < 200; i++) cmds.push(filler[i % filler.length]);
  return cmds;
}

function time(fn: () => void, runs: number, warmup = 5): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out.sort((a, b) => a - b);
}

export async function runLabBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const canonical = LABS.find((l) => l.id === "s3-gateway-endpoint") as LabDefinition;
  const transcript = canonicalTranscript();
  let allDone = false;
  // cold: no cache, every command runs through lib/shell + lib/sim
  const t200 = time(() => {
    const r = replayLab(canonical, transcript, { seed: 42, cache: false });
    allDone = r.goals.every((g) => g.done);
  }, 200, 20);
  rows.push({
    name: "lab replay 200 cmds + goals p50, cold (s3-gateway-endpoint)",
    value: round(percentile(t200, 50)),
    unit: "ms",
  });
  rows.push({
    name: "lab replay 200 cmds + goals p95, cold (s3-gateway-endpoint)",
    value: round(percentile(t200, 95)),
    unit: "ms",
    target: "< 20",
  });
  rows.push({ name: "lab replay 200 cmds: all goals done", value: allDone ? 1 : 0, unit: "bool", target: "1" });
  // a heavier mix: the shell bench's session (every command issue 4 lists: mutations, tables, yaml,
  // jq pipelines, ssh hops, DNS and curl) repeated to 200 lines
  const session = benchSessions()[0];
  const mixed: string[] = [];
  const mixedLines = session.lines(canonical.start(42).world);
  while (mixed.length < 200) mixed.push(...mixedLines);
  mixed.length = 200;
  const tMixed = time(() => replayLab(canonical, mixed, { seed: 42, cache: false }), 200, 20);
  rows.push({ name: "lab replay 200 mixed cmds + goals p50, cold", value: round(percentile(tMixed, 50)), unit: "ms" });
  rows.push({ name: "lab replay 200 mixed cmds + goals p95, cold", value: round(percentile(tMixed, 95)), unit: "ms", target: "< 20" });
  rows.push({
    name: "lab replay per command p50, cold",
    value: round(percentile(t200, 50) / transcript.length),
    unit: "ms",
  });
  // incremental: what "Check" costs when the previous check (199 commands) is cached
  const prefix = transcript.slice(0, 199);
  const inc: number[] = [];
  for (let i = 0; i < 200; i++) {
    clearReplayCache();
    replayLab(canonical, prefix, { seed: 42 });
    const t0 = performance.now();
    replayLab(canonical, transcript, { seed: 42 });
    inc.push(performance.now() - t0);
  }
  inc.sort((a, b) => a - b);
  rows.push({
    name: "lab replay 200 cmds + goals p50, 199 cached (s3-gateway-endpoint)",
    value: round(percentile(inc, 50)),
    unit: "ms",
  });
  rows.push({
    name: "lab replay 200 cmds + goals p95, 199 cached (s3-gateway-endpoint)",
    value: round(percentile(inc, 95)),
    unit: "ms",
    target: "< 20",
  });

  for (const lab of LABS) {
    const sec = LAB_SECRETS[lab.id];
    let seed = 42;
    let cmds = sec.solution;
    if (lab.id === "break-and-fix") {
      const fault = BREAK_AND_FIX_FAULTS[0];
      seed = 1;
      while (breakAndFixFault(seed) !== fault) seed++;
      cmds = sec.faults?.find((f) => f.id === fault)?.solution ?? cmds;
    }
    const t = time(() => replayLab(lab, cmds, { seed, cache: false }), 20, 2);
    rows.push({
      name: `lab solution replay p95 (${lab.id}, ${cmds.length} cmds)`,
      value: round(percentile(t, 95)),
      unit: "ms",
    });
  }
  return rows;
}

const isMain =
  typeof process !== "undefined" && process.argv[1] !== undefined && /bench[\\/]labs\.ts$/.test(process.argv[1]);
if (isMain) {
  void runLabBench().then((rows) => {
    for (const r of rows)
      console.log(
        `${r.name.padEnd(64)} ${String(r.value).padStart(9)} ${r.unit}${r.target ? `   (target ${r.target} ${r.unit})` : ""}`,
      );
  });
}
