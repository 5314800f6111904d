import type { Metadata } from "next";
import { assignedExamInfo, bankTrackCounts } from "@/lib/server/practice";
import { StartAssigned } from "./start-assigned";
import { currentUser } from "@/lib/server/session";
import { SignInPrompt } from "../_components/sign-in-prompt";
import { ExamSetup } from "./exam-setup";
import "../practice.css";

export const metadata: Metadata = { title: "Practice exam" };

export default async function ExamSetupPage({ searchParams }: { searchParams: Promise<{ assignment?: string }> }) {
  const user = await currentUser();
  const { assignment } = await searchParams;
  if (assignment && user) {
    const info = await assignedExamInfo(user, assignment);
    return (
      <div className="content-width">
        <h1>Assigned exam</h1>
        {info ? (
          <>
            <p className="lead">
              {info.title} for {info.className}: {info.count} questions, {info.minutes} minutes. The clock starts when you
              press Start and runs on our server.
            </p>
            <StartAssigned assignmentId={info.id} label="Start the assigned exam" />
          </>
        ) : (
          <p className="lead">This assigned exam doesn&apos;t exist, or you are not in its class.</p>
        )}
      </div>
    );
  }
  return (
    <div className="content-width">
      <h1>Practice exam</h1>
      <p className="lead">
        Pick the tracks, how many questions and how long you get. The clock starts when you press Start and runs on our
        server, so a reload won&apos;t pause it.
      </p>
      {user ? (
        <ExamSetup tracks={bankTrackCounts()} />
      ) : (
        <SignInPrompt next={assignment ? `/practice/exam?assignment=${encodeURIComponent(assignment)}` : "/practice/exam"} what="take a timed practice exam" />
      )}
    </div>
  );
}
