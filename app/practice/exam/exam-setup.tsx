"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { EXAM_MAX_MINUTES, EXAM_MAX_QUESTIONS, EXAM_MIN_MINUTES, EXAM_MIN_QUESTIONS } from "@/lib/content/practice";
import { postJson } from "../_components/api";

export function ExamSetup({ tracks }: { tracks: Array<{ slug: string; title: string; count: number }> }) {
  const router = useRouter();
  const [chosen, setChosen] = useState<string[]>(tracks.map((t) => t.slug));
  const [count, setCount] = useState(20);
  const [minutes, setMinutes] = useState(30);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const available = tracks.filter((t) => chosen.includes(t.slug)).reduce((n, t) => n + t.count, 0);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (chosen.length === 0) return setError("Choose at least one track.");
    if (!Number.isInteger(count) || count < EXAM_MIN_QUESTIONS || count > EXAM_MAX_QUESTIONS)
      return setError(`Choose between ${EXAM_MIN_QUESTIONS} and ${EXAM_MAX_QUESTIONS} questions.`);
    if (count > available)
      return setError(`The chosen tracks have ${available} questions; choose fewer questions or more tracks.`);
    if (!Number.isInteger(minutes) || minutes < EXAM_MIN_MINUTES || minutes > EXAM_MAX_MINUTES)
      return setError(`Choose a time limit between ${EXAM_MIN_MINUTES} and ${EXAM_MAX_MINUTES} minutes.`);
    setBusy(true);
    const result = await postJson<{ id: string }>("/api/practice/exams", { tracks: chosen, count, minutes });
    if (!result.ok) {
      setBusy(false);
      return setError(result.message);
    }
    router.push(`/practice/exam/${result.data.id}`);
  }

  return (
    <form className="practice-form" onSubmit={onSubmit} noValidate>
      <fieldset>
        <legend>Tracks</legend>
        {tracks.map((t) => (
          <label key={t.slug} className="quiz-choice">
            <input
              type="checkbox"
              name="tracks"
              value={t.slug}
              checked={chosen.includes(t.slug)}
              onChange={(e) => setChosen((c) => (e.target.checked ? [...c, t.slug] : c.filter((x) => x !== t.slug)))}
            />{" "}
            {t.title} <span className="muted">({t.count} questions)</span>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="exam-count">Number of questions</label>
        <input
          id="exam-count"
          type="number"
          min={EXAM_MIN_QUESTIONS}
          max={EXAM_MAX_QUESTIONS}
          value={Number.isNaN(count) ? "" : count}
          onChange={(e) => setCount(e.target.valueAsNumber)}
          aria-describedby="exam-count-hint"
        />
        <p className="field-hint" id="exam-count-hint">
          {EXAM_MIN_QUESTIONS}–{EXAM_MAX_QUESTIONS}; questions are spread evenly across the tracks.
        </p>
      </div>
      <div className="field">
        <label htmlFor="exam-minutes">Time limit (minutes)</label>
        <input
          id="exam-minutes"
          type="number"
          min={EXAM_MIN_MINUTES}
          max={EXAM_MAX_MINUTES}
          value={Number.isNaN(minutes) ? "" : minutes}
          onChange={(e) => setMinutes(e.target.valueAsNumber)}
          aria-describedby="exam-minutes-hint"
        />
        <p className="field-hint" id="exam-minutes-hint">
          The real exam gives about 2 minutes per question.
        </p>
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <p>
        <button type="submit" className="button" disabled={busy}>
          {busy ? "Starting…" : "Start the exam"}
        </button>
      </p>
    </form>
  );
}
