import AxeBuilder from "@axe-core/playwright";
import { test, expect, signUp, uniqueEmail } from "./fixtures";
import { focusTerminal } from "./terminal";

async function expectNoSeriousViolations(page: import("@playwright/test").Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
  expect(serious, label).toEqual([]);
}

test("the landing page, a lesson with its quiz, a lab and the playground have no serious axe violations", async ({ page }) => {
  await page.goto("/");
  await expectNoSeriousViolations(page, "landing");
  await page.goto("/learn/gateway-endpoints/09-gateway-endpoints");
  await expectNoSeriousViolations(page, "lesson + quiz");
  await page.goto("/labs/s3-gateway-endpoint");
  await focusTerminal(page);
  await expectNoSeriousViolations(page, "lab");
  await page.goto("/playground");
  await focusTerminal(page);
  await expectNoSeriousViolations(page, "playground");
  await signUp(page, "Axe", uniqueEmail("axe"));
  await page.goto("/account");
  await expectNoSeriousViolations(page, "account");
});
