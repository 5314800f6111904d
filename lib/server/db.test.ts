// The connection pragmas are applied on the connection Prisma actually uses (they are per
// connection: setting them on another handle would silently leave FULL sync and no FK checks).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

const scratch = mkdtempSync(join(tmpdir(), "pathwise-db-test-"));
const originalDatabaseUrl = process.env.DATABASE_URL;
let db: typeof import("./db")["db"];

beforeAll(async () => {
  const url = `file:${join(scratch, "test.db")}`;
  process.env.DATABASE_URL = url;
  const root = resolve(__dirname, "../..");
  const migrate = spawnSync(process.execPath, [resolve(root, "scripts/prisma.mjs"), "migrate", "deploy"], { cwd: root, env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });
  if (migrate.status !== 0) throw new Error(`migrate deploy failed:\n${migrate.stdout}\n${migrate.stderr}`);
  db = (await import("./db")).db;
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  if (originalDatabaseUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = originalDatabaseUrl;
  rmSync(scratch, { recursive: true, force: true });
});

const pragma = async (name: string): Promise<unknown> => {
  const rows = await db.$queryRawUnsafe<Array<Record<string, unknown>>>(`PRAGMA ${name}`);
  const v = Object.values(rows[0] ?? {})[0];
  return typeof v === "bigint" ? Number(v) : v;
};

it("uses WAL, synchronous=NORMAL and enforced foreign keys on the serving connection", async () => {
  expect(await pragma("journal_mode")).toBe("wal");
  expect(await pragma("synchronous")).toBe(1); // 0 OFF, 1 NORMAL, 2 FULL
  expect(await pragma("foreign_keys")).toBe(1);
});

it("refuses a row that points at a missing parent (foreign keys are enforced)", async () => {
  await expect(db.quizAttempt.create({ data: { userId: "no-such-user", quizId: "q", score: 0, total: 1, passed: false, answers: "{}" } })).rejects.toThrow();
});
