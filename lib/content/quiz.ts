import { z } from "zod";
import { SourceUrl } from "./lesson";

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "ids are lowercase-kebab-case");
const Choice = z.object({ id: Id, text: z.string().min(1).max(400) }).strict();

const Common = {
  id: Id,
  prompt: z.string().min(10).max(1200),
  explanation: z.string().min(20).max(1500),
  source: SourceUrl,
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

/**
 * An ordering question. `order` is one right order (shown after grading). Where real work admits
 * more than one order, `after` declares the actual dependencies instead: item → the items that
 * must come before it. With `after`, every order that respects it is graded correct; without it,
 * only `order` is.
 */
export const OrderingQuestion = z
  .object({
    ...Common,
    type: z.literal("ordering"),
    items: z.array(Choice).min(3).max(8),
    order: z.array(Id),
    after: z.record(Id, z.array(Id).min(1)).optional(),
  })
  .strict()
  .refine((q) => q.order.length === q.items.length && q.items.every((i) => q.order.includes(i.id)), {
    message: "order must list every item id exactly once",
  })
  .refine((q) => !q.after || Object.entries(q.after).every(([k, before]) => [k, ...before].every((id) => q.items.some((i) => i.id === id))), {
    message: "after may name only item ids",
  })
  .refine((q) => !q.after || Object.keys(q.after).length > 0, { message: "after must declare at least one dependency" })
  .refine((q) => !q.after || orderRespects(q.order, q.after), { message: "order must respect after" })
  .refine((q) => !q.after || acceptedOrders(q).length > 1, { message: "after must admit more than one order (else leave it out)" });

/** Whether `given` puts every item after the items `after` says must precede it. */
export function orderRespects(given: string[], after: Record<string, string[]>): boolean {
  const pos = new Map(given.map((id, i) => [id, i]));
  return Object.entries(after).every(([id, before]) => before.every((b) => (pos.get(b) ?? Infinity) < (pos.get(id) ?? -1)));
}

/** Every order an ordering question grades correct (at most 8 items, so enumerating is cheap). */
export function acceptedOrders(q: { items: Array<{ id: string }>; order: string[]; after?: Record<string, string[]> }): string[][] {
  if (!q.after) return [q.order];
  const after = q.after;
  const out: string[][] = [];
  const walk = (prefix: string[], rest: string[]) => {
    if (!rest.length) return void out.push(prefix);
    for (const id of rest) {
      if ((after[id] ?? []).every((b) => prefix.includes(b))) walk([...prefix, id], rest.filter((x) => x !== id));
    }
  };
  walk([], q.items.map((i) => i.id));
  return out;
}

/** Grades an ordering answer: a permutation of the items that respects the question's dependencies. */
export function orderingCorrect(q: { items: Array<{ id: string }>; order: string[]; after?: Record<string, string[]> }, given: unknown): boolean {
  if (!Array.isArray(given) || given.length !== q.order.length || !q.items.every((i) => given.includes(i.id))) return false;
  const ids = given as string[];
  return q.after ? orderRespects(ids, q.after) : ids.every((id, i) => id === q.order[i]);
}

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
