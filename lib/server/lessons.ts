import "server-only";
import type { ComponentType } from "react";
import { getMDXComponent } from "mdx-bundler/client";
import { readFileSync } from "node:fs";
import path from "node:path";
import { TRACKS, lessonKey } from "@/lib/content/catalog";
import type { CompiledLesson } from "./mdx-compile";

let compiled: Map<string, CompiledLesson> | undefined;

/** Lessons compiled at build time by scripts/build-content.ts, read once per server process. */
function lessons(): Map<string, CompiledLesson> {
  if (compiled) return compiled;
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), ".content", "lessons.json");
  let list: CompiledLesson[] = [];
  try {
    list = JSON.parse(readFileSync(file, "utf8")) as CompiledLesson[];
  } catch {
    console.warn("[pathwise] .content/lessons.json is missing: run `npm run build` (or `npm run content`).");
  }
  compiled = new Map(list.map((l) => [lessonKey(l.track, l.slug), l]));
  return compiled;
}

export function getLesson(track: string, slug: string): CompiledLesson | undefined {
  return lessons().get(lessonKey(track, slug));
}

export function lessonExists(track: string, slug: string): boolean {
  return lessons().has(lessonKey(track, slug));
}

export type LessonNavItem = { track: string; slug: string; title: string; href: string; available: boolean };

/** Course order across tracks, for prev/next links. */
export function courseOrder(): LessonNavItem[] {
  return TRACKS.flatMap((t) =>
    t.lessons.map((l) => ({
      track: t.slug,
      slug: l.slug,
      title: l.title,
      href: `/learn/${t.slug}/${l.slug}`,
      available: lessonExists(t.slug, l.slug),
    })),
  );
}

type MdxBody = ComponentType<{ components?: Record<string, unknown> }>;
const bodies = new Map<string, MdxBody>();

/** The lesson's compiled MDX as a component, evaluated once per process on the server. */
export function lessonBody(lesson: CompiledLesson): MdxBody {
  const key = lessonKey(lesson.track, lesson.slug);
  let body = bodies.get(key);
  if (!body) {
    body = getMDXComponent(lesson.code) as MdxBody;
    bodies.set(key, body);
  }
  return body;
}
