"use client";
import dynamic from "next/dynamic";
import { useState } from "react";

const ScenarioLive = dynamic(() => import("./scenario-live"), {
  ssr: false,
  loading: () => (
    <div className="terminal terminal-loading" aria-busy="true">
      <p className="muted">Starting the scenario…</p>
    </div>
  ),
});

/** Loads the terminal and the simulator only when the learner asks for them. */
export function ScenarioLauncher({ id, title }: { id: string; title: string }) {
  const [started, setStarted] = useState(false);
  if (started) return <ScenarioLive id={id} />;
  return (
    <button type="button" className="button" onClick={() => setStarted(true)} aria-label={`Start the live scenario: ${title}`}>
      ▶ Start the live scenario
    </button>
  );
}
