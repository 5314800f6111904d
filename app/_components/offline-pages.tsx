"use client";
import { useEffect } from "react";

/** Registers public/sw.js (production only), which lets an opened lab or lesson reload offline. */
export function OfflinePages() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register("/sw.js").catch(() => undefined);
  }, []);
  return null;
}

/** Drops the pages kept for offline use (they show who was signed in): called at sign-in and sign-out. */
export function forgetOfflinePages(): void {
  try {
    navigator.serviceWorker?.controller?.postMessage("forget-pages");
  } catch {
    // no service worker: nothing kept
  }
}
