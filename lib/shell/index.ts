/**
 * lib/shell — the command line behind the Pathwise terminal.
 *
 *   createShell({ world, host, user?, env?, columns? }) → ShellState
 *   run(state, line)        → { state, output[], exitCode, wait?, control? }
 *   interrupt(state)        → "^C", exit 130
 *   complete(state, line, cursor?) → { replaceFrom, candidates }
 *   promptOf(state)         → "[ec2-user@ip-10-0-2-15 ~]$ "
 */
export { createShell, run, interrupt, promptOf, currentHostname, MAX_LINE, type CreateShellOptions } from "./shell";
export { complete, type Completion } from "./complete";
export type { ShellState, RunResult, OutputChunk, Stream, Wait, Control } from "./types";
export { formatOutput, applyQuery, type OutputFormat } from "./format";
export { needsMore, parse } from "./tokenize";
