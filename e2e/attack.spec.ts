// Attacks a new user could try from outside (issue 15), against the production build. The main e2e
// server runs as if behind a proxy on this machine (TRUST_PROXY=loopback); a second server runs the
// default configuration, trusting no proxy (E2E_DIRECT_URL; scripts/e2e.mjs).
import { request as playwrightRequest } from "@playwright/test";
import { test, expect, allowConsoleErrors, signUp, uniqueEmail } from "./fixtures";

const DIRECT = process.env.E2E_DIRECT_URL ?? "";

async function signInStatuses(baseURL: string, attempts: Array<{ email: string; xff: string }>): Promise<number[]> {
  const api = await playwrightRequest.newContext({ baseURL });
  try {
    const out: number[] = [];
    for (const { email, xff } of attempts) {
      const res = await api.post("/api/auth/sign-in/email", {
        headers: { origin: baseURL, "x-forwarded-for": xff },
        data: { email, password: "wrong-password-123" },
      });
      out.push(res.status());
    }
    return out;
  } finally {
    await api.dispose();
  }
}

test.describe("the client's address", () => {
  test("with no proxy configured, a rotating X-Forwarded-For still gets 429 by the sixth sign-in", async () => {
    expect(DIRECT, "scripts/e2e.mjs sets E2E_DIRECT_URL").not.toBe("");
    const statuses = await signInStatuses(
      DIRECT,
      Array.from({ length: 8 }, (_, i) => ({ email: uniqueEmail(`rot${i}`), xff: `203.0.113.${i + 1}` })),
    );
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
  });

  test("behind a configured proxy, the real client's address is used", async ({ baseURL }) => {
    // Eight different clients behind the proxy: each has its own budget.
    const different = await signInStatuses(
      baseURL!,
      Array.from({ length: 8 }, (_, i) => ({ email: uniqueEmail(`px${i}`), xff: `192.0.2.${100 + i}` })),
    );
    expect(different).toEqual(Array(8).fill(401));
    // One client behind the proxy, even with a forged address in front of its real one.
    const same = await signInStatuses(
      baseURL!,
      Array.from({ length: 7 }, (_, i) => ({ email: uniqueEmail(`py${i}`), xff: `6.6.6.${i}, 192.0.2.200` })),
    );
    expect(same).toEqual([401, 401, 401, 401, 401, 429, 429]);
  });
});

test("a password guesser spread over many addresses meets the account's backoff, and the owner is told how long to wait", async ({ page, baseURL }) => {
  const email = uniqueEmail("backoff");
  await signUp(page, "Bea", email);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  // Five wrong guesses from five addresses are free; then each wait doubles: 1 s, 2 s, 4 s …
  expect(await signInStatuses(baseURL!, Array.from({ length: 5 }, (_, i) => ({ email, xff: `198.18.${i}.1` })))).toEqual([401, 401, 401, 401, 401]);
  expect(await signInStatuses(baseURL!, [{ email, xff: "198.18.9.1" }])).toEqual([429]);
  await page.waitForTimeout(1_100);
  expect(await signInStatuses(baseURL!, [{ email, xff: "198.18.10.1" }])).toEqual([401]);
  await page.waitForTimeout(2_100);
  expect(await signInStatuses(baseURL!, [{ email, xff: "198.18.11.1" }])).toEqual([401]);

  // The owner, from yet another address and with the right password, is told to wait (4 s now).
  allowConsoleErrors(page, /status of 429/);
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("correct-horse-battery");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator(".form-error")).toHaveText(/^Too many failed sign-ins for this account\. Try again in [1-4] seconds?\.$/);
  await page.waitForTimeout(4_100);
  await page.getByLabel("Password").fill("correct-horse-battery");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("nav-user")).toHaveText("Bea");
});

test.describe("sessions", () => {
  test("a session id planted before sign-up is not the one used after it (no fixation)", async ({ page, baseURL }) => {
    const host = new URL(baseURL!).hostname;
    await page.context().addCookies([{ name: "better-auth.session_token", value: "planted-by-attacker.signature", domain: host, path: "/" }]);
    await signUp(page, "Fay", uniqueEmail("fixation"));
    const token = (await page.context().cookies()).find((c) => c.name === "better-auth.session_token");
    expect(token?.value).toBeTruthy();
    expect(token?.value).not.toContain("planted-by-attacker");
    expect(token?.httpOnly).toBe(true);
    expect(token?.sameSite).toBe("Lax");
  });

  test("after sign-out a copied cookie jar is refused at once", async ({ page, browser, baseURL }) => {
    await signUp(page, "Sid", uniqueEmail("revoke"));
    const stolen = await page.context().storageState();
    expect(stolen.cookies.some((c) => c.name === "better-auth.session_data")).toBe(true); // the signed cache, too
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

    const thief = await browser.newContext({ storageState: stolen, baseURL });
    try {
      const res = await thief.request.put("/api/labs/s3-gateway-endpoint/session", { headers: { origin: baseURL! }, data: { seed: 1, commands: [], base: 0 } });
      expect(res.status()).toBe(401);
      const account = await thief.newPage();
      await account.goto("/account");
      await expect(account).toHaveURL(/\/sign-in/);
    } finally {
      await thief.close();
    }
  });
});

test("no open redirect through ?next=, however it is spelled", async ({ page, baseURL }) => {
  const email = uniqueEmail("redirect");
  await signUp(page, "Ray", email);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  // Some of these resolve to a path on this site that doesn't exist (a 404 here is the safe outcome).
  allowConsoleErrors(page, /status of 404/);
  const variants = ["//evil.example/", "https://evil.example/", "/\t/evil.example/", "/\\evil.example/", "/%0A/evil.example", "javascript:alert(1)"];
  for (const [i, next] of variants.entries()) {
    await page.setExtraHTTPHeaders({ "x-forwarded-for": `192.0.2.${20 + i}` }); // one sign-in per client: stay under the address limit
    await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("correct-horse-battery");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("nav-user")).toHaveText("Ray");
    expect(new URL(page.url()).origin, `next=${JSON.stringify(next)}`).toBe(new URL(baseURL!).origin);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  }
});

test("stored XSS: names and class titles with script, handler and javascript: payloads render as text everywhere", async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  const teacher = "Ivy<img src=x onerror=window.__xss=1>";
  const className = "C<script>window.__xss=1</script><a href=javascript:window.__xss=1>x</a>";
  const learnerName = '=HYPERLINK("http://evil.example")<svg onload=window.__xss=1>';
  const clean = async (p: typeof page, where: string) => {
    expect(await p.evaluate(() => (window as { __xss?: number }).__xss), where).toBeUndefined();
    expect(await p.locator("main img[src=x], main svg[onload], main a[href^='javascript:']").count(), where).toBe(0);
  };
  await signUp(page, teacher, uniqueEmail("xss-teacher"));
  await page.goto("/classes");
  await page.getByLabel("Class name").fill(className);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { name: className, level: 1 })).toBeVisible();
  const classUrl = page.url();
  const code = (await page.getByTestId("join-code").textContent())?.trim() ?? "";
  await page.getByLabel("What to assign").selectOption("lab");
  await page.getByLabel("Lab", { exact: true }).selectOption("s3-gateway-endpoint");
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByTestId("assignments")).toContainText("Reach S3 from a private subnet");

  const learner = await browser.newPage({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "192.0.2.250" } });
  try {
    await signUp(learner, learnerName, uniqueEmail("xss-learner"));
    await learner.goto(`/classes/join/${code}`);
    await clean(learner, "join page");
    await learner.getByRole("button", { name: /^Join / }).click();
    await expect(learner.getByRole("heading", { name: className, level: 1 })).toBeVisible();
    await clean(learner, "class page (learner)");
    await learner.goto("/classes");
    await clean(learner, "classes (learner)");
  } finally {
    await learner.close();
  }
  for (const path of [classUrl, `${classUrl}/gradebook`, `${classUrl}/stuck`, "/classes", "/account"]) {
    await page.goto(path);
    await clean(page, path);
  }
  await page.goto(`${classUrl}/gradebook`);
  await expect(page.getByText(learnerName)).toBeVisible();
  // The CSV export defuses the formula prefix of a name a learner chose.
  const csv = await (await page.request.get(`${classUrl}/gradebook.csv`)).text();
  const row = csv.split("\r\n").find((line) => line.includes("HYPERLINK")) ?? "";
  expect(row.startsWith(`"'=HYPERLINK(`)).toBe(true);
});

test("the whole build output and every page a guest can reach hold no answer key, explanation, model answer, hint or solution", async ({ request }) => {
  test.setTimeout(180_000);
  const { readdirSync, readFileSync } = await import("node:fs");
  const { join } = await import("node:path");
  const { QUIZ_SOURCES } = await import("../content/quizzes");
  const { BANK_QUESTIONS, INTERVIEW_PROMPTS } = await import("../content/bank");
  const { LAB_SECRETS } = await import("../content/labs/secrets");

  // What must stay on the server until it is earned: text long enough that a match is a leak (an
  // explanation's first 60 characters can be ordinary lesson prose; 120 are not).
  const secrets: Array<[string, string]> = [];
  for (const quiz of QUIZ_SOURCES) for (const q of quiz.questions) secrets.push([`quiz ${quiz.id}/${q.id} explanation`, q.explanation.slice(0, 120)]);
  for (const q of BANK_QUESTIONS) secrets.push([`bank ${q.id} explanation`, q.explanation.slice(0, 120)]);
  for (const p of INTERVIEW_PROMPTS) {
    secrets.push([`prompt ${p.id} model answer`, p.modelAnswer.slice(0, 120)]);
    for (const k of p.keyPoints) if (k.length >= 25) secrets.push([`prompt ${p.id} key point`, k.slice(0, 60)]);
  }
  for (const [id, s] of Object.entries(LAB_SECRETS)) {
    for (const hint of s.hints) secrets.push([`lab ${id} hint`, hint.slice(0, 50)]);
    const fixes = [...s.solution, ...(s.faults ?? []).flatMap((f) => f.solution)];
    for (const cmd of fixes) if (/\b(create|modify|put|authorize|revoke|replace|delete|accept|associate|enable|attach|set)-/.test(cmd)) secrets.push([`lab ${id} solution`, cmd]);
  }

  // Every client file the build produced (lazy chunks included), read from disk.
  const staticDir = join(process.cwd(), ".next/static");
  const files = (readdirSync(staticDir, { recursive: true, encoding: "utf8" }) as string[]).filter((f) => /\.(js|css|json|txt)$/.test(f));
  const leaks: string[] = [];
  const scan = (where: string, text: string) => {
    for (const [what, needle] of secrets) if (text.includes(needle)) leaks.push(`${what} in ${where}`);
  };
  for (const f of files) scan(`.next/static/${f}`, readFileSync(join(staticDir, f), "utf8"));

  // Every page reachable by following links from the home page, as HTML and as an RSC payload.
  const queue = ["/"];
  const visited = new Set<string>(queue);
  while (queue.length) {
    const path = queue.shift()!;
    for (const headers of [{}, { RSC: "1" }] as Array<Record<string, string>>) {
      const res = await request.get(path, { headers, maxRedirects: 0 });
      const text = await res.text();
      scan(`${path}${headers.RSC ? " (RSC)" : ""}`, text);
      if (headers.RSC) continue;
      for (const m of text.matchAll(/href="(\/[^"#?]*)/g)) {
        const next = m[1];
        if (next.startsWith("/_next") || next.startsWith("/api") || next.endsWith(".csv") || visited.has(next)) continue;
        visited.add(next);
        queue.push(next);
      }
    }
  }
  console.log(`[attack] leak scan: ${files.length} build files, ${visited.size} pages × (HTML + RSC), ${secrets.length} secrets, leaks = ${leaks.length}`);
  expect(visited.size).toBeGreaterThan(30);
  expect(leaks).toEqual([]);
});
