"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { forgetOfflinePages } from "./offline-pages";

/** Signs out through Better Auth's endpoint with a plain fetch (keeps the auth client out of every page). */
export function SignOutButton() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="button button-small button-quiet"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        await fetch("/api/auth/sign-out", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }).catch(() => undefined);
        forgetOfflinePages();
        router.push("/");
        router.refresh();
      }}
    >
      Sign out
    </button>
  );
}
