// Compiles lesson MDX with mdx-bundler. Node-only (esbuild, fs); used at build time by
// scripts/build-content.ts and by the content tests — never on a request.
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { bundleMDX } from "mdx-bundler";
import { scenarioById } from "@/content/scenarios";
import { scenarioFor } from "@/lib/content/transcript";
import rehypeShiki from "@shikijs/rehype";
import remarkGfm from "remark-gfm";
import rehypeSlug from "rehype-slug";
import { visit } from "unist-util-visit";
import { LessonFrontMatterSchema, MDX_COMPONENTS, type LessonFrontMatter } from "../content/lesson";

export type CompiledLesson = {
  track: string;
  slug: string;
  frontmatter: LessonFrontMatter;
  code: string;
  headings: Array<{ depth: number; id: string; text: string }>;
  /** Ids referenced by components, for content tests (Quiz, Lab, Scenario, PathTrace). */
  refs: Array<{ component: string; id: string }>;
  words: number;
};

export class ContentError extends Error {}

const SVG_ELEMENTS = new Set([
  "svg", "g", "rect", "line", "path", "text", "tspan", "circle", "ellipse", "polygon", "polyline",
  "defs", "marker", "title", "desc", "use", "symbol", "lineargradient", "stop",
]);
const ALLOWED = new Set<string>(MDX_COMPONENTS);

type JsxNode = {
  type: string;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  position?: { start: { line: number; column: number } };
};

/** remark plugin: only registry components (and SVG inside figures) may appear in a lesson. */
function remarkComponentGuard(file: string, refs: CompiledLesson["refs"]) {
  return () => (tree: unknown) => {
    const problems: string[] = [];
    visit(tree as never, (node: JsxNode) => {
      // ESM nodes without a position are mdx-bundler's own (the front matter export).
      if (node.type === "mdxjsEsm" && node.position) {
        problems.push(`${file}:${node.position.start.line}: import/export statements are not allowed in lessons`);
        return;
      }
      if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return;
      const name = node.name ?? "";
      const line = node.position?.start.line ?? "?";
      if (name === "svg" && node.attributes) {
        // Diagrams sit inside <Figure>, whose wrapper carries the text alternative; to assistive
        // technology the drawing itself is decorative.
        node.attributes = node.attributes.filter((a) => a.name !== "role" && a.name !== "aria-hidden");
        node.attributes.push({ type: "mdxJsxAttribute", name: "aria-hidden", value: "true" });
      }
      if (/^[a-z]/.test(name)) {
        if (!SVG_ELEMENTS.has(name.toLowerCase())) {
          problems.push(`${file}:${line}: <${name}> is not allowed; use Markdown or a registry component`);
        }
        return;
      }
      if (!ALLOWED.has(name)) {
        problems.push(`${file}:${line}: unknown component <${name}>; allowed: ${MDX_COMPONENTS.join(", ")}`);
        return;
      }
      const idAttr = node.attributes?.find((a) => a.type === "mdxJsxAttribute" && (a.name === "id" || a.name === "scenario"));
      if (idAttr && typeof idAttr.value === "string") refs.push({ component: name, id: idAttr.value });
    });
    if (problems.length) throw new ContentError(problems.join("\n"));
  };
}

function remarkCollectHeadings(headings: CompiledLesson["headings"], counter: { words: number }) {
  return () => (tree: unknown) => {
    visit(tree as never, (node: { type: string; depth?: number; children?: unknown[]; value?: string }) => {
      if (node.type === "text" && typeof node.value === "string") counter.words += node.value.split(/\s+/).filter(Boolean).length;
      if (node.type !== "heading" || !node.depth || node.depth > 3) return;
      let text = "";
      visit(node as never, (child: { type: string; value?: string }) => {
        if ((child.type === "text" || child.type === "inlineCode") && child.value) text += child.value;
      });
      headings.push({ depth: node.depth, id: slugify(text), text });
    });
  };
}

/** Same algorithm as rehype-slug (github-slugger) for the plain-text headings lessons use. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/**
 * Says so above a console block that is not this lesson's terminal: a `static` illustration, or a
 * transcript that runs in another scenario's world (`scenario=`), so a learner who copies from it
 * knows which terminal it belongs to. The content tests run every other console block in the
 * terminal the lesson embeds.
 */
function remarkTranscriptNotes(source: string) {
  return () => (tree: unknown) => {
    visit(tree as never, "code", (node: { lang?: string; meta?: string; position?: { start: { line: number } } }, index?: number, parent?: { children: unknown[] }) => {
      if ((node.lang !== "console" && node.lang !== "bash") || !parent || index === undefined) return;
      const meta = node.meta ?? "";
      if (node.lang === "bash" && !/(?:^|\s)static(?:\s|$)/.test(meta)) return;
      const line = node.position?.start.line ?? 0;
      const other = /(?:^|\s)scenario=([a-z0-9-]+)/.exec(meta)?.[1];
      const here = scenarioFor(source, { lang: "console", meta: {}, line, body: [] });
      const note = /(?:^|\s)static(?:\s|$)/.test(meta)
        ? node.lang === "bash"
          ? "The simulated terminal does not run this command; try it on a real account."
          : "An illustration: this output does not come from the lesson's live world."
        : other && other !== here
          ? `Runs in another live world: “${scenarioById(other)?.title ?? other}”, not the terminal above.`
          : null;
      if (!note) return;
      parent.children.splice(index, 0, {
        type: "paragraph",
        data: { hProperties: { className: ["transcript-note"] } },
        children: [{ type: "text", value: note }],
      });
      return index + 2;
    });
  };
}

export async function compileLesson(root: string, track: string, slug: string): Promise<CompiledLesson> {
  const file = path.join("content", "lessons", track, `${slug}.mdx`);
  const source = await readFile(path.join(root, file), "utf8");
  const headings: CompiledLesson["headings"] = [];
  const refs: CompiledLesson["refs"] = [];
  const counter = { words: 0 };
  let result;
  try {
    result = await bundleMDX({
      source,
      cwd: path.join(root, "content", "lessons", track),
      // Errors are reported once, by us, with the file and line; esbuild's own console dump is noise.
      esbuildOptions(options) {
        options.logLevel = "silent";
        return options;
      },
      mdxOptions(options) {
        options.remarkPlugins = [
          ...(options.remarkPlugins ?? []),
          remarkGfm,
          remarkComponentGuard(file, refs),
          remarkCollectHeadings(headings, counter),
          remarkTranscriptNotes(source),
        ];
        options.rehypePlugins = [
          ...(options.rehypePlugins ?? []),
          rehypeSlug,
          [rehypeShiki, { themes: { light: "github-light", dark: "github-dark" }, defaultColor: false }],
        ];
        return options;
      },
    });
  } catch (error) {
    if (error instanceof ContentError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new ContentError(`${file}: ${message}`);
  }
  const fm = LessonFrontMatterSchema.safeParse(result.frontmatter);
  if (!fm.success) {
    const lines = fm.error.issues.map((i) => `  ${i.path.join(".") || "front matter"}: ${i.message}`);
    throw new ContentError(`${file}: invalid front matter\n${lines.join("\n")}`);
  }
  if (fm.data.track !== track) throw new ContentError(`${file}: front matter track "${fm.data.track}" does not match its folder`);
  return { track, slug, frontmatter: fm.data, code: result.code, headings, refs, words: counter.words };
}

export async function listLessonFiles(root: string): Promise<Array<{ track: string; slug: string }>> {
  const dir = path.join(root, "content", "lessons");
  const out: Array<{ track: string; slug: string }> = [];
  for (const track of await readdir(dir).catch(() => [] as string[])) {
    for (const file of await readdir(path.join(dir, track)).catch(() => [] as string[])) {
      if (file.endsWith(".mdx")) out.push({ track, slug: file.slice(0, -4) });
    }
  }
  return out.sort((a, b) => `${a.track}/${a.slug}`.localeCompare(`${b.track}/${b.slug}`));
}
