import "server-only";
import { randomUUID } from "node:crypto";
import { QUIZ_SOURCES } from "@/content/quizzes";
import { TRACKS, lessonKey } from "@/lib/content/catalog";
import { gradeQuiz, publicQuiz, validateSubmission, type PublicQuiz, type QuizResult, type QuizSubmission } from "@/lib/content/grade";
import { QuizSchema, type Quiz } from "@/lib/content/quiz";
import { gradeCommand } from "@/lib/content/command-grader";
import { db } from "./db";
import { Prisma } from "./generated/prisma/client";
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

/** DateTime as Prisma's SQLite adapter stores it (ISO 8601 text with "+00:00"), so text order is time order. */
export function sqliteDateTime(d: Date): string {
  return d.toISOString().replace(/Z$/, "+00:00");
}

type QuizAttemptRow = { id: string; userId: string; quizId: string; score: number; total: number; passed: boolean; answers: string; createdAt: Date };

const rowValues = (row: QuizAttemptRow) =>
  Prisma.sql`(${row.id}, ${row.userId}, ${row.quizId}, ${row.score}, ${row.total}, ${row.passed ? 1 : 0}, ${row.answers}, ${sqliteDateTime(row.createdAt)})`;

/**
 * Stores attempts with one parameterized INSERT. Prisma's `create()` runs its query compiler on
 * every call, which made it the largest cost of a submission after the framework itself
 * (decision 009). The values use the encodings Prisma writes (tested in db.test.ts), so Prisma reads
 * these rows back like its own.
 */
function insertQuizAttempts(rows: QuizAttemptRow[]) {
  return db.$executeRaw`INSERT INTO "QuizAttempt" ("id", "userId", "quizId", "score", "total", "passed", "answers", "createdAt")
    VALUES ${Prisma.join(rows.map(rowValues))}`;
}

// Group commit: submissions that reach the write in the same turn of the event loop are stored by
// one INSERT (one statement, one commit). Each caller's promise settles only after that commit, so
// nothing is acknowledged before it is stored. A failing batch is retried row by row, so one bad row
// (say, its user was deleted a moment ago) fails only its own request.
const BATCH_MAX = 400; // 8 parameters a row; SQLite allows 32,766
let pending: Array<{ row: QuizAttemptRow; done: (error?: unknown) => void }> = [];
let flushScheduled = false;

function storeQuizAttempt(row: QuizAttemptRow): Promise<void> {
  return new Promise((resolve, reject) => {
    pending.push({ row, done: (error) => (error === undefined ? resolve() : reject(error instanceof Error ? error : new Error(String(error)))) });
    if (!flushScheduled) {
      flushScheduled = true;
      setImmediate(() => void flushQuizAttempts());
    }
  });
}

async function flushQuizAttempts(): Promise<void> {
  const batch = pending.slice(0, BATCH_MAX);
  pending = pending.slice(batch.length);
  flushScheduled = pending.length > 0;
  if (flushScheduled) setImmediate(() => void flushQuizAttempts());
  try {
    await insertQuizAttempts(batch.map((b) => b.row));
    for (const b of batch) b.done();
  } catch (error) {
    if (batch.length === 1) return batch[0].done(error ?? new Error("insert failed"));
    for (const b of batch) {
      try {
        await insertQuizAttempts([b.row]);
        b.done();
      } catch (rowError) {
        b.done(rowError ?? new Error("insert failed"));
      }
    }
  }
}

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
      insertQuizAttempts([row]),
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
