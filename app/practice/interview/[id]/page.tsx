import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getPromptSummary } from "@/lib/server/practice";
import { currentUser } from "@/lib/server/session";
import { PromptPractice } from "./prompt-practice";
import "../../practice.css";

export const metadata: Metadata = { title: "Interview prompt" };

export default async function PromptPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const prompt = getPromptSummary(id);
  if (!prompt) notFound();
  const user = await currentUser();
  return (
    <div className="content-width">
      <p>
        <Link href="/practice/interview">← All interview prompts</Link>
      </p>
      <p className="practice-meta">
        <span className="badge">{prompt.trackTitle}</span>
      </p>
      <h1>{prompt.prompt}</h1>
      <PromptPractice id={prompt.id} signedIn={Boolean(user)} />
    </div>
  );
}
