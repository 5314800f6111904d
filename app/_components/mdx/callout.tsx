const LABELS = { note: "Note", tip: "Tip", warning: "Watch out", myth: "Myth vs fact" } as const;

export function Callout({
  kind = "note",
  title,
  children,
}: {
  kind?: keyof typeof LABELS;
  title?: string;
  children: React.ReactNode;
}) {
  const label = LABELS[kind] ?? LABELS.note;
  return (
    <aside className={`callout callout-${kind}`} aria-label={title ?? label}>
      <p className="callout-title">{title ?? label}</p>
      <div className="callout-body">{children}</div>
    </aside>
  );
}
