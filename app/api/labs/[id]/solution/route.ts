import { z } from "zod";
import { withGuestCookie } from "@/lib/server/guest";
import { jsonRoute } from "@/lib/server/http";
import { labActor, revealSolution } from "@/lib/server/labs";
import { actorFor } from "@/lib/server/actor";

const Body = z.object({ seed: z.number().int().min(0).max(2 ** 31 - 1) }).strict();

/** Reveals the reference solution; the reveal is recorded with the learner's attempts. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return jsonRoute(request, Body, 1024, async (body) => {
    const actor = labActor(await actorFor(request), request);
    return withGuestCookie(Response.json(await revealSolution(actor, id, body.seed)), actor);
  });
}
