// Failure modes of the database (issue 15): read-only, full, busy. Every route answers 503 with a
// clear message and a Retry-After instead of a 500, and nothing is half-written. The database is
// made read-only with `PRAGMA query_only` and full with `PRAGMA max_page_count` on the serving
// connection (the tests run as root on CI, where chmod would not stop a write).
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "./session";
import { useTestDatabase } from "./test-db";

vi.mock("server-only", () => ({}));
const session = vi.hoisted(() => ({ actor: null as CurrentUser | null }));
vi.mock("./session", () => ({ currentUser: async () => session.actor }));
useTestDatabase("db-attack");

let db: typeof import("./db")["db"];
beforeAll(async () => {
  process.env.DATABASE_BUSY_TIMEOUT_MS = "300";
  db = (await import("./db")).db;
  const u = await db.user.create({ data: { id: "db-u1", name: "Lea", email: "lea@example.com" } });
  session.actor = { id: u.id, name: u.name, email: u.email, createdAt: u.createdAt };
});
afterEach(async () => {
  await db.$executeRawUnsafe("PRAGMA query_only = OFF");
  await db.$queryRawUnsafe("PRAGMA max_page_count = 1073741823");
});

const ORIGIN = "http://localhost:3000";
type Handler = (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>;
async function send(load: () => Promise<Record<string, unknown>>, method: "POST" | "PUT", path: string, params: Record<string, string>, body: unknown) {
  const handler = (await load())[method] as Handler;
  const res = await handler(new Request(`${ORIGIN}${path}`, { method, headers: { "content-type": "application/json", origin: ORIGIN, host: "localhost:3000" }, body: JSON.stringify(body) }), { params: Promise.resolve(params) });
  return { status: res.status, retryAfter: res.headers.get("retry-after"), body: (await res.json()) as { error?: { code: string; message: string } } };
}
/** Saves on top of whatever is stored (the version the page would know). */
const saveLab = async (commands: string[], known?: number) => {
  const actor = session.actor;
  const base = known ?? (actor ? ((await db.labSession.findFirst({ where: { userId: actor.id, labId: "s3-gateway-endpoint" } }))?.version ?? 0) : 0);
  return send(() => import("@/app/api/labs/[id]/session/route"), "PUT", "/api/labs/s3-gateway-endpoint/session", { id: "s3-gateway-endpoint" }, { seed: 1, commands, base });
};
const submitQuiz = () => send(() => import("@/app/api/quizzes/[id]/attempts/route"), "POST", "/api/quizzes/09-gateway-endpoints/attempts", { id: "09-gateway-endpoints" }, { answers: {} });
const createClass = () => send(() => import("@/app/api/classes/route"), "POST", "/api/classes", {}, { name: "Networking 101" });

async function counts() {
  return { sessions: await db.labSession.count(), quizzes: await db.quizAttempt.count(), classes: await db.class.count() };
}

describe("the database can't take writes", () => {
  it("read-only: 503 UNAVAILABLE with a clear message from every kind of write, nothing stored, and fine again after", async () => {
    const before = await counts();
    await db.$executeRawUnsafe("PRAGMA query_only = ON");
    for (const attempt of [() => saveLab(["aws s3 ls"]), submitQuiz, createClass]) {
      const res = await attempt();
      expect(res.status).toBe(503);
      expect(res.retryAfter).toBe("30");
      expect(res.body.error).toEqual({ code: "UNAVAILABLE", message: "Pathwise can't save right now: its database is read-only. Nothing was saved; try again later." });
    }
    await db.$executeRawUnsafe("PRAGMA query_only = OFF");
    expect(await counts()).toEqual(before);
    expect((await saveLab(["aws s3 ls"])).status).toBe(200);
    expect((await submitQuiz()).status).toBe(200);
  });

  it("disk full: 503 with a clear message; the earlier save is intact, the new one not half-written", async () => {
    expect((await saveLab(["aws s3 ls"])).status).toBe(200);
    const pages = (await db.$queryRawUnsafe<Array<{ page_count: bigint }>>("PRAGMA page_count"))[0].page_count;
    await db.$queryRawUnsafe(`PRAGMA max_page_count = ${Number(pages)}`);
    const big = Array.from({ length: 1500 }, (_, i) => `aws ec2 describe-vpcs --vpc-ids vpc-${String(i).padStart(17, "0")} ${"x".repeat(200)}`);
    const res = await saveLab(big);
    expect(res.status).toBe(503);
    expect(res.body.error?.message).toBe("Pathwise can't save right now: the server's disk is full. Nothing was saved; try again later.");
    await db.$queryRawUnsafe("PRAGMA max_page_count = 1073741823");
    const row = await db.labSession.findFirstOrThrow({ where: { userId: session.actor!.id, labId: "s3-gateway-endpoint" } });
    expect(JSON.parse(row.commands)).toEqual(["aws s3 ls"]);
  });
});

describe("the database is locked by another process", () => {
  it("a write waits the busy timeout, then answers 503 — it does not hang", async () => {
    const Database = (await import("better-sqlite3")).default;
    const { sqlitePath, env } = await import("./env");
    const other = new Database(sqlitePath(env().DATABASE_URL));
    try {
      const base = (await db.labSession.findFirst({ where: { userId: session.actor!.id } }))?.version ?? 0;
      other.exec("BEGIN EXCLUSIVE");
      const started = performance.now();
      const res = await saveLab(["aws s3 ls", "ls"], base);
      const took = performance.now() - started;
      expect(res.status).toBe(503);
      expect(res.body.error?.message).toBe("Pathwise's database is busy. Nothing was saved; try again in a moment.");
      expect(took).toBeLessThan(5_000);
    } finally {
      other.exec("ROLLBACK");
      other.close();
    }
    expect((await saveLab(["aws s3 ls", "ls"])).status).toBe(200);
  });
});

describe("errorResponse", () => {
  it.each([
    ["SQLITE_READONLY", 503],
    ["SQLITE_READONLY_DBMOVED", 503],
    ["SQLITE_FULL", 503],
    ["SQLITE_BUSY", 503],
    ["SQLITE_BUSY_TIMEOUT", 503],
    ["P1008", 503],
    ["SQLITE_IOERR_WRITE", 503],
    ["SQLITE_CONSTRAINT", 500],
    ["P2002", 500],
  ])("a database error coded %s answers %i without internals", async (code, status) => {
    const { errorResponse } = await import("./errors");
    const spy = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const res = errorResponse(Object.assign(new Error(`secret detail at /srv/app/lib/x.ts:1`), { code }));
    spy.mockRestore();
    expect(res.status).toBe(status);
    expect(await res.text()).not.toMatch(/secret detail|\.ts:\d/);
  });
});
