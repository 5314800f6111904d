import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect, signUp, uniqueEmail } from "./fixtures";

async function expectNoSeriousViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")})`,
    );
  expect(serious, label).toEqual([]);
}

/** Answers the question on screen arbitrarily (the test can't see the key): varies the choice by index. */
async function answerArbitrarily(page: Page, i: number) {
  const radios = page.locator(".practice-question input[type=radio]");
  const boxes = page.locator(".practice-question input[type=checkbox]");
  const radioCount = await radios.count();
  if (radioCount > 0) return radios.nth(i % radioCount).check();
  if ((await boxes.count()) > 0) return boxes.first().check();
  const command = page.locator(".practice-question input[type=text]");
  if ((await command.count()) > 0) return command.first().fill("aws s3 ls");
  await page
    .getByRole("button", { name: /^Move down/ })
    .first()
    .click();
}

const KEY_FIELD = /\\?"(answer|answers|order|explanation|solution|modelAnswer|keyPoints)\\?"\s*:/;

test("a learner takes a timed exam, sees the breakdown, reviews misses and sees progress", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, "Exam Taker", uniqueEmail("exam"));

  await page.goto("/practice");
  await expect(page.getByRole("heading", { name: "Practice", exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Set up an exam" }).click();

  await page.getByLabel("Number of questions").fill("10");
  await page.getByLabel("Time limit (minutes)").fill("15");
  await page.getByRole("button", { name: "Start the exam" }).click();
  await page.waitForURL(/\/practice\/exam\/[a-z0-9]+$/);
  const examUrl = page.url();
  const examId = examUrl.split("/").pop() as string;

  // No answer keys in the exam page (HTML + RSC payload) before submission.
  const html = await (await page.request.get(examUrl)).text();
  expect(html).not.toMatch(KEY_FIELD);

  await expect(page.getByTestId("exam-timer")).toHaveText(/^1[45]:\d\d$/);
  await expect(page.getByText("Question 1 of 10")).toBeVisible();
  await expectNoSeriousViolations(page, "exam");

  // Answer the first three, flag the second, then reload: nothing is lost.
  for (let i = 0; i < 3; i++) {
    await expect(page.getByText(`Question ${i + 1} of 10`)).toBeVisible();
    await answerArbitrarily(page, i);
    if (i === 1) await page.getByRole("button", { name: "Flag for review" }).click();
    await page.getByRole("button", { name: "Next →" }).click();
  }
  await page.reload();
  await expect(page.getByRole("button", { name: "Question 1, answered" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Question 2, answered, flagged" })).toBeVisible();
  await expect(page.getByText("Question 4 of 10")).toBeVisible();

  // Jump around with the palette, answer the rest except the last.
  await page.getByRole("button", { name: /^Question 4,/ }).click();
  for (let i = 3; i < 9; i++) {
    // answer only once question i+1 is on screen (a click on Next re-renders the question)
    await expect(page.getByText(`Question ${i + 1} of 10`)).toBeVisible();
    await answerArbitrarily(page, i);
    await page.getByRole("button", { name: "Next →" }).click();
  }
  await expect(page.getByText("Question 10 of 10")).toBeVisible();
  // The last question is left alone. An ordering question starts in the order shown, and that order
  // is its answer (question-input.tsx), so only other kinds stay unanswered.
  await expect(page.locator(".practice-question input, .practice-question button").first()).toBeVisible();
  const lastIsOrdering = (await page.getByRole("button", { name: /^Move down/ }).count()) > 0;

  await page.getByRole("button", { name: "Submit exam" }).click();
  await expect(page.getByText(lastIsOrdering ? /Every question is answered/ : /1 question is unanswered/)).toBeVisible();
  await page.getByRole("button", { name: "Submit now" }).click();

  await expect(page.getByRole("heading", { name: "Exam results" })).toBeVisible();
  const scoreText = (await page.getByTestId("exam-score").textContent()) ?? "";
  const match = /You scored (\d+) of 10/.exec(scoreText);
  expect(match, scoreText).not.toBeNull();
  const score = Number(match?.[1]);
  const misses = 10 - score;
  expect(scoreText).toMatch(/passed|not passed/);
  await expectNoSeriousViolations(page, "results");

  // Per-track breakdown: text values that add up to the exam.
  const rows = page.getByTestId("track-breakdown").locator("li");
  const values = await rows.locator(".bar-value").allTextContents();
  expect(values.length).toBeGreaterThan(1);
  const sum = values.reduce(
    (acc, v) => {
      const m = /(\d+) of (\d+)/.exec(v);
      return { right: acc.right + Number(m?.[1]), total: acc.total + Number(m?.[2]) };
    },
    { right: 0, total: 0 },
  );
  expect(sum).toEqual({ right: score, total: 10 });

  // Every answer reviewed, with an explanation and a source link; the last one was skipped.
  const review = page.getByTestId("answer-review").locator(":scope > li");
  await expect(review).toHaveCount(10);
  if (lastIsOrdering) await expect(review.last()).toContainText("Your answer: 1.");
  else await expect(review.last()).toContainText("(no answer)");
  await expect(review.getByRole("link", { name: "Source: AWS documentation" })).toHaveCount(10);
  await expect(page.locator("[data-testid=answer-review] > li.is-wrong")).toHaveCount(misses);

  // A replay of the same attempt is refused and changes nothing.
  const replay = await page.request.post(`/api/practice/exams/${examId}/submit`, { data: { answers: {} } });
  expect(replay.status()).toBe(409);
  expect((await replay.json()).error.message).toMatch(/already submitted/);
  await page.reload();
  await expect(page.getByTestId("exam-score")).toContainText(`You scored ${score} of 10`);

  // Review my misses lists them.
  await page.goto("/practice/misses");
  if (misses > 0) {
    await expect(page.getByText(`Question 1 of ${misses}`)).toBeVisible();
  } else {
    await expect(page.getByTestId("no-misses")).toBeVisible();
  }

  // The misses are due in spaced repetition; answer one card.
  await page.goto("/practice/review");
  await expect(page.getByTestId("due-count")).toHaveText(`${misses} ${misses === 1 ? "card" : "cards"} due today.`);
  if (misses > 0) {
    await answerArbitrarily(page, 0);
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(page.getByTestId("feedback")).toContainText(/Correct\.|Not quite\./);
    await expect(page.getByTestId("feedback")).toContainText("Next review:");
  }

  // The dashboard reflects the exam.
  await page.goto("/progress");
  await expect(page.getByRole("heading", { name: "Your progress" })).toBeVisible();
  await expect(page.getByTestId("stat-exams")).toContainText("1 exam taken");
  await expect(page.getByTestId("exam-table")).toContainText(`${score} of 10`);
  await expect(page.getByTestId("stat-streak")).toContainText("1 day in a row");
  await expectNoSeriousViolations(page, "progress");
  if (misses > 0)
    await expect(page.getByTestId("weakest-tracks").getByRole("link").first()).toHaveAttribute(
      "href",
      /\/practice\/learn\?track=/,
    );
});

test("the exam API refuses other users, unknown questions and guests", async ({ page, browser }) => {
  await signUp(page, "Owner", uniqueEmail("owner"));
  const started = await page.request.post("/api/practice/exams", {
    data: { tracks: ["gateway-endpoints"], count: 5, minutes: 10 },
  });
  expect(started.ok()).toBe(true);
  const { id } = (await started.json()) as { id: string };

  const unknown = await page.request.post(`/api/practice/exams/${id}/submit`, {
    data: { answers: { "no-such-question": "a" } },
  });
  expect(unknown.status()).toBe(400);
  expect((await unknown.json()).error.message).toMatch(/not part of this exam/);

  const badBody = await page.request.post("/api/practice/exams", {
    data: { tracks: ["gateway-endpoints"], count: 70, minutes: 10 },
  });
  expect(badBody.status()).toBe(400);

  const other = await browser.newContext({
    baseURL: new URL(page.url()).origin,
    extraHTTPHeaders: { "x-forwarded-for": "203.0.113.77" },
  });
  const otherPage = await other.newPage();
  await signUp(otherPage, "Someone Else", uniqueEmail("other"));
  const stolen = await otherPage.request.post(`/api/practice/exams/${id}/submit`, { data: { answers: {} } });
  expect(stolen.status()).toBe(404);
  const peek = await otherPage.goto(`/practice/exam/${id}`);
  expect(peek?.status()).toBe(404);
  await expect(otherPage.getByRole("heading", { name: /doesn.t exist/ })).toBeVisible();
  await other.close();

  // The owner's attempt is untouched and can still be submitted once.
  const ok = await page.request.post(`/api/practice/exams/${id}/submit`, { data: { answers: {} } });
  expect(ok.status()).toBe(200);
  expect(await ok.json()).toMatchObject({ score: 0, total: 5, passed: false });

  await page.context().clearCookies();
  const guest = await page.request.post("/api/practice/exams", {
    data: { tracks: ["gateway-endpoints"], count: 5, minutes: 10 },
  });
  expect(guest.status()).toBe(401);
});

test("guests use learn mode and interview prompts; exams and reviews ask them to sign in", async ({ page }) => {
  await page.goto("/practice/learn?track=gateway-endpoints");
  await expect(page.getByRole("heading", { name: /Learn mode: Gateway endpoints/ })).toBeVisible();
  await answerArbitrarily(page, 0);
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByTestId("feedback")).toContainText(/Correct\.|Not quite\./);
  await expect(page.getByText("answers aren't saved")).toBeVisible();
  await page.getByRole("button", { name: "Next question" }).click();
  await expect(page.getByText(/Question 2 of \d+/)).toBeVisible();

  await page.goto("/practice/interview");
  await page.locator("main ul a").first().click();
  await expect(page).toHaveURL(/\/practice\/interview\/int-/);
  const html = await page.content();
  expect(html).not.toMatch(KEY_FIELD);
  await page.getByLabel("Your answer (optional, not saved)").fill("Tunnel mode wraps the whole packet.");
  await page.getByRole("button", { name: "Reveal the model answer" }).click();
  await expect(page.getByTestId("model-answer")).toContainText("Key points");
  await expect(page.getByRole("link", { name: "Sign in" }).last()).toHaveAttribute(
    "href",
    /next=%2Fpractice%2Finterview%2F/,
  );

  for (const path of ["/practice/exam", "/practice/review", "/progress"]) {
    await page.goto(path);
    await expect(page.getByTestId("sign-in-prompt")).toBeVisible();
    await expect(page.getByTestId("sign-in-prompt").getByRole("link", { name: "Sign in" })).toHaveAttribute(
      "href",
      `/sign-in?next=${encodeURIComponent(path)}`,
    );
  }
});

test("a signed-in learner rates an interview prompt and it joins the review queue", async ({ page }) => {
  await signUp(page, "Interviewee", uniqueEmail("prompt"));
  await page.goto("/practice/interview");
  await page.locator("main ul a").first().click();
  await page.getByRole("button", { name: "Reveal the model answer" }).click();
  await page.getByRole("button", { name: /^Again/ }).click();
  await expect(page.getByText(/Saved\. Next review:/)).toBeVisible();
  await page.goto("/practice/review");
  await expect(page.getByTestId("due-count")).toHaveText("1 card due today.");
  await page.getByRole("button", { name: "Reveal the model answer" }).click();
  await page.getByRole("button", { name: /^Easy/ }).click();
  await expect(page.getByText(/Saved\. Next review:/)).toBeVisible();
  await page.getByRole("button", { name: "Next card" }).click();
  await expect(page.getByTestId("review-done")).toBeVisible();
});

test("when the countdown reaches zero the exam submits itself and is graded", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, "Slow Coach", uniqueEmail("timer"));
  await page.goto("/practice/exam");
  await page.getByLabel("Number of questions").fill("5");
  await page.getByLabel("Time limit (minutes)").fill("1");
  await page.getByRole("button", { name: "Start the exam" }).click();
  await page.waitForURL(/\/practice\/exam\/[a-z0-9]+$/);
  await expect(page.getByTestId("exam-timer")).toHaveText(/^0[01]:\d\d$/);
  await answerArbitrarily(page, 0);
  await expect(page.getByRole("heading", { name: "Exam results" })).toBeVisible({ timeout: 75_000 });
  await expect(page.getByTestId("exam-score")).toContainText(/You scored [01] of 5/);
  await expect(page.getByTestId("answer-review").locator(":scope > li")).toHaveCount(5);
});
