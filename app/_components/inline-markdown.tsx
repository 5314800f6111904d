import { Fragment } from "react";

/** Renders the tiny Markdown subset used in lab stories and hints: paragraphs, `code`, **bold**. */
export function InlineMarkdown({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n{2,}/).map((para, i) => (
        <p key={i}>
          {para.split(/(`[^`]+`|\*\*[^*]+\*\*)/g).map((part, j) =>
            part.startsWith("`") && part.endsWith("`") && part.length > 1 ? (
              <code key={j}>{part.slice(1, -1)}</code>
            ) : part.startsWith("**") && part.endsWith("**") && part.length > 3 ? (
              <strong key={j}>{part.slice(2, -2)}</strong>
            ) : (
              <Fragment key={j}>{part}</Fragment>
            ),
          )}
        </p>
      ))}
    </>
  );
}
