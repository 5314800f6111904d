import "server-only";
import { SESSION_ENDED_MESSAGE, SIGNED_IN_HEADER } from "@/lib/content/signed-in";
import { AppError } from "./errors";
import { currentUser, type CurrentUser } from "./session";

/**
 * The signed-in user for a request that guests may also make. A page rendered for a signed-in
 * learner says so (SIGNED_IN_HEADER); when its session has ended since, the request is refused
 * (401 SESSION_ENDED), never recorded as a guest's.
 */
export async function actorFor(request: Request): Promise<CurrentUser | null> {
  const user = await currentUser();
  if (!user && request.headers.get(SIGNED_IN_HEADER) === "1") throw new AppError("UNAUTHENTICATED", SESSION_ENDED_MESSAGE);
  return user;
}
