import { z } from "zod";
import { TRACKS } from "./catalog";

const trackSlugs = TRACKS.map((t) => t.slug) as [string, ...string[]];

/** AWS documentation pages only: every fact in a lesson is checked against AWS's own docs. */
export const AwsDocUrl = z
  .url()
  .regex(/^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com)\//, "sources must be AWS documentation URLs (https://docs.aws.amazon.com/…)");

export const LessonFrontMatterSchema = z
  .object({
    title: z.string().min(3).max(90),
    summary: z.string().min(20).max(300),
    track: z.enum(trackSlugs),
    order: z.number().int().min(1).max(99),
    minutes: z.number().int().min(5).max(12),
    objectives: z.array(z.string().min(5).max(200)).min(2).max(6),
    sources: z.array(z.object({ title: z.string().min(3).max(160), url: AwsDocUrl }).strict()).min(1).max(12),
    quiz: z.string().regex(/^[a-z0-9-]+$/, "quiz ids are lowercase-kebab-case"),
  })
  .strict();

export type LessonFrontMatter = z.infer<typeof LessonFrontMatterSchema>;

/** The components a lesson may use; anything else fails the build (lib/server/mdx.ts). */
export const MDX_COMPONENTS = [
  "Callout",
  "Scenario",
  "Lab",
  "PathTrace",
  "Encapsulation",
  "Compare",
  "Quiz",
  "Figure",
  "Terminal",
] as const;
