import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { test, expect, signUp, uniqueEmail, allowConsoleErrors } from "./fixtures";
import { fixS3Lab, focusTerminal } from "./terminal";

/**
 * A page in its own browser context (its own cookies) with the same console guard the fixtures
 * give the default page: any console.error or page error fails the test.
 */
async function userPage(browser: Browser, baseURL: string | undefined, ip: string): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const ctx = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": ip } });
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(`pageerror: ${err.message}`));
  return { page, errors, close: () => ctx.close() };
}

async function expectNoSeriousViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
  expect(serious, label).toEqual([]);
}

// The instructors here work from Los Angeles (their pages' zone and locale); learners use the default.
test.use({ timezoneId: "America/Los_Angeles", locale: "en-US" });

test("an instructor assigns a lab, two learners join and work on it, and the gradebook, stuck view and CSV agree", async ({ page, browser, baseURL }) => {
  test.setTimeout(150_000);
  const run = Date.now().toString(36);
  const className = `Private networking ${run}`;
  const emailA = uniqueEmail("ada");
  const emailB = uniqueEmail("ben");
  const zone = "America/Los_Angeles"; // the instructor's browser (test.use below)

  // The instructor (default page, covered by the fixture's console guard) creates the class.
  await signUp(page, "Ivy Instructor", uniqueEmail("ivy"));
  await page.getByRole("link", { name: "Classes" }).click();
  await expect(page.getByRole("heading", { name: "Classes", level: 1 })).toBeVisible();
  await expect(page.getByText("You don't teach a class yet.")).toBeVisible();
  await page.getByLabel("Class name").fill(className);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { name: className, level: 1 })).toBeVisible();
  const code = (await page.getByTestId("join-code").textContent())?.trim() ?? "";
  expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
  const joinLink = (await page.getByTestId("join-link").textContent())?.trim() ?? "";
  expect(joinLink).toContain(`/classes/join/${code}`);

  await page.getByLabel("What to assign").selectOption("lab");
  await page.getByLabel("Lab", { exact: true }).selectOption("s3-gateway-endpoint");
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByRole("status")).toContainText("Assigned: Lab: Reach S3 from a private subnet");
  await expect(page.getByTestId("assignments")).toContainText("Reach S3 from a private subnet");
  await expectNoSeriousViolations(page, "class page (instructor)");

  // Learner A joins with the code on /classes.
  const a = await userPage(browser, baseURL, `203.0.113.${(Number.parseInt(run.slice(-3), 36) % 200) + 10}`);
  await signUp(a.page, "Ada Learner", emailA);
  await a.page.goto("/classes");
  await a.page.getByLabel("Join code").fill(code.toLowerCase());
  await a.page.getByRole("button", { name: "Join class" }).click();
  await expect(a.page.getByRole("heading", { name: className, level: 1 })).toBeVisible();
  const myAssignments = a.page.getByTestId("my-assignments");
  await expect(myAssignments).toContainText("Reach S3 from a private subnet");
  await expect(myAssignments).toContainText("Not started");
  await expectNoSeriousViolations(a.page, "class page (learner)");

  // Learner B opens the join link as a guest: signs up first, then comes back to join.
  const b = await userPage(browser, baseURL, `203.0.113.${(Number.parseInt(run.slice(-3), 36) % 200) + 11}`);
  await b.page.goto(new URL(joinLink).pathname);
  await expect(b.page).toHaveURL(/\/sign-up\?next=/);
  await b.page.getByLabel("Name").fill("Ben Learner");
  await b.page.getByLabel("Email").fill(emailB);
  await b.page.getByLabel("Password").fill("correct-horse-battery");
  await b.page.getByRole("button", { name: "Create account" }).click();
  await expect(b.page).toHaveURL(new RegExp(`/classes/join/${code}$`));
  await b.page.getByRole("button", { name: `Join ${className}` }).click();
  await expect(b.page.getByRole("heading", { name: className, level: 1 })).toBeVisible();

  // A finishes the lab and checks it.
  await a.page.getByRole("link", { name: /Reach S3 from a private subnet/ }).click();
  await expect(a.page).toHaveURL(/\/labs\/s3-gateway-endpoint$/);
  await focusTerminal(a.page);
  await fixS3Lab(a.page);
  await a.page.getByRole("button", { name: "Check" }).click();
  await expect(a.page.getByTestId("check-result")).toContainText("goals done — checked on the server and saved");

  // B presses Check twice without fixing anything.
  await b.page.goto("/labs/s3-gateway-endpoint");
  await focusTerminal(b.page);
  const checkB = async () => {
    await Promise.all([
      b.page.waitForResponse((r) => r.url().endsWith("/api/labs/s3-gateway-endpoint/check") && r.status() === 200),
      b.page.getByRole("button", { name: "Check" }).click(),
    ]);
  };
  await checkB();
  await expect(b.page.getByTestId("check-result")).toBeVisible();
  await checkB();

  // A sees it done on their class list.
  await a.page.goto("/classes");
  await expect(a.page.getByTestId("classes-taking").getByTestId("count-done")).toHaveText("1 done");

  // The instructor's gradebook: A done, B in progress with 2 attempts.
  await page.goto(page.url().replace(/\/?$/, "/gradebook"));
  await expect(page.getByRole("heading", { name: "Gradebook" })).toBeVisible();
  const rowA = page.locator(`[data-testid="gradebook-row"][data-learner="${emailA}"]`);
  const rowB = page.locator(`[data-testid="gradebook-row"][data-learner="${emailB}"]`);
  await expect(rowA.getByTestId("gradebook-cell")).toHaveAttribute("data-status", "done");
  await expect(rowA.getByTestId("gradebook-cell")).toContainText("Done");
  await expect(rowB.getByTestId("gradebook-cell")).toHaveAttribute("data-status", "in-progress");
  await expect(rowB.getByTestId("cell-attempts")).toContainText("2 attempts");
  await expectNoSeriousViolations(page, "gradebook");

  // B's cell opens the attempt detail: the transcript and the failing goals with their codes.
  await rowB.getByRole("link").click();
  await expect(page.getByRole("heading", { name: /Reach S3 from a private subnet/ })).toBeVisible();
  await expect(page.getByTestId("attempt")).toHaveCount(2);
  await expect(page.getByTestId("attempt").first()).toContainText("Failed: app-server can list pathwise-reports through a gateway endpoint");
  await expectNoSeriousViolations(page, "attempt detail");

  // The stuck view lists B against the failing goals.
  await page.goBack();
  await page.getByRole("link", { name: "Where learners are stuck" }).click();
  await expect(page.getByRole("heading", { name: "Where learners are stuck" })).toBeVisible();
  const stuckLearners = page.getByTestId("stuck-learner");
  await expect(stuckLearners).toHaveCount(1);
  await expect(stuckLearners.first()).toContainText("Ben Learner");
  await expect(stuckLearners.first()).toContainText("app-server can list pathwise-reports through a gateway endpoint (2 checks)");
  await expect(page.getByTestId("stuck-goals")).toContainText("app-server can list pathwise-reports through a gateway endpoint");
  await expectNoSeriousViolations(page, "stuck view");

  // The CSV: a header row and exactly the two learner rows with matching statuses.
  const csvUrl = page.url().replace(/\/stuck$/, "/gradebook.csv");
  const res = await page.request.get(csvUrl);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(res.headers()["content-disposition"]).toMatch(/^attachment; filename="[a-z0-9-]+-gradebook-\d{4}-\d{2}-\d{2}\.csv"$/);
  const lines = (await res.text()).trimEnd().split("\r\n");
  expect(lines).toHaveLength(3);
  expect(lines[0]).toBe(
    `name,email,last activity (UTC),last activity (${zone}),Lab: Reach S3 from a private subnet with a gateway endpoint — status,Lab: Reach S3 from a private subnet with a gateway endpoint — best score %,Lab: Reach S3 from a private subnet with a gateway endpoint — attempts`,
  );
  const rows = Object.fromEntries(lines.slice(1).map((l) => [l.split(",")[1], l]));
  expect(rows[emailA]).toMatch(/^Ada Learner,.+,\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z,\d{4}-\d{2}-\d{2} \d{2}:\d{2} [A-Z0-9+-]+,Done,100,1$/);
  expect(rows[emailB]).toMatch(/^Ben Learner,.+,\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z,\d{4}-\d{2}-\d{2} \d{2}:\d{2} [A-Z0-9+-]+,In progress,\d+,2$/);

  // Learners can't see the gradebook (404, not 403), and the CSV refuses them too.
  const asLearner = await a.page.request.get(csvUrl);
  expect(asLearner.status()).toBe(404);
  expect(a.errors, "learner A console errors").toEqual([]);
  expect(b.errors, "learner B console errors").toEqual([]);
  await a.close();
  await b.close();
});

test("guests are sent to sign in for class pages and get 401 from class APIs", async ({ page, request }) => {
  await page.goto("/classes");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fclasses/);
  const api = await request.post("/api/classes", { data: { name: "Nope" } });
  expect(api.status()).toBe(401);
  const csv = await request.get("/classes/whatever/gradebook.csv");
  expect(csv.status()).toBe(401);
});

test("join mistakes get clear messages; a new code retires the old link; an archived class takes no one", async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  const className = `Archive me ${Date.now().toString(36)}`;
  await signUp(page, "Ivo Instructor", uniqueEmail("ivo"));
  await page.goto("/classes");
  await expectNoSeriousViolations(page, "classes list (empty)");
  // Instant feedback for an empty name, then create.
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByText("Enter a name for the class.")).toBeVisible();
  await page.getByLabel("Class name").fill(className);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { name: className, level: 1 })).toBeVisible();
  const oldCode = (await page.getByTestId("join-code").textContent())?.trim() ?? "";

  // A due date in the past is refused before anything is sent.
  await page.getByLabel("Lab", { exact: true }).selectOption("s3-gateway-endpoint");
  await page.getByLabel(/^Due \(optional/).fill("2020-01-01T10:00");
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByText("The due date is in the past. Pick a date and time still to come.")).toBeVisible();
  await expect(page.getByText("Nothing assigned yet.")).toBeVisible();
  // A due time is entered in the instructor's own zone (named by the field) and shown back in it:
  // 17:00 in Los Angeles stays "5:00 PM PST", not "1:00 AM UTC" the next day.
  await expect(page.getByTestId("zone-name")).toHaveText("America/Los_Angeles");
  await page.getByLabel(/^Due \(optional/).fill("2030-01-15T17:00");
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.locator("time").filter({ hasText: "Jan 15, 2030, 5:00 PM PST" }).first()).toBeVisible();
  await expect(page.locator('time[datetime="2030-01-16T01:00:00.000Z"]').first()).toBeVisible();

  const l = await userPage(browser, baseURL, "203.0.113.240");
  await signUp(l.page, "Lou Learner", uniqueEmail("lou"));
  await l.page.goto("/classes");
  // Malformed code: refused in the browser.
  await l.page.getByLabel("Join code").fill("12345");
  await l.page.getByRole("button", { name: "Join class" }).click();
  await expect(l.page.getByText("That is not a join code: codes are 8 letters and digits, like K7QM-3XPA.")).toBeVisible();
  await expect(l.page.getByLabel("Join code")).toHaveAttribute("aria-invalid", "true");

  // The instructor makes a new code: the old one stops working.
  await page.getByRole("button", { name: "New join code" }).click();
  await page.getByRole("button", { name: "Yes, new join code" }).click();
  await expect(page.getByTestId("join-code")).not.toHaveText(oldCode);
  const newCode = (await page.getByTestId("join-code").textContent())?.trim() ?? "";

  await l.page.goto(`/classes/join/${oldCode}`);
  await expect(l.page.locator(".form-error")).toContainText("No class has that join code.");
  await l.page.getByLabel("Join code").fill(newCode);
  await l.page.getByRole("button", { name: "Join class" }).click();
  await expect(l.page.getByRole("heading", { name: className, level: 1 })).toBeVisible();
  // The learner sees the same instant the instructor set, in the learner's own zone and locale.
  await expect(l.page.locator('time[datetime="2030-01-16T01:00:00.000Z"]').first()).toBeVisible();

  // Joining twice: a clear message, nothing changes.
  await l.page.goto(`/classes/join/${newCode}`);
  await expect(l.page.getByText("You are already in this class.")).toBeVisible();
  await l.page.goto("/classes");
  await l.page.getByLabel("Join code").fill(newCode);
  await l.page.getByRole("button", { name: "Join class" }).click();
  await expect(l.page.locator(".field-error")).toHaveText(`You are already in “${className}”.`);
  expect(l.errors.filter((e) => !/status of 409/.test(e))).toEqual([]);
  l.errors.length = 0;

  // Archive: no more joins; the class stays viewable.
  await page.getByRole("button", { name: "Archive class" }).click();
  await page.getByRole("button", { name: "Yes, archive class" }).click();
  await expect(page.getByTestId("archived-note")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Assign work" })).toHaveCount(0);

  const late = await userPage(browser, baseURL, "203.0.113.241");
  await signUp(late.page, "Lena Late", uniqueEmail("lena"));
  await late.page.goto(`/classes/join/${newCode}`);
  await expect(late.page.locator(".form-error")).toHaveText("This class is archived and no longer accepts learners.");

  // Someone outside the class gets a 404 for it and its gradebook, not a 403.
  allowConsoleErrors(page, /status of 404/);
  const classUrl = new URL(page.url()).pathname;
  const outsider = await late.page.goto(classUrl);
  expect(outsider?.status()).toBe(404);
  expect((await late.page.goto(`${classUrl}/gradebook`))?.status()).toBe(404);
  expect((await late.page.request.get(`${classUrl}/gradebook.csv`)).status()).toBe(404);
  // A learner gets 404 for the instructor-only pages too.
  expect((await l.page.goto(`${classUrl}/stuck`))?.status()).toBe(404);

  expect(l.errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
  expect(late.errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
  await l.close();
  await late.close();
});
