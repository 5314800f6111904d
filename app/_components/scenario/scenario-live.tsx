"use client";
import { useMemo, useState } from "react";
import { scenarioById, resolveFlowSource } from "@/content/scenarios";
import { startShellOn } from "@/content/scenarios/shell";
import type { World } from "@/lib/sim";
import Terminal from "@/app/_components/terminal/terminal";
import { Topology } from "@/app/_components/topology/topology";
import { PathTracePanel } from "@/app/_components/trace/path-trace-panel";

/** The live part of <Scenario>: a compact terminal, the topology and the path trace on one small World. */
export default function ScenarioLive({ id }: { id: string }) {
  const def = scenarioById(id);
  const start = useMemo(() => (def ? def.build() : null), [def]);
  const shell = useMemo(() => (start ? startShellOn(start) : null), [start]);
  const [world, setWorld] = useState<World | null>(shell?.world ?? null);
  const [generation, setGeneration] = useState(0);
  const [highlight, setHighlight] = useState<{ id: string; verdict: string } | null>(null);
  const [view, setView] = useState<"topology" | "trace">("topology");
  if (!def || !shell || !world || !start) return <p className="form-error">This scenario could not be loaded.</p>;
  return (
    <div className="scenario-live">
      <Terminal
        key={generation}
        initial={shell}
        label={`Scenario terminal: ${def.title}`}
        welcome={`Try: ${def.suggested.join("  ·  ")}`}
        rows={14}
        onRun={({ result }) => setWorld(result.state.world)}
      />
      <div className="scenario-tabs" role="group" aria-label="Scenario view">
        <button type="button" className="button button-small button-quiet" aria-pressed={view === "topology"} onClick={() => setView("topology")}>
          Topology
        </button>
        <button type="button" className="button button-small button-quiet" aria-pressed={view === "trace"} onClick={() => setView("trace")}>
          Path trace
        </button>
        <button
          type="button"
          className="button button-small button-quiet"
          onClick={() => {
            setWorld(shell.world);
            setGeneration((g) => g + 1);
          }}
        >
          Reset
        </button>
      </div>
      {view === "topology" ? (
        <Topology world={world} highlight={highlight} />
      ) : (
        <PathTracePanel world={world} initial={{ from: resolveFlowSource(world, def.flow.from) }} onHighlight={setHighlight} />
      )}
    </div>
  );
}
