// Issue 16, point 6 (the part built so far): a learner changes their name and password from the
// account page — the password change signs out every other browser — and downloads their data.
import { test, expect, allowConsoleErrors, signUp, uniqueEmail } from "./fixtures";

test("change name and password (other browsers are signed out), and download my data", async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  const email = uniqueEmail("account");
  await signUp(page, "Ada Lovelace", email);

  // A second browser signed in as the same learner.
  const other = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "203.0.113.77" } });
  const otherPage = await other.newPage();
  await otherPage.goto("/sign-in");
  await otherPage.getByLabel("Email").fill(email);
  await otherPage.getByLabel("Password").fill("correct-horse-battery");
  await otherPage.getByRole("button", { name: "Sign in" }).click();
  await expect(otherPage.getByTestId("nav-user")).toHaveText("Ada Lovelace");

  await page.goto("/account");
  // Name: refused when empty, changed everywhere otherwise.
  await page.getByLabel("Name", { exact: true }).fill("   ");
  await page.getByRole("button", { name: "Change name" }).click();
  await expect(page.locator(".form-error")).toHaveText("Enter your name.");
  await page.getByLabel("Name", { exact: true }).fill("Ada King");
  await page.getByRole("button", { name: "Change name" }).click();
  await expect(page.getByText("Your name is changed.")).toBeVisible();
  await expect(page.getByTestId("nav-user")).toHaveText("Ada King");
  await expect(page.getByTestId("account-name")).toHaveText("Ada King");

  // Password: the wrong current one changes nothing; the right one signs out the other browser.
  allowConsoleErrors(page, /status of 400|status of 401/);
  await page.getByLabel("Current password").fill("not-my-password");
  await page.getByLabel("New password").fill("a-much-better-passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.locator(".form-error")).toHaveText("That is not your current password. Nothing was changed.");
  await page.getByLabel("Current password").fill("correct-horse-battery");
  await page.getByLabel("New password").fill("short");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.locator(".form-error")).toHaveText("Use at least 10 characters.");
  await page.getByLabel("New password").fill("a-much-better-passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your password is changed" })).toContainText("every other browser or device signed in as you has been signed out");

  await otherPage.goto("/account");
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await otherPage.getByLabel("Email").fill(email);
  await otherPage.getByLabel("Password").fill("a-much-better-passphrase");
  await otherPage.getByRole("button", { name: "Sign in" }).click();
  await expect(otherPage.getByTestId("nav-user")).toHaveText("Ada King");
  await other.close();

  // This browser stays signed in; its data comes as one JSON file with nothing secret in it.
  await page.reload();
  await expect(page.getByTestId("nav-user")).toHaveText("Ada King");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download my data" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^pathwise-my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  const data = JSON.parse(text) as { format: string; account: { name: string; email: string } };
  expect(data.format).toBe("pathwise-my-data/1");
  expect(data.account).toMatchObject({ name: "Ada King", email });
  expect(text).not.toMatch(/password|"token"/i);
});
