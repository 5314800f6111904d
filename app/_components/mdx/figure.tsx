export function Figure({ caption, alt, children }: { caption?: string; alt: string; children: React.ReactNode }) {
  return (
    <figure className="lesson-figure">
      <div role="img" aria-label={alt} className="lesson-figure-art">
        {children}
      </div>
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  );
}
