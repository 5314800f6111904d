import type { Metadata } from "next";
import Link from "next/link";
import { dueReviews } from "@/lib/server/practice";
import { currentUser } from "@/lib/server/session";
import { SignInPrompt } from "../_components/sign-in-prompt";
import { ReviewQueue } from "./review-queue";
import "../practice.css";

export const metadata: Metadata = { title: "Spaced repetition" };

export default async function ReviewPage() {
  const user = await currentUser();
  if (!user) {
    return (
      <div className="content-width">
        <h1>Spaced repetition</h1>
        <SignInPrompt next="/practice/review" what="use spaced repetition" />
      </div>
    );
  }
  const due = await dueReviews(user);
  return (
    <div className="content-width">
      <h1>Spaced repetition</h1>
      <p className="lead">
        Every question you miss and every interview prompt you rate comes back here, scheduled with FSRS just before
        you&apos;d forget it.
      </p>
      <p data-testid="due-count">
        <strong>{due.length}</strong> {due.length === 1 ? "card" : "cards"} due today.
      </p>
      {due.length === 0 ? (
        <p className="practice-panel">
          Nothing is due. Missed questions from <Link href="/practice/learn">learn mode</Link> and{" "}
          <Link href="/practice/exam">exams</Link>, and rated <Link href="/practice/interview">interview prompts</Link>,
          will show up here.
        </p>
      ) : (
        <ReviewQueue items={due} />
      )}
    </div>
  );
}
