"use client";
import { useRef, useState, type FormEvent } from "react";
import type { PracticeQuestion } from "@/lib/server/practice";
import { postJson, type AnswerFeedback } from "./api";
import { Feedback } from "./feedback";
import { QuestionInput, initialAnswer, isAnswered, type Answer } from "@/app/_components/question-input";

/** One question at a time; each answer is graded on the server and explained at once. */
export function LearnSession({ questions, signedIn }: { questions: PracticeQuestion[]; signedIn: boolean }) {
  const [index, setIndex] = useState(0);
  const [answer, setAnswer] = useState<Answer | undefined>(() =>
    questions[0] ? initialAnswer(questions[0].question) : undefined,
  );
  const [feedback, setFeedback] = useState<AnswerFeedback | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [tally, setTally] = useState({ right: 0, answered: 0 });
  const headingRef = useRef<HTMLHeadingElement>(null);

  if (questions.length === 0) return <p className="practice-panel">No questions here yet.</p>;
  const done = index >= questions.length;
  if (done) {
    return (
      <div className="practice-panel" role="status">
        <p>
          <strong>
            That&apos;s all {questions.length} questions: {tally.right} of {tally.answered} right.
          </strong>
        </p>
        <button
          type="button"
          className="button"
          onClick={() => {
            setIndex(0);
            setAnswer(initialAnswer(questions[0].question));
            setFeedback(null);
            setTally({ right: 0, answered: 0 });
          }}
        >
          Start again
        </button>
      </div>
    );
  }
  const q = questions[index];

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!isAnswered(answer)) return setError("Choose an answer first.");
    setBusy(true);
    setError(null);
    const result = await postJson<AnswerFeedback>("/api/practice/learn", { questionId: q.question.id, answer });
    setBusy(false);
    if (!result.ok) return setError(result.message);
    setFeedback(result.data);
    setTally((t) => ({ right: t.right + (result.data.correct ? 1 : 0), answered: t.answered + 1 }));
  }

  function next() {
    const i = index + 1;
    setIndex(i);
    setAnswer(i < questions.length ? initialAnswer(questions[i].question) : undefined);
    setFeedback(null);
    setError(null);
    requestAnimationFrame(() => headingRef.current?.focus());
  }

  return (
    <section className="practice-panel" aria-labelledby="learn-heading">
      <h2 id="learn-heading" tabIndex={-1} ref={headingRef} className="practice-meta">
        Question {index + 1} of {questions.length} <span className="badge">{q.trackTitle}</span>
        <span>
          {tally.right} of {tally.answered} right so far
        </span>
      </h2>
      <form onSubmit={onSubmit} key={q.question.id}>
        <QuestionInput
          question={q.question}
          name={`learn-${q.question.id}`}
          value={answer}
          onChange={setAnswer}
          disabled={Boolean(feedback) || busy}
        />
        {feedback ? <Feedback question={q.question} feedback={feedback} /> : null}
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="practice-actions" style={{ marginTop: "0.8rem" }}>
          {feedback ? (
            <button type="button" className="button" onClick={next}>
              {index + 1 < questions.length ? "Next question" : "Finish"}
            </button>
          ) : (
            <>
              <button type="submit" className="button" disabled={busy}>
                {busy ? "Checking…" : "Check answer"}
              </button>
              <button type="button" className="button button-quiet" onClick={next}>
                Skip
              </button>
            </>
          )}
        </div>
      </form>
      {!signedIn && feedback ? (
        <p className="muted">You&apos;re practising as a guest: answers aren&apos;t saved.</p>
      ) : null}
    </section>
  );
}
