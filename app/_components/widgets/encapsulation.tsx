"use client";
import { useId, useMemo, useState, type ChangeEvent } from "react";
import { AWS_S2S_CONSERVATIVE, encapsulate, type EspCipher, type TunnelProtocol } from "@/lib/sim/encap";
import { PROTOCOLS, buildStages, drawLayers, isEsp, protectionText, toProtocol, type DrawnLayer } from "./encap-model";
import "./widgets.css";

const CIPHERS: ReadonlyArray<{ id: EspCipher; label: string }> = [
  { id: "aes-gcm-16", label: "AES-GCM-16" },
  { id: "aes-cbc-sha1", label: "AES-CBC + HMAC-SHA1-96" },
  { id: "aes-cbc-sha256", label: "AES-CBC + HMAC-SHA-256-128" },
];

const INNER_PRESETS = [
  { bytes: 40, label: "40 B (TCP ACK)" },
  { bytes: 576, label: "576 B" },
  { bytes: 1400, label: "1400 B" },
  { bytes: 1500, label: "1500 B (full size)" },
];

const LIMITS = { inner: { min: 20, max: 9000 }, mtu: { min: 576, max: 9216 } } as const;

type NumberField = { text: string; value: number };

function parseField(text: string, min: number, max: number): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

/** A run of consecutive layers (by index in the drawn bar) that share a property. */
function runs(layers: DrawnLayer[], test: (l: DrawnLayer) => boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  layers.forEach((l, i) => {
    if (!test(l)) return;
    const last = out[out.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else out.push([i, i]);
  });
  return out;
}

function LockIcon() {
  return (
    <svg className="encap-lock" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
      <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <rect x="2.5" y="7" width="11" height="8" rx="1.5" fill="currentColor" />
    </svg>
  );
}

export function Encapsulation({ protocol: initial }: { protocol?: string }) {
  const id = useId();
  const [protocol, setProtocol] = useState<TunnelProtocol>(() => toProtocol(initial));
  const [cipher, setCipher] = useState<EspCipher>("aes-gcm-16");
  const [natT, setNatT] = useState(false);
  const [ipVersion, setIpVersion] = useState<4 | 6>(4);
  const [inner, setInner] = useState<NumberField>({ text: "1400", value: 1400 });
  const [mtu, setMtu] = useState<NumberField>({ text: "1500", value: 1500 });
  /** how many wrapping steps are shown; null shows the finished packet */
  const [step, setStep] = useState<number | null>(null);

  const innerError = parseField(inner.text, LIMITS.inner.min, LIMITS.inner.max) === null;
  const mtuError = parseField(mtu.text, LIMITS.mtu.min, LIMITS.mtu.max) === null;

  const outerMtu = mtu.value;
  const result = useMemo(
    () => encapsulate({ protocol, cipher, natT, outerIpVersion: ipVersion, outerMtu, innerPacketBytes: inner.value }),
    [protocol, cipher, natT, ipVersion, outerMtu, inner.value],
  );
  const full = useMemo(
    () => encapsulate({ protocol, cipher, natT, outerIpVersion: ipVersion, outerMtu, innerPacketBytes: 1500 }),
    [protocol, cipher, natT, ipVersion, outerMtu],
  );
  const allLayers = useMemo(() => drawLayers(result), [result]);
  const stages = useMemo(() => buildStages(allLayers, protocol), [allLayers, protocol]);
  const last = stages.length - 1;
  const stepIndex = step === null ? last : Math.min(step, last);
  const layers = stages[stepIndex].layers;
  const stageBytes = layers.reduce((s, l) => s + l.bytes, 0);
  const shown = layers.filter((l) => l.bytes > 0);
  const text = protectionText(layers);
  const encRuns = runs(shown, (l) => l.encrypted);
  const authRuns = runs(shown, (l) => l.authenticated);
  const esp = isEsp(protocol);
  const protocolLabel = PROTOCOLS.find((p) => p.id === protocol)?.label ?? protocol;
  const overheadPct = ((result.overheadBytes / result.totalBytes) * 100).toFixed(1);

  // While a field holds an invalid value, the figures keep showing the last valid one.
  const onNumber =
    (set: (update: (f: NumberField) => NumberField) => void, min: number, max: number) =>
    (e: ChangeEvent<HTMLInputElement>) => {
      const text = e.target.value;
      const n = parseField(text, min, max);
      set((prev) => ({ text, value: n ?? prev.value }));
    };

  const columns = shown.map((l) => `minmax(2.9rem, ${l.bytes}fr)`).join(" ");
  const span = ([a, b]: [number, number]) => `${a + 1} / ${b + 2}`;
  const bytesOf = ([a, b]: [number, number]) => shown.slice(a, b + 1).reduce((s, l) => s + l.bytes, 0);
  // Only a run that includes the payload is wide enough for the long label.
  const coverLabel = (r: [number, number], long: string, short: string) =>
    shown.slice(r[0], r[1] + 1).some((l) => l.kind === "payload")
      ? `${long} ${bytesOf(r)} B`
      : `${short} ${bytesOf(r)} B`;

  return (
    <section className="widget encap" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="widget-title">
        Packet encapsulation builder
      </h3>
      <p className="widget-intro">Pick a tunnel and sizes; the layers, overhead and MTU figures update as you go.</p>

      <form className="encap-controls" onSubmit={(e) => e.preventDefault()}>
        <div className="widget-field">
          <label htmlFor={`${id}-protocol`}>Tunnel protocol</label>
          <select
            id={`${id}-protocol`}
            value={protocol}
            onChange={(e) => {
              setProtocol(toProtocol(e.target.value));
              setStep(null);
            }}
          >
            {PROTOCOLS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </div>

        <div className="widget-field">
          <label htmlFor={`${id}-cipher`}>ESP cipher</label>
          <select
            id={`${id}-cipher`}
            value={cipher}
            disabled={!esp}
            aria-describedby={`${id}-cipher-hint`}
            onChange={(e) => setCipher(e.target.value as EspCipher)}
          >
            {CIPHERS.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
          <p id={`${id}-cipher-hint`} className="widget-hint">
            {esp ? "Sets the IV, the padding block and the ICV size." : "Applies to IPsec ESP only."}
          </p>
        </div>

        <div className="widget-field widget-check">
          <input
            id={`${id}-natt`}
            type="checkbox"
            checked={natT}
            disabled={!esp}
            aria-describedby={`${id}-natt-hint`}
            onChange={(e) => setNatT(e.target.checked)}
          />
          <label htmlFor={`${id}-natt`}>NAT traversal (ESP in UDP 4500)</label>
          <p id={`${id}-natt-hint`} className="widget-hint">
            {esp
              ? "Needed when a NAT device sits between the peers."
              : "Applies to IPsec ESP only; WireGuard and OpenVPN already run over UDP or TCP."}
          </p>
        </div>

        <fieldset className="widget-field widget-radios">
          <legend>Outer IP version</legend>
          {([4, 6] as const).map((v) => (
            <label key={v}>
              <input
                type="radio"
                name={`${id}-ipv`}
                value={v}
                checked={ipVersion === v}
                onChange={() => setIpVersion(v)}
              />{" "}
              IPv{v} ({v === 4 ? 20 : 40}-byte header)
            </label>
          ))}
        </fieldset>

        <div className="widget-field">
          <label htmlFor={`${id}-inner`}>Inner packet size, bytes (its own IP header included)</label>
          <input
            id={`${id}-inner`}
            type="number"
            inputMode="numeric"
            min={LIMITS.inner.min}
            max={LIMITS.inner.max}
            step={1}
            value={inner.text}
            aria-invalid={innerError}
            aria-describedby={`${id}-inner-hint`}
            onChange={onNumber(setInner, LIMITS.inner.min, LIMITS.inner.max)}
          />
          <p id={`${id}-inner-hint`} className={innerError ? "widget-error" : "widget-hint"}>
            {innerError
              ? `Enter a whole number from ${LIMITS.inner.min} to ${LIMITS.inner.max}.`
              : "The original packet from the laptop, before the tunnel wraps it."}
          </p>
          <div className="widget-presets" role="group" aria-label="Inner packet size presets">
            {INNER_PRESETS.map((p) => (
              <button
                key={p.bytes}
                type="button"
                className="widget-chip"
                aria-pressed={inner.value === p.bytes && !innerError}
                onClick={() => setInner({ text: String(p.bytes), value: p.bytes })}
              >
                {p.label}
              </button>
            ))}
          </div>
        </div>

        <div className="widget-field">
          <label htmlFor={`${id}-mtu`}>Outer link MTU, bytes</label>
          <input
            id={`${id}-mtu`}
            type="number"
            inputMode="numeric"
            min={LIMITS.mtu.min}
            max={LIMITS.mtu.max}
            step={1}
            value={mtu.text}
            aria-invalid={mtuError}
            aria-describedby={`${id}-mtu-hint`}
            onChange={onNumber(setMtu, LIMITS.mtu.min, LIMITS.mtu.max)}
          />
          <p id={`${id}-mtu-hint`} className={mtuError ? "widget-error" : "widget-hint"}>
            {mtuError
              ? `Enter a whole number from ${LIMITS.mtu.min} to ${LIMITS.mtu.max}.`
              : "1500 on the internet; the largest packet the path carries unfragmented."}
          </p>
        </div>
      </form>

      <div className="encap-figures" aria-live="polite" aria-atomic="true">
        <p className="encap-figures-title">The finished tunnel packet</p>
        <dl className="widget-stats">
          <div>
            <dt>Overhead</dt>
            <dd>
              {result.overheadBytes} B <span className="muted">({overheadPct}% of the wire packet)</span>
            </dd>
          </div>
          <div>
            <dt>On the wire</dt>
            <dd>{result.totalBytes} B</dd>
          </div>
          <div>
            <dt>Inner MTU</dt>
            <dd>{result.innerMtu} B</dd>
          </div>
          <div>
            <dt>TCP MSS</dt>
            <dd>{result.tcpMss} B</dd>
          </div>
        </dl>
        <p className={result.fragmented ? "widget-status is-bad" : "widget-status is-good"}>
          <span aria-hidden="true">{result.fragmented ? "✗ " : "✓ "}</span>
          {result.fragmented
            ? `This ${inner.value}-byte packet becomes ${result.totalBytes} B on the wire, more than the ${result.outerMtu}-byte MTU: it must be fragmented, or dropped if Don't Fragment is set.`
            : `This ${inner.value}-byte packet becomes ${result.totalBytes} B on the wire and fits the ${result.outerMtu}-byte MTU.`}
        </p>
        <p className={full.fragmented ? "widget-status is-bad" : "widget-status is-good"}>
          <span aria-hidden="true">{full.fragmented ? "✗ " : "✓ "}</span>
          {full.fragmented
            ? `A full-size 1500-byte inner packet would need fragmentation (${full.totalBytes} B > ${full.outerMtu} B). Set the tunnel MTU to ${result.innerMtu} and clamp TCP MSS to ${result.tcpMss}.`
            : `A full-size 1500-byte inner packet fits (${full.totalBytes} B ≤ ${full.outerMtu} B): no fragmentation.`}
        </p>
      </div>

      <div className="encap-steps" role="group" aria-labelledby={`${id}-steps-label`}>
        <span id={`${id}-steps-label`} className="widget-presets-label">
          Build it step by step:
        </span>
        <button type="button" className="widget-chip" onClick={() => setStep(0)} disabled={stepIndex === 0}>
          Start from the original packet
        </button>
        <button
          type="button"
          className="widget-chip"
          onClick={() => setStep(Math.max(0, stepIndex - 1))}
          disabled={stepIndex === 0}
        >
          Remove a layer
        </button>
        <button
          type="button"
          className="widget-chip"
          onClick={() => setStep(stepIndex + 1 >= last ? null : stepIndex + 1)}
          disabled={stepIndex === last}
        >
          Add the next layer
        </button>
        <button type="button" className="widget-chip" onClick={() => setStep(null)} disabled={stepIndex === last}>
          Show the finished packet
        </button>
      </div>
      <p className="encap-step-text" aria-live="polite">
        <strong>
          Step {stepIndex + 1} of {stages.length}:
        </strong>{" "}
        {stages[stepIndex].title} {stageBytes} B {stepIndex < last ? "so far" : "in total"}
        {stepIndex > 0 ? `, ${stageBytes - inner.value} B added around the ${inner.value}-byte original` : ""}.
      </p>

      <figure className="encap-figure">
        <div
          className="encap-scroll"
          tabIndex={0}
          role="region"
          aria-label="Packet diagram (scrolls sideways on small screens)"
        >
          <div
            className="encap-bar"
            role="img"
            aria-label={`${protocolLabel}, step ${stepIndex + 1} of ${stages.length}: ${shown.length} layers, ${stageBytes} bytes in total. The table below lists every layer.`}
            style={{ gridTemplateColumns: columns }}
          >
            {shown.map((l, i) => (
              <div
                key={l.key}
                className={`encap-seg encap-${l.kind}${i === shown.length - 1 ? " encap-seg-last" : ""}`}
                style={{ gridColumn: i + 1 }}
                title={`${l.name}: ${l.bytes} B`}
              >
                <span className="encap-seg-name">{l.short}</span>
                <span className="encap-seg-bytes">{l.bytes}</span>
              </div>
            ))}
            {encRuns.length === 0 ? (
              <div className="encap-cover encap-cover-none" style={{ gridColumn: "1 / -1", gridRow: 2 }}>
                Nothing encrypted
              </div>
            ) : (
              encRuns.map((r) => (
                <div
                  key={`e${r[0]}`}
                  className="encap-cover encap-cover-enc"
                  style={{ gridColumn: span(r), gridRow: 2 }}
                >
                  <LockIcon /> {coverLabel(r, "Encrypted", "Enc")}
                </div>
              ))
            )}
            {authRuns.length === 0 ? (
              <div className="encap-cover encap-cover-none" style={{ gridColumn: "1 / -1", gridRow: 3 }}>
                Nothing authenticated
              </div>
            ) : (
              authRuns.map((r) => (
                <div
                  key={`a${r[0]}`}
                  className="encap-cover encap-cover-auth"
                  style={{ gridColumn: span(r), gridRow: 3 }}
                >
                  <span aria-hidden="true">✓</span> {coverLabel(r, "Authenticated", "Auth")}
                </div>
              ))
            )}
          </div>
        </div>
        <figcaption className="widget-hint">
          Widths are proportional to bytes, except that small headers are drawn at a minimum width so they stay
          readable. Hover a block for its name; the table lists them all.
        </figcaption>
      </figure>

      <ul className="encap-protection">
        <li>
          <strong>Encrypted:</strong> {text.encrypted}.
        </li>
        <li>
          <strong>Authenticated</strong> (covered by the integrity check): {text.authenticated}.
        </li>
        <li>
          <strong>Readable on the path:</strong> {text.clear}.
        </li>
      </ul>

      <div
        className="widget-table-wrap"
        tabIndex={0}
        role="region"
        aria-label="Layer table (scrolls sideways on small screens)"
      >
        <table className="widget-table">
          <caption>
            Layers of one {protocolLabel} packet{stepIndex < last ? ` (step ${stepIndex + 1} of ${stages.length})` : ""}
            , outermost first
          </caption>
          <thead>
            <tr>
              <th scope="col">Layer</th>
              <th scope="col" className="num">
                Bytes
              </th>
              <th scope="col">Encrypted</th>
              <th scope="col">Authenticated</th>
              <th scope="col">What it is</th>
            </tr>
          </thead>
          <tbody>
            {layers.map((l) => (
              <tr key={l.key}>
                <th scope="row">
                  <span className={`encap-swatch encap-${l.kind}`} aria-hidden="true" />
                  {l.name}
                </th>
                <td className="num">{l.bytes}</td>
                <td>{l.encrypted ? "Yes" : "No"}</td>
                <td>{l.kind === "tag" ? "It is the check" : l.authenticated ? "Yes" : "No"}</td>
                <td>{l.description}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{stepIndex < last ? "Total so far" : "Total on the wire"}</th>
              <td className="num">{stageBytes}</td>
              <td colSpan={3}>
                {stageBytes - inner.value} B of overhead around a {inner.value}-byte inner packet
              </td>
            </tr>
          </tfoot>
        </table>
      </div>

      {protocol === "ipsec-esp-tunnel" && mtu.value === 1500 ? (
        <p className="widget-hint">
          AWS suggests a tunnel interface MTU of {AWS_S2S_CONSERVATIVE.mtu} and a TCP MSS of {AWS_S2S_CONSERVATIVE.mss}{" "}
          on Site-to-Site VPN customer gateways: a little below the figures above, so every cipher and NAT-T combination
          it may negotiate still fits.
        </p>
      ) : null}
    </section>
  );
}
