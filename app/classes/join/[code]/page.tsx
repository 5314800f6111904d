import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { previewJoin, type JoinPreview } from "@/lib/server/classes";
import { CLIENT_HEADER } from "@/lib/server/client";
import { AppError } from "@/lib/server/errors";
import { currentUser } from "@/lib/server/session";
import { JoinButton, JoinForm } from "../../class-forms";
import "../../classes.css";

export const metadata: Metadata = { title: "Join a class" };

export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const { code: rawCode } = await params;
  let code = rawCode;
  try {
    code = decodeURIComponent(rawCode);
  } catch {
    // keep the raw value: previewJoin rejects it with a clear message
  }
  const user = await currentUser();
  // New learners create an account first and come straight back here.
  if (!user) redirect(`/sign-up?next=${encodeURIComponent(`/classes/join/${encodeURIComponent(code)}`)}`);
  let preview: JoinPreview | null = null;
  let problem: string | null = null;
  try {
    preview = await previewJoin(user, code, (await headers()).get(CLIENT_HEADER) ?? "unknown");
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    problem = error.message;
  }
  if (!preview) {
    return (
      <div className="narrow">
        <h1>Join a class</h1>
        <p className="form-error" role="alert">
          {problem}
        </p>
        <p>Ask your instructor for the current code and enter it here:</p>
        <JoinForm />
      </div>
    );
  }
  return (
    <div className="narrow">
      <p className="eyebrow">Join a class</p>
      <h1>{preview.name}</h1>
      <p className="lead">Taught by {preview.instructorName}.</p>
      {preview.relation === "member" ? (
        <p>
          You are already in this class. <Link href={`/classes/${preview.classId}`}>Go to the class</Link>
        </p>
      ) : preview.relation === "instructor" ? (
        <p>
          You teach this class. <Link href={`/classes/${preview.classId}`}>Go to the class</Link>
        </p>
      ) : preview.relation === "removed" ? (
        <p className="form-error" role="alert">
          The instructor removed you from this class. Ask them if you should be in it.
        </p>
      ) : preview.archived ? (
        <p className="form-error" role="alert">
          This class is archived and no longer accepts learners.
        </p>
      ) : (
        <>
          <p>Joining shows you the class&apos;s assignments and shares your results on them with the instructor.</p>
          <JoinButton code={code} className={preview.name} />
        </>
      )}
    </div>
  );
}
