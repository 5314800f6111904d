/** A small SVG line chart of percentages over time; the caller renders a text equivalent. */
export function LineChart({ points, label }: { points: Array<{ label: string; value: number }>; label: string }) {
  const w = 480;
  const h = 160;
  const pad = { l: 34, r: 10, t: 10, b: 22 };
  const x = (i: number) =>
    pad.l + (points.length <= 1 ? (w - pad.l - pad.r) / 2 : (i * (w - pad.l - pad.r)) / (points.length - 1));
  const y = (v: number) => pad.t + (1 - v / 100) * (h - pad.t - pad.b);
  const path = points.map((p, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(" ");
  return (
    <svg className="chart" viewBox={`0 0 ${w} ${h}`} role="img" aria-label={label}>
      {[0, 50, 100].map((v) => (
        <g key={v}>
          <line x1={pad.l} x2={w - pad.r} y1={y(v)} y2={y(v)} stroke="currentColor" strokeOpacity={0.15} />
          <text x={pad.l - 6} y={y(v) + 4} textAnchor="end">
            {v}%
          </text>
        </g>
      ))}
      <path d={path} fill="none" stroke="currentColor" strokeWidth={2} />
      {points.map((p, i) => (
        <circle key={i} cx={x(i)} cy={y(p.value)} r={4} fill="currentColor">
          <title>{`${p.label}: ${p.value}%`}</title>
        </circle>
      ))}
    </svg>
  );
}

/** Horizontal bars with their values written out, readable without the picture. */
export function Bars({
  rows,
  id,
}: {
  rows: Array<{ key: string; label: string; value: number; max: number; text: string; low?: boolean }>;
  id: string;
}) {
  return (
    <ul className="bars" aria-labelledby={id}>
      {rows.map((r) => (
        <li key={r.key} className="bar-row">
          <span>{r.label}</span>
          <span className="bar-track" aria-hidden="true">
            <span
              className={`bar-fill ${r.low ? "is-low" : ""}`}
              style={{ width: `${r.max === 0 ? 0 : Math.round((r.value / r.max) * 100)}%`, display: "block" }}
            />
          </span>
          <span className="bar-value">{r.text}</span>
        </li>
      ))}
    </ul>
  );
}
