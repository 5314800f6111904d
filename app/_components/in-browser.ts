"use client";
import { useSyncExternalStore } from "react";

const subscribeNothing = () => () => {};

/** False while rendering on the server and hydrating, true after: for what only the browser knows (storage, time zone). */
export function useInBrowser(): boolean {
  return useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
}
