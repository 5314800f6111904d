import type { Metadata } from "next";
import { LocalTime } from "@/app/_components/local-time";
import { ChangeNameForm, ChangePasswordForm } from "./account-forms";
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
      <ChangeNameForm name={user.name} />
      <ChangePasswordForm />
      <section aria-labelledby="my-data">
        <h2 id="my-data">Your data</h2>
        <p>
          Everything Pathwise keeps about you — lessons, quiz and lab attempts, lab sessions, practice, classes — as one
          JSON file. No password or session secret is in it.
        </p>
        <p>
          <a className="button button-quiet" href="/api/account/export" download>
            Download my data
          </a>
        </p>
      </section>
    </div>
  );
}
