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
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const { id, name, email, createdAt } = session.user;
  const user = { id, name, email, createdAt };
  rememberSession(cookie, session.session, user);
  return user;
});
