"use client";
import dynamic from "next/dynamic";

export const LazySandboxTerminal = dynamic(() => import("./sandbox-terminal"), {
  ssr: false,
  loading: () => (
    <div className="terminal terminal-loading" aria-busy="true">
      <p className="muted">Starting the terminal…</p>
    </div>
  ),
});
