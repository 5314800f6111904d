"use client";
import dynamic from "next/dynamic";
import { TerminalLoading } from "@/app/_components/terminal/terminal-loading";

export const LazySandboxTerminal = dynamic(() => import("./sandbox-terminal"), {
  ssr: false,
  loading: () => <TerminalLoading what="Starting the terminal…" />,
});
