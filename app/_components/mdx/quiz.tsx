import { getPublicQuiz, lastQuizReview, lessonOfQuiz } from "@/lib/server/quizzes";
import { currentUser } from "@/lib/server/session";
import { QuizForm } from "../quiz-form";

/** A lesson's quiz: only the public view (no answers, no explanations) is sent to the browser. */
export async function Quiz({ id }: { id: string }) {
  const quiz = getPublicQuiz(id);
  if (!quiz) throw new Error(`Unknown quiz id "${id}"`);
  const user = await currentUser();
  const last = await lastQuizReview(user, id);
  return <QuizForm quiz={quiz} lessonKey={lessonOfQuiz(id) ?? null} signedIn={Boolean(user)} last={last} />;
}
