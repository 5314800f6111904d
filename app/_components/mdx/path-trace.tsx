import { resolveFlowSource, scenarioById } from "@/content/scenarios";
import { trace } from "@/lib/sim";

const OUTCOME: Record<string, string> = {
  ok: "Delivered",
  timeout: "Dropped — the client times out",
  denied: "Denied by a policy",
  "dns-failure": "The name does not resolve",
  refused: "Refused",
  error: "The service answered with an error",
  "no-credentials": "No credentials",
};

/**
 * A static path trace, computed on the server from the scenario's World: every hop with its
 * verdict and explanation. No JavaScript ships for it.
 */
export function PathTrace({ scenario }: { scenario: string }) {
  const s = scenarioById(scenario);
  if (!s) throw new Error(`Unknown scenario "${scenario}" in <PathTrace>`);
  const { world } = s.build();
  const result = trace(world, { from: resolveFlowSource(world, s.flow.from), to: s.flow.to, ...(s.flow.port ? { port: s.flow.port } : {}) });
  const target = "ip" in s.flow.to ? `${s.flow.to.ip}:${s.flow.port ?? 22}` : "name" in s.flow.to ? `${s.flow.to.name}:${s.flow.port ?? 443}` : `${s.flow.to.action}${"bucket" in s.flow.to && s.flow.to.bucket ? ` on ${s.flow.to.bucket}` : ""}`;
  return (
    <figure className="path-trace-figure" aria-label={`Path trace: ${s.title}`}>
      <p className="eyebrow">Path trace</p>
      <p className="path-trace-title">
        {s.flow.from} → {target}
      </p>
      <p className="muted">{s.description}</p>
      <p className={`trace-outcome trace-${result.outcome}`}>
        <strong>{OUTCOME[result.outcome] ?? result.outcome}</strong> <code>{result.code}</code>
      </p>
      <ol className="trace-hops">
        {result.hops.map((hop, i) => (
          <li key={i} className={`trace-hop trace-${hop.verdict}`}>
            <span className="trace-verdict">{hop.verdict === "pass" ? "✓" : hop.verdict === "block" ? "✗" : "•"}</span>{" "}
            <span className="trace-kind">{hop.kind}</span> <code>{hop.resourceId}</code>
            <p className="trace-message">{hop.message}</p>
          </li>
        ))}
      </ol>
    </figure>
  );
}
