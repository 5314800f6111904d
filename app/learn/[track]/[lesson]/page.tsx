import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { createElement } from "react";
import { TRACKS, lessonKey } from "@/lib/content/catalog";
import { courseOrder, getLesson, lessonBody } from "@/lib/server/lessons";
import { completedLessons } from "@/lib/server/progress";
import { currentUser } from "@/lib/server/session";
import { lessonComponents } from "@/app/_components/mdx/registry";
import { LessonMark, RememberVisit } from "@/app/_components/local-progress";

type Params = { track: string; lesson: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { track, lesson } = await params;
  const found = getLesson(track, lesson);
  return found ? { title: found.frontmatter.title, description: found.frontmatter.summary } : {};
}

export default async function LessonPage({ params }: { params: Promise<Params> }) {
  const { track, lesson } = await params;
  const compiled = getLesson(track, lesson);
  const trackInfo = TRACKS.find((t) => t.slug === track);
  if (!compiled || !trackInfo) notFound();

  const user = await currentUser();
  const done = new Set(user ? (await completedLessons(user)).map((p) => p.lessonSlug) : []);
  const order = courseOrder();
  const index = order.findIndex((l) => l.track === track && l.slug === lesson);
  const prev = order.slice(0, index).reverse().find((l) => l.available);
  const next = order.slice(index + 1).find((l) => l.available);
  const fm = compiled.frontmatter;

  return (
    <div className="lesson-layout">
      <nav className="lesson-sidebar" aria-label={`${trackInfo.title} lessons`}>
        <p className="track-number">Track {trackInfo.order}</p>
        <p className="lesson-sidebar-title">{trackInfo.title}</p>
        <ol>
          {trackInfo.lessons.map((l) => {
            const current = l.slug === lesson;
            const key = lessonKey(track, l.slug);
            return (
              <li key={l.slug}>
                <Link href={`/learn/${key}`} aria-current={current ? "page" : undefined}>
                  {l.title}
                </Link>
                <LessonMark lessonKey={key} signedIn={Boolean(user)} done={done.has(key)} />
              </li>
            );
          })}
        </ol>
      </nav>
      <RememberVisit href={`/learn/${track}/${lesson}`} title={fm.title} kind="lesson" />
      <article className="lesson">
        <header className="lesson-header">
          <p className="eyebrow">
            Lesson {fm.order} · {fm.minutes} min
          </p>
          <h1>{fm.title}</h1>
          <p className="lead">{fm.summary}</p>
          <details className="objectives" open>
            <summary>What you will be able to do</summary>
            <ul>
              {fm.objectives.map((o) => (
                <li key={o}>{o}</li>
              ))}
            </ul>
          </details>
        </header>
        <div className="prose">
          {createElement(lessonBody(compiled), { components: lessonComponents })}
        </div>
        <footer className="lesson-footer">
          <h2 id="sources">Sources</h2>
          <ul>
            {fm.sources.map((s) => (
              <li key={s.url}>
                <a href={s.url} rel="noreferrer">
                  {s.title}
                </a>
              </li>
            ))}
          </ul>
          <nav className="prev-next" aria-label="Lesson navigation">
            {prev ? (
              <Link href={prev.href} rel="prev">
                ← {prev.title}
              </Link>
            ) : (
              <span />
            )}
            {next ? (
              <Link href={next.href} rel="next">
                {next.title} →
              </Link>
            ) : null}
          </nav>
        </footer>
      </article>
    </div>
  );
}
