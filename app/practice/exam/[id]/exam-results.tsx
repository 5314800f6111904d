import Link from "next/link";
import type { PublicQuestion } from "@/lib/content/grade";
import type { ExamResult } from "@/lib/server/practice";

function describe(q: PublicQuestion, value: string | string[] | null): string {
  if (value === null || value === "" || (Array.isArray(value) && value.length === 0)) return "(no answer)";
  const list = Array.isArray(value) ? value : [value];
  if (q.type === "single" || q.type === "multiple")
    return list.map((id) => q.choices.find((c) => c.id === id)?.text ?? id).join("; ");
  if (q.type === "ordering")
    return list.map((id, i) => `${i + 1}. ${q.items.find((c) => c.id === id)?.text ?? id}`).join("  ");
  return list.join(" ");
}

const pct = (n: number, d: number) => (d === 0 ? 0 : Math.round((n / d) * 100));

/** Score, pass/fail, per-track bars (with text values), time per question and a full answer review. */
export function ExamResults({ result }: { result: ExamResult }) {
  const totalSeconds = result.items.reduce((n, i) => n + (i.seconds ?? 0), 0);
  return (
    <>
      {result.expired ? (
        <p className="form-error" role="alert">
          Time ran out before this exam was submitted, so no answers were counted.
        </p>
      ) : null}
      <div className={`result-score ${result.passed ? "quiz-pass" : "quiz-fail"}`} data-testid="exam-score">
        <strong>
          You scored {result.score} of {result.total} ({pct(result.score, result.total)}%)
        </strong>{" "}
        — {result.passed ? "passed" : "not passed"}. The pass mark is {Math.round(result.passMark * 100)}%.
      </div>
      {result.submittedAt ? (
        <p className="muted">
          Submitted {result.submittedAt.toISOString().slice(0, 16).replace("T", " ")} UTC after{" "}
          {Math.round((result.submittedAt.getTime() - result.startedAt.getTime()) / 60000)} of{" "}
          {Math.round(result.timeLimitSec / 60)} minutes.
        </p>
      ) : null}

      <h2 id="by-track">Score by track</h2>
      <ul className="bars" aria-labelledby="by-track" data-testid="track-breakdown">
        {result.byTrack.map((t) => {
          const p = pct(t.correct, t.total);
          return (
            <li key={t.track} className="bar-row">
              <span>{t.title}</span>
              <span className="bar-track" aria-hidden="true">
                <span
                  className={`bar-fill ${p < result.passMark * 100 ? "is-low" : ""}`}
                  style={{ width: `${p}%`, display: "block" }}
                />
              </span>
              <span className="bar-value">
                {t.correct} of {t.total} ({p}%)
              </span>
            </li>
          );
        })}
      </ul>

      <h2>Every answer</h2>
      <p className="muted">
        {result.items.filter((i) => !i.correct).length} missed · {Math.round(totalSeconds)} seconds on questions in
        total.
      </p>
      <ol className="review-list" data-testid="answer-review">
        {result.items.map((item) => (
          <li key={item.id} className={`review-item ${item.correct ? "is-correct" : "is-wrong"}`}>
            <p className="practice-meta">
              <span className="badge">{item.trackTitle}</span>
              <span>{item.seconds === null ? "time not recorded" : `${item.seconds} s`}</span>
            </p>
            <p>
              <strong>{item.question.prompt}</strong>
            </p>
            <p>
              <strong>{item.correct ? "Correct." : "Wrong."}</strong> Your answer: {describe(item.question, item.given)}
            </p>
            {!item.correct ? <p>Right answer: {describe(item.question, item.expected)}</p> : null}
            <p>{item.explanation}</p>
            <p>
              <a href={item.source} rel="noreferrer" target="_blank">
                Source: AWS documentation
              </a>
              {item.scenario ? (
                <>
                  {" · "}
                  <Link href={`/playground?scenario=${encodeURIComponent(item.scenario)}`}>See it happen</Link>
                </>
              ) : null}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
