import type { Metadata } from "next";
import Link from "next/link";
import { formatDuration } from "@/lib/content/classes";
import { getGradebook } from "@/lib/server/classes";
import { forPage } from "../../guard";
import { StatusBadge, When } from "../../ui";
import "../../classes.css";

export const metadata: Metadata = { title: "Gradebook" };

export default async function GradebookPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { data: book } = await forPage(`/classes/${id}/gradebook`, (user) => getGradebook(user, id));
  return (
    <div className="classes-page gradebook-page">
      <p className="eyebrow">
        <Link href="/classes">Classes</Link> · <Link href={`/classes/${book.id}`}>{book.name}</Link>
      </p>
      <h1>Gradebook</h1>
      <nav aria-label="Class views" className="class-actions">
        <Link className="button button-small" href={`/classes/${book.id}/stuck`}>
          Where learners are stuck
        </Link>
        <a className="button button-small button-quiet" href={`/classes/${book.id}/gradebook.csv`} download>
          Download CSV
        </a>
      </nav>
      {book.learners.length === 0 || book.assignments.length === 0 ? (
        <p className="empty">
          {book.learners.length === 0 ? "No learners have joined yet." : "Nothing is assigned yet."} The gradebook fills in as learners work on
          assignments.
        </p>
      ) : (
        <div className="table-wrap">
          <table className="data-table" data-testid="gradebook">
            <caption>
              {book.learners.length} learners × {book.assignments.length} assignments. Select a cell for the attempts behind it.
            </caption>
            <thead>
              <tr>
                <th scope="col">Learner</th>
                {book.assignments.map((a) => (
                  <th scope="col" key={a.id}>
                    {a.title}
                    <div className="cell-meta">
                      Due <When date={a.dueAt} empty="—" />
                    </div>
                  </th>
                ))}
                <th scope="col">Last activity</th>
              </tr>
            </thead>
            <tbody>
              {book.learners.map((l) => (
                <tr key={l.userId} data-testid="gradebook-row" data-learner={l.email}>
                  <th scope="row">
                    {l.name}
                    <div className="cell-meta">{l.email}</div>
                  </th>
                  {l.cells.map((c, i) => {
                    const a = book.assignments[i];
                    return (
                      <td key={a.id} data-testid="gradebook-cell" data-status={c.status}>
                        <Link className="cell-link" href={`/classes/${book.id}/gradebook/${a.id}/${l.userId}`} aria-label={`${l.name}: ${a.title}`}>
                          <StatusBadge status={c.status} />
                          <span className="cell-meta" data-testid="cell-attempts">
                            {c.attempts} {c.attempts === 1 ? "attempt" : "attempts"}
                            {c.bestPercent !== null ? ` · best ${c.bestPercent}%` : ""}
                          </span>
                          <span className="cell-meta">
                            {formatDuration(c.timeSpentSec)} · <When date={c.lastActivity} empty="no activity" />
                          </span>
                        </Link>
                      </td>
                    );
                  })}
                  <td>
                    <When date={l.lastActivity} empty="No activity" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
