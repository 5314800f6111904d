import { scenarioById } from "@/content/scenarios";
import { ScenarioLauncher } from "../scenario/scenario-launcher";

/** <Scenario id>: a "try it" card; the terminal and topology load when the learner starts it. */
export function Scenario({ id }: { id: string }) {
  const s = scenarioById(id);
  if (!s) throw new Error(`Unknown scenario "${id}" in <Scenario>`);
  return (
    <section className="scenario-card" aria-label={`Live scenario: ${s.title}`}>
      <p className="eyebrow">Try it</p>
      <p className="scenario-title">{s.title}</p>
      <p className="muted">{s.description}</p>
      <p className="scenario-suggested">
        Commands to try:{" "}
        {s.suggested.map((c, i) => (
          <span key={c}>
            {i ? " · " : ""}
            <code>{c}</code>
          </span>
        ))}
      </p>
      <ScenarioLauncher id={s.id} title={s.title} />
    </section>
  );
}
