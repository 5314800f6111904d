import { exportMyData } from "@/lib/server/account";
import { errorResponse } from "@/lib/server/errors";
import { currentUser } from "@/lib/server/session";

/** "Download my data": the signed-in learner's data as a JSON file. */
export async function GET() {
  try {
    const data = await exportMyData(await currentUser());
    const day = data.exportedAt.slice(0, 10);
    return new Response(JSON.stringify(data, null, 2) + "\n", {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="pathwise-my-data-${day}.json"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
