import "server-only";
import { db } from "./db";
import { Prisma } from "./generated/prisma/client";

/** DateTime as Prisma's SQLite adapter stores it (ISO 8601 text with "+00:00"), so text order is time order. */
function sqliteDateTime(d: Date): string {
  return d.toISOString().replace(/Z$/, "+00:00");
}

type Value = string | number | boolean | Date;

/**
 * One parameterized multi-row INSERT for `table`. Prisma's `create()` runs its query compiler on
 * every call, which made it the largest cost of a submission after the framework itself (decision
 * 009). Values use the encodings Prisma writes (booleans as 0/1, DateTime via sqliteDateTime —
 * tested in db.test.ts), so Prisma reads these rows back like its own.
 */
export function insertRows<Row extends Record<string, Value>>(
  table: string,
  columns: ReadonlyArray<keyof Row & string>,
  rows: Row[],
) {
  const encode = (v: Value) => (typeof v === "boolean" ? (v ? 1 : 0) : v instanceof Date ? sqliteDateTime(v) : v);
  const values = rows.map((row) => Prisma.sql`(${Prisma.join(columns.map((c) => encode(row[c])))})`);
  // Table and column names come from this module's callers (constants), never from a request.
  return db.$executeRaw`INSERT INTO ${Prisma.raw(`"${table}"`)} (${Prisma.raw(columns.map((c) => `"${c}"`).join(", "))}) VALUES ${Prisma.join(values)}`;
}

/**
 * Group commit: rows handed to `store` in the same turn of the event loop are written by one INSERT
 * (one statement, one commit). Each caller's promise settles only after that commit, so nothing is
 * acknowledged before it is stored. A failing batch is retried row by row, so one bad row (say, its
 * user was deleted a moment ago) fails only its own request.
 */
export function groupCommit<Row extends Record<string, Value>>(
  table: string,
  columns: ReadonlyArray<keyof Row & string>,
): (row: Row) => Promise<void> {
  // SQLite allows 32,766 parameters in one statement.
  const batchMax = Math.max(1, Math.floor(30_000 / columns.length));
  let pending: Array<{ row: Row; done: (error?: unknown) => void }> = [];
  let scheduled = false;

  async function flush(): Promise<void> {
    const batch = pending.slice(0, batchMax);
    pending = pending.slice(batch.length);
    scheduled = pending.length > 0;
    if (scheduled) setImmediate(() => void flush());
    try {
      await insertRows(
        table,
        columns,
        batch.map((b) => b.row),
      );
      for (const b of batch) b.done();
    } catch (error) {
      if (batch.length === 1) return batch[0].done(error ?? new Error("insert failed"));
      for (const b of batch) {
        try {
          await insertRows(table, columns, [b.row]);
          b.done();
        } catch (rowError) {
          b.done(rowError ?? new Error("insert failed"));
        }
      }
    }
  }

  return (row) =>
    new Promise((resolve, reject) => {
      pending.push({
        row,
        done: (error) =>
          error === undefined ? resolve() : reject(error instanceof Error ? error : new Error(String(error))),
      });
      if (!scheduled) {
        scheduled = true;
        setImmediate(() => void flush());
      }
    });
}
