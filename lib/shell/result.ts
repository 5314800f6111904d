import type { CmdResult, OutputChunk } from "./types";

export const out = (text: string): OutputChunk => ({ stream: "stdout", text });
export const err = (text: string): OutputChunk => ({ stream: "stderr", text });
export const note = (text: string): OutputChunk => ({ stream: "note", text });

/** Ensure a text block ends with exactly one newline (empty stays empty). */
export function nl(text: string): string {
  if (text === "") return "";
  return text.endsWith("\n") ? text : text + "\n";
}

export function ok(stdout = ""): CmdResult {
  return { code: 0, out: stdout ? [out(stdout)] : [] };
}

export function fail(code: number, stderr: string): CmdResult {
  return { code, out: stderr ? [err(stderr)] : [] };
}
