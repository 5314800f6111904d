"use client";
import Link from "next/link";
import { useId, useMemo, useState } from "react";

export type SearchEntry = { title: string; href: string; track: string; headings: Array<{ text: string; id: string }> };

/** Client-side search over lesson titles and headings (the index is small and ships with /learn). */
export function LessonSearch({ entries }: { entries: SearchEntry[] }) {
  const id = useId();
  const [query, setQuery] = useState("");
  const results = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (q.length < 2) return [];
    const out: Array<{ label: string; href: string; context: string }> = [];
    for (const e of entries) {
      if (e.title.toLowerCase().includes(q)) out.push({ label: e.title, href: e.href, context: e.track });
      for (const h of e.headings) if (h.text.toLowerCase().includes(q)) out.push({ label: h.text, href: `${e.href}#${h.id}`, context: e.title });
    }
    return out.slice(0, 12);
  }, [entries, query]);
  return (
    <div className="lesson-search" role="search">
      <label htmlFor={`${id}-q`}>Search lessons</label>
      <input id={`${id}-q`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="e.g. prefix list, private DNS, MTU" autoComplete="off" />
      {query.trim().length >= 2 ? (
        <ul aria-live="polite" className="search-results">
          {results.length ? (
            results.map((r) => (
              <li key={r.href}>
                <Link href={r.href}>{r.label}</Link> <span className="muted">— {r.context}</span>
              </li>
            ))
          ) : (
            <li className="muted">No lesson title or heading matches “{query.trim()}”.</li>
          )}
        </ul>
      ) : null}
    </div>
  );
}
