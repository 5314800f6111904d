import type { CellStatus } from "@/lib/content/classes";
import { STATUS_LABEL } from "@/lib/content/classes";
import "./classes.css";
import { LocalTime } from "@/app/_components/local-time";

/** A date in the viewer's own zone and locale, with the zone named (LocalTime), and a machine-readable value. */
export function When({ date, empty = "—" }: { date: Date | null; empty?: string }) {
  if (!date) return <>{empty}</>;
  return <LocalTime iso={date.toISOString()} />;
}

export function StatusBadge({ status }: { status: CellStatus }) {
  return <span className={`status status-${status}`}>{STATUS_LABEL[status]}</span>;
}
