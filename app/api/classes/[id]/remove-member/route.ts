import { RemoveMemberSchema } from "@/lib/content/classes";
import { removeMember } from "@/lib/server/classes";
import { jsonRoute } from "@/lib/server/http";
import { currentUser } from "@/lib/server/session";

/** Remove a learner from the class (soft: their attempts stay theirs). Instructor only. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return jsonRoute(request, RemoveMemberSchema, 1024, async (body) => {
    await removeMember(await currentUser(), id, body.userId);
    return { ok: true };
  });
}
