import type { CellStatus } from "@/lib/content/classes";
import { STATUS_LABEL } from "@/lib/content/classes";
import "./classes.css";

/** A date shown in UTC (the server renders it; no hydration mismatch), with a machine-readable value. */
export function When({ date, empty = "—" }: { date: Date | null; empty?: string }) {
  if (!date) return <>{empty}</>;
  const text = date.toLocaleString("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  return <time dateTime={date.toISOString()}>{text} UTC</time>;
}

export function StatusBadge({ status }: { status: CellStatus }) {
  return <span className={`status status-${status}`}>{STATUS_LABEL[status]}</span>;
}
