import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { env, sqlitePath } from "./env";

// One client per server process. WAL lets readers and the single writer proceed together; the busy
// timeout makes a writer wait for the lock instead of failing with SQLITE_BUSY under load.
const globalForPrisma = globalThis as unknown as { pathwisePrisma?: PrismaClient };

function createClient(): PrismaClient {
  const adapter = new PrismaBetterSQLite3({ url: sqlitePath(env().DATABASE_URL), timeout: 10_000 });
  return new PrismaClient({ adapter });
}

export const db: PrismaClient = globalForPrisma.pathwisePrisma ?? createClient();
if (env().NODE_ENV !== "production") globalForPrisma.pathwisePrisma = db;

let pragmasApplied: Promise<void> | undefined;

/** Applies the connection pragmas once per process (journal mode is also persisted in the file). */
export function ensurePragmas(): Promise<void> {
  pragmasApplied ??= (async () => {
    await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await db.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
    await db.$queryRawUnsafe("PRAGMA foreign_keys = ON");
  })();
  return pragmasApplied;
}
