import type { Metadata } from "next";
import { TRACKS } from "@/lib/content/catalog";
import { learnQuestions } from "@/lib/server/practice";
import { currentUser } from "@/lib/server/session";
import { LearnSession } from "../_components/learn-session";
import "../practice.css";

export const metadata: Metadata = { title: "Learn mode" };

export default async function LearnPage({ searchParams }: { searchParams: Promise<{ track?: string | string[] }> }) {
  const { track: raw } = await searchParams;
  const track = typeof raw === "string" && TRACKS.some((t) => t.slug === raw) ? raw : null;
  const user = await currentUser();
  // A fresh order each visit; the questions carry no answers, so the whole list can go to the browser.
  const questions = learnQuestions(track);
  const title = track ? TRACKS.find((t) => t.slug === track)?.title : null;
  return (
    <div className="content-width">
      <h1>Learn mode{title ? `: ${title}` : ""}</h1>
      <p className="lead">One question at a time. Check your answer to see at once whether it&apos;s right, and why.</p>
      <form method="get" className="practice-actions" style={{ marginBottom: "1rem" }}>
        <label htmlFor="learn-track">Track</label>
        <select id="learn-track" name="track" defaultValue={track ?? ""} className="practice-select">
          <option value="">All tracks</option>
          {TRACKS.map((t) => (
            <option key={t.slug} value={t.slug}>
              {t.title}
            </option>
          ))}
        </select>
        <button type="submit" className="button button-small">
          Show questions
        </button>
      </form>
      <LearnSession key={track ?? "all"} questions={questions} signedIn={Boolean(user)} />
    </div>
  );
}
