import "server-only";
import { AppError, errorResponse } from "./errors";

/**
 * Reads a JSON request body of at most `maxBytes`, refusing cross-site posts: a browser always
 * sends Origin on a POST, so a mismatching one is a forged cross-origin request.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const origin = request.headers.get("origin");
  const host = request.headers.get("host");
  if (origin && host && new URL(origin).host !== host) {
    throw new AppError("FORBIDDEN", "Cross-site requests are not allowed.");
  }
  const type = request.headers.get("content-type") ?? "";
  if (!type.includes("application/json")) throw new AppError("BAD_REQUEST", "Send the body as application/json.");
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new AppError("BAD_REQUEST", `The request body is larger than ${maxBytes} bytes.`);
  const text = await request.text();
  if (new TextEncoder().encode(text).length > maxBytes) {
    throw new AppError("BAD_REQUEST", `The request body is larger than ${maxBytes} bytes.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON.");
  }
  if (!wellFormed(value)) {
    // "\uD800" is valid JSON but no text at all: it cannot be stored or shown (found by routes.attack.test.ts).
    throw new AppError("BAD_REQUEST", "The request body contains a lone UTF-16 surrogate (\\uD800–\\uDFFF), which is not text.");
  }
  return value;
}

/** Whether every string (and key) in a parsed JSON value is well-formed Unicode. */
function wellFormed(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === "string") {
      if (!v.isWellFormed()) return false;
    } else if (Array.isArray(v)) {
      for (const item of v) stack.push(item);
    } else if (v && typeof v === "object") {
      for (const [k, item] of Object.entries(v)) {
        if (!k.isWellFormed()) return false;
        stack.push(item);
      }
    }
  }
  return true;
}

/**
 * The shape of every JSON POST/PUT route: read a bounded body, validate it with `schema` (a 400
 * with the first problem otherwise), run `handler`, and turn errors into safe JSON responses.
 */
export async function jsonRoute<T>(
  request: Request,
  schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } } },
  maxBytes: number,
  handler: (body: T) => Promise<unknown>,
): Promise<Response> {
  try {
    const parsed = schema.safeParse(await readJsonBody(request, maxBytes));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new AppError("BAD_REQUEST", `Invalid request: ${issue.path.map(String).join(".") || "body"}: ${issue.message}`);
    }
    const result = await handler(parsed.data);
    return result instanceof Response ? result : Response.json(result ?? { ok: true });
  } catch (error) {
    return errorResponse(error);
  }
}

/**
 * A GET that downloads a file built for the signed-in user (a gradebook CSV, "my data"): sent as
 * an attachment, never cached; any error becomes the usual JSON error response.
 */
export async function downloadRoute(contentType: string, build: () => Promise<{ filename: string; body: string }>): Promise<Response> {
  try {
    const { filename, body } = await build();
    return new Response(body, {
      headers: {
        "content-type": contentType,
        "content-disposition": `attachment; filename="${filename}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
