"use client";
import { useRouter } from "next/navigation";
import { ZoneName } from "@/app/_components/local-time";
import { useId, useState, type FormEvent } from "react";
import { CreateAssignmentSchema, CreateClassSchema, JoinClassSchema, EXAM_MAX_QUESTIONS, type AssignmentKind } from "@/lib/content/classes";
import "./classes.css";

type Result<T> = { ok: true; data: T } | { ok: false; message: string };

/** POSTs JSON to one of the class API routes and returns its data or its safe error message. */
async function post<T>(url: string, body: unknown): Promise<Result<T>> {
  try {
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const json: unknown = await res.json().catch(() => null);
    if (res.ok) return { ok: true, data: json as T };
    const message =
      json && typeof json === "object" && "error" in json && json.error && typeof json.error === "object" && "message" in json.error
        ? String(json.error.message)
        : "Something went wrong. Please try again.";
    return { ok: false, message };
  } catch {
    return { ok: false, message: "We couldn't reach the server. Check your connection and try again." };
  }
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p className="field-error" id={id} role="alert">
      {message}
    </p>
  ) : null;
}

/**
 * The create and join forms: one text field, checked with the same zod schema the API uses, posted
 * to `url`; `onDone` navigates with the answer. Errors (schema, API or network) show under the field.
 */
function useOneFieldForm<T>(field: string, schema: { safeParse: (v: unknown) => { success: true; data: unknown } | { success: false; error: { issues: Array<{ message: string }> } } }, url: string, onDone: (data: T) => void, extra: () => Record<string, string> = () => ({})) {
  const id = useId();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = schema.safeParse({ [field]: String(new FormData(event.currentTarget).get(field) ?? ""), ...extra() });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    setBusy(true);
    setError(undefined);
    const result = await post<T>(url, parsed.data);
    if (!result.ok) {
      setBusy(false);
      return setError(result.message);
    }
    onDone(result.data);
  }

  return { id, error, busy, onSubmit };
}

function browserZone(): Record<string, string> {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return zone ? { timeZone: zone } : {};
  } catch {
    return {};
  }
}

export function CreateClassForm() {
  const router = useRouter();
  // The class keeps the instructor's time zone, for the gradebook export's local dates.
  const { id, error, busy, onSubmit } = useOneFieldForm<{ id: string }>("name", CreateClassSchema, "/api/classes", (data) => router.push(`/classes/${data.id}`), browserZone);

  return (
    <form className="class-form" noValidate onSubmit={onSubmit} aria-busy={busy}>
      <div className="field">
        <label htmlFor={`${id}-name`}>Class name</label>
        <input
          id={`${id}-name`}
          name="name"
          type="text"
          maxLength={120}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <FieldError id={`${id}-error`} message={error} />
      </div>
      <button type="submit" className="button" disabled={busy}>
        {busy ? "Creating…" : "Create class"}
      </button>
    </form>
  );
}

export function JoinForm() {
  const router = useRouter();
  const { id, error, busy, onSubmit } = useOneFieldForm<{ classId: string }>("code", JoinClassSchema, "/api/classes/join", (data) => {
    router.push(`/classes/${data.classId}`);
    router.refresh();
  });

  return (
    <form className="class-form" noValidate onSubmit={onSubmit} aria-busy={busy}>
      <div className="field">
        <label htmlFor={`${id}-code`}>Join code</label>
        <input
          id={`${id}-code`}
          name="code"
          type="text"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={40}
          className="code-input"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : `${id}-hint`}
        />
        <p className="field-hint" id={`${id}-hint`}>
          8 letters and digits from your instructor.
        </p>
        <FieldError id={`${id}-error`} message={error} />
      </div>
      <button type="submit" className="button" disabled={busy}>
        {busy ? "Joining…" : "Join class"}
      </button>
    </form>
  );
}

export function JoinButton({ code, className }: { code: string; className: string }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  async function join() {
    setBusy(true);
    setError(undefined);
    const result = await post<{ classId: string }>("/api/classes/join", { code });
    if (!result.ok) {
      setBusy(false);
      return setError(result.message);
    }
    router.push(`/classes/${result.data.classId}`);
    router.refresh();
  }
  return (
    <div className="class-actions">
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="button" className="button" onClick={join} disabled={busy}>
        {busy ? "Joining…" : `Join ${className}`}
      </button>
    </div>
  );
}

export interface CatalogProps {
  labs: Array<{ id: string; title: string }>;
  quizzes: Array<{ id: string; title: string }>;
  tracks: Array<{ slug: string; title: string; questions: number }>;
}

type AssignField = "refId" | "tracks" | "count" | "dueAt" | "form";

export function AssignForm({ classId, catalog }: { classId: string; catalog: CatalogProps }) {
  const router = useRouter();
  const id = useId();
  const [kind, setKind] = useState<AssignmentKind>("lab");
  const [errors, setErrors] = useState<Partial<Record<AssignField, string>>>({});
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string>();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const dueRaw = String(form.get("dueAt") ?? "");
    let dueAt: string | null = null;
    if (dueRaw) {
      const due = new Date(dueRaw);
      if (Number.isNaN(due.getTime())) return setErrors({ dueAt: "Enter the due date as a date and time." });
      if (due.getTime() <= Date.now()) return setErrors({ dueAt: "The due date is in the past. Pick a date and time still to come." });
      dueAt = due.toISOString();
    }
    const countRaw = String(form.get("count") ?? "");
    const input =
      kind === "exam"
        ? { kind, tracks: form.getAll("tracks").map(String), count: countRaw === "" ? Number.NaN : Number(countRaw), dueAt }
        : { kind, refId: String(form.get("refId") ?? ""), dueAt };
    const parsed = CreateAssignmentSchema.safeParse(input);
    if (!parsed.success) {
      const out: Partial<Record<AssignField, string>> = {};
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? "form") as AssignField;
        out[key] ??= issue.message;
      }
      return setErrors(out);
    }
    setBusy(true);
    setErrors({});
    setNotice(undefined);
    const result = await post<{ title: string }>(`/api/classes/${classId}/assignments`, parsed.data);
    setBusy(false);
    if (!result.ok) return setErrors({ form: result.message });
    setNotice(`Assigned: ${result.data.title}`);
    formElement.reset();
    router.refresh();
  }

  const described = (field: AssignField) => ({
    "aria-invalid": errors[field] ? true : undefined,
    "aria-describedby": errors[field] ? `${id}-${field}-error` : undefined,
  });

  return (
    <form className="class-form" noValidate onSubmit={onSubmit} aria-busy={busy}>
      {errors.form ? (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      ) : null}
      {notice ? (
        <p className="form-ok" role="status">
          {notice}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-kind`}>What to assign</label>
        <select id={`${id}-kind`} name="kind" value={kind} onChange={(e) => {
            setKind(e.target.value as AssignmentKind);
            setErrors({});
          }}>
          <option value="lab">A lab</option>
          <option value="quiz">A lesson quiz</option>
          <option value="exam">A practice exam (fixed questions)</option>
        </select>
      </div>
      {kind === "lab" ? (
        <div className="field">
          <label htmlFor={`${id}-lab`}>Lab</label>
          <select id={`${id}-lab`} name="refId" defaultValue="" {...described("refId")}>
            <option value="" disabled>
              Choose a lab…
            </option>
            {catalog.labs.map((l) => (
              <option key={l.id} value={l.id}>
                {l.title}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-refId-error`} message={errors.refId} />
        </div>
      ) : null}
      {kind === "quiz" ? (
        <div className="field">
          <label htmlFor={`${id}-quiz`}>Lesson quiz</label>
          <select id={`${id}-quiz`} name="refId" defaultValue="" {...described("refId")}>
            <option value="" disabled>
              Choose a quiz…
            </option>
            {catalog.quizzes.map((q) => (
              <option key={q.id} value={q.id}>
                {q.title}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-refId-error`} message={errors.refId} />
        </div>
      ) : null}
      {kind === "exam" ? (
        <>
          <fieldset className="field track-picks" {...described("tracks")}>
            <legend>Tracks</legend>
            {catalog.tracks.map((t) => (
              <label key={t.slug} className="check">
                <input type="checkbox" name="tracks" value={t.slug} /> {t.title} <span className="muted">({t.questions} questions)</span>
              </label>
            ))}
            <FieldError id={`${id}-tracks-error`} message={errors.tracks} />
          </fieldset>
          <div className="field">
            <label htmlFor={`${id}-count`}>Number of questions</label>
            <input id={`${id}-count`} name="count" type="number" min={1} max={EXAM_MAX_QUESTIONS} defaultValue={10} {...described("count")} />
            <FieldError id={`${id}-count-error`} message={errors.count} />
          </div>
        </>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-due`}>
          Due (optional, in your time: <ZoneName />)
        </label>
        <input id={`${id}-due`} name="dueAt" type="datetime-local" {...described("dueAt")} />
        <FieldError id={`${id}-dueAt-error`} message={errors.dueAt} />
      </div>
      <button type="submit" className="button" disabled={busy}>
        {busy ? "Assigning…" : "Assign"}
      </button>
    </form>
  );
}

/** A button that POSTs to an instructor action, asking for confirmation first when `confirm` is set. */
export function ActionButton({
  url,
  body = {},
  label,
  busyLabel,
  confirm,
  quiet,
}: {
  url: string;
  body?: Record<string, string>;
  label: string;
  busyLabel: string;
  confirm?: string;
  quiet?: boolean;
}) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);

  async function run() {
    if (confirm && !asking) return setAsking(true);
    setAsking(false);
    setBusy(true);
    setError(undefined);
    const result = await post<unknown>(url, body);
    setBusy(false);
    if (!result.ok) return setError(result.message);
    router.refresh();
  }

  return (
    <span className="action">
      {asking ? <span className="action-confirm">{confirm}</span> : null}
      <button type="button" className={`button button-small${quiet ? " button-quiet" : ""}`} onClick={run} disabled={busy}>
        {busy ? busyLabel : asking ? `Yes, ${label.toLowerCase()}` : label}
      </button>
      {asking ? (
        <button type="button" className="button button-small button-quiet" onClick={() => setAsking(false)}>
          Cancel
        </button>
      ) : null}
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}
