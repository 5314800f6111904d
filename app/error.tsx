"use client";
import Link from "next/link";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="narrow">
      <h1>Something went wrong</h1>
      <p className="lead">
        This page hit an unexpected error on our side. Your progress is safe. Try again, and if it keeps happening, tell
        us the reference below.
      </p>
      {error.digest ? (
        <p className="muted">
          Reference: <code>{error.digest}</code>
        </p>
      ) : null}
      <p className="hero-actions">
        <button type="button" className="button" onClick={() => reset()}>
          Try again
        </button>
        <Link className="button button-quiet" href="/">
          Home
        </Link>
      </p>
    </div>
  );
}
