import { RateSchema } from "@/lib/content/practice";
import { jsonRoute } from "@/lib/server/http";
import { ratePrompt } from "@/lib/server/practice";
import { currentUser } from "@/lib/server/session";

/** Self-rating after revealing a prompt's model answer; schedules it for spaced repetition. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return jsonRoute(request, RateSchema, 1024, async (body) => ratePrompt(await currentUser(), id, body.rating));
}
