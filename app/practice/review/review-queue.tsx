"use client";
import { useRef, useState, type FormEvent } from "react";
import type { DueItem } from "@/lib/server/practice";
import { RATINGS, type RatingName } from "@/lib/content/practice";
import { postJson, type AnswerFeedback } from "../_components/api";
import { Feedback } from "../_components/feedback";
import { QuestionInput, initialAnswer, isAnswered, type Answer } from "@/app/_components/question-input";
import { RevealPanel, type Revealed } from "../interview/reveal-panel";

type Item = DueItem;

/** Works through the cards due today: answer a question, or reveal and self-rate a prompt. */
export function ReviewQueue({ items }: { items: Item[] }) {
  const [index, setIndex] = useState(0);
  const [answer, setAnswer] = useState<Answer | undefined>(() => first(items));
  const [feedback, setFeedback] = useState<AnswerFeedback | null>(null);
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  const [nextDue, setNextDue] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  if (index >= items.length) {
    return (
      <p className="practice-panel" role="status" data-testid="review-done">
        <strong>All caught up.</strong> You reviewed {items.length} card{items.length === 1 ? "" : "s"}; come back when
        more are due.
      </p>
    );
  }
  const item = items[index];

  function next() {
    const i = index + 1;
    setIndex(i);
    setAnswer(first(items.slice(i)));
    setFeedback(null);
    setRevealed(null);
    setNextDue(null);
    setError(null);
    requestAnimationFrame(() => headingRef.current?.focus());
  }

  async function onAnswer(event: FormEvent) {
    event.preventDefault();
    if (!isAnswered(answer)) return setError("Choose an answer first.");
    setBusy(true);
    setError(null);
    const result = await postJson<AnswerFeedback & { nextDue: string }>(`/api/practice/review/${item.cardId}/answer`, {
      answer,
    });
    setBusy(false);
    if (!result.ok) return setError(result.message);
    setFeedback(result.data);
  }

  async function reveal() {
    if (item.kind !== "prompt") return;
    setBusy(true);
    setError(null);
    const result = await postJson<Revealed>(`/api/practice/prompts/${item.item.id}/reveal`, {});
    setBusy(false);
    if (!result.ok) return setError(result.message);
    setRevealed(result.data);
  }

  async function rate(rating: RatingName) {
    setBusy(true);
    setError(null);
    const result = await postJson<{ nextDue: string }>(`/api/practice/review/${item.cardId}/rate`, { rating });
    setBusy(false);
    if (!result.ok) return setError(result.message);
    setNextDue(result.data.nextDue);
  }

  return (
    <section className="practice-panel" aria-labelledby="review-heading">
      <h2 id="review-heading" tabIndex={-1} ref={headingRef} className="practice-meta">
        Card {index + 1} of {items.length} <span className="badge">{item.item.trackTitle}</span>
        <span className="badge">{item.kind === "question" ? "question" : "interview prompt"}</span>
      </h2>
      {item.kind === "question" ? (
        <form onSubmit={onAnswer} key={item.cardId}>
          <QuestionInput
            question={item.item.question}
            name={`review-${item.cardId}`}
            value={answer}
            onChange={setAnswer}
            disabled={Boolean(feedback) || busy}
          />
          {feedback ? <Feedback question={item.item.question} feedback={feedback} /> : null}
          {error ? (
            <p className="form-error" role="alert">
              {error}
            </p>
          ) : null}
          <div className="practice-actions" style={{ marginTop: "0.8rem" }}>
            {feedback ? (
              <button type="button" className="button" onClick={next}>
                Next card
              </button>
            ) : (
              <button type="submit" className="button" disabled={busy}>
                {busy ? "Checking…" : "Check answer"}
              </button>
            )}
          </div>
        </form>
      ) : (
        <div key={item.cardId}>
          <p className="practice-prompt">{item.item.prompt}</p>
          <RevealPanel
            revealed={revealed}
            busy={busy}
            onReveal={reveal}
            onRate={rate}
            rated={nextDue}
            ratings={RATINGS}
            textId={`review-text-${item.cardId}`}
          />
          {error ? (
            <p className="form-error" role="alert">
              {error}
            </p>
          ) : null}
          {nextDue ? (
            <p className="practice-actions">
              <button type="button" className="button" onClick={next}>
                Next card
              </button>
            </p>
          ) : null}
        </div>
      )}
    </section>
  );
}

function first(items: Item[]): Answer | undefined {
  const it = items[0];
  return it && it.kind === "question" ? initialAnswer(it.item.question) : undefined;
}
