import { z } from "zod";
import { orderingCorrect, type Question, type Quiz } from "./quiz";

/** What the browser may see of a question before the learner submits: no answers, no explanations. */
export type PublicQuestion =
  | { id: string; type: "single" | "multiple"; prompt: string; choices: Array<{ id: string; text: string }> }
  | { id: string; type: "ordering"; prompt: string; items: Array<{ id: string; text: string }> }
  | { id: string; type: "command"; prompt: string };

export type PublicQuiz = { id: string; title: string; passMark: number; questions: PublicQuestion[] };

/** Stable, seed-free shuffle (by a hash of the ids) so ordering items never appear in answer order. */
function scrambled<T extends { id: string }>(items: T[], salt: string, isCorrect: (ids: string[]) => boolean): T[] {
  const hash = (s: string) => {
    let h = 2166136261;
    for (const c of s) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
    return h;
  };
  const out = [...items].sort((a, b) => hash(salt + a.id) - hash(salt + b.id));
  // never an accepted answer itself: rotate until it isn't (some rotation always is not, since the
  // first item of an accepted order has no prerequisites and rotating moves every item)
  for (let i = 0; i < out.length && isCorrect(out.map((x) => x.id)); i++) out.push(out.shift() as T);
  return out;
}

export function publicQuiz(quiz: Quiz): PublicQuiz {
  return {
    id: quiz.id,
    title: quiz.title,
    passMark: quiz.passMark,
    questions: quiz.questions.map((q): PublicQuestion => {
      switch (q.type) {
        case "single":
        case "multiple":
          return { id: q.id, type: q.type, prompt: q.prompt, choices: q.choices.map(({ id, text }) => ({ id, text })) };
        case "ordering":
          return {
            id: q.id,
            type: "ordering",
            prompt: q.prompt,
            items: scrambled(q.items, q.id, (ids) => orderingCorrect(q, ids)).map(({ id, text }) => ({ id, text })),
          };
        case "command":
          return { id: q.id, type: "command", prompt: q.prompt };
      }
    }),
  };
}

const MAX_ANSWER = 4096;
const AnswerValue = z.union([z.string().max(MAX_ANSWER), z.array(z.string().max(200)).max(20)]);

export const QuizSubmissionSchema = z
  .object({ answers: z.record(z.string().max(80), AnswerValue) })
  .strict();
export type QuizSubmission = z.infer<typeof QuizSubmissionSchema>;

export type SubmissionProblem = { questionId?: string; message: string };

/** Checks a submission against the quiz's shape; any problem means the whole submission is refused. */
export function validateSubmission(quiz: Quiz, submission: QuizSubmission): SubmissionProblem | null {
  const byId = new Map(quiz.questions.map((q) => [q.id, q]));
  for (const [questionId, value] of Object.entries(submission.answers)) {
    const q = byId.get(questionId);
    if (!q) return { questionId, message: `Question "${questionId}" is not part of quiz "${quiz.id}".` };
    const problem = shapeProblem(q, value);
    if (problem) return { questionId, message: problem };
  }
  return null;
}

function shapeProblem(q: Question, value: string | string[]): string | null {
  switch (q.type) {
    case "single":
      if (typeof value !== "string") return `Question "${q.id}" takes one choice id.`;
      return q.choices.some((c) => c.id === value) ? null : `"${value}" is not a choice of question "${q.id}".`;
    case "multiple":
      if (!Array.isArray(value)) return `Question "${q.id}" takes a list of choice ids.`;
      if (new Set(value).size !== value.length) return `Question "${q.id}" lists a choice twice.`;
      return value.every((v) => q.choices.some((c) => c.id === v)) ? null : `Question "${q.id}" lists an unknown choice.`;
    case "ordering":
      if (!Array.isArray(value)) return `Question "${q.id}" takes the item ids in order.`;
      if (value.length !== q.items.length || !q.items.every((i) => value.includes(i.id)))
        return `Question "${q.id}" must list each item exactly once.`;
      return null;
    case "command":
      if (typeof value !== "string") return `Question "${q.id}" takes a command line.`;
      return value.includes("\n") ? `Question "${q.id}" takes a single command line.` : null;
  }
}

export type QuestionResult = {
  id: string;
  correct: boolean;
  /** The learner's answer as submitted (null if skipped). */
  given: string | string[] | null;
  /** The right answer: choice id(s), the order, or the known-correct command. */
  expected: string | string[];
  explanation: string;
  source: string;
  /** For command questions: what the command printed when run in the simulator. */
  output?: string;
};

export type QuizResult = { quizId: string; score: number; total: number; passed: boolean; results: QuestionResult[] };

/** Checks a "type the command" answer by running it; supplied by the layer that has the shell. */
export type CommandGrader = (question: Extract<Question, { type: "command" }>, command: string) => { correct: boolean; output: string };

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Grades a validated submission. Pure: the same quiz and answers always give the same result. */
export function gradeQuiz(quiz: Quiz, submission: QuizSubmission, runCommand?: CommandGrader): QuizResult {
  const results = quiz.questions.map((q): QuestionResult => {
    const given = submission.answers[q.id] ?? null;
    const base = { id: q.id, given, explanation: q.explanation, source: q.source };
    switch (q.type) {
      case "single":
        return { ...base, expected: q.answer, correct: given === q.answer };
      case "multiple":
        return { ...base, expected: q.answers, correct: Array.isArray(given) && sameSet(given, q.answers) };
      case "ordering":
        return {
          ...base,
          expected: q.order,
          correct: orderingCorrect(q, given),
        };
      case "command": {
        if (typeof given !== "string" || !given.trim() || !runCommand) return { ...base, expected: q.solution, correct: false };
        const ran = runCommand(q, given);
        return { ...base, expected: q.solution, correct: ran.correct, output: ran.output };
      }
    }
  });
  const score = results.filter((r) => r.correct).length;
  const total = results.length;
  return { quizId: quiz.id, score, total, passed: score / total >= quiz.passMark, results };
}
