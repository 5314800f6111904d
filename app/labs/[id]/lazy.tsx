"use client";
import dynamic from "next/dynamic";
import { TerminalLoading } from "@/app/_components/terminal/terminal-loading";

export const LazyWorkspace = dynamic(() => import("./workspace"), {
  ssr: false,
  loading: () => <TerminalLoading what="Loading the lab…" />,
});
