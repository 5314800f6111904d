// The memo of verified sessions is wired to Better Auth itself: when Better Auth deletes a session
// (sign-out, revocation, user deletion all go through its internal adapter), the memo forgets it.
import { beforeAll, expect, it, vi } from "vitest";
import { useTestDatabase } from "./test-db";

vi.mock("server-only", () => ({}));

useTestDatabase("session-memo");
let auth: typeof import("./auth")["auth"];
let memo: typeof import("./session-memo");
beforeAll(async () => {
  auth = (await import("./auth")).auth;
  memo = await import("./session-memo");
});

it("forgets a remembered session as soon as Better Auth deletes it", async () => {
  const signedUp = await auth.api.signUpEmail({ body: { name: "Memo", email: "memo@example.com", password: "memo-test-password" } });
  const token = signedUp.token;
  expect(token).toBeTruthy();
  const user = { id: signedUp.user.id, name: "Memo", email: "memo@example.com", createdAt: new Date() };
  memo.rememberSession("signed-cookie-a", { token: token!, expiresAt: new Date(Date.now() + 3_600_000) }, user);
  memo.rememberSession("signed-cookie-b", { token: "another-session", expiresAt: new Date(Date.now() + 3_600_000) }, user);
  expect(memo.recallSession("signed-cookie-a")).toEqual(user);

  const ctx = await auth.$context;
  await ctx.internalAdapter.deleteSession(token!);

  expect(memo.recallSession("signed-cookie-a")).toBeUndefined();
  expect(memo.recallSession("signed-cookie-b")).toEqual(user);
});
