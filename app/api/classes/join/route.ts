import { JoinClassSchema } from "@/lib/content/classes";
import { joinClass } from "@/lib/server/classes";
import { clientAddressOf } from "@/lib/server/client";
import { jsonRoute } from "@/lib/server/http";
import { currentUser } from "@/lib/server/session";

/** Join a class with its join code. */
export async function POST(request: Request) {
  return jsonRoute(request, JoinClassSchema, 1024, async (body) => joinClass(await currentUser(), body.code, clientAddressOf(request)));
}
