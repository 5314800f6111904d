import type { Metadata } from "next";
import Link from "next/link";
import { TRACKS } from "@/lib/content/catalog";
import { listPrompts } from "@/lib/server/practice";
import "../practice.css";

export const metadata: Metadata = { title: "Interview prompts" };

export default function InterviewPage() {
  const prompts = listPrompts();
  return (
    <div className="content-width">
      <h1>Interview prompts</h1>
      <p className="lead">
        The questions interviewers ask about private AWS networking. Answer first, then reveal a model answer and the
        points an interviewer listens for.
      </p>
      {TRACKS.map((t) => {
        const list = prompts.filter((p) => p.track === t.slug);
        if (list.length === 0) return null;
        return (
          <section key={t.slug} aria-labelledby={`prompts-${t.slug}`}>
            <h2 id={`prompts-${t.slug}`}>{t.title}</h2>
            <ul>
              {list.map((p) => (
                <li key={p.id}>
                  <Link href={`/practice/interview/${p.id}`}>{p.prompt}</Link>{" "}
                  <span className="badge">{["", "warm-up", "core", "deep"][p.difficulty]}</span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
