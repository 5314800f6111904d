import { StartExamSchema } from "@/lib/content/practice";
import { jsonRoute } from "@/lib/server/http";
import { startExam } from "@/lib/server/practice";
import { currentUser } from "@/lib/server/session";

/** Start a timed practice exam: the questions and the deadline are fixed here, on the server. */
export async function POST(request: Request) {
  return jsonRoute(request, StartExamSchema, 4 * 1024, async (body) => startExam(await currentUser(), body));
}
