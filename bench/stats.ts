/** Shared by the benchmarks: one row of the `npm run bench` table, and the statistics behind it. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  target?: string;
}

/** The p-th percentile (nearest rank) of an ascending list; 0 for an empty one. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

/** Three decimals, for millisecond timings. */
export const round = (x: number): number => Math.round(x * 1000) / 1000;
