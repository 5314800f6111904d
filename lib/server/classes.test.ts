// Authorization matrix and bad-input tests for the classes data layer, against a throwaway SQLite
// database created by running the real migrations.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { AppError } from "./errors";
import type { CurrentUser } from "./session";
import { useTestDatabase } from "./test-db";

vi.mock("server-only", () => ({}));

type ClassesModule = typeof import("./classes");
type DbModule = typeof import("./db");

useTestDatabase("classes-test");
const ADDR = "203.0.113.1";
let classes: ClassesModule;
let db: DbModule["db"];

beforeAll(async () => {
  classes = await import("./classes");
  db = (await import("./db")).db;
});

let seq = 0;
async function makeUser(name: string): Promise<CurrentUser> {
  seq += 1;
  const user = await db.user.create({ data: { id: `u-${seq}-${name.toLowerCase()}`, name, email: `${name.toLowerCase()}-${seq}@example.com` } });
  return { id: user.id, name: user.name, email: user.email, createdAt: user.createdAt };
}

/** A fresh class with an instructor, one learner, a removed learner and an outsider. */
async function world() {
  const instructor = await makeUser("Ingrid");
  const learner = await makeUser("Lea");
  const other = await makeUser("Liam");
  const removed = await makeUser("Rita");
  const outsider = await makeUser("Otto");
  const { id, joinCode } = await classes.createClass(instructor, { name: "Networking 101" });
  await classes.joinClass(learner, joinCode, ADDR);
  await classes.joinClass(other, joinCode, ADDR);
  await classes.joinClass(removed, joinCode, ADDR);
  await classes.removeMember(instructor, id, removed.id);
  const lab = await classes.createAssignment(instructor, id, { kind: "lab", refId: "s3-gateway-endpoint" });
  return { instructor, learner, other, removed, outsider, classId: id, joinCode, labAssignmentId: lab.id };
}
type World = Awaited<ReturnType<typeof world>>;

async function outcome(run: () => Promise<unknown>): Promise<"ok" | AppError["code"]> {
  try {
    await run();
    return "ok";
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string") return code as AppError["code"];
    throw error;
  }
}

type Who = "instructor" | "learner" | "removed" | "outsider" | "guest";
const actorOf = (w: World, who: Who): CurrentUser | null => (who === "guest" ? null : w[who]);

const future = () => new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString();

const ACTIONS: Record<string, (w: World, actor: CurrentUser | null) => Promise<unknown>> = {
  "view class": (w, a) => classes.getClassPage(a, w.classId),
  "regenerate join code": (w, a) => classes.regenerateJoinCode(a, w.classId),
  "archive class": (w, a) => classes.archiveClass(a, w.classId),
  "remove learner": (w, a) => classes.removeMember(a, w.classId, w.other.id),
  "assign lab": (w, a) => classes.createAssignment(a, w.classId, { kind: "lab", refId: "dynamodb-cross-region", dueAt: future() }),
  "assign quiz": (w, a) => classes.createAssignment(a, w.classId, { kind: "quiz", refId: "09-gateway-endpoints" }),
  "assign exam": (w, a) => classes.createAssignment(a, w.classId, { kind: "exam", tracks: ["gateway-endpoints"], count: 3 }),
  gradebook: (w, a) => classes.getGradebook(a, w.classId),
  "CSV export": (w, a) => classes.exportGradebookCsv(a, w.classId),
  "stuck view": (w, a) => classes.getStuckView(a, w.classId),
  "attempt detail of a learner": (w, a) => classes.getAttemptDetail(a, w.classId, w.labAssignmentId, w.other.id),
  "own attempt detail": (w, a) => classes.getAttemptDetail(a, w.classId, w.labAssignmentId, a?.id ?? w.learner.id),
};

const EXPECTED: Record<string, Record<Who, string>> = {
  "view class": { instructor: "ok", learner: "ok", removed: "NOT_FOUND", outsider: "NOT_FOUND", guest: "UNAUTHENTICATED" },
  "regenerate join code": { instructor: "ok", learner: "NOT_FOUND", removed: "NOT_FOUND", outsider: "NOT_FOUND", guest: "UNAUTHENTICATED" },
  "archive class": { instructor: "ok", learner: "NOT_FOUND", removed: "NOT_FOUND", outsider: "NOT_FOUND", guest: "UNAUTHENTICATED" },
  "remove learner": { instructor: "ok", learner: "NOT_FOUND", removed: "NOT_FOUND", outsider: "NOT_FOUND", guest: "UNAUTHENTICATED" },
  "assign lab": { instructor: "ok", learner: "NOT_FOUND", removed: "NOT_FOUND", outsider: "NOT_FOUND", guest: "UNAUTHENTICATED" },
  "assign quiz": { instructor: "ok", learner: "NOT_FOUND", removed: "NOT_FOUND", outsider: "NOT_FOUND", guest: "UNAUTHENTICATED" },
  "assign exam": { instructor: "ok", learner: "NOT_FOUND", removed: "NOT_FOUND", outsider: "NOT_FOUND", guest: "UNAUTHENTICATED" },
  gradebook: { instructor: "ok", learner: "NOT_FOUND", removed: "NOT_FOUND", outsider: "NOT_FOUND", guest: "UNAUTHENTICATED" },
  "CSV export": { instructor: "ok", learner: "NOT_FOUND", removed: "NOT_FOUND", outsider: "NOT_FOUND", guest: "UNAUTHENTICATED" },
  "stuck view": { instructor: "ok", learner: "NOT_FOUND", removed: "NOT_FOUND", outsider: "NOT_FOUND", guest: "UNAUTHENTICATED" },
  "attempt detail of a learner": { instructor: "ok", learner: "NOT_FOUND", removed: "NOT_FOUND", outsider: "NOT_FOUND", guest: "UNAUTHENTICATED" },
  // The instructor is not a learner of their own class: there is no "own" attempt page for them.
  "own attempt detail": { instructor: "NOT_FOUND", learner: "ok", removed: "NOT_FOUND", outsider: "NOT_FOUND", guest: "UNAUTHENTICATED" },
};

const WHO: Who[] = ["instructor", "learner", "removed", "outsider", "guest"];

describe("authorization matrix", () => {
  const rows = Object.keys(ACTIONS).flatMap((action) => WHO.map((who) => ({ action, who, expected: EXPECTED[action][who] })));
  it.each(rows)("$action as $who → $expected", async ({ action, who, expected }) => {
    const w = await world();
    expect(await outcome(() => ACTIONS[action](w, actorOf(w, who)))).toBe(expected);
  });

  it("an unknown class id is NOT_FOUND for everyone signed in, UNAUTHENTICATED for guests", async () => {
    const w = await world();
    expect(await outcome(() => classes.getClassPage(w.instructor, "no-such-class"))).toBe("NOT_FOUND");
    expect(await outcome(() => classes.getGradebook(w.instructor, "no-such-class"))).toBe("NOT_FOUND");
    expect(await outcome(() => classes.getClassPage(null, "no-such-class"))).toBe("UNAUTHENTICATED");
  });

  it("only the instructor sees the join code and roster; a learner sees only their own results", async () => {
    const w = await world();
    const asInstructor = await classes.getClassPage(w.instructor, w.classId);
    expect(asInstructor.role).toBe("instructor");
    expect(asInstructor.joinCode).toBe(w.joinCode);
    expect(asInstructor.members?.map((m) => m.name)).toEqual(["Lea", "Liam"]);
    const asLearner = await classes.getClassPage(w.learner, w.classId);
    expect(asLearner.role).toBe("learner");
    expect(asLearner.joinCode).toBeNull();
    expect(asLearner.members).toBeNull();
    expect(asLearner.assignments[0].mine?.status).toBe("not-started");
  });

  it("create class, join and list: guests are refused", async () => {
    expect(await outcome(() => classes.createClass(null, { name: "x" }))).toBe("UNAUTHENTICATED");
    expect(await outcome(() => classes.joinClass(null, "ABCDEFGH", ADDR))).toBe("UNAUTHENTICATED");
    expect(await outcome(() => classes.previewJoin(null, "ABCDEFGH", ADDR))).toBe("UNAUTHENTICATED");
    expect(await outcome(() => classes.listMyClasses(null))).toBe("UNAUTHENTICATED");
  });

  it("lists the classes I teach and the classes I take", async () => {
    const w = await world();
    const mine = await classes.listMyClasses(w.learner);
    expect(mine.teaching).toEqual([]);
    expect(mine.taking.map((c) => c.id)).toEqual([w.classId]);
    expect(mine.taking[0].counts).toEqual({ due: 1, overdue: 0, done: 0 });
    const taught = await classes.listMyClasses(w.instructor);
    expect(taught.teaching.map((c) => [c.id, c.learners, c.assignments])).toEqual([[w.classId, 2, 1]]);
    expect((await classes.listMyClasses(w.removed)).taking).toEqual([]);
    expect((await classes.listMyClasses(w.outsider)).taking).toEqual([]);
  });
});

describe("bad input changes nothing", () => {
  const memberCount = (classId: string) => db.classMember.count({ where: { classId } });
  const assignmentCount = (classId: string) => db.assignment.count({ where: { classId } });

  it("wrong, malformed and regenerated join codes", async () => {
    const w = await world();
    const before = await memberCount(w.classId);
    expect(await outcome(() => classes.joinClass(w.outsider, "not-a-code", ADDR))).toBe("BAD_REQUEST");
    const wrong = w.joinCode === "AAAAAAAA" ? "BBBBBBBB" : "AAAAAAAA";
    expect(await outcome(() => classes.joinClass(w.outsider, wrong, ADDR))).toBe("NOT_FOUND");
    const { joinCode } = await classes.regenerateJoinCode(w.instructor, w.classId);
    expect(joinCode).not.toBe(w.joinCode);
    expect(joinCode).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(await outcome(() => classes.joinClass(w.outsider, w.joinCode, ADDR))).toBe("NOT_FOUND");
    expect(await memberCount(w.classId)).toBe(before);
    // The new code works, typed in lower case with a dash.
    await classes.joinClass(w.outsider, `${joinCode.slice(0, 4).toLowerCase()}-${joinCode.slice(4)}`, ADDR);
    expect(await memberCount(w.classId)).toBe(before + 1);
  });

  it("joining twice, joining your own class, rejoining after removal", async () => {
    const w = await world();
    const before = await memberCount(w.classId);
    await expect(classes.joinClass(w.learner, w.joinCode, ADDR)).rejects.toThrow("already in");
    await expect(classes.joinClass(w.instructor, w.joinCode, ADDR)).rejects.toThrow("You teach");
    await expect(classes.joinClass(w.removed, w.joinCode, ADDR)).rejects.toThrow("removed you");
    expect(await memberCount(w.classId)).toBe(before);
  });

  it("assigning something that doesn't exist, or with a past due date", async () => {
    const w = await world();
    const before = await assignmentCount(w.classId);
    await expect(classes.createAssignment(w.instructor, w.classId, { kind: "lab", refId: "no-such-lab" })).rejects.toThrow('no lab "no-such-lab"');
    await expect(classes.createAssignment(w.instructor, w.classId, { kind: "quiz", refId: "99-nope" })).rejects.toThrow("no lesson quiz");
    await expect(classes.createAssignment(w.instructor, w.classId, { kind: "exam", tracks: ["no-track"], count: 3 })).rejects.toThrow('no track "no-track"');
    await expect(classes.createAssignment(w.instructor, w.classId, { kind: "exam", tracks: ["gateway-endpoints"], count: 5000 })).rejects.toThrow("or fewer");
    await expect(
      classes.createAssignment(w.instructor, w.classId, { kind: "quiz", refId: "09-gateway-endpoints", dueAt: "2020-01-01T00:00:00.000Z" }),
    ).rejects.toThrow("in the past");
    await expect(classes.createAssignment(w.instructor, w.classId, { kind: "lab", refId: "s3-gateway-endpoint" })).rejects.toThrow("already assigned");
    expect(await assignmentCount(w.classId)).toBe(before);
  });

  it("an archived class takes no joins, assignments, code changes or removals, but stays viewable", async () => {
    const w = await world();
    await classes.archiveClass(w.instructor, w.classId);
    const members = await memberCount(w.classId);
    const assignments = await assignmentCount(w.classId);
    expect(await outcome(() => classes.joinClass(w.outsider, w.joinCode, ADDR))).toBe("CONFLICT");
    expect(await outcome(() => classes.createAssignment(w.instructor, w.classId, { kind: "quiz", refId: "09-gateway-endpoints" }))).toBe("CONFLICT");
    expect(await outcome(() => classes.regenerateJoinCode(w.instructor, w.classId))).toBe("CONFLICT");
    expect(await outcome(() => classes.removeMember(w.instructor, w.classId, w.learner.id))).toBe("CONFLICT");
    expect(await outcome(() => classes.archiveClass(w.instructor, w.classId))).toBe("CONFLICT");
    expect(await memberCount(w.classId)).toBe(members);
    expect(await assignmentCount(w.classId)).toBe(assignments);
    expect((await classes.getClassPage(w.learner, w.classId)).archived).toBe(true);
    expect(await outcome(() => classes.getGradebook(w.instructor, w.classId))).toBe("ok");
  });

  it("removing someone who isn't in the class", async () => {
    const w = await world();
    expect(await outcome(() => classes.removeMember(w.instructor, w.classId, w.outsider.id))).toBe("NOT_FOUND");
    expect(await outcome(() => classes.removeMember(w.instructor, w.classId, w.removed.id))).toBe("NOT_FOUND");
  });
});

describe("grading", () => {
  const goalsJson = (done: boolean) =>
    JSON.stringify([
      { id: "s3-through-gateway-endpoint", done, ...(done ? {} : { code: "NO_ROUTE" }) },
      { id: "private-rt-has-endpoint-route", done },
    ]);
  async function labAttempt(userId: string, passed: boolean, createdAt: Date, timeSpentSec = 120) {
    await db.labAttempt.create({
      data: {
        userId,
        labId: "s3-gateway-endpoint",
        seed: 1,
        commands: JSON.stringify(["aws s3 ls", "=cmd"]),
        goals: goalsJson(passed),
        passed,
        goalsDone: passed ? 2 : 0,
        goalsTotal: 2,
        hintsUsed: 0,
        solutionRevealed: false,
        timeSpentSec,
        createdAt,
      },
    });
  }

  it("fills the gradebook, the stuck view, the attempt detail and the CSV", async () => {
    const w = await world();
    const created = (await db.assignment.findUniqueOrThrow({ where: { id: w.labAssignmentId } })).createdAt;
    const earlier = new Date(created.getTime() + 1000);
    const now = new Date(created.getTime() + 2000);
    // Before the assignment existed: ignored.
    await labAttempt(w.learner.id, true, new Date(now.getTime() - 3600_000 * 24 * 365));
    await labAttempt(w.learner.id, false, earlier, 60);
    await labAttempt(w.learner.id, true, now, 180);
    await labAttempt(w.other.id, false, earlier);
    await labAttempt(w.other.id, false, now);

    const book = await classes.getGradebook(w.instructor, w.classId, new Date(now.getTime() + 1000));
    const byName = Object.fromEntries(book.learners.map((l) => [l.name, l.cells[0]]));
    expect(byName.Lea).toMatchObject({ status: "done", attempts: 2, bestPercent: 100, timeSpentSec: 180 });
    expect(byName.Liam).toMatchObject({ status: "in-progress", attempts: 2, bestPercent: 0 });

    const stuck = await classes.getStuckView(w.instructor, w.classId);
    expect(stuck.labs[0].report.learners.map((l) => l.name)).toEqual(["Liam"]);
    expect(stuck.labs[0].report.goals.find((g) => g.goalId === "s3-through-gateway-endpoint")).toMatchObject({
      failingLearners: 1,
      codes: [{ code: "NO_ROUTE", count: 1 }],
    });

    const detail = await classes.getAttemptDetail(w.instructor, w.classId, w.labAssignmentId, w.other.id);
    expect(detail.attempts).toHaveLength(2);
    expect(detail.attempts[0].commands).toEqual(["aws s3 ls", "=cmd"]);
    expect(detail.attempts[0].goals?.find((g) => !g.done)?.code).toBe("NO_ROUTE");

    const { csv, filename } = await classes.exportGradebookCsv(w.instructor, w.classId);
    expect(filename).toMatch(/^networking-101-gradebook-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain("name,email,last activity (UTC),last activity (UTC),");
    expect(lines[1]).toMatch(/^Lea,lea-\d+@example\.com,\d{4}-\d{2}-\d{2}T[\d:.]+Z,\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC,Done,100,2$/);
    expect(lines[2]).toMatch(/^Liam,.*,In progress,0,2$/);
  });

  it("marks a first pass after the due date as late", async () => {
    const w = await world();
    const due = new Date(Date.now() + 60_000);
    const a = await classes.createAssignment(w.instructor, w.classId, { kind: "lab", refId: "dynamodb-cross-region", dueAt: due.toISOString() });
    await db.labAttempt.create({
      data: {
        userId: w.learner.id,
        labId: "dynamodb-cross-region",
        seed: 1,
        commands: "[]",
        goals: "[]",
        passed: true,
        goalsDone: 1,
        goalsTotal: 1,
        hintsUsed: 0,
        solutionRevealed: false,
        timeSpentSec: 5,
        createdAt: new Date(due.getTime() + 1000),
      },
    });
    const page = await classes.getClassPage(w.learner, w.classId, new Date(due.getTime() + 5000));
    expect(page.assignments.find((x) => x.id === a.id)?.mine?.status).toBe("late");
    const detail = await classes.getAttemptDetail(w.learner, w.classId, a.id, w.learner.id);
    expect(detail.attempts[0].late).toBe(true);
  });

  it("an exam assignment stores fixed question ids from the chosen tracks", async () => {
    const w = await world();
    const { id } = await classes.createAssignment(w.instructor, w.classId, { kind: "exam", tracks: ["gateway-endpoints", "policies"], count: 4 });
    const row = await db.assignment.findUniqueOrThrow({ where: { id } });
    const ids = JSON.parse(row.questionIds ?? "[]") as string[];
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
    const { BANK_QUESTIONS } = await import("@/content/bank");
    for (const q of ids) expect(["gateway-endpoints", "policies"]).toContain(BANK_QUESTIONS.find((b) => b.id === q)?.track);
    // A submitted exam attempt for the assignment counts as done.
    await db.examAttempt.create({
      data: {
        userId: w.learner.id,
        assignmentId: id,
        tracks: "[]",
        questionIds: row.questionIds ?? "[]",
        timeLimitSec: 360,
        deadline: new Date(Date.now() + 360_000),
        submittedAt: new Date(Date.now() + 1000),
        score: 3,
        total: 4,
      },
    });
    const page = await classes.getClassPage(w.learner, w.classId, new Date(Date.now() + 2000));
    expect(page.assignments.find((a) => a.id === id)?.mine).toMatchObject({ status: "done", bestPercent: 75 });
  });
});

describe("join codes cannot be guessed by trying (issue 15)", () => {
  const wrongCode = (i: number) => `WRNG${"ABCDEFGHJKLMNPQRSTUVWXYZ23456789"[i % 32]}${"ABCDEFGH"[Math.floor(i / 32) % 8]}ZZ`;

  it("ten wrong codes per learner, from any address, then every lookup waits", async () => {
    const w = await world();
    for (let i = 0; i < classes.JOIN_THROTTLE.user.max; i++) {
      expect(await outcome(() => classes.joinClass(w.outsider, wrongCode(i), `198.51.100.${i}`))).toBe("NOT_FOUND");
    }
    // The eleventh, from yet another address and even with the right code, is refused.
    await expect(classes.joinClass(w.outsider, w.joinCode, "198.51.100.99")).rejects.toThrow(/Too many wrong join codes\. Try again in 15 minutes\./);
    await expect(classes.previewJoin(w.outsider, w.joinCode, "198.51.100.99")).rejects.toMatchObject({ code: "RATE_LIMITED", status: 429 });
    // Another learner is not held back.
    expect(await outcome(() => classes.previewJoin(w.learner, w.joinCode, "198.51.100.99"))).toBe("ok");
  });

  it("thirty wrong codes per address, across learners", async () => {
    const w = await world();
    const address = "192.0.2.77";
    let tried = 0;
    while (tried < classes.JOIN_THROTTLE.address.max) {
      const guesser = await makeUser("Guesser");
      for (let i = 0; i < classes.JOIN_THROTTLE.user.max && tried < classes.JOIN_THROTTLE.address.max; i++, tried++) {
        expect(await outcome(() => classes.previewJoin(guesser, wrongCode(tried), address))).toBe("NOT_FOUND");
      }
    }
    expect(await outcome(() => classes.previewJoin(w.outsider, w.joinCode, address))).toBe("RATE_LIMITED");
    expect(await outcome(() => classes.previewJoin(w.outsider, w.joinCode, "192.0.2.78"))).toBe("ok");
  });

  it("right codes are not counted", async () => {
    const w = await world();
    for (let i = 0; i < 3 * classes.JOIN_THROTTLE.address.max; i++) {
      expect(await outcome(() => classes.previewJoin(w.outsider, w.joinCode, "192.0.2.99"))).toBe("ok");
    }
  });
});

describe("time zones (issue 16, point 7)", () => {
  it("a class keeps its instructor's zone; the CSV gives each date in UTC (ISO 8601) and in that zone", async () => {
    const { formatInZone, isTimeZone, CreateClassSchema } = await import("@/lib/content/classes");
    // 17:00 in Los Angeles on 7 December is 01:00 UTC on the 8th (PST, UTC−8).
    const at = new Date("2026-12-08T01:00:00.000Z");
    expect(formatInZone(at, "America/Los_Angeles")).toBe("2026-12-07 17:00 PST");
    expect(formatInZone(at, "Europe/London")).toBe("2026-12-08 01:00 GMT");
    expect(formatInZone(new Date("2026-07-01T12:00:00Z"), "Europe/London")).toBe("2026-07-01 13:00 GMT+1") // Intl's en-US short name for British Summer Time;
    expect(isTimeZone("Asia/Kolkata")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    const bad = CreateClassSchema.safeParse({ name: "Net 101", timeZone: "Mars/Olympus" });
    expect(bad.success ? "" : bad.error.issues[0].message).toBe("That is not a time zone this server knows (use an IANA name such as Europe/London).");
  });
});
