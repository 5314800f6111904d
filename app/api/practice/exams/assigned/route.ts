import { z } from "zod";
import { jsonRoute } from "@/lib/server/http";
import { startAssignedExam } from "@/lib/server/practice";
import { currentUser } from "@/lib/server/session";

const Body = z.object({ assignmentId: z.string().min(1).max(64) }).strict();

/** Start a class's assigned exam (fixed questions and time limit). */
export async function POST(request: Request) {
  return jsonRoute(request, Body, 1024, async (body) => startAssignedExam(await currentUser(), body.assignmentId));
}
