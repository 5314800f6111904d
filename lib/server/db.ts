import "server-only";
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
 *   (docs/decisions/009-sqlite-durability.md).
 * - foreign_keys=ON enforces the schema's relations.
 */
export const SQLITE_PRAGMAS = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";

class PragmaAdapterFactory extends PrismaBetterSQLite3 {
  override async connect(): ReturnType<PrismaBetterSQLite3["connect"]> {
    const adapter = await super.connect();
    await adapter.executeScript(SQLITE_PRAGMAS);
    return adapter;
  }
}

function createClient(): PrismaClient {
  const adapter = new PragmaAdapterFactory({ url: sqlitePath(env().DATABASE_URL), timeout: 10_000 });
  return new PrismaClient({ adapter });
}

export const db: PrismaClient = globalForPrisma.pathwisePrisma ?? createClient();
if (env().NODE_ENV !== "production") globalForPrisma.pathwisePrisma = db;
