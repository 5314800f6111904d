"use client";
import type { GuestProgress } from "@/lib/content/progress";
import { GUEST_PROGRESS_KEY } from "@/lib/content/progress-key";

// Kept free of zod so pages that record progress stay light; the server validates with
// GuestProgressSchema when the progress is merged into an account.
const emptyGuestProgress = (): GuestProgress => ({ version: 1, lessons: {} });
const isGuestProgressEmpty = (p: GuestProgress) => Object.keys(p.lessons).length === 0 && Object.keys(p.quizzes ?? {}).length === 0;

function parseStoredGuestProgress(raw: string | null): GuestProgress {
  try {
    const value: unknown = raw ? JSON.parse(raw) : null;
    if (!value || typeof value !== "object") return emptyGuestProgress();
    const v = value as Partial<GuestProgress>;
    if (v.version !== 1 || !v.lessons || typeof v.lessons !== "object") return emptyGuestProgress();
    return { version: 1, lessons: { ...v.lessons }, ...(v.quizzes && typeof v.quizzes === "object" ? { quizzes: { ...v.quizzes } } : {}) };
  } catch {
    return emptyGuestProgress();
  }
}

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null; // storage disabled (private mode, blocked cookies)
  }
}

export function readGuestProgress(): GuestProgress {
  return parseStoredGuestProgress(storage()?.getItem(GUEST_PROGRESS_KEY) ?? null);
}

export function markLessonCompleteAsGuest(lessonKey: string, at: string): void {
  const current = readGuestProgress();
  if (current.lessons[lessonKey]) return;
  current.lessons[lessonKey] = at;
  storage()?.setItem(GUEST_PROGRESS_KEY, JSON.stringify(current));
}

/** Keeps a guest's quiz answers (the last 10 per quiz) so they can be graded into an account later. */
export function recordGuestQuiz(quizId: string, answers: Record<string, string | string[]>, at: string): void {
  const current = readGuestProgress();
  const quizzes = { ...(current.quizzes ?? {}) };
  quizzes[quizId] = [...(quizzes[quizId] ?? []), { answers, at }].slice(-10);
  storage()?.setItem(GUEST_PROGRESS_KEY, JSON.stringify({ ...current, quizzes }));
}

/**
 * After sign-up or sign-in: send what the guest did in this browser to the account, and clear it
 * only once the server has stored it, so nothing is lost if the request fails.
 */
export async function mergeGuestProgressIntoAccount(): Promise<void> {
  const progress = readGuestProgress();
  if (isGuestProgressEmpty(progress)) return;
  const response = await fetch("/api/progress/merge", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(progress),
  });
  if (response.ok) storage()?.setItem(GUEST_PROGRESS_KEY, JSON.stringify(emptyGuestProgress()));
}
