"use client";
import Link from "next/link";
import { forgetOfflinePages } from "./offline-pages";
import { useRouter, useSearchParams } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { SignInSchema, SignUpSchema, fieldErrors, safeNextPath, PASSWORD_MIN } from "@/lib/content/account";
import { authClient } from "./auth-client";
import { mergeGuestProgressIntoAccount } from "./guest-progress";

type Mode = "sign-in" | "sign-up";
type Field = "name" | "email" | "password" | "form";

/** Maps Better Auth's error codes to messages a learner can act on. */
function serverError(mode: Mode, status: number, code: string | undefined, message: string | undefined): Partial<Record<Field, string>> {
  // The per-account backoff (lib/server/auth.ts) says how long to wait.
  if (code === "ACCOUNT_BACKOFF" && message) return { form: message };
  if (status === 429) return { form: "Too many attempts from this network. Wait a minute, then try again." };
  if (mode === "sign-up") {
    if (code?.startsWith("USER_ALREADY_EXISTS"))
      return { email: "An account with this email already exists. Sign in instead, or use another email." };
    if (code === "INVALID_EMAIL") return { email: "Enter a valid email address, like ada@example.com." };
    if (code === "PASSWORD_TOO_SHORT") return { password: `Use at least ${PASSWORD_MIN} characters.` };
    if (code === "PASSWORD_TOO_LONG") return { password: "That password is too long." };
  } else if (code === "INVALID_EMAIL_OR_PASSWORD" || status === 401) {
    return { form: "That email and password don't match an account." };
  }
  return { form: "We couldn't reach the server. Check your connection and try again." };
}

export function AuthForm({ mode }: { mode: Mode }) {
  const router = useRouter();
  const params = useSearchParams();
  const id = useId();
  const [values, setValues] = useState({ name: "", email: "" });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget; // React clears currentTarget once the handler awaits
    const form = new FormData(formElement);
    const input = {
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    };
    const parsed = mode === "sign-up" ? SignUpSchema.safeParse(input) : SignInSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(fieldErrors<Field>(parsed.error));
      return;
    }
    setBusy(true);
    setErrors({});
    const result =
      mode === "sign-up"
        ? await authClient.signUp.email({ name: input.name.trim(), email: parsed.data.email, password: input.password })
        : await authClient.signIn.email({ email: parsed.data.email, password: input.password });
    if (result.error) {
      setBusy(false);
      setErrors(serverError(mode, result.error.status, result.error.code, result.error.message));
      const passwordInput = formElement.elements.namedItem("password");
      if (passwordInput instanceof HTMLInputElement) passwordInput.value = "";
      return;
    }
    await mergeGuestProgressIntoAccount().catch(() => undefined);
    forgetOfflinePages();
    router.push(safeNextPath(params.get("next")));
    router.refresh();
  }

  const fieldProps = (name: Exclude<Field, "form">) => ({
    id: `${id}-${name}`,
    name,
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": errors[name] ? `${id}-${name}-error` : undefined,
  });

  const fieldError = (name: Exclude<Field, "form">) =>
    errors[name] ? (
      <p className="field-error" id={`${id}-${name}-error`} role="alert">
        {errors[name]}
      </p>
    ) : null;

  return (
    <form className="auth-form" method="post" noValidate onSubmit={onSubmit} aria-busy={busy}>
      {errors.form ? (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      ) : null}
      {mode === "sign-up" ? (
        <div className="field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input
            {...fieldProps("name")}
            type="text"
            autoComplete="name"
            value={values.name}
            onChange={(e) => setValues((v) => ({ ...v, name: e.target.value }))}
          />
          {fieldError("name")}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-email`}>Email</label>
        <input
          {...fieldProps("email")}
          type="email"
          autoComplete="email"
          value={values.email}
          onChange={(e) => setValues((v) => ({ ...v, email: e.target.value }))}
        />
        {fieldError("email")}
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>Password</label>
        <input
          {...fieldProps("password")}
          type="password"
          autoComplete={mode === "sign-up" ? "new-password" : "current-password"}
        />
        {mode === "sign-up" ? <p className="field-hint">At least {PASSWORD_MIN} characters.</p> : null}
        {fieldError("password")}
      </div>
      <button type="submit" className="button" disabled={busy}>
        {busy ? "Please wait…" : mode === "sign-up" ? "Create account" : "Sign in"}
      </button>
      <p className="auth-switch">
        {mode === "sign-up" ? (
          <>
            Already have an account? <Link href={`/sign-in${params.size ? `?${params}` : ""}`}>Sign in</Link>
          </>
        ) : (
          <>
            New to Pathwise? <Link href={`/sign-up${params.size ? `?${params}` : ""}`}>Create an account</Link>
          </>
        )}
      </p>
    </form>
  );
}
