import { CreateClassSchema } from "@/lib/content/classes";
import { createClass } from "@/lib/server/classes";
import { jsonRoute } from "@/lib/server/http";
import { currentUser } from "@/lib/server/session";

/** Create a class; the signed-in user becomes its instructor. */
export async function POST(request: Request) {
  return jsonRoute(request, CreateClassSchema, 4 * 1024, async (body) => createClass(await currentUser(), body));
}
