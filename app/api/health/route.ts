import { db } from "@/lib/server/db";

export const dynamic = "force-dynamic";

/** Liveness and readiness: answers ok only when the database answers a query. */
export async function GET() {
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return Response.json({ status: "ok" });
  } catch (error) {
    console.error("[pathwise] health check failed", error);
    return Response.json({ status: "error", message: "database unavailable" }, { status: 503 });
  }
}
