import { z } from "zod";
import { MAX_COMMAND_LENGTH, MAX_COMMANDS } from "./lab";

/** Bodies of the lab endpoints, shared by the workspace (client) and the server. */
const Commands = z
  .array(z.string().max(MAX_COMMAND_LENGTH, `each command must be at most ${MAX_COMMAND_LENGTH} characters`))
  .max(MAX_COMMANDS, `at most ${MAX_COMMANDS} commands`);
const Seed = z.number().int().min(0).max(2 ** 31 - 1);

export const LabCheckSchema = z
  .object({
    seed: Seed,
    commands: Commands,
  })
  .strict();
export type LabCheckBody = z.infer<typeof LabCheckSchema>;

/**
 * A transcript save names the version of the saved session it builds on (`base`: 0 before the first
 * save); the server refuses a save whose base isn't the current version with 409 and the current
 * session, so two tabs or a replayed request never overwrite newer work silently.
 */
export const LabSessionSchema = z
  .object({ seed: Seed, commands: Commands, base: z.number().int().min(0).max(2 ** 31 - 1) })
  .strict();
/** The saved session a 409 reply carries in `error.details`. */
export const LabSessionStateSchema = z.object({ version: z.number().int().min(0), seed: Seed, commands: Commands });
export type LabSessionState = z.infer<typeof LabSessionStateSchema>;
export type LabSessionBody = z.infer<typeof LabSessionSchema>;

export const LabHintSchema = z.object({ index: z.number().int().min(0).max(20) }).strict();

export type LabCheckResponse = {
  passed: boolean;
  goals: Array<{ id: string; title: string; done: boolean; code?: string; detail?: string }>;
  stored: boolean;
  /** The stored attempt, for signed-in learners. */
  attemptId?: string;
};
