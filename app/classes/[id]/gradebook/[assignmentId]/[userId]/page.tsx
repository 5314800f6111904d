import type { Metadata } from "next";
import Link from "next/link";
import { formatDuration } from "@/lib/content/classes";
import { getAttemptDetail } from "@/lib/server/classes";
import { forPage } from "../../../../guard";
import { StatusBadge, When } from "../../../../ui";
import "../../../../classes.css";

export const metadata: Metadata = { title: "Attempts" };

type Params = { id: string; assignmentId: string; userId: string };

export default async function AttemptDetailPage({ params }: { params: Promise<Params> }) {
  const { id, assignmentId, userId } = await params;
  const { data: d } = await forPage(`/classes/${id}/gradebook/${assignmentId}/${userId}`, (user) =>
    getAttemptDetail(user, id, assignmentId, userId === "me" ? user.id : userId),
  );
  return (
    <div className="classes-page">
      <p className="eyebrow">
        <Link href="/classes">Classes</Link> · <Link href={`/classes/${d.classId}`}>{d.className}</Link>
        {d.role === "instructor" ? (
          <>
            {" · "}
            <Link href={`/classes/${d.classId}/gradebook`}>Gradebook</Link>
          </>
        ) : null}
      </p>
      <h1>{d.assignment.title}</h1>
      <dl className="facts">
        <dt>Learner</dt>
        <dd>
          {d.learner.name} ({d.learner.email})
        </dd>
        <dt>Status</dt>
        <dd>
          <StatusBadge status={d.cell.status} />
        </dd>
        <dt>Due</dt>
        <dd>
          <When date={d.assignment.dueAt} empty="No due date" />
        </dd>
        <dt>Best score</dt>
        <dd>{d.cell.bestPercent === null ? "—" : `${d.cell.bestPercent}%`}</dd>
        <dt>Attempts</dt>
        <dd data-testid="attempt-count">{d.cell.attempts}</dd>
        <dt>Time spent</dt>
        <dd>{formatDuration(d.cell.timeSpentSec)}</dd>
        <dt>Last activity</dt>
        <dd>
          <When date={d.cell.lastActivity} />
        </dd>
      </dl>
      {d.attempts.length === 0 ? (
        <p className="empty">No attempts since this was assigned.</p>
      ) : (
        d.attempts.map((a, i) => (
          <section className="attempt" key={a.id} aria-labelledby={`attempt-${a.id}`} data-testid="attempt">
            <h2 id={`attempt-${a.id}`}>
              Attempt {d.attempts.length - i}: {a.done ? (d.assignment.kind === "exam" ? "submitted" : "passed") : d.assignment.kind === "exam" ? "not submitted" : "not passed"}
              {a.late ? <span className="status status-late"> Late</span> : null}
            </h2>
            <p className="muted">
              <When date={a.at} />
              {a.score !== null && a.total !== null ? ` · ${a.score} of ${a.total}` : ""}
              {a.timeSpentSec !== null ? ` · ${formatDuration(a.timeSpentSec)}` : ""}
              {a.hintsUsed !== null ? ` · ${a.hintsUsed} ${a.hintsUsed === 1 ? "hint" : "hints"}` : ""}
              {a.solutionRevealed ? " · solution revealed" : ""}
            </p>
            {a.goals ? (
              <>
                <h3>Goals</h3>
                <ul className="goal-list">
                  {a.goals.map((g) => (
                    <li key={g.id} className={g.done ? "goal-ok" : "goal-fail"}>
                      <span className="visually-hidden">{g.done ? "Passed: " : "Failed: "}</span>
                      {g.title}
                      {g.code ? (
                        <>
                          {" "}
                          <code className="inline">{g.code}</code>
                        </>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {a.commands ? (
              <>
                <h3>Commands ({a.commands.length})</h3>
                {a.commands.length === 0 ? (
                  <p className="empty">No commands: Check was pressed before typing anything.</p>
                ) : (
                  <ol className="transcript">
                    {a.commands.map((c, j) => (
                      <li key={j}>{c}</li>
                    ))}
                  </ol>
                )}
              </>
            ) : null}
          </section>
        ))
      )}
    </div>
  );
}
