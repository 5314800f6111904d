// Merging a guest's browser progress: answers are graded again and the browser's clock is not
// trusted (a backdated attempt must not count as handed in before a due date).
import { beforeAll, expect, it, vi } from "vitest";
import { useTestDatabase } from "./test-db";

vi.mock("server-only", () => ({}));

useTestDatabase("progress-test");
let db: typeof import("./db")["db"];
let progress: typeof import("./progress");
let quizzes: typeof import("./quizzes");
beforeAll(async () => {
  db = (await import("./db")).db;
  progress = await import("./progress");
  quizzes = await import("./quizzes");
});

it("stores merged quiz attempts at the server's time and never keeps a completion time from the future", async () => {
  const user = await db.user.create({ data: { id: "u-merge", name: "Mia", email: "mia@example.com" } });
  const actor = { id: user.id, name: user.name, email: user.email, createdAt: user.createdAt };
  const quiz = quizzes.getQuiz("09-gateway-endpoints")!;
  const answers = Object.fromEntries(quiz.questions.filter((q) => q.type === "single").map((q) => [q.id, q.type === "single" ? q.answer : ""]));
  const lesson = quizzes.lessonOfQuiz(quiz.id)!;
  const t0 = Date.now();
  const out = await progress.mergeGuestProgress(actor, {
    version: 1,
    lessons: { [lesson]: "2999-01-01T00:00:00.000Z", "tunneling/03-ipsec": "2026-01-02T03:04:05.000Z" },
    quizzes: { [quiz.id]: [{ answers, at: "2001-01-01T00:00:00.000Z" }] },
  });
  expect(out.quizAttempts).toBe(1);
  const attempt = await db.quizAttempt.findFirstOrThrow({ where: { userId: user.id } });
  expect(attempt.createdAt.getTime()).toBeGreaterThanOrEqual(t0 - 1000);
  expect(attempt.createdAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
  const rows = await db.lessonProgress.findMany({ where: { userId: user.id } });
  const bySlug = new Map(rows.map((r) => [r.lessonSlug, r.completedAt.getTime()]));
  expect(bySlug.get(lesson)).toBeLessThanOrEqual(Date.now());
  expect(bySlug.get("tunneling/03-ipsec")).toBe(Date.parse("2026-01-02T03:04:05.000Z"));
});
