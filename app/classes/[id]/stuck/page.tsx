import type { Metadata } from "next";
import Link from "next/link";
import { getStuckView } from "@/lib/server/classes";
import { forPage } from "../../guard";
import { When } from "../../ui";
import "../../classes.css";

export const metadata: Metadata = { title: "Where learners are stuck" };

export default async function StuckPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { data: view } = await forPage(`/classes/${id}/stuck`, (user) => getStuckView(user, id));
  return (
    <div className="classes-page">
      <p className="eyebrow">
        <Link href="/classes">Classes</Link> · <Link href={`/classes/${view.id}`}>{view.name}</Link> ·{" "}
        <Link href={`/classes/${view.id}/gradebook`}>Gradebook</Link>
      </p>
      <h1>Where learners are stuck</h1>
      {view.labs.length === 0 ? (
        <p className="empty">No labs are assigned in this class yet. Assign a lab to see which goals learners fail.</p>
      ) : (
        view.labs.map(({ assignment, report, learnersWithAttempts, learners }) => (
          <section key={assignment.id} aria-labelledby={`lab-${assignment.id}`} data-testid="stuck-lab">
            <h2 id={`lab-${assignment.id}`}>{assignment.title}</h2>
            <p className="muted">
              {learnersWithAttempts} of {learners} learners have checked this lab · due <When date={assignment.dueAt} empty="—" />
            </p>
            <div className="table-wrap">
              <table className="data-table" data-testid="stuck-goals">
                <caption>Goals failed on learners&apos; latest check, most failed first</caption>
                <thead>
                  <tr>
                    <th scope="col">Goal</th>
                    <th scope="col">Learners failing</th>
                    <th scope="col">Explanation codes</th>
                  </tr>
                </thead>
                <tbody>
                  {report.goals.map((g) => (
                    <tr key={g.goalId}>
                      <th scope="row">{g.title}</th>
                      <td>{g.failingLearners}</td>
                      <td>
                        {g.codes.length === 0
                          ? "—"
                          : g.codes.map((c) => (
                              <span key={c.code}>
                                <code className="inline">{c.code}</code> ×{c.count}{" "}
                              </span>
                            ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {report.learners.length === 0 ? (
              <p className="empty">Nobody looks stuck on this lab.</p>
            ) : (
              <div className="table-wrap">
                <table className="data-table" data-testid="stuck-learners">
                  <caption>Learners who may need help</caption>
                  <thead>
                    <tr>
                      <th scope="col">Learner</th>
                      <th scope="col">Goals failed in 2 or more checks</th>
                      <th scope="col">Inactive past due</th>
                      <th scope="col">Last check</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.learners.map((l) => (
                      <tr key={l.userId} data-testid="stuck-learner">
                        <th scope="row">
                          <Link href={`/classes/${view.id}/gradebook/${assignment.id}/${l.userId}`}>{l.name}</Link>
                        </th>
                        <td>
                          {l.repeatedFailures.length === 0 ? (
                            "—"
                          ) : (
                            <ul className="goal-list">
                              {l.repeatedFailures.map((f) => (
                                <li key={f.goalId} className="goal-fail">
                                  {f.title} ({f.checks} checks)
                                </li>
                              ))}
                            </ul>
                          )}
                        </td>
                        <td>{l.inactivePastDue ? "Yes" : "No"}</td>
                        <td>
                          <When date={l.lastActivity} empty="Never" />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        ))
      )}
    </div>
  );
}
