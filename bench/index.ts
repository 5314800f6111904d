// `npm run bench`: every benchmark in one table (docs/quality.md explains each number).
// Benchmarks are measured here, never asserted in tests.
import { existsSync } from "node:fs";
import path from "node:path";
import { runLabBench } from "./labs";
import { runShellBench } from "./shell";
import { runSimBench } from "./sim";
import { pageWeight } from "./web";
import type { BenchRow } from "./stats";

type Row = BenchRow;

async function main() {
  const rows: Row[] = [];
  const section = async (title: string, fn: () => Promise<Row[]> | Row[]) => {
    process.stderr.write(`bench: ${title}…\n`);
    for (const r of await fn()) rows.push({ ...r, name: `${title}: ${r.name}` });
  };
  await section("sim", runSimBench);
  await section("shell", runShellBench);
  await section("labs", runLabBench);
  if (existsSync(path.resolve(import.meta.dirname, "../.next/BUILD_ID"))) {
    await section("web", () => pageWeight(["/learn/gateway-endpoints/09-gateway-endpoints", "/playground", "/labs/s3-gateway-endpoint"]));
  } else {
    process.stderr.write("bench: skipping page weight — run `npm run build` first\n");
  }
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`${"metric".padEnd(width)}  ${"value".padStart(10)}  unit     target`);
  for (const r of rows) {
    const value = !Number.isFinite(r.value) ? "n/a" : r.value >= 100 || (Number.isInteger(r.value) && r.unit !== "ms") ? r.value.toFixed(0) : r.value.toFixed(3);
    console.log(`${r.name.padEnd(width)}  ${value.padStart(10)}  ${r.unit.padEnd(7)}  ${r.target ?? ""}`);
  }
}

void main();
