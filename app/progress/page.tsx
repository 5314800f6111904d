import type { Metadata } from "next";
import Link from "next/link";
import { dashboard } from "@/lib/server/practice";
import { currentUser } from "@/lib/server/session";
import { SignInPrompt } from "../practice/_components/sign-in-prompt";
import { Bars, LineChart } from "./charts";
import "../practice/practice.css";

export const metadata: Metadata = { title: "Your progress" };

const pct = (n: number, d: number) => (d === 0 ? 0 : Math.round((n / d) * 100));
const day = (d: Date) => d.toISOString().slice(0, 10);

export default async function ProgressPage() {
  const user = await currentUser();
  if (!user) {
    return (
      <div className="content-width">
        <h1>Your progress</h1>
        <SignInPrompt next="/progress" what="see your progress" />
      </div>
    );
  }
  const d = await dashboard(user);
  const lessonsDone = d.lessons.reduce((n, t) => n + t.done, 0);
  const lessonsTotal = d.lessons.reduce((n, t) => n + t.total, 0);
  return (
    <div className="content-width">
      <h1>Your progress</h1>
      <ul className="stat-grid">
        <li className="stat" data-testid="stat-streak">
          <strong>{d.streak}</strong> day{d.streak === 1 ? "" : "s"} in a row
        </li>
        <li className="stat">
          <strong>
            {lessonsDone} / {lessonsTotal}
          </strong>{" "}
          lessons completed
        </li>
        <li className="stat">
          <strong>{d.labsDone}</strong> lab{d.labsDone === 1 ? "" : "s"} done
        </li>
        <li className="stat" data-testid="stat-due">
          <strong>{d.dueReviews}</strong> review{d.dueReviews === 1 ? "" : "s"} due ·{" "}
          <Link href="/practice/review">review now</Link>
        </li>
        <li className="stat" data-testid="stat-exams">
          <strong>{d.exams.length}</strong> exam{d.exams.length === 1 ? "" : "s"} taken
        </li>
      </ul>

      <h2 id="lessons-heading">Lessons by track</h2>
      <Bars
        id="lessons-heading"
        rows={d.lessons.map((t) => ({
          key: t.slug,
          label: t.title,
          value: t.done,
          max: t.total,
          text: `${t.done} of ${t.total}`,
        }))}
      />

      <h2 id="exams-heading">Practice exam scores</h2>
      {d.exams.length === 0 ? (
        <p className="muted">
          No exams yet. <Link href="/practice/exam">Take a practice exam</Link>.
        </p>
      ) : (
        <>
          <LineChart
            label="Practice exam scores over time, in percent"
            points={d.exams.map((e) => ({ label: day(e.at), value: pct(e.score, e.total) }))}
          />
          <table className="data-table" data-testid="exam-table">
            <caption className="visually-hidden">Practice exam scores</caption>
            <thead>
              <tr>
                <th scope="col">Date (UTC)</th>
                <th scope="col">Score</th>
                <th scope="col">Percent</th>
              </tr>
            </thead>
            <tbody>
              {d.exams.map((e) => (
                <tr key={e.id}>
                  <td>
                    <Link href={`/practice/exam/${e.id}`}>{day(e.at)}</Link>
                  </td>
                  <td>
                    {e.score} of {e.total}
                  </td>
                  <td>{pct(e.score, e.total)}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      <h2 id="quizzes-heading">Lesson quiz scores</h2>
      {d.quizzes.length === 0 ? (
        <p className="muted">No lesson quizzes yet.</p>
      ) : (
        <>
          <LineChart
            label="Lesson quiz scores over time, in percent"
            points={d.quizzes.map((q) => ({ label: `${day(q.at)} ${q.quizId}`, value: pct(q.score, q.total) }))}
          />
          <table className="data-table">
            <caption className="visually-hidden">Lesson quiz scores</caption>
            <thead>
              <tr>
                <th scope="col">Date (UTC)</th>
                <th scope="col">Quiz</th>
                <th scope="col">Score</th>
              </tr>
            </thead>
            <tbody>
              {d.quizzes.map((q, i) => (
                <tr key={i}>
                  <td>{day(q.at)}</td>
                  <td>{q.quizId}</td>
                  <td>
                    {q.score} of {q.total}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      <h2 id="weak-heading">Weakest tracks</h2>
      {d.weakest.length === 0 ? (
        <p className="muted">
          Answer some questions in <Link href="/practice/learn">learn mode</Link> or an exam to see where to focus.
        </p>
      ) : (
        <ol data-testid="weakest-tracks">
          {d.weakest.slice(0, 3).map((t) => (
            <li key={t.track}>
              {t.title}: {t.correct} of {t.total} right ({pct(t.correct, t.total)}%) —{" "}
              <Link href={`/practice/learn?track=${t.track}`}>practise {t.title}</Link>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
