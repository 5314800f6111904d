import type { ComponentProps } from "react";
import { Callout } from "./callout";
import { Figure } from "./figure";
import { LabCard } from "./lab-card";
import { PathTrace } from "./path-trace";
import { Quiz } from "./quiz";
import { Scenario } from "./scenario";
import { LazyCompare, LazyEncapsulation } from "../widgets/lazy";

/**
 * The only components a lesson may use (the compiler rejects others: lib/server/mdx-compile.ts).
 * Interactive ones are client components loaded lazily so a lesson's first load stays small.
 */
export const lessonComponents = {
  Callout,
  Figure,
  Lab: LabCard,
  Scenario,
  PathTrace,
  Encapsulation: ({ protocol }: { protocol?: string }) => <LazyEncapsulation protocol={protocol} />,
  Compare: () => <LazyCompare />,
  Quiz,
  Terminal: (props: ComponentProps<"pre">) => <pre className="terminal-static" {...props} />,
};
