import { SubmitExamSchema } from "@/lib/content/practice";
import { jsonRoute } from "@/lib/server/http";
import { submitExam } from "@/lib/server/practice";
import { currentUser } from "@/lib/server/session";

/** Grade an exam once, if it arrives before the deadline (plus a short grace). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return jsonRoute(request, SubmitExamSchema, 256 * 1024, async (body) => submitExam(await currentUser(), id, body));
}
