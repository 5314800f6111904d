import "server-only";
import { createRequire } from "node:module";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { env, sqlitePath } from "./env";

// One client per server process. WAL lets readers and the single writer proceed together; the busy
// timeout makes a writer wait for the lock instead of failing with SQLITE_BUSY under load.
const globalForPrisma = globalThis as unknown as { pathwisePrisma?: PrismaClient };

/**
 * Connection pragmas, applied when Prisma opens its connection (they are per connection, so they
 * must run on the very connection that serves requests):
 * - WAL lets readers proceed while the single writer commits.
 * - synchronous=NORMAL: in WAL mode a commit is appended to the WAL without an fsync (the WAL is
 *   synced at checkpoints). A committed write survives a crash or SIGKILL of the server process;
 *   only an operating-system crash or power cut can lose the last commits. The default (FULL)
 *   fsyncs every commit, which capped quiz submissions at ~90/s on the benchmark machine
 *   (docs/decisions/009-write-path-under-load.md).
 * - foreign_keys=ON enforces the schema's relations.
 */
const SQLITE_PRAGMAS =
  "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA wal_autocheckpoint = 8000;";

/**
 * Checkpoints (copying the WAL back into the database file, with an fsync) run on a worker thread
 * with its own connection, every half second, in PASSIVE mode, which never blocks readers or the
 * writer. Left to SQLite's automatic checkpoint, the request that crossed 1,000 WAL pages did it on
 * the event loop and stalled every request in flight for up to half a second. The serving
 * connection still checkpoints by itself past 8,000 pages (~32 MB), should this thread fall behind
 * or fail.
 */
const CHECKPOINTER = `
const { workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
let db;
try { db = new Database(workerData.file, { timeout: 5000, fileMustExist: true }); } catch { process.exit(0); }
setInterval(() => { try { db.pragma("wal_checkpoint(PASSIVE)"); } catch {} }, workerData.everyMs);
`;

function startCheckpointer(file: string): void {
  // One per database file and process (a dev server's hot reloads re-run this module).
  const g = globalThis as unknown as { pathwiseCheckpointers?: Map<string, Worker> };
  g.pathwiseCheckpointers ??= new Map();
  if (g.pathwiseCheckpointers.has(file) || file === ":memory:") return;
  try {
    const driver = createRequire(path.join(/*turbopackIgnore: true*/ process.cwd(), "package.json")).resolve("better-sqlite3");
    const worker = new Worker(CHECKPOINTER, { eval: true, workerData: { file, driver, everyMs: 500 } });
    worker.on("error", () => undefined);
    worker.unref();
    g.pathwiseCheckpointers.set(file, worker);
  } catch {
    // No worker: SQLite's own automatic checkpoint (above) keeps the WAL bounded.
  }
}

class PragmaAdapterFactory extends PrismaBetterSQLite3 {
  override async connect(): ReturnType<PrismaBetterSQLite3["connect"]> {
    const adapter = await super.connect();
    await adapter.executeScript(SQLITE_PRAGMAS);
    startCheckpointer(sqlitePath(env().DATABASE_URL));
    return adapter;
  }
}

function createClient(): PrismaClient {
  const adapter = new PragmaAdapterFactory({ url: sqlitePath(env().DATABASE_URL), timeout: env().DATABASE_BUSY_TIMEOUT_MS });
  return new PrismaClient({ adapter });
}

export const db: PrismaClient = globalForPrisma.pathwisePrisma ?? createClient();
if (env().NODE_ENV !== "production") globalForPrisma.pathwisePrisma = db;
