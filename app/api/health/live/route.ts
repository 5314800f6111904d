export const dynamic = "force-dynamic";

/**
 * Liveness: answers as soon as the process can serve a request, touching nothing else (the
 * readiness check, /api/health, also asks the database). The load test uses it as the framework's
 * own ceiling.
 */
export function GET() {
  return Response.json({ status: "ok" });
}
