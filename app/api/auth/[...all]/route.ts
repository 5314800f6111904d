import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/server/auth";
import { forgetSession } from "@/lib/server/session";

const handlers = toNextJsHandler(auth);

export const GET = handlers.GET;

/** Better Auth's endpoints; signing out (or revoking sessions) also forgets this process's verified copy. */
export async function POST(request: Request): Promise<Response> {
  if (/\/(sign-out|revoke-sessions?|revoke-other-sessions|delete-user|change-password)$/.test(new URL(request.url).pathname)) forgetSession(request.headers);
  return handlers.POST(request);
}
