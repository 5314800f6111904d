import { z } from "zod";
import { isKnownLesson } from "./catalog";
import { QuizSubmissionSchema } from "./grade";

/**
 * Progress a guest makes is kept in the browser (localStorage) in this shape and merged into the
 * account when the guest signs up or signs in. The same schema validates the merge request body.
 */
export { GUEST_PROGRESS_KEY } from "./progress-key";

export const GuestProgressSchema = z
  .object({
    version: z.literal(1),
    lessons: z
      .record(
        z.string().max(120).refine(isKnownLesson, { message: "unknown lesson" }),
        z.iso.datetime({ message: "completion time must be an ISO 8601 date-time" }),
      )
      .refine((r) => Object.keys(r).length <= 200, { message: "too many lessons" }),
    /**
     * Quiz attempts as the answers the guest gave (never a score: the server grades them again
     * when they are merged into an account).
     */
    quizzes: z
      .record(
        z.string().max(80),
        z.array(z.object({ answers: QuizSubmissionSchema.shape.answers, at: z.iso.datetime() }).strict()).max(10),
      )
      .refine((r) => Object.keys(r).length <= 100, { message: "too many quizzes" })
      .optional(),
  })
  .strict();

export type GuestProgress = z.infer<typeof GuestProgressSchema>;

export const emptyGuestProgress = (): GuestProgress => ({ version: 1, lessons: {} });

/** Reads stored guest progress, dropping anything malformed rather than failing. */
export function parseStoredGuestProgress(raw: string | null): GuestProgress {
  if (!raw) return emptyGuestProgress();
  try {
    const parsed = GuestProgressSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : emptyGuestProgress();
  } catch {
    return emptyGuestProgress();
  }
}

export function isGuestProgressEmpty(p: GuestProgress): boolean {
  return Object.keys(p.lessons).length === 0 && Object.keys(p.quizzes ?? {}).length === 0;
}
