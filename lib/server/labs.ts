import "server-only";
import { LABS, labById } from "@/content/labs";
import { LAB_SECRETS } from "@/content/labs/secrets";
import { breakAndFixFault, labPublicMeta, replayLab, type LabDefinition, type LabPublicMeta } from "@/lib/content/lab";
import type { LabCheckBody, LabCheckResponse, LabSessionBody } from "@/lib/content/lab-api";
import { randomUUID } from "node:crypto";
import { db } from "./db";
import { groupCommit } from "./group-commit";
import { AppError } from "./errors";
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

  const session = await db.labSession.findUnique({ where: { userId_labId: { userId: actor.id, labId } } });
  const elapsed = session ? Math.round((Date.now() - session.startedAt.getTime()) / 1000) : Math.round((body.elapsedMs ?? 0) / 1000);
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
    hintsUsed: session?.hintsRevealed ?? 0,
    solutionRevealed: session?.solutionRevealed ?? false,
    timeSpentSec: Math.max(0, elapsed),
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
  return { seed: s.seed, commands: JSON.parse(s.commands) as string[], hintsRevealed: s.hintsRevealed, solutionRevealed: s.solutionRevealed };
}

function requireUser(actor: CurrentUser | null): CurrentUser {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in to keep lab progress on the server.");
  return actor;
}

export async function saveLabSession(actor: CurrentUser | null, labId: string, body: LabSessionBody): Promise<void> {
  const user = requireUser(actor);
  getLab(labId);
  const commands = JSON.stringify(body.commands);
  await db.labSession.upsert({
    where: { userId_labId: { userId: user.id, labId } },
    create: { userId: user.id, labId, seed: body.seed, commands },
    update: { seed: body.seed, commands },
  });
}

/** Reveals hint `index` (hints come one at a time); recorded for signed-in learners. */
export async function revealHint(actor: CurrentUser | null, labId: string, index: number): Promise<{ hint: string; index: number; total: number }> {
  getLab(labId);
  const hints = LAB_SECRETS[labId]?.hints ?? [];
  if (index >= hints.length) throw new AppError("NOT_FOUND", `This lab has ${hints.length} hints.`);
  if (actor) {
    await db.labSession.upsert({
      where: { userId_labId: { userId: actor.id, labId } },
      create: { userId: actor.id, labId, seed: 0, commands: "[]", hintsRevealed: index + 1 },
      update: { hintsRevealed: { set: index + 1 } },
    });
  }
  return { hint: hints[index], index, total: hints.length };
}

/** Reveals the reference solution (for break-and-fix: the fix for this seed's fault); recorded. */
export async function revealSolution(actor: CurrentUser | null, labId: string, seed: number): Promise<{ commands: string[] }> {
  getLab(labId);
  const secrets = LAB_SECRETS[labId];
  if (!secrets) throw new AppError("NOT_FOUND", "This lab has no published solution.");
  let commands = secrets.solution;
  if (secrets.faults?.length) {
    commands = secrets.faults.find((f) => f.id === breakAndFixFault(seed))?.solution ?? commands;
  }
  if (actor) {
    await db.labSession.upsert({
      where: { userId_labId: { userId: actor.id, labId } },
      create: { userId: actor.id, labId, seed, commands: "[]", solutionRevealed: true },
      update: { solutionRevealed: true },
    });
  }
  return { commands };
}

/** Lab hints are public only once asked for; the count is safe to show. */
export function hintCount(labId: string): number {
  return LAB_SECRETS[labId]?.hints.length ?? 0;
}
