"use client";
import dynamic from "next/dynamic";

export const LazyWorkspace = dynamic(() => import("./workspace"), {
  ssr: false,
  loading: () => (
    <div className="terminal terminal-loading" aria-busy="true">
      <p className="muted">Loading the lab…</p>
    </div>
  ),
});
