/** Shown where an interactive element has not shipped yet: honest, never a fake result. */
export function PendingInteractive({ what }: { what: string }) {
  return (
    <aside className="callout callout-note" aria-label={what}>
      <p className="callout-title">{what}</p>
      <p>This interactive element is being built. The text around it explains the same idea.</p>
    </aside>
  );
}
