import { z } from "zod";
import { AwsDocUrl } from "./lesson";

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "ids are lowercase-kebab-case");
const Choice = z.object({ id: Id, text: z.string().min(1).max(400) }).strict();

const Common = {
  id: Id,
  prompt: z.string().min(10).max(1200),
  explanation: z.string().min(20).max(1500),
  source: AwsDocUrl,
};

export const SingleChoiceQuestion = z
  .object({ ...Common, type: z.literal("single"), choices: z.array(Choice).min(2).max(6), answer: Id })
  .strict()
  .refine((q) => q.choices.some((c) => c.id === q.answer), { message: "answer must be one of the choice ids" });

export const MultipleChoiceQuestion = z
  .object({ ...Common, type: z.literal("multiple"), choices: z.array(Choice).min(3).max(8), answers: z.array(Id).min(1) })
  .strict()
  .refine((q) => q.answers.every((a) => q.choices.some((c) => c.id === a)), {
    message: "every answer must be one of the choice ids",
  });

export const OrderingQuestion = z
  .object({ ...Common, type: z.literal("ordering"), items: z.array(Choice).min(3).max(8), order: z.array(Id) })
  .strict()
  .refine((q) => q.order.length === q.items.length && q.items.every((i) => q.order.includes(i.id)), {
    message: "order must list every item id exactly once",
  });

/**
 * "Type the command": graded by running the learner's command in a fresh simulator World built
 * from `scenario`, then checking `expect` against the result, so every correct variant passes.
 */
export const CommandQuestion = z
  .object({
    ...Common,
    type: z.literal("command"),
    scenario: Id,
    /** A command known to be correct (tested to pass). */
    solution: z.string().min(2).max(2000),
    /** A plausible wrong command (tested to fail). */
    wrong: z.string().min(2).max(2000),
    expect: z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("exit-code"), code: z.number().int(), stdoutIncludes: z.string().optional() }).strict(),
      z.object({ kind: z.literal("goal"), goal: Id }).strict(),
    ]),
  })
  .strict();

export const QuestionSchema = z.union([SingleChoiceQuestion, MultipleChoiceQuestion, OrderingQuestion, CommandQuestion]);
export type Question = z.infer<typeof QuestionSchema>;

export const QuizSchema = z
  .object({
    id: Id,
    title: z.string().min(3).max(120),
    /** Share of points needed to pass, 0–1. */
    passMark: z.number().min(0.5).max(1).default(0.7),
    questions: z.array(QuestionSchema).min(3).max(6),
  })
  .strict()
  .refine((q) => new Set(q.questions.map((x) => x.id)).size === q.questions.length, {
    message: "question ids must be unique within a quiz",
  });

export type Quiz = z.infer<typeof QuizSchema>;
export type QuizInput = z.input<typeof QuizSchema>;
