"use client";
import { useCallback, useEffect, useState } from "react";
import { SESSION_ENDED_MESSAGE, SIGNED_IN_HEADER } from "@/lib/content/signed-in";

/** Headers for a graded or recorded request from a page rendered for a signed-in learner. */
export function signedInHeaders(signedIn: boolean): Record<string, string> {
  return signedIn ? { "content-type": "application/json", [SIGNED_IN_HEADER]: "1" } : { "content-type": "application/json" };
}

/**
 * Whether the session this page was rendered with has ended. Checked when the tab comes back into
 * view (the usual moment: back from lunch, or after signing out in another tab), and set by the
 * page when a request is refused with 401. Cleared once a check finds the learner signed in again.
 */
export function useSessionEnded(signedIn: boolean): [boolean, (ended: boolean) => void] {
  const [ended, setEnded] = useState(false);
  const check = useCallback(async () => {
    try {
      const response = await fetch("/api/auth/get-session", { cache: "no-store" });
      if (!response.ok) return;
      const body = (await response.json()) as { user?: unknown } | null;
      setEnded(!body?.user);
    } catch {
      // offline: the next request will tell
    }
  }, []);
  useEffect(() => {
    if (!signedIn) return;
    const onVisible = () => {
      if (document.visibilityState === "visible") void check();
    };
    document.addEventListener("visibilitychange", onVisible);
    window.addEventListener("focus", onVisible);
    return () => {
      document.removeEventListener("visibilitychange", onVisible);
      window.removeEventListener("focus", onVisible);
    };
  }, [signedIn, check]);
  return [signedIn && ended, setEnded];
}

export function SessionEndedNotice({ path }: { path: string }) {
  return (
    <div className="quiz-confirm" role="alert" data-testid="session-ended">
      <p>{SESSION_ENDED_MESSAGE}</p>
      <p>
        <a href={`/sign-in?next=${encodeURIComponent(path)}`} target="_blank" rel="noopener" className="button button-small">
          Sign in again in a new tab
        </a>
      </p>
    </div>
  );
}
