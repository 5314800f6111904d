import { test, expect, signUp, uniqueEmail, allowConsoleErrors } from "./fixtures";

test("a visitor signs up, signs out, signs in again and sees their name", async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, "Grace Hopper", email);
  await page.getByTestId("nav-user").click();
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await expect(page.getByTestId("account-name")).toHaveText("Grace Hopper");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(page.getByTestId("nav-user")).toHaveCount(0);

  await page.getByRole("link", { name: "Sign in" }).click();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("correct-horse-battery");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("nav-user")).toHaveText("Grace Hopper");

  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name.endsWith("session_token"));
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");
});

test("bad sign-up input shows specific field errors and keeps what was typed", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Ada");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a valid email address, like ada@example.com.")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue("Ada");
  await expect(page.getByLabel("Email")).toHaveValue("not-an-email");
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");

  // An email that already has an account.
  const email = uniqueEmail("taken");
  const created = await page.request.post("/api/auth/sign-up/email", {
    data: { name: "First", email, password: "correct-horse-battery" },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(created.ok()).toBe(true);
  await page.context().clearCookies();
  allowConsoleErrors(page, /status of 422/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("another-long-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("An account with this email already exists.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await expect(page.getByLabel("Name")).toHaveValue("Ada");
  await expect(page.getByLabel("Password")).toHaveValue("");
});

test("a wrong password gets one generic message and is rate limited", async ({ page }) => {
  const email = uniqueEmail("locked");
  await signUp(page, "Linus", email);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  allowConsoleErrors(page, /status of (401|429)/);

  await page.goto("/sign-in");
  const attempt = async (who = email) => {
    await page.getByLabel("Email").fill(who);
    await page.getByLabel("Password").fill("not-my-password");
    await Promise.all([
      page.waitForResponse((r) => r.url().endsWith("/api/auth/sign-in/email")),
      page.getByRole("button", { name: "Sign in" }).click(),
    ]);
    // The form clears the password after a failure; wait for that before typing the next one.
    await expect(page.getByLabel("Password")).toHaveValue("");
  };
  await attempt();
  await expect(page.locator(".form-error")).toHaveText("That email and password don't match an account.");
  // Unknown accounts get the same message: nothing tells an attacker which emails exist.
  await attempt(uniqueEmail("nobody"));
  await expect(page.locator(".form-error")).toHaveText("That email and password don't match an account.");

  // The e2e server allows 5 sign-in attempts per address per minute.
  for (let i = 0; i < 4; i += 1) await attempt();
  await expect(page.locator(".form-error")).toHaveText("Too many attempts from this network. Wait a minute, then try again.");
});

test("signed-out visitors are sent to sign in from /account and come back after", async ({ page }) => {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount|\/sign-in\?next=\/account/);
  await page.getByRole("link", { name: "Create an account" }).click();
  await page.getByLabel("Name").fill("Margaret");
  await page.getByLabel("Email").fill(uniqueEmail());
  await page.getByLabel("Password").fill("correct-horse-battery");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
});

test("guest progress in the browser is merged into the new account", async ({ page }) => {
  await page.goto("/");
  await page.evaluate(() => {
    localStorage.setItem(
      "pathwise.guest-progress.v1",
      JSON.stringify({
        version: 1,
        lessons: {
          "tunnels-and-vpns/01-why-the-internet-is-untrusted": "2026-11-01T10:00:00.000Z",
          "gateway-endpoints/09-gateway-endpoints": "2026-11-02T10:00:00.000Z",
        },
      }),
    );
  });
  await signUp(page, "Guest Turned Learner", uniqueEmail("guest"));
  await page.goto("/account");
  await expect(page.getByTestId("lessons-completed")).toHaveText("2 of 21");
  const left = await page.evaluate(() => localStorage.getItem("pathwise.guest-progress.v1"));
  expect(JSON.parse(left ?? "{}")).toEqual({ version: 1, lessons: {} });
});
