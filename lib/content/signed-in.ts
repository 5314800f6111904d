/**
 * Sent by a page that was rendered for a signed-in learner with each graded or recorded action
 * (lab check, quiz submission, hints). If the server then finds no session — it expired, or the
 * learner signed out in another tab — it refuses with SESSION_ENDED instead of quietly grading the
 * action as a guest's, which would never reach the gradebook (lib/server/actor.ts).
 */
export const SIGNED_IN_HEADER = "x-pathwise-signed-in";

export const SESSION_ENDED_MESSAGE =
  "Your session has ended, so this was not graded or saved. Sign in again (a new tab keeps this page as it is), then try once more.";
