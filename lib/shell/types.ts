/**
 * Core types of the Pathwise shell. Everything here is plain JSON so a ShellState can be stored,
 * replayed on the server, and compared in tests.
 */
import type { TraceResult, World } from "./simport";

export type Stream = "stdout" | "stderr" | "note";

export interface OutputChunk {
  stream: Stream;
  text: string;
}

/** Visible (compressed) wait the UI shows before printing, and what the real tool would have taken. */
export interface Wait {
  seconds: number;
  realSeconds: number;
}

/** Markers the UI acts on: clear the screen, show a hint, close the terminal. */
export type Control = "clear" | "hint" | "logout";

export interface ShellState {
  world: World;
  /** Stack of hosts (instance ids) — the last one is where commands run. ssh pushes, exit pops. */
  hostStack: string[];
  /** For each ssh hop: the user, directory and environment to restore on `exit`. */
  sshSaved: Array<{ user: string; cwd: string; env: Record<string, string> }>;
  user: string;
  cwd: string;
  /** In-memory files by absolute path (one shared home for all hosts). */
  files: Record<string, string>;
  /** Directories that exist (absolute, no trailing slash). */
  dirs: string[];
  env: Record<string, string>;
  history: string[];
  lastExit: number;
  /** Terminal width for table output; 80 when unknown. */
  columns: number;
}

export interface RunResult {
  state: ShellState;
  output: OutputChunk[];
  exitCode: number;
  wait?: Wait;
  control?: Control;
  /** Every lib/sim path trace the line caused, in order (AWS calls, curl, ssh, ping, nc, …). */
  traces: TraceResult[];
}

/** What one command invocation returns. */
export interface CmdResult {
  code: number;
  out: OutputChunk[];
  state?: ShellState;
  wait?: Wait;
  control?: Control;
}

export interface CmdContext {
  state: ShellState;
  /** Piped or redirected input; null when reading from the terminal. */
  stdin: string | null;
  /** Whether stdout goes to the terminal (false when piped or redirected). */
  stdoutIsTty: boolean;
  /** Run a nested command line (used by `ssh HOST CMD`, `env … CMD`). */
  runLine?: (state: ShellState, line: string) => RunResult;
  /** Collector for the path traces this command asked lib/sim for (shown by the path-trace panel). */
  traces?: TraceResult[];
}

export type CommandFn = (ctx: CmdContext, args: string[]) => CmdResult;

export interface CommandSpec {
  name: string;
  run: CommandFn;
  /** One-line summary for `help`. */
  summary: string;
  /** Flags offered by completion. */
  flags?: string[];
}
