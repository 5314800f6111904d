import "server-only";
import { randomInt, randomUUID } from "node:crypto";
import { BANK_QUESTIONS } from "@/content/bank";
import { LABS, labById } from "@/content/labs";
import { QUIZ_SOURCES } from "@/content/quizzes";
import { TRACKS } from "@/lib/content/catalog";
import {
  CLASS_NAME_MAX,
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  STATUS_LABEL,
  aggregateStuck,
  countDueStates,
  dueState,
  fileSlug,
  normalizeJoinCode,
  parseGoalOutcomes,
  summarizeCell,
  toCsv,
  type AssignmentKind,
  type AttemptSummary,
  type CellSummary,
  formatInZone,
  isTimeZone,
  type CreateAssignmentBody,
  type DueState,
  type StuckReport,
} from "@/lib/content/classes";
import { db } from "./db";
import { AppError } from "./errors";
import { rateLimited, windowHit, windowRetryAfter } from "./throttle";
import { lessonOfQuiz } from "./quizzes";
import type { CurrentUser } from "./session";

// The data layer for classes. Every exported function takes the acting user and checks what they
// may do: the instructor manages and grades their class; an active learner sees the class and only
// their own results; anyone else gets NOT_FOUND (they may not know the class exists); guests get
// UNAUTHENTICATED.

type Role = "instructor" | "learner";

interface ClassRow {
  id: string;
  name: string;
  instructorId: string;
  joinCode: string;
  timeZone: string;
  archivedAt: Date | null;
  createdAt: Date;
}

interface AssignmentRow {
  id: string;
  classId: string;
  kind: string;
  refId: string;
  title: string;
  questionIds: string | null;
  timeLimitSec: number | null;
  dueAt: Date | null;
  createdAt: Date;
}

const NOT_FOUND_MESSAGE = "There is no such class, or you are not in it.";

function requireUser(actor: CurrentUser | null): CurrentUser {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in to use classes.");
  return actor;
}

/** The class and the actor's role in it; NOT_FOUND for anyone who is neither its instructor nor an active learner. */
async function loadClass(actor: CurrentUser | null, classId: string): Promise<{ user: CurrentUser; cls: ClassRow; role: Role }> {
  const user = requireUser(actor);
  const cls = await db.class.findUnique({ where: { id: classId } });
  if (!cls) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
  if (cls.instructorId === user.id) return { user, cls, role: "instructor" };
  const member = await db.classMember.findUnique({ where: { classId_userId: { classId, userId: user.id } } });
  if (!member || member.removedAt) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
  return { user, cls, role: "learner" };
}

async function loadClassAsInstructor(actor: CurrentUser | null, classId: string) {
  const loaded = await loadClass(actor, classId);
  // A learner knows the class exists, but its instructor pages are not theirs: still 404, so
  // nothing about them (not even that they exist) is disclosed.
  if (loaded.role !== "instructor") throw new AppError("NOT_FOUND", "There is no such page in this class.");
  return loaded;
}

function refuseArchived(cls: ClassRow, what: string) {
  if (cls.archivedAt) throw new AppError("CONFLICT", `This class is archived, so ${what}.`);
}

// ---- Join codes ----

/** A join code from crypto randomness: 8 characters from a 32-letter alphabet (40 bits). */
export function generateJoinCode(): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i += 1) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

async function freshJoinCode(): Promise<string> {
  for (let i = 0; i < 10; i += 1) {
    const code = generateJoinCode();
    if (!(await db.class.findUnique({ where: { joinCode: code }, select: { id: true } }))) return code;
  }
  throw new Error("could not find an unused join code");
}

// ---- Classes ----

export async function createClass(actor: CurrentUser | null, input: { name: string; timeZone?: string }): Promise<{ id: string; joinCode: string }> {
  const user = requireUser(actor);
  const name = input.name.trim();
  if (!name) throw new AppError("BAD_REQUEST", "Enter a name for the class.");
  if (name.length > CLASS_NAME_MAX) throw new AppError("BAD_REQUEST", `Keep the name under ${CLASS_NAME_MAX} characters.`);
  const timeZone = input.timeZone && isTimeZone(input.timeZone) ? input.timeZone : "UTC";
  const cls = await db.class.create({ data: { name, timeZone, instructorId: user.id, joinCode: await freshJoinCode() } });
  return { id: cls.id, joinCode: cls.joinCode };
}

export async function regenerateJoinCode(actor: CurrentUser | null, classId: string): Promise<{ joinCode: string }> {
  const { cls } = await loadClassAsInstructor(actor, classId);
  refuseArchived(cls, "it has no join code to change");
  const joinCode = await freshJoinCode();
  await db.class.update({ where: { id: cls.id }, data: { joinCode } });
  return { joinCode };
}

export async function archiveClass(actor: CurrentUser | null, classId: string): Promise<{ archivedAt: string }> {
  const { cls } = await loadClassAsInstructor(actor, classId);
  refuseArchived(cls, "there is nothing to do: it was archived already");
  const archivedAt = new Date();
  await db.class.update({ where: { id: cls.id }, data: { archivedAt } });
  return { archivedAt: archivedAt.toISOString() };
}

export async function removeMember(actor: CurrentUser | null, classId: string, userId: string): Promise<void> {
  const { cls } = await loadClassAsInstructor(actor, classId);
  refuseArchived(cls, "its roster can't change");
  const member = await db.classMember.findUnique({ where: { classId_userId: { classId: cls.id, userId } } });
  if (!member || member.removedAt) throw new AppError("NOT_FOUND", "That learner is not in this class.");
  await db.classMember.update({ where: { id: member.id }, data: { removedAt: new Date() } });
}

function codeOrThrow(input: string): string {
  const code = normalizeJoinCode(input);
  if (!code) throw new AppError("BAD_REQUEST", "That is not a join code: codes are 8 letters and digits, like K7QM-3XPA.");
  return code;
}

const WRONG_CODE = "No class has that join code. Check it for typos; if your instructor made a new code, the old one no longer works.";

export interface JoinPreview {
  classId: string;
  name: string;
  instructorName: string;
  archived: boolean;
  /** "instructor" / "member" / "removed" when the actor can't join, else null. */
  relation: "instructor" | "member" | "removed" | null;
}

/** What the join link shows before the learner confirms. */
/**
 * Wrong join codes are throttled per learner and per client address, so codes (31^8 of them)
 * cannot be guessed by trying: 10 wrong codes per learner and 30 per address in 15 minutes, then
 * every lookup waits for the window to end. Right codes are not counted.
 */
export const JOIN_THROTTLE = { user: { windowSec: 15 * 60, max: 10 }, address: { windowSec: 15 * 60, max: 30 } } as const;

export async function previewJoin(actor: CurrentUser | null, input: string, client: string): Promise<JoinPreview> {
  const user = requireUser(actor);
  const code = codeOrThrow(input);
  const keys = [[`join:user:${user.id}`, JOIN_THROTTLE.user], [`join:addr:${client}`, JOIN_THROTTLE.address]] as const;
  const waits = await Promise.all(keys.map(([key, rule]) => windowRetryAfter(key, rule)));
  const wait = Math.max(...waits);
  if (wait > 0) throw rateLimited("Too many wrong join codes.", wait);
  const cls = await db.class.findUnique({ where: { joinCode: code }, include: { instructor: { select: { name: true } } } });
  if (!cls) {
    await Promise.all(keys.map(([key, rule]) => windowHit(key, rule)));
    throw new AppError("NOT_FOUND", WRONG_CODE);
  }
  let relation: JoinPreview["relation"] = null;
  if (cls.instructorId === user.id) relation = "instructor";
  else {
    const member = await db.classMember.findUnique({ where: { classId_userId: { classId: cls.id, userId: user.id } } });
    if (member) relation = member.removedAt ? "removed" : "member";
  }
  return { classId: cls.id, name: cls.name, instructorName: cls.instructor.name, archived: Boolean(cls.archivedAt), relation };
}

export async function joinClass(actor: CurrentUser | null, input: string, client: string): Promise<{ classId: string; name: string }> {
  const preview = await previewJoin(actor, input, client);
  const user = requireUser(actor);
  if (preview.relation === "instructor") throw new AppError("CONFLICT", `You teach “${preview.name}”, so you can't join it as a learner.`);
  if (preview.relation === "member") throw new AppError("CONFLICT", `You are already in “${preview.name}”.`);
  if (preview.relation === "removed") throw new AppError("CONFLICT", `The instructor removed you from “${preview.name}”. Ask them if you should be in it.`);
  if (preview.archived) throw new AppError("CONFLICT", `“${preview.name}” is archived and no longer accepts learners.`);
  try {
    await db.classMember.create({ data: { classId: preview.classId, userId: user.id } });
  } catch (error) {
    // Two joins racing: the unique (classId, userId) index lets exactly one through.
    if ((error as { code?: unknown }).code === "P2002") throw new AppError("CONFLICT", `You are already in “${preview.name}”.`);
    throw error;
  }
  return { classId: preview.classId, name: preview.name };
}

// ---- Assignable content ----

export interface AssignableCatalog {
  labs: Array<{ id: string; title: string }>;
  quizzes: Array<{ id: string; title: string }>;
  tracks: Array<{ slug: string; title: string; questions: number }>;
}

export function assignableCatalog(): AssignableCatalog {
  return {
    labs: LABS.map((l) => ({ id: l.id, title: l.title })),
    quizzes: QUIZ_SOURCES.map((q) => ({ id: q.id, title: q.title })),
    tracks: TRACKS.map((t) => ({ slug: t.slug, title: t.title, questions: BANK_QUESTIONS.filter((q) => q.track === t.slug).length })).filter(
      (t) => t.questions > 0,
    ),
  };
}

function pickQuestions(tracks: ReadonlyArray<string>, count: number): string[] {
  const pool = BANK_QUESTIONS.filter((q) => tracks.includes(q.track)).map((q) => q.id);
  // Fisher–Yates with crypto randomness: instructors can't predict which questions come up.
  for (let i = pool.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, count);
}

export async function createAssignment(
  actor: CurrentUser | null,
  classId: string,
  body: CreateAssignmentBody,
  now: Date = new Date(),
): Promise<{ id: string; title: string }> {
  const { cls } = await loadClassAsInstructor(actor, classId);
  refuseArchived(cls, "it takes no new assignments");
  const dueAt = body.dueAt ? new Date(body.dueAt) : null;
  if (dueAt && dueAt.getTime() <= now.getTime()) throw new AppError("BAD_REQUEST", "The due date is in the past. Pick a date and time still to come.");

  let data: { kind: AssignmentKind; refId: string; title: string; questionIds?: string; timeLimitSec?: number };
  if (body.kind === "lab") {
    const lab = labById(body.refId);
    if (!lab) throw new AppError("BAD_REQUEST", `There is no lab "${body.refId}".`);
    data = { kind: "lab", refId: lab.id, title: `Lab: ${lab.title}` };
  } else if (body.kind === "quiz") {
    const quiz = QUIZ_SOURCES.find((q) => q.id === body.refId);
    if (!quiz) throw new AppError("BAD_REQUEST", `There is no lesson quiz "${body.refId}".`);
    data = { kind: "quiz", refId: quiz.id, title: `Quiz: ${quiz.title}` };
  } else {
    const tracks = [...new Set(body.tracks)];
    const unknown = tracks.find((t) => !TRACKS.some((x) => x.slug === t));
    if (unknown) throw new AppError("BAD_REQUEST", `There is no track "${unknown}".`);
    const available = BANK_QUESTIONS.filter((q) => tracks.includes(q.track)).length;
    if (body.count > available) {
      throw new AppError("BAD_REQUEST", `Those tracks have ${available} questions; ask for ${available} or fewer, or pick more tracks.`);
    }
    const titles = tracks.map((t) => TRACKS.find((x) => x.slug === t)?.title ?? t);
    data = {
      kind: "exam",
      refId: `exam-${randomUUID()}`,
      title: `Practice exam: ${body.count} questions on ${titles.join(", ")}`,
      questionIds: JSON.stringify(pickQuestions(tracks, body.count)),
      timeLimitSec: body.count * 90,
    };
  }
  if (data.kind !== "exam") {
    const existing = await db.assignment.findFirst({ where: { classId: cls.id, kind: data.kind, refId: data.refId }, select: { id: true } });
    if (existing) throw new AppError("CONFLICT", `${data.title} is already assigned in this class.`);
  }
  const created = await db.assignment.create({ data: { classId: cls.id, ...data, dueAt } });
  return { id: created.id, title: created.title };
}

// ---- Attempts → gradebook cells ----

type Attempts = Map<string, AttemptSummary[]>; // key `${assignmentId}|${userId}`

const cellKey = (assignmentId: string, userId: string) => `${assignmentId}|${userId}`;

/** Every relevant attempt of `userIds` at `assignments`, grouped per assignment × learner. */
async function loadAttempts(assignments: ReadonlyArray<AssignmentRow>, userIds: ReadonlyArray<string>): Promise<Attempts> {
  const out: Attempts = new Map();
  if (userIds.length === 0 || assignments.length === 0) return out;
  const push = (a: AssignmentRow, userId: string, s: AttemptSummary) => {
    const key = cellKey(a.id, userId);
    const list = out.get(key) ?? [];
    list.push(s);
    out.set(key, list);
  };
  const labs = assignments.filter((a) => a.kind === "lab");
  const quizzes = assignments.filter((a) => a.kind === "quiz");
  const exams = assignments.filter((a) => a.kind === "exam");
  const [labRows, quizRows, examRows] = await Promise.all([
    labs.length
      ? db.labAttempt.findMany({
          where: { userId: { in: [...userIds] }, labId: { in: labs.map((a) => a.refId) } },
          select: { id: true, userId: true, labId: true, passed: true, goalsDone: true, goalsTotal: true, timeSpentSec: true, createdAt: true },
        })
      : [],
    quizzes.length
      ? db.quizAttempt.findMany({
          where: { userId: { in: [...userIds] }, quizId: { in: quizzes.map((a) => a.refId) } },
          select: { id: true, userId: true, quizId: true, passed: true, score: true, total: true, createdAt: true },
        })
      : [],
    exams.length
      ? db.examAttempt.findMany({
          where: { userId: { in: [...userIds] }, assignmentId: { in: exams.map((a) => a.id) } },
          select: { id: true, userId: true, assignmentId: true, startedAt: true, submittedAt: true, score: true, total: true },
        })
      : [],
  ]);
  for (const a of labs) {
    for (const r of labRows) {
      if (r.labId !== a.refId) continue;
      push(a, r.userId, { id: r.id, at: r.createdAt, done: r.passed, score: r.goalsDone, total: r.goalsTotal, timeSpentSec: r.timeSpentSec });
    }
  }
  for (const a of quizzes) {
    for (const r of quizRows) {
      if (r.quizId !== a.refId) continue;
      push(a, r.userId, { id: r.id, at: r.createdAt, done: r.passed, score: r.score, total: r.total, timeSpentSec: null });
    }
  }
  for (const a of exams) {
    for (const r of examRows) {
      if (r.assignmentId !== a.id) continue;
      const submitted = r.submittedAt !== null;
      push(a, r.userId, {
        id: r.id,
        at: r.submittedAt ?? r.startedAt,
        done: submitted,
        score: submitted ? r.score : null,
        total: submitted ? r.total : null,
        timeSpentSec: r.submittedAt ? Math.max(0, Math.round((r.submittedAt.getTime() - r.startedAt.getTime()) / 1000)) : null,
      });
    }
  }
  return out;
}

function cellFor(attempts: Attempts, a: AssignmentRow, userId: string, now: Date): CellSummary {
  return summarizeCell(attempts.get(cellKey(a.id, userId)) ?? [], a, now, a.kind === "lab");
}

export interface AssignmentView {
  id: string;
  kind: AssignmentKind;
  refId: string;
  title: string;
  dueAt: Date | null;
  createdAt: Date;
  questionCount: number | null;
  /** Where a learner does it. */
  href: string;
}

function assignmentView(a: AssignmentRow): AssignmentView {
  let href = "/practice";
  if (a.kind === "lab") href = `/labs/${a.refId}`;
  else if (a.kind === "quiz") {
    const lesson = lessonOfQuiz(a.refId);
    href = lesson ? `/learn/${lesson}` : "/learn";
  } else href = `/practice/exam?assignment=${encodeURIComponent(a.id)}`;
  let questionCount: number | null = null;
  if (a.questionIds) {
    try {
      const ids: unknown = JSON.parse(a.questionIds);
      questionCount = Array.isArray(ids) ? ids.length : null;
    } catch {
      questionCount = null;
    }
  }
  return { id: a.id, kind: a.kind as AssignmentKind, refId: a.refId, title: a.title, dueAt: a.dueAt, createdAt: a.createdAt, questionCount, href };
}

async function activeMembers(classId: string) {
  const rows = await db.classMember.findMany({
    where: { classId, removedAt: null },
    include: { user: { select: { id: true, name: true, email: true } } },
    orderBy: { joinedAt: "asc" },
  });
  return rows
    .map((m) => ({ userId: m.user.id, name: m.user.name, email: m.user.email, joinedAt: m.joinedAt }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email));
}

async function assignmentsOf(classId: string): Promise<AssignmentRow[]> {
  return db.assignment.findMany({ where: { classId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}

// ---- Pages ----

export interface ClassListItem {
  id: string;
  name: string;
  archived: boolean;
  instructorName: string;
  learners: number;
  assignments: number;
  counts: { due: number; overdue: number; done: number } | null;
}

/** The classes I teach and the classes I take (with my due / overdue / done counts). */
export async function listMyClasses(actor: CurrentUser | null, now: Date = new Date()): Promise<{ teaching: ClassListItem[]; taking: ClassListItem[] }> {
  const user = requireUser(actor);
  const teachingRows = await db.class.findMany({
    where: { instructorId: user.id },
    include: { _count: { select: { assignments: true, members: { where: { removedAt: null } } } } },
    orderBy: [{ archivedAt: "asc" }, { createdAt: "desc" }],
  });
  const memberships = await db.classMember.findMany({
    where: { userId: user.id, removedAt: null },
    include: { class: { include: { instructor: { select: { name: true } }, assignments: true, _count: { select: { members: { where: { removedAt: null } } } } } } },
    orderBy: { joinedAt: "desc" },
  });
  const allAssignments = memberships.flatMap((m) => m.class.assignments);
  const attempts = await loadAttempts(allAssignments, [user.id]);
  return {
    teaching: teachingRows.map((c) => ({
      id: c.id,
      name: c.name,
      archived: Boolean(c.archivedAt),
      instructorName: user.name,
      learners: c._count.members,
      assignments: c._count.assignments,
      counts: null,
    })),
    taking: memberships.map((m) => ({
      id: m.class.id,
      name: m.class.name,
      archived: Boolean(m.class.archivedAt),
      instructorName: m.class.instructor.name,
      learners: m.class._count.members,
      assignments: m.class.assignments.length,
      counts: countDueStates(m.class.assignments.map((a) => dueState(cellFor(attempts, a, user.id, now), a.dueAt))),
    })),
  };
}

export interface ClassPageData {
  id: string;
  name: string;
  role: Role;
  archived: boolean;
  archivedAt: Date | null;
  instructorName: string;
  /** Instructor only. */
  joinCode: string | null;
  members: Array<{ userId: string; name: string; email: string; joinedAt: Date }> | null;
  assignments: Array<AssignmentView & { mine: (CellSummary & { state: DueState }) | null; doneCount: number | null }>;
}

/** The class page: the instructor sees the roster and join code; a learner sees their own status per assignment. */
export async function getClassPage(actor: CurrentUser | null, classId: string, now: Date = new Date()): Promise<ClassPageData> {
  const { user, cls, role } = await loadClass(actor, classId);
  const instructor = await db.user.findUnique({ where: { id: cls.instructorId }, select: { name: true } });
  const assignments = await assignmentsOf(cls.id);
  const members = role === "instructor" ? await activeMembers(cls.id) : null;
  const ids = role === "instructor" ? (members ?? []).map((m) => m.userId) : [user.id];
  const attempts = await loadAttempts(assignments, ids);
  return {
    id: cls.id,
    name: cls.name,
    role,
    archived: Boolean(cls.archivedAt),
    archivedAt: cls.archivedAt,
    instructorName: instructor?.name ?? "",
    joinCode: role === "instructor" ? cls.joinCode : null,
    members,
    assignments: assignments.map((a) => {
      if (role === "learner") {
        const cell = cellFor(attempts, a, user.id, now);
        return { ...assignmentView(a), mine: { ...cell, state: dueState(cell, a.dueAt) }, doneCount: null };
      }
      const doneCount = ids.filter((id) => {
        const s = cellFor(attempts, a, id, now).status;
        return s === "done" || s === "late";
      }).length;
      return { ...assignmentView(a), mine: null, doneCount };
    }),
  };
}

export interface Gradebook {
  id: string;
  name: string;
  /** The class's time zone (IANA). */
  timeZone: string;
  archived: boolean;
  assignments: AssignmentView[];
  learners: Array<{ userId: string; name: string; email: string; lastActivity: Date | null; cells: CellSummary[] }>;
}

/** Learners × assignments. Instructor only. */
export async function getGradebook(actor: CurrentUser | null, classId: string, now: Date = new Date()): Promise<Gradebook> {
  const { cls } = await loadClassAsInstructor(actor, classId);
  const [assignments, members] = await Promise.all([assignmentsOf(cls.id), activeMembers(cls.id)]);
  const attempts = await loadAttempts(
    assignments,
    members.map((m) => m.userId),
  );
  return {
    id: cls.id,
    name: cls.name,
    timeZone: cls.timeZone,
    archived: Boolean(cls.archivedAt),
    assignments: assignments.map(assignmentView),
    learners: members.map((m) => {
      const cells = assignments.map((a) => cellFor(attempts, a, m.userId, now));
      const times = cells.map((c) => c.lastActivity?.getTime() ?? 0);
      const last = Math.max(0, ...times);
      return { userId: m.userId, name: m.name, email: m.email, lastActivity: last ? new Date(last) : null, cells };
    }),
  };
}

/** The gradebook as RFC 4180 CSV. Instructor only. */
export async function exportGradebookCsv(actor: CurrentUser | null, classId: string, now: Date = new Date()): Promise<{ filename: string; csv: string }> {
  const book = await getGradebook(actor, classId, now);
  // Dates stay ISO 8601 in UTC (for spreadsheets and scripts), with the same instant in the class's
  // own zone beside them (for people).
  const header = ["name", "email", "last activity (UTC)", `last activity (${book.timeZone})`];
  for (const a of book.assignments) header.push(`${a.title} — status`, `${a.title} — best score %`, `${a.title} — attempts`);
  const rows: Array<Array<string | number | Date | null>> = [header];
  for (const l of book.learners) {
    const row: Array<string | number | Date | null> = [l.name, l.email, l.lastActivity, formatInZone(l.lastActivity, book.timeZone)];
    for (const c of l.cells) row.push(STATUS_LABEL[c.status], c.bestPercent, c.attempts);
    rows.push(row);
  }
  const date = now.toISOString().slice(0, 10);
  return { filename: `${fileSlug(book.name)}-gradebook-${date}.csv`, csv: toCsv(rows) };
}

export interface AttemptDetail {
  classId: string;
  className: string;
  role: Role;
  assignment: AssignmentView;
  learner: { userId: string; name: string; email: string };
  cell: CellSummary;
  attempts: Array<{
    id: string;
    at: Date;
    done: boolean;
    score: number | null;
    total: number | null;
    timeSpentSec: number | null;
    late: boolean;
    /** Labs only. */
    commands: string[] | null;
    goals: Array<{ id: string; title: string; done: boolean; code: string | null }> | null;
    hintsUsed: number | null;
    solutionRevealed: boolean | null;
  }>;
}

/** One learner's attempts at one assignment: the instructor, or the learner themselves. */
export async function getAttemptDetail(
  actor: CurrentUser | null,
  classId: string,
  assignmentId: string,
  userId: string,
  now: Date = new Date(),
): Promise<AttemptDetail> {
  const { user, cls, role } = await loadClass(actor, classId);
  if (role === "learner" && userId !== user.id) throw new AppError("NOT_FOUND", "There is no such page in this class.");
  const assignment = await db.assignment.findFirst({ where: { id: assignmentId, classId: cls.id } });
  if (!assignment) throw new AppError("NOT_FOUND", "There is no such assignment in this class.");
  const member = await db.classMember.findUnique({
    where: { classId_userId: { classId: cls.id, userId } },
    include: { user: { select: { id: true, name: true, email: true } } },
  });
  if (!member || member.removedAt) throw new AppError("NOT_FOUND", "That learner is not in this class.");

  const attempts = await loadAttempts([assignment], [userId]);
  const cell = cellFor(attempts, assignment, userId, now);
  const since = { gte: assignment.createdAt };
  const lateAt = (at: Date) => assignment.dueAt !== null && at.getTime() > assignment.dueAt.getTime();
  let rows: AttemptDetail["attempts"] = [];
  if (assignment.kind === "lab") {
    const lab = labById(assignment.refId);
    const titleOf = (id: string) => lab?.goals.find((g) => g.id === id)?.title ?? id;
    const labRows = await db.labAttempt.findMany({ where: { userId, labId: assignment.refId, createdAt: since }, orderBy: { createdAt: "desc" } });
    rows = labRows.map((r) => {
      let commands: string[] = [];
      try {
        const parsed: unknown = JSON.parse(r.commands);
        if (Array.isArray(parsed)) commands = parsed.map(String);
      } catch {
        commands = [];
      }
      return {
        id: r.id,
        at: r.createdAt,
        done: r.passed,
        score: r.goalsDone,
        total: r.goalsTotal,
        timeSpentSec: r.timeSpentSec,
        late: r.passed && lateAt(r.createdAt),
        commands,
        goals: parseGoalOutcomes(r.goals).map((g) => ({ id: g.id, title: titleOf(g.id), done: g.done, code: g.code ?? null })),
        hintsUsed: r.hintsUsed,
        solutionRevealed: r.solutionRevealed,
      };
    });
  } else {
    rows = (attempts.get(cellKey(assignment.id, userId)) ?? [])
      .filter((a) => a.at.getTime() >= assignment.createdAt.getTime())
      .sort((a, b) => b.at.getTime() - a.at.getTime())
      .map((a) => ({ ...a, late: a.done && lateAt(a.at), commands: null, goals: null, hintsUsed: null, solutionRevealed: null }));
  }
  return {
    classId: cls.id,
    className: cls.name,
    role,
    assignment: assignmentView(assignment),
    learner: { userId: member.user.id, name: member.user.name, email: member.user.email },
    cell,
    attempts: rows,
  };
}

export interface StuckView {
  id: string;
  name: string;
  labs: Array<{ assignment: AssignmentView; report: StuckReport; learnersWithAttempts: number; learners: number }>;
}

/** Per lab assignment: the goals learners fail most and the learners who look stuck. Instructor only. */
export async function getStuckView(actor: CurrentUser | null, classId: string, now: Date = new Date()): Promise<StuckView> {
  const { cls } = await loadClassAsInstructor(actor, classId);
  const [assignments, members] = await Promise.all([assignmentsOf(cls.id), activeMembers(cls.id)]);
  const labs = assignments.filter((a) => a.kind === "lab");
  const rows = labs.length
    ? await db.labAttempt.findMany({
        where: { userId: { in: members.map((m) => m.userId) }, labId: { in: labs.map((a) => a.refId) } },
        select: { userId: true, labId: true, passed: true, goals: true, createdAt: true },
      })
    : [];
  return {
    id: cls.id,
    name: cls.name,
    labs: labs.map((a) => {
      const lab = labById(a.refId);
      const goals = lab?.goals.map((g) => ({ id: g.id, title: g.title })) ?? [];
      const learners = members.map((m) => ({
        userId: m.userId,
        name: m.name,
        attempts: rows
          .filter((r) => r.userId === m.userId && r.labId === a.refId && r.createdAt.getTime() >= a.createdAt.getTime())
          .map((r) => ({ at: r.createdAt, passed: r.passed, goals: parseGoalOutcomes(r.goals) })),
      }));
      return {
        assignment: assignmentView(a),
        report: aggregateStuck(goals, learners, a.dueAt, now),
        learnersWithAttempts: learners.filter((l) => l.attempts.length > 0).length,
        learners: learners.length,
      };
    }),
  };
}
