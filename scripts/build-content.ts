// Compiles every lesson once, before `next build`, into .content/lessons.json. Pages read the
// compiled code from there, so MDX is never compiled on a request. An invalid lesson fails the
// build with its file and line.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { compileLesson, listLessonFiles, ContentError, type CompiledLesson } from "../lib/server/mdx-compile";

const root = path.resolve(import.meta.dirname, "..");

async function main() {
  const files = await listLessonFiles(root);
  const lessons: CompiledLesson[] = [];
  const failures: string[] = [];
  for (const { track, slug } of files) {
    try {
      lessons.push(await compileLesson(root, track, slug));
    } catch (error) {
      failures.push(error instanceof ContentError ? error.message : String(error));
    }
  }
  if (failures.length) {
    console.error(`content: ${failures.length} lesson(s) failed to compile:\n${failures.join("\n")}`);
    process.exit(1);
  }
  await mkdir(path.join(root, ".content"), { recursive: true });
  await writeFile(path.join(root, ".content", "lessons.json"), JSON.stringify(lessons));
  console.log(`content: compiled ${lessons.length} lesson(s)`);
}

void main();
