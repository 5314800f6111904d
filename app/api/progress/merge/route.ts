import { GuestProgressSchema } from "@/lib/content/progress";
import { AppError, errorResponse } from "@/lib/server/errors";
import { readJsonBody } from "@/lib/server/http";
import { mergeGuestProgress } from "@/lib/server/progress";
import { currentUser } from "@/lib/server/session";

/** POST the browser's guest progress after signing in; it is merged into the account. */
export async function POST(request: Request) {
  try {
    const body = await readJsonBody(request, 64 * 1024);
    const parsed = GuestProgressSchema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new AppError("BAD_REQUEST", `Invalid progress: ${issue.path.join(".") || "body"}: ${issue.message}`);
    }
    return Response.json(await mergeGuestProgress(await currentUser(), parsed.data));
  } catch (error) {
    return errorResponse(error);
  }
}
