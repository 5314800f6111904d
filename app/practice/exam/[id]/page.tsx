import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/server/errors";
import { getExam, type ExamView } from "@/lib/server/practice";
import { currentUser } from "@/lib/server/session";
import { SignInPrompt } from "../../_components/sign-in-prompt";
import { ExamRunner } from "./exam-runner";
import { ExamResults } from "./exam-results";
import "../../practice.css";

export const metadata: Metadata = { title: "Practice exam" };

export default async function ExamPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await currentUser();
  if (!user) {
    return (
      <div className="content-width">
        <h1>Practice exam</h1>
        <SignInPrompt next={`/practice/exam/${id}`} what="see this exam" />
      </div>
    );
  }
  let view: ExamView;
  try {
    view = await getExam(user, id);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  if (view.status === "open") {
    return (
      <div>
        <h1>Practice exam</h1>
        <ExamRunner exam={view.exam} />
      </div>
    );
  }
  return (
    <div className="content-width">
      <h1>Exam results</h1>
      <ExamResults result={view.result} />
      <p className="practice-actions">
        <Link className="button" href="/practice/exam">
          Take another exam
        </Link>
        <Link className="button button-quiet" href="/practice/review">
          Review your misses with spaced repetition
        </Link>
      </p>
    </div>
  );
}
