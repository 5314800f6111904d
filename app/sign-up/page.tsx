import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { currentUser } from "@/lib/server/session";
import { AuthForm } from "../_components/auth-form";

export const metadata: Metadata = { title: "Create your account" };

export default async function Page() {
  if (await currentUser()) redirect("/account");
  return (
    <div className="narrow">
      <h1>Create your account</h1>
      <p className="lead">Save your progress across devices, join a class and track your exam prep. Anything you did as a guest in this browser comes with you.</p>
      <Suspense>
        <AuthForm mode="sign-up" />
      </Suspense>
    </div>
  );
}
