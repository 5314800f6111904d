"use client";
import Link from "next/link";
import { useState } from "react";
import { RATINGS, type RatingName } from "@/lib/content/practice";
import { postJson } from "../../_components/api";
import { RevealPanel, type Revealed } from "../reveal-panel";

export function PromptPractice({ id, signedIn }: { id: string; signedIn: boolean }) {
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  const [rated, setRated] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function reveal() {
    setBusy(true);
    setError(null);
    const result = await postJson<Revealed>(`/api/practice/prompts/${id}/reveal`, {});
    setBusy(false);
    if (!result.ok) return setError(result.message);
    setRevealed(result.data);
  }

  async function rate(rating: RatingName) {
    setBusy(true);
    setError(null);
    const result = await postJson<{ nextDue: string }>(`/api/practice/prompts/${id}/rate`, { rating });
    setBusy(false);
    if (!result.ok) return setError(result.message);
    setRated(result.data.nextDue);
  }

  return (
    <>
      <RevealPanel
        revealed={revealed}
        busy={busy}
        onReveal={reveal}
        onRate={rate}
        rated={rated}
        ratings={RATINGS}
        textId={`prompt-${id}`}
        canRate={signedIn}
      />
      {revealed && !signedIn ? (
        <p className="muted">
          <Link href={`/sign-in?next=${encodeURIComponent(`/practice/interview/${id}`)}`}>Sign in</Link> to rate
          yourself and have this prompt come back for spaced repetition.
        </p>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
