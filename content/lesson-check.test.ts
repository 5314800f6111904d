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
import { IdMap, isTranscript, runTranscript, scenarioFor, splitSource, type CodeBlock } from "@/lib/content/transcript";
import { checkClaims, checkFacts, mergeFacts, worldFacts } from "@/lib/content/facts";
import { LessonFrontMatterSchema } from "@/lib/content/lesson";
import { LABS } from "@/content/labs";
import { LAB_SECRETS } from "@/content/labs/secrets";
import { startShell } from "@/lib/content/lab";
import matter from "gray-matter";
import { createShell, run, type ShellState } from "@/lib/shell";

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
    totals.static += blocks.filter((b) => b.lang === "bash" && b.meta.static).length;
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
      .map((f) => splitSource(readFileSync(path.join(root, f), "utf8")).blocks.filter((b) => (b.lang === "console" || b.lang === "bash") && b.meta.static).length)
      .reduce((a, b) => a + b, 0);
    expect(count).toBeLessThanOrEqual(5);
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

// ── quoted facts and claims ─────────────────────────────────────────────────

const worldOf = (id: string) => {
  const s = scenarioById(id);
  if (!s) throw new Error(`no scenario ${id}`);
  return s.build().world;
};
/** Every name any world has: a name from another world quoted here is a drift, not a new word. */
const KNOWN = mergeFacts([...SCENARIOS.map((s) => worldFacts(s.build().world)), ...LABS.map((l) => worldFacts(l.start(1).world))]).names;

/** The scenarios a lesson's text is about: those it embeds, those its blocks name, its front matter `world`. */
function lessonWorlds(source: string, blocks: CodeBlock[], fm: { world?: string }): string[] {
  const ids = new Set<string>();
  for (const m of source.matchAll(/<(?:Scenario id|PathTrace scenario)="([a-z0-9-]+)"/g)) ids.add(m[1]);
  for (const b of blocks) if (typeof b.meta.scenario === "string") ids.add(b.meta.scenario);
  if (fm.world) ids.add(fm.world);
  return [...ids];
}

describe("quoted facts", () => {
  it.each(lessonFiles)("%s: every address, CIDR and name it quotes exists in its world, and its claims hold", (file) => {
    const source = readFileSync(path.join(root, file), "utf8");
    const fm = LessonFrontMatterSchema.parse(matter(source).data);
    const { blocks, prose: raw } = splitSource(source);
    // the registry components' own attributes (ids of scenarios, labs, quizzes) are not quoted facts
    const prose = raw.map((p) => ({ ...p, text: p.text.replace(/<(?:Scenario|PathTrace|Lab|Quiz)\b[^>]*>/g, "") }));
    const ids = lessonWorlds(source, blocks, fm);
    const worlds = ids.map(worldOf);
    const facts = mergeFacts(worlds.map(worldFacts));
    const label = ids.length ? `its world (${ids.join(", ")})` : "no world (the lesson embeds none)";
    const misses = checkFacts(prose, facts, { known: KNOWN, examples: fm.examples ?? [], worldLabel: label });
    // claims are about the terminal the learner has open: each must hold in one of the lesson's worlds
    const claimMisses = (worlds.length ? checkClaims(prose, worlds[0], { worldLabel: label }) : []).filter((m) =>
      worlds.every((w) => checkClaims(prose.filter((p) => p.line === m.line), w, { worldLabel: label }).length > 0),
    );
    for (const ex of fm.examples ?? []) if (!source.split("---").slice(2).join("---").includes(ex)) misses.push({ line: 1, message: `example ${ex} is not quoted in the lesson` });
    const problems = [...misses, ...claimMisses].map((m) => `${file}:${m.line}: ${m.message}`);
    expect(problems, problems.join("\n")).toEqual([]);
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))("scenario %s: its title and description are true of its world", (_id, s) => {
    const world = s.build().world;
    const lines = [{ line: 1, text: s.title }, { line: 2, text: s.description }];
    const misses = [...checkFacts(lines, worldFacts(world), { known: KNOWN, examples: [], worldLabel: s.id }), ...checkClaims(lines, world, { always: true, worldLabel: s.id })];
    expect(misses.map((m) => m.message)).toEqual([]);
  });

  it.each(LABS.map((l) => [l.id, l] as const))("lab %s: its story, welcome and hints are true of its start world", (_id, lab) => {
    const start = lab.start(1);
    const secrets = LAB_SECRETS[lab.id];
    const text = [lab.title, lab.summary, ...lab.story.split("\n"), ...start.welcome.split("\n"), ...(secrets?.hints ?? []), ...lab.goals.map((g) => g.title)];
    const lines = text.map((t, i) => ({ line: i + 1, text: t }));
    const facts = worldFacts(start.world);
    const misses = [...checkFacts(lines, facts, { known: KNOWN, examples: [], worldLabel: `${lab.id}'s start world` }), ...checkClaims(lines.slice(0, 2 + lab.story.split("\n").length), start.world, { always: true, worldLabel: `${lab.id}'s start world` })];
    // every complete command it quotes (no <placeholders>) is one the lab's terminal knows
    for (const [i, t] of text.entries()) {
      for (const m of t.matchAll(/`([^`]+)`/g)) {
        if (!COMMAND.test(m[1]) || /[<…$]|\.\.\./.test(m[1])) continue;
        const result = run(startShell(lab, 1), m[1]);
        const printed = result.output.map((c) => c.text).join("");
        if (result.exitCode === 127 || UNKNOWN.test(printed)) misses.push({ line: i + 1, message: `\`${m[1]}\`: ${printed.trim().split("\n")[0]}` });
      }
    }
    expect(misses.map((m) => `${lab.id} text ${m.line} (${JSON.stringify(text[m.line - 1].slice(0, 60))}…): ${m.message}`)).toEqual([]);
  });
});

// ── every command a lesson quotes is one the terminal knows ─────────────────

const COMMAND = /^(?:aws|dig|curl|nc|ping|ssh|traceroute|nslookup|host)\s/;
/** Commands quoted inline (`aws sqs list-queues`) and in ```bash blocks (with `\` continuations joined). */
function quotedCommands(source: string): Array<{ line: number; command: string }> {
  const { blocks, prose } = splitSource(source);
  const out: Array<{ line: number; command: string }> = [];
  for (const p of prose) for (const m of p.text.matchAll(/`([^`]+)`/g)) if (COMMAND.test(m[1]) && !/[<…]|\.\.\./.test(m[1])) out.push({ line: p.line, command: m[1] });
  for (const b of blocks.filter((x) => x.lang === "bash" && !x.meta.static)) {
    const joined = b.body.join("\n").replace(/\\\n\s*/g, " ").split("\n");
    joined.forEach((command, i) => {
      if (COMMAND.test(command) && !/[<…]/.test(command)) out.push({ line: b.line + 1 + i, command });
    });
  }
  return out;
}

/** What a terminal prints when it does not know a command, subcommand or option. */
const UNKNOWN = /command not found|[Ii]nvalid choice|Unknown options?:|unrecognized option|invalid option/;

describe("quoted commands", () => {
  it.each(lessonFiles)("%s: every command it quotes is one the terminal knows", (file) => {
    const source = readFileSync(path.join(root, file), "utf8");
    const fm = LessonFrontMatterSchema.parse(matter(source).data);
    const { blocks } = splitSource(source);
    const id = lessonWorlds(source, blocks, fm)[0];
    if (!id) return;
    const problems: string[] = [];
    for (const { line, command } of quotedCommands(source)) {
      const scenario = scenarioById(id);
      if (!scenario) continue;
      const result = run(startShellOn(scenario.build()), command);
      const printed = result.output.map((c) => c.text).join("");
      if (result.exitCode === 127 || UNKNOWN.test(printed)) problems.push(`${file}:${line}: \`${command}\`: ${printed.trim().split("\n")[0]}`);
    }
    expect(problems, problems.join("\n")).toEqual([]);
  });
});
