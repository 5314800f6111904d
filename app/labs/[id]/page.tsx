import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TRACKS } from "@/lib/content/catalog";
import { getLabSession, hintCount, listLabs } from "@/lib/server/labs";
import { currentUser } from "@/lib/server/session";
import { InlineMarkdown } from "@/app/_components/inline-markdown";
import { LazyWorkspace } from "./lazy";
import { RememberVisit } from "@/app/_components/local-progress";

type Params = { id: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { id } = await params;
  const lab = listLabs().find((l) => l.id === id);
  return lab ? { title: `Lab: ${lab.title}`, description: lab.summary } : {};
}

export default async function LabPage({ params }: { params: Promise<Params> }) {
  const { id } = await params;
  const lab = listLabs().find((l) => l.id === id);
  if (!lab) notFound();
  const user = await currentUser();
  const saved = await getLabSession(user, id);
  const track = TRACKS.find((t) => t.slug === lab.track);
  return (
    <div className="lab-page">
      <p className="eyebrow">
        <Link href="/labs">Labs</Link> · {lab.difficulty} · about {lab.minutes} min{track ? ` · ${track.title}` : ""}
      </p>
      <h1>{lab.title}</h1>
      <RememberVisit href={`/labs/${lab.id}`} title={lab.title} kind="lab" />
      <details className="lab-story" open={!saved || saved.commands.length === 0}>
        <summary>The story</summary>
        <InlineMarkdown text={lab.story} />
      </details>
      <LazyWorkspace labId={lab.id} signedIn={Boolean(user)} userId={user?.id ?? null} saved={saved} hintTotal={hintCount(lab.id)} />
    </div>
  );
}
