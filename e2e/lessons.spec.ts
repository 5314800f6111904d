import quiz09 from "../content/quizzes/09-gateway-endpoints";
import { QUIZ_SOURCES } from "../content/quizzes";
import { LAB_SECRETS } from "../content/labs/secrets";
import { test, expect, signUp, uniqueEmail } from "./fixtures";
import type { Locator } from "@playwright/test";
import { focusTerminal, runCommand } from "./terminal";

/** Answers lesson 9's quiz correctly from the key (the test knows it; the page never did). */
async function answerQuiz09(quiz: Locator) {
  for (const q of quiz09.questions) {
    const fieldset = quiz.getByRole("group", { name: q.prompt });
    if (q.type === "single") await fieldset.getByRole("radio", { name: q.choices.find((c) => c.id === q.answer)?.text }).check();
    if (q.type === "multiple") for (const a of q.answers) await fieldset.getByRole("checkbox", { name: q.choices.find((c) => c.id === a)?.text }).check();
    if (q.type === "command") await fieldset.getByRole("textbox", { name: "Command" }).fill(q.solution);
    if (q.type === "ordering") {
      // Move each item into place with the keyboard-accessible buttons.
      for (let target = 0; target < q.order.length; target++) {
        const text = q.items.find((i) => i.id === q.order[target])?.text ?? "";
        for (let guard = 0; guard < q.order.length; guard++) {
          const rows = await fieldset.locator("ol.quiz-ordering > li > span:first-child").allTextContents();
          const at = rows.indexOf(text);
          if (at <= target) break;
          await fieldset.getByRole("button", { name: `Move up: ${text}` }).click();
        }
      }
    }
  }
}


test("a guest reads lesson 9, runs its scenario, takes the quiz and is graded", async ({ page }) => {
  await page.goto("/learn/gateway-endpoints/09-gateway-endpoints");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gateway endpoints for S3 and DynamoDB");

  // The live scenario loads on demand and behaves like the real CLI.
  await page.getByRole("button", { name: /Start the live scenario/ }).click();
  await focusTerminal(page);
  await runCommand(page, "aws s3 ls", "Connect timeout on endpoint URL");

  // The static path trace shows the gateway endpoint hop.
  await expect(page.getByRole("figure", { name: /Path trace/ })).toContainText("vpce-gateway");

  // Answer every question correctly from the key (the test knows it; the page never did).
  const quiz = page.getByRole("region", { name: quiz09.title });
  await answerQuiz09(quiz);
  await quiz.getByRole("button", { name: "Submit answers" }).click();
  await expect(quiz.getByTestId("quiz-score")).toContainText(`You scored ${quiz09.questions.length} of ${quiz09.questions.length}`);
  await expect(quiz.getByTestId("quiz-score")).toContainText("Saved in this browser");
  await expect(quiz.getByText(quiz09.questions[0].explanation)).toBeVisible();

  // Retry resets the form.
  await quiz.getByRole("button", { name: "Try again" }).click();
  await expect(quiz.getByRole("button", { name: "Submit answers" })).toBeVisible();
});

test("a signed-in learner's quiz result is stored and completes the lesson", async ({ page }) => {
  await signUp(page, "Quiz Taker", uniqueEmail("quiz"));
  await page.goto("/learn/gateway-endpoints/09-gateway-endpoints");
  const quiz = page.getByRole("region", { name: quiz09.title });
  const single = quiz09.questions.filter((q) => q.type === "single");
  for (const q of single) await quiz.getByRole("group", { name: q.prompt }).getByRole("radio", { name: q.choices.find((c) => c.id === q.answer)?.text }).check();
  await quiz.getByRole("button", { name: "Submit answers" }).click();
  const blank = quiz09.questions.filter((q) => q.type !== "single" && q.type !== "ordering").length; // an ordering always has an order
  if (blank > 0) {
    await expect(quiz.getByTestId("quiz-confirm")).toContainText(`${blank} of ${quiz09.questions.length} questions`);
    await quiz.getByRole("button", { name: "Submit anyway" }).click();
  }
  await expect(quiz.getByTestId("quiz-score")).toContainText(`You scored ${single.length} of ${quiz09.questions.length}`);
  // Stored on the server: after a reload the lesson shows as done in the course outline.
  await page.goto("/learn");
  const passed = single.length / quiz09.questions.length >= 0.7;
  if (passed) await expect(page.getByRole("listitem").filter({ hasText: "Gateway endpoints for S3 and DynamoDB" }).first()).toContainText("done");
  await page.goto("/account");
  await expect(page.getByTestId("lessons-completed")).toHaveText(passed ? "1 of 21" : "0 of 21");
});

test("no answer key or lab solution is in any page, RSC payload or script before submission", async ({ request }) => {
  const pages = ["/", "/learn", "/labs", "/playground"];
  const lessonPages = ["/learn/gateway-endpoints/09-gateway-endpoints", "/learn/tunnels-and-vpns/01-why-the-internet-is-untrusted", "/learn/policies/15-endpoint-policies", "/labs/s3-gateway-endpoint", "/labs/break-and-fix"];
  let corpus = "";
  const seen = new Set<string>();
  for (const p of [...pages, ...lessonPages]) {
    for (const headers of [{}, { RSC: "1" }] as Array<Record<string, string>>) {
      const body = await (await request.get(p, { headers })).text();
      corpus += body;
      // Scripts in the HTML and client chunks named in the RSC payload (lazily loaded ones too).
      for (const m of body.matchAll(/static\/chunks\/[\w\-.~]+\.js/g)) seen.add(`/_next/${m[0]}`);
    }
  }
  for (const src of seen) corpus += await (await request.get(src)).text();
  const leaks: string[] = [];
  for (const quiz of QUIZ_SOURCES) {
    for (const q of quiz.questions) if (corpus.includes(q.explanation.slice(0, 60))) leaks.push(`${quiz.id}/${q.id} explanation`);
  }
  for (const [id, secrets] of Object.entries(LAB_SECRETS)) {
    for (const hint of secrets.hints) if (corpus.includes(hint.slice(0, 50))) leaks.push(`${id} hint`);
    // The commands that change the World are the answer; read-only ones (aws s3 ls …) also appear in lessons.
    for (const cmd of secrets.solution) {
      const changes = /\b(create|modify|put|authorize|revoke|replace|delete|accept|associate|enable|attach|set)-/.test(cmd);
      if (changes && corpus.includes(cmd)) leaks.push(`${id} solution: ${cmd}`);
    }
  }
  expect(leaks).toEqual([]);
});

test("submitting a quiz with questions left blank asks first, and reveals nothing until confirmed", async ({ page }) => {
  await page.goto("/learn/gateway-endpoints/09-gateway-endpoints");
  const quiz = page.getByRole("region", { name: quiz09.title });
  const total = quiz09.questions.length;
  const blankable = quiz09.questions.filter((q) => q.type !== "ordering").length; // an ordering always has an order
  let posted = 0;
  page.on("request", (r) => {
    if (r.url().includes("/api/quizzes/") && r.method() === "POST") posted += 1;
  });
  await quiz.getByRole("button", { name: "Submit answers" }).click();
  await expect(quiz.getByTestId("quiz-confirm")).toContainText(
    blankable === total ? `You haven't answered any of the ${total} questions.` : `${blankable} of ${total} questions are unanswered.`,
  );
  await expect(quiz.getByTestId("quiz-confirm")).toContainText("Submitting grades them as wrong and shows every answer.");
  await quiz.getByRole("button", { name: "Keep answering" }).click();
  await expect(quiz.getByTestId("quiz-confirm")).toHaveCount(0);
  expect(posted).toBe(0);
  await expect(quiz.getByTestId("quiz-score")).toHaveCount(0);
  await expect(quiz.getByText(quiz09.questions[0].explanation)).toHaveCount(0);

  // Answer one, submit, confirm the rest are blank.
  const first = quiz09.questions.find((q) => q.type === "single");
  if (!first || first.type !== "single") throw new Error("quiz 09 has a single-choice question");
  await quiz.getByRole("group", { name: first.prompt }).getByRole("radio", { name: first.choices.find((c) => c.id === first.answer)?.text }).check();
  await quiz.getByRole("button", { name: "Submit answers" }).click();
  await expect(quiz.getByTestId("quiz-confirm")).toContainText(`${blankable - 1} of ${total} questions`);
  await quiz.getByRole("button", { name: "Submit anyway" }).click();
  // An ordering question counts if its shown order happens to be right.
  const luckyOrders = quiz09.questions.filter((q) => q.type === "ordering" && q.items.map((i) => i.id).join() === q.order.join()).length;
  await expect(quiz.getByTestId("quiz-score")).toContainText(`You scored ${1 + luckyOrders} of ${total}`);
  expect(posted).toBe(1);
});

test("progress you can see: a guest's passed quiz, lesson and lab show after a reload and everywhere, and come along at sign-up", async ({ page }) => {
  test.setTimeout(90_000);
  const title = "Gateway endpoints for S3 and DynamoDB";
  await page.goto("/learn/gateway-endpoints/09-gateway-endpoints");
  const quiz = page.getByRole("region", { name: quiz09.title });
  await answerQuiz09(quiz);
  await quiz.getByRole("button", { name: "Submit answers" }).click();
  const all = `You scored ${quiz09.questions.length} of ${quiz09.questions.length}`;
  await expect(quiz.getByTestId("quiz-score")).toContainText(all);

  // A reload shows the last result with its review, not a blank quiz.
  await page.reload();
  await expect(quiz.getByTestId("quiz-score")).toContainText(/Your last attempt, .*\d{4}.*: You scored/);
  await expect(quiz.getByTestId("quiz-score")).toContainText(all);
  await expect(quiz.getByText(quiz09.questions[0].explanation)).toBeVisible();
  await expect(page.getByRole("navigation", { name: /lessons/ }).getByRole("listitem").filter({ hasText: title })).toContainText("done");

  // The course outline marks it done with the score, and the landing page offers to continue.
  await page.goto("/learn");
  const row = page.getByRole("listitem").filter({ hasText: title }).first();
  await expect(row).toContainText("done");
  await expect(row).toContainText(`quiz ${quiz09.questions.length}/${quiz09.questions.length}`);
  await expect(page.getByText(/1 of \d+ lessons complete \(in this browser\)/)).toBeVisible();
  await page.goto("/");
  await expect(page.getByTestId("continue")).toHaveText(`Continue where you left off: ${title}`);

  // A lab begun as a guest is "In progress" in the list, and is what to continue.
  await page.goto("/labs/s3-gateway-endpoint");
  await focusTerminal(page);
  await runCommand(page, "aws s3 ls", "Connect timeout on endpoint URL");
  await page.goto("/labs");
  await expect(page.getByTestId("lab-status-s3-gateway-endpoint")).toHaveText("In progress");
  await expect(page.getByTestId("continue")).toContainText("Continue where you left off: lab Reach S3 from a private subnet");
  await page.getByTestId("continue").getByRole("link").click();
  await expect(page).toHaveURL(/\/labs\/s3-gateway-endpoint$/);

  // Signing up brings it along: the server now shows the lesson done and the last attempt.
  await signUp(page, "Guest Turned Learner", uniqueEmail("progress"));
  await page.goto("/learn");
  await expect(page.getByRole("listitem").filter({ hasText: title }).first()).toContainText(`quiz ${quiz09.questions.length}/${quiz09.questions.length}`);
  await expect(page.getByRole("listitem").filter({ hasText: title }).first()).toContainText("done");
  await page.goto("/learn/gateway-endpoints/09-gateway-endpoints");
  await expect(quiz.getByTestId("quiz-score")).toContainText(all);
});
