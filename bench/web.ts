// Lesson-page weight, measured as a browser sees it: the production server is started with a
// scratch database, the lesson HTML is fetched, and every <script src> it loads up front is
// downloaded and gzipped. Lazily loaded chunks (terminal, diagrams) are not in that list.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
// @ts-expect-error -- plain .mjs helper shared with the start/e2e scripts
import { prismaEnv, root } from "../scripts/env.mjs";
import type { BenchRow } from "./stats";

type Row = BenchRow;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const a = s.address();
      const port = typeof a === "object" && a ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export async function pageWeight(pages: string[]): Promise<Row[]> {
  const scratch = mkdtempSync(path.join(tmpdir(), "pathwise-bench-"));
  const port = await freePort();
  const env = prismaEnv({ NODE_ENV: "production", DATABASE_URL: `file:${path.join(scratch, "bench.db")}`, BETTER_AUTH_SECRET: "bench-secret-bench-secret-bench-secret!", PORT: String(port) }) as NodeJS.ProcessEnv;
  spawnSync(path.join(root, "node_modules/.bin/prisma"), ["migrate", "deploy"], { env, cwd: root, stdio: "ignore" });
  const server = spawn(process.execPath, [path.join(root, "scripts/server.mjs")], { env, cwd: root, stdio: "ignore" });
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`${base}/api/health`)).ok) break;
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    const rows: Row[] = [];
    for (const page of pages) {
      const html = await (await fetch(base + page)).text();
      const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
      let bytes = 0;
      for (const src of new Set(scripts)) bytes += gzipSync(Buffer.from(await (await fetch(base + src)).arrayBuffer())).length;
      rows.push({ name: `first-load JS ${page} (${new Set(scripts).size} scripts)`, value: bytes / 1024, unit: "KB gz", target: "< 200" });
    }
    return rows;
  } finally {
    server.kill("SIGTERM");
    rmSync(scratch, { recursive: true, force: true });
  }
}
