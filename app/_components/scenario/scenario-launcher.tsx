"use client";
import dynamic from "next/dynamic";
import { TerminalLoading } from "@/app/_components/terminal/terminal-loading";
import { useState } from "react";

const ScenarioLive = dynamic(() => import("./scenario-live"), {
  ssr: false,
  loading: () => <TerminalLoading what="Starting the scenario…" />,
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
