import fc from "fast-check";
import { test, expect, signUp, uniqueEmail } from "./fixtures";

/** Every JSON endpoint that changes something, with a valid body for the happy path. */
const MUTATING: Array<{ method: "POST" | "PUT"; path: string }> = [
  { method: "POST", path: "/api/progress/merge" },
  { method: "POST", path: "/api/quizzes/09-gateway-endpoints/attempts" },
  { method: "POST", path: "/api/labs/s3-gateway-endpoint/check" },
  { method: "PUT", path: "/api/labs/s3-gateway-endpoint/session" },
  { method: "POST", path: "/api/labs/s3-gateway-endpoint/hint" },
  { method: "POST", path: "/api/labs/s3-gateway-endpoint/solution" },
];

test("cross-origin POSTs to every mutating endpoint are refused", async ({ page }) => {
  await signUp(page, "Csrf Target", uniqueEmail("csrf"));
  for (const { method, path } of MUTATING) {
    const response = await page.request.fetch(path, { method, headers: { origin: "https://evil.example", "content-type": "application/json" }, data: {} });
    expect(response.status(), `${method} ${path}`).toBe(403);
  }
  // Better Auth's own endpoints check the Origin too.
  const signOut = await page.request.post("/api/auth/sign-out", { headers: { origin: "https://evil.example" }, data: {} });
  expect(signOut.status()).toBe(403);
});

test("fuzzed request bodies always get a 4xx with a message, never a 5xx", async ({ page }) => {
  await signUp(page, "Fuzz Target", uniqueEmail("fuzz"));
  const origin = new URL(page.url()).origin;
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...MUTATING), fc.oneof(fc.jsonValue(), fc.string()), async (endpoint, body) => {
      const response = await page.request.fetch(endpoint.path, {
        method: endpoint.method,
        headers: { origin, "content-type": "application/json" },
        data: typeof body === "string" ? body : JSON.stringify(body),
      });
      expect(response.status(), `${endpoint.path} ${JSON.stringify(body).slice(0, 80)}`).toBeLessThan(500);
      if (response.status() >= 400) expect((await response.json()).error.message).toBeTruthy();
    }),
    { numRuns: 60, seed: 20261122 },
  );
});

test("a tampered quiz submission is refused with 400 and not stored", async ({ page }) => {
  await signUp(page, "Tamper", uniqueEmail("tamper"));
  const origin = new URL(page.url()).origin;
  const post = (data: unknown) => page.request.post("/api/quizzes/09-gateway-endpoints/attempts", { headers: { origin }, data });
  for (const [data, message] of [
    [{ answers: { "not-a-question": "a" } }, "is not part of quiz"],
    [{ answers: { [`q${"x".repeat(100)}`]: "a" } }, "Invalid request"],
    [{ answers: {}, score: 5 }, "Invalid request"],
    [{ answers: { x: "y".repeat(5000) } }, "Invalid request"],
  ] as const) {
    const response = await post(data);
    expect(response.status()).toBe(400);
    expect((await response.json()).error.message).toContain(message);
  }
  const other = await post({ answers: { checksum: "b" } }); // a question id from another quiz
  expect(other.status()).toBe(400);
  await page.goto("/account");
  await expect(page.getByTestId("lessons-completed")).toHaveText("0 of 21");
});

test("security headers are on pages as well as APIs", async ({ request }) => {
  for (const path of ["/", "/learn/gateway-endpoints/09-gateway-endpoints", "/labs/s3-gateway-endpoint", "/sign-in"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).not.toContain("unsafe-eval");
    expect(headers["content-security-policy"], path).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
  }
});
