"use client";
import dynamic from "next/dynamic";

/** The terminal (xterm.js + the shell + the simulator) loads on demand, never in a page's first load. */
export const LazyTerminal = dynamic(() => import("./terminal"), {
  ssr: false,
  loading: () => (
    <div className="terminal terminal-loading" aria-busy="true">
      <p className="muted">Starting the terminal…</p>
    </div>
  ),
});
