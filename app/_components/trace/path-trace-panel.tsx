"use client";
import { useId, useMemo, useState } from "react";
import { trace, type Flow, type Hop, type World } from "@/lib/sim";
import { destinationsFor, sourcesFor } from "./destinations";

const OUTCOME: Record<string, string> = {
  ok: "Delivered",
  timeout: "Dropped: the client would time out",
  denied: "Reached the service, but a policy denied it",
  "dns-failure": "The name did not resolve",
  refused: "Refused: nothing answered on that port",
  error: "The service answered with an error",
  "no-credentials": "No credentials on the source",
};

const VERDICT: Record<Hop["verdict"], string> = { pass: "✓ passes", block: "✗ blocks", info: "• info" };

/**
 * Pick a source and a destination, then step through the hops: each hop is highlighted on the
 * topology (through `onHighlight`), with its verdict and a plain-language explanation.
 */
export function PathTracePanel({
  world,
  initial,
  onHighlight,
}: {
  world: World;
  initial?: { from?: string; to?: string };
  onHighlight?: (hop: { id: string; verdict: string } | null) => void;
}) {
  const id = useId();
  const sources = useMemo(() => sourcesFor(world), [world]);
  const destinations = useMemo(() => destinationsFor(world), [world]);
  const [from, setFrom] = useState(initial?.from ?? sources[0]?.id ?? "");
  const [to, setTo] = useState(initial?.to ?? destinations[0]?.key ?? "");
  const [step, setStep] = useState(0);

  const dest = destinations.find((d) => d.key === to);
  const result = useMemo(() => {
    if (!from || !dest) return null;
    const flow: Flow = { from, to: dest.to, ...(dest.port ? { port: dest.port } : {}) };
    return trace(world, flow);
  }, [world, from, dest]);

  const hops = result?.hops ?? [];
  const current = hops[Math.min(step, hops.length - 1)];
  const go = (n: number) => {
    const next = Math.max(0, Math.min(hops.length - 1, n));
    setStep(next);
    const hop = hops[next];
    onHighlight?.(hop ? { id: hop.resourceId, verdict: hop.verdict } : null);
  };

  return (
    <section className="trace-panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Path trace</h3>
      <div className="trace-pickers">
        <label htmlFor={`${id}-from`}>From</label>
        <label htmlFor={`${id}-to`}>To</label>
        <select
          id={`${id}-from`}
          value={from}
          onChange={(e) => {
            setFrom(e.target.value);
            setStep(0);
            onHighlight?.(null);
          }}
        >
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
        <select
          id={`${id}-to`}
          value={to}
          onChange={(e) => {
            setTo(e.target.value);
            setStep(0);
            onHighlight?.(null);
          }}
        >
          {destinations.map((d) => (
            <option key={d.key} value={d.key}>
              {d.label}
            </option>
          ))}
        </select>
      </div>
      {result ? (
        <>
          <p className={`trace-outcome trace-${result.outcome}`} role="status" data-testid="trace-outcome">
            <strong>{OUTCOME[result.outcome] ?? result.outcome}</strong> <code>{result.code}</code>
          </p>
          <ol className="trace-hops" data-testid="trace-hops">
            {hops.map((hop, i) => (
              <li
                key={`${hop.kind}-${i}`}
                className={`trace-hop trace-${hop.verdict}${current === hop ? " trace-current" : ""}`}
                aria-current={current === hop ? "step" : undefined}
              >
                <button type="button" className="trace-hop-button" onClick={() => go(i)}>
                  <span className="trace-verdict">{VERDICT[hop.verdict]}</span>{" "}
                  <span className="trace-kind">{hop.kind}</span> <code>{hop.resourceId}</code>
                </button>
                <p className="trace-message">
                  {hop.message} <code className="trace-code">{hop.code}</code>
                </p>
              </li>
            ))}
          </ol>
          <div className="trace-nav">
            <button
              type="button"
              className="button button-small button-quiet"
              onClick={() => go(step - 1)}
              disabled={step <= 0}
            >
              ← Previous hop
            </button>
            <span className="muted">
              Hop {Math.min(step, hops.length - 1) + 1} of {hops.length}
            </span>
            <button
              type="button"
              className="button button-small button-quiet"
              onClick={() => go(step + 1)}
              disabled={step >= hops.length - 1}
            >
              Next hop →
            </button>
          </div>
        </>
      ) : (
        <p className="muted">Pick a source and a destination.</p>
      )}
    </section>
  );
}
