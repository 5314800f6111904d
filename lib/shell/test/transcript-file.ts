/**
 * Readable golden transcripts (`*.transcript`):
 *
 *   # comment (cite the source of the expected text here)
 *   @world lab | sandbox | privatelink | vpn
 *   @host bastion
 *   $ aws s3 ls                 ← a command line; `> ` lines continue it (here-documents)
 *   1|2026-01-05 09:00:00 x      ← an expected stdout line ("1|" alone = empty line)
 *   2|aws: [ERROR]: …           ← an expected stderr line
 *   n|connect timeout          ← a note must contain this text
 *   [exit 0]
 *
 * `{name}` anywhere is replaced by the World id with that Name tag (lib/sim idOf).
 * A step with no 1|/2| lines checks that stdout and stderr are empty.
 */
export interface TranscriptStep {
  line: string;
  stdout: string;
  stderr: string;
  notes: string[];
  exit?: number;
  lineNo: number;
}

export interface Transcript {
  world: string;
  host: string;
  steps: TranscriptStep[];
}

export function parseTranscript(text: string, subst: (name: string) => string): Transcript {
  const t: Transcript = { world: "lab", host: "bastion", steps: [] };
  let cur: (TranscriptStep & { out: string[]; err: string[] }) | null = null;
  const sub = (s: string) => s.replace(/\{([A-Za-z][\w-]*)\}/g, (_m, n: string) => subst(n));
  const finish = () => {
    if (cur) {
      t.steps.push({ line: cur.line, stdout: cur.out.map((l) => l + "\n").join(""), stderr: cur.err.map((l) => l + "\n").join(""), notes: cur.notes, exit: cur.exit, lineNo: cur.lineNo });
    }
    cur = null;
  };
  text.split("\n").forEach((raw, i) => {
    if (raw.startsWith("#") || (raw.trim() === "" && !cur)) return;
    if (raw.startsWith("@world ")) t.world = raw.slice(7).trim();
    else if (raw.startsWith("@host ")) t.host = raw.slice(6).trim();
    else if (raw.startsWith("$ ")) {
      finish();
      cur = { line: sub(raw.slice(2)), stdout: "", stderr: "", notes: [], lineNo: i + 1, out: [], err: [] };
    } else if (cur && raw.startsWith("> ")) cur.line += "\n" + sub(raw.slice(2));
    else if (cur && (raw.startsWith("1|") || raw === "1|")) cur.out.push(sub(raw.slice(2)));
    else if (cur && raw.startsWith("2|")) cur.err.push(sub(raw.slice(2)));
    else if (cur && raw.startsWith("n|")) cur.notes.push(sub(raw.slice(2)));
    else if (cur && /^\[exit \d+\]$/.test(raw.trim())) cur.exit = Number(/\d+/.exec(raw)![0]);
    else if (raw.trim() === "") return;
    else throw new Error(`transcript line ${i + 1}: cannot parse ${JSON.stringify(raw)}`);
  });
  finish();
  return t;
}
