import "server-only";
import type { CurrentUser } from "./session";

/**
 * Sessions Better Auth has already verified in this process, keyed by the exact signed session
 * cookie. Asking Better Auth costs ~2.5 ms of CPU per request (cookie parsing, two HMAC checks
 * through WebCrypto, its endpoint pipeline), which was most of a quiz submission. An entry is only
 * written after Better Auth accepted that cookie, so a forged or altered cookie never matches; it
 * is trusted for at most a minute (the time Better Auth's signed cookie cache is already trusted
 * for) and never past the session's own expiry. Every session Better Auth deletes — sign-out,
 * revoking sessions, deleting the user — is forgotten at once through its database hook
 * (auth.ts → forgetSessionToken).
 */
const VERIFIED_TTL_MS = 60_000;
const VERIFIED_MAX = 20_000;
// One map per process, not per module copy: Next bundles each route separately, so the auth route
// that deletes a session or renames a user and the page that reads it may hold different copies
// of this module. globalThis is shared by all of them.
type Entry = { user: CurrentUser; token: string; until: number };
const store = globalThis as typeof globalThis & { __pathwiseVerifiedSessions?: Map<string, Entry> };
const verified = (store.__pathwiseVerifiedSessions ??= new Map<string, Entry>());

export function recallSession(cookie: string): CurrentUser | undefined {
  const hit = verified.get(cookie);
  if (!hit) return undefined;
  if (hit.until > Date.now()) return hit.user;
  verified.delete(cookie);
  return undefined;
}

export function rememberSession(cookie: string, session: { token: string; expiresAt: Date }, user: CurrentUser): void {
  if (verified.size >= VERIFIED_MAX) verified.delete(verified.keys().next().value as string);
  verified.set(cookie, { user, token: session.token, until: Math.min(Date.now() + VERIFIED_TTL_MS, new Date(session.expiresAt).getTime()) });
}

/** Forgets every cookie of the session with this token (called when Better Auth deletes it). */
export function forgetSessionToken(token: string): void {
  for (const [cookie, entry] of verified) if (entry.token === token) verified.delete(cookie);
}

/** Forgets every remembered session of this user (their name or email changed: read them again). */
export function forgetUser(userId: string): void {
  for (const [cookie, entry] of verified) if (entry.user.id === userId) verified.delete(cookie);
}
