import { RateSchema } from "@/lib/content/practice";
import { jsonRoute } from "@/lib/server/http";
import { rateReviewCard } from "@/lib/server/practice";
import { currentUser } from "@/lib/server/session";

/** Self-rate a due interview-prompt card (Again/Hard/Good/Easy). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return jsonRoute(request, RateSchema, 1024, async (body) => rateReviewCard(await currentUser(), id, body.rating));
}
