import type { Metadata } from "next";
import Link from "next/link";
import { TRACKS, lessonKey } from "@/lib/content/catalog";
import { getLesson, lessonExists } from "@/lib/server/lessons";
import { LessonSearch, type SearchEntry } from "./lesson-search";
import { completedLessons } from "@/lib/server/progress";
import { currentUser } from "@/lib/server/session";
import { bestQuizScores, getQuiz } from "@/lib/server/quizzes";
import { ContinueLink, LessonMark, TrackProgress } from "@/app/_components/local-progress";

export const metadata: Metadata = { title: "Learn" };

export default async function LearnPage() {
  const user = await currentUser();
  const [completions, scores] = await Promise.all([user ? completedLessons(user) : [], bestQuizScores(user)]);
  const done = new Set(completions.map((p) => p.lessonSlug));
  const index: SearchEntry[] = TRACKS.flatMap((t) =>
    t.lessons.flatMap((l) => {
      const lesson = getLesson(t.slug, l.slug);
      if (!lesson) return [];
      const headings = lesson.headings.filter((h) => h.depth >= 2).map(({ text, id }) => ({ text, id }));
      return [{ title: l.title, href: `/learn/${t.slug}/${l.slug}`, track: t.title, headings }];
    }),
  );
  return (
    <div className="content-width">
      <h1>The course</h1>
      <p className="lead">
        Seven tracks take you from why VPNs exist to running PrivateLink services of your own. Take them in order, or
        jump to what you need.
      </p>
      <ContinueLink />
      <LessonSearch entries={index} />
      <ol className="track-list">
        {TRACKS.map((track) => {
          const completed = track.lessons.filter((l) => done.has(lessonKey(track.slug, l.slug))).length;
          return (
            <li key={track.slug} id={track.slug} className="track-card">
              <h2>
                <span className="track-number">Track {track.order}</span> {track.title}
              </h2>
              <p>{track.summary}</p>
              <TrackProgress title={track.title} lessonKeys={track.lessons.map((l) => lessonKey(track.slug, l.slug))} signedIn={Boolean(user)} completed={completed} />
              <ol className="lesson-list">
                {track.lessons.map((lesson) => {
                  const key = lessonKey(track.slug, lesson.slug);
                  return (
                    <li key={lesson.slug}>
                      {lessonExists(track.slug, lesson.slug) ? (
                        <Link href={`/learn/${key}`}>{lesson.title}</Link>
                      ) : (
                        <span>
                          {lesson.title} <span className="badge">coming soon</span>
                        </span>
                      )}
                      <LessonMark lessonKey={key} quizId={getQuiz(lesson.slug) ? lesson.slug : undefined} signedIn={Boolean(user)} done={done.has(key)} score={scores.get(lesson.slug) ?? null} />
                    </li>
                  );
                })}
              </ol>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
