// The per-process memo of verified sessions (session-memo.ts): only what Better Auth accepted is
// remembered, a different or altered cookie is always verified again, a session Better Auth deletes
// is forgotten (its database hook), and entries expire.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

let cookie = "";
vi.mock("next/headers", () => ({ headers: async () => new Headers(cookie ? { cookie } : {}) }));

const getSession = vi.fn();
vi.mock("./auth", () => ({ auth: { api: { getSession: (arg: unknown) => getSession(arg) } } }));

const user = { id: "u1", name: "Lea", email: "lea@example.com", createdAt: new Date("2026-01-01T00:00:00Z") };
const valid = "better-auth.session_token=tok123.sig456";

describe("currentUser", () => {
  beforeEach(() => {
    vi.resetModules();
    delete (globalThis as { __pathwiseVerifiedSessions?: unknown }).__pathwiseVerifiedSessions; // the memo is per process (session-memo.ts)
    getSession.mockReset();
    vi.useFakeTimers({ now: new Date("2026-11-22T12:00:00Z") });
  });
  afterEach(() => vi.useRealTimers());

  it("returns null without asking Better Auth when there is no session cookie", async () => {
    const { currentUser } = await import("./session");
    cookie = "theme=dark";
    expect(await currentUser()).toBeNull();
    expect(getSession).not.toHaveBeenCalled();
  });

  it("asks Better Auth once, then serves the verified cookie from memory", async () => {
    const { currentUser } = await import("./session");
    getSession.mockResolvedValue({ user, session: { token: "tok123", expiresAt: new Date("2026-12-01T00:00:00Z") } });
    cookie = valid;
    expect(await currentUser()).toEqual(user);
    expect(await currentUser()).toEqual(user);
    expect(getSession).toHaveBeenCalledTimes(1);
  });

  it("never serves a cookie Better Auth did not accept (an altered signature is verified again and refused)", async () => {
    const { currentUser } = await import("./session");
    getSession.mockResolvedValueOnce({ user, session: { token: "tok123", expiresAt: new Date("2026-12-01T00:00:00Z") } });
    cookie = valid;
    await currentUser();
    getSession.mockResolvedValue(null);
    cookie = "better-auth.session_token=tok123.forged";
    expect(await currentUser()).toBeNull();
    expect(await currentUser()).toBeNull();
    expect(getSession).toHaveBeenCalledTimes(3);
  });

  it("forgets a session Better Auth deletes and re-verifies after a minute or at the session's expiry", async () => {
    const { currentUser } = await import("./session");
    const { forgetSessionToken } = await import("./session-memo");
    getSession.mockResolvedValue({ user, session: { token: "tok123", expiresAt: new Date("2026-12-01T00:00:00Z") } });
    cookie = valid;
    await currentUser();
    forgetSessionToken("tok123"); // what auth.ts's session delete hook calls on sign-out
    getSession.mockResolvedValue(null);
    expect(await currentUser()).toBeNull();
    expect(getSession).toHaveBeenCalledTimes(2);

    getSession.mockResolvedValue({ user, session: { token: "tok123", expiresAt: new Date("2026-11-22T12:00:10Z") } });
    await currentUser(); // verified; the session itself ends in 10 s
    await currentUser();
    expect(getSession).toHaveBeenCalledTimes(3);
    vi.advanceTimersByTime(11_000);
    getSession.mockResolvedValue(null);
    expect(await currentUser()).toBeNull();
    expect(getSession).toHaveBeenCalledTimes(4);

    getSession.mockResolvedValue({ user, session: { token: "tok123", expiresAt: new Date("2026-12-01T00:00:00Z") } });
    await currentUser();
    vi.advanceTimersByTime(59_000);
    await currentUser();
    expect(getSession).toHaveBeenCalledTimes(5);
    vi.advanceTimersByTime(2_000);
    await currentUser();
    expect(getSession).toHaveBeenCalledTimes(6);
  });
});
