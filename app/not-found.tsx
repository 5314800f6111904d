import Link from "next/link";

export default function NotFound() {
  return (
    <div className="narrow">
      <p className="eyebrow">404</p>
      <h1>This page took a route that doesn&apos;t exist</h1>
      <p className="lead">
        No route in our table matches that address. Check the link, or head back to somewhere we know the way to.
      </p>
      <p className="hero-actions">
        <Link className="button" href="/learn">
          Browse the course
        </Link>
        <Link className="button button-quiet" href="/">
          Home
        </Link>
      </p>
    </div>
  );
}
