import { CreateAssignmentSchema } from "@/lib/content/classes";
import { createAssignment } from "@/lib/server/classes";
import { jsonRoute } from "@/lib/server/http";
import { currentUser } from "@/lib/server/session";

/** Assign a lab, a lesson quiz or a fixed-question practice exam (instructor only). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return jsonRoute(request, CreateAssignmentSchema, 8 * 1024, async (body) => createAssignment(await currentUser(), id, body));
}
