import { test as base, expect, type Page } from "@playwright/test";

let ipCounter = 0;

/**
 * Every test gets its own client address (sign-in rate limiting is per address: the e2e server runs
 * as if behind a proxy on this machine, TRUST_PROXY=loopback, so it reads the address from
 * X-Forwarded-For; scripts/e2e.mjs) and fails on any
 * console.error or uncaught page error it did not declare as expected.
 */
export const test = base.extend<{ consoleGuard: void }>({
  extraHTTPHeaders: async ({}, use, testInfo) => {
    ipCounter += 1;
    await use({ "x-forwarded-for": `198.51.100.${(testInfo.workerIndex * 50 + ipCounter) % 250}` });
  },
  consoleGuard: [
    async ({ page }, use) => {
      const errors: string[] = [];
      const allowed: RegExp[] = [];
      (page as Page & { __allow?: (p: RegExp) => void }).__allow = (p) => allowed.push(p);
      page.on("console", (msg) => {
        if (msg.type() === "error") errors.push(msg.text());
      });
      page.on("pageerror", (err) => errors.push(`pageerror: ${err.message}`));
      await use();
      const unexpected = errors.filter((e) => !allowed.some((p) => p.test(e)));
      expect(unexpected, "unexpected console errors").toEqual([]);
    },
    { auto: true },
  ],
});

/** Declare console errors a test expects (e.g. the browser's log line for an intended 401). */
export function allowConsoleErrors(page: Page, pattern: RegExp): void {
  (page as Page & { __allow?: (p: RegExp) => void }).__allow?.(pattern);
}

export { expect };

export function uniqueEmail(prefix = "learner"): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}@example.com`;
}

export async function signUp(page: Page, name: string, email: string, password = "correct-horse-battery") {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("nav-user")).toHaveText(name);
}
