import type { Metadata } from "next";
import Link from "next/link";
import { missedQuestions } from "@/lib/server/practice";
import { currentUser } from "@/lib/server/session";
import { LearnSession } from "../_components/learn-session";
import { SignInPrompt } from "../_components/sign-in-prompt";
import "../practice.css";

export const metadata: Metadata = { title: "Review my misses" };

export default async function MissesPage() {
  const user = await currentUser();
  if (!user) {
    return (
      <div className="content-width">
        <h1>Review my misses</h1>
        <SignInPrompt next="/practice/misses" what="review the questions you missed" />
      </div>
    );
  }
  const questions = await missedQuestions(user);
  return (
    <div className="content-width">
      <h1>Review my misses</h1>
      <p className="lead">Questions you answered wrong the last time you saw them, most recent first.</p>
      {questions.length === 0 ? (
        <p className="practice-panel" data-testid="no-misses">
          No misses to review. Try <Link href="/practice/learn">learn mode</Link> or a{" "}
          <Link href="/practice/exam">practice exam</Link>.
        </p>
      ) : (
        <LearnSession questions={questions} signedIn />
      )}
    </div>
  );
}
