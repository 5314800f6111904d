/** Runs every test/transcripts/*.transcript (format: test/transcript-file.ts). */
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { idOf } from "../../sim";
import { createShell, run } from "../shell";
import { lab, privateLinkWorld, sandbox, vpnWorld } from "./worlds";
import { joinStream } from "./transcript";
import { parseTranscript } from "./transcript-file";
import type { World } from "../simport";

const dir = join(__dirname, "transcripts");
const worlds: Record<string, () => World> = { lab, sandbox, privatelink: privateLinkWorld, vpn: vpnWorld };

describe("golden transcripts", () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".transcript")).sort()) {
    it(file, () => {
      const text = readFileSync(join(dir, file), "utf8");
      const probe = parseTranscript(text, () => "");
      const world = worlds[probe.world]();
      const t = parseTranscript(text, (n) => idOf(world, n) || `{${n}}`);
      let state = createShell({ world, host: t.host });
      for (const step of t.steps) {
        const r = run(state, step.line);
        const where = `${file}:${step.lineNo} $ ${step.line}`;
        expect(joinStream(r, "stdout"), where).toBe(step.stdout);
        expect(joinStream(r, "stderr"), where).toBe(step.stderr);
        for (const n of step.notes) expect(joinStream(r, "note"), where).toContain(n);
        if (step.exit !== undefined) expect(r.exitCode, where).toBe(step.exit);
        state = r.state;
      }
    });
  }
});
