import { LearnAnswerSchema } from "@/lib/content/practice";
import { jsonRoute } from "@/lib/server/http";
import { answerLearnQuestion } from "@/lib/server/practice";
import { currentUser } from "@/lib/server/session";

/** Learn mode: grade one answer and return the explanation; stored for signed-in learners. */
export async function POST(request: Request) {
  return jsonRoute(request, LearnAnswerSchema, 16 * 1024, async (body) =>
    answerLearnQuestion(await currentUser(), body.questionId, body.answer),
  );
}
