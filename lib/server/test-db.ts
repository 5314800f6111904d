/**
 * Test helper: a throwaway SQLite database built by the real migrations. Call `useTestDatabase()` at
 * the top of a test file (before importing anything that reads DATABASE_URL); `ready()` resolves
 * once migrated. Server modules must be imported dynamically after that.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll } from "vitest";

export function useTestDatabase(name: string): { url: string } {
  const scratch = mkdtempSync(join(tmpdir(), `pathwise-${name}-`));
  const url = `file:${join(scratch, "test.db")}`;
  const original = process.env.DATABASE_URL;
  beforeAll(() => {
    process.env.DATABASE_URL = url;
    const root = resolve(__dirname, "../..");
    const migrate = spawnSync(process.execPath, [resolve(root, "scripts/prisma.mjs"), "migrate", "deploy"], { cwd: root, env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });
    if (migrate.status !== 0) throw new Error(`migrate deploy failed:\n${migrate.stdout}\n${migrate.stderr}`);
  }, 120_000);
  afterAll(async () => {
    const { db } = await import("./db");
    await db.$disconnect();
    if (original === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = original;
    rmSync(scratch, { recursive: true, force: true });
  });
  return { url };
}
