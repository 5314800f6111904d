import "server-only";
import path from "node:path";
import { z } from "zod";

/** Server configuration, parsed once from the process environment. Documented in README.md. */
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^file:/, "DATABASE_URL must be a SQLite file: URL, e.g. file:./data/pathwise.db")
    .default(`file:${path.resolve(/*turbopackIgnore: true*/ process.cwd(), "data/pathwise.db")}`),
  BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters").optional(),
  /** Public origin of the site, e.g. https://pathwise.example; defaults to http://localhost:$PORT. */
  PUBLIC_URL: z.url().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** How long a write waits for a database another process has locked before answering 503. */
  DATABASE_BUSY_TIMEOUT_MS: z.coerce.number().int().min(50).max(60_000).default(10_000),
  /** Sign-in attempts allowed per client address per minute. */
  AUTH_SIGNIN_LIMIT: z.coerce.number().int().min(1).max(10_000).default(5),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment configuration:\n${lines}`);
  }
  cached = parsed.data;
  return cached;
}

/** Resolve a `file:` URL's path the way Prisma and the scripts do (relative to the project root). */
export function sqlitePath(url: string): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), url.slice("file:".length).split("?")[0]);
}
