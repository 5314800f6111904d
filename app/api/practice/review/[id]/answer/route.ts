import { ReviewAnswerSchema } from "@/lib/content/practice";
import { jsonRoute } from "@/lib/server/http";
import { answerReviewCard } from "@/lib/server/practice";
import { currentUser } from "@/lib/server/session";

/** Answer a due question card; the server grades it and schedules the next review. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return jsonRoute(request, ReviewAnswerSchema, 16 * 1024, async (body) =>
    answerReviewCard(await currentUser(), id, body.answer),
  );
}
