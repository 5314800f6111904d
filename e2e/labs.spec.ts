import { test, expect, allowConsoleErrors, signUp, uniqueEmail } from "./fixtures";
import { fixS3Lab, focusTerminal, runCommand, terminalLog } from "./terminal";

test("a new learner fixes the S3 gateway endpoint lab, checks it, and keeps progress after a reload", async ({ page }) => {
  await signUp(page, "Lab Learner", uniqueEmail("lab"));
  await page.goto("/labs");
  await page.getByRole("link", { name: /Reach S3 from a private subnet/ }).click();
  await expect(page).toHaveURL(/\/labs\/s3-gateway-endpoint$/);
  await focusTerminal(page);

  const goals = page.getByTestId("goals");
  await expect(goals.locator("li.goal-done")).toHaveCount(0);

  await fixS3Lab(page);

  // Every goal is done in the browser, and the server agrees after replaying the commands.
  await expect(goals.locator("li.goal-open")).toHaveCount(0);
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.getByTestId("check-result")).toContainText("goals done — checked on the server and saved");

  // The path trace shows the gateway endpoint hop.
  await page.getByLabel("From", { exact: true }).selectOption({ label: "app-server (10.0.2.10)" });
  await page.getByLabel("To", { exact: true }).selectOption({ label: "S3: list s3://pathwise-reports (us-east-1)" });
  await expect(page.getByTestId("trace-outcome")).toContainText("Delivered");
  await expect(page.getByTestId("trace-hops")).toContainText("vpce-gateway");

  // A reload keeps the progress (saved on the server for signed-in learners).
  await page.waitForTimeout(800); // the session is saved 400 ms after the last command
  await page.reload();
  await expect(page.getByTestId("goals").locator("li.goal-done")).not.toHaveCount(0);
  await expect(page.getByTestId("goals").locator("li.goal-open")).toHaveCount(0);
  await page.goto("/labs");
  await expect(page.getByRole("listitem").filter({ hasText: "Reach S3 from a private subnet" })).toContainText("Done");
});

test("check requests with bad bodies are refused with a clear 400 and nothing is stored", async ({ request }) => {
  const unknown = await request.post("/api/labs/no-such-lab/check", { data: { seed: 1, commands: [] } });
  expect(unknown.status()).toBe(404);
  const tooMany = await request.post("/api/labs/s3-gateway-endpoint/check", { data: { seed: 1, commands: Array(2001).fill("ls") } });
  expect(tooMany.status()).toBe(400);
  expect((await tooMany.json()).error.message).toContain("at most 2000 commands");
  const tooLong = await request.post("/api/labs/s3-gateway-endpoint/check", { data: { seed: 1, commands: ["x".repeat(5000)] } });
  expect(tooLong.status()).toBe(400);
  expect((await tooLong.json()).error.message).toContain("4096 characters");
  const malformed = await request.post("/api/labs/s3-gateway-endpoint/check", { headers: { "content-type": "application/json" }, data: "{nope" });
  expect(malformed.status()).toBe(400);
});

test("a guest's lab progress survives a reload in the browser", async ({ page }) => {
  await page.goto("/labs/s3-gateway-endpoint");
  await focusTerminal(page);
  await runCommand(page, "echo remembered-line", "remembered-line");
  await page.reload();
  await focusTerminal(page);
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  await expect(terminalLog(page)).toContainText("remembered-line");
});

test("a save that fails is shown, retried and then acknowledged — the command is there after a reload", async ({ page }) => {
  await signUp(page, "Flaky Wifi", uniqueEmail("flaky"));
  await page.goto("/labs/s3-gateway-endpoint");
  await focusTerminal(page);
  const state = page.getByTestId("save-state");

  // The network drops every save: the page says so and keeps retrying.
  await page.route("**/api/labs/s3-gateway-endpoint/session", (route) => route.abort("internetdisconnected"));
  allowConsoleErrors(page, /ERR_INTERNET_DISCONNECTED|Failed to load resource/);
  await runCommand(page, "aws s3 ls", "Connect timeout on endpoint URL");
  await expect(state).toContainText("Not saved yet (the server can't be reached). 1 command waiting, kept in this browser. Retrying in");
  // The server answers again: the next retry is acknowledged.
  await page.unroute("**/api/labs/s3-gateway-endpoint/session");
  await expect(state).toHaveText("Saved (1 command).", { timeout: 15_000 });

  await page.reload();
  await focusTerminal(page);
  await runCommand(page, "history", "aws s3 ls");
});

test("Reset asks first and can be undone, even after a reload; `reset` only clears the screen; one command can be taken back", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/labs/s3-gateway-endpoint");
  await focusTerminal(page);
  const goals = page.getByTestId("goals");
  await fixS3Lab(page);
  await expect(goals.locator("li.goal-open")).toHaveCount(0);

  // As on Linux, `reset` reinitializes the terminal: the lab's state is untouched.
  await runCommand(page, "reset");
  await expect(goals.locator("li.goal-open")).toHaveCount(0);
  await runCommand(page, "history", "create-vpc-endpoint");

  // The Reset button asks, and Cancel changes nothing.
  await page.getByRole("button", { name: "Reset", exact: true }).click();
  await expect(page.getByTestId("reset-confirm")).toContainText(/Start this lab over from its beginning\? Your \d+ commands will be cleared; you can undo this\./);
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByTestId("reset-confirm")).toHaveCount(0);
  await expect(goals.locator("li.goal-open")).toHaveCount(0);

  // Confirmed: back to the start, with an offer to undo that survives a reload.
  await page.getByRole("button", { name: "Reset", exact: true }).click();
  await page.getByRole("button", { name: "Reset the lab" }).click();
  await expect(goals.locator("li.goal-done")).toHaveCount(0); // back at the start: nothing done yet
  await expect(page.getByTestId("undo-reset")).toContainText(/\d+ commands from before the reset can be brought back/);
  await page.reload();
  await focusTerminal(page);
  await page.getByRole("button", { name: "Undo reset" }).click();
  await expect(goals.locator("li.goal-open")).toHaveCount(0);
  await expect(terminalLog(page)).toContainText("Restored your");
  await expect(page.getByTestId("undo-reset")).toHaveCount(0);

  // Undo last command replays the transcript minus its last line: `history`, `reset`, then the
  // `aws s3 ls` on app-server that met the last goal.
  for (const line of ["history", "reset", "aws s3 ls"]) {
    await page.getByRole("button", { name: "Undo last command" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Took back the last command (${line}).` })).toBeVisible();
  }
  await expect(goals.locator("li.goal-open")).toHaveCount(1);
  await expect(goals.locator('li[data-goal="ran-s3-ls"]')).toHaveClass(/goal-open/);
});

test("an ended session is announced before Check, nothing is graded as a guest's, and signing in again in a new tab carries on", async ({ page }) => {
  const email = uniqueEmail("expired");
  await signUp(page, "Eve Expired", email);
  await page.goto("/labs/s3-gateway-endpoint");
  await focusTerminal(page);
  await runCommand(page, "aws s3 ls", "Connect timeout on endpoint URL");
  await expect(page.getByTestId("save-state")).toHaveText("Saved (1 command).");

  // The session ends (expired, or signed out elsewhere). Coming back to the tab says so at once.
  allowConsoleErrors(page, /status of 401/);
  await page.context().clearCookies();
  await page.evaluate(() => window.dispatchEvent(new Event("focus")));
  await expect(page.getByTestId("session-ended")).toContainText("Your session has ended, so this was not graded or saved.");
  // Check is refused rather than graded as a guest's.
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.getByTestId("check-result")).toHaveCount(0);

  // Sign in again in a new tab; back here, the notice goes and Check reaches the gradebook.
  const [tab] = await Promise.all([page.context().waitForEvent("page"), page.getByRole("link", { name: "Sign in again in a new tab" }).click()]);
  await tab.getByLabel("Email").fill(email);
  await tab.getByLabel("Password").fill("correct-horse-battery");
  await tab.getByRole("button", { name: "Sign in" }).click();
  await expect(tab.getByTestId("nav-user")).toHaveText("Eve Expired");
  await tab.close();
  await page.bringToFront();
  await page.evaluate(() => window.dispatchEvent(new Event("focus")));
  await expect(page.getByTestId("session-ended")).toHaveCount(0);
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.getByTestId("check-result")).toContainText("0 of 4 goals done (saved with your attempts).");
});
