"use client";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import type { PublicQuiz, QuizResult } from "@/lib/content/grade";
import { markLessonCompleteAsGuest, recordGuestQuiz } from "./guest-progress";
import { QuestionInput, describeAnswer, initialAnswer, isAnswered, type Answer } from "./question-input";
import { SessionEndedNotice, signedInHeaders, useSessionEnded } from "./session-watch";

type Answers = Record<string, Answer>;
type Outcome = QuizResult & { stored: boolean; lessonCompleted: boolean };

export function QuizForm({
  quiz,
  lessonKey,
  signedIn,
}: {
  quiz: PublicQuiz;
  lessonKey: string | null;
  signedIn: boolean;
}) {
  const initialOrder = (): Answers =>
    Object.fromEntries(
      quiz.questions.flatMap((q) => {
        const a = initialAnswer(q);
        return a === undefined ? [] : [[q.id, a]];
      }),
    );
  const [answers, setAnswers] = useState<Answers>(initialOrder);
  const [result, setResult] = useState<Outcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [sessionEnded, setSessionEnded] = useSessionEnded(signedIn);
  // Submitting with questions left blank asks first: grading reveals every question's answer.
  const [confirming, setConfirming] = useState(false);
  const unanswered = quiz.questions.filter((q) => !isAnswered(answers[q.id])).length;

  const set = (id: string, value: string | string[]) => {
    setConfirming(false);
    setAnswers((a) => ({ ...a, [id]: value }));
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (unanswered > 0 && !confirming) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(`/api/quizzes/${quiz.id}/attempts`, {
        method: "POST",
        headers: signedInHeaders(signedIn),
        body: JSON.stringify({ answers }),
      });
      if (response.status === 401) setSessionEnded(true);
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
    setConfirming(false);
    setResult(null);
    setAnswers(initialOrder());
    setAttempt((n) => n + 1);
  }

  const byId = new Map(result?.results.map((r) => [r.id, r]));

  return (
    <section className="quiz" aria-labelledby={`quiz-${quiz.id}`}>
      <h3 id={`quiz-${quiz.id}`}>{quiz.title}</h3>
      {result ? (
        <div
          className={`quiz-score ${result.passed ? "quiz-pass" : "quiz-fail"}`}
          role="status"
          data-testid="quiz-score"
        >
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
                <QuestionInput
                  question={q}
                  name={`${quiz.id}-${q.id}`}
                  value={answers[q.id]}
                  onChange={(v) => set(q.id, v)}
                  disabled={Boolean(result)}
                />
                {graded ? (
                  <div className={`quiz-feedback ${graded.correct ? "is-correct" : "is-wrong"}`}>
                    <p>
                      <strong>{graded.correct ? "Correct." : "Not quite."}</strong> {graded.explanation}
                    </p>
                    {!graded.correct ? <p className="muted">Answer: {describeAnswer(q, graded.expected)}</p> : null}
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
        {sessionEnded && !result ? <SessionEndedNotice path={lessonKey ? `/learn/${lessonKey}` : "/learn"} /> : null}
        {error && !sessionEnded ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        {confirming && !result ? (
          <div className="quiz-confirm" role="alert" data-testid="quiz-confirm">
            <p>
              {unanswered === quiz.questions.length
                ? `You haven't answered any of the ${quiz.questions.length} questions.`
                : `${unanswered} of ${quiz.questions.length} questions ${unanswered === 1 ? "is" : "are"} unanswered.`}{" "}
              Submitting grades {unanswered === 1 ? "it" : "them"} as wrong and shows every answer.
            </p>
            <div className="workspace-actions">
              <button type="submit" className="button" disabled={busy}>
                {busy ? "Grading…" : "Submit anyway"}
              </button>
              <button type="button" className="button button-quiet" onClick={() => setConfirming(false)}>
                Keep answering
              </button>
            </div>
          </div>
        ) : null}
        {result ? (
          <button type="button" className="button" onClick={retry}>
            Try again
          </button>
        ) : confirming ? null : (
          <button type="submit" className="button" disabled={busy}>
            {busy ? "Grading…" : "Submit answers"}
          </button>
        )}
      </form>
    </section>
  );
}
