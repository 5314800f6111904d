import "server-only";
import { randomUUID } from "node:crypto";
import { QUIZ_SOURCES } from "@/content/quizzes";
import { TRACKS, lessonKey } from "@/lib/content/catalog";
import { gradeQuiz, publicQuiz, validateSubmission, type PublicQuiz, type QuizResult, type QuizSubmission } from "@/lib/content/grade";
import { QuizSchema, type Quiz } from "@/lib/content/quiz";
import { gradeCommand } from "@/lib/content/command-grader";
import { db } from "./db";
import { groupCommit, insertRows } from "./group-commit";
import { AppError } from "./errors";
import type { CurrentUser } from "./session";

let quizzes: Map<string, Quiz> | undefined;

/** All lesson quizzes, validated once per process. */
function allQuizzes(): Map<string, Quiz> {
  quizzes ??= new Map(QUIZ_SOURCES.map((q) => [q.id, QuizSchema.parse(q)]));
  return quizzes;
}

export function getQuiz(id: string): Quiz | undefined {
  return allQuizzes().get(id);
}

/** The quiz as the browser may see it before submitting. */
export function getPublicQuiz(id: string): PublicQuiz | undefined {
  const quiz = getQuiz(id);
  return quiz ? publicQuiz(quiz) : undefined;
}

/** The lesson a quiz belongs to (quiz ids are lesson slugs). */
export function lessonOfQuiz(quizId: string): string | undefined {
  for (const track of TRACKS) {
    const lesson = track.lessons.find((l) => l.slug === quizId);
    if (lesson) return lessonKey(track.slug, lesson.slug);
  }
  return undefined;
}

/** (user, lesson) pairs whose completion row exists; bounded, oldest forgotten first. */
const knownCompleted = new Set<string>();
const KNOWN_COMPLETED_MAX = 50_000;
function rememberCompleted(key: string): void {
  if (knownCompleted.size >= KNOWN_COMPLETED_MAX) knownCompleted.delete(knownCompleted.values().next().value as string);
  knownCompleted.add(key);
}

type QuizAttemptRow = { id: string; userId: string; quizId: string; score: number; total: number; passed: boolean; answers: string; createdAt: Date };
const QUIZ_ATTEMPT_COLUMNS = ["id", "userId", "quizId", "score", "total", "passed", "answers", "createdAt"] as const;
const storeQuizAttempt = groupCommit<QuizAttemptRow>("QuizAttempt", QUIZ_ATTEMPT_COLUMNS);

export type SubmitOutcome = QuizResult & { stored: boolean; lessonCompleted: boolean; attemptId?: string };

/**
 * Grades a submission on the server. Signed-in learners' attempts are stored and a passed quiz
 * completes its lesson; a guest gets the same result and keeps it in the browser.
 */
export async function submitQuizAttempt(
  actor: CurrentUser | null,
  quizId: string,
  submission: QuizSubmission,
): Promise<SubmitOutcome> {
  const quiz = getQuiz(quizId);
  if (!quiz) throw new AppError("NOT_FOUND", `There is no quiz "${quizId}".`);
  const problem = validateSubmission(quiz, submission);
  if (problem) throw new AppError("BAD_REQUEST", problem.message);
  const result = gradeQuiz(quiz, submission, gradeCommand);
  if (!actor) return { ...result, stored: false, lessonCompleted: false };

  const lesson = lessonOfQuiz(quiz.id);
  const data = {
    userId: actor.id,
    quizId: quiz.id,
    score: result.score,
    total: result.total,
    passed: result.passed,
    answers: JSON.stringify(submission.answers),
  };
  // One batched transaction (no interactive round trips): the attempt, and the lesson's completion
  // when the quiz was passed. A lesson's completion row is never removed, so once this process has
  // written or seen it, a later pass only needs the attempt (the upsert is ~1 ms of the request).
  const lessonCompleted = Boolean(result.passed && lesson);
  const completionKey = `${actor.id}\u0000${lesson ?? ""}`;
  const needsCompletion = lessonCompleted && lesson !== undefined && !knownCompleted.has(completionKey);
  const attemptId = randomUUID();
  const row = { id: attemptId, ...data, createdAt: new Date() };
  if (needsCompletion && lesson) {
    await db.$transaction([
      insertRows("QuizAttempt", QUIZ_ATTEMPT_COLUMNS, [row]),
      db.lessonProgress.upsert({
        where: { userId_lessonSlug: { userId: actor.id, lessonSlug: lesson } },
        create: { userId: actor.id, lessonSlug: lesson, completedAt: new Date() },
        update: {},
        select: { id: true },
      }),
    ]);
  } else {
    await storeQuizAttempt(row);
  }
  if (needsCompletion) rememberCompleted(completionKey);
  return { ...result, stored: true, lessonCompleted, attemptId };
}

/** The learner's best score per quiz. Only the learner may read their own attempts. */
export async function bestQuizScores(actor: CurrentUser | null): Promise<Map<string, { score: number; total: number }>> {
  if (!actor) return new Map();
  const rows = await db.quizAttempt.groupBy({
    by: ["quizId"],
    where: { userId: actor.id },
    _max: { score: true, total: true },
  });
  return new Map(rows.map((r) => [r.quizId, { score: r._max.score ?? 0, total: r._max.total ?? 0 }]));
}

/** The learner's last attempt at a quiz, graded again for its review (only their own). */
export async function lastQuizReview(actor: CurrentUser | null, quizId: string): Promise<{ answers: QuizSubmission["answers"]; result: QuizResult; at: string } | null> {
  if (!actor) return null;
  const quiz = getQuiz(quizId);
  if (!quiz) return null;
  const row = await db.quizAttempt.findFirst({ where: { userId: actor.id, quizId }, orderBy: { createdAt: "desc" }, select: { answers: true, createdAt: true } });
  if (!row) return null;
  const answers = JSON.parse(row.answers) as QuizSubmission["answers"];
  return { answers, result: gradeQuiz(quiz, { answers }, gradeCommand), at: row.createdAt.toISOString() };
}
