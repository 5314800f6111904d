import "server-only";
import { LABS, labById } from "@/content/labs";
import { LAB_SECRETS } from "@/content/labs/secrets";
import { breakAndFixFault, labPublicMeta, replayLab, type LabDefinition, type LabPublicMeta } from "@/lib/content/lab";
import type { LabCheckBody, LabCheckResponse, LabSessionBody, LabSessionState } from "@/lib/content/lab-api";
import { randomUUID } from "node:crypto";
import { db } from "./db";
import { groupCommit } from "./group-commit";
import { AppError } from "./errors";
import { guestOf, type LabActor } from "./guest";
import type { CurrentUser } from "./session";

export function getLab(id: string): LabDefinition {
  const lab = labById(id);
  if (!lab) throw new AppError("NOT_FOUND", `There is no lab "${id}".`);
  return lab;
}

export function listLabs(): LabPublicMeta[] {
  return LABS.map(labPublicMeta);
}

export type LabStatus = "not-started" | "in-progress" | "done";

/** Each lab's status for the learner: done once a check passed, in progress once they typed. */
export async function labStatuses(actor: CurrentUser | null): Promise<Map<string, LabStatus>> {
  const out = new Map<string, LabStatus>();
  if (!actor) return out;
  const [sessions, passed] = await Promise.all([
    db.labSession.findMany({ where: { userId: actor.id }, select: { labId: true, commands: true } }),
    db.labAttempt.findMany({ where: { userId: actor.id, passed: true }, select: { labId: true }, distinct: ["labId"] }),
  ]);
  for (const s of sessions) if (s.commands !== "[]") out.set(s.labId, "in-progress");
  for (const p of passed) out.set(p.labId, "done");
  return out;
}

/**
 * "Check": replays the learner's commands from the lab's start with the same lib/shell + lib/sim
 * the browser runs, evaluates the goals and stores the attempt. The browser's verdict is never used.
 */
export async function checkLab(actor: CurrentUser | null, labId: string, body: LabCheckBody): Promise<LabCheckResponse> {
  const lab = getLab(labId);
  const replay = replayLab(lab, body.commands, { seed: body.seed });
  if (replay.error) throw new AppError("BAD_REQUEST", `Cannot replay these commands: ${replay.error.message}.`);
  const goals = replay.goals.map((g) => ({ id: g.id, title: g.title, done: g.done, ...(g.code ? { code: g.code } : {}), ...(g.detail ? { detail: g.detail } : {}) }));
  const passed = goals.every((g) => g.done);
  if (!actor) return { passed, goals, stored: false };

  // Time on task and help used come from what the server recorded, never from the browser.
  const session = await recordLabEvent(actor.id, labId, {}, { seed: body.seed, commands: body.commands });
  const attemptId = randomUUID();
  await storeLabAttempt({
    id: attemptId,
    userId: actor.id,
    labId,
    seed: body.seed,
    commands: JSON.stringify(body.commands),
    goals: JSON.stringify(goals.map(({ id, done, code }) => ({ id, done, ...(code ? { code } : {}) }))),
    passed,
    goalsDone: goals.filter((g) => g.done).length,
    goalsTotal: goals.length,
    hintsUsed: session.hintsRevealed,
    solutionRevealed: session.solutionRevealed,
    timeSpentSec: session.activeSec,
    createdAt: new Date(),
  });
  return { passed, goals, stored: true, attemptId };
}

type LabAttemptRow = {
  id: string;
  userId: string;
  labId: string;
  seed: number;
  commands: string;
  goals: string;
  passed: boolean;
  goalsDone: number;
  goalsTotal: number;
  hintsUsed: number;
  solutionRevealed: boolean;
  timeSpentSec: number;
  createdAt: Date;
};
// Checks are stored by group commit, like quiz attempts (group-commit.ts).
const storeLabAttempt = groupCommit<LabAttemptRow>("LabAttempt", [
  "id", "userId", "labId", "seed", "commands", "goals", "passed", "goalsDone", "goalsTotal", "hintsUsed", "solutionRevealed", "timeSpentSec", "createdAt",
]);

/** The learner's in-progress state for a lab, if any. */
export async function getLabSession(actor: CurrentUser | null, labId: string) {
  if (!actor) return null;
  getLab(labId);
  const s = await db.labSession.findUnique({ where: { userId_labId: { userId: actor.id, labId } } });
  if (!s) return null;
  return { version: s.version, seed: s.seed, commands: JSON.parse(s.commands) as string[], hintsRevealed: s.hintsRevealed, solutionRevealed: s.solutionRevealed };
}

function requireUser(actor: CurrentUser | null): CurrentUser {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in to keep lab progress on the server.");
  return actor;
}

/** Longest gap between two events of a lab session that still counts as time on task. */
export const MAX_EVENT_GAP_SEC = 5 * 60;

type LabSessionRow = { hintsRevealed: number; solutionRevealed: boolean; activeSec: number };

/**
 * Records one event of a learner's lab session (a save, a hint, the solution, a check) and returns
 * the session as it now stands. Time on task grows by the gap since the previous event, up to
 * MAX_EVENT_GAP_SEC, so it is measured by the server and an idle tab adds nothing.
 */
async function recordLabEvent(
  userId: string,
  labId: string,
  change: { seed?: number; commands?: string[]; hintsRevealed?: number; solutionRevealed?: boolean },
  /** what a session created by this event starts with, when `change` doesn't say */
  initial: { seed: number; commands: string[] } = { seed: 0, commands: [] },
  now = new Date(),
): Promise<LabSessionRow> {
  const where = { userId_labId: { userId, labId } };
  const existing = await db.labSession.findUnique({ where });
  const fields = {
    ...(change.seed !== undefined ? { seed: change.seed } : {}),
    ...(change.commands ? { commands: JSON.stringify(change.commands) } : {}),
    ...(change.solutionRevealed ? { solutionRevealed: true } : {}),
  };
  if (!existing) {
    try {
      return await db.labSession.create({
        data: { userId, labId, seed: change.seed ?? initial.seed, commands: JSON.stringify(change.commands ?? initial.commands), hintsRevealed: change.hintsRevealed ?? 0, solutionRevealed: change.solutionRevealed ?? false, lastEventAt: now, activeSec: 0 },
      });
    } catch (error) {
      if ((error as { code?: unknown }).code !== "P2002") throw error;
      return recordLabEvent(userId, labId, change, initial, now); // created by a concurrent request: update it
    }
  }
  const gap = Math.max(0, Math.round((now.getTime() - existing.lastEventAt.getTime()) / 1000));
  return db.labSession.update({
    where,
    data: {
      ...fields,
      ...(change.hintsRevealed !== undefined ? { hintsRevealed: Math.max(existing.hintsRevealed, change.hintsRevealed) } : {}),
      activeSec: existing.activeSec + Math.min(gap, MAX_EVENT_GAP_SEC),
      lastEventAt: now,
    },
  });
}

/**
 * Saves a learner's transcript on top of version `body.base` of their session. A save whose base
 * is not the current version — a second tab that hasn't seen the first one's commands, a request
 * delivered out of order — is refused with 409 and the current session in `details`, never
 * applied; the compare-and-set is one conditional UPDATE, so two concurrent saves can't both win.
 * A save of exactly what is stored (a retry whose reply was lost) is acknowledged without change.
 */
export async function saveLabSession(actor: CurrentUser | null, labId: string, body: LabSessionBody): Promise<{ saved: number; version: number }> {
  const user = requireUser(actor);
  getLab(labId);
  const where = { userId_labId: { userId: user.id, labId } };
  const commands = JSON.stringify(body.commands);
  const now = new Date();
  const existing = await db.labSession.findUnique({ where });
  if (existing && existing.seed === body.seed && existing.commands === commands) return { saved: body.commands.length, version: existing.version };
  if (!existing) {
    if (body.base !== 0) throw sessionConflict(null);
    try {
      const created = await db.labSession.create({ data: { userId: user.id, labId, seed: body.seed, commands, version: 1, lastEventAt: now, activeSec: 0 } });
      return { saved: body.commands.length, version: created.version };
    } catch (error) {
      if ((error as { code?: unknown }).code !== "P2002") throw error;
      return saveLabSession(actor, labId, body); // a concurrent save created it: compare with that one
    }
  }
  if (body.base !== existing.version) throw sessionConflict(existing);
  const gap = Math.max(0, Math.round((now.getTime() - existing.lastEventAt.getTime()) / 1000));
  try {
    // One conditional UPDATE (the version in the WHERE clause): of two racing saves only one matches.
    await db.labSession.update({
      where: { userId_labId: { userId: user.id, labId }, version: body.base },
      data: { seed: body.seed, commands, version: body.base + 1, activeSec: { increment: Math.min(gap, MAX_EVENT_GAP_SEC) }, lastEventAt: now },
    });
  } catch (error) {
    if ((error as { code?: unknown }).code !== "P2025") throw error;
    return saveLabSession(actor, labId, body); // another save won the race: compare with it
  }
  return { saved: body.commands.length, version: body.base + 1 };
}

function sessionConflict(current: { version: number; seed: number; commands: string } | null): AppError {
  const state: LabSessionState = current
    ? { version: current.version, seed: current.seed, commands: JSON.parse(current.commands) as string[] }
    : { version: 0, seed: 0, commands: [] };
  return new AppError(
    "CONFLICT",
    `This lab was saved from another tab or device since this page last saved (${state.commands.length} command${state.commands.length === 1 ? "" : "s"} there).`,
    { details: state },
  );
}

/** Who is asking for help: a signed-in learner, or a guest known by the guest cookie (guest.ts). */
export function labActor(user: CurrentUser | null, request: Request): LabActor {
  return user ? { kind: "user", userId: user.id } : { kind: "guest", ...guestOf(request) };
}

async function recordHelp(actor: LabActor, labId: string, help: { hintsRevealed?: number; solutionRevealed?: boolean; seed?: number }): Promise<void> {
  if (actor.kind === "user") {
    await recordLabEvent(actor.userId, labId, help);
    return;
  }
  const where = { guestId_labId: { guestId: actor.guestId, labId } };
  const existing = await db.guestLabUse.findUnique({ where });
  const hintsRevealed = Math.max(existing?.hintsRevealed ?? 0, help.hintsRevealed ?? 0);
  const solutionRevealed = Boolean(existing?.solutionRevealed || help.solutionRevealed);
  await db.guestLabUse.upsert({ where, create: { guestId: actor.guestId, labId, hintsRevealed, solutionRevealed }, update: { hintsRevealed, solutionRevealed } });
}

/**
 * Reveals hint `index` (hints come one at a time). Every reveal is recorded on the server — for a
 * guest under the guest cookie, merged into the account at sign-up — so the gradebook's "hints
 * used" does not depend on the browser telling the truth.
 */
export async function revealHint(actor: LabActor, labId: string, index: number): Promise<{ hint: string; index: number; total: number }> {
  getLab(labId);
  const hints = LAB_SECRETS[labId]?.hints ?? [];
  if (index >= hints.length) throw new AppError("NOT_FOUND", `This lab has ${hints.length} hints.`);
  await recordHelp(actor, labId, { hintsRevealed: index + 1 });
  return { hint: hints[index], index, total: hints.length };
}

/** Reveals the reference solution (for break-and-fix: the fix for this seed's fault); recorded like hints. */
export async function revealSolution(actor: LabActor, labId: string, seed: number): Promise<{ commands: string[] }> {
  getLab(labId);
  const secrets = LAB_SECRETS[labId];
  if (!secrets) throw new AppError("NOT_FOUND", "This lab has no published solution.");
  let commands = secrets.solution;
  if (secrets.faults?.length) {
    commands = secrets.faults.find((f) => f.id === breakAndFixFault(seed))?.solution ?? commands;
  }
  await recordHelp(actor, labId, { solutionRevealed: true });
  return { commands };
}

/** Lab hints are public only once asked for; the count is safe to show. */
export function hintCount(labId: string): number {
  return LAB_SECRETS[labId]?.hints.length ?? 0;
}
