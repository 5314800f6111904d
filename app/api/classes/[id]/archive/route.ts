import { EmptySchema } from "@/lib/content/classes";
import { archiveClass } from "@/lib/server/classes";
import { jsonRoute } from "@/lib/server/http";
import { currentUser } from "@/lib/server/session";

/** Archive the class: no more joins or assignments; still viewable (instructor only). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return jsonRoute(request, EmptySchema, 1024, async () => archiveClass(await currentUser(), id));
}
