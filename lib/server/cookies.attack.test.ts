// Cookie flags when the site is served over HTTPS (PUBLIC_URL=https://…): Secure, HttpOnly,
// SameSite=Lax and the __Secure- prefix on the session cookies, and Secure on the guest cookie.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "./test-db";

vi.mock("server-only", () => ({}));
useTestDatabase("cookies-attack");

const ORIGIN = "https://pathwise.example";
let auth: typeof import("./auth")["auth"];
beforeAll(async () => {
  process.env.PUBLIC_URL = ORIGIN;
  auth = (await import("./auth")).auth;
});

describe("with an https PUBLIC_URL", () => {
  it("session cookies are __Secure-, Secure, HttpOnly and SameSite=Lax", async () => {
    const res = await auth.handler(
      new Request(`${ORIGIN}/api/auth/sign-up/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: ORIGIN, "x-pathwise-client": "198.51.100.3" },
        body: JSON.stringify({ email: "secure@example.com", password: "correct horse battery", name: "Sec" }),
      }),
    );
    expect(res.status).toBe(200);
    const cookies = res.headers.getSetCookie();
    const session = cookies.filter((c) => /^__Secure-better-auth\.session_(token|data)=/.test(c));
    expect(session.length).toBeGreaterThanOrEqual(1);
    for (const c of session) {
      expect(c).toMatch(/; Secure/i);
      expect(c).toMatch(/; HttpOnly/i);
      expect(c).toMatch(/; SameSite=Lax/i);
    }
    expect(cookies.some((c) => c.startsWith("better-auth."))).toBe(false);
  });

  it("the guest cookie is Secure too", async () => {
    const { withGuestCookie } = await import("./guest");
    const res = withGuestCookie(new Response("{}"), { kind: "guest", guestId: "a".repeat(24), isNew: true });
    expect(res.headers.get("set-cookie")).toBe(`pw_guest=${"a".repeat(24)}; Path=/; Max-Age=2592000; HttpOnly; SameSite=Lax; Secure`);
  });
});
