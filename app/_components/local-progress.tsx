"use client";
import Link from "next/link";
import { useEffect, useMemo, useSyncExternalStore } from "react";
import { GUEST_PROGRESS_KEY } from "@/lib/content/progress-key";

/**
 * Progress a learner can see on every list (issue 16, point 3). Signed-in learners' marks come from
 * the server (props); a guest's from this browser — lessons passed, quiz scores, labs begun and
 * passed — read after hydration so the server-rendered page stays the same for everyone. The last
 * lesson or lab opened is remembered here for "continue where you left off".
 */

export const LAST_VISIT_KEY = "pathwise.last-visit.v1";
export const quizLastKey = (quizId: string) => `pathwise.quiz.${quizId}.last.v1`;
export const labPassedKey = (labId: string) => `pathwise.lab.${labId}.passed.v1`;
/** Where a guest's lab transcript lives in this browser (written by the lab workspace). */
export const labGuestKey = (labId: string) => `pathwise.lab.${labId}.v1`;

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  window.addEventListener("pathwise-progress", onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener("pathwise-progress", onChange);
  };
}

/** A stored value as a string (a stable snapshot); null on the server and where storage is off. */
function useStored(key: string | null): string | null {
  return useSyncExternalStore(
    subscribe,
    () => {
      if (key === null) return null;
      try {
        return window.localStorage.getItem(key);
      } catch {
        return null;
      }
    },
    () => null,
  );
}

function parse<T>(raw: string | null): T | null {
  try {
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

/** Writes a progress value and tells this tab's marks (the storage event only reaches other tabs). */
export function storeProgress(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
    window.dispatchEvent(new Event("pathwise-progress"));
  } catch {
    // storage off: the marks last as long as the page
  }
}

type GuestLessons = { lessons?: Record<string, string> };
export type StoredQuizResult = { score: number; total: number; passed?: boolean };

function useGuestLessons(): Record<string, string> {
  const raw = useStored(GUEST_PROGRESS_KEY);
  return useMemo(() => parse<GuestLessons>(raw)?.lessons ?? {}, [raw]);
}

/** "done" and the quiz score next to a lesson in a list. */
export function LessonMark({ lessonKey, quizId, signedIn, done, score }: { lessonKey: string; quizId?: string; signedIn: boolean; done: boolean; score?: StoredQuizResult | null }) {
  const lessons = useGuestLessons();
  const rawQuiz = useStored(quizId && !signedIn ? quizLastKey(quizId) : null);
  const guestScore = signedIn ? null : (parse<{ result: StoredQuizResult }>(rawQuiz)?.result ?? null);
  const isDone = signedIn ? done : Boolean(lessons[lessonKey]);
  const shown = signedIn ? score : guestScore;
  return (
    <>
      {isDone ? <span className="badge badge-done">done</span> : null}
      {shown ? (
        <span className="badge" title={signedIn ? "your best quiz score" : "your last quiz score in this browser"}>
          quiz {shown.score}/{shown.total}
        </span>
      ) : null}
    </>
  );
}

/** A track's "N of M lessons complete" bar, for guests from this browser. */
export function TrackProgress({ title, lessonKeys, signedIn, completed }: { title: string; lessonKeys: string[]; signedIn: boolean; completed: number }) {
  const lessons = useGuestLessons();
  const count = signedIn ? completed : lessonKeys.filter((k) => lessons[k]).length;
  if (!signedIn && count === 0) return null;
  return (
    <div className="track-progress">
      <progress max={lessonKeys.length} value={count} aria-label={`${title} progress`} />
      <span className="muted">
        {count} of {lessonKeys.length} lessons complete{signedIn ? "" : " (in this browser)"}
      </span>
    </div>
  );
}

const LAB_STATUS = { "not-started": "Not started", "in-progress": "In progress", done: "Done" } as const;

/** A lab's status in the lab list: the server's when signed in, this browser's for a guest. */
export function LabMark({ labId, signedIn, status }: { labId: string; signedIn: boolean; status: keyof typeof LAB_STATUS }) {
  const rawSession = useStored(labGuestKey(labId));
  const rawPassed = useStored(labPassedKey(labId));
  let shown = status;
  if (!signedIn) {
    const commands = parse<{ commands?: unknown[] }>(rawSession)?.commands ?? [];
    shown = rawPassed ? "done" : commands.length ? "in-progress" : "not-started";
  }
  return <span className={`badge${shown === "done" ? " badge-done" : ""}`} data-testid={`lab-status-${labId}`}>{LAB_STATUS[shown]}</span>;
}

/** Remembers the lesson or lab on screen for "continue where you left off". */
export function RememberVisit({ href, title, kind }: { href: string; title: string; kind: "lesson" | "lab" }) {
  useEffect(() => {
    storeProgress(LAST_VISIT_KEY, { href, title, kind });
  }, [href, title, kind]);
  return null;
}

/** "Continue where you left off" — the last lesson or lab opened in this browser. */
export function ContinueLink() {
  const raw = useStored(LAST_VISIT_KEY);
  const last = parse<{ href?: unknown; title?: unknown; kind?: unknown }>(raw);
  if (!last || typeof last.href !== "string" || typeof last.title !== "string" || !/^\/(learn|labs)\//.test(last.href)) return null;
  return (
    <p className="continue" data-testid="continue">
      <Link className="button" href={last.href}>
        Continue where you left off: {last.kind === "lab" ? "lab " : ""}
        {last.title}
      </Link>
    </p>
  );
}
