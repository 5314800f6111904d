// The connection pragmas are applied on the connection Prisma actually uses (they are per
// connection: setting them on another handle would silently leave FULL sync and no FK checks).
import { beforeAll, expect, it, vi } from "vitest";
import { useTestDatabase } from "./test-db";

vi.mock("server-only", () => ({}));

useTestDatabase("db-test");
let db: typeof import("./db")["db"];
beforeAll(async () => {
  db = (await import("./db")).db;
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
  expect(await pragma("wal_autocheckpoint")).toBe(8000);
});

it("checkpoints the WAL from a background thread, so the serving connection never has to", async () => {
  const user = await db.user.create({ data: { id: "u-wal", name: "Wal", email: "wal@example.com" } });
  for (let i = 0; i < 300; i++) await db.quizAttempt.create({ data: { userId: user.id, quizId: "q", score: 0, total: 1, passed: false, answers: "x".repeat(2000) } });
  const { sqlitePath } = await import("./env");
  const { statSync } = await import("node:fs");
  const wal = sqlitePath(process.env.DATABASE_URL!) + "-wal";
  const grownTo = statSync(wal).size;
  // Within a few checkpoint intervals the WAL has been copied back and restarted from its start.
  await new Promise((r) => setTimeout(r, 1500));
  await db.quizAttempt.create({ data: { userId: user.id, quizId: "q", score: 0, total: 1, passed: false, answers: "{}" } });
  const rows = await db.$queryRawUnsafe<Array<Record<string, unknown>>>("PRAGMA wal_checkpoint(PASSIVE)");
  const log = Number(Object.values(rows[0])[1]);
  expect(grownTo).toBeGreaterThan(500_000);
  expect(log).toBeLessThan(50); // pages in the WAL now: only what was written since the restart
});

it("stores quiz attempts with a raw INSERT that Prisma reads back exactly like its own rows", async () => {
  const { submitQuizAttempt, getQuiz } = await import("./quizzes");
  const user = await db.user.create({ data: { id: "u-raw", name: "Raw", email: "raw@example.com" } });
  const actor = { id: user.id, name: user.name, email: user.email, createdAt: user.createdAt };
  const quiz = getQuiz("09-gateway-endpoints")!;
  const before = await db.quizAttempt.create({ data: { userId: user.id, quizId: quiz.id, score: 0, total: 1, passed: false, answers: "{}" } });
  const answers = Object.fromEntries(quiz.questions.filter((q) => q.type === "single").map((q) => [q.id, q.type === "single" ? q.answer : ""]));
  const out = await submitQuizAttempt(actor, quiz.id, { answers });
  expect(out.stored).toBe(true);
  const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: out.attemptId! } });
  expect(row).toMatchObject({ userId: user.id, quizId: quiz.id, score: out.score, total: out.total, passed: out.passed, answers: JSON.stringify(answers) });
  expect(row.createdAt).toBeInstanceOf(Date);
  expect(Math.abs(row.createdAt.getTime() - Date.now())).toBeLessThan(5_000);
  // Same text encoding as Prisma's rows, so SQL comparisons and ORDER BY see time order.
  const raw = await db.$queryRawUnsafe<Array<{ a: string; b: string }>>(
    `SELECT (SELECT CAST("createdAt" AS TEXT) FROM "QuizAttempt" WHERE id = ?) AS a, (SELECT CAST("createdAt" AS TEXT) FROM "QuizAttempt" WHERE id = ?) AS b`,
    before.id,
    row.id,
  );
  expect(raw[0].a).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/);
  expect(raw[0].b).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/);
  const ordered = await db.quizAttempt.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" }, select: { id: true } });
  expect(ordered.map((r) => r.id)).toEqual([before.id, row.id]);
  const later = await db.quizAttempt.count({ where: { userId: user.id, createdAt: { gt: before.createdAt } } });
  expect(later).toBe(1);
});

it("stores concurrent submissions together, and one bad row fails only its own request", async () => {
  const { submitQuizAttempt, getQuiz } = await import("./quizzes");
  const user = await db.user.create({ data: { id: "u-batch", name: "Bea", email: "bea@example.com" } });
  const actor = { id: user.id, name: user.name, email: user.email, createdAt: user.createdAt };
  const ghost = { ...actor, id: "u-deleted-a-moment-ago" };
  const quiz = getQuiz("09-gateway-endpoints")!;
  const q = quiz.questions.find((x) => x.type === "single")!;
  const answers = { [q.id]: "a" };
  const results = await Promise.allSettled([
    ...Array.from({ length: 30 }, () => submitQuizAttempt(actor, quiz.id, { answers })),
    submitQuizAttempt(ghost, quiz.id, { answers }),
    ...Array.from({ length: 10 }, () => submitQuizAttempt(actor, quiz.id, { answers })),
  ]);
  const ok = results.filter((r) => r.status === "fulfilled");
  expect(ok).toHaveLength(40);
  expect(results[30].status).toBe("rejected");
  const ids = ok.map((r) => (r as PromiseFulfilledResult<{ attemptId?: string }>).value.attemptId!);
  expect(new Set(ids).size).toBe(40);
  expect(await db.quizAttempt.count({ where: { id: { in: ids } } })).toBe(40);
});

it("stores lab checks by group commit, read back by Prisma with the right types", async () => {
  const { checkLab } = await import("./labs");
  const user = await db.user.create({ data: { id: "u-lab", name: "Lab", email: "lab@example.com" } });
  const actor = { id: user.id, name: user.name, email: user.email, createdAt: user.createdAt };
  const outs = await Promise.all([1, 2, 3].map((n) => checkLab(actor, "s3-gateway-endpoint", { seed: 7, commands: Array.from({ length: n }, () => "aws s3 ls") })));
  const rows = await db.labAttempt.findMany({ where: { userId: user.id }, orderBy: { goalsDone: "asc" } });
  expect(rows).toHaveLength(3);
  expect(new Set(rows.map((r) => r.id))).toEqual(new Set(outs.map((o) => o.attemptId)));
  for (const r of rows) {
    expect(r).toMatchObject({ labId: "s3-gateway-endpoint", seed: 7, passed: false, solutionRevealed: false, hintsUsed: 0 });
    expect(r.createdAt).toBeInstanceOf(Date);
    expect(JSON.parse(r.commands)).toEqual(expect.arrayContaining(["aws s3 ls"]));
  }
});

it("refuses a row that points at a missing parent (foreign keys are enforced)", async () => {
  await expect(db.quizAttempt.create({ data: { userId: "no-such-user", quizId: "q", score: 0, total: 1, passed: false, answers: "{}" } })).rejects.toThrow();
});
