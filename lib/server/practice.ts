import "server-only";
import { randomInt } from "node:crypto";
import { BANK_QUESTIONS, INTERVIEW_PROMPTS } from "@/content/bank";
import { BankQuestionSchema, InterviewPromptSchema, type BankQuestion, type InterviewPrompt } from "@/lib/content/bank";
import { TRACKS, lessonKey } from "@/lib/content/catalog";
import type { PublicQuestion } from "@/lib/content/grade";
import {
  EXAM_PASS_MARK,
  answerProblem,
  cardAfterMiss,
  checkExamSubmission,
  computeStreak,
  examDeadline,
  gradeQuestions,
  isLate,
  latestMisses,
  newCard,
  parseCard,
  pickQuestions,
  publicQuestions,
  scheduleReview,
  scoreByTrack,
  seededRandom,
  shuffle,
  serializeCard,
  weakestTracks,
  type AnswerValue,
  type GradedQuestion,
  type RatingName,
  type StartExamBody,
  type SubmitExamBody,
  type TrackScore,
} from "@/lib/content/practice";
import { gradeCommand } from "@/lib/content/command-grader";
import { db } from "./db";
import { AppError } from "./errors";
import type { CurrentUser } from "./session";

// The data-access layer for practice exams, learn mode, reviews, interview prompts and the progress
// dashboard. Every function takes the actor and checks what they may do. Answer keys and model
// answers leave this module only as graded results, after the learner answered or revealed.

type Db = typeof db;
type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

let bank: Map<string, BankQuestion> | undefined;
let prompts: Map<string, InterviewPrompt> | undefined;

function allQuestions(): Map<string, BankQuestion> {
  bank ??= new Map(BANK_QUESTIONS.map((q) => BankQuestionSchema.parse(q)).map((q) => [q.id, q]));
  return bank;
}

function allPrompts(): Map<string, InterviewPrompt> {
  prompts ??= new Map(INTERVIEW_PROMPTS.map((p) => InterviewPromptSchema.parse(p)).map((p) => [p.id, p]));
  return prompts;
}

function question(id: string): BankQuestion {
  const q = allQuestions().get(id);
  if (!q) throw new AppError("BAD_REQUEST", `There is no question "${id}".`);
  return q;
}

function requireUser(actor: CurrentUser | null, what: string): CurrentUser {
  if (!actor) throw new AppError("UNAUTHENTICATED", `Sign in to ${what}.`);
  return actor;
}

const trackTitle = (slug: string) => TRACKS.find((t) => t.slug === slug)?.title ?? slug;

export type PracticeQuestion = {
  question: PublicQuestion;
  track: string;
  trackTitle: string;
  difficulty: number;
  scenario: string | null;
};

function toPractice(q: BankQuestion): PracticeQuestion {
  return {
    question: publicQuestions([q])[0],
    track: q.track,
    trackTitle: trackTitle(q.track),
    difficulty: q.difficulty,
    scenario: q.scenario ?? null,
  };
}

/** Question counts per track, for the exam set-up form. */
export function bankTrackCounts(): Array<{ slug: string; title: string; count: number }> {
  const qs = [...allQuestions().values()];
  return TRACKS.map((t) => ({ slug: t.slug, title: t.title, count: qs.filter((q) => q.track === t.slug).length }));
}

// ---- Exams ----

export async function startExam(
  actor: CurrentUser | null,
  body: StartExamBody,
  now = new Date(),
): Promise<{ id: string }> {
  const user = requireUser(actor, "take a practice exam");
  const known = new Set(TRACKS.map((t) => t.slug));
  const unknown = body.tracks.find((t) => !known.has(t));
  if (unknown) throw new AppError("BAD_REQUEST", `There is no track "${unknown}".`);
  const ids = pickQuestions([...allQuestions().values()], body.tracks, body.count, randomInt(0, 2 ** 31));
  if (ids.length < body.count) {
    throw new AppError(
      "BAD_REQUEST",
      `Those tracks have only ${ids.length} questions; choose fewer questions or more tracks.`,
    );
  }
  const attempt = await db.examAttempt.create({
    data: {
      userId: user.id,
      tracks: JSON.stringify([...new Set(body.tracks)]),
      questionIds: JSON.stringify(ids),
      timeLimitSec: body.minutes * 60,
      startedAt: now,
      deadline: examDeadline(now, body.minutes),
      total: ids.length,
    },
  });
  return { id: attempt.id };
}

/**
 * Starts a class's assigned exam: the questions and time limit were fixed when the instructor
 * assigned it. Only active members of a class that is not archived may start it; to anyone else the
 * assignment does not exist.
 */
export async function startAssignedExam(actor: CurrentUser | null, assignmentId: string, now = new Date()): Promise<{ id: string }> {
  const user = requireUser(actor, "take an assigned exam");
  const assignment = await db.assignment.findUnique({ where: { id: assignmentId }, include: { class: true } });
  const member = assignment
    ? await db.classMember.findUnique({ where: { classId_userId: { classId: assignment.classId, userId: user.id } } })
    : null;
  if (!assignment || assignment.kind !== "exam" || !member || member.removedAt) {
    throw new AppError("NOT_FOUND", "There is no such assigned exam.");
  }
  if (assignment.class.archivedAt) throw new AppError("CONFLICT", "This class is archived; its exams can no longer be taken.");
  const ids = JSON.parse(assignment.questionIds ?? "[]") as string[];
  const questions = ids.map((id) => allQuestions().get(id)).filter((q): q is BankQuestion => Boolean(q));
  if (questions.length === 0) throw new AppError("CONFLICT", "This assigned exam has no questions.");
  const minutes = Math.max(1, Math.round((assignment.timeLimitSec ?? questions.length * 90) / 60));
  const attempt = await db.examAttempt.create({
    data: {
      userId: user.id,
      assignmentId: assignment.id,
      tracks: JSON.stringify([...new Set(questions.map((q) => q.track))]),
      questionIds: JSON.stringify(questions.map((q) => q.id)),
      timeLimitSec: minutes * 60,
      startedAt: now,
      deadline: examDeadline(now, minutes),
      total: questions.length,
    },
  });
  return { id: attempt.id };
}

/** What the learner sees before starting an assigned exam (title, size, time); 404 for non-members. */
export async function assignedExamInfo(actor: CurrentUser | null, assignmentId: string) {
  const user = requireUser(actor, "take an assigned exam");
  const assignment = await db.assignment.findUnique({ where: { id: assignmentId }, include: { class: true } });
  const member = assignment
    ? await db.classMember.findUnique({ where: { classId_userId: { classId: assignment.classId, userId: user.id } } })
    : null;
  if (!assignment || assignment.kind !== "exam" || !member || member.removedAt) return null;
  const count = (JSON.parse(assignment.questionIds ?? "[]") as string[]).length;
  return { id: assignment.id, title: assignment.title, className: assignment.class.name, count, minutes: Math.round((assignment.timeLimitSec ?? count * 90) / 60) };
}

async function ownExam(user: CurrentUser, id: string) {
  const attempt = await db.examAttempt.findUnique({ where: { id } });
  // Someone else's attempt is indistinguishable from a missing one.
  if (!attempt || attempt.userId !== user.id) throw new AppError("NOT_FOUND", "There is no such exam attempt.");
  return attempt;
}

export type ExamToTake = {
  id: string;
  deadline: string;
  serverNow: string;
  questions: PracticeQuestion[];
};

export type ExamReviewItem = GradedQuestion & {
  question: PublicQuestion;
  trackTitle: string;
  scenario: string | null;
  seconds: number | null;
};

export type ExamResult = {
  id: string;
  startedAt: Date;
  submittedAt: Date | null;
  timeLimitSec: number;
  score: number;
  total: number;
  passed: boolean;
  passMark: number;
  byTrack: Array<TrackScore & { title: string }>;
  items: ExamReviewItem[];
  /** True when time ran out without a submission: every answer counts as unanswered. */
  expired: boolean;
};

export type ExamView = { status: "open"; exam: ExamToTake } | { status: "done"; result: ExamResult };

/** The exam page: the questions (no keys) while it's open; the graded review once it's over. */
export async function getExam(actor: CurrentUser | null, id: string, now = new Date()): Promise<ExamView> {
  const user = requireUser(actor, "see your exams");
  const attempt = await ownExam(user, id);
  const ids = JSON.parse(attempt.questionIds) as string[];
  const qs = ids.map(question);
  const expired = !attempt.submittedAt && isLate(attempt.deadline, now);
  if (!attempt.submittedAt && !expired) {
    return {
      status: "open",
      exam: {
        id: attempt.id,
        deadline: attempt.deadline.toISOString(),
        serverNow: now.toISOString(),
        questions: qs.map(toPractice),
      },
    };
  }
  const answers = attempt.answers ? (JSON.parse(attempt.answers) as Record<string, AnswerValue>) : {};
  const timings = attempt.timings ? (JSON.parse(attempt.timings) as Record<string, number>) : {};
  const graded = gradeQuestions(qs, answers, gradeCommand);
  return {
    status: "done",
    result: {
      id: attempt.id,
      startedAt: attempt.startedAt,
      submittedAt: attempt.submittedAt,
      timeLimitSec: attempt.timeLimitSec,
      score: graded.score,
      total: graded.total,
      passed: graded.passed,
      passMark: EXAM_PASS_MARK,
      byTrack: graded.byTrack.map((t) => ({ ...t, title: trackTitle(t.track) })),
      items: graded.results.map((r, i) => ({
        ...r,
        question: publicQuestions([qs[i]])[0],
        trackTitle: trackTitle(r.track),
        scenario: qs[i].scenario ?? null,
        seconds: typeof timings[r.id] === "number" ? Math.round(timings[r.id]) : null,
      })),
      expired,
    },
  };
}

/**
 * Grades a submission if it arrives before the deadline (plus grace). A second submission is a
 * 409; a late one is refused and changes nothing; someone else's attempt is a 404.
 */
export async function submitExam(
  actor: CurrentUser | null,
  id: string,
  body: SubmitExamBody,
  now = new Date(),
): Promise<{ id: string; score: number; total: number; passed: boolean }> {
  const user = requireUser(actor, "submit an exam");
  const attempt = await db.examAttempt.findUnique({ where: { id } });
  const ids = attempt ? (JSON.parse(attempt.questionIds) as string[]) : [];
  const check = checkExamSubmission(attempt ? { ...attempt, questionIds: ids } : null, user.id, body, now);
  if (!check.ok) {
    const code =
      check.kind === "not-found"
        ? "NOT_FOUND"
        : check.kind === "already-submitted" || check.kind === "late"
          ? "CONFLICT"
          : "BAD_REQUEST";
    throw new AppError(code, check.message);
  }
  const qs = ids.map(question);
  const problem = answerProblem(qs, body.answers);
  if (problem) throw new AppError("BAD_REQUEST", problem);
  const graded = gradeQuestions(qs, body.answers, gradeCommand);
  await db.$transaction(async (tx) => {
    // Only the first submission wins, even when two race each other.
    const updated = await tx.examAttempt.updateMany({
      where: { id, userId: user.id, submittedAt: null },
      data: {
        submittedAt: now,
        answers: JSON.stringify(body.answers),
        timings: JSON.stringify(body.timings),
        score: graded.score,
      },
    });
    if (updated.count !== 1)
      throw new AppError("CONFLICT", "This exam was already submitted; its results can't be changed.");
    for (const r of graded.results) await recordAnswer(tx, user.id, r.id, r.correct, "exam", now);
  });
  return { id, score: graded.score, total: graded.total, passed: graded.passed };
}

/** Stores one graded answer and, for a miss, makes its review card due now. */
async function recordAnswer(
  tx: Tx,
  userId: string,
  questionId: string,
  correct: boolean,
  mode: "exam" | "learn" | "review",
  now: Date,
) {
  await tx.questionAnswer.create({ data: { userId, questionId, correct, mode, createdAt: now } });
  if (correct || mode === "review") return;
  const existing = await tx.reviewCard.findUnique({
    where: { userId_itemType_itemId: { userId, itemType: "question", itemId: questionId } },
  });
  const card = cardAfterMiss(existing ? parseCard(existing.card) : null, now);
  await tx.reviewCard.upsert({
    where: { userId_itemType_itemId: { userId, itemType: "question", itemId: questionId } },
    create: { userId, itemType: "question", itemId: questionId, due: card.due, card: serializeCard(card) },
    update: { due: card.due, card: serializeCard(card) },
  });
}

export type ExamSummary = {
  id: string;
  startedAt: Date;
  submittedAt: Date | null;
  score: number | null;
  total: number;
  deadline: Date;
};

export async function listExams(actor: CurrentUser | null): Promise<ExamSummary[]> {
  if (!actor) return [];
  return db.examAttempt.findMany({
    where: { userId: actor.id },
    orderBy: { startedAt: "desc" },
    take: 20,
    select: { id: true, startedAt: true, submittedAt: true, score: true, total: true, deadline: true },
  });
}

// ---- Learn mode and misses ----

/** Key-free questions for learn mode, optionally for one track, in a fresh order. Anyone may practise. */
export function learnQuestions(track: string | null, seed = randomInt(0, 2 ** 31)): PracticeQuestion[] {
  const list = [...allQuestions().values()].filter((q) => !track || q.track === track);
  return shuffle(list, seededRandom(seed)).map(toPractice);
}

export type AnswerFeedback = {
  correct: boolean;
  expected: string | string[];
  explanation: string;
  source: string;
  scenario: string | null;
  stored: boolean;
};

/** Grades one learn-mode answer; stored (with a review card for a miss) for signed-in learners. */
export async function answerLearnQuestion(
  actor: CurrentUser | null,
  questionId: string,
  answer: AnswerValue,
  now = new Date(),
): Promise<AnswerFeedback> {
  const q = question(questionId);
  const problem = answerProblem([q], { [q.id]: answer });
  if (problem) throw new AppError("BAD_REQUEST", problem);
  const r = gradeQuestions([q], { [q.id]: answer }, gradeCommand).results[0];
  const feedback = {
    correct: r.correct,
    expected: r.expected,
    explanation: r.explanation,
    source: r.source,
    scenario: q.scenario ?? null,
  };
  if (!actor) return { ...feedback, stored: false };
  await db.$transaction((tx) => recordAnswer(tx, actor.id, q.id, r.correct, "learn", now));
  return { ...feedback, stored: true };
}

/** Questions the learner got wrong the last time they answered them, most recent first. */
export async function missedQuestions(actor: CurrentUser | null): Promise<PracticeQuestion[]> {
  const user = requireUser(actor, "review your misses");
  const rows = await db.questionAnswer.findMany({
    where: { userId: user.id },
    select: { questionId: true, correct: true, createdAt: true },
  });
  return latestMisses(rows)
    .map((id) => allQuestions().get(id))
    .filter((q): q is BankQuestion => Boolean(q))
    .map(toPractice);
}

// ---- Spaced repetition ----

export type DueItem =
  | { cardId: string; kind: "question"; due: Date; item: PracticeQuestion }
  | {
      cardId: string;
      kind: "prompt";
      due: Date;
      item: { id: string; prompt: string; track: string; trackTitle: string };
    };

/** Cards due by the end of the current UTC day, earliest first. */
export async function dueReviews(actor: CurrentUser | null, now = new Date()): Promise<DueItem[]> {
  const user = requireUser(actor, "use spaced repetition");
  const cards = await db.reviewCard.findMany({
    where: { userId: user.id, due: { lte: endOfUtcDay(now) } },
    orderBy: { due: "asc" },
  });
  const out: DueItem[] = [];
  for (const c of cards) {
    if (c.itemType === "question") {
      const q = allQuestions().get(c.itemId);
      if (q) out.push({ cardId: c.id, kind: "question", due: c.due, item: toPractice(q) });
    } else {
      const p = allPrompts().get(c.itemId);
      if (p)
        out.push({
          cardId: c.id,
          kind: "prompt",
          due: c.due,
          item: { id: p.id, prompt: p.prompt, track: p.track, trackTitle: trackTitle(p.track) },
        });
    }
  }
  return out;
}

export async function dueReviewCount(actor: CurrentUser | null, now = new Date()): Promise<number> {
  if (!actor) return 0;
  return db.reviewCard.count({ where: { userId: actor.id, due: { lte: endOfUtcDay(now) } } });
}

function endOfUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 23, 59, 59, 999));
}

async function ownCard(user: CurrentUser, cardId: string) {
  const card = await db.reviewCard.findUnique({ where: { id: cardId } });
  if (!card || card.userId !== user.id) throw new AppError("NOT_FOUND", "There is no such review card.");
  return card;
}

async function reschedule(cardId: string, stored: string, rating: RatingName, now: Date, reps: number) {
  const next = scheduleReview(parseCard(stored), rating, now);
  await db.reviewCard.update({
    where: { id: cardId },
    data: { card: serializeCard(next), due: next.due, lastReview: now, reps: reps + 1 },
  });
  return next.due;
}

/** Answers a due question card: graded on the server, then scheduled (right → Good, wrong → Again). */
export async function answerReviewCard(
  actor: CurrentUser | null,
  cardId: string,
  answer: AnswerValue,
  now = new Date(),
): Promise<AnswerFeedback & { nextDue: string }> {
  const user = requireUser(actor, "use spaced repetition");
  const card = await ownCard(user, cardId);
  if (card.itemType !== "question")
    throw new AppError("BAD_REQUEST", "This card is an interview prompt: rate it instead.");
  const q = question(card.itemId);
  const problem = answerProblem([q], { [q.id]: answer });
  if (problem) throw new AppError("BAD_REQUEST", problem);
  const r = gradeQuestions([q], { [q.id]: answer }, gradeCommand).results[0];
  await db.questionAnswer.create({
    data: { userId: user.id, questionId: q.id, correct: r.correct, mode: "review", createdAt: now },
  });
  const due = await reschedule(card.id, card.card, r.correct ? "good" : "again", now, card.reps);
  return {
    correct: r.correct,
    expected: r.expected,
    explanation: r.explanation,
    source: r.source,
    scenario: q.scenario ?? null,
    stored: true,
    nextDue: due.toISOString(),
  };
}

/** Self-rating after revealing an interview prompt's model answer; creates the card on first use. */
export async function ratePrompt(
  actor: CurrentUser | null,
  promptId: string,
  rating: RatingName,
  now = new Date(),
): Promise<{ nextDue: string }> {
  const user = requireUser(actor, "schedule interview prompts for review");
  if (!allPrompts().has(promptId)) throw new AppError("NOT_FOUND", `There is no interview prompt "${promptId}".`);
  const key = { userId_itemType_itemId: { userId: user.id, itemType: "prompt", itemId: promptId } };
  const existing = await db.reviewCard.findUnique({ where: key });
  const next = scheduleReview(existing ? parseCard(existing.card) : newCard(now), rating, now);
  await db.reviewCard.upsert({
    where: key,
    create: {
      userId: user.id,
      itemType: "prompt",
      itemId: promptId,
      due: next.due,
      card: serializeCard(next),
      lastReview: now,
      reps: 1,
    },
    update: { due: next.due, card: serializeCard(next), lastReview: now, reps: (existing?.reps ?? 0) + 1 },
  });
  return { nextDue: next.due.toISOString() };
}

/** Self-rating of a due prompt card from the review queue. */
export async function rateReviewCard(
  actor: CurrentUser | null,
  cardId: string,
  rating: RatingName,
  now = new Date(),
): Promise<{ nextDue: string }> {
  const user = requireUser(actor, "use spaced repetition");
  const card = await ownCard(user, cardId);
  if (card.itemType !== "prompt") throw new AppError("BAD_REQUEST", "This card is a question: answer it instead.");
  return ratePrompt(user, card.itemId, rating, now);
}

// ---- Interview prompts ----

export type PromptSummary = { id: string; track: string; trackTitle: string; difficulty: number; prompt: string };

export function listPrompts(): PromptSummary[] {
  return [...allPrompts().values()].map((p) => ({
    id: p.id,
    track: p.track,
    trackTitle: trackTitle(p.track),
    difficulty: p.difficulty,
    prompt: p.prompt,
  }));
}

export function getPromptSummary(id: string): PromptSummary | null {
  return listPrompts().find((p) => p.id === id) ?? null;
}

/** The model answer and key points, sent only when the learner presses "Reveal". */
export function revealPrompt(id: string): { modelAnswer: string; keyPoints: string[]; source: string } {
  const p = allPrompts().get(id);
  if (!p) throw new AppError("NOT_FOUND", `There is no interview prompt "${id}".`);
  return { modelAnswer: p.modelAnswer, keyPoints: p.keyPoints, source: p.source };
}

// ---- Progress dashboard ----

export type Dashboard = {
  lessons: Array<{ slug: string; title: string; done: number; total: number }>;
  labsDone: number;
  quizzes: Array<{ at: Date; quizId: string; score: number; total: number }>;
  exams: Array<{ id: string; at: Date; score: number; total: number }>;
  weakest: Array<TrackScore & { accuracy: number; title: string }>;
  dueReviews: number;
  streak: number;
};

export async function dashboard(actor: CurrentUser | null, now = new Date()): Promise<Dashboard> {
  const user = requireUser(actor, "see your progress");
  const where = { userId: user.id };
  const [lessons, labs, quizzes, exams, answers, reviewed, due] = await Promise.all([
    db.lessonProgress.findMany({ where, select: { lessonSlug: true, completedAt: true } }),
    db.labAttempt.findMany({ where, select: { labId: true, passed: true, createdAt: true } }),
    db.quizAttempt.findMany({
      where,
      orderBy: { createdAt: "asc" },
      select: { quizId: true, score: true, total: true, createdAt: true },
    }),
    db.examAttempt.findMany({
      where: { ...where, submittedAt: { not: null } },
      orderBy: { submittedAt: "asc" },
      select: { id: true, submittedAt: true, score: true, total: true },
    }),
    db.questionAnswer.findMany({ where, select: { questionId: true, correct: true, createdAt: true } }),
    db.reviewCard.findMany({ where: { ...where, lastReview: { not: null } }, select: { lastReview: true } }),
    dueReviewCount(user, now),
  ]);
  const done = new Set(lessons.map((l) => l.lessonSlug));
  const tracked = answers.flatMap((a) => {
    const q = allQuestions().get(a.questionId);
    return q ? [{ track: q.track, correct: a.correct }] : [];
  });
  const activity = [
    ...lessons.map((l) => l.completedAt),
    ...labs.map((l) => l.createdAt),
    ...quizzes.map((q) => q.createdAt),
    ...exams.flatMap((e) => (e.submittedAt ? [e.submittedAt] : [])),
    ...answers.map((a) => a.createdAt),
    ...reviewed.flatMap((r) => (r.lastReview ? [r.lastReview] : [])),
  ];
  return {
    lessons: TRACKS.map((t) => ({
      slug: t.slug,
      title: t.title,
      done: t.lessons.filter((l) => done.has(lessonKey(t.slug, l.slug))).length,
      total: t.lessons.length,
    })),
    labsDone: new Set(labs.filter((l) => l.passed).map((l) => l.labId)).size,
    quizzes: quizzes.map((q) => ({ at: q.createdAt, quizId: q.quizId, score: q.score, total: q.total })),
    exams: exams.map((e) => ({ id: e.id, at: e.submittedAt ?? now, score: e.score ?? 0, total: e.total })),
    weakest: weakestTracks(scoreByTrack(tracked)).map((t) => ({ ...t, title: trackTitle(t.track) })),
    dueReviews: due,
    streak: computeStreak(activity, now),
  };
}
