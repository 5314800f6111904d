import { LabHintSchema } from "@/lib/content/lab-api";
import { jsonRoute } from "@/lib/server/http";
import { revealHint } from "@/lib/server/labs";
import { currentUser } from "@/lib/server/session";

/** Reveals the next hint (they come one at a time; recorded for signed-in learners). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return jsonRoute(request, LabHintSchema, 1024, async (body) => revealHint(await currentUser(), id, body.index));
}
