import { EmptySchema } from "@/lib/content/practice";
import { jsonRoute } from "@/lib/server/http";
import { revealPrompt } from "@/lib/server/practice";

/** The model answer and key points of an interview prompt, sent only on "Reveal". */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return jsonRoute(request, EmptySchema, 1024, async () => revealPrompt(id));
}
