// Every "type the command" question: its known-correct command passes and its known-wrong one
// fails, when graded the way the server grades (run in a fresh copy of the question's scenario).
import { describe, expect, it } from "vitest";
import { BANK_QUESTIONS } from "@/content/bank";
import { QUIZ_SOURCES } from "@/content/quizzes";
import { BankQuestionSchema } from "@/lib/content/bank";
import { gradeCommand } from "@/lib/content/command-grader";
import { QuizSchema, type Question } from "@/lib/content/quiz";

type CommandQuestion = Extract<Question, { type: "command" }>;
const questions: Array<[string, CommandQuestion]> = QUIZ_SOURCES.flatMap((quiz) =>
  QuizSchema.parse(quiz).questions.flatMap((q): Array<[string, CommandQuestion]> => (q.type === "command" ? [[`${quiz.id}/${q.id}`, q]] : [])),
).concat(
  BANK_QUESTIONS.flatMap((input): Array<[string, CommandQuestion]> => {
    const q = BankQuestionSchema.parse(input);
    return q.type === "command" ? [[`bank/${q.id}`, q]] : [];
  }),
);

describe("type-the-command questions", () => {
  it("exist", () => {
    expect(questions.length).toBeGreaterThan(0);
  });
  it.each(questions)("%s: the solution passes and the wrong command fails", (_id, q) => {
    expect(gradeCommand(q, q.solution).correct, q.solution).toBe(true);
    expect(gradeCommand(q, q.wrong).correct, q.wrong).toBe(false);
  });
});
