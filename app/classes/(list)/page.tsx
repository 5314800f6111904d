import type { Metadata } from "next";
import Link from "next/link";
import { listMyClasses, type ClassListItem } from "@/lib/server/classes";
import { CreateClassForm, JoinForm } from "../class-forms";
import { forPage } from "../guard";
import "../classes.css";

export const metadata: Metadata = { title: "Classes" };

function Counts({ counts }: { counts: NonNullable<ClassListItem["counts"]> }) {
  return (
    <p className="counts" aria-label="Your assignments">
      <span className="count" data-testid="count-due">
        {counts.due} due
      </span>
      <span className={`count${counts.overdue ? " count-overdue" : ""}`} data-testid="count-overdue">
        {counts.overdue} overdue
      </span>
      <span className="count count-done" data-testid="count-done">
        {counts.done} done
      </span>
    </p>
  );
}

export default async function ClassesPage() {
  const { data } = await forPage("/classes", (user) => listMyClasses(user));
  return (
    <div className="classes-page">
      <h1>Classes</h1>
      <p className="lead">Teach a class and follow your learners&apos; labs, quizzes and practice exams — or join one with a code.</p>
      <div className="class-grid">
        <section aria-labelledby="taking">
          <h2 id="taking">Classes I take</h2>
          {data.taking.length === 0 ? (
            <p className="empty">You haven&apos;t joined a class yet. Enter a join code below, or open the link your instructor shared.</p>
          ) : (
            <ul className="class-list" data-testid="classes-taking">
              {data.taking.map((c) => (
                <li key={c.id}>
                  <h3>
                    <Link href={`/classes/${c.id}`}>{c.name}</Link>
                    {c.archived ? <span className="badge">Archived</span> : null}
                  </h3>
                  <p className="muted">
                    Taught by {c.instructorName} · {c.assignments} {c.assignments === 1 ? "assignment" : "assignments"}
                  </p>
                  {c.counts ? <Counts counts={c.counts} /> : null}
                </li>
              ))}
            </ul>
          )}
          <div className="class-panel">
            <h2>Join a class</h2>
            <JoinForm />
          </div>
        </section>
        <section aria-labelledby="teaching">
          <h2 id="teaching">Classes I teach</h2>
          {data.teaching.length === 0 ? (
            <p className="empty">You don&apos;t teach a class yet. Create one below and share its join code.</p>
          ) : (
            <ul className="class-list" data-testid="classes-teaching">
              {data.teaching.map((c) => (
                <li key={c.id}>
                  <h3>
                    <Link href={`/classes/${c.id}`}>{c.name}</Link>
                    {c.archived ? <span className="badge">Archived</span> : null}
                  </h3>
                  <p className="muted">
                    {c.learners} {c.learners === 1 ? "learner" : "learners"} · {c.assignments} {c.assignments === 1 ? "assignment" : "assignments"} ·{" "}
                    <Link href={`/classes/${c.id}/gradebook`}>Gradebook</Link>
                  </p>
                </li>
              ))}
            </ul>
          )}
          <div className="class-panel">
            <h2>Create a class</h2>
            <CreateClassForm />
          </div>
        </section>
      </div>
    </div>
  );
}
