"use client";
/**
 * Client wrappers that load the interactive widgets only in the browser, after the lesson has
 * rendered, so they stay out of the lesson page's first-load JavaScript. The placeholder reserves
 * roughly the widget's height (less layout shift) and says what is loading.
 */
import dynamic from "next/dynamic";
import "./widgets.css";

function Loading({ what, kind }: { what: string; kind: "encap" | "compare" }) {
  return (
    <div className={`widget-loading widget-loading-${kind}`} role="status">
      Loading the {what}…
    </div>
  );
}

const EncapsulationWidget = dynamic(() => import("./encapsulation").then((m) => m.Encapsulation), {
  ssr: false,
  loading: () => <Loading what="packet encapsulation builder" kind="encap" />,
});

const CompareWidget = dynamic(() => import("./compare").then((m) => m.Compare), {
  ssr: false,
  loading: () => <Loading what="VPN vs endpoints chooser" kind="compare" />,
});

export function LazyEncapsulation({ protocol }: { protocol?: string }) {
  return <EncapsulationWidget protocol={protocol} />;
}

export function LazyCompare() {
  return <CompareWidget />;
}
