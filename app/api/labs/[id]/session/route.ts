import { LabSessionSchema } from "@/lib/content/lab-api";
import { jsonRoute } from "@/lib/server/http";
import { saveLabSession } from "@/lib/server/labs";
import { currentUser } from "@/lib/server/session";

/** Saves a signed-in learner's in-progress lab (commands and seed) so a reload restores it. */
export async function PUT(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return jsonRoute(request, LabSessionSchema, 9 * 1024 * 1024, async (body) => saveLabSession(await currentUser(), id, body));
}
