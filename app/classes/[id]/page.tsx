import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { assignableCatalog, getClassPage } from "@/lib/server/classes";
import { env } from "@/lib/server/env";
import { ActionButton, AssignForm } from "../class-forms";
import { forPage } from "../guard";
import { StatusBadge, When } from "../ui";
import "../classes.css";

export const metadata: Metadata = { title: "Class" };

const KIND = { lab: "Lab", quiz: "Quiz", exam: "Practice exam" } as const;

/** The site's public origin for the join link: PUBLIC_URL when configured, else this request's host. */
async function origin(): Promise<string> {
  const configured = env().PUBLIC_URL;
  if (configured) return configured.replace(/\/+$/, "");
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}

export default async function ClassPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { data: cls } = await forPage(`/classes/${id}`, (user) => getClassPage(user, id));
  const base = await origin();

  if (cls.role === "learner") {
    return (
      <div className="classes-page">
        <p className="eyebrow">
          <Link href="/classes">Classes</Link> · taught by {cls.instructorName}
        </p>
        <h1>{cls.name}</h1>
        {cls.archived ? <p className="muted">This class is archived. Your results stay here to look back on.</p> : null}
        {cls.assignments.length === 0 ? (
          <p className="empty">No assignments yet. They will appear here when your instructor adds them.</p>
        ) : (
          <div className="table-wrap">
            <table className="data-table" data-testid="my-assignments">
              <caption>Your assignments</caption>
              <thead>
                <tr>
                  <th scope="col">Assignment</th>
                  <th scope="col">Due</th>
                  <th scope="col">Status</th>
                  <th scope="col">Best score</th>
                  <th scope="col">Attempts</th>
                </tr>
              </thead>
              <tbody>
                {cls.assignments.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">
                      <Link href={a.href}>{a.title}</Link>
                      <div className="cell-meta">{KIND[a.kind]}</div>
                    </th>
                    <td>
                      <When date={a.dueAt} empty="No due date" />
                      {a.mine?.state === "overdue" ? <div className="state-overdue">Overdue</div> : null}
                    </td>
                    <td>
                      {a.mine ? (
                        <Link className="cell-link" href={`/classes/${cls.id}/gradebook/${a.id}/me`}>
                          <StatusBadge status={a.mine.status} />
                        </Link>
                      ) : null}
                    </td>
                    <td>{a.mine?.bestPercent === null || !a.mine ? "—" : `${a.mine.bestPercent}%`}</td>
                    <td>{a.mine?.attempts ?? 0}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    );
  }

  const link = `${base}/classes/join/${cls.joinCode}`;
  return (
    <div className="classes-page">
      <p className="eyebrow">
        <Link href="/classes">Classes</Link> · you teach this class
      </p>
      <h1>{cls.name}</h1>
      {cls.archived ? (
        <p className="muted" data-testid="archived-note">
          Archived <When date={cls.archivedAt} />: no one can join and no new assignments can be added. Everything stays viewable.
        </p>
      ) : null}
      <nav aria-label="Class views" className="class-actions">
        <Link className="button button-small" href={`/classes/${cls.id}/gradebook`}>
          Gradebook
        </Link>
        <Link className="button button-small" href={`/classes/${cls.id}/stuck`}>
          Where learners are stuck
        </Link>
        <a className="button button-small button-quiet" href={`/classes/${cls.id}/gradebook.csv`} download>
          Download CSV
        </a>
      </nav>

      <div className="class-grid">
        <section className="class-panel" aria-labelledby="invite">
          <h2 id="invite">Invite learners</h2>
          {cls.archived ? (
            <p className="muted">Archived classes take no new learners.</p>
          ) : (
            <>
              <p>
                Join code: <span className="join-code" data-testid="join-code">{cls.joinCode}</span>
              </p>
              <p>
                Join link: <code className="inline" data-testid="join-link">{link}</code>
              </p>
              <div className="class-actions">
                <ActionButton
                  url={`/api/classes/${cls.id}/code`}
                  label="New join code"
                  busyLabel="Making a new code…"
                  confirm="The current code and link stop working."
                  quiet
                />
                <ActionButton
                  url={`/api/classes/${cls.id}/archive`}
                  label="Archive class"
                  busyLabel="Archiving…"
                  confirm="No more joins or new assignments."
                  quiet
                />
              </div>
            </>
          )}
        </section>
        {cls.archived ? null : (
          <section className="class-panel" aria-labelledby="assign">
            <h2 id="assign">Assign work</h2>
            <AssignForm classId={cls.id} catalog={assignableCatalog()} />
          </section>
        )}
      </div>

      <h2>Assignments</h2>
      {cls.assignments.length === 0 ? (
        <p className="empty">Nothing assigned yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table" data-testid="assignments">
            <caption>Assignments ({cls.assignments.length})</caption>
            <thead>
              <tr>
                <th scope="col">Assignment</th>
                <th scope="col">Kind</th>
                <th scope="col">Due</th>
                <th scope="col">Learners done</th>
              </tr>
            </thead>
            <tbody>
              {cls.assignments.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    <Link href={a.href}>{a.title}</Link>
                  </th>
                  <td>
                    {KIND[a.kind]}
                    {a.questionCount ? ` · ${a.questionCount} questions` : ""}
                  </td>
                  <td>
                    <When date={a.dueAt} empty="No due date" />
                  </td>
                  <td>
                    {a.doneCount} of {cls.members?.length ?? 0}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2>Learners</h2>
      {!cls.members || cls.members.length === 0 ? (
        <p className="empty">No learners yet. Share the join code or link.</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table" data-testid="members">
            <caption>Learners ({cls.members.length})</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Joined</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {cls.members.map((m) => (
                <tr key={m.userId}>
                  <th scope="row">{m.name}</th>
                  <td>{m.email}</td>
                  <td>
                    <When date={m.joinedAt} />
                  </td>
                  <td>
                    {cls.archived ? null : (
                      <ActionButton
                        url={`/api/classes/${cls.id}/remove-member`}
                        body={{ userId: m.userId }}
                        label={`Remove ${m.name}`}
                        busyLabel="Removing…"
                        confirm={`Remove ${m.name}?`}
                        quiet
                      />
                    )}
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
