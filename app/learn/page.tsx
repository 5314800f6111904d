import type { Metadata } from "next";
import Link from "next/link";
import { TRACKS, lessonKey } from "@/lib/content/catalog";
import { lessonExists } from "@/lib/server/lessons";
import { completedLessons } from "@/lib/server/progress";
import { currentUser } from "@/lib/server/session";

export const metadata: Metadata = { title: "Learn" };

export default async function LearnPage() {
  const user = await currentUser();
  const done = new Set(user ? (await completedLessons(user)).map((p) => p.lessonSlug) : []);
  return (
    <div className="content-width">
      <h1>The course</h1>
      <p className="lead">
        Seven tracks take you from why VPNs exist to running PrivateLink services of your own. Take them in order, or
        jump to what you need.
      </p>
      <ol className="track-list">
        {TRACKS.map((track) => {
          const completed = track.lessons.filter((l) => done.has(lessonKey(track.slug, l.slug))).length;
          return (
            <li key={track.slug} id={track.slug} className="track-card">
              <h2>
                <span className="track-number">Track {track.order}</span> {track.title}
              </h2>
              <p>{track.summary}</p>
              {user ? (
                <p className="muted">
                  {completed} of {track.lessons.length} lessons complete
                </p>
              ) : null}
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
                      {done.has(key) ? <span className="badge badge-done">done</span> : null}
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
