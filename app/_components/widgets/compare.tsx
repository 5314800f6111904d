"use client";
import { useId, useMemo, useState } from "react";
import {
  ASPECT_LABELS,
  CLIENT_LABELS,
  CLIENT_LOCATIONS,
  CLIENT_SHORT,
  COMPARISON,
  CORE_TOOLS,
  SERVICE_KINDS,
  SERVICE_LABELS,
  TOOL_NAMES,
  recommend,
  type ClientLocation,
  type ComparisonAspect,
  type ServiceKind,
  type Situation,
} from "@/lib/content/compare";
import "./widgets.css";

const EXAMPLES: ReadonlyArray<{ label: string; situation: Situation }> = [
  {
    label: "Branch office joins its LAN",
    situation: {
      service: "hosts",
      clients: ["on-prem"],
      overlappingCidrs: false,
      needSecurityGroups: false,
      costSensitive: false,
    },
  },
  {
    label: "Pipeline in a private subnet reads S3",
    situation: {
      service: "s3",
      clients: ["same-vpc"],
      overlappingCidrs: false,
      needSecurityGroups: false,
      costSensitive: true,
    },
  },
  {
    label: "On-premises servers call SQS",
    situation: {
      service: "aws-service",
      clients: ["on-prem"],
      overlappingCidrs: false,
      needSecurityGroups: false,
      costSensitive: false,
    },
  },
  {
    label: "S3 from the VPC and from on premises",
    situation: {
      service: "s3",
      clients: ["same-vpc", "on-prem"],
      overlappingCidrs: false,
      needSecurityGroups: false,
      costSensitive: false,
    },
  },
  {
    label: "Partner API, overlapping CIDRs",
    situation: {
      service: "saas",
      clients: ["same-vpc"],
      overlappingCidrs: true,
      needSecurityGroups: true,
      costSensitive: false,
    },
  },
];

const YES_NO: ReadonlyArray<{
  key: "overlappingCidrs" | "needSecurityGroups" | "costSensitive";
  legend: string;
  hint: string;
}> = [
  {
    key: "overlappingCidrs",
    legend: "Do the clients' address ranges overlap the other side's?",
    hint: "For example both use 10.0.0.0/16.",
  },
  {
    key: "needSecurityGroups",
    legend: "Do you need security groups on the path to the service?",
    hint: "To allow only some callers at the network level.",
  },
  { key: "costSensitive", legend: "Is cost a major concern?", hint: "Hourly and per-GB charges matter to you." },
];

const ASPECTS = Object.keys(ASPECT_LABELS) as ComparisonAspect[];

export function Compare() {
  const id = useId();
  const [situation, setSituation] = useState<Situation>({
    service: "s3",
    clients: ["same-vpc"],
    overlappingCidrs: false,
    needSecurityGroups: false,
    costSensitive: false,
  });
  const noClients = situation.clients.length === 0;
  const result = useMemo(() => (noClients ? null : recommend(situation)), [situation, noClients]);
  const picked = new Set(result?.picks.map((p) => p.tool) ?? []);

  const toggleClient = (c: ClientLocation, on: boolean) =>
    setSituation((s) => ({
      ...s,
      clients: on ? CLIENT_LOCATIONS.filter((x) => x === c || s.clients.includes(x)) : s.clients.filter((x) => x !== c),
    }));

  return (
    <section className="widget compare" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="widget-title">
        Which private connectivity tool fits?
      </h3>
      <p className="widget-intro">Answer the questions; the recommendation below updates as you change them.</p>

      <div className="widget-presets" role="group" aria-label="Example situations">
        <span className="widget-presets-label">Try an example:</span>
        {EXAMPLES.map((ex) => (
          <button
            key={ex.label}
            type="button"
            className="widget-chip"
            onClick={() => setSituation({ ...ex.situation, clients: [...ex.situation.clients] })}
          >
            {ex.label}
          </button>
        ))}
      </div>

      <form className="compare-form" onSubmit={(e) => e.preventDefault()}>
        <fieldset className="widget-field widget-radios">
          <legend>1. What must the clients reach?</legend>
          {SERVICE_KINDS.map((k: ServiceKind) => (
            <label key={k}>
              <input
                type="radio"
                name={`${id}-service`}
                value={k}
                checked={situation.service === k}
                onChange={() => setSituation((s) => ({ ...s, service: k }))}
              />{" "}
              {SERVICE_LABELS[k]}
            </label>
          ))}
        </fieldset>

        <fieldset className="widget-field widget-radios" aria-describedby={`${id}-clients-hint`}>
          <legend>2. Where are the clients? (choose all that apply)</legend>
          {CLIENT_LOCATIONS.map((c) => (
            <label key={c}>
              <input
                type="checkbox"
                name={`${id}-clients`}
                value={c}
                checked={situation.clients.includes(c)}
                onChange={(e) => toggleClient(c, e.target.checked)}
              />{" "}
              {CLIENT_LABELS[c]}
            </label>
          ))}
          <p id={`${id}-clients-hint`} className={noClients ? "widget-error" : "widget-hint"}>
            {noClients
              ? "Choose at least one place where the clients are."
              : "Several places often need a combination of tools."}
          </p>
        </fieldset>

        {YES_NO.map((q, i) => (
          <fieldset
            key={q.key}
            className="widget-field widget-radios widget-yesno"
            aria-describedby={`${id}-${q.key}-hint`}
          >
            <legend>
              {i + 3}. {q.legend}
            </legend>
            <p id={`${id}-${q.key}-hint`} className="widget-hint">
              {q.hint}
            </p>
            {[true, false].map((v) => (
              <label key={String(v)}>
                <input
                  type="radio"
                  name={`${id}-${q.key}`}
                  checked={situation[q.key] === v}
                  onChange={() => setSituation((s) => ({ ...s, [q.key]: v }))}
                />{" "}
                {v ? "Yes" : "No"}
              </label>
            ))}
          </fieldset>
        ))}
      </form>

      <div className="compare-result">
        <h4 className="compare-heading">Recommendation</h4>
        <p className="compare-summary" aria-live="polite" aria-atomic="true">
          {result ? result.summary : "Choose where the clients are to see a recommendation."}
        </p>
        {result ? (
          <>
            <ul className="compare-picks">
              {result.picks.map((p) => (
                <li key={`${p.tool}-${p.label}`} className="compare-pick">
                  <p className="compare-pick-title">
                    <span className="compare-tool">{TOOL_NAMES[p.tool]}</span> <strong>{p.label}</strong>
                  </p>
                  <p className="compare-for">For {p.serves.map((c) => CLIENT_SHORT[c]).join(", ")}</p>
                  <p>{p.why}</p>
                </li>
              ))}
            </ul>
            {result.notes.length > 0 ? (
              <>
                <h4 className="compare-heading">Good to know</h4>
                <ul className="compare-notes">
                  {result.notes.map((n) => (
                    <li key={n}>{n}</li>
                  ))}
                </ul>
              </>
            ) : null}
            {result.notFit.length > 0 ? (
              <>
                <h4 className="compare-heading">Why not the others</h4>
                <ul className="compare-notfit">
                  {result.notFit.map((n) => (
                    <li key={n.tool}>
                      <strong>{TOOL_NAMES[n.tool]}:</strong> {n.why}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        ) : null}
      </div>

      <div
        className="widget-table-wrap"
        tabIndex={0}
        role="region"
        aria-label="Comparison table (scrolls sideways on small screens)"
      >
        <table className="widget-table compare-table">
          <caption>The four tools side by side{result ? "; the recommended ones are marked" : ""}</caption>
          <thead>
            <tr>
              <td />
              {CORE_TOOLS.map((t) => (
                <th key={t} scope="col" className={picked.has(t) ? "is-picked" : undefined}>
                  {TOOL_NAMES[t]}
                  {picked.has(t) ? <span className="compare-badge">Recommended</span> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ASPECTS.map((a) => (
              <tr key={a}>
                <th scope="row">{ASPECT_LABELS[a]}</th>
                {CORE_TOOLS.map((t) => (
                  <td key={t} className={picked.has(t) ? "is-picked" : undefined}>
                    {COMPARISON[t][a]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
