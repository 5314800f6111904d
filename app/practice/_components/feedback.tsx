"use client";
import Link from "next/link";
import type { PublicQuestion } from "@/lib/content/grade";
import type { AnswerFeedback } from "./api";
import { describeAnswer } from "@/app/_components/question-input";

/** Server-graded feedback for one answer: verdict, the right answer, explanation and source. */
export function Feedback({ question, feedback }: { question: PublicQuestion; feedback: AnswerFeedback }) {
  return (
    <div
      className={`quiz-feedback ${feedback.correct ? "is-correct" : "is-wrong"}`}
      role="status"
      data-testid="feedback"
    >
      <p>
        <strong>{feedback.correct ? "Correct." : "Not quite."}</strong> {feedback.explanation}
      </p>
      {!feedback.correct ? <p>Answer: {describeAnswer(question, feedback.expected)}</p> : null}
      <p>
        <a href={feedback.source} rel="noreferrer" target="_blank">
          Source: AWS documentation
        </a>
        {feedback.scenario ? (
          <>
            {" · "}
            <Link href={`/playground?scenario=${encodeURIComponent(feedback.scenario)}`}>
              See it happen in the playground
            </Link>
          </>
        ) : null}
      </p>
      {feedback.nextDue ? <p className="muted">Next review: {new Date(feedback.nextDue).toLocaleString()}</p> : null}
    </div>
  );
}
