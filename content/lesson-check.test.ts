// Lessons that cannot lie (issue 13). Every console transcript in a lesson runs in the lesson's live
// world and must print what the lesson prints; every address, CIDR, host and Name tag the lesson
// quotes must exist in that world with the role the text gives it; every claim about the live
// element must be true of it. Each miss names the file and line.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scenarioById, SCENARIOS } from "@/content/scenarios";
import { startShellOn } from "@/content/scenarios/shell";
import { listLessonFiles } from "@/lib/server/mdx-compile";
import { IdMap, isTranscript, runTranscript, scenarioFor, splitSource } from "@/lib/content/transcript";
import { createShell, type ShellState } from "@/lib/shell";

const root = path.resolve(import.meta.dirname, "..");
const lessonFiles = (await listLessonFiles(root)).map(({ track, slug }) => `content/lessons/${track}/${slug}.mdx`);

const totals = { transcripts: 0, commands: 0, lines: 0, static: 0 };
afterAll(() => {
  console.log(
    `executable lessons: ${totals.transcripts} transcripts, ${totals.commands} commands, ${totals.lines} transcript lines executed; ${totals.static} static blocks`,
  );
});

describe("executable lessons", () => {
  it.each(lessonFiles)("%s: every console transcript prints what the lesson shows", (file) => {
    const source = readFileSync(path.join(root, file), "utf8");
    const { blocks } = splitSource(source);
    const sessions = new Map<string, { shell: ShellState; ids: IdMap }>();
    const problems: string[] = [];
    for (const block of blocks.filter((b) => b.lang === "console")) {
      if (block.meta.static) {
        totals.static++;
        continue;
      }
      if (!isTranscript(block)) {
        problems.push(`${file}:${block.line}: a console block must start with a \`$ \` command (or say \`static\`)`);
        continue;
      }
      const id = scenarioFor(source, block);
      const scenario = id ? scenarioById(id) : undefined;
      if (!scenario) {
        problems.push(`${file}:${block.line}: no live world to run in (embed a <Scenario>, or give the block scenario=… or static)`);
        continue;
      }
      const host = typeof block.meta.host === "string" ? block.meta.host : undefined;
      const key = `${scenario.id}@${host ?? ""}`;
      if (block.meta.fresh) sessions.delete(key);
      let session = sessions.get(key);
      if (!session) {
        const built = scenario.build();
        const shell = host ? { ...createShell({ world: built.world, host }), history: [] } : startShellOn(built);
        session = { shell, ids: new IdMap() };
      }
      const result = runTranscript(block, session.shell, session.ids);
      sessions.set(key, { shell: result.shell, ids: session.ids });
      totals.transcripts++;
      totals.commands += result.commands;
      totals.lines += result.lines;
      for (const p of result.problems) problems.push(`${file}:${p.line}: ${p.message}`);
    }
    expect(problems, problems.join("\n")).toEqual([]);
  });

  it("keep static blocks few", () => {
    const count = lessonFiles
      .map((f) => splitSource(readFileSync(path.join(root, f), "utf8")).blocks.filter((b) => b.lang === "console" && b.meta.static).length)
      .reduce((a, b) => a + b, 0);
    expect(count).toBeLessThanOrEqual(4);
  });

  it("every scenario a block names exists", () => {
    const ids = new Set(SCENARIOS.map((s) => s.id));
    for (const f of lessonFiles) {
      for (const b of splitSource(readFileSync(path.join(root, f), "utf8")).blocks) {
        if (typeof b.meta.scenario === "string") expect(ids.has(b.meta.scenario), `${f}:${b.line}: scenario=${b.meta.scenario}`).toBe(true);
      }
    }
  });
});
