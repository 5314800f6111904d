/** Test helper: run input lines and compare exact stdout/stderr/exit codes (golden transcripts). */
import { expect } from "vitest";
import { run } from "../shell";
import type { RunResult, ShellState } from "../types";

export interface Step {
  /** the command line */
  in: string;
  /** exact stdout (all stdout chunks joined); undefined = not checked; "" = nothing */
  out?: string | RegExp;
  /** exact stderr */
  err?: string | RegExp;
  /** exit code */
  code?: number;
  /** a regexp the notes must match */
  note?: RegExp;
  /** why the expected text is what it is (reference section / AWS CLI example) */
  source?: string;
}

export function joinStream(r: RunResult, stream: "stdout" | "stderr" | "note"): string {
  return r.output.filter((c) => c.stream === stream).map((c) => c.text).join("");
}

export function playTranscript(start: ShellState, steps: Step[]): { state: ShellState; results: RunResult[] } {
  let state = start;
  const results: RunResult[] = [];
  for (const s of steps) {
    const r = run(state, s.in);
    results.push(r);
    const ctx = `$ ${s.in}${s.source ? `   [${s.source}]` : ""}`;
    if (s.out instanceof RegExp) expect(joinStream(r, "stdout"), ctx).toMatch(s.out);
    else if (s.out !== undefined) expect(joinStream(r, "stdout"), ctx).toBe(s.out);
    if (s.err instanceof RegExp) expect(joinStream(r, "stderr"), ctx).toMatch(s.err);
    else if (s.err !== undefined) expect(joinStream(r, "stderr"), ctx).toBe(s.err);
    if (s.code !== undefined) expect(r.exitCode, ctx).toBe(s.code);
    if (s.note !== undefined) expect(joinStream(r, "note"), ctx).toMatch(s.note);
    state = r.state;
  }
  return { state, results };
}
