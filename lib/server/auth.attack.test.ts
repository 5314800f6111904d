// Attacks on sign-in, run against the real Better Auth configuration (lib/server/auth.ts) and a
// throwaway database: the client's address is the header scripts/server.mjs writes, never
// X-Forwarded-For; and a password guesser spread over many addresses still meets a per-account
// backoff (issue 15).
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "./test-db";

vi.mock("server-only", () => ({}));
useTestDatabase("auth-attack");

type AuthModule = typeof import("./auth");
let auth: AuthModule["auth"];
let backoff: AuthModule["SIGN_IN_BACKOFF"];

beforeAll(async () => {
  ({ auth, SIGN_IN_BACKOFF: backoff } = await import("./auth"));
});
afterEach(() => vi.useRealTimers());

const ORIGIN = "http://localhost:3000";
function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return auth.handler(
    new Request(`${ORIGIN}/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, ...headers },
      body: JSON.stringify(body),
    }),
  );
}
let n = 0;
async function account() {
  n += 1;
  const email = `victim-${n}@example.com`;
  const password = "correct horse battery";
  const res = await post("/sign-up/email", { email, password, name: "Victim" }, { "x-pathwise-client": `10.9.${n}.1` });
  expect(res.status).toBe(200);
  return { email, password };
}

describe("sign-in throttling", () => {
  it("a rotating X-Forwarded-For changes nothing: 429 by the sixth attempt from one client", async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 8; i++) {
      const res = await post("/sign-in/email", { email: `nobody-${i}@example.com`, password: "wrong-password" }, { "x-pathwise-client": "198.51.100.20", "x-forwarded-for": `9.9.9.${i}` });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
  });

  it("per account: five wrong passwords from five addresses, then a wait that doubles, whatever the address", async () => {
    const { email, password } = await account();
    const base = Date.now();
    vi.useFakeTimers({ now: base, toFake: ["Date"] });
    for (let i = 0; i < backoff.free; i++) {
      const res = await post("/sign-in/email", { email, password: "wrong-password" }, { "x-pathwise-client": `203.0.113.${i + 1}` });
      expect(res.status).toBe(401);
    }
    // Sixth attempt, new address, RIGHT password: refused, told how long to wait.
    const locked = await post("/sign-in/email", { email, password }, { "x-pathwise-client": "203.0.113.50" });
    expect(locked.status).toBe(429);
    expect(locked.headers.get("retry-after")).toBe("1");
    expect(((await locked.json()) as { message: string }).message).toBe("Too many failed sign-ins for this account. Try again in 1 second.");
    // The same email in another case is the same account.
    expect((await post("/sign-in/email", { email: email.toUpperCase(), password }, { "x-pathwise-client": "203.0.113.51" })).status).toBe(429);

    // After the wait one more wrong guess is allowed, and the next wait doubles.
    vi.setSystemTime(base + 1_100);
    expect((await post("/sign-in/email", { email, password: "wrong-again" }, { "x-pathwise-client": "203.0.113.52" })).status).toBe(401);
    const doubled = await post("/sign-in/email", { email, password }, { "x-pathwise-client": "203.0.113.53" });
    expect(doubled.status).toBe(429);
    expect(doubled.headers.get("retry-after")).toBe("2");

    // Once the wait is over the owner signs in, and that clears the count.
    vi.setSystemTime(base + 3_500);
    expect((await post("/sign-in/email", { email, password }, { "x-pathwise-client": "203.0.113.54" })).status).toBe(200);
    for (let i = 0; i < backoff.free; i++) {
      expect((await post("/sign-in/email", { email, password: "wrong-password" }, { "x-pathwise-client": `203.0.113.${60 + i}` })).status).toBe(401);
    }
  });

  it("emails with no account are throttled the same way (a lock reveals nothing)", async () => {
    const email = "no-such-user@example.com";
    for (let i = 0; i < backoff.free; i++) {
      expect((await post("/sign-in/email", { email, password: "guess-guess" }, { "x-pathwise-client": `192.0.2.${i + 1}` })).status).toBe(401);
    }
    expect((await post("/sign-in/email", { email, password: "guess-guess" }, { "x-pathwise-client": "192.0.2.99" })).status).toBe(429);
  });

  it("the wait is capped at 15 minutes", async () => {
    const { backoffWaitSec } = await import("./throttle");
    expect([4, 5, 6, 7, 14, 15, 40].map((f) => backoffWaitSec(f, backoff))).toEqual([0, 1, 2, 4, 512, 900, 900]);
  });
});
