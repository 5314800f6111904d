// Shared environment defaults for the scripts that start, seed and test Pathwise.
// Prisma 6's CLI wants engine files it would normally download; with engine "js" and the
// better-sqlite3 adapter it never uses them, so a placeholder file satisfies the check offline.
// See docs/decisions/002-offline-prisma.md.
import { mkdirSync, writeFileSync, existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export function prismaEnv(extra = {}) {
  const placeholder = resolve(root, "prisma/.placeholder-engine");
  if (!existsSync(placeholder)) writeFileSync(placeholder, "placeholder: Pathwise uses Prisma's JS engine\n");
  const env = { ...process.env, ...extra };
  env.DATABASE_URL ||= defaultDatabaseUrl();
  env.PRISMA_QUERY_ENGINE_LIBRARY ||= placeholder;
  env.PRISMA_SCHEMA_ENGINE_BINARY ||= placeholder;
  env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
  env.CHECKPOINT_DISABLE = "1";
  env.PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING = "1";
  ensureDbDir(env.DATABASE_URL);
  return env;
}

export function defaultDatabaseUrl() {
  return `file:${resolve(root, "data/pathwise.db")}`;
}

/** Make sure the folder of a `file:` SQLite URL exists. */
export function ensureDbDir(url) {
  if (!url.startsWith("file:")) return;
  const path = url.slice("file:".length).split("?")[0];
  mkdirSync(dirname(resolve(root, path)), { recursive: true });
}

/**
 * Node flags for the production server: a 64 MB young generation (V8's default is 16 MB on this
 * machine) means far fewer scavenges per request; under the load test GC time fell from ~10 % of
 * the server's CPU and quiz submissions/s rose by roughly a fifth (docs/decisions/009-write-path-under-load.md).
 */
export const SERVER_NODE_OPTIONS = "--max-semi-space-size=64";

export function serverEnv(env) {
  return { ...env, NODE_OPTIONS: [env.NODE_OPTIONS, SERVER_NODE_OPTIONS].filter(Boolean).join(" ") };
}
