// What the gradebook shows about a lab is measured by the server (issue 15): hint and solution use
// is recorded for every reveal — a guest's under the guest cookie, merged into the account at
// sign-up — and time on task comes from the gaps between the session's own server-side events,
// never from a duration the browser sends.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "./session";
import { useTestDatabase } from "./test-db";

vi.mock("server-only", () => ({}));
const session = vi.hoisted(() => ({ actor: null as CurrentUser | null }));
vi.mock("./session", () => ({ currentUser: async () => session.actor }));
useTestDatabase("labs-attack");

const LAB = "s3-gateway-endpoint";
const ORIGIN = "http://localhost:3000";
let db: typeof import("./db")["db"];
let auth: typeof import("./auth")["auth"];
let MAX_GAP: number;

beforeAll(async () => {
  db = (await import("./db")).db;
  auth = (await import("./auth")).auth;
  MAX_GAP = (await import("./labs")).MAX_EVENT_GAP_SEC;
});
afterEach(() => {
  vi.useRealTimers();
  session.actor = null;
});

type Route = { POST?: Handler; PUT?: Handler };
type Handler = (r: Request, c: { params: Promise<{ id: string }> }) => Promise<Response>;
const routes: Record<string, () => Promise<Route>> = {
  hint: () => import("@/app/api/labs/[id]/hint/route"),
  solution: () => import("@/app/api/labs/[id]/solution/route"),
  session: () => import("@/app/api/labs/[id]/session/route"),
  check: () => import("@/app/api/labs/[id]/check/route"),
};
async function call(route: keyof typeof routes, body: unknown, headers: Record<string, string> = {}) {
  const mod = await routes[route]();
  const method = route === "session" ? "PUT" : "POST";
  const handler = mod[method as "POST" | "PUT"] as Handler;
  return handler(
    new Request(`${ORIGIN}/api/labs/${LAB}/${route}`, { method, headers: { "content-type": "application/json", origin: ORIGIN, host: "localhost:3000", ...headers }, body: JSON.stringify(body) }),
    { params: Promise.resolve({ id: LAB }) },
  );
}
let n = 0;
async function user(): Promise<CurrentUser> {
  n += 1;
  const u = await db.user.create({ data: { id: `lab-u${n}`, name: "Lea", email: `lea${n}@example.com` } });
  return { id: u.id, name: u.name, email: u.email, createdAt: u.createdAt };
}
const guestCookie = (res: Response) => /pw_guest=([A-Za-z0-9_-]+)/.exec(res.headers.get("set-cookie") ?? "")?.[1];

describe("hints and solutions are recorded on the server", () => {
  it("a guest's reveals are kept under an HttpOnly guest cookie and merged into the account at sign-up", async () => {
    const first = await call("hint", { index: 0 });
    expect(first.status).toBe(200);
    const cookie = guestCookie(first);
    expect(cookie).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(first.headers.get("set-cookie")).toMatch(/HttpOnly; SameSite=Lax/);
    // The same browser: no new cookie, the count grows.
    const second = await call("hint", { index: 1 }, { cookie: `theme=dark; pw_guest=${cookie}` });
    expect(second.status).toBe(200);
    expect(second.headers.get("set-cookie")).toBeNull();
    expect((await call("solution", { seed: 7 }, { cookie: `pw_guest=${cookie}` })).status).toBe(200);
    expect(await db.guestLabUse.findUnique({ where: { guestId_labId: { guestId: cookie!, labId: LAB } } })).toMatchObject({ hintsRevealed: 2, solutionRevealed: true });

    // Signing up in that browser brings them along.
    const signUp = await auth.handler(
      new Request(`${ORIGIN}/api/auth/sign-up/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: ORIGIN, cookie: `pw_guest=${cookie}`, "x-pathwise-client": "198.51.100.1" },
        body: JSON.stringify({ email: "guest-then-learner@example.com", password: "correct horse battery", name: "Gus" }),
      }),
    );
    expect(signUp.status).toBe(200);
    const account = await db.user.findUniqueOrThrow({ where: { email: "guest-then-learner@example.com" } });
    expect(await db.labSession.findUnique({ where: { userId_labId: { userId: account.id, labId: LAB } } })).toMatchObject({ hintsRevealed: 2, solutionRevealed: true });
    expect(await db.guestLabUse.count({ where: { guestId: cookie! } })).toBe(0);
  });

  it("a forged or malformed guest cookie is replaced, never trusted", async () => {
    const res = await call("hint", { index: 0 }, { cookie: "pw_guest=../../etc/passwd" });
    expect(res.status).toBe(200);
    expect(guestCookie(res)).toMatch(/^[A-Za-z0-9_-]{24}$/);
  });

  it("a learner's count never goes down when an earlier hint is fetched again", async () => {
    session.actor = await user();
    for (const index of [0, 1, 2, 0]) expect((await call("hint", { index })).status).toBe(200);
    expect(await db.labSession.findUnique({ where: { userId_labId: { userId: session.actor.id, labId: LAB } } })).toMatchObject({ hintsRevealed: 3 });
    const check = (await (await call("check", { seed: 1, commands: [] })).json()) as { attemptId: string };
    await vi.waitFor(async () => expect(await db.labAttempt.findUnique({ where: { id: check.attemptId } })).not.toBeNull());
    expect(await db.labAttempt.findUniqueOrThrow({ where: { id: check.attemptId } })).toMatchObject({ hintsUsed: 3, solutionRevealed: false });
  });
});

describe("time on task is the server's", () => {
  it("adds the gaps between the session's events, each at most five minutes", async () => {
    session.actor = await user();
    const t0 = Date.now();
    vi.useFakeTimers({ now: t0, toFake: ["Date"] });
    expect((await call("session", { seed: 3, commands: ["aws s3 ls"], base: 0 })).status).toBe(200);
    vi.setSystemTime(t0 + 60_000);
    expect((await call("session", { seed: 3, commands: ["aws s3 ls", "aws ec2 describe-vpcs"], base: 1 })).status).toBe(200);
    vi.setSystemTime(t0 + 60_000 + 3 * 3600_000); // three hours away from the keyboard
    expect((await call("hint", { index: 0 })).status).toBe(200);
    vi.setSystemTime(t0 + 60_000 + 3 * 3600_000 + 30_000);
    const res = await call("check", { seed: 3, commands: ["aws s3 ls", "aws ec2 describe-vpcs"] });
    const { attemptId } = (await res.json()) as { attemptId: string };
    // Group commit writes the attempt shortly after the reply.
    await vi.waitFor(async () => expect(await db.labAttempt.findUnique({ where: { id: attemptId } })).not.toBeNull());
    expect((await db.labAttempt.findUniqueOrThrow({ where: { id: attemptId } })).timeSpentSec).toBe(60 + MAX_GAP + 30);
  });

  it("a duration from the browser is refused, not believed", async () => {
    session.actor = await user();
    const res = await call("check", { seed: 1, commands: [], elapsedMs: 3_600_000 });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/elapsedMs|Unrecognized key/);
  });

  it("a check with no saved session counts from the check itself (0 s), not from the client", async () => {
    session.actor = await user();
    const { attemptId } = (await (await call("check", { seed: 1, commands: ["aws s3 ls"] })).json()) as { attemptId: string };
    await vi.waitFor(async () => expect(await db.labAttempt.findUnique({ where: { id: attemptId } })).not.toBeNull());
    expect((await db.labAttempt.findUniqueOrThrow({ where: { id: attemptId } })).timeSpentSec).toBe(0);
  });
});

describe("an ended session is never graded as a guest's", () => {
  it("a check, hint or solution from a page rendered signed in is refused with 401 once the session is gone", async () => {
    session.actor = null;
    const before = await db.guestLabUse.count();
    for (const [route, body] of [["check", { seed: 1, commands: ["aws s3 ls"] }], ["hint", { index: 0 }], ["solution", { seed: 1 }]] as const) {
      const res = await call(route, body, { "x-pathwise-signed-in": "1" });
      expect(res.status, route).toBe(401);
      expect(((await res.json()) as { error: { code: string; message: string } }).error).toEqual({
        code: "UNAUTHENTICATED",
        message: "Your session has ended, so this was not graded or saved. Sign in again (a new tab keeps this page as it is), then try once more.",
      });
    }
    expect(await db.guestLabUse.count()).toBe(before);
    // A guest's own page (no header) is graded as before.
    const guest = await call("check", { seed: 1, commands: ["aws s3 ls"] });
    expect(guest.status).toBe(200);
    expect(((await guest.json()) as { stored: boolean }).stored).toBe(false);
  });
});

// Issue 16, point 1: a save names the version it builds on; the server applies it only on top of
// that version, so a second tab, a stale page or a request delivered late never overwrites newer work.
describe("a lab save never overwrites newer work", () => {
  type Reply = { saved?: number; version?: number; error?: { code: string; message: string; details?: { version: number; seed: number; commands: string[] } } };
  const save = async (body: unknown) => {
    const res = await call("session", body);
    return { status: res.status, body: (await res.json()) as Reply };
  };
  const stored = async () => JSON.parse((await db.labSession.findUniqueOrThrow({ where: { userId_labId: { userId: session.actor!.id, labId: LAB } } })).commands) as string[];

  it("versions count up; a stale or invented base is refused with 409 and the newer session", async () => {
    session.actor = await user();
    expect(await save({ seed: 4, commands: ["ls"], base: 0 })).toEqual({ status: 200, body: { saved: 1, version: 1 } });
    expect(await save({ seed: 4, commands: ["ls", "pwd"], base: 1 })).toEqual({ status: 200, body: { saved: 2, version: 2 } });
    // A second tab still on version 1 types something else.
    const stale = await save({ seed: 4, commands: ["ls", "whoami"], base: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toEqual({
      code: "CONFLICT",
      message: "This lab was saved from another tab or device since this page last saved (2 commands there).",
      details: { version: 2, seed: 4, commands: ["ls", "pwd"] },
    });
    // A base the server never gave out (ahead of it) is refused the same way.
    expect((await save({ seed: 4, commands: ["x"], base: 9 })).status).toBe(409);
    expect(await stored()).toEqual(["ls", "pwd"]);
  });

  it("a retried save whose reply was lost is acknowledged, not refused and not applied twice", async () => {
    session.actor = await user();
    await save({ seed: 2, commands: ["ls"], base: 0 });
    expect(await save({ seed: 2, commands: ["ls"], base: 0 })).toEqual({ status: 200, body: { saved: 1, version: 1 } });
    const row = await db.labSession.findUniqueOrThrow({ where: { userId_labId: { userId: session.actor.id, labId: LAB } } });
    expect(row.version).toBe(1);
  });

  it("a first save on top of a session someone else started is refused (base 0 but a version exists)", async () => {
    session.actor = await user();
    await save({ seed: 2, commands: ["ls"], base: 0 });
    const second = await save({ seed: 2, commands: ["pwd"], base: 0 });
    expect(second.status).toBe(409);
    expect(second.body.error?.details).toEqual({ version: 1, seed: 2, commands: ["ls"] });
  });

  it("of two saves racing on the same base exactly one wins; the other gets 409 with the winner", async () => {
    session.actor = await user();
    await save({ seed: 1, commands: ["a"], base: 0 });
    const [x, y] = await Promise.all([save({ seed: 1, commands: ["a", "x"], base: 1 }), save({ seed: 1, commands: ["a", "y"], base: 1 })]);
    expect([x.status, y.status].sort()).toEqual([200, 409]);
    const winner = x.status === 200 ? ["a", "x"] : ["a", "y"];
    expect(await stored()).toEqual(winner);
    expect((x.status === 409 ? x : y).body.error?.details?.commands).toEqual(winner);
  });

  it("a save without a base is refused with 400 and says what is missing", async () => {
    session.actor = await user();
    const res = await save({ seed: 1, commands: ["ls"] });
    expect(res.status).toBe(400);
    expect(res.body.error?.message).toMatch(/base/);
  });
});
