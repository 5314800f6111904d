import { QuizSubmissionSchema } from "@/lib/content/grade";
import { AppError, errorResponse } from "@/lib/server/errors";
import { readJsonBody } from "@/lib/server/http";
import { submitQuizAttempt } from "@/lib/server/quizzes";
import { currentUser } from "@/lib/server/session";

/** Grade a quiz submission on the server; stored for signed-in learners. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const body = await readJsonBody(request, 32 * 1024);
    const parsed = QuizSubmissionSchema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new AppError("BAD_REQUEST", `Invalid submission: ${issue.path.join(".") || "body"}: ${issue.message}`);
    }
    return Response.json(await submitQuizAttempt(await currentUser(), id, parsed.data));
  } catch (error) {
    return errorResponse(error);
  }
}
