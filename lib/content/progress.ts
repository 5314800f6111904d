import { z } from "zod";
import { isKnownLesson } from "./catalog";

/**
 * Progress a guest makes is kept in the browser (localStorage) in this shape and merged into the
 * account when the guest signs up or signs in. The same schema validates the merge request body.
 */
export const GUEST_PROGRESS_KEY = "pathwise.guest-progress.v1";

export const GuestProgressSchema = z
  .object({
    version: z.literal(1),
    lessons: z
      .record(
        z.string().max(120).refine(isKnownLesson, { message: "unknown lesson" }),
        z.iso.datetime({ message: "completion time must be an ISO 8601 date-time" }),
      )
      .refine((r) => Object.keys(r).length <= 200, { message: "too many lessons" }),
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
  return Object.keys(p.lessons).length === 0;
}
