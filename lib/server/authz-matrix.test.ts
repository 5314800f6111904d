// Authorization matrix for every HTTP route handler.
//
// Each MATRIX entry is one route + method + target (what the dynamic segments point at), and the
// HTTP status each of five actors must get:
//
//   guest            no session
//   learner          an active member of the instructor's class; owns the exam attempts and review
//                    cards the rows target (all made through the real API routes during set-up)
//   otherLearner     signed in, a member of the *other* instructor's class, owns nothing targeted
//   instructor       owns the class the rows target
//   otherInstructor  owns a different class
//
// Every row calls the REAL route module (`app/**/route.ts`) the way Next 16 does — a `Request` and
// `{ params: Promise.resolve({...}) }` — against a throwaway SQLite database migrated with the real
// migrations. Only the session is mocked (`currentUser` returns the row's actor). Requests carry a
// same-origin Origin/Host pair, so the CSRF check in `readJsonBody` passes (one test below checks
// that a cross-site Origin is refused).
//
// Besides the status, every row checks:
//   - an error response is `{ error: { code, message } }` with the code that belongs to the status
//     and no stack trace;
//   - a refused request (4xx) and ANY guest request leave the database exactly as it was;
//   - a successful signed-in request only creates or changes rows owned by the actor (userId /
//     instructorId, or an assignment in a class the actor teaches), except rows a case names in
//     `mayTouch` (the instructor removing a learner changes that learner's membership).
// A coverage test fails when a route file or an exported method has no row here.
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { FIRST_LESSON, lessonKey } from "@/lib/content/catalog";
import type { CurrentUser } from "./session";
import { useTestDatabase } from "./test-db";

vi.mock("server-only", () => ({}));

// The one thing mocked: who is signed in for the request being made.
const session = vi.hoisted(() => ({ actor: null as CurrentUser | null }));
vi.mock("./session", () => ({ currentUser: async () => session.actor }));

type DbModule = typeof import("./db");

const ROOT = resolve(__dirname, "../..");
useTestDatabase("authz-matrix");
let db: DbModule["db"];

beforeAll(async () => {
  db = (await import("./db")).db;
});

// ---- The route modules under test ----

const ROUTE_MODULES: Record<string, () => Promise<object>> = {
  "/api/classes": () => import("@/app/api/classes/route"),
  "/api/classes/join": () => import("@/app/api/classes/join/route"),
  "/api/classes/[id]/archive": () => import("@/app/api/classes/[id]/archive/route"),
  "/api/classes/[id]/code": () => import("@/app/api/classes/[id]/code/route"),
  "/api/classes/[id]/remove-member": () => import("@/app/api/classes/[id]/remove-member/route"),
  "/api/classes/[id]/assignments": () => import("@/app/api/classes/[id]/assignments/route"),
  "/classes/[id]/gradebook.csv": () => import("@/app/classes/[id]/gradebook.csv/route"),
  "/api/account/export": () => import("@/app/api/account/export/route"),
  "/api/labs/[id]/check": () => import("@/app/api/labs/[id]/check/route"),
  "/api/labs/[id]/hint": () => import("@/app/api/labs/[id]/hint/route"),
  "/api/labs/[id]/session": () => import("@/app/api/labs/[id]/session/route"),
  "/api/labs/[id]/solution": () => import("@/app/api/labs/[id]/solution/route"),
  "/api/practice/exams": () => import("@/app/api/practice/exams/route"),
  "/api/practice/exams/assigned": () => import("@/app/api/practice/exams/assigned/route"),
  "/api/practice/exams/[id]/submit": () => import("@/app/api/practice/exams/[id]/submit/route"),
  "/api/practice/learn": () => import("@/app/api/practice/learn/route"),
  "/api/practice/prompts/[id]/rate": () => import("@/app/api/practice/prompts/[id]/rate/route"),
  "/api/practice/prompts/[id]/reveal": () => import("@/app/api/practice/prompts/[id]/reveal/route"),
  "/api/practice/review/[id]/answer": () => import("@/app/api/practice/review/[id]/answer/route"),
  "/api/practice/review/[id]/rate": () => import("@/app/api/practice/review/[id]/rate/route"),
  "/api/progress/merge": () => import("@/app/api/progress/merge/route"),
  "/api/quizzes/[id]/attempts": () => import("@/app/api/quizzes/[id]/attempts/route"),
};

/** Route files not in the matrix: Better Auth's own handler and the unauthenticated health checks. */
const SKIPPED_ROUTES = ["/api/auth/[...all]", "/api/health", "/api/health/live"];

const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
type Method = (typeof HTTP_METHODS)[number];
type Params = Record<string, string>;
type RouteHandler = (request: Request, context: { params: Promise<Params> }) => Promise<Response>;

async function handlerOf(route: string, method: Method): Promise<RouteHandler> {
  const load = ROUTE_MODULES[route];
  if (!load) throw new Error(`no route module registered for ${route}`);
  const handler = (await load()) as Partial<Record<Method, unknown>>;
  const fn = handler[method];
  if (typeof fn !== "function") throw new Error(`${route} exports no ${method}`);
  return fn as RouteHandler;
}

// ---- Requests ----

const ORIGIN = "http://localhost:3000";
const HOST = "localhost:3000";

type Result = { status: number; headers: Headers; text: string; json: unknown };

async function send(
  actor: CurrentUser | null,
  method: Method,
  route: string,
  params: Params = {},
  body?: unknown,
  origin = ORIGIN,
): Promise<Result> {
  session.actor = actor;
  const path = route.replace(/\[([^\]]+)\]/g, (_, key: string) => {
    if (!(key in params)) throw new Error(`${route}: no value for [${key}]`);
    return encodeURIComponent(params[key]);
  });
  const headers = new Headers({ host: HOST, origin });
  const init: RequestInit = { method, headers };
  if (body !== undefined) {
    headers.set("content-type", "application/json");
    init.body = JSON.stringify(body);
  }
  const handler = await handlerOf(route, method);
  const response = await handler(new Request(`${ORIGIN}${path}`, init), { params: Promise.resolve(params) });
  const text = await response.text();
  let json: unknown = undefined;
  if ((response.headers.get("content-type") ?? "").includes("application/json")) json = JSON.parse(text);
  return { status: response.status, headers: response.headers, text, json };
}

/** A set-up step through the real API: must succeed. */
async function ok<T>(actor: CurrentUser | null, method: Method, route: string, params: Params, body?: unknown): Promise<T> {
  const res = await send(actor, method, route, params, body);
  if (res.status !== 200) throw new Error(`set-up ${method} ${route} → ${res.status}: ${res.text}`);
  return res.json as T;
}

// ---- The world each row runs in ----

const ACTORS = ["guest", "learner", "otherLearner", "instructor", "otherInstructor"] as const;
type Actor = (typeof ACTORS)[number];
type SignedIn = Exclude<Actor, "guest">;

const LAB = "s3-gateway-endpoint";
const QUIZ = "09-gateway-endpoints";
const QUESTION = "gw-services-supported"; // single choice, key "d"
const WRONG_ANSWER = "a";
const RIGHT_ANSWER = "d";
const PROMPT = "int-vpn-ipsec-modes";
const TRACK = "gateway-endpoints";
const inAWeek = () => new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString();

interface World {
  users: Record<SignedIn, CurrentUser>;
  classId: string;
  joinCode: string;
  otherClassId: string;
  examAssignmentId: string;
  assignedAttemptId: string;
  practiceAttemptId: string;
  questionCardId: string;
  promptCardId: string;
}

let seq = 0;
async function makeUser(name: string): Promise<CurrentUser> {
  seq += 1;
  const user = await db.user.create({
    data: { id: `authz-${seq}-${name.toLowerCase()}`, name, email: `${name.toLowerCase()}-${seq}@example.com` },
  });
  return { id: user.id, name: user.name, email: user.email, createdAt: user.createdAt };
}

/** Five users, two classes and the learner's own data, all made through the real routes. */
async function world(): Promise<World> {
  const users: Record<SignedIn, CurrentUser> = {
    learner: await makeUser("Lea"),
    otherLearner: await makeUser("Olaf"),
    instructor: await makeUser("Ingrid"),
    otherInstructor: await makeUser("Oskar"),
  };
  const cls = await ok<{ id: string; joinCode: string }>(users.instructor, "POST", "/api/classes", {}, { name: "Networking 101" });
  const other = await ok<{ id: string; joinCode: string }>(users.otherInstructor, "POST", "/api/classes", {}, { name: "Other class" });
  await ok(users.learner, "POST", "/api/classes/join", {}, { code: cls.joinCode });
  await ok(users.otherLearner, "POST", "/api/classes/join", {}, { code: other.joinCode });
  const exam = await ok<{ id: string }>(users.instructor, "POST", "/api/classes/[id]/assignments", { id: cls.id }, { kind: "exam", tracks: [TRACK], count: 3 });
  const assigned = await ok<{ id: string }>(users.learner, "POST", "/api/practice/exams/assigned", {}, { assignmentId: exam.id });
  const practice = await ok<{ id: string }>(users.learner, "POST", "/api/practice/exams", {}, { tracks: [TRACK], count: 5, minutes: 30 });
  // A miss in learn mode makes a question review card; rating a prompt makes a prompt card.
  await ok(users.learner, "POST", "/api/practice/learn", {}, { questionId: QUESTION, answer: WRONG_ANSWER });
  await ok(users.learner, "POST", "/api/practice/prompts/[id]/rate", { id: PROMPT }, { rating: "good" });
  const questionCard = await db.reviewCard.findUniqueOrThrow({
    where: { userId_itemType_itemId: { userId: users.learner.id, itemType: "question", itemId: QUESTION } },
  });
  const promptCard = await db.reviewCard.findUniqueOrThrow({
    where: { userId_itemType_itemId: { userId: users.learner.id, itemType: "prompt", itemId: PROMPT } },
  });
  return {
    users,
    classId: cls.id,
    joinCode: cls.joinCode,
    otherClassId: other.id,
    examAssignmentId: exam.id,
    assignedAttemptId: assigned.id,
    practiceAttemptId: practice.id,
    questionCardId: questionCard.id,
    promptCardId: promptCard.id,
  };
}

async function dropWorld(w: World) {
  // Every row of the world hangs off its users (onDelete: Cascade).
  await db.user.deleteMany({ where: { id: { in: Object.values(w.users).map((u) => u.id) } } });
}

const actorUser = (w: World, actor: Actor): CurrentUser | null => (actor === "guest" ? null : w.users[actor]);

// ---- The matrix ----

type Statuses = Record<Actor, number>;

interface Case {
  method: Method;
  route: string;
  /** What the dynamic segments / body point at. */
  target: string;
  params?: (w: World) => Params;
  body?: (w: World) => unknown;
  expect: Statuses;
  /** Users other than the actor whose rows a successful request may change. */
  mayTouch?: (w: World) => string[];
  /** Extra checks on a successful (2xx) response. */
  verify?: (w: World, actor: Actor, res: Result) => Promise<void> | void;
}

const instructorOnly: Statuses = { guest: 401, learner: 404, otherLearner: 404, instructor: 200, otherInstructor: 404 };
const ownerOnly: Statuses = { guest: 401, learner: 200, otherLearner: 404, instructor: 404, otherInstructor: 404 };
const signedIn: Statuses = { guest: 401, learner: 200, otherLearner: 200, instructor: 200, otherInstructor: 200 };
const anyone: Statuses = { guest: 200, learner: 200, otherLearner: 200, instructor: 200, otherInstructor: 200 };

const storedOnlyWhenSignedIn = (_w: World, actor: Actor, res: Result) => {
  expect((res.json as { stored?: unknown }).stored).toBe(actor !== "guest");
};

const MATRIX: Case[] = [
  // ---- Classes ----
  { method: "POST", route: "/api/classes", target: "a new class", body: () => ({ name: "Another class" }), expect: signedIn },
  {
    method: "POST",
    route: "/api/classes/join",
    target: "the instructor's class (by its join code)",
    body: (w) => ({ code: w.joinCode }),
    // The join code is the capability: any signed-in user who has it may join (409: already in it / teaches it).
    expect: { guest: 401, learner: 409, otherLearner: 200, instructor: 409, otherInstructor: 200 },
  },
  {
    method: "POST",
    route: "/api/classes/[id]/archive",
    target: "the instructor's class",
    params: (w) => ({ id: w.classId }),
    body: () => ({}),
    expect: instructorOnly,
    verify: async (w) => expect((await db.class.findUniqueOrThrow({ where: { id: w.classId } })).archivedAt).not.toBeNull(),
  },
  {
    method: "POST",
    route: "/api/classes/[id]/code",
    target: "the instructor's class",
    params: (w) => ({ id: w.classId }),
    body: () => ({}),
    expect: instructorOnly,
    verify: (w, _a, res) => expect((res.json as { joinCode: string }).joinCode).not.toBe(w.joinCode),
  },
  {
    method: "POST",
    route: "/api/classes/[id]/remove-member",
    target: "the learner in the instructor's class",
    params: (w) => ({ id: w.classId }),
    body: (w) => ({ userId: w.users.learner.id }),
    expect: instructorOnly,
    mayTouch: (w) => [w.users.learner.id],
    verify: async (w) => {
      const member = await db.classMember.findUniqueOrThrow({
        where: { classId_userId: { classId: w.classId, userId: w.users.learner.id } },
      });
      expect(member.removedAt).not.toBeNull();
    },
  },
  {
    method: "POST",
    route: "/api/classes/[id]/assignments",
    target: "the instructor's class",
    params: (w) => ({ id: w.classId }),
    body: () => ({ kind: "lab", refId: LAB, dueAt: inAWeek() }),
    expect: instructorOnly,
  },
  {
    method: "POST",
    route: "/api/classes/[id]/assignments",
    target: "the other instructor's class",
    params: (w) => ({ id: w.otherClassId }),
    body: () => ({ kind: "quiz", refId: QUIZ }),
    // otherLearner is a learner of that class: still not theirs to manage.
    expect: { guest: 401, learner: 404, otherLearner: 404, instructor: 404, otherInstructor: 200 },
  },
  {
    method: "GET",
    route: "/classes/[id]/gradebook.csv",
    target: "the instructor's class",
    params: (w) => ({ id: w.classId }),
    expect: instructorOnly,
    verify: (w, _a, res) => {
      expect(res.headers.get("content-type")).toContain("text/csv");
      expect(res.headers.get("cache-control")).toBe("private, no-store");
      expect(res.text).toContain(w.users.learner.email);
      expect(res.text).not.toContain(w.users.otherLearner.email);
    },
  },
  {
    method: "GET",
    route: "/classes/[id]/gradebook.csv",
    target: "the other instructor's class",
    params: (w) => ({ id: w.otherClassId }),
    expect: { guest: 401, learner: 404, otherLearner: 404, instructor: 404, otherInstructor: 200 },
    verify: (w, _a, res) => {
      expect(res.text).toContain(w.users.otherLearner.email);
      expect(res.text).not.toContain(w.users.learner.email);
    },
  },

  // ---- Account: "download my data" holds only the caller's own ----
  {
    method: "GET",
    route: "/api/account/export",
    target: "the caller's own data",
    params: () => ({}),
    expect: signedIn,
    verify: (w, actor, res) => {
      expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="pathwise-my-data-\d{4}-\d{2}-\d{2}\.json"$/);
      const data = res.json as { account: { email: string } };
      const own = w.users[actor as Exclude<Actor, "guest">];
      expect(data.account.email).toBe(own.email);
      for (const [who, u] of Object.entries(w.users)) if (who !== actor) expect(res.text).not.toContain(u.email);
      expect(res.text).not.toMatch(/password|"token"/i);
    },
  },

  // ---- Labs: graded for guests, stored only for signed-in users ----
  {
    method: "POST",
    route: "/api/labs/[id]/check",
    target: `lab ${LAB}`,
    params: () => ({ id: LAB }),
    body: () => ({ seed: 1, commands: ["aws ec2 describe-vpcs"] }),
    expect: anyone,
    verify: storedOnlyWhenSignedIn,
  },
  { method: "POST", route: "/api/labs/[id]/hint", target: `lab ${LAB}`, params: () => ({ id: LAB }), body: () => ({ index: 0 }), expect: anyone },
  {
    method: "PUT",
    route: "/api/labs/[id]/session",
    target: `lab ${LAB}`,
    params: () => ({ id: LAB }),
    body: () => ({ seed: 1, commands: ["aws ec2 describe-vpcs"], base: 0 }),
    expect: signedIn,
  },
  { method: "POST", route: "/api/labs/[id]/solution", target: `lab ${LAB}`, params: () => ({ id: LAB }), body: () => ({ seed: 1 }), expect: anyone },

  // ---- Practice exams ----
  { method: "POST", route: "/api/practice/exams", target: "a new practice exam", body: () => ({ tracks: [TRACK], count: 5, minutes: 30 }), expect: signedIn },
  {
    method: "POST",
    route: "/api/practice/exams/assigned",
    target: "the instructor's class's exam assignment",
    body: (w) => ({ assignmentId: w.examAssignmentId }),
    // Only active members may start it; the instructor teaches the class but is not a learner in it.
    expect: ownerOnly,
  },
  {
    method: "POST",
    route: "/api/practice/exams/[id]/submit",
    target: "the learner's assigned-exam attempt",
    params: (w) => ({ id: w.assignedAttemptId }),
    body: () => ({ answers: {}, timings: {} }),
    expect: ownerOnly,
    verify: async (w) => expect((await db.examAttempt.findUniqueOrThrow({ where: { id: w.assignedAttemptId } })).submittedAt).not.toBeNull(),
  },
  {
    method: "POST",
    route: "/api/practice/exams/[id]/submit",
    target: "the learner's practice-exam attempt",
    params: (w) => ({ id: w.practiceAttemptId }),
    body: () => ({ answers: {}, timings: {} }),
    expect: ownerOnly,
  },

  // ---- Learn mode, prompts, spaced repetition ----
  {
    method: "POST",
    route: "/api/practice/learn",
    target: `question ${QUESTION}`,
    body: () => ({ questionId: QUESTION, answer: WRONG_ANSWER }),
    expect: anyone,
    verify: storedOnlyWhenSignedIn,
  },
  { method: "POST", route: "/api/practice/prompts/[id]/reveal", target: `prompt ${PROMPT}`, params: () => ({ id: PROMPT }), body: () => ({}), expect: anyone },
  { method: "POST", route: "/api/practice/prompts/[id]/rate", target: `prompt ${PROMPT}`, params: () => ({ id: PROMPT }), body: () => ({ rating: "hard" }), expect: signedIn },
  {
    method: "POST",
    route: "/api/practice/review/[id]/answer",
    target: "the learner's question review card",
    params: (w) => ({ id: w.questionCardId }),
    body: () => ({ answer: RIGHT_ANSWER }),
    expect: ownerOnly,
  },
  {
    method: "POST",
    route: "/api/practice/review/[id]/rate",
    target: "the learner's prompt review card",
    params: (w) => ({ id: w.promptCardId }),
    body: () => ({ rating: "easy" }),
    expect: ownerOnly,
  },

  // ---- Progress and quizzes ----
  {
    method: "POST",
    route: "/api/progress/merge",
    target: "the actor's own account",
    body: () => ({
      version: 1,
      lessons: { [lessonKey(FIRST_LESSON.track, FIRST_LESSON.lesson)]: "2024-01-01T00:00:00.000Z" },
      quizzes: { [QUIZ]: [{ answers: {}, at: "2024-01-01T00:00:00.000Z" }] },
    }),
    expect: signedIn,
  },
  {
    method: "POST",
    route: "/api/quizzes/[id]/attempts",
    target: `quiz ${QUIZ}`,
    params: () => ({ id: QUIZ }),
    body: () => ({ answers: {} }),
    expect: anyone,
    verify: storedOnlyWhenSignedIn,
  },
];

const ROWS = MATRIX.flatMap((c) => ACTORS.map((actor) => ({ ...c, actor, status: c.expect[actor] })));

// ---- Database snapshots ----

type DbRow = { id: string } & Record<string, unknown>;
type Snapshot = Map<string, { table: string; row: DbRow; json: string }>;

async function snapshot(): Promise<Snapshot> {
  const tables: Record<string, () => Promise<DbRow[]>> = {
    user: () => db.user.findMany(),
    class: () => db.class.findMany(),
    classMember: () => db.classMember.findMany(),
    assignment: () => db.assignment.findMany(),
    examAttempt: () => db.examAttempt.findMany(),
    questionAnswer: () => db.questionAnswer.findMany(),
    reviewCard: () => db.reviewCard.findMany(),
    labAttempt: () => db.labAttempt.findMany(),
    labSession: () => db.labSession.findMany(),
    quizAttempt: () => db.quizAttempt.findMany(),
    lessonProgress: () => db.lessonProgress.findMany(),
    guestLabUse: async () => (await db.guestLabUse.findMany()).map((r) => ({ id: `${r.guestId}/${r.labId}`, ...r })),
  };
  const out: Snapshot = new Map();
  for (const [table, read] of Object.entries(tables)) {
    for (const row of await read()) out.set(`${table}:${row.id}`, { table, row, json: JSON.stringify(row) });
  }
  return out;
}

/** Rows created, changed or deleted between two snapshots. */
function diff(before: Snapshot, after: Snapshot) {
  const changed = [...after].filter(([key, v]) => before.get(key)?.json !== v.json).map(([key, v]) => ({ key, ...v }));
  const deleted = [...before.keys()].filter((key) => !after.has(key));
  return { changed, deleted };
}

/** Whose row this is: its userId / instructorId, or for an assignment its class's instructor. */
function ownerOf(entry: { table: string; row: DbRow }, after: Snapshot): string | undefined {
  const { table, row } = entry;
  if (table === "user") return row.id;
  if (typeof row.userId === "string") return row.userId;
  if (typeof row.instructorId === "string") return row.instructorId;
  if (table === "assignment") {
    const cls = after.get(`class:${String(row.classId)}`)?.row;
    return typeof cls?.instructorId === "string" ? cls.instructorId : undefined;
  }
  return undefined;
}

const CODE_OF_STATUS: Record<number, string> = {
  400: "BAD_REQUEST",
  401: "UNAUTHENTICATED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  409: "CONFLICT",
  429: "RATE_LIMITED",
};

function expectSafeError(res: Result, status: number) {
  expect(res.json, res.text).toEqual({ error: { code: CODE_OF_STATUS[status], message: expect.any(String) } });
  expect(res.text).not.toMatch(/\bstack\b|\n\s+at |\.ts:\d+/);
}

// ---- Tests ----

describe("authorization matrix: every route × every actor", () => {
  afterAll(() => {
    const routes = new Set(MATRIX.map((c) => `${c.method} ${c.route}`)).size;
    console.log(`[attack] authorization: ${routes} route methods, ${MATRIX.length} targets × ${ACTORS.length} roles = ${ROWS.length} rows (IDOR: other users' and other classes' ids)`);
  });
  it.each(ROWS)("$method $route ($target) as $actor → $status", async (row) => {
    const w = await world();
    try {
      const actor = actorUser(w, row.actor);
      const before = await snapshot();
      const res = await send(actor, row.method, row.route, row.params?.(w) ?? {}, row.body?.(w));
      expect(res.status, res.text).toBe(row.status);
      const after = await snapshot();
      const { changed, deleted } = diff(before, after);
      expect(deleted).toEqual([]);

      if (res.status >= 400) {
        expectSafeError(res, row.status);
        expect(changed.map((c) => c.key), "a refused request must change nothing").toEqual([]);
        return;
      }
      if (row.actor === "guest") {
        // A guest may only write its own record of lab help, under the cookie this reply set.
        const cookie = /pw_guest=([A-Za-z0-9_-]+)/.exec(res.headers.get("set-cookie") ?? "")?.[1];
        const foreign = changed.filter((c) => !(c.table === "guestLabUse" && cookie && c.row.guestId === cookie)).map((c) => c.key);
        expect(foreign, "a guest request must write nothing but its own lab-help record").toEqual([]);
      } else {
        const allowed = new Set([actor?.id, ...(row.mayTouch?.(w) ?? [])]);
        const foreign = changed.filter((c) => !allowed.has(ownerOf(c, after))).map((c) => `${c.key} (owner ${ownerOf(c, after)})`);
        expect(foreign, "a request may only write the actor's own rows").toEqual([]);
      }
      await row.verify?.(w, row.actor, res);
    } finally {
      await dropWorld(w);
    }
  });
});

describe("matrix completeness", () => {
  it("has a row for every route file and every exported HTTP method, and nothing else", async () => {
    const found = readdirSync(join(ROOT, "app"), { recursive: true, encoding: "utf8" })
      .filter((f) => /(^|[\\/])route\.ts$/.test(f))
      .map((f) => `/${f.replace(/\\/g, "/").replace(/\/?route\.ts$/, "")}`)
      .filter((route) => !SKIPPED_ROUTES.includes(route))
      .sort();
    expect(found).toEqual(Object.keys(ROUTE_MODULES).sort());

    const exported: string[] = [];
    for (const [route, load] of Object.entries(ROUTE_MODULES)) {
      const mod = (await load()) as Record<string, unknown>;
      for (const m of HTTP_METHODS) if (typeof mod[m] === "function") exported.push(`${m} ${route}`);
    }
    expect([...new Set(MATRIX.map((c) => `${c.method} ${c.route}`))].sort()).toEqual(exported.sort());
  });
});

describe("CSRF: a cross-site Origin is refused before anything runs", () => {
  it("every JSON route answers 403 FORBIDDEN and writes nothing, even for the actor who could use it", async () => {
    const w = await world();
    try {
      const bodied = MATRIX.filter((c) => c.method !== "GET");
      const before = await snapshot();
      for (const c of bodied) {
        // The first actor the matrix lets through (guest for open routes).
        const actor = ACTORS.find((a) => c.expect[a] === 200) ?? "instructor";
        const res = await send(actorUser(w, actor), c.method, c.route, c.params?.(w) ?? {}, c.body?.(w), "https://evil.example");
        expect(res.status, `${c.method} ${c.route} as ${actor}`).toBe(403);
        expectSafeError(res, 403);
      }
      const { changed, deleted } = diff(before, await snapshot());
      expect(changed.map((c) => c.key)).toEqual([]);
      expect(deleted).toEqual([]);
    } finally {
      await dropWorld(w);
    }
  });
});
