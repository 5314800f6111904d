// One server per SQLite file (scripts/server-lock.mjs): a second is refused with a message naming the
// first; a lock left by a killed server is taken over.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { acquireServerLock, lockHolder, lockPathFor, refusal } from "./server-lock.mjs";

const dir = mkdtempSync(join(tmpdir(), "pathwise-lock-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const url = `file:${join(dir, "app.db")}`;
const lock = lockPathFor(url, "/");

function fakeServer(): Promise<import("node:child_process").ChildProcess> {
  const script = join(dir, "fake-server.mjs");
  writeFileSync(
    script,
    `import { acquireServerLock } from ${JSON.stringify(resolve(__dirname, "server-lock.mjs"))};\nconst h = acquireServerLock(${JSON.stringify(lock)}, "4000");\nconsole.log(h ? "refused" : "locked");\nsetInterval(() => {}, 1000);\n`,
  );
  const child = spawn(process.execPath, [script], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((ok) => child.stdout!.once("data", () => ok(child)));
}

describe("server lock", () => {
  it("refuses a second server on the same database, naming the first, and takes over once it is killed", async () => {
    const first = await fakeServer();
    try {
      expect(existsSync(lock)).toBe(true);
      const holder = acquireServerLock(lock, "5000");
      expect(holder).toEqual({ pid: first.pid, port: "4000" });
      expect(refusal(holder!, url)).toBe(
        `Another Pathwise server (pid ${first.pid}, port 4000) is already using ${url.slice(5)}. Stop it first, or give this one its own database with DATABASE_URL=file:./data/other.db.`,
      );
    } finally {
      first.kill("SIGKILL");
      await new Promise((ok) => first.once("exit", ok));
    }
    // The killed server's lock is stale: the next one takes it.
    expect(lockHolder(lock)).toBeNull();
    expect(acquireServerLock(lock, "5000")).toBeNull();
  });
});
