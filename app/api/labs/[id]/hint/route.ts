import { LabHintSchema } from "@/lib/content/lab-api";
import { withGuestCookie } from "@/lib/server/guest";
import { jsonRoute } from "@/lib/server/http";
import { labActor, revealHint } from "@/lib/server/labs";
import { actorFor } from "@/lib/server/actor";

/** Reveals a hint (they come one at a time); recorded on the server for learners and guests alike. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return jsonRoute(request, LabHintSchema, 1024, async (body) => {
    const actor = labActor(await actorFor(request), request);
    return withGuestCookie(Response.json(await revealHint(actor, id, body.index)), actor);
  });
}
