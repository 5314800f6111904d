import { EmptySchema } from "@/lib/content/classes";
import { regenerateJoinCode } from "@/lib/server/classes";
import { jsonRoute } from "@/lib/server/http";
import { currentUser } from "@/lib/server/session";

/** Replace the join code; the old one stops working (instructor only). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return jsonRoute(request, EmptySchema, 1024, async () => regenerateJoinCode(await currentUser(), id));
}
