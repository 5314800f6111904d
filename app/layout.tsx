import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { currentUser } from "@/lib/server/session";
import { OfflinePages } from "./_components/offline-pages";
import { SignOutButton } from "./_components/sign-out-button";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Pathwise — learn private cloud networking by doing it", template: "%s · Pathwise" },
  description:
    "Interactive lessons and labs on VPN tunnels, AWS VPC endpoints and PrivateLink, with a simulated AWS account, a real-feeling terminal and a path trace for every packet.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, colorScheme: "light dark" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <nav aria-label="Main" className="site-nav">
            <Link href="/" className="brand">
              <span aria-hidden="true" className="brand-mark">
                ⇢
              </span>
              Pathwise
            </Link>
            <Link href="/learn">Learn</Link>
            <Link href="/labs">Labs</Link>
            <Link href="/playground">Playground</Link>
            <Link href="/practice">Practice</Link>
            {user ? <Link href="/progress">Progress</Link> : null}
            {user ? <Link href="/classes">Classes</Link> : null}
            <span className="nav-spacer" />
            {user ? (
              <>
                <Link href="/account" className="nav-user" data-testid="nav-user">
                  {user.name}
                </Link>
                <SignOutButton />
              </>
            ) : (
              <>
                <Link href="/sign-in">Sign in</Link>
                <Link href="/sign-up" className="button button-small">
                  Sign up
                </Link>
              </>
            )}
          </nav>
        </header>
        <main id="main">{children}</main>
        <OfflinePages />
        <footer className="site-footer">
          <p>
            Pathwise simulates AWS networking for learning. It is not affiliated with Amazon Web Services; AWS names are
            trademarks of Amazon.com, Inc.
          </p>
        </footer>
      </body>
    </html>
  );
}
