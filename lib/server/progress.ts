import "server-only";
import { db } from "./db";
import { AppError } from "./errors";
import type { CurrentUser } from "./session";
import type { GuestProgress } from "@/lib/content/progress";

function requireUser(user: CurrentUser | null): CurrentUser {
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to save progress to your account.");
  return user;
}

/**
 * Merges progress a guest made in this browser into the signed-in user's account. Keeps the
 * earliest completion time for a lesson done both ways. Idempotent: merging twice changes nothing.
 */
export async function mergeGuestProgress(actor: CurrentUser | null, progress: GuestProgress): Promise<{ merged: number }> {
  const user = requireUser(actor);
  const entries = Object.entries(progress.lessons);
  if (entries.length === 0) return { merged: 0 };
  await db.$transaction(async (tx) => {
    const existing = await tx.lessonProgress.findMany({
      where: { userId: user.id, lessonSlug: { in: entries.map(([slug]) => slug) } },
    });
    const bySlug = new Map(existing.map((row) => [row.lessonSlug, row]));
    for (const [lessonSlug, at] of entries) {
      const completedAt = new Date(at);
      const row = bySlug.get(lessonSlug);
      if (!row) {
        await tx.lessonProgress.create({ data: { userId: user.id, lessonSlug, completedAt } });
      } else if (completedAt < row.completedAt) {
        await tx.lessonProgress.update({ where: { id: row.id }, data: { completedAt } });
      }
    }
  });
  return { merged: entries.length };
}

/** The lessons the user has completed, newest first. Only the user themself may read them. */
export async function completedLessons(actor: CurrentUser | null): Promise<Array<{ lessonSlug: string; completedAt: Date }>> {
  const user = requireUser(actor);
  return db.lessonProgress.findMany({
    where: { userId: user.id },
    select: { lessonSlug: true, completedAt: true },
    orderBy: { completedAt: "desc" },
  });
}
