import { run } from "@/lib/shell";
import { scenarioById } from "@/content/scenarios";
import { startShellOn } from "@/content/scenarios/shell";
import type { CommandGrader } from "./grade";

/**
 * Grades a "type the command" answer by running it in a fresh copy of the question's scenario and
 * checking the outcome — so every correct variant passes, not just one spelling.
 */
export const gradeCommand: CommandGrader = (question, command) => {
  const scenario = scenarioById(question.scenario);
  if (!scenario) return { correct: false, output: `Unknown scenario ${question.scenario}` };
  const shell = startShellOn(scenario.build());
  const result = run(shell, command);
  const stdout = result.output.filter((c) => c.stream === "stdout").map((c) => c.text).join("");
  const stderr = result.output.filter((c) => c.stream === "stderr").map((c) => c.text).join("");
  const output = (stdout + stderr).slice(0, 4000);
  const expect = question.expect;
  if (expect.kind === "exit-code") {
    const correct = result.exitCode === expect.code && (!expect.stdoutIncludes || stdout.includes(expect.stdoutIncludes));
    return { correct, output };
  }
  return { correct: false, output };
};
