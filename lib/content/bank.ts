import { z } from "zod";
import { TRACKS } from "./catalog";
import { SourceUrl } from "./lesson";
import { QuestionSchema } from "./quiz";

const trackSlugs = TRACKS.map((t) => t.slug) as [string, ...string[]];

/**
 * A question in the exam-prep bank: a quiz question plus its track, difficulty and, where the
 * answer can be demonstrated, the scenario that shows it happening.
 */
export const BankQuestionSchema = z.intersection(
  QuestionSchema,
  z.object({
    track: z.enum(trackSlugs),
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    /** "scenario" questions describe a World (shown as a diagram) and ask what happens or what to change. */
    scenario: z.string().regex(/^[a-z0-9-]+$/).optional(),
    tags: z.array(z.string().regex(/^[a-z0-9-]+$/)).max(8).default([]),
  }),
);
export type BankQuestion = z.infer<typeof BankQuestionSchema>;
export type BankQuestionInput = z.input<typeof BankQuestionSchema>;

export const InterviewPromptSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    track: z.enum(trackSlugs),
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    prompt: z.string().min(20).max(600),
    /** A model answer, 80–400 words, in the voice of a strong candidate. */
    modelAnswer: z.string().min(300).max(3000),
    /** What an interviewer listens for; the learner rates themselves against these. */
    keyPoints: z.array(z.string().min(5).max(240)).min(3).max(8),
    source: SourceUrl,
  })
  .strict();
export type InterviewPrompt = z.infer<typeof InterviewPromptSchema>;
export type InterviewPromptInput = z.input<typeof InterviewPromptSchema>;
