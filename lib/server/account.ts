import "server-only";
import { db } from "./db";
import { AppError } from "./errors";
import type { CurrentUser } from "./session";

const parse = (json: string): unknown => {
  try {
    return JSON.parse(json);
  } catch {
    return json;
  }
};

/**
 * "Download my data" (issue 16, point 6): everything Pathwise keeps about the signed-in learner, as
 * JSON — the account, lesson completions, quiz and lab attempts, lab sessions, practice exams,
 * answers and review cards, and classes taught or taken. Password hashes, session tokens and other
 * people's data are never in it. Only the learner may read their own.
 */
export async function exportMyData(actor: CurrentUser | null, now: Date = new Date()) {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in to download your data.");
  const id = actor.id;
  const [user, lessons, quizzes, labAttempts, labSessions, exams, answers, cards, taught, taken, sessions] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id }, select: { id: true, name: true, email: true, emailVerified: true, createdAt: true, updatedAt: true } }),
    db.lessonProgress.findMany({ where: { userId: id }, select: { lessonSlug: true, completedAt: true }, orderBy: { completedAt: "asc" } }),
    db.quizAttempt.findMany({ where: { userId: id }, select: { quizId: true, score: true, total: true, passed: true, answers: true, createdAt: true }, orderBy: { createdAt: "asc" } }),
    db.labAttempt.findMany({ where: { userId: id }, orderBy: { createdAt: "asc" } }),
    db.labSession.findMany({ where: { userId: id }, orderBy: { updatedAt: "asc" } }),
    db.examAttempt.findMany({ where: { userId: id }, orderBy: { startedAt: "asc" } }),
    db.questionAnswer.findMany({ where: { userId: id } }),
    db.reviewCard.findMany({ where: { userId: id } }),
    db.class.findMany({ where: { instructorId: id }, select: { id: true, name: true, timeZone: true, createdAt: true, archivedAt: true, assignments: { select: { title: true, kind: true, refId: true, dueAt: true } }, _count: { select: { members: true } } } }),
    db.classMember.findMany({ where: { userId: id }, select: { joinedAt: true, removedAt: true, class: { select: { name: true } } } }),
    db.session.findMany({ where: { userId: id }, select: { createdAt: true, expiresAt: true, userAgent: true, ipAddress: true } }),
  ]);
  const strip = <T extends Record<string, unknown>>(row: T) => {
    const { userId: _u, id: _i, ...rest } = row as T & { userId?: unknown; id?: unknown };
    return rest;
  };
  return {
    exportedAt: now.toISOString(),
    format: "pathwise-my-data/1",
    account: user,
    signedInSessions: sessions,
    lessonsCompleted: lessons,
    quizAttempts: quizzes.map((q) => ({ ...q, answers: parse(q.answers) })),
    labAttempts: labAttempts.map((a) => {
      const r = strip(a) as Record<string, unknown>;
      return { ...r, commands: parse(String(a.commands)), goals: parse(String(a.goals)) };
    }),
    labSessions: labSessions.map((s) => ({ ...strip(s), commands: parse(s.commands) })),
    practiceExams: exams.map((e) => strip(e)),
    practiceAnswers: answers.map((a) => strip(a)),
    reviewCards: cards.map((c) => strip(c)),
    classesTaught: taught.map((c) => ({ name: c.name, timeZone: c.timeZone, createdAt: c.createdAt, archivedAt: c.archivedAt, learners: c._count.members, assignments: c.assignments })),
    classesTaken: taken.map((m) => ({ class: m.class.name, joinedAt: m.joinedAt, removedAt: m.removedAt })),
  };
}
