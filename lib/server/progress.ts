import "server-only";
import { db } from "./db";
import { AppError } from "./errors";
import type { CurrentUser } from "./session";
import type { GuestProgress } from "@/lib/content/progress";
import { gradeQuiz, validateSubmission } from "@/lib/content/grade";
import { getQuiz, lessonOfQuiz } from "./quizzes";
import { gradeCommand } from "@/lib/content/command-grader";

function requireUser(user: CurrentUser | null): CurrentUser {
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to save progress to your account.");
  return user;
}

/**
 * Merges progress a guest made in this browser into the signed-in user's account. Keeps the
 * earliest completion time for a lesson done both ways. Idempotent: merging twice changes nothing.
 */
export async function mergeGuestProgress(
  actor: CurrentUser | null,
  progress: GuestProgress,
): Promise<{ merged: number; quizAttempts: number }> {
  const user = requireUser(actor);
  const lessons = { ...progress.lessons };
  // Quiz attempts are graded again here: the browser's verdict is never trusted.
  const attempts: Array<{ quizId: string; answers: Record<string, string | string[]>; at: Date; score: number; total: number; passed: boolean }> = [];
  for (const [quizId, list] of Object.entries(progress.quizzes ?? {})) {
    const quiz = getQuiz(quizId);
    if (!quiz) continue;
    for (const { answers, at } of list) {
      if (validateSubmission(quiz, { answers })) continue;
      const result = gradeQuiz(quiz, { answers }, gradeCommand);
      attempts.push({ quizId, answers, at: new Date(at), score: result.score, total: result.total, passed: result.passed });
      const lesson = lessonOfQuiz(quizId);
      if (result.passed && lesson && (!lessons[lesson] || new Date(lessons[lesson]) > new Date(at))) lessons[lesson] = at;
    }
  }
  // The browser's clock is not evidence: a completion time is kept only if it is not in the future,
  // and a merged quiz attempt is stored at the time the server received it — a guest attempt
  // backdated in localStorage must not count as handed in before an assignment's due date.
  const now = new Date();
  for (const [slug, at] of Object.entries(lessons)) if (!(new Date(at).getTime() <= now.getTime())) lessons[slug] = now.toISOString();
  const entries = Object.entries(lessons);
  if (entries.length === 0 && attempts.length === 0) return { merged: 0, quizAttempts: 0 };
  await db.$transaction(async (tx) => {
    for (const a of attempts) {
      await tx.quizAttempt.create({
        data: { userId: user.id, quizId: a.quizId, score: a.score, total: a.total, passed: a.passed, answers: JSON.stringify(a.answers), createdAt: now },
      });
    }
    const existing = await tx.lessonProgress.findMany({
      where: { userId: user.id, lessonSlug: { in: entries.map(([slug]) => slug) } },
    });
    const bySlug = new Map(existing.map((row) => [row.lessonSlug, row]));
    for (const [lessonSlug, at] of entries) {
      const completedAt = new Date(at);
      const row = bySlug.get(lessonSlug);
      if (!row) {
        await tx.lessonProgress.create({ data: { userId: user.id, lessonSlug, completedAt } });
      } else if (completedAt < row.completedAt) {
        await tx.lessonProgress.update({ where: { id: row.id }, data: { completedAt } });
      }
    }
  });
  return { merged: entries.length, quizAttempts: attempts.length };
}

/** The lessons the user has completed, newest first. Only the user themself may read them. */
export async function completedLessons(actor: CurrentUser | null): Promise<Array<{ lessonSlug: string; completedAt: Date }>> {
  const user = requireUser(actor);
  return db.lessonProgress.findMany({
    where: { userId: user.id },
    select: { lessonSlug: true, completedAt: true },
    orderBy: { completedAt: "desc" },
  });
}
