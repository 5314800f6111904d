import { exportGradebookCsv } from "@/lib/server/classes";
import { errorResponse } from "@/lib/server/errors";
import { currentUser } from "@/lib/server/session";

/** The gradebook as CSV (instructor only): one row per learner, three columns per assignment. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const { filename, csv } = await exportGradebookCsv(await currentUser(), id);
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${filename}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
