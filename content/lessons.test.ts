// Content tests for the curriculum (issue 5): every lesson compiles with valid front matter, uses
// only registry components with ids that exist, cites AWS documentation, and links only to pages
// and headings that exist.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { LABS } from "@/content/labs";
import { QUIZ_SOURCES } from "@/content/quizzes";
import { SCENARIOS } from "@/content/scenarios";
import { TRACKS, lessonKey } from "@/lib/content/catalog";
import { SOURCE_HOSTS } from "@/lib/content/lesson";
import { QuizSchema } from "@/lib/content/quiz";
import { compileLesson, listLessonFiles, type CompiledLesson } from "@/lib/server/mdx-compile";

const root = path.resolve(import.meta.dirname, "..");
const lessons = new Map<string, CompiledLesson>();

beforeAll(async () => {
  for (const { track, slug } of await listLessonFiles(root)) lessons.set(lessonKey(track, slug), await compileLesson(root, track, slug));
}, 120_000);

const STATIC_ROUTES = new Set(["/", "/learn", "/labs", "/playground", "/practice", "/practice/exam", "/practice/review", "/practice/interview", "/progress", "/classes", "/sign-in", "/sign-up", "/account"]);

describe("lessons", () => {
  it("exist for all 21 lessons of the catalog, and nothing else", () => {
    const catalog = TRACKS.flatMap((t) => t.lessons.map((l) => lessonKey(t.slug, l.slug)));
    expect([...lessons.keys()].sort()).toEqual([...catalog].sort());
  });

  it("have front matter that matches the catalog (title, order, track) and a 5–12 minute length", () => {
    for (const track of TRACKS) {
      track.lessons.forEach((l) => {
        const lesson = lessons.get(lessonKey(track.slug, l.slug));
        expect(lesson?.frontmatter.title, l.slug).toBe(l.title);
        expect(lesson?.frontmatter.track).toBe(track.slug);
        expect(lesson?.frontmatter.order, l.slug).toBe(Number(l.slug.slice(0, 2)));
      });
    }
  });

  it("each have at least one live element and end with their quiz", () => {
    for (const [key, lesson] of lessons) {
      const live = lesson.refs.filter((r) => ["Scenario", "PathTrace", "Lab"].includes(r.component));
      const code = readFileSync(path.join(root, "content/lessons", `${key}.mdx`), "utf8");
      const widgets = /<(Encapsulation|Compare)\b/.test(code);
      expect(live.length > 0 || widgets, `${key} has no live element`).toBe(true);
      expect(lesson.refs.some((r) => r.component === "Quiz" && r.id === lesson.frontmatter.quiz), `${key} quiz`).toBe(true);
    }
  });

  it("reference only quizzes, labs and scenarios that exist", () => {
    const quizIds = new Set(QUIZ_SOURCES.map((q) => q.id));
    const labIds = new Set(LABS.map((l) => l.id));
    const scenarioIds = new Set(SCENARIOS.map((s) => s.id));
    for (const [key, lesson] of lessons) {
      expect(quizIds.has(lesson.frontmatter.quiz), `${key}: quiz ${lesson.frontmatter.quiz}`).toBe(true);
      for (const ref of lesson.refs) {
        if (ref.component === "Quiz") expect(quizIds.has(ref.id), `${key}: <Quiz id="${ref.id}">`).toBe(true);
        if (ref.component === "Lab") expect(labIds.has(ref.id), `${key}: <Lab id="${ref.id}">`).toBe(true);
        if (ref.component === "Scenario" || ref.component === "PathTrace")
          expect(scenarioIds.has(ref.id), `${key}: <${ref.component} ${ref.id}>`).toBe(true);
      }
    }
  });

  it("cite only AWS documentation or a primary source", () => {
    for (const [key, lesson] of lessons) {
      for (const s of lesson.frontmatter.sources) expect(SOURCE_HOSTS.some((h) => s.url.startsWith(`https://${h}/`)), `${key}: ${s.url}`).toBe(true);
    }
  });

  it("link only to pages and headings that exist", () => {
    const problems: string[] = [];
    for (const [key] of lessons) {
      const source = readFileSync(path.join(root, "content/lessons", `${key}.mdx`), "utf8");
      for (const m of source.matchAll(/\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g)) {
        const href = m[1] ?? m[2];
        const [pathname, hash] = href.split("#");
        const lesson = /^\/learn\/([a-z0-9-]+)\/([a-z0-9-]+)$/.exec(pathname);
        const lab = /^\/labs\/([a-z0-9-]+)$/.exec(pathname);
        if (lesson) {
          const target = lessons.get(lessonKey(lesson[1], lesson[2]));
          if (!target) problems.push(`${key}: ${href} (no such lesson)`);
          else if (hash && !target.headings.some((h) => h.id === hash)) problems.push(`${key}: ${href} (no such heading)`);
        } else if (lab) {
          if (!LABS.some((l) => l.id === lab[1])) problems.push(`${key}: ${href} (no such lab)`);
        } else if (!STATIC_ROUTES.has(pathname || "/")) problems.push(`${key}: ${href} (unknown page)`);
      }
      for (const m of source.matchAll(/\]\(#([^)\s]+)\)/g)) {
        if (!lessons.get(key)?.headings.some((h) => h.id === m[1])) problems.push(`${key}: #${m[1]} (no such heading)`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe("quizzes", () => {
  it.each(QUIZ_SOURCES.map((q) => [q.id, q] as const))("%s is valid", (_id, quiz) => {
    expect(() => QuizSchema.parse(quiz)).not.toThrow();
  });
});

describe("the lesson compiler", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "pathwise-mdx-"));
  const write = (body: string, fm = "") => {
    mkdirSync(path.join(dir, "content/lessons/gateway-endpoints"), { recursive: true });
    const front =
      fm ||
      `---\ntitle: Test lesson\nsummary: A lesson used only by the compiler tests here.\ntrack: gateway-endpoints\norder: 9\nminutes: 6\nobjectives: [Know one thing well, Know another thing well]\nsources:\n  - title: Gateway endpoints\n    url: https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html\nquiz: 09-gateway-endpoints\n---\n`;
    writeFileSync(path.join(dir, "content/lessons/gateway-endpoints/x.mdx"), front + body);
  };

  it("rejects an unknown component with the file and line", async () => {
    write("# Hi\n\nSome text.\n\n<Marquee>no</Marquee>\n");
    await expect(compileLesson(dir, "gateway-endpoints", "x")).rejects.toThrow(/x\.mdx:\d+: unknown component <Marquee>/);
  });

  it("rejects raw HTML and imports", async () => {
    write('import X from "./x"\n\n<div>hi</div>\n');
    await expect(compileLesson(dir, "gateway-endpoints", "x")).rejects.toThrow(/import\/export statements are not allowed|<div> is not allowed/);
  });

  it("rejects invalid front matter, naming the field", async () => {
    write("Text\n", "---\ntitle: T\ntrack: nowhere\n---\n");
    await expect(compileLesson(dir, "gateway-endpoints", "x")).rejects.toThrow(/invalid front matter[\s\S]*track/);
  });

  it("highlights code blocks at build time", async () => {
    write("```bash\naws s3 ls\n```\n");
    const lesson = await compileLesson(dir, "gateway-endpoints", "x");
    expect(lesson.code).toContain("shiki");
  });
});
