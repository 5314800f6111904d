import "server-only";
import { notFound, redirect } from "next/navigation";
import { AppError } from "@/lib/server/errors";
import { currentUser, type CurrentUser } from "@/lib/server/session";

/**
 * Runs a class data-layer call for a page: guests go to sign in (and come back), anything the
 * user may not see is a 404. The data layer does the authorization; this only maps its answers.
 */
export async function forPage<T>(next: string, load: (user: CurrentUser) => Promise<T>): Promise<{ user: CurrentUser; data: T }> {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(next)}`);
  let data: T;
  try {
    data = await load(user);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    if (error instanceof AppError && error.code === "UNAUTHENTICATED") redirect(`/sign-in?next=${encodeURIComponent(next)}`);
    throw error;
  }
  return { user, data };
}
