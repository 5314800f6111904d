import type { Metadata } from "next";
import Link from "next/link";
import { TRACKS } from "@/lib/content/catalog";
import { labStatuses, listLabs } from "@/lib/server/labs";
import { currentUser } from "@/lib/server/session";
import { ContinueLink, LabMark } from "@/app/_components/local-progress";

export const metadata: Metadata = { title: "Labs" };

export default async function LabsPage() {
  const user = await currentUser();
  const statuses = await labStatuses(user);
  return (
    <div className="content-width">
      <h1>Labs</h1>
      <p className="lead">
        Hands-on problems in a simulated AWS account. Each lab starts broken; you fix it with the AWS CLI, and the
        server checks the outcome — any correct solution passes.
      </p>
      <ContinueLink />
      <ul className="lab-list">
        {listLabs().map((lab) => {
          const status = statuses.get(lab.id) ?? "not-started";
          return (
            <li key={lab.id} className="track-card">
              <h2>
                <Link href={`/labs/${lab.id}`}>{lab.title}</Link>
              </h2>
              <p>{lab.summary}</p>
              <p className="muted">
                {lab.difficulty} · about {lab.minutes} min · {TRACKS.find((t) => t.slug === lab.track)?.title}
                {" · "}
                <LabMark labId={lab.id} signedIn={Boolean(user)} status={status} />
              </p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
