import { QuizSubmissionSchema } from "@/lib/content/grade";
import { jsonRoute } from "@/lib/server/http";
import { submitQuizAttempt } from "@/lib/server/quizzes";
import { actorFor } from "@/lib/server/actor";

/** Grade a quiz submission on the server; stored for signed-in learners. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return jsonRoute(request, QuizSubmissionSchema, 32 * 1024, async (body) => submitQuizAttempt(await actorFor(request), id, body));
}
