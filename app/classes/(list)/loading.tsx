import "../classes.css";

/** Shown while a class page loads its data. */
export default function Loading() {
  return (
    <div className="classes-page" aria-busy="true" aria-live="polite">
      <p className="visually-hidden">Loading…</p>
      <div className="skeleton" style={{ width: "40%", minHeight: "2.2rem" }} />
      <div className="skeleton" style={{ width: "70%" }} />
      <div className="skeleton" style={{ minHeight: "8rem" }} />
    </div>
  );
}
