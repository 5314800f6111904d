"use client";
import type { RatingName } from "@/lib/content/practice";

export type Revealed = { modelAnswer: string; keyPoints: string[]; source: string };

const LABEL: Record<RatingName, string> = { again: "Again", hard: "Hard", good: "Good", easy: "Easy" };
const HINT: Record<RatingName, string> = {
  again: "missed most key points",
  hard: "got there with effort",
  good: "covered the key points",
  easy: "covered them without thinking",
};

/** Optional draft answer, "Reveal", the model answer with key points, then a self-rating. */
export function RevealPanel({
  revealed,
  busy,
  onReveal,
  onRate,
  rated,
  ratings,
  textId,
  canRate = true,
}: {
  revealed: Revealed | null;
  busy: boolean;
  onReveal: () => void;
  onRate: (r: RatingName) => void;
  rated: string | null;
  ratings: ReadonlyArray<RatingName>;
  textId: string;
  canRate?: boolean;
}) {
  return (
    <>
      <div className="field">
        <label htmlFor={textId}>Your answer (optional, not saved)</label>
        <textarea
          id={textId}
          className="practice-textarea"
          placeholder="Say it out loud, or type it here before you reveal."
        />
      </div>
      {revealed ? (
        <div className="practice-panel" data-testid="model-answer">
          <h3>Model answer</h3>
          <p>{revealed.modelAnswer}</p>
          <h3>Key points</h3>
          <ul className="key-points">
            {revealed.keyPoints.map((k) => (
              <li key={k}>{k}</li>
            ))}
          </ul>
          <p>
            <a href={revealed.source} rel="noreferrer" target="_blank">
              Source: AWS documentation
            </a>
          </p>
          {canRate ? (
            rated ? (
              <p role="status">Saved. Next review: {new Date(rated).toLocaleString()}.</p>
            ) : (
              <fieldset className="practice-question">
                <legend>How did your answer compare?</legend>
                <div className="rating-buttons">
                  {ratings.map((r) => (
                    <button
                      key={r}
                      type="button"
                      className="button button-small"
                      disabled={busy}
                      onClick={() => onRate(r)}
                      aria-describedby={`${textId}-${r}`}
                    >
                      {LABEL[r]}
                      <span id={`${textId}-${r}`} className="visually-hidden">
                        : {HINT[r]}
                      </span>
                    </button>
                  ))}
                </div>
              </fieldset>
            )
          ) : null}
        </div>
      ) : (
        <p className="practice-actions" style={{ marginTop: "0.8rem" }}>
          <button type="button" className="button" onClick={onReveal} disabled={busy}>
            {busy ? "Revealing…" : "Reveal the model answer"}
          </button>
        </p>
      )}
    </>
  );
}
