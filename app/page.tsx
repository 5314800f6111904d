import Link from "next/link";
import { FIRST_LESSON, TRACKS } from "@/lib/content/catalog";
import { ContinueLink } from "./_components/local-progress";

export default function LandingPage() {
  return (
    <>
      <section className="hero">
        <h1>Learn private cloud networking by doing it.</h1>
        <p className="lead">
          Pathwise teaches VPN tunnels, AWS VPC endpoints and PrivateLink with a simulated AWS account you can break
          and fix. Type real AWS CLI commands, watch a packet&apos;s path hop by hop, and see exactly which route,
          security group or policy let it through — or stopped it.
        </p>
        <p className="hero-actions">
          <Link className="button button-large" href={`/learn/${FIRST_LESSON.track}/${FIRST_LESSON.lesson}`}>
            Start the first lesson
          </Link>
          <Link className="button button-large button-quiet" href="/learn">
            See the course
          </Link>
        </p>
        <ContinueLink />
        <p className="muted">No account needed to start. Sign up later and your progress comes with you.</p>
      </section>

      <section aria-labelledby="how" className="features">
        <h2 id="how">How you learn here</h2>
        <ul className="feature-grid">
          <li>
            <h3>See it, then read it</h3>
            <p>Every lesson opens with something to try: a live scenario, a packet to wrap, a path to trace.</p>
          </li>
          <li>
            <h3>A terminal that behaves</h3>
            <p>
              From a private subnet, <code>aws s3 ls</code> times out. Add a gateway endpoint to the right route table
              and it lists your buckets — just like on a real instance.
            </p>
          </li>
          <li>
            <h3>Every packet explained</h3>
            <p>
              The path trace names the DNS answer, route, endpoint and policy that decided each hop, so you learn why,
              not only what.
            </p>
          </li>
          <li>
            <h3>Ready for the exam and the interview</h3>
            <p>Graded quizzes, timed practice exams and spaced review, with a scenario behind every answer.</p>
          </li>
        </ul>
      </section>

      <section aria-labelledby="tracks" className="features">
        <h2 id="tracks">Seven tracks, twenty-one lessons</h2>
        <ol className="track-strip">
          {TRACKS.map((track) => (
            <li key={track.slug}>
              <Link href={`/learn#${track.slug}`}>{track.title}</Link>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
