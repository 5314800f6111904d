"use client";
import type { PublicQuestion } from "@/lib/content/grade";

export type Answer = string | string[];

/** The initial answer for a question: ordering questions start in the order shown. */
export function initialAnswer(q: PublicQuestion): Answer | undefined {
  return q.type === "ordering" ? q.items.map((i) => i.id) : undefined;
}

/** Renders one key-free question as form controls (lesson quizzes and practice); `name` must be unique on the page. */
export function QuestionInput({
  question: q,
  name,
  value,
  onChange,
  disabled = false,
}: {
  question: PublicQuestion;
  name: string;
  value: Answer | undefined;
  onChange: (value: Answer) => void;
  disabled?: boolean;
}) {
  return (
    <fieldset className="practice-question" disabled={disabled}>
      <legend className="practice-prompt">{q.prompt}</legend>
      {q.type === "single" || q.type === "multiple" ? (
        <>
          {q.type === "multiple" ? <p className="field-hint">Choose all that apply.</p> : null}
          {q.choices.map((c) => {
            const checked = q.type === "single" ? value === c.id : Array.isArray(value) && value.includes(c.id);
            return (
              <label key={c.id} className="quiz-choice">
                <input
                  type={q.type === "single" ? "radio" : "checkbox"}
                  name={name}
                  value={c.id}
                  checked={checked}
                  onChange={(e) => {
                    if (q.type === "single") onChange(c.id);
                    else {
                      const current = Array.isArray(value) ? value : [];
                      onChange(e.target.checked ? [...current, c.id] : current.filter((x) => x !== c.id));
                    }
                  }}
                />{" "}
                {c.text}
              </label>
            );
          })}
        </>
      ) : q.type === "ordering" ? (
        <Ordering
          items={q.items}
          order={Array.isArray(value) ? value : q.items.map((i) => i.id)}
          onChange={onChange}
          disabled={disabled}
        />
      ) : (
        <label className="quiz-command">
          <span className="visually-hidden">Command</span>
          <input
            type="text"
            spellCheck={false}
            autoComplete="off"
            placeholder="aws …"
            value={typeof value === "string" ? value : ""}
            onChange={(e) => onChange(e.target.value)}
          />
        </label>
      )}
    </fieldset>
  );
}

function Ordering({
  items,
  order,
  onChange,
  disabled,
}: {
  items: Array<{ id: string; text: string }>;
  order: string[];
  onChange: (o: string[]) => void;
  disabled: boolean;
}) {
  const move = (from: number, to: number) => {
    if (to < 0 || to >= order.length) return;
    const next = [...order];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item);
    onChange(next);
  };
  return (
    <>
      <p className="field-hint">Put the steps in order with the arrow buttons.</p>
      <ol className="quiz-ordering">
        {order.map((id, i) => {
          const text = items.find((x) => x.id === id)?.text ?? id;
          return (
            <li key={id}>
              <span>{text}</span>
              <span className="quiz-ordering-buttons">
                <button
                  type="button"
                  className="button button-small button-quiet"
                  aria-label={`Move up: ${text}`}
                  disabled={disabled || i === 0}
                  onClick={() => move(i, i - 1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button button-small button-quiet"
                  aria-label={`Move down: ${text}`}
                  disabled={disabled || i === order.length - 1}
                  onClick={() => move(i, i + 1)}
                >
                  ↓
                </button>
              </span>
            </li>
          );
        })}
      </ol>
    </>
  );
}

/** Human-readable text for an answer (choice texts, numbered order, or the command). */
export function describeAnswer(q: PublicQuestion, value: Answer | null | undefined): string {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0) || value === "")
    return "(no answer)";
  const list = Array.isArray(value) ? value : [value];
  if (q.type === "single" || q.type === "multiple")
    return list.map((id) => q.choices.find((c) => c.id === id)?.text ?? id).join("; ");
  if (q.type === "ordering")
    return list.map((id, i) => `${i + 1}. ${q.items.find((c) => c.id === id)?.text ?? id}`).join("  ");
  return list.join(" ");
}

export function isAnswered(value: Answer | undefined): boolean {
  return value !== undefined && value !== "" && !(Array.isArray(value) && value.length === 0);
}
