// `npm run bench:load`: 50 concurrent learners submitting quiz answers and lab checks for 20 s
// against `next start` with the SQLite default, then a crash test (SIGKILL mid-load, restart,
// PRAGMA integrity_check, every acknowledged write present). Needs a production build
// (`npm run build`). Prints one table; exits non-zero if an acknowledged write is missing.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { prismaEnv, root, serverEnv } from "./env.mjs";

const LEARNERS = Number(process.env.LOAD_LEARNERS ?? 50);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 20);
const bin = (n) => resolve(root, "node_modules/.bin", n);

const scratch = mkdtempSync(join(tmpdir(), "pathwise-load-"));
const dbFile = join(scratch, "load.db");
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const env = prismaEnv({
  NODE_ENV: "production",
  DATABASE_URL: `file:${dbFile}`,
  BETTER_AUTH_SECRET: "load-test-secret-load-test-secret-0123456789",
  PORT: String(port),
  PUBLIC_URL: `http://127.0.0.1:${port}`,
  // The 50 learners sign up from 50 addresses, as if behind a proxy on this machine.
  TRUST_PROXY: "loopback",
});
spawnSync(bin("prisma"), ["migrate", "deploy"], { env, cwd: root, stdio: "ignore" });

let server = startServer();
try {
  await waitHealthy();
  const cookies = await createLearners(LEARNERS);
  const quiz = { answers: { "what-is-created": "a" } };
  const lab = { seed: 7, commands: ["aws s3 ls", "exit", "aws ec2 describe-vpcs --output text", "ssh 10.0.2.10", "aws s3 ls"] };

  // Every 2xx answer carries the stored attempt's id; each one must be in the database afterwards.
  const ackQuiz = [];
  const ackLab = [];
  const collect = (list) => (body) => {
    try {
      const id = JSON.parse(body).attemptId;
      if (id) list.push(id);
    } catch {
      // not JSON: not acknowledged
    }
  };
  const quizRun = await load("/api/quizzes/09-gateway-endpoints/attempts", quiz, cookies, SECONDS, collect(ackQuiz));
  const labRun = await load("/api/labs/s3-gateway-endpoint/check", lab, cookies, Math.max(5, SECONDS / 2), collect(ackLab));
  const trivial = await load("/api/health/live", null, cookies, Math.max(5, SECONDS / 2));

  const db = new Database(dbFile, { readonly: true });
  const quizIds = new Set(db.prepare("SELECT id FROM QuizAttempt").all().map((r) => r.id));
  const labIds = new Set(db.prepare("SELECT id FROM LabAttempt").all().map((r) => r.id));
  db.close();
  const lostQuiz = ackQuiz.filter((id) => !quizIds.has(id)).length;
  const lostLab = ackLab.filter((id) => !labIds.has(id)).length;

  // Crash test: load again, SIGKILL the server in the middle, restart, check the database.
  const acknowledged = [];
  const crashRun = load("/api/quizzes/09-gateway-endpoints/attempts", quiz, cookies, 6, collect(acknowledged));
  await new Promise((r) => setTimeout(r, 3000));
  server.kill("SIGKILL");
  await crashRun.catch(() => undefined);
  await new Promise((r) => setTimeout(r, 300));
  server = startServer();
  await waitHealthy();
  const after = new Database(dbFile);
  const integrity = after.pragma("integrity_check", { simple: true });
  const present = new Set(after.prepare("SELECT id FROM QuizAttempt").all().map((r) => r.id));
  after.close();
  const missing = acknowledged.filter((id) => !present.has(id));

  const rows = [
    ["quiz submissions/s", quizRun.requests.average.toFixed(0), "≥ 500"],
    ["quiz p50 / p99 latency (ms)", `${quizRun.latency.p50} / ${quizRun.latency.p99}`, "p99 < 100"],
    ["quiz errors (non-2xx + socket)", String(quizRun.non2xx + quizRun.errors + quizRun.timeouts), "0"],
    ["quiz 2xx answers / stored (incl. in flight at stop)", `${ackQuiz.length} / ${quizIds.size}`, ""],
    ["quiz acknowledged but not stored", String(lostQuiz), "0"],
    ["lab checks/s", labRun.requests.average.toFixed(0), ""],
    ["lab check p50 / p99 latency (ms)", `${labRun.latency.p50} / ${labRun.latency.p99}`, ""],
    ["lab errors", String(labRun.non2xx + labRun.errors + labRun.timeouts), "0"],
    ["lab 2xx answers / stored (incl. in flight at stop)", `${ackLab.length} / ${labIds.size}`, ""],
    ["lab acknowledged but not stored", String(lostLab), "0"],
    ["trivial route (/api/health/live) req/s", trivial.requests.average.toFixed(0), ""],
    ["quiz req/s as share of trivial route", `${((quizRun.requests.average / trivial.requests.average) * 100).toFixed(0)} %`, ""],
    ["crash test: acknowledged writes before SIGKILL", String(acknowledged.length), ""],
    ["crash test: acknowledged writes missing after restart", String(missing.length), "0"],
    ["crash test: PRAGMA integrity_check", String(integrity), "ok"],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  console.log(`\n${"load test".padEnd(w)}  ${"value".padStart(14)}  target   (${LEARNERS} learners, ${SECONDS} s)`);
  for (const [name, value, target] of rows) console.log(`${name.padEnd(w)}  ${value.padStart(14)}  ${target}`);
  const lost = lostQuiz > 0 || lostLab > 0 || missing.length > 0 || integrity !== "ok";
  process.exitCode = lost ? 1 : 0;
} finally {
  server.kill("SIGTERM");
  rmSync(scratch, { recursive: true, force: true });
}

function startServer() {
  return spawn(process.execPath, [resolve(root, "scripts/server.mjs")], { env: serverEnv(env), cwd: root, stdio: ["ignore", "ignore", "inherit"] });
}

async function waitHealthy() {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("server did not become healthy");
}

/** Signs up `n` learners (each from its own address, as a class would) and returns their cookies. */
async function createLearners(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const response = await fetch(`${base}/api/auth/sign-up/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base, "x-forwarded-for": `10.77.${Math.floor(i / 250)}.${i % 250}` },
      body: JSON.stringify({ name: `Learner ${i}`, email: `load-${i}-${Date.now()}@example.com`, password: "load-test-password" }),
    });
    if (!response.ok) throw new Error(`sign-up ${i} failed: ${response.status} ${await response.text()}`);
    const cookie = response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    out.push(cookie);
  }
  return out;
}

function load(path, body, cookies, seconds, onBody) {
  let next = 0;
  const instance = autocannon({
    url: base + path,
    connections: cookies.length,
    duration: seconds,
    method: body ? "POST" : "GET",
    headers: body ? { "content-type": "application/json", origin: base } : {},
    body: body ? JSON.stringify(body) : undefined,
    setupClient(client) {
      const cookie = cookies[next++ % cookies.length];
      client.setHeaders(body ? { "content-type": "application/json", origin: base, cookie } : { cookie });
      if (onBody) client.on("body", (buf) => onBody(buf.toString()));
    },
  });
  return instance;
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port: p } = s.address();
      s.close(() => resolvePort(p));
    });
  });
}
