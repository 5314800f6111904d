"use client";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import type { PublicQuiz, QuizResult } from "@/lib/content/grade";
import { markLessonCompleteAsGuest, recordGuestQuiz } from "./guest-progress";

type Answers = Record<string, string | string[]>;
type Outcome = QuizResult & { stored: boolean; lessonCompleted: boolean };

export function QuizForm({ quiz, lessonKey, signedIn }: { quiz: PublicQuiz; lessonKey: string | null; signedIn: boolean }) {
  const initialOrder = () =>
    Object.fromEntries(quiz.questions.flatMap((q) => (q.type === "ordering" ? [[q.id, q.items.map((i) => i.id)]] : [])));
  const [answers, setAnswers] = useState<Answers>(initialOrder);
  const [result, setResult] = useState<Outcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);

  const set = (id: string, value: string | string[]) => setAnswers((a) => ({ ...a, [id]: value }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(`/api/quizzes/${quiz.id}/attempts`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ answers }),
      });
      const body = (await response.json()) as Outcome | { error: { message: string } };
      if (!response.ok || "error" in body) {
        setError("error" in body ? body.error.message : "The quiz could not be graded. Try again.");
        return;
      }
      setResult(body);
      if (!signedIn) {
        recordGuestQuiz(quiz.id, answers, new Date().toISOString());
        if (body.passed && lessonKey) markLessonCompleteAsGuest(lessonKey, new Date().toISOString());
      }
    } catch {
      setError("We couldn't reach the server. Check your connection and try again.");
    } finally {
      setBusy(false);
    }
  }

  function retry() {
    setResult(null);
    setAnswers(initialOrder());
    setAttempt((n) => n + 1);
  }

  const byId = new Map(result?.results.map((r) => [r.id, r]));

  return (
    <section className="quiz" aria-labelledby={`quiz-${quiz.id}`}>
      <h3 id={`quiz-${quiz.id}`}>{quiz.title}</h3>
      {result ? (
        <div className={`quiz-score ${result.passed ? "quiz-pass" : "quiz-fail"}`} role="status" data-testid="quiz-score">
          <strong>
            You scored {result.score} of {result.total}
          </strong>
          {result.passed ? " — passed." : ` — you need ${Math.ceil(quiz.passMark * result.total)} to pass.`}{" "}
          {result.passed && result.lessonCompleted ? "Lesson marked complete." : null}
          {!signedIn ? (
            <>
              {" "}
              Saved in this browser. <Link href="/sign-up">Create an account</Link> to keep it.
            </>
          ) : null}
        </div>
      ) : null}
      <form onSubmit={onSubmit} key={attempt}>
        <ol className="quiz-questions">
          {quiz.questions.map((q) => {
            const graded = byId.get(q.id);
            return (
              <li key={q.id} className="quiz-question">
                <fieldset disabled={Boolean(result)}>
                  <legend>{q.prompt}</legend>
                  {q.type === "single" || q.type === "multiple" ? (
                    <>
                      {q.type === "multiple" ? <p className="field-hint">Choose all that apply.</p> : null}
                      {q.choices.map((c) => {
                        const chosen = answers[q.id];
                        const checked = q.type === "single" ? chosen === c.id : Array.isArray(chosen) && chosen.includes(c.id);
                        return (
                          <label key={c.id} className="quiz-choice">
                            <input
                              type={q.type === "single" ? "radio" : "checkbox"}
                              name={`${quiz.id}-${q.id}`}
                              value={c.id}
                              checked={checked}
                              onChange={(e) => {
                                if (q.type === "single") set(q.id, c.id);
                                else {
                                  const current = Array.isArray(chosen) ? chosen : [];
                                  set(q.id, e.target.checked ? [...current, c.id] : current.filter((x) => x !== c.id));
                                }
                              }}
                            />{" "}
                            {c.text}
                          </label>
                        );
                      })}
                    </>
                  ) : q.type === "ordering" ? (
                    <OrderingInput
                      items={q.items}
                      order={(answers[q.id] as string[]) ?? q.items.map((i) => i.id)}
                      onChange={(order) => set(q.id, order)}
                    />
                  ) : (
                    <label className="quiz-command">
                      <span className="visually-hidden">Command</span>
                      <input
                        type="text"
                        spellCheck={false}
                        autoComplete="off"
                        placeholder="aws …"
                        value={(answers[q.id] as string) ?? ""}
                        onChange={(e) => set(q.id, e.target.value)}
                      />
                    </label>
                  )}
                </fieldset>
                {graded ? (
                  <div className={`quiz-feedback ${graded.correct ? "is-correct" : "is-wrong"}`}>
                    <p>
                      <strong>{graded.correct ? "Correct." : "Not quite."}</strong> {graded.explanation}
                    </p>
                    {!graded.correct ? <p className="muted">Answer: {describeExpected(q, graded.expected)}</p> : null}
                    <p>
                      <a href={graded.source} rel="noreferrer">
                        Source: AWS documentation
                      </a>
                    </p>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        {result ? (
          <button type="button" className="button" onClick={retry}>
            Try again
          </button>
        ) : (
          <button type="submit" className="button" disabled={busy}>
            {busy ? "Grading…" : "Submit answers"}
          </button>
        )}
      </form>
    </section>
  );
}

function describeExpected(q: PublicQuiz["questions"][number], expected: string | string[]): string {
  const list = Array.isArray(expected) ? expected : [expected];
  if (q.type === "single" || q.type === "multiple") return list.map((id) => q.choices.find((c) => c.id === id)?.text ?? id).join("; ");
  if (q.type === "ordering") return list.map((id, i) => `${i + 1}. ${q.items.find((c) => c.id === id)?.text ?? id}`).join("  ");
  return list.join(" ");
}

function OrderingInput({
  items,
  order,
  onChange,
}: {
  items: Array<{ id: string; text: string }>;
  order: string[];
  onChange: (order: string[]) => void;
}) {
  const move = (from: number, to: number) => {
    if (to < 0 || to >= order.length) return;
    const next = [...order];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item);
    onChange(next);
  };
  return (
    <ol className="quiz-ordering">
      {order.map((id, i) => {
        const text = items.find((x) => x.id === id)?.text ?? id;
        return (
          <li key={id}>
            <span>{text}</span>
            <span className="quiz-ordering-buttons">
              <button type="button" className="button button-small button-quiet" aria-label={`Move up: ${text}`} disabled={i === 0} onClick={() => move(i, i - 1)}>
                ↑
              </button>
              <button
                type="button"
                className="button button-small button-quiet"
                aria-label={`Move down: ${text}`}
                disabled={i === order.length - 1}
                onClick={() => move(i, i + 1)}
              >
                ↓
              </button>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
