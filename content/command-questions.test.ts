// Every "type the command" question: its known-correct command passes and its known-wrong one
// fails, when graded the way the server grades (run in a fresh copy of the question's scenario).
import { describe, expect, it } from "vitest";
import { QUIZ_SOURCES } from "@/content/quizzes";
import { gradeCommand } from "@/lib/content/command-grader";
import { QuizSchema, type Question } from "@/lib/content/quiz";

const questions = QUIZ_SOURCES.flatMap((q) => QuizSchema.parse(q).questions.map((x) => [`${q.id}/${x.id}`, x] as const)).filter(
  (entry): entry is readonly [string, Extract<Question, { type: "command" }>] => entry[1].type === "command",
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
