// Types for scripts/server-lock.mjs.
export type LockHolder = { pid: number; port: string };
export function lockPathFor(databaseUrl: string, root: string): string;
export function lockHolder(lockPath: string): LockHolder | null;
export function refusal(holder: LockHolder, databaseUrl: string): string;
export function acquireServerLock(lockPath: string, port: string | number): LockHolder | null;
