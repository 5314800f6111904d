import "server-only";

export type AppErrorCode = "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAVAILABLE";

const STATUS: Record<AppErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

/**
 * SQLite failures that are the machine's state, not the request's: the database file read-only,
 * the disk full, the file locked by another process for longer than the busy timeout, I/O errors.
 * Each statement is a transaction, so a failed write has left nothing half-written; the client may
 * retry (db.attack.test.ts).
 */
const UNAVAILABLE: Array<[RegExp, string]> = [
  [/^SQLITE_READONLY/, "Pathwise can't save right now: its database is read-only. Nothing was saved; try again later."],
  [/^SQLITE_FULL$/, "Pathwise can't save right now: the server's disk is full. Nothing was saved; try again later."],
  // Prisma reports SQLITE_BUSY (the busy timeout ran out) as P1008, "operations timed out".
  [/^(SQLITE_(BUSY|LOCKED)|P1008$)/, "Pathwise's database is busy. Nothing was saved; try again in a moment."],
  [/^SQLITE_(IOERR|CANTOPEN|CORRUPT|NOTADB)/, "Pathwise can't reach its database right now. Nothing was saved; try again later."],
];

function unavailable(error: unknown): AppError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string") return null;
  const hit = UNAVAILABLE.find(([pattern]) => pattern.test(code));
  return hit ? new AppError("UNAVAILABLE", hit[1], { retryAfterSec: 30 }) : null;
}

/** An expected failure with a code and a message that is safe to show to the user. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly status: number;
  /** For RATE_LIMITED: sent as Retry-After. */
  readonly retryAfterSec?: number;
  /** Sent as `error.details`: what the client needs to recover (e.g. the newer state behind a 409). */
  readonly details?: Record<string, unknown>;
  constructor(code: AppErrorCode, message: string, extra?: { retryAfterSec?: number; details?: Record<string, unknown> }) {
    super(message);
    this.code = code;
    this.status = STATUS[code];
    if (extra?.retryAfterSec !== undefined) this.retryAfterSec = extra.retryAfterSec;
    if (extra?.details !== undefined) this.details = extra.details;
  }
}

/** Turns any error into a JSON response without leaking internals (stack traces stay in the log). */
export function errorResponse(error: unknown): Response {
  const down = unavailable(error);
  if (down) {
    console.error("[pathwise] database unavailable", (error as { code?: unknown }).code);
    error = down;
  }
  if (error instanceof AppError) {
    const headers = error.retryAfterSec !== undefined ? { "Retry-After": String(error.retryAfterSec) } : undefined;
    return Response.json(
      { error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } },
      { status: error.status, headers },
    );
  }
  console.error("[pathwise] unexpected error", error);
  return Response.json(
    { error: { code: "INTERNAL", message: "Something went wrong on our side. Please try again." } },
    { status: 500 },
  );
}
