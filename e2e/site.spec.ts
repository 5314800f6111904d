import { test, expect, allowConsoleErrors } from "./fixtures";

test("the landing page says what Pathwise is and starts the first lesson in one click", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Learn private cloud networking by doing it.");
  await page.getByRole("link", { name: "Start the first lesson" }).click();
  await expect(page).toHaveURL(/\/learn\/tunnels-and-vpns\/01-why-the-internet-is-untrusted$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Why the internet is untrusted");
});

test("/learn lists the seven tracks", async ({ page }) => {
  await page.goto("/learn");
  await expect(page.getByRole("heading", { level: 2 })).toHaveCount(7);
  await expect(page.getByRole("heading", { name: /Gateway endpoints/ })).toBeVisible();
});

test("/api/health answers ok after checking the database, with security headers", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toContain("default-src 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});

test("/api/health/live answers ok without touching the database", async ({ request }) => {
  const response = await request.get("/api/health/live");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
});

test("an unknown URL shows the not-found page with a 404", async ({ page }) => {
  allowConsoleErrors(page, /status of 404/);
  const response = await page.goto("/no/such/route");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("doesn't exist");
  await expect(page.locator("body")).not.toContainText(/Error:|at \S+ \(.*:\d+:\d+\)/);
  await page.getByRole("link", { name: "Browse the course" }).click();
  await expect(page).toHaveURL(/\/learn$/);
});

test("a cross-site POST to a mutating endpoint is refused", async ({ request }) => {
  const response = await request.post("/api/progress/merge", {
    headers: { origin: "https://evil.example" },
    data: { version: 1, lessons: {} },
  });
  expect(response.status()).toBe(403);
  expect((await response.json()).error.message).toBe("Cross-site requests are not allowed.");
});

test("lesson search finds titles and headings and deep-links to them", async ({ page }) => {
  await page.goto("/learn");
  await page.getByLabel("Search lessons").fill("private dns");
  const results = page.locator(".search-results");
  await expect(results.getByRole("link", { name: "Private DNS" }).first()).toBeVisible();
  await results.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/learn\/interface-endpoints\//);
});
