import { z } from "zod";

// Pure helpers for classes: join codes, request schemas, gradebook status, stuck aggregation, CSV.
// No I/O and no clock: callers pass `now`.

/** Join-code alphabet: upper-case letters and digits without the look-alikes 0, O, 1 and I. */
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 8;

/** Turns what a person typed ("abcd-efgh ", "abcdefgh") into the canonical code, or null if it can't be one. */
export function normalizeJoinCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, "").toUpperCase();
  if (code.length !== JOIN_CODE_LENGTH) return null;
  for (const ch of code) if (!JOIN_CODE_ALPHABET.includes(ch)) return null;
  return code;
}

export function isJoinCode(input: string): boolean {
  return normalizeJoinCode(input) === input;
}

// ---- Request bodies (shared by the forms for instant feedback and by the API routes) ----

export const CLASS_NAME_MAX = 80;

/** True for a time zone this runtime knows by its IANA name ("Europe/London", "UTC"). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(zone);
  } catch {
    return false;
  }
}

export const CreateClassSchema = z.object({
  name: z.string().trim().min(1, "Enter a name for the class.").max(CLASS_NAME_MAX, `Keep the name under ${CLASS_NAME_MAX} characters.`),
  /** The instructor's time zone (their browser's); UTC when not given. */
  timeZone: z
    .string()
    .max(64, "That is not a time zone name.")
    .refine(isTimeZone, "That is not a time zone this server knows (use an IANA name such as Europe/London).")
    .optional(),
});

/** An instant as "2026-12-07 09:00 PST" in `timeZone` — for the gradebook CSV's class-zone columns. */
export function formatInZone(date: Date | null, timeZone: string): string {
  if (!date) return "";
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZoneName: "short" })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} ${parts.timeZoneName}`;
}

export const JoinClassSchema = z.object({
  code: z
    .string()
    .max(40, "That is not a join code: codes are 8 letters and digits.")
    .refine((c) => c.trim().length > 0, "Enter the join code your instructor gave you.")
    .refine((c) => c.trim().length === 0 || normalizeJoinCode(c) !== null, "That is not a join code: codes are 8 letters and digits, like K7QM-3XPA."),
});

export const RemoveMemberSchema = z.object({ userId: z.string().min(1).max(64) });
export const EmptySchema = z.object({}).strict();

export const ASSIGNMENT_KINDS = ["lab", "quiz", "exam"] as const;
export type AssignmentKind = (typeof ASSIGNMENT_KINDS)[number];
export const EXAM_MAX_QUESTIONS = 60;

export const CreateAssignmentSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("lab"),
    refId: z.string().min(1, "Choose a lab.").max(100),
    dueAt: z.iso.datetime({ offset: true, message: "Enter the due date as a date and time." }).nullable().optional(),
  }),
  z.object({
    kind: z.literal("quiz"),
    refId: z.string().min(1, "Choose a lesson quiz.").max(100),
    dueAt: z.iso.datetime({ offset: true, message: "Enter the due date as a date and time." }).nullable().optional(),
  }),
  z.object({
    kind: z.literal("exam"),
    tracks: z.array(z.string().min(1).max(100)).min(1, "Pick at least one track.").max(20),
    count: z
      .number({ message: "Enter how many questions." })
      .int("Enter a whole number of questions.")
      .min(1, "Ask at least 1 question.")
      .max(EXAM_MAX_QUESTIONS, `Ask at most ${EXAM_MAX_QUESTIONS} questions.`),
    dueAt: z.iso.datetime({ offset: true, message: "Enter the due date as a date and time." }).nullable().optional(),
  }),
]);
export type CreateAssignmentBody = z.infer<typeof CreateAssignmentSchema>;

// ---- Gradebook status ----

export type CellStatus = "done" | "late" | "in-progress" | "not-started";

export const STATUS_LABEL: Record<CellStatus, string> = {
  done: "Done",
  late: "Late",
  "in-progress": "In progress",
  "not-started": "Not started",
};

/** One attempt at an assignment, whatever its kind, as the gradebook sees it. */
export interface AttemptSummary {
  id: string;
  at: Date;
  /** Lab: all goals passed; quiz: passed; exam: submitted. */
  done: boolean;
  score: number | null;
  total: number | null;
  timeSpentSec: number | null;
}

export interface CellSummary {
  status: CellStatus;
  /** Best score as a whole percentage, or null when nothing was scored. */
  bestPercent: number | null;
  attempts: number;
  timeSpentSec: number | null;
  lastActivity: Date | null;
  /** The first attempt that completed the assignment. */
  firstDoneAt: Date | null;
  /** Not done and the due date has passed. */
  overdue: boolean;
}

/**
 * Summarises a learner's attempts at one assignment. Only attempts made once the assignment
 * existed count; the first completing attempt after the due date makes the cell "late".
 * `timeSpentSec` sums per-attempt times when `cumulativeTime` is false (exams) and takes the
 * largest when true (lab checks report time since the lab session started).
 */
export function summarizeCell(
  attempts: ReadonlyArray<AttemptSummary>,
  assignment: { createdAt: Date; dueAt: Date | null },
  now: Date,
  cumulativeTime = false,
): CellSummary {
  const relevant = attempts.filter((a) => a.at.getTime() >= assignment.createdAt.getTime()).sort((a, b) => a.at.getTime() - b.at.getTime());
  const firstDone = relevant.find((a) => a.done) ?? null;
  let status: CellStatus = "not-started";
  if (firstDone) status = assignment.dueAt && firstDone.at.getTime() > assignment.dueAt.getTime() ? "late" : "done";
  else if (relevant.length > 0) status = "in-progress";
  let best: number | null = null;
  for (const a of relevant) {
    if (a.score === null || a.total === null || a.total <= 0) continue;
    const pct = Math.round((100 * a.score) / a.total);
    if (best === null || pct > best) best = pct;
  }
  const times = relevant.map((a) => a.timeSpentSec).filter((t): t is number => t !== null);
  const timeSpentSec = times.length === 0 ? null : cumulativeTime ? Math.max(...times) : times.reduce((s, t) => s + t, 0);
  return {
    status,
    bestPercent: best,
    attempts: relevant.length,
    timeSpentSec,
    lastActivity: relevant.at(-1)?.at ?? null,
    firstDoneAt: firstDone?.at ?? null,
    overdue: !firstDone && assignment.dueAt !== null && assignment.dueAt.getTime() < now.getTime(),
  };
}

export type DueState = "done" | "overdue" | "due" | "open";

/** What a learner's list says about an assignment: done, overdue, due (has a future due date) or open. */
export function dueState(cell: Pick<CellSummary, "status" | "overdue">, dueAt: Date | null): DueState {
  if (cell.status === "done" || cell.status === "late") return "done";
  if (cell.overdue) return "overdue";
  return dueAt ? "due" : "open";
}

export function countDueStates(states: ReadonlyArray<DueState>): { due: number; overdue: number; done: number } {
  return {
    due: states.filter((s) => s === "due" || s === "open").length,
    overdue: states.filter((s) => s === "overdue").length,
    done: states.filter((s) => s === "done").length,
  };
}

export function formatDuration(sec: number | null): string {
  if (sec === null) return "—";
  if (sec < 60) return `${sec}s`;
  const m = Math.floor(sec / 60);
  if (m < 60) return `${m} min`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}

// ---- Stuck view ----

export interface GoalOutcome {
  id: string;
  done: boolean;
  code?: string;
}

export const GoalOutcomesSchema = z.array(z.object({ id: z.string(), done: z.boolean(), code: z.string().optional() }));

/** Parses LabAttempt.goals; a malformed value reads as "no goals" rather than failing a page. */
export function parseGoalOutcomes(json: string): GoalOutcome[] {
  try {
    const parsed = GoalOutcomesSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export interface LearnerLabAttempts {
  userId: string;
  name: string;
  /** Attempts at the lab since the assignment was created, any order. */
  attempts: ReadonlyArray<{ at: Date; passed: boolean; goals: ReadonlyArray<GoalOutcome> }>;
}

export interface StuckGoal {
  goalId: string;
  title: string;
  /** Learners whose latest check fails this goal. */
  failingLearners: number;
  /** Explanation codes seen on those latest failing checks, most frequent first. */
  codes: Array<{ code: string; count: number }>;
}

export interface StuckLearner {
  userId: string;
  name: string;
  /** Goals this learner failed in two or more checks, with how many. */
  repeatedFailures: Array<{ goalId: string; title: string; checks: number }>;
  /** The due date passed without a passing check and nothing was tried since. */
  inactivePastDue: boolean;
  lastActivity: Date | null;
}

export interface StuckReport {
  goals: StuckGoal[];
  learners: StuckLearner[];
}

/**
 * Which goals learners fail most (by their latest check) and which learners look stuck: a goal
 * failed in at least two checks, or no passing check and no activity since the due date.
 */
export function aggregateStuck(
  goals: ReadonlyArray<{ id: string; title: string }>,
  learners: ReadonlyArray<LearnerLabAttempts>,
  dueAt: Date | null,
  now: Date,
): StuckReport {
  const titleOf = (id: string) => goals.find((g) => g.id === id)?.title ?? id;
  const failing = new Map<string, { count: number; codes: Map<string, number> }>(goals.map((g) => [g.id, { count: 0, codes: new Map() }]));
  const stuck: StuckLearner[] = [];
  for (const learner of learners) {
    const sorted = [...learner.attempts].sort((a, b) => a.at.getTime() - b.at.getTime());
    const latest = sorted.at(-1);
    if (latest) {
      for (const g of latest.goals) {
        if (g.done) continue;
        const entry = failing.get(g.id) ?? { count: 0, codes: new Map<string, number>() };
        entry.count += 1;
        if (g.code) entry.codes.set(g.code, (entry.codes.get(g.code) ?? 0) + 1);
        failing.set(g.id, entry);
      }
    }
    const failCounts = new Map<string, number>();
    for (const a of sorted) for (const g of a.goals) if (!g.done) failCounts.set(g.id, (failCounts.get(g.id) ?? 0) + 1);
    const repeatedFailures = [...failCounts]
      .filter(([, n]) => n >= 2)
      .map(([goalId, checks]) => ({ goalId, title: titleOf(goalId), checks }))
      .sort((a, b) => b.checks - a.checks || a.goalId.localeCompare(b.goalId));
    const passed = sorted.some((a) => a.passed);
    const lastActivity = latest?.at ?? null;
    const inactivePastDue =
      !passed && dueAt !== null && dueAt.getTime() < now.getTime() && (lastActivity === null || lastActivity.getTime() <= dueAt.getTime());
    if (repeatedFailures.length > 0 || inactivePastDue) {
      stuck.push({ userId: learner.userId, name: learner.name, repeatedFailures, inactivePastDue, lastActivity });
    }
  }
  const goalRows: StuckGoal[] = [...failing]
    .map(([goalId, v]) => ({
      goalId,
      title: titleOf(goalId),
      failingLearners: v.count,
      codes: [...v.codes].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
    }))
    .sort((a, b) => b.failingLearners - a.failingLearners);
  stuck.sort((a, b) => a.name.localeCompare(b.name));
  return { goals: goalRows, learners: stuck };
}

// ---- CSV (RFC 4180) ----

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: neutralises spreadsheet formulas (a leading =, +, -, @, tab or CR gets a single
 * quote in front), then quotes the field when it contains a comma, quote, CR or LF, doubling quotes.
 */
export function csvCell(value: string | number | boolean | Date | null | undefined): string {
  let text: string;
  if (value === null || value === undefined) text = "";
  else if (value instanceof Date) text = value.toISOString();
  else text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to RFC 4180 text: fields joined by commas, records ended by CRLF. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | boolean | Date | null | undefined>>): string {
  return rows.map((r) => r.map(csvCell).join(",") + "\r\n").join("");
}

/** A safe file name part: letters, digits and dashes only. */
export function fileSlug(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return slug || "class";
}
