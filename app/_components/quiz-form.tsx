"use client";
import Link from "next/link";
import { useEffect, useState, type FormEvent } from "react";
import { quizLastKey, storeProgress } from "./local-progress";
import type { PublicQuiz, QuizResult } from "@/lib/content/grade";
import { markLessonCompleteAsGuest, recordGuestQuiz } from "./guest-progress";
import { QuestionInput, describeAnswer, initialAnswer, isAnswered, type Answer } from "./question-input";
import { LocalTime } from "./local-time";
import { SessionEndedNotice, signedInHeaders, useSessionEnded } from "./session-watch";

type Answers = Record<string, Answer>;
type Outcome = QuizResult & { stored: boolean; lessonCompleted: boolean };

export function QuizForm({
  quiz,
  lessonKey,
  signedIn,
  last = null,
}: {
  quiz: PublicQuiz;
  lessonKey: string | null;
  signedIn: boolean;
  /** The signed-in learner's last attempt, graded again on the server (a guest's comes from this browser). */
  last?: { answers: Answers; result: QuizResult; at: string } | null;
}) {
  const initialOrder = (): Answers =>
    Object.fromEntries(
      quiz.questions.flatMap((q) => {
        const a = initialAnswer(q);
        return a === undefined ? [] : [[q.id, a]];
      }),
    );
  const [answers, setAnswers] = useState<Answers>(() => (last ? last.answers : initialOrder()));
  const [result, setResult] = useState<Outcome | null>(() => (last ? { ...last.result, stored: true, lessonCompleted: false } : null));
  // When the result on screen is an earlier attempt (after a reload or on another visit): its time.
  const [earlierAt, setEarlierAt] = useState<string | null>(last?.at ?? null);
  useEffect(() => {
    if (signedIn || last) return;
    try {
      const raw = window.localStorage.getItem(quizLastKey(quiz.id));
      const kept = raw ? (JSON.parse(raw) as { answers?: Answers; result?: Outcome; at?: string }) : null;
      if (kept?.answers && kept.result && Array.isArray(kept.result.results) && typeof kept.at === "string" && kept.result.quizId === quiz.id) {
        // Restoring what this browser kept once it is available (after hydration, so the server's HTML matches).
        // eslint-disable-next-line react-hooks/set-state-in-effect
        setAnswers(kept.answers);
        setResult({ ...kept.result, stored: false, lessonCompleted: false });
        setEarlierAt(kept.at);
      }
    } catch {
      // nothing usable kept
    }
  }, [signedIn, last, quiz.id]);
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
      setEarlierAt(null);
      if (!signedIn) {
        storeProgress(quizLastKey(quiz.id), { answers, result: { quizId: body.quizId, score: body.score, total: body.total, passed: body.passed, results: body.results }, at: new Date().toISOString() });
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
    setEarlierAt(null);
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
          {earlierAt ? (
            <span className="quiz-earlier">
              Your last attempt, <LocalTime iso={earlierAt} />:{" "}
            </span>
          ) : null}
          <strong>
            You scored {result.score} of {result.total}
          </strong>
          {result.passed ? " — passed." : ` — you need ${Math.ceil(quiz.passMark * result.total)} to pass.`}{" "}
          {result.passed && result.lessonCompleted ? "Lesson marked complete." : null}
          {!signedIn && !earlierAt ? (
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
