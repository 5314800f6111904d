import Link from "next/link";
import "../practice.css";

/** A friendly prompt for guests on pages that need an account; sends them back afterwards. */
export function SignInPrompt({ next, what }: { next: string; what: string }) {
  const q = `?next=${encodeURIComponent(next)}`;
  return (
    <div className="practice-signin" data-testid="sign-in-prompt">
      <p>
        <strong>Sign in to {what}.</strong> Your answers, scores and review schedule are kept with your account.
      </p>
      <p className="practice-actions">
        <Link className="button" href={`/sign-in${q}`}>
          Sign in
        </Link>
        <Link className="button button-quiet" href={`/sign-up${q}`}>
          Create an account
        </Link>
      </p>
      <p className="muted">
        No account? <Link href="/practice/learn">Learn mode</Link> and{" "}
        <Link href="/practice/interview">interview prompts</Link> work without one.
      </p>
    </div>
  );
}
