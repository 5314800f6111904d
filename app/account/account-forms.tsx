"use client";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { ChangeNameSchema, ChangePasswordSchema } from "@/lib/content/account";

type Status = { kind: "error" | "done"; text: string } | null;

/** Posts to one of Better Auth's account endpoints; the reply's message on failure. */
async function send(path: string, body: unknown): Promise<string | null> {
  try {
    const response = await fetch(`/api/auth/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    if (response.ok) return null;
    const reply = (await response.json().catch(() => null)) as { message?: string; error?: { message?: string } } | null;
    if (response.status === 401) return "Your session has ended. Sign in again, then try once more.";
    return reply?.message ?? reply?.error?.message ?? `The server answered ${response.status}. Nothing was changed.`;
  } catch {
    return "We couldn't reach the server. Nothing was changed; try again.";
  }
}

function StatusLine({ status }: { status: Status }) {
  if (!status) return null;
  return (
    <p className={status.kind === "error" ? "form-error" : "form-ok"} role={status.kind === "error" ? "alert" : "status"}>
      {status.text}
    </p>
  );
}

/** Change your name (the header and class rosters show it). */
export function ChangeNameForm({ name }: { name: string }) {
  const id = useId();
  const router = useRouter();
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ChangeNameSchema.safeParse({ name: String(new FormData(event.currentTarget).get("name") ?? "") });
    if (!parsed.success) return setStatus({ kind: "error", text: parsed.error.issues[0].message });
    setBusy(true);
    const problem = await send("update-user", parsed.data);
    setBusy(false);
    setStatus(problem ? { kind: "error", text: problem } : { kind: "done", text: "Your name is changed." });
    if (!problem) router.refresh();
  }
  return (
    <form className="class-form" noValidate onSubmit={onSubmit} aria-busy={busy} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Your name</h2>
      <div className="field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input id={`${id}-name`} name="name" defaultValue={name} autoComplete="name" maxLength={120} />
      </div>
      <button type="submit" className="button" disabled={busy}>
        {busy ? "Saving…" : "Change name"}
      </button>
      <StatusLine status={status} />
    </form>
  );
}

/** Change your password; every other signed-in session (other browsers, devices) is signed out. */
export function ChangePasswordForm() {
  const id = useId();
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const parsed = ChangePasswordSchema.safeParse({ currentPassword: String(data.get("currentPassword") ?? ""), newPassword: String(data.get("newPassword") ?? "") });
    if (!parsed.success) return setStatus({ kind: "error", text: parsed.error.issues[0].message });
    setBusy(true);
    const problem = await send("change-password", { ...parsed.data, revokeOtherSessions: true });
    setBusy(false);
    if (problem) return setStatus({ kind: "error", text: /invalid password/i.test(problem) ? "That is not your current password. Nothing was changed." : problem });
    form.reset();
    setStatus({ kind: "done", text: "Your password is changed, and every other browser or device signed in as you has been signed out." });
  }
  return (
    <form className="class-form" noValidate onSubmit={onSubmit} aria-busy={busy} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Password</h2>
      <div className="field">
        <label htmlFor={`${id}-current`}>Current password</label>
        <input id={`${id}-current`} name="currentPassword" type="password" autoComplete="current-password" />
      </div>
      <div className="field">
        <label htmlFor={`${id}-new`}>New password</label>
        <input id={`${id}-new`} name="newPassword" type="password" autoComplete="new-password" />
      </div>
      <button type="submit" className="button" disabled={busy}>
        {busy ? "Saving…" : "Change password"}
      </button>
      <StatusLine status={status} />
    </form>
  );
}
