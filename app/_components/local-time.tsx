"use client";
import { useSyncExternalStore } from "react";
import { useInBrowser } from "./in-browser";

/**
 * A date and time in the viewer's own time zone and locale, with the zone named ("7 Dec 2026,
 * 17:00 GMT" in the UK, "Dec 7, 2026, 9:00 AM PST" in Los Angeles). The server can't know the
 * viewer's zone, so it renders the instant in UTC, and the browser replaces it after hydration.
 */
export function formatLocal(iso: string, { dateOnly = false, locale, timeZone }: { dateOnly?: boolean; locale?: string; timeZone?: string } = {}): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  // dateStyle/timeStyle can't be combined with timeZoneName, so the parts are spelled out.
  return new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "short",
    day: "numeric",
    ...(dateOnly ? {} : { hour: "numeric", minute: "2-digit", timeZoneName: "short" }),
    timeZone,
  }).format(date);
}

export function LocalTime({ iso, dateOnly = false }: { iso: string; dateOnly?: boolean }) {
  const text = useInBrowser() ? formatLocal(iso, { dateOnly }) : formatLocal(iso, { dateOnly, locale: "en-GB", timeZone: "UTC" });
  return (
    <time dateTime={iso} suppressHydrationWarning>
      {text}
    </time>
  );
}

/** The viewer's time zone by name ("America/Los_Angeles"); "UTC" until the browser says. */
export function ZoneName() {
  const zone = useSyncExternalStore(
    () => () => {},
    () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC",
    () => null,
  );
  return <span data-testid="zone-name">{zone ?? "your time zone"}</span>;
}
