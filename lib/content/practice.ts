import { z } from "zod";
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from "ts-fsrs";
import type { BankQuestion } from "./bank";
import { gradeQuiz, publicQuiz, validateSubmission, type CommandGrader, type PublicQuestion, type QuestionResult } from "./grade";

// Pure logic for practice exams, learn mode, spaced repetition and the progress dashboard.
// No Prisma, no clock: every function that needs "now" takes it as an argument.

export const EXAM_MIN_QUESTIONS = 5;
export const EXAM_MAX_QUESTIONS = 65;
export const EXAM_MIN_MINUTES = 1;
export const EXAM_MAX_MINUTES = 180;
/** Submissions up to this long after the deadline still count (network latency, auto-submit). */
export const EXAM_GRACE_MS = 5_000;
/** Share of points needed to pass a practice exam. */
export const EXAM_PASS_MARK = 0.7;

const AnswerValue = z.union([z.string().max(4096), z.array(z.string().max(200)).max(20)]);
export type AnswerValue = z.infer<typeof AnswerValue>;

export const StartExamSchema = z
  .object({
    tracks: z
      .array(
        z
          .string()
          .regex(/^[a-z0-9-]+$/)
          .max(80),
      )
      .min(1, "Choose at least one track.")
      .max(20),
    count: z.number().int().min(EXAM_MIN_QUESTIONS).max(EXAM_MAX_QUESTIONS),
    minutes: z.number().int().min(EXAM_MIN_MINUTES).max(EXAM_MAX_MINUTES),
  })
  .strict();
export type StartExamBody = z.infer<typeof StartExamSchema>;

export const SubmitExamSchema = z
  .object({
    answers: z.record(z.string().max(80), AnswerValue),
    /** Seconds spent on each question, as measured in the browser (informational only). */
    timings: z
      .record(
        z.string().max(80),
        z
          .number()
          .min(0)
          .max(EXAM_MAX_MINUTES * 60),
      )
      .default({}),
  })
  .strict();
export type SubmitExamBody = z.infer<typeof SubmitExamSchema>;

export const LearnAnswerSchema = z.object({ questionId: z.string().min(1).max(80), answer: AnswerValue }).strict();
export const ReviewAnswerSchema = z.object({ answer: AnswerValue }).strict();
export const RATINGS = ["again", "hard", "good", "easy"] as const;
export type RatingName = (typeof RATINGS)[number];
export const RateSchema = z.object({ rating: z.enum(RATINGS) }).strict();
export const EmptySchema = z.object({}).strict();

// ---- Deterministic question selection ----

/** mulberry32: a tiny, well-distributed PRNG; the same seed always gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: ReadonlyArray<T>, random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * Picks `count` question ids from the chosen tracks, spread evenly across them (round robin over
 * each track's shuffled questions), then shuffles the result. Deterministic in `seed`.
 */
export function pickQuestions(
  bank: ReadonlyArray<{ id: string; track: string }>,
  tracks: ReadonlyArray<string>,
  count: number,
  seed: number,
): string[] {
  const random = seededRandom(seed);
  const wanted = [...new Set(tracks)].sort();
  const pools = wanted.map((t) =>
    shuffle(
      bank.filter((q) => q.track === t).map((q) => q.id),
      random,
    ),
  );
  const picked: string[] = [];
  for (let round = 0; picked.length < count; round++) {
    let added = false;
    for (const pool of pools) {
      if (round < pool.length && picked.length < count) {
        picked.push(pool[round]);
        added = true;
      }
    }
    if (!added) break;
  }
  return shuffle(picked, random);
}

// ---- Deadlines and submission checks ----

export function examDeadline(startedAt: Date, minutes: number): Date {
  return new Date(startedAt.getTime() + minutes * 60_000);
}

export function isLate(deadline: Date, now: Date, graceMs = EXAM_GRACE_MS): boolean {
  return now.getTime() > deadline.getTime() + graceMs;
}

export type SubmissionCheck =
  | { ok: true }
  | {
      ok: false;
      kind: "not-found" | "already-submitted" | "late" | "unknown-question" | "bad-answer";
      message: string;
    };

/**
 * Decides whether an exam submission may be graded. The order matters: someone else's attempt
 * looks exactly like a missing one (404); a replay is a 409 even when it is also late.
 */
export function checkExamSubmission(
  attempt: { userId: string; deadline: Date; submittedAt: Date | null; questionIds: ReadonlyArray<string> } | null,
  actorId: string,
  body: SubmitExamBody,
  now: Date,
): SubmissionCheck {
  if (!attempt || attempt.userId !== actorId)
    return { ok: false, kind: "not-found", message: "There is no such exam attempt." };
  if (attempt.submittedAt) {
    return {
      ok: false,
      kind: "already-submitted",
      message: "This exam was already submitted; its results can't be changed.",
    };
  }
  if (isLate(attempt.deadline, now)) {
    return {
      ok: false,
      kind: "late",
      message: "Time is up: this exam's deadline has passed, so the submission was not counted.",
    };
  }
  const ids = new Set(attempt.questionIds);
  for (const id of [...Object.keys(body.answers), ...Object.keys(body.timings)]) {
    if (!ids.has(id))
      return { ok: false, kind: "unknown-question", message: `Question "${id}" is not part of this exam.` };
  }
  return { ok: true };
}

// ---- Grading ----

/** Public (key-free) views of bank questions, in the given order. */
export function publicQuestions(questions: ReadonlyArray<BankQuestion>): PublicQuestion[] {
  return publicQuiz({ id: "practice", title: "Practice", passMark: EXAM_PASS_MARK, questions: [...questions] })
    .questions;
}

/** Returns a message if an answer has the wrong shape for its question (unknown choice, …). */
export function answerProblem(
  questions: ReadonlyArray<BankQuestion>,
  answers: Record<string, AnswerValue>,
): string | null {
  const problem = validateSubmission(
    { id: "practice", title: "Practice", passMark: EXAM_PASS_MARK, questions: [...questions] },
    { answers },
  );
  return problem ? problem.message : null;
}

export type TrackScore = { track: string; correct: number; total: number };
export type GradedQuestion = QuestionResult & { track: string };
export type ExamGrade = {
  score: number;
  total: number;
  passed: boolean;
  results: GradedQuestion[];
  byTrack: TrackScore[];
};

export function gradeQuestions(
  questions: ReadonlyArray<BankQuestion>,
  answers: Record<string, AnswerValue>,
  /** Runs "type the command" answers in the simulator; supplied by the server. */
  runCommand?: CommandGrader,
): ExamGrade {
  const graded = gradeQuiz(
    { id: "practice", title: "Practice", passMark: EXAM_PASS_MARK, questions: [...questions] },
    { answers },
    runCommand,
  );
  const results = graded.results.map((r, i) => ({ ...r, track: questions[i].track }));
  return {
    score: graded.score,
    total: graded.total,
    passed: graded.total > 0 && graded.score / graded.total >= EXAM_PASS_MARK,
    results,
    byTrack: scoreByTrack(results),
  };
}

/** Correct / total per track, in first-seen order. */
export function scoreByTrack(results: ReadonlyArray<{ track: string; correct: boolean }>): TrackScore[] {
  const map = new Map<string, TrackScore>();
  for (const r of results) {
    const s = map.get(r.track) ?? { track: r.track, correct: 0, total: 0 };
    s.total += 1;
    if (r.correct) s.correct += 1;
    map.set(r.track, s);
  }
  return [...map.values()];
}

/** Tracks sorted by accuracy, lowest first (ties: more answers first, then by name); only tracks with answers. */
export function weakestTracks(scores: ReadonlyArray<TrackScore>): Array<TrackScore & { accuracy: number }> {
  return scores
    .filter((s) => s.total > 0)
    .map((s) => ({ ...s, accuracy: s.correct / s.total }))
    .sort((a, b) => a.accuracy - b.accuracy || b.total - a.total || a.track.localeCompare(b.track));
}

/** Question ids whose most recent answer was wrong, most recent first. Input in any order. */
export function latestMisses(
  answers: ReadonlyArray<{ questionId: string; correct: boolean; createdAt: Date }>,
): string[] {
  const latest = new Map<string, { correct: boolean; at: number }>();
  for (const a of answers) {
    const prev = latest.get(a.questionId);
    if (!prev || a.createdAt.getTime() >= prev.at)
      latest.set(a.questionId, { correct: a.correct, at: a.createdAt.getTime() });
  }
  return [...latest.entries()]
    .filter(([, v]) => !v.correct)
    .sort((a, b) => b[1].at - a[1].at || a[0].localeCompare(b[0]))
    .map(([id]) => id);
}

// ---- Streaks (UTC days) ----

export function utcDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * Consecutive UTC days with any activity, ending today — or yesterday, so a streak isn't lost
 * before the learner has had a chance to practise today.
 */
export function computeStreak(activity: ReadonlyArray<Date>, now: Date): number {
  const days = new Set(activity.map(utcDay));
  const DAY = 86_400_000;
  let cursor = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  if (!days.has(utcDay(new Date(cursor)))) cursor -= DAY;
  let streak = 0;
  while (days.has(utcDay(new Date(cursor)))) {
    streak += 1;
    cursor -= DAY;
  }
  return streak;
}

// ---- Spaced repetition (ts-fsrs) ----

const scheduler = fsrs({ enable_fuzz: false });

const RATING: Record<RatingName, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

/** A card as stored: ts-fsrs's Card with dates as ISO strings. */
const StoredCard = z.object({
  due: z.string(),
  stability: z.number(),
  difficulty: z.number(),
  elapsed_days: z.number(),
  scheduled_days: z.number(),
  learning_steps: z.number(),
  reps: z.number(),
  lapses: z.number(),
  state: z.number().int().min(0).max(3),
  last_review: z.string().optional(),
});

export function serializeCard(card: Card): string {
  return JSON.stringify({ ...card, due: card.due.toISOString(), last_review: card.last_review?.toISOString() });
}

export function parseCard(json: string): Card {
  const raw = StoredCard.parse(JSON.parse(json));
  return { ...raw, due: new Date(raw.due), last_review: raw.last_review ? new Date(raw.last_review) : undefined };
}

/** A fresh card, due immediately. */
export function newCard(now: Date): Card {
  return createEmptyCard(now);
}

/** Schedules the next review after a rating. Deterministic: no fuzz, time only from `now`. */
export function scheduleReview(card: Card, rating: RatingName, now: Date): Card {
  return scheduler.next(card, now, RATING[rating]).card;
}

/** A missed question puts its card back to "due now" (a new card for a first miss). */
export function cardAfterMiss(existing: Card | null, now: Date): Card {
  if (!existing) return newCard(now);
  return { ...existing, due: now };
}
