import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { auth } from "./auth";

export type CurrentUser = { id: string; name: string; email: string; createdAt: Date };

/** The signed-in user for this request, or null for a guest. Cached per request. */
export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  const { id, name, email, createdAt } = session.user;
  return { id, name, email, createdAt };
});
