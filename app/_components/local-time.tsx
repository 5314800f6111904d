"use client";
import { useSyncExternalStore } from "react";

const subscribeNothing = () => () => {};

/**
 * A date and time in the viewer's own time zone and locale, with the zone named ("7 Dec 2026,
 * 17:00 GMT" in the UK, "Dec 7, 2026, 9:00 AM PST" in Los Angeles). The server can't know the
 * viewer's zone, so it renders the instant in UTC, and the browser replaces it after hydration.
 */
export function formatLocal(iso: string, options: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "short" }, locale?: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  // dateStyle/timeStyle can't be combined with timeZoneName, so spell the parts out.
  const parts: Intl.DateTimeFormatOptions = {
    year: "numeric",
    month: "short",
    day: "numeric",
    ...(options.timeStyle === undefined && options.dateStyle !== undefined ? {} : { hour: "numeric", minute: "2-digit", timeZoneName: "short" }),
    ...(timeZone ? { timeZone } : {}),
  };
  return new Intl.DateTimeFormat(locale, parts).format(date);
}

export function LocalTime({ iso, dateOnly = false }: { iso: string; dateOnly?: boolean }) {
  const inBrowser = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
  const options: Intl.DateTimeFormatOptions = dateOnly ? { dateStyle: "medium" } : { dateStyle: "medium", timeStyle: "short" };
  const text = inBrowser ? formatLocal(iso, options) : formatLocal(iso, options, "en-GB", "UTC");
  return (
    <time dateTime={iso} suppressHydrationWarning>
      {text}
    </time>
  );
}

/** The viewer's time zone by name ("America/Los_Angeles"); "UTC" until the browser says. */
export function ZoneName() {
  const zone = useSyncExternalStore(
    subscribeNothing,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC",
    () => null,
  );
  return <span data-testid="zone-name">{zone ?? "your time zone"}</span>;
}
