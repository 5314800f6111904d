import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { getSessionCookie } from "better-auth/cookies";
import { auth } from "./auth";
import { recallSession, rememberSession } from "./session-memo";

export type CurrentUser = { id: string; name: string; email: string; createdAt: Date };

/** The signed-in user for this request, or null for a guest. Cached per request (see session-memo.ts). */
export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  const requestHeaders = await headers();
  const cookie = getSessionCookie(requestHeaders);
  if (!cookie) return null;
  const known = recallSession(cookie);
  if (known) return known;
  // Skip Better Auth's signed cookie cache: it would keep a signed-out session alive for up to a
  // minute for anyone holding a copy of the cookies. The memo above is forgotten the moment Better
  // Auth deletes a session, so sign-out is immediate in this process (security.md, V3.3).
  const session = await auth.api.getSession({ headers: requestHeaders, query: { disableCookieCache: true } });
  if (!session) return null;
  const { id, name, email, createdAt } = session.user;
  const user = { id, name, email, createdAt };
  rememberSession(cookie, session.session, user);
  return user;
});
