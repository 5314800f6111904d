"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";

export function StartAssigned({ assignmentId, label }: { assignmentId: string; label: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div>
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError(null);
          const response = await fetch("/api/practice/exams/assigned", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ assignmentId }),
          });
          const body = (await response.json()) as { id?: string; error?: { message: string } };
          if (body.id) router.push(`/practice/exam/${body.id}`);
          else {
            setBusy(false);
            setError(body.error?.message ?? "The exam could not be started.");
          }
        }}
      >
        {busy ? "Starting…" : label}
      </button>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
