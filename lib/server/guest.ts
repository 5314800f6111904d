import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "./db";
import { env } from "./env";

/**
 * A guest's identity for what the server records before there is an account: hints and solutions
 * revealed in labs (GuestLabUse). An opaque random id in an HttpOnly cookie, set the first time a
 * guest reveals something; merged into the account when the guest signs up or signs in in the
 * same browser (auth.ts), like the rest of a guest's progress.
 */
export const GUEST_COOKIE = "pw_guest";
const ID = /^[A-Za-z0-9_-]{24}$/;

export type LabActor = { kind: "user"; userId: string } | { kind: "guest"; guestId: string; isNew: boolean };

/** The guest id in a Cookie header, if it is one this server could have issued. */
export function guestIdFromCookies(cookieHeader: string | null | undefined): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() !== GUEST_COOKIE) continue;
    const value = part.slice(eq + 1).trim();
    if (ID.test(value)) return value;
  }
  return null;
}

export function guestOf(request: Request): { guestId: string; isNew: boolean } {
  const existing = guestIdFromCookies(request.headers.get("cookie"));
  return existing ? { guestId: existing, isNew: false } : { guestId: randomBytes(18).toString("base64url"), isNew: true };
}

/** Sets the guest cookie on `response` when the id is new. */
export function withGuestCookie(response: Response, actor: LabActor): Response {
  if (actor.kind !== "guest" || !actor.isNew) return response;
  const secure = (env().PUBLIC_URL ?? "").startsWith("https://") ? "; Secure" : "";
  response.headers.append("Set-Cookie", `${GUEST_COOKIE}=${actor.guestId}; Path=/; Max-Age=${30 * 24 * 3600}; HttpOnly; SameSite=Lax${secure}`);
  return response;
}

/** Moves a guest's recorded lab use into the account (the larger hint count; a solution stays revealed). */
export async function mergeGuestLabUse(guestId: string, userId: string): Promise<number> {
  const rows = await db.guestLabUse.findMany({ where: { guestId } });
  for (const row of rows) {
    const existing = await db.labSession.findUnique({ where: { userId_labId: { userId, labId: row.labId } } });
    if (existing) {
      await db.labSession.update({
        where: { id: existing.id },
        data: { hintsRevealed: Math.max(existing.hintsRevealed, row.hintsRevealed), solutionRevealed: existing.solutionRevealed || row.solutionRevealed },
      });
    } else {
      await db.labSession.create({ data: { userId, labId: row.labId, seed: 0, commands: "[]", hintsRevealed: row.hintsRevealed, solutionRevealed: row.solutionRevealed } });
    }
  }
  await db.guestLabUse.deleteMany({ where: { guestId } });
  return rows.length;
}
