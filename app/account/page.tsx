import type { Metadata } from "next";
import { LocalTime } from "@/app/_components/local-time";
import { redirect } from "next/navigation";
import { TRACKS } from "@/lib/content/catalog";
import { completedLessons } from "@/lib/server/progress";
import { currentUser } from "@/lib/server/session";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await currentUser();
  if (!user) redirect("/sign-in?next=/account");
  const done = await completedLessons(user);
  const total = TRACKS.reduce((n, t) => n + t.lessons.length, 0);
  return (
    <div className="narrow">
      <h1>Your account</h1>
      <dl className="facts">
        <dt>Name</dt>
        <dd data-testid="account-name">{user.name}</dd>
        <dt>Email</dt>
        <dd>{user.email}</dd>
        <dt>Member since</dt>
        <dd>
          <LocalTime iso={user.createdAt.toISOString()} dateOnly />
        </dd>
        <dt>Lessons completed</dt>
        <dd data-testid="lessons-completed">
          {done.length} of {total}
        </dd>
      </dl>
    </div>
  );
}
