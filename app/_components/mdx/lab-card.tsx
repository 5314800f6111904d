import Link from "next/link";

/** A card linking to a full lab workspace. */
export function LabCard({ id }: { id: string }) {
  const title = id
    .split("-")
    .map((w) => (w.length <= 3 && w !== "and" ? w.toUpperCase() : w[0].toUpperCase() + w.slice(1)))
    .join(" ");
  return (
    <aside className="lab-card" aria-label={`Lab: ${title}`}>
      <p className="eyebrow">Hands-on lab</p>
      <p className="lab-card-title">{title}</p>
      <Link className="button button-small" href={`/labs/${id}`}>
        Open the lab
      </Link>
    </aside>
  );
}
