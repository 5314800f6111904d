/**
 * Executable lessons (issue 13): a ```console block whose lines start with `$ ` is a transcript.
 * `runTranscript` types its commands into a Pathwise shell, in order, and compares what the
 * terminal prints with what the lesson prints, line by line.
 *
 * What may differ, because a learner's own terminal differs: AWS ids the world generates while the
 * learner works (matched by shape, and consistently: one id in the lesson stands for one id in the
 * terminal, everywhere in the session), timings (ms, "time 1084ms"), dates and timestamps, dig's
 * query id and WHEN line. Everything else must be equal, byte for byte. Dim `note` output (the
 * path-trace hints Pathwise adds) is the terminal's own and never part of a transcript.
 */
import { run, type ShellState } from "@/lib/shell";

export type CodeBlock = {
  lang: string;
  /** key=value pairs and bare flags from the fence's info string (```console scenario=x static). */
  meta: Record<string, string | true>;
  /** 1-based line of the opening fence. */
  line: number;
  body: string[];
};

export type Problem = { line: number; message: string };

/** Splits an MDX/Markdown source into fenced code blocks (with their lines) and everything else. */
export function splitSource(source: string): { blocks: CodeBlock[]; prose: Array<{ line: number; text: string }> } {
  const lines = source.split("\n");
  const blocks: CodeBlock[] = [];
  const prose: Array<{ line: number; text: string }> = [];
  let i = 0;
  // front matter is data, not prose: skip it (its `sources` URLs and objectives are checked elsewhere)
  if (lines[0] === "---") {
    i = lines.indexOf("---", 1) + 1;
  }
  for (; i < lines.length; i++) {
    const open = /^(\s*)(`{3,})([^`\s]*)\s*(.*)$/.exec(lines[i]);
    if (!open) {
      prose.push({ line: i + 1, text: lines[i] });
      continue;
    }
    const fence = open[2];
    const block: CodeBlock = { lang: open[3], meta: parseMeta(open[4]), line: i + 1, body: [] };
    for (i++; i < lines.length && !new RegExp(`^\\s*${fence}\\s*$`).test(lines[i]); i++) block.body.push(lines[i]);
    blocks.push(block);
  }
  return { blocks, prose };
}

function parseMeta(info: string): Record<string, string | true> {
  const meta: Record<string, string | true> = {};
  for (const part of info.split(/\s+/).filter(Boolean)) {
    const eq = part.indexOf("=");
    if (eq < 0) meta[part] = true;
    else meta[part.slice(0, eq)] = part.slice(eq + 1).replace(/^"(.*)"$/, "$1");
  }
  return meta;
}

/** A console block is a transcript when its first non-empty line is a `$ ` command. */
export function isTranscript(block: CodeBlock): boolean {
  return block.lang === "console" && (block.body.find((l) => l.trim() !== "") ?? "").startsWith("$ ");
}

/**
 * The scenario a block runs in: its own `scenario=` meta; else the terminal the learner has open,
 * i.e. the nearest <Scenario> above the block (else the first below); else, in a lesson with only
 * path traces, the nearest <PathTrace> above (else the first).
 */
export function scenarioFor(source: string, block: CodeBlock): string | undefined {
  if (typeof block.meta.scenario === "string") return block.meta.scenario;
  const refs = (re: RegExp) =>
    [...source.matchAll(re)].map((m) => ({ id: m[1], line: source.slice(0, m.index).split("\n").length }));
  const pick = (list: Array<{ id: string; line: number }>) => [...list].reverse().find((r) => r.line < block.line)?.id ?? list[0]?.id;
  return pick(refs(/<Scenario id="([a-z0-9-]+)"/g)) ?? pick(refs(/<PathTrace scenario="([a-z0-9-]+)"/g));
}

// ── comparison ──────────────────────────────────────────────────────────────

/** AWS resource ids: prefix-hex. Longest prefixes first so `vpce-svc-…` isn't read as `vpce-…`. */
const ID = String.raw`\bvpce-[0-9a-f]{17}-[a-z0-9]{8}\b|\b(?:vpce-svc|rtbassoc|tgw-attach|eipalloc|eipassoc|vpce|subnet|vpc|eni|rtb|sgr|sg|igw|nat|vgw|cgw|vpn|pcx|tgw|acl|pl|ami|i)-[0-9a-f]{8,17}\b`;
/** Things that differ run to run: [kind, pattern]. The kind must match; the text may not. */
const VOLATILE: Array<[string, string]> = [
  ["timestamp", String.raw`\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[+-]\d{2}:\d{2}|Z)?`],
  ["date", String.raw`(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +\d{1,2} \d{2}:\d{2}:\d{2} [A-Z]{3,4} \d{4}`],
  ["duration", String.raw`\b\d+(?:\.\d+)? ?(?:ms|msec)\b`],
  ["dig-id", String.raw`(?<=\bid: )\d+`],
  ["handshake", String.raw`\b\d+ (?:seconds?|minutes?) ago\b`],
];
const TOKEN = new RegExp(`(${ID})|${VOLATILE.map(([, p]) => `(${p})`).join("|")}`, "g");

type Segment = { kind: "text" | "id" | string; text: string };

function segments(line: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of line.matchAll(TOKEN)) {
    const at = m.index ?? 0;
    if (at > last) out.push({ kind: "text", text: line.slice(last, at) });
    const group = m.slice(1).findIndex((g) => g !== undefined);
    out.push({ kind: group === 0 ? "id" : VOLATILE[group - 1][0], text: m[0] });
    last = at + m[0].length;
  }
  if (last < line.length) out.push({ kind: "text", text: line.slice(last) });
  return out;
}

/** An id's kind: `vpce`, `rtb`, …; an endpoint's DNS label (`vpce-…-5n760u7a`) is its own kind. */
const idPrefix = (id: string) => (/^vpce-[0-9a-f]{17}-[a-z0-9]{8}$/.test(id) ? "vpce-dns" : id.slice(0, id.lastIndexOf("-")));

/**
 * One lesson id ↔ one terminal id, both ways, for a whole session: `vpce-0a1b…` in the lesson may
 * stand for whatever id the terminal generated, but then it stands for that one everywhere.
 */
export class IdMap {
  private lessonToSim = new Map<string, string>();
  private simToLesson = new Map<string, string>();
  bind(lessonId: string, simId: string): string | null {
    if (idPrefix(lessonId) !== idPrefix(simId)) return `${lessonId} is a ${idPrefix(lessonId)}- id, the terminal printed ${simId}`;
    const a = this.lessonToSim.get(lessonId);
    const b = this.simToLesson.get(simId);
    if (a && a !== simId) return `${lessonId} stood for ${a} earlier, the terminal now prints ${simId}`;
    if (b && b !== lessonId) return `the terminal's ${simId} was written ${b} earlier, here ${lessonId}`;
    this.lessonToSim.set(lessonId, simId);
    this.simToLesson.set(simId, lessonId);
    return null;
  }
  /** A command as the learner's terminal needs it: lesson ids bound earlier replaced by the terminal's. */
  translate(command: string): string {
    return command.replace(new RegExp(ID, "g"), (id) => this.lessonToSim.get(id) ?? id);
  }
}

/** Why `expected` (the lesson's line) does not describe `actual` (the terminal's), or null if it does. */
export function compareLine(expected: string, actual: string, ids: IdMap): string | null {
  const e = segments(expected);
  const a = segments(actual);
  const shape = (s: Segment[]) => s.map((x) => (x.kind === "text" ? x.text : `⟨${x.kind}⟩`)).join("");
  if (e.length !== a.length || shape(e) !== shape(a)) {
    // ids of different lengths shift table columns: compare with the volatile parts masked first,
    // so the message shows the real difference
    return `expected ${JSON.stringify(expected)}\n      terminal ${JSON.stringify(actual)}`;
  }
  for (let i = 0; i < e.length; i++) {
    if (e[i].kind === "id") {
      const why = ids.bind(e[i].text, a[i].text);
      if (why) return why;
    }
  }
  return null;
}

// ── running ─────────────────────────────────────────────────────────────────

export type TranscriptResult = { shell: ShellState; problems: Problem[]; commands: number; lines: number };

/**
 * Runs one transcript block in `shell` (the session carries on from earlier blocks). Each `$ `
 * line is a command; the lines up to the next `$ ` line are what it must print.
 */
export function runTranscript(block: CodeBlock, start: ShellState, ids: IdMap): TranscriptResult {
  let shell = start;
  const problems: Problem[] = [];
  let commands = 0;
  let lines = 0;
  const steps: Array<{ command: string; line: number; output: Array<{ line: number; text: string }> }> = [];
  block.body.forEach((text, k) => {
    const line = block.line + 1 + k;
    if (text.startsWith("$ ")) steps.push({ command: text.slice(2), line, output: [] });
    else if (steps.length) steps[steps.length - 1].output.push({ line, text });
    else if (text.trim()) problems.push({ line, message: "output before the first `$ ` command" });
  });
  for (const step of steps) {
    const result = run(shell, ids.translate(step.command));
    shell = result.state;
    commands++;
    lines += 1 + step.output.length;
    const printed = result.output
      .filter((c) => c.stream !== "note")
      .map((c) => c.text)
      .join("");
    const actual = printed.endsWith("\n") ? printed.slice(0, -1).split("\n") : printed === "" ? [] : printed.split("\n");
    const expected = step.output;
    // a trailing blank line in the lesson is layout, not output
    while (expected.length > actual.length && expected[expected.length - 1].text === "") expected.pop();
    const n = Math.max(expected.length, actual.length);
    for (let j = 0; j < n; j++) {
      const e = expected[j];
      const a = actual[j];
      if (e === undefined) {
        problems.push({ line: (expected[j - 1]?.line ?? step.line) + 0, message: `\`${step.command}\`: the terminal prints more: ${JSON.stringify(actual.slice(j).join("\n"))}` });
        break;
      }
      if (a === undefined) {
        problems.push({ line: e.line, message: `\`${step.command}\`: the terminal prints nothing more, the lesson shows ${JSON.stringify(e.text)}` });
        break;
      }
      const why = compareLine(e.text, a, ids);
      if (why) {
        problems.push({ line: e.line, message: `\`${step.command}\`: ${why}` });
        break;
      }
    }
  }
  return { shell, problems, commands, lines };
}
