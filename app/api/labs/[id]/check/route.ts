import { LabCheckSchema } from "@/lib/content/lab-api";
import { jsonRoute } from "@/lib/server/http";
import { checkLab } from "@/lib/server/labs";
import { actorFor } from "@/lib/server/actor";

/** "Check": the server replays the commands from the lab's start and grades the goals. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // 2,000 commands of up to 4 KB each, JSON-encoded.
  return jsonRoute(request, LabCheckSchema, 9 * 1024 * 1024, async (body) => checkLab(await actorFor(request), id, body));
}
