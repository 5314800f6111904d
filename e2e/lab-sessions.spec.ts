// Issue 16, point 1: a lab session survives anything — offline typing, a reload while offline, two
// tabs. Acted as a learner would; what is "on the server" is checked as the learner's other device
// would see it: a second browser with only the session cookie (no storage from this one).
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { test, expect, allowConsoleErrors, signUp, uniqueEmail } from "./fixtures";
import { focusTerminal, runCommand, terminalLog } from "./terminal";

const LAB = "/labs/s3-gateway-endpoint";

/** What the server has for this learner's lab: opens it in a fresh browser with only the cookies. */
async function serverTranscript(browser: Browser, context: BrowserContext): Promise<string> {
  const { cookies } = await context.storageState();
  const other = await browser.newContext({ storageState: { cookies, origins: [] }, serviceWorkers: "block" });
  try {
    const page = await other.newPage();
    await page.goto(LAB);
    await focusTerminal(page);
    await runCommand(page, "history", /\d+\s+history/);
    return (await terminalLog(page).textContent()) ?? "";
  } finally {
    await other.close();
  }
}

/** Numbers of `history` lines in order, e.g. ["echo zero", "echo one", …]. */
function historyOf(log: string): string[] {
  const lines = [...log.matchAll(/\s(\d+)\s\s(echo [a-z]+)/g)].map((m) => [Number(m[1]), m[2]] as const);
  const byNumber = new Map(lines);
  return [...byNumber.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1]);
}

async function saved(page: Page, count: number) {
  await expect(page.getByTestId("save-state")).toHaveText(`Saved (${count} command${count === 1 ? "" : "s"}).`, { timeout: 15_000 });
}

test("offline mid-lab: five commands, a reload while offline, back online — all five reach the server in order and the screen is as it was", async ({ page, context, browser }) => {
  test.setTimeout(120_000);
  allowConsoleErrors(page, /ERR_INTERNET_DISCONNECTED|Failed to load resource|net::ERR/);
  await signUp(page, "Train Commuter", uniqueEmail("offline"));
  await page.goto(LAB);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // Once the page is controlled by the service worker, a visit keeps a copy for offline use.
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await focusTerminal(page);
  await runCommand(page, "echo zero", /zero[\s\S]*\$/);
  await saved(page, 1);

  await context.setOffline(true);
  for (const word of ["one", "two", "three", "four", "five"]) await runCommand(page, `echo ${word}`, new RegExp(`${word}\\s`));
  await expect(page.getByTestId("save-state")).toContainText("Not saved yet (the server can't be reached). 5 commands waiting, kept in this browser. Retrying in");

  // Reload with the network still down: the page comes from the service worker's copy and the
  // terminal from this browser's record — scrollback and all.
  const response = await page.reload();
  expect(response?.fromServiceWorker()).toBe(true);
  await focusTerminal(page);
  for (const word of ["zero", "one", "two", "three", "four", "five"]) await expect(terminalLog(page)).toContainText(`echo ${word}`);
  await expect(page.getByTestId("save-state")).toContainText("5 commands waiting");

  await context.setOffline(false);
  await saved(page, 6);
  expect(historyOf(await serverTranscript(browser, context))).toEqual(["echo zero", "echo one", "echo two", "echo three", "echo four", "echo five"]);
});

test("a reload brings back the terminal's scrollback, not a bare prompt", async ({ page }) => {
  await signUp(page, "Scroll Back", uniqueEmail("scroll"));
  await page.goto(LAB);
  await focusTerminal(page);
  await runCommand(page, "exit", "closed.");
  await runCommand(page, 'aws ec2 describe-vpcs --filters Name=tag:Name,Values=lab-vpc --query "Vpcs[0].VpcId" --output text', /vpc-[0-9a-f]{17}/);
  const before = ((await terminalLog(page).textContent()) ?? "").match(/vpc-[0-9a-f]{17}/)?.[0];
  await saved(page, 2);
  await page.reload();
  await focusTerminal(page);
  // The id looked up before the reload is still on screen, under the same prompt and command.
  await expect(terminalLog(page)).toContainText(`describe-vpcs --filters Name=tag:Name,Values=lab-vpc`);
  await expect(terminalLog(page)).toContainText(before ?? "no id");
  await expect(page.locator(".xterm-rows")).toContainText(before ?? "no id");
});

test("two tabs on one lab: the second is told, the server refuses the stale save, and no command is lost", async ({ page, context, browser }) => {
  test.setTimeout(120_000);
  allowConsoleErrors(page, /409 \(Conflict\)/);
  await signUp(page, "Two Tabs", uniqueEmail("tabs"));
  await page.goto(LAB);
  await focusTerminal(page);
  await runCommand(page, "echo one", /one\s/);
  await saved(page, 1);

  const second = await context.newPage();
  await second.goto(LAB);
  await focusTerminal(second);
  await expect(terminalLog(second)).toContainText("echo one");
  await runCommand(second, "echo two", /two\s/);
  await saved(second, 2);

  // The first tab hears about it at once.
  await expect(page.getByTestId("other-tab")).toContainText("This lab is also open in another tab, which has different work (2 commands).");
  // It types anyway: its save builds on version 1, the server has 2 — refused, and the choice offered.
  await focusTerminal(page);
  await runCommand(page, "echo three", /three\s/);
  await expect(page.getByTestId("other-tab")).toContainText(
    "This lab was saved from another tab or device since this page last saved (2 commands there). This tab's work (2 commands) isn't saved until you choose.",
  );
  expect(historyOf(await serverTranscript(browser, context))).toEqual(["echo one", "echo two"]);

  // Continue with the other tab's work: this tab's commands stay on offer and come back on request.
  await page.getByRole("button", { name: "Continue here with the other tab's work" }).click();
  await expect(terminalLog(page)).toContainText("Continued with the 2 commands from the other tab or device.");
  await expect(page.getByTestId("undo-reset")).toContainText("2 commands this tab had before continuing with the other tab's work can be brought back.");
  const stored = page.waitForResponse((r) => r.url().endsWith("/session") && r.request().method() === "PUT" && r.status() === 200);
  await page.getByRole("button", { name: "Bring back this tab's commands" }).click();
  await stored;
  await saved(page, 2);
  expect(historyOf(await serverTranscript(browser, context))).toEqual(["echo one", "echo three"]);
  // …and the other tab's are still on offer in this one, so neither transcript was ever dropped.
  await expect(page.getByTestId("undo-reset")).toContainText("2 commands saved from the other tab or device were replaced by this tab's and can be brought back.");
  await page.close();
  await second.close();
});
