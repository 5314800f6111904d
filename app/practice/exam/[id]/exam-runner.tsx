"use client";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { useInBrowser } from "@/app/_components/in-browser";
import type { PracticeQuestion } from "@/lib/server/practice";
import { postJson } from "../../_components/api";
import { QuestionInput, initialAnswer, isAnswered, type Answer } from "@/app/_components/question-input";

type Exam = { id: string; deadline: string; serverNow: string; questions: PracticeQuestion[] };
type Saved = { answers: Record<string, Answer>; flags: string[]; timings: Record<string, number>; current: number };

const storageKey = (id: string) => `pathwise-exam-${id}`;

/** Renders the exam only in the browser: its saved answers live in localStorage. */
export function ExamRunner({ exam }: { exam: Exam }) {
  const mounted = useInBrowser();
  if (!mounted) return <p aria-busy="true">Loading your exam…</p>;
  return <Runner exam={exam} />;
}

function load(id: string): Saved | null {
  try {
    const raw = window.localStorage.getItem(storageKey(id));
    return raw ? (JSON.parse(raw) as Saved) : null;
  } catch {
    return null;
  }
}

function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(2, "0");
  const ss = String(s).padStart(2, "0");
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

function Runner({ exam }: { exam: Exam }) {
  const router = useRouter();
  const questions = exam.questions;
  const [initial] = useState(() => load(exam.id));
  const [answers, setAnswers] = useState<Record<string, Answer>>(initial?.answers ?? {});
  const [flags, setFlags] = useState<string[]>(initial?.flags ?? []);
  const [current, setCurrent] = useState(Math.min(initial?.current ?? 0, questions.length - 1));
  const [timings, setTimings] = useState<Record<string, number>>(initial?.timings ?? {});
  const [offset] = useState(() => new Date(exam.serverNow).getTime() - Date.now());
  const [now, setNow] = useState(() => Date.now());
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [closed, setClosed] = useState(false);
  const [mountedAt] = useState(() => Date.now());
  const enteredAt = useRef(mountedAt);
  const submitted = useRef(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const deadline = new Date(exam.deadline).getTime();
  const remaining = deadline - (now + offset);

  useEffect(() => {
    if (submitted.current) return;
    try {
      window.localStorage.setItem(
        storageKey(exam.id),
        JSON.stringify({ answers, flags, timings, current } satisfies Saved),
      );
    } catch {
      // Storage full or disabled: answers still live in memory until submit.
    }
  }, [exam.id, answers, flags, timings, current]);

  /** Adds the time spent on the current question so far and restarts its stopwatch. */
  const lapTimings = useCallback((): Record<string, number> => {
    const id = questions[current].question.id;
    const spent = (Date.now() - enteredAt.current) / 1000;
    enteredAt.current = Date.now();
    const next = { ...timings, [id]: Math.round(((timings[id] ?? 0) + spent) * 10) / 10 };
    setTimings(next);
    return next;
  }, [questions, current, timings]);

  const submit = useCallback(async () => {
    if (submitted.current) return;
    submitted.current = true;
    setBusy(true);
    setError(null);
    const finalTimings = lapTimings();
    // An ordering question left as shown counts as answered in that order.
    const shown = Object.fromEntries(
      questions.flatMap((x) =>
        x.question.type === "ordering" ? [[x.question.id, initialAnswer(x.question) ?? []]] : [],
      ),
    );
    const result = await postJson<{ id: string }>(`/api/practice/exams/${exam.id}/submit`, {
      answers: { ...shown, ...answers },
      timings: finalTimings,
    });
    if (result.ok || result.status === 409) {
      try {
        window.localStorage.removeItem(storageKey(exam.id));
      } catch {
        // ignore
      }
    }
    if (result.ok) {
      router.refresh();
      return;
    }
    setBusy(false);
    setError(result.message);
    if (result.status === 409 || result.status === 404) setClosed(true);
    else submitted.current = false;
  }, [answers, exam.id, lapTimings, questions, router]);

  useEffect(() => {
    const timer = window.setInterval(() => {
      const t = Date.now();
      setNow(t);
      if (deadline - (t + offset) <= 0 && !submitted.current) void submit();
    }, 1000);
    return () => window.clearInterval(timer);
  }, [deadline, offset, submit]);

  function go(index: number) {
    if (index < 0 || index >= questions.length || index === current) return;
    lapTimings();
    setCurrent(index);
    setConfirming(false);
    headingRef.current?.focus();
  }

  const q = questions[current];
  const flagged = flags.includes(q.question.id);
  // An ordering question counts as answered in the order shown, as it is graded (submit, above).
  const answerOf = (x: PracticeQuestion) => answers[x.question.id] ?? initialAnswer(x.question);
  const answeredCount = questions.filter((x) => isAnswered(answerOf(x))).length;
  const unanswered = questions.length - answeredCount;

  if (closed) {
    return (
      <div className="practice-panel" role="alert">
        <p>
          <strong>{error}</strong>
        </p>
        <button type="button" className="button" onClick={() => router.refresh()}>
          See the results
        </button>
      </div>
    );
  }

  return (
    <div>
      <div className="exam-bar">
        <span>
          Question {current + 1} of {questions.length} · {answeredCount} answered
        </span>
        <span
          className={`exam-timer ${remaining < 60_000 ? "is-low" : ""}`}
          role="timer"
          aria-label="Time left"
          data-testid="exam-timer"
        >
          {formatClock(remaining)}
        </span>
        <span className="visually-hidden" aria-live="polite">
          {remaining <= 60_000 && remaining > 55_000 ? "One minute left." : ""}
        </span>
      </div>
      <div className="exam-layout">
        <section className="practice-panel" aria-labelledby="exam-q-heading">
          <h2 id="exam-q-heading" tabIndex={-1} ref={headingRef} className="practice-meta">
            Question {current + 1} <span className="badge">{q.trackTitle}</span>
          </h2>
          <QuestionInput
            key={q.question.id}
            question={q.question}
            name={`exam-${q.question.id}`}
            value={answers[q.question.id] ?? initialAnswer(q.question)}
            onChange={(v) => setAnswers((a) => ({ ...a, [q.question.id]: v }))}
            disabled={busy}
          />
          <div className="practice-actions" style={{ marginTop: "1rem" }}>
            <button
              type="button"
              className="button button-quiet"
              onClick={() => go(current - 1)}
              disabled={current === 0}
            >
              ← Previous
            </button>
            <button
              type="button"
              className="button button-quiet"
              aria-pressed={flagged}
              onClick={() => setFlags((f) => (flagged ? f.filter((x) => x !== q.question.id) : [...f, q.question.id]))}
            >
              {flagged ? "⚑ Flagged for review" : "Flag for review"}
            </button>
            {current < questions.length - 1 ? (
              <button type="button" className="button" onClick={() => go(current + 1)}>
                Next →
              </button>
            ) : null}
          </div>
        </section>
        <aside className="practice-panel" aria-labelledby="palette-heading">
          <h2 id="palette-heading" className="practice-meta">
            All questions
          </h2>
          <ol className="exam-palette">
            {questions.map((x, i) => {
              const answered = isAnswered(answerOf(x));
              const isFlagged = flags.includes(x.question.id);
              const label = `Question ${i + 1}${answered ? ", answered" : ", not answered"}${isFlagged ? ", flagged" : ""}`;
              return (
                <li key={x.question.id}>
                  <button
                    type="button"
                    aria-label={label}
                    aria-current={i === current ? "step" : undefined}
                    className={[
                      answered ? "is-answered" : "",
                      isFlagged ? "is-flagged" : "",
                      i === current ? "is-current" : "",
                    ].join(" ")}
                    onClick={() => go(i)}
                  >
                    {i + 1}
                  </button>
                </li>
              );
            })}
          </ol>
          <p className="exam-legend">Shaded: answered. ⚑: flagged for review.</p>
          <p>
            <button type="button" className="button" onClick={() => setConfirming(true)} disabled={busy}>
              Submit exam
            </button>
          </p>
        </aside>
      </div>
      {confirming ? (
        <div className="practice-panel" role="region" aria-label="Confirm submission">
          <p>
            {unanswered > 0
              ? `${unanswered} question${unanswered === 1 ? " is" : "s are"} unanswered. `
              : "Every question is answered. "}
            {flags.length > 0 ? `${flags.length} flagged for review. ` : ""}
            Once submitted, answers can&apos;t be changed.
          </p>
          <div className="practice-actions">
            <button type="button" className="button" onClick={() => void submit()} disabled={busy}>
              {busy ? "Grading…" : "Submit now"}
            </button>
            <button type="button" className="button button-quiet" onClick={() => setConfirming(false)} disabled={busy}>
              Keep going
            </button>
          </div>
        </div>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
