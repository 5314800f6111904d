// The production server: Next.js's request handler behind a plain Node HTTP server that decides
// who the client is (scripts/client-address.mjs) before anything else sees the request. `next
// start` would pass a client's own X-Forwarded-For straight through, so rate limits keyed on it
// could be dodged by rotating the header (issue 15). Started by `npm start`, the e2e run and the
// load test. See docs/security.md.
import { createServer } from "node:http";
import next from "next";
import { CLIENT_HEADER, clientAddress, parseTrustProxy } from "./client-address.mjs";
import { defaultDatabaseUrl, root } from "./env.mjs";
import { acquireServerLock, lockPathFor, refusal } from "./server-lock.mjs";

let trust;
try {
  trust = parseTrustProxy(process.env.TRUST_PROXY);
} catch (error) {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const port = Number(process.env.PORT ?? "3000");
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`✖ PORT=${process.env.PORT} is not a port number (1–65535).`);
  process.exit(1);
}
const hostname = process.env.HOST || undefined;
const databaseUrl = process.env.DATABASE_URL || defaultDatabaseUrl();
if (databaseUrl.startsWith("file:")) {
  const holder = acquireServerLock(lockPathFor(databaseUrl, root), port);
  if (holder) {
    console.error(`✖ ${refusal(holder, databaseUrl)}`);
    process.exit(1);
  }
}

const app = next({ dev: false, dir: root, port, hostname: hostname ?? "localhost" });
await app.prepare();
const handle = app.getRequestHandler();

const FORWARDING_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"];

const server = createServer((req, res) => {
  const client = clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trust);
  if (trust.kind === "none") {
    // No proxy in front: every forwarding header came from the client itself.
    for (const name of FORWARDING_HEADERS) delete req.headers[name];
  }
  req.headers["x-forwarded-for"] = client;
  req.headers[CLIENT_HEADER] = client;
  handle(req, res).catch((error) => {
    console.error("Unhandled request error", error);
    if (!res.headersSent) {
      res.statusCode = 500;
      res.setHeader("content-type", "application/json");
    }
    res.end(JSON.stringify({ error: { code: "INTERNAL", message: "Something went wrong on our side. Try again in a moment." } }));
  });
});
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => {
  const where = trust.kind === "none" ? "no proxy trusted" : trust.kind === "hops" ? `${trust.hops} proxy hop(s) trusted` : `proxies trusted: ${trust.source}`;
  console.log(`Pathwise is listening on http://${hostname ?? "localhost"}:${port} (${where})`);
});
server.on("error", (error) => {
  console.error(`✖ Could not listen on port ${port}: ${error.message}`);
  process.exit(1);
});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
