import { GuestProgressSchema } from "@/lib/content/progress";
import { jsonRoute } from "@/lib/server/http";
import { mergeGuestProgress } from "@/lib/server/progress";
import { currentUser } from "@/lib/server/session";

/** POST the browser's guest progress after signing in; it is merged into the account. */
export async function POST(request: Request) {
  return jsonRoute(request, GuestProgressSchema, 64 * 1024, async (body) => mergeGuestProgress(await currentUser(), body));
}
