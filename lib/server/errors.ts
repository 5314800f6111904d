import "server-only";

export type AppErrorCode = "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED";

const STATUS: Record<AppErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

/** An expected failure with a code and a message that is safe to show to the user. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly status: number;
  /** For RATE_LIMITED: sent as Retry-After. */
  readonly retryAfterSec?: number;
  constructor(code: AppErrorCode, message: string, extra?: { retryAfterSec?: number }) {
    super(message);
    this.code = code;
    this.status = STATUS[code];
    if (extra?.retryAfterSec !== undefined) this.retryAfterSec = extra.retryAfterSec;
  }
}

/** Turns any error into a JSON response without leaking internals (stack traces stay in the log). */
export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const headers = error.retryAfterSec !== undefined ? { "Retry-After": String(error.retryAfterSec) } : undefined;
    return Response.json({ error: { code: error.code, message: error.message } }, { status: error.status, headers });
  }
  console.error("[pathwise] unexpected error", error);
  return Response.json(
    { error: { code: "INTERNAL", message: "Something went wrong on our side. Please try again." } },
    { status: 500 },
  );
}
