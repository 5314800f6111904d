import type { Metadata } from "next";
import { LazySandboxTerminal } from "./lazy";

export const metadata: Metadata = {
  title: "Playground",
  description: "A free terminal on a simulated AWS account: try the AWS CLI, dig, curl and ssh in a VPC.",
};

export default async function PlaygroundPage({ searchParams }: { searchParams: Promise<{ scenario?: string }> }) {
  const { scenario } = await searchParams;
  return (
    <div className="playground">
      <h1>Playground</h1>
      <p className="lead">
        A terminal on a simulated AWS account. It behaves like the AWS CLI v2 and the Linux tools on an Amazon Linux
        instance: break things, fix them, reset whenever you like. Nothing here touches a real AWS account.
      </p>
      <LazySandboxTerminal scenario={typeof scenario === "string" ? scenario : undefined} />
    </div>
  );
}
