import "../practice.css";

export default function Loading() {
  return (
    <p className="practice-panel" role="status" aria-busy="true">
      Loading…
    </p>
  );
}
