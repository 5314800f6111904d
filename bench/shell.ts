/**
 * Shell latency benchmark: p50/p95 of parse + run + format for every command in the suite
 * (bench/shell-suite.ts: each command issue 4 lists, plus every golden `.transcript` step), played
 * as whole sessions so each command sees the state it would in a terminal. Target: p95 < 2 ms per
 * command. Run standalone: `npx tsx bench/shell.ts` (prints every command; `npm run bench` prints
 * the summary rows and the slowest commands).
 */
import { createShell, run, complete } from "../lib/shell";
import type { ShellState } from "../lib/shell";
import { benchSessions, commandKey } from "./shell-suite";
import { percentile, round, type BenchRow as Row } from "./stats";


export interface CommandTiming {
  command: string;
  samples: number;
  p50: number;
  p95: number;
}

/** Times every line of every session `rounds` times (after `warmup` untimed rounds). */
export function timeCommands(rounds = 60, warmup = 10): { perCommand: CommandTiming[]; all: number[]; lines: number } {
  const byKey = new Map<string, number[]>();
  const all: number[] = [];
  let lines = 0;
  for (const s of benchSessions()) {
    const world = s.world();
    const start: ShellState = createShell({ world, host: s.host, profiles: s.profiles });
    const script = s.lines(world);
    lines += script.length;
    for (let r = 0; r < warmup + rounds; r++) {
      let state = start;
      for (const line of script) {
        const t0 = performance.now();
        const res = run(state, line);
        const dt = performance.now() - t0;
        state = res.state;
        if (r < warmup) continue;
        const key = commandKey(line);
        let arr = byKey.get(key);
        if (!arr) byKey.set(key, (arr = []));
        arr.push(dt);
        all.push(dt);
      }
    }
  }
  const perCommand = [...byKey.entries()].map(([command, times]) => {
    times.sort((a, b) => a - b);
    return { command, samples: times.length, p50: round(percentile(times, 50)), p95: round(percentile(times, 95)) };
  });
  perCommand.sort((a, b) => b.p95 - a.p95);
  all.sort((a, b) => a - b);
  return { perCommand, all, lines };
}

export async function runShellBench(): Promise<Row[]> {
  const { perCommand, all, lines } = timeCommands();
  const rows: Row[] = [];
  rows.push({ name: "distinct commands timed", value: perCommand.length, unit: "count" });
  rows.push({ name: "lines timed (sessions played whole)", value: lines, unit: "count" });
  rows.push({ name: "p50 (all commands)", value: round(percentile(all, 50)), unit: "ms" });
  rows.push({ name: "p95 (all commands)", value: round(percentile(all, 95)), unit: "ms", target: "< 2" });
  const over = perCommand.filter((c) => c.p95 >= 2).length;
  rows.push({ name: "commands with p95 ≥ 2 ms", value: over, unit: "count", target: "0" });
  for (const c of perCommand.slice(0, 5)) rows.push({ name: `p95 ${c.command} (slowest)`, value: c.p95, unit: "ms", target: "< 2" });
  const ct: number[] = [];
  const base = benchSessions()[0];
  const world = base.world();
  const state = createShell({ world, host: base.host });
  for (let i = 0; i < 500; i++) {
    const t0 = performance.now();
    complete(state, "aws ec2 create-vpc-endpoint --route-table-ids rtb-");
    ct.push(performance.now() - t0);
  }
  ct.sort((a, b) => a - b);
  rows.push({ name: "complete p95", value: round(percentile(ct, 95)), unit: "ms", target: "< 2" });
  return rows;
}

const isMain = typeof process !== "undefined" && process.argv[1] !== undefined && /bench[\\/]shell\.ts$/.test(process.argv[1]);
if (isMain) {
  const { perCommand, all, lines } = timeCommands();
  const w = Math.max(...perCommand.map((c) => c.command.length));
  console.log(`${"command".padEnd(w)}  samples     p50 ms     p95 ms   (target p95 < 2 ms)`);
  for (const c of [...perCommand].sort((a, b) => a.command.localeCompare(b.command))) {
    console.log(`${c.command.padEnd(w)}  ${String(c.samples).padStart(7)}  ${c.p50.toFixed(3).padStart(9)}  ${c.p95.toFixed(3).padStart(9)}${c.p95 >= 2 ? "   OVER" : ""}`);
  }
  console.log(`\n${perCommand.length} distinct commands, ${lines} lines; all: p50 ${round(percentile(all, 50))} ms, p95 ${round(percentile(all, 95))} ms; slowest p95: ${perCommand[0]?.command} ${perCommand[0]?.p95} ms`);
}
