/** localStorage key of a guest's progress (zod-free so browser code can import it cheaply). */
export const GUEST_PROGRESS_KEY = "pathwise.guest-progress.v1";
