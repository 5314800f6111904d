import { exportMyData } from "@/lib/server/account";
import { downloadRoute } from "@/lib/server/http";
import { currentUser } from "@/lib/server/session";

/** "Download my data": the signed-in learner's data as a JSON file. */
export async function GET() {
  return downloadRoute("application/json; charset=utf-8", async () => {
    const data = await exportMyData(await currentUser());
    return { filename: `pathwise-my-data-${data.exportedAt.slice(0, 10)}.json`, body: JSON.stringify(data, null, 2) + "\n" };
  });
}
