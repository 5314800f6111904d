import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { db } from "./db";
import { env } from "./env";
import { forgetSessionToken, forgetUser } from "./session-memo";
import { CLIENT_HEADER } from "./client";
import { guestIdFromCookies, mergeGuestLabUse } from "./guest";
import { backoffClaim, backoffClear, formatWait, type BackoffRule } from "./throttle";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/content/account";


function origins(): string[] {
  const { PUBLIC_URL, PORT } = env();
  if (PUBLIC_URL) return [new URL(PUBLIC_URL).origin];
  return [`http://localhost:${PORT}`, `http://127.0.0.1:${PORT}`];
}

/**
 * Per-account sign-in backoff, independent of the client's address: five wrong passwords are free,
 * then each further attempt waits 1, 2, 4 … seconds, up to 15 minutes; a day without attempts
 * forgets them. Counted for every email tried, existing or not, so a lock tells nobody whether an
 * account exists. A correct password during a wait is refused too (else the wait stops nothing).
 */
export const SIGN_IN_BACKOFF: BackoffRule = { free: 5, maxWaitSec: 15 * 60, forgetSec: 24 * 3600 };
const signInKey = (email: string) => `signin:${email.trim().toLowerCase()}`;

const beforeHook = createAuthMiddleware(async (ctx) => {
  if (ctx.path !== "/sign-in/email") return;
  const email: unknown = (ctx.body as { email?: unknown } | undefined)?.email;
  if (typeof email !== "string" || email.length > 320) return; // Better Auth refuses the body itself
  const wait = await backoffClaim(signInKey(email), SIGN_IN_BACKOFF);
  if (wait > 0) {
    throw new APIError(
      "TOO_MANY_REQUESTS",
      { code: "ACCOUNT_BACKOFF", message: `Too many failed sign-ins for this account. Try again in ${formatWait(wait)}.` },
      { "Retry-After": String(wait) },
    );
  }
});

const afterHook = createAuthMiddleware(async (ctx) => {
  const created = ctx.context.newSession;
  if (!created || (ctx.path !== "/sign-in/email" && ctx.path !== "/sign-up/email")) return;
  if (ctx.path === "/sign-in/email") await backoffClear(signInKey(created.user.email));
  // What this browser revealed as a guest (hints, solutions) now counts for the account.
  const guestId = guestIdFromCookies(ctx.headers?.get("cookie"));
  if (guestId) await mergeGuestLabUse(guestId, created.user.id);
});

function secret(): string {
  const configured = env().BETTER_AUTH_SECRET;
  if (configured) return configured;
  if (env().NODE_ENV === "production" && process.env.NEXT_PHASE !== "phase-production-build") {
    throw new Error("BETTER_AUTH_SECRET is not set. `npm start` creates one in data/; set it yourself when deploying.");
  }
  // Development and the build step only: never used to sign a real session.
  return "pathwise-development-secret-not-for-production-use";
}

/**
 * Better Auth: email + password accounts, sessions stored in the database (HttpOnly, SameSite=Lax,
 * Secure when the site is served over HTTPS), scrypt password hashing and rate limiting from the
 * library. See docs/decisions/001-stack.md.
 */
export const auth = betterAuth({
  appName: "Pathwise",
  baseURL: env().PUBLIC_URL ?? origins()[0],
  secret: secret(),
  trustedOrigins: origins(),
  database: prismaAdapter(db, { provider: "sqlite" }),
  emailAndPassword: {
    enabled: true,
    minPasswordLength: PASSWORD_MIN,
    maxPasswordLength: PASSWORD_MAX,
    autoSignIn: true,
  },
  session: {
    expiresIn: 60 * 60 * 24 * 30,
    updateAge: 60 * 60 * 24,
    // A signed copy of the session in a second HttpOnly cookie, trusted for up to a minute, spares a
    // database read on every request; sign-out clears it, and a revoked session lasts at most 60 s.
    cookieCache: { enabled: true, maxAge: 60 },
  },
  rateLimit: {
    enabled: true,
    storage: "database",
    window: 60,
    max: 300,
    customRules: {
      "/sign-in/email": { window: 60, max: env().AUTH_SIGNIN_LIMIT },
      "/sign-up/email": { window: 60, max: 20 },
    },
  },
  advanced: {
    // The client's address is the one scripts/server.mjs decided from the socket (and TRUST_PROXY);
    // a client's own X-Forwarded-For never reaches here. Without that header (e.g. plain
    // `next start`) every client shares one bucket: stricter, never looser.
    ipAddress: { ipAddressHeaders: [CLIENT_HEADER] },
    useSecureCookies: (env().PUBLIC_URL ?? "").startsWith("https://"),
    defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
  },
  // Every session Better Auth deletes (sign-out, revoking, deleting the user) leaves this
  // process's memo of verified sessions at once (session-memo.ts).
  databaseHooks: {
    // A changed name or email shows at once on this process's next request.
    user: {
      update: {
        after: async (user) => forgetUser(user.id),
      },
    },
    session: {
      delete: {
        after: async (session) => forgetSessionToken(session.token),
      },
    },
  },
  hooks: { before: beforeHook, after: afterHook },
  telemetry: { enabled: false },
  plugins: [nextCookies()],
});

export type Session = typeof auth.$Infer.Session;
