import { exportGradebookCsv } from "@/lib/server/classes";
import { downloadRoute } from "@/lib/server/http";
import { currentUser } from "@/lib/server/session";

/** The gradebook as CSV (instructor only): one row per learner, three columns per assignment. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return downloadRoute("text/csv; charset=utf-8", async () => {
    const { id } = await params;
    const { filename, csv } = await exportGradebookCsv(await currentUser(), id);
    return { filename, body: csv };
  });
}
