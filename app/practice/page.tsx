import type { Metadata } from "next";
import Link from "next/link";
import { dueReviewCount, listExams } from "@/lib/server/practice";
import { currentUser } from "@/lib/server/session";
import "./practice.css";

export const metadata: Metadata = { title: "Practice" };

export default async function PracticePage() {
  const user = await currentUser();
  const [due, exams] = await Promise.all([dueReviewCount(user), listExams(user)]);
  const modes = [
    {
      href: "/practice/learn",
      title: "Learn mode",
      text: "One question at a time with instant feedback and the explanation. Filter by track.",
      action: "Start learning",
      guest: true,
    },
    {
      href: "/practice/exam",
      title: "Practice exam",
      text: "A timed exam across the tracks you choose, graded when you submit, with a per-track breakdown.",
      action: "Set up an exam",
      guest: false,
    },
    {
      href: "/practice/misses",
      title: "Review my misses",
      text: "Questions you answered wrong most recently, to try again until they stick.",
      action: "Review misses",
      guest: false,
    },
    {
      href: "/practice/review",
      title: "Spaced repetition",
      text: user
        ? `${due} ${due === 1 ? "card is" : "cards are"} due today. Missed questions and interview prompts come back just before you'd forget them.`
        : "Missed questions and interview prompts come back just before you'd forget them.",
      action: "Start reviewing",
      guest: false,
    },
    {
      href: "/practice/interview",
      title: "Interview prompts",
      text: "Answer out loud or in writing, reveal a model answer and its key points, then rate yourself.",
      action: "Browse prompts",
      guest: true,
    },
  ];
  return (
    <div>
      <h1>Practice</h1>
      <p className="lead">
        Check what you know the way an exam or an interview would, and go back over what you missed.
      </p>
      <ul className="practice-modes">
        {modes.map((m) => (
          <li key={m.href} className="practice-card">
            <h2>{m.title}</h2>
            <p>{m.text}</p>
            {!m.guest && !user ? <p className="muted">Needs an account.</p> : null}
            <Link className="button" href={m.href}>
              {m.action}
            </Link>
          </li>
        ))}
      </ul>
      {exams.length > 0 ? (
        <>
          <h2>Your recent exams</h2>
          <ul>
            {exams.map((e) => (
              <li key={e.id}>
                <Link href={`/practice/exam/${e.id}`}>
                  {e.startedAt.toISOString().slice(0, 16).replace("T", " ")} UTC
                </Link>{" "}
                {e.submittedAt ? `— ${e.score ?? 0} of ${e.total}` : <span className="badge">not submitted</span>}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
