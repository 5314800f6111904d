import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { currentUser } from "@/lib/server/session";
import { AuthForm } from "../_components/auth-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function Page() {
  if (await currentUser()) redirect("/account");
  return (
    <div className="narrow">
      <h1>Sign in</h1>
      <p className="lead">Welcome back. Your progress, quiz scores and labs are waiting.</p>
      <Suspense>
        <AuthForm mode="sign-in" />
      </Suspense>
    </div>
  );
}
