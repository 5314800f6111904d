/**
 * The course's own command lines as fidelity cases, derived from the content rather than copied
 * into the corpus: every `aws` command a lesson transcript runs (in the lesson's live world, after
 * the commands before it in the same terminal session, as content/lesson-check.test.ts runs them),
 * every `aws` command of a lab's reference solution (after the solution's earlier steps, from the
 * lab's start), and every type-the-command question's solution and wrong answer (in a fresh copy
 * of its scenario). Each case carries the Pathwise shell state it runs in; the real CLI gets the
 * same line, with the shell variables it references.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { scenarioById } from "../../content/scenarios";
import { startShellOn } from "../../content/scenarios/shell";
import { LABS } from "../../content/labs";
import { LAB_SECRETS } from "../../content/labs/secrets";
import { BANK_QUESTIONS } from "../../content/bank";
import { QUIZ_SOURCES } from "../../content/quizzes";
import { BankQuestionSchema } from "../../lib/content/bank";
import { QuizSchema } from "../../lib/content/quiz";
import { breakAndFixFault, startShell } from "../../lib/content/lab";
import { IdMap, isTranscript, runTranscript, scenarioFor, splitSource } from "../../lib/content/transcript";
import { listLessonFiles } from "../../lib/server/mdx-compile";
import { createShell, run, type ShellState } from "../../lib/shell";
import type { Case } from "./run";
import { isNetLine } from "./netrig";

/** A corpus case (run.ts) that carries the shell state it runs in. */
export type CourseCase = Case & { state: ShellState };

/** A line the real CLI can run on its own: an aws command, or a variable set from one. */
export function isAwsLine(line: string): boolean {
  return /^aws\s/.test(line) || /^[A-Za-z_][A-Za-z0-9_]*=\$\(aws\s[^)]*\)$/.test(line);
}

/** A course line the harness measures: an aws line, or dig/host/nslookup/curl (netrig.ts). */
export function isMeasuredLine(line: string): boolean {
  return isAwsLine(line) || isNetLine(line);
}

export async function courseCases(root: string): Promise<CourseCase[]> {
  const cases: CourseCase[] = [];
  const seen = new Map<string, number>();
  const push = (c: Omit<CourseCase, "id"> & { key: string }) => {
    const n = (seen.get(c.key) ?? 0) + 1;
    seen.set(c.key, n);
    const { key, ...rest } = c;
    cases.push({ ...rest, id: `${key}${n > 1 ? ` #${n}` : ""} $ ${c.line}` });
  };

  for (const { track, slug } of await listLessonFiles(root)) {
    const file = `content/lessons/${track}/${slug}.mdx`;
    const source = readFileSync(path.join(root, file), "utf8");
    const sessions = new Map<string, { shell: ShellState; ids: IdMap }>();
    for (const block of splitSource(source).blocks.filter((b) => b.lang === "console" && !b.meta.static && isTranscript(b))) {
      const scenario = scenarioById(scenarioFor(source, block) ?? "");
      if (!scenario) continue;
      const host = typeof block.meta.host === "string" ? block.meta.host : undefined;
      const key = `${scenario.id}@${host ?? ""}`;
      if (block.meta.fresh) sessions.delete(key);
      let session = sessions.get(key);
      if (!session) {
        const built = scenario.build();
        session = { shell: host ? { ...createShell({ world: built.world, host }), history: [] } : startShellOn(built), ids: new IdMap() };
      }
      // one step at a time, so each aws command has the state it ran in
      const steps: Array<{ at: number; body: string[] }> = [];
      block.body.forEach((text, k) => {
        if (text.startsWith("$ ")) steps.push({ at: k, body: [text] });
        else if (steps.length) steps[steps.length - 1].body.push(text);
      });
      for (const step of steps) {
        const line = session.ids.translate(step.body[0].slice(2));
        if (isMeasuredLine(line)) push({ key: `lesson ${slug}`, file, lineNo: block.line + 1 + step.at, section: `course: lessons`, line, world: scenario.id, host, state: session.shell });
        const r = runTranscript({ ...block, line: block.line + step.at, body: step.body }, session.shell, session.ids);
        session = { shell: r.shell, ids: session.ids };
      }
      sessions.set(key, session);
    }
  }

  for (const lab of LABS) {
    const secrets = LAB_SECRETS[lab.id];
    if (!secrets) continue;
    const seedOf = (fault: string) => Array.from({ length: 1000 }, (_, i) => i + 1).find((s) => breakAndFixFault(s) === fault) ?? 1;
    const solutions = secrets.faults?.length ? secrets.faults.map((f) => ({ name: f.id, steps: f.solution, seed: seedOf(f.id) })) : [{ name: lab.id, steps: secrets.solution, seed: 1 }];
    for (const sol of solutions) {
      let shell = startShell(lab, sol.seed);
      sol.steps.forEach((line, k) => {
        if (isMeasuredLine(line)) push({ key: `lab ${sol.name}`, file: `content/labs/${lab.id}.secrets.ts`, lineNo: k + 1, section: "course: labs", line, world: lab.id, state: shell });
        shell = run(shell, line).state;
      });
    }
  }

  const questions = [
    ...QUIZ_SOURCES.flatMap((quiz) => QuizSchema.parse(quiz).questions.map((q) => ({ where: `quiz ${quiz.id}`, q }))),
    ...BANK_QUESTIONS.map((input) => ({ where: "bank", q: BankQuestionSchema.parse(input) })),
  ];
  for (const { where, q } of questions) {
    if (q.type !== "command") continue;
    const scenario = scenarioById(q.scenario);
    if (!scenario) continue;
    for (const line of [q.solution, q.wrong]) {
      if (isMeasuredLine(line)) push({ key: `${where} ${q.id}`, file: where === "bank" ? "content/bank" : "content/quizzes", lineNo: 0, section: "course: questions", line, world: q.scenario, state: startShellOn(scenario.build()) });
    }
  }
  return cases;
}
