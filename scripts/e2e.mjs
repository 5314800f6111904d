// `npm run test:e2e`: build the production app, start it on a free port with its own fresh SQLite
// database, run the Playwright specs against it, then stop the server.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { prismaEnv, root, serverEnv } from "./env.mjs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.error(`e2e: no Chromium at ${chromium} — install Debian's: sudo apt-get update && sudo apt-get install -y chromium`);
  process.exit(1);
}

const scratch = mkdtempSync(join(tmpdir(), "pathwise-e2e-"));
const port = await freePort();
const env = prismaEnv({
  NODE_ENV: "production",
  DATABASE_URL: `file:${join(scratch, "e2e.db")}`,
  BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"),
  PORT: String(port),
  AUTH_SIGNIN_LIMIT: "5",
});
const bin = (name) => resolve(root, "node_modules/.bin", name);
let server;
let direct;

function run(title, cmd, args) {
  console.log(`\n▶ e2e: ${title}`);
  const result = spawnSync(cmd, args, { stdio: "inherit", env, cwd: root });
  if (result.status !== 0) finish(result.status ?? 1, `${title} failed`);
}

function finish(code, why) {
  if (why) console.error(`e2e: ${why}`);
  if (server && server.exitCode === null) server.kill("SIGTERM");
  if (direct && direct.exitCode === null) direct.kill("SIGTERM");
  rmSync(scratch, { recursive: true, force: true });
  process.exit(code);
}

process.on("SIGINT", () => finish(130, "interrupted"));

run("fresh database", bin("prisma"), ["migrate", "deploy"]);
run("seed", process.execPath, [resolve(root, "scripts/seed.mjs")]);
if (process.env.E2E_SKIP_BUILD !== "1") run("production build", "npm", ["run", "build"]);

// Copied before either server opens it.
const directPort = await freePort();
const directDb = join(scratch, "e2e-direct.db");
copyFileSync(join(scratch, "e2e.db"), directDb);
if (existsSync(join(scratch, "e2e.db-wal"))) copyFileSync(join(scratch, "e2e.db-wal"), `${directDb}-wal`);
console.log(`\n▶ e2e: starting the app on port ${port}`);
server = spawn(process.execPath, [resolve(root, "scripts/server.mjs")], { env: serverEnv({ ...env, TRUST_PROXY: "loopback" }), cwd: root, stdio: ["ignore", "pipe", "pipe"] });
const serverLog = [];
for (const stream of [server.stdout, server.stderr]) stream.on("data", (chunk) => serverLog.push(String(chunk)));
server.on("exit", (code) => {
  if (code !== null && code !== 0) {
    process.stderr.write(serverLog.join(""));
    finish(1, `the app exited early with code ${code}`);
  }
});

// A second server with the default configuration (no proxy trusted), on its own copy of the fresh
// database: e2e/attack.spec.ts checks that it ignores X-Forwarded-For, while the first one — run
// as if behind a reverse proxy on this machine (TRUST_PROXY=loopback) — takes the client from it,
// which also gives every spec its own client address (e2e/fixtures.ts).
direct = spawn(process.execPath, [resolve(root, "scripts/server.mjs")], {
  env: serverEnv({ ...env, PORT: String(directPort), DATABASE_URL: `file:${directDb}`, TRUST_PROXY: "" }),
  cwd: root,
  stdio: ["ignore", "ignore", "pipe"],
});
direct.stderr.on("data", (chunk) => serverLog.push(`[direct] ${chunk}`));

await waitForHealth(`http://127.0.0.1:${port}/api/health`, 60_000);
await waitForHealth(`http://127.0.0.1:${directPort}/api/health`, 60_000);
const tests = spawnSync(bin("playwright"), ["test", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...env, E2E_BASE_URL: `http://localhost:${port}`, E2E_DATABASE_URL: env.DATABASE_URL, E2E_DIRECT_URL: `http://127.0.0.1:${directPort}` },
  cwd: root,
});
if (tests.status !== 0) {
  console.error("\n--- app server log (tail) ---");
  process.stderr.write(serverLog.join("").split("\n").slice(-60).join("\n") + "\n");
}
finish(tests.status ?? 1, tests.status ? "Playwright reported failures" : undefined);

function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port: p } = probe.address();
      probe.close(() => resolvePort(p));
    });
  });
}

async function waitForHealth(url, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  process.stderr.write(serverLog.join(""));
  finish(1, `the app did not become healthy at ${url} within ${ms / 1000}s`);
}
