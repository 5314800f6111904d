// `npm start`: migrate and seed the embedded SQLite database, build if the build is missing or
// older than the sources, then serve on http://localhost:$PORT (default 3000).
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { prismaEnv, root, serverEnv } from "./env.mjs";
import { lockHolder, lockPathFor, refusal } from "./server-lock.mjs";

const env = prismaEnv({ NODE_ENV: "production" });
env.PORT ||= "3000";
env.BETTER_AUTH_SECRET ||= localSecret();

// Before migrating: never change a database a running server is using.
const holder = env.DATABASE_URL.startsWith("file:") ? lockHolder(lockPathFor(env.DATABASE_URL, root)) : null;
if (holder) {
  console.error(`✖ ${refusal(holder, env.DATABASE_URL)}`);
  process.exit(1);
}

step("Applying database migrations", [resolve(root, "node_modules/.bin/prisma"), "migrate", "deploy"]);
step("Seeding", [process.execPath, resolve(root, "scripts/seed.mjs")]);
if (buildIsStale()) step("Building the app (first start or sources changed)", ["npm", "run", "build"]);

console.log(`\nPathwise is starting on http://localhost:${env.PORT}\n`);
const server = spawn(process.execPath, [resolve(root, "scripts/server.mjs")], { stdio: "inherit", env: serverEnv(env), cwd: root });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));

function step(title, [cmd, ...args]) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(cmd, args, { stdio: "inherit", env, cwd: root });
  if (result.status !== 0) {
    console.error(`✖ ${title} failed (exit ${result.status ?? result.signal}).`);
    if (title.startsWith("Applying")) console.error("  If another Pathwise server is using the same database, stop it (or set DATABASE_URL) and try again.");
    process.exit(result.status ?? 1);
  }
}

/** A session-signing secret kept in data/ so sessions survive restarts; set BETTER_AUTH_SECRET to override. */
function localSecret() {
  const dir = resolve(root, "data");
  const file = join(dir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(48).toString("base64url");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === "node_modules" || entry === "generated" || entry.startsWith(".")) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function buildIsStale() {
  const marker = resolve(root, ".next/BUILD_ID");
  if (!existsSync(marker)) return true;
  const built = statSync(marker).mtimeMs;
  const inputs = ["app", "lib", "content", "proxy.ts", "next.config.mjs", "package-lock.json", "prisma/schema.prisma"];
  return inputs.some((p) => newestMtime(resolve(root, p)) > built);
}
