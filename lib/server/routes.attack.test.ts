// Property-based attack on every JSON route (issue 15). Each route file under app/ is found on disk
// (a new route is fuzzed without anyone remembering to add it) and called in-process the way Next
// 16 calls it, as a guest and as a signed-in learner, with generated requests:
//   bodies: any JSON value, mutations of a valid body (a field replaced, removed, added, retyped),
//           malformed JSON, deep nesting, long and unicode-edge strings (lone surrogates, NUL,
//           RTL marks, emoji), numbers at the edges (-0, 1e308, 2^53+1);
//   headers: wrong and odd content types, lying Content-Length, forged X-Forwarded-For, junk
//            cookies (guest and session), random header names and values;
//   path ids and query strings: random, unicode, traversal, percent-encoded junk.
// Every reply must be < 500, and every 4xx must be `{ error: { code, message } }` with a message
// and no stack trace. Counts are printed at the end; FUZZ_RUNS overrides the per-route figure.
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "./session";
import { useTestDatabase } from "./test-db";

vi.mock("server-only", () => ({}));
const session = vi.hoisted(() => ({ actor: null as CurrentUser | null }));
vi.mock("./session", () => ({ currentUser: async () => session.actor }));
// The gradebook CSV route reads the session through next/headers in some paths: give it a request scope.
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));
useTestDatabase("routes-attack");

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
/**
 * Better Auth's route hashes a password (scrypt) on every well-formed sign-up and sign-in, ~7 ms of
 * CPU each: 2,000 cases take ~14 s on the CI machine, so it gets that many rather than 10,000.
 */
const RUNS_FOR: Record<string, number> = { "/api/auth/[...all]": Math.min(RUNS, 2_000) };
const ROOT = resolve(__dirname, "../..");
const ORIGIN = "http://localhost:3000";
const SKIP = new Set<string>();
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Handler = (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>;

const ROUTES = readdirSync(join(ROOT, "app"), { recursive: true, encoding: "utf8" })
  .filter((f) => /(^|[\\/])route\.ts$/.test(f))
  .map((f) => `/${f.replace(/\\/g, "/").replace(/\/?route\.ts$/, "")}`)
  .filter((r) => !SKIP.has(r))
  .sort();

/** A valid body per route, to mutate: most interesting inputs are one step from a valid one. */
const VALID: Record<string, unknown> = {
  "/api/classes": { name: "Networking 101" },
  "/api/classes/join": { code: "K7QM-3XPA" },
  "/api/classes/[id]/archive": {},
  "/api/classes/[id]/code": {},
  "/api/classes/[id]/remove-member": { userId: "u-1" },
  "/api/classes/[id]/assignments": { kind: "exam", tracks: ["gateway-endpoints"], count: 3, dueAt: "2099-01-01T00:00:00.000Z" },
  "/api/labs/[id]/check": { seed: 1, commands: ["aws ec2 describe-vpcs"] },
  "/api/labs/[id]/hint": { index: 0 },
  "/api/labs/[id]/session": { seed: 1, commands: ["aws s3 ls"], base: 0 },
  "/api/labs/[id]/solution": { seed: 1 },
  "/api/practice/exams": { tracks: ["gateway-endpoints"], count: 5, minutes: 30 },
  "/api/practice/exams/assigned": { assignmentId: "a-1" },
  "/api/practice/exams/[id]/submit": { answers: { "gw-services-supported": "d" }, timings: { "gw-services-supported": 1200 } },
  "/api/practice/learn": { questionId: "gw-services-supported", answer: "a" },
  "/api/practice/prompts/[id]/rate": { rating: "good" },
  "/api/practice/prompts/[id]/reveal": {},
  "/api/practice/review/[id]/answer": { answer: "d" },
  "/api/practice/review/[id]/rate": { rating: "easy" },
  "/api/progress/merge": { version: 1, lessons: { "tunnels-and-vpns/01-what-is-a-tunnel": "2026-01-01T00:00:00.000Z" }, quizzes: {} },
  "/api/quizzes/[id]/attempts": { answers: { q1: "a" } },
  "/api/auth/[...all]": { email: "fuzz@example.com", password: "correct horse battery", name: "Fuzz" },
};
/** Better Auth's catch-all route: the endpoints a browser uses, plus junk paths. */
const AUTH_PATHS = ["sign-in/email", "sign-up/email", "sign-out", "get-session", "list-sessions", "update-user", "change-password", "revoke-sessions", "ok", "error", "no-such-endpoint", "sign-in/social", "../../api/classes"];
const IDS: Record<string, string[]> = {
  all: AUTH_PATHS,
  id: ["s3-gateway-endpoint", "break-and-fix", "gw-services-supported", "int-vpn-ipsec-modes", "09-gateway-endpoints", "no-such-thing"],
};

const edgeString = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }), // any code point, lone surrogates included
  fc.constantFrom("", "\u0000", "\uD800", "\uDFFF", "\u202Egnp.exe", "🧪".repeat(30), "<script>alert(1)</script>", "=HYPERLINK(\"x\")", "__proto__", "constructor", "../../etc/passwd", "%00", "null", "NaN"),
  fc.integer({ min: 1000, max: 70_000 }).map((n) => "x".repeat(n)),
);
const edgeNumber = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(-0, 1e308, -1e308, 2 ** 53 + 1, 0.1, -1, 2 ** 31, 2 ** 31 - 1));
const leaf = fc.oneof(edgeString, edgeNumber, fc.boolean(), fc.constant(null));
const anyJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, fc.array(tie("value"), { maxLength: 5 }), fc.dictionary(edgeString, tie("value"), { maxKeys: 5 })),
})).value;

function mutations(valid: unknown): fc.Arbitrary<unknown> {
  if (!valid || typeof valid !== "object" || Array.isArray(valid)) return anyJson;
  const obj = valid as Record<string, unknown>;
  const keys = Object.keys(obj);
  const options: fc.Arbitrary<unknown>[] = [
    fc.constant(obj),
    fc.tuple(edgeString, anyJson).map(([k, v]) => ({ ...obj, [k]: v })), // an extra field
  ];
  if (keys.length) {
    options.push(
      fc.tuple(fc.constantFrom(...keys), anyJson).map(([k, v]) => ({ ...obj, [k]: v })), // a field retyped
      fc.constantFrom(...keys).map((k) => Object.fromEntries(Object.entries(obj).filter(([key]) => key !== k))), // a field missing
      fc.record(Object.fromEntries(keys.map((k) => [k, anyJson]))), // every field random
    );
  }
  return fc.oneof(...options);
}

const deep = fc.integer({ min: 100, max: 20_000 }).map((n) => "[".repeat(n) + "]".repeat(n));
const rawBody = fc.oneof(
  { weight: 6, arbitrary: fc.constant(null) }, // placeholder: the JSON body is used
  { weight: 1, arbitrary: fc.string({ maxLength: 60 }) }, // malformed JSON
  { weight: 1, arbitrary: deep },
  { weight: 1, arbitrary: fc.constantFrom("{", "{\"a\":", "[1,2", "\u0000", "{\"__proto__\":{\"polluted\":1}}", "1e999999", "\"\\uD800\"", "") },
);
const contentType = fc.oneof(
  { weight: 6, arbitrary: fc.constant("application/json") },
  { weight: 1, arbitrary: fc.constantFrom("application/json; charset=utf-8", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "", "APPLICATION/JSON", "application/jsonx") },
);
const pathId = (segment: string) => fc.oneof({ weight: segment === "all" ? 8 : 1, arbitrary: fc.constantFrom(...(IDS[segment] ?? IDS.id)) }, edgeString.filter((s) => s.length < 300), fc.constantFrom("..", "%2e%2e", "a/b", " ", "\u0000"));
const query = fc.oneof(fc.constant(""), fc.webQueryParameters().map((q) => `?${q}`), fc.constantFrom("?__proto__[x]=1", "?id=1&id=2", "?%ff"));
const headerValue = fc.string({ maxLength: 80 }).filter((v) => {
  try {
    new Headers({ x: v });
    return true;
  } catch {
    return false; // a value fetch itself refuses (control characters) never reaches a server
  }
});
const extraHeaders = fc.dictionary(
  fc.oneof(fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/), fc.constantFrom("cookie", "authorization", "accept", "accept-language", "x-pathwise-client", "rsc", "next-router-state-tree", "range", "if-none-match")),
  fc.oneof(headerValue, fc.constantFrom("pw_guest=AAAAAAAAAAAAAAAAAAAAAAAA", "pw_guest=../../x; pw_guest=; better-auth.session_token=junk.sig", "Bearer x", "bytes=0-1,5-")),
  { maxKeys: 4 },
).map((h) => Object.fromEntries(Object.entries(h).filter(([k]) => !["host", "origin", "content-type", "content-length", "transfer-encoding"].includes(k))));
const forwarded = fc.oneof(fc.constant(undefined), fc.ipV4(), fc.constantFrom("unknown", "1.1.1.1, 2.2.2.2", "::1"));

const counts = { routes: 0, cases: 0, byStatus: new Map<number, number>(), fiveHundreds: 0, leaks: 0 };
let learner: CurrentUser;

beforeAll(async () => {
  const { db } = await import("./db");
  const u = await db.user.create({ data: { id: "fuzz-learner", name: "Fuzz", email: "fuzz@example.com" } });
  learner = { id: u.id, name: u.name, email: u.email, createdAt: u.createdAt };
});
afterAll(() => {
  const statuses = [...counts.byStatus].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(" ");
  console.log(`[attack] fuzz: ${ROUTES.length} routes (${counts.routes} route methods), ${RUNS} cases per route (${RUNS_FOR["/api/auth/[...all]"]} for Better Auth's) = ${counts.cases} requests; 5xx = ${counts.fiveHundreds}, stack-trace leaks = ${counts.leaks}; statuses ${statuses}`);
});

function encodeSegment(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return "x"; // a lone surrogate can't be percent-encoded; Next would never route it
  }
}

describe("fuzzing every JSON route", () => {
  for (const route of ROUTES) {
    const runs = RUNS_FOR[route] ?? RUNS;
    it(`${route}: ${runs} generated requests, never a 5xx or a stack trace`, { timeout: 600_000 }, async () => {
      const mod = (await import(/* @vite-ignore */ join(ROOT, "app", route.slice(1), "route.ts"))) as Partial<Record<(typeof METHODS)[number], Handler>>;
      const methods = METHODS.filter((m) => typeof mod[m] === "function");
      expect(methods.length).toBeGreaterThan(0);
      const segments = [...route.matchAll(/\[(?:\.\.\.)?([^\]]+)\]/g)].map((m) => m[1]);
      counts.routes += methods.length;
      const perMethod = Math.ceil(runs / methods.length);
      for (const method of methods) {
        const handler = mod[method]!;
        await fc.assert(
          fc.asyncProperty(
            fc.boolean(),
            mutations(VALID[route]),
            rawBody,
            contentType,
            fc.tuple(...segments.map(pathId)),
            query,
            forwarded,
            fc.option(fc.nat({ max: 20_000_000 })),
            extraHeaders,
            async (signedIn, json, raw, type, ids, q, xff, declaredLength, extra) => {
              session.actor = signedIn ? learner : null;
              // Next hands a route the decoded path segment, so that is what params hold.
              const encoded = Object.fromEntries(segments.map((s, i) => [s, encodeSegment(ids[i])]));
              const params = Object.fromEntries(segments.map((s) => [s, decodeURIComponent(encoded[s])]));
              const path = route.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, key: string) => (key === "all" && AUTH_PATHS.includes(params[key]) ? params[key] : encoded[key]));
              const headers = new Headers({ ...extra, host: "localhost:3000", origin: ORIGIN });
              if (xff) headers.set("x-forwarded-for", xff);
              const init: RequestInit = { method, headers };
              if (method !== "GET") {
                const text = raw ?? JSON.stringify(json);
                if (type) headers.set("content-type", type);
                if (declaredLength !== null) headers.set("content-length", String(declaredLength));
                init.body = text;
              }
              let response: Response;
              try {
                response = await handler(new Request(`${ORIGIN}${path}${q}`, init), { params: Promise.resolve(params) });
              } catch (error) {
                counts.fiveHundreds += 1;
                throw new Error(`${method} ${route} threw instead of answering: ${String(error)}`);
              }
              counts.cases += 1;
              counts.byStatus.set(response.status, (counts.byStatus.get(response.status) ?? 0) + 1);
              const body = await response.text();
              if (response.status >= 500) counts.fiveHundreds += 1;
              expect(response.status, `${method} ${path}${q}: ${body.slice(0, 300)}`).toBeLessThan(500);
              if (/\n\s+at |\.tsx?:\d+|node_modules/.test(body)) counts.leaks += 1;
              expect(body).not.toMatch(/\n\s+at |\.tsx?:\d+|node_modules/);
              if (response.status >= 400 && (response.headers.get("content-type") ?? "").includes("json")) {
                // Ours: { error: { code, message } }. Better Auth's own: { code?, message }.
                const parsed = JSON.parse(body) as { error?: { code?: unknown; message?: unknown }; message?: unknown };
                const message = route === "/api/auth/[...all]" ? (parsed.error?.message ?? parsed.message) : parsed.error?.message;
                if (route !== "/api/auth/[...all]") expect(typeof parsed.error?.code).toBe("string");
                expect(typeof message, body.slice(0, 200)).toBe("string");
                expect((message as string).length).toBeGreaterThan(5);
              }
            },
          ),
          { numRuns: perMethod, seed: Number(process.env.FUZZ_SEED ?? 1507), endOnFailure: true },
        );
      }
    });
  }
});
