import { LabSessionStateSchema, type LabSessionState } from "@/lib/content/lab-api";

/**
 * Saves a signed-in learner's lab transcript durably and in order (issue 16, point 1).
 *
 * - Every change is written to this browser's storage first (`pending: true`), so a reload, a crash
 *   or a closed tab while the server can't be reached loses nothing; the page restores from it.
 * - One save is in flight at a time, each naming the server version it builds on (`base`); the
 *   reply's version becomes the next base. Changes made meanwhile go out after it, newest only.
 * - Failures are retried with backoff (1, 2, 4 … 30 s) and at once when the browser comes back
 *   online; the state says how many commands are waiting.
 * - A 409 (another tab or device saved first) stops saving and hands the choice to the learner:
 *   continue with the saved session or keep this page's; neither transcript is dropped.
 *
 * Browser-only glue (fetch, timers, localStorage) comes in through `SaverDeps`, so the logic is
 * unit-tested without a browser (lab-saver.test.ts).
 */

export type Snapshot = { seed: number; commands: string[] };
/** `saved`: how many leading commands the server has (so a reload can say how many are waiting). */
export type LocalRecord = Snapshot & { v: 2; userId: string; base: number; pending: boolean; saved?: number };

export type SaverState =
  | { state: "saved"; count: number }
  | { state: "saving"; waiting: number }
  | { state: "retrying"; waiting: number; reason: string; retryInSec: number }
  | { state: "stopped"; reason: string }
  | { state: "conflict"; current: LabSessionState; message: string };

export type SendResult = { status: number; body: unknown } | "network";

export type SaverDeps = {
  userId: string;
  send: (body: Snapshot & { base: number }) => Promise<SendResult>;
  write: (record: LocalRecord) => void;
  onState: (state: SaverState) => void;
  onSignedOut?: () => void;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Debounce before the first attempt of a change, so a burst of commands goes out as one save. */
  debounceMs?: number;
};

const same = (a: Snapshot, b: Snapshot) => a.seed === b.seed && a.commands.length === b.commands.length && a.commands.every((c, i) => c === b.commands[i]);

/** How many commands of `desired` the server doesn't have yet (all of them after a reset). */
export function waitingCount(acked: Snapshot, desired: Snapshot): number {
  const prefix = acked.seed === desired.seed && acked.commands.length <= desired.commands.length && acked.commands.every((c, i) => c === desired.commands[i]);
  return prefix ? desired.commands.length - acked.commands.length : Math.max(1, desired.commands.length);
}

export class LabSaver {
  private base: number;
  private acked: Snapshot;
  private desired: Snapshot;
  private inFlight = false;
  private attempt = 0;
  private timer: unknown = null;
  private conflict: LabSessionState | null = null;
  private stopped = false;
  private disposed = false;
  private readonly deps: Required<Omit<SaverDeps, "onSignedOut">> & Pick<SaverDeps, "onSignedOut">;

  constructor(deps: SaverDeps, start: { base: number; snapshot: Snapshot; pending: boolean; acked?: Snapshot }) {
    this.deps = {
      setTimer: (fn, ms) => setTimeout(fn, ms),
      clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
      debounceMs: 400,
      ...deps,
    };
    this.base = start.base;
    this.desired = start.snapshot;
    this.acked = start.pending ? (start.acked ?? { seed: start.snapshot.seed, commands: [] }) : start.snapshot;
    if (start.pending) {
      this.persist(true);
      this.schedule(0);
    }
  }

  /** The version the next save builds on. */
  get version(): number {
    return this.base;
  }

  /** The transcript changed (a command ran, a reset, an undo): keep it here, then send it. */
  update(snapshot: Snapshot): void {
    if (this.disposed) return;
    this.desired = { seed: snapshot.seed, commands: [...snapshot.commands] };
    const dirty = !same(this.desired, this.acked);
    this.persist(dirty);
    if (this.conflict) return; // the learner decides first; this change is kept in storage
    if (!dirty && !this.inFlight) {
      this.cancelTimer();
      this.emit({ state: "saved", count: this.desired.commands.length });
      return;
    }
    this.stopped = false;
    if (!this.inFlight) this.schedule(this.attempt === 0 ? this.deps.debounceMs : null);
  }

  /** The browser came back online (or the learner asked): try now instead of waiting out the backoff. */
  retryNow(): void {
    if (this.disposed || this.conflict || this.inFlight) return;
    if (!same(this.desired, this.acked)) this.schedule(0);
  }

  /**
   * After a 409: "theirs" continues with the saved session (the page restarts from it), "mine"
   * saves this page's transcript on top of it. The caller keeps the transcript not chosen.
   */
  resolve(choice: "theirs" | "mine"): Snapshot {
    const current = this.conflict;
    if (!current) return this.desired;
    this.conflict = null;
    this.base = current.version;
    const theirs = { seed: current.seed, commands: current.commands };
    this.acked = theirs;
    this.attempt = 0;
    if (choice === "theirs") {
      this.desired = theirs;
      this.persist(false);
      this.emit({ state: "saved", count: theirs.commands.length });
    } else {
      this.persist(true);
      this.schedule(0);
    }
    return this.desired;
  }

  /** Adopts a newer record another tab of this browser wrote (the learner chose to continue here). */
  adopt(record: LocalRecord): void {
    this.cancelTimer();
    this.conflict = null;
    this.base = record.base;
    this.desired = { seed: record.seed, commands: [...record.commands] };
    this.acked = record.pending ? { seed: record.seed, commands: [] } : this.desired;
    this.attempt = 0;
    if (record.pending) this.schedule(0);
    else this.emit({ state: "saved", count: this.desired.commands.length });
  }

  dispose(): void {
    this.disposed = true;
    this.cancelTimer();
  }

  private persist(pending: boolean): void {
    try {
      const saved = pending ? this.desired.commands.length - waitingCount(this.acked, this.desired) : this.desired.commands.length;
      this.deps.write({ v: 2, userId: this.deps.userId, base: this.base, seed: this.desired.seed, commands: this.desired.commands, pending, saved: Math.max(0, saved) });
    } catch {
      // storage unavailable: the transcript lives in this tab and on the server once a save lands
    }
  }

  private emit(state: SaverState): void {
    if (!this.disposed) this.deps.onState(state);
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.deps.clearTimer(this.timer);
    this.timer = null;
  }

  /** Schedules a flush in `ms` (null: keep the backoff timer already running). */
  private schedule(ms: number | null): void {
    if (ms === null && this.timer !== null) return;
    this.cancelTimer();
    this.timer = this.deps.setTimer(() => {
      this.timer = null;
      void this.flush();
    }, ms ?? 0);
  }

  /** The server holds `sent` at `version`: record it, then send what changed since, if anything. */
  private acknowledge(sent: Snapshot, version: number): void {
    this.base = version;
    this.acked = sent;
    this.attempt = 0;
    const done = same(this.desired, sent);
    this.persist(!done);
    if (done) this.emit({ state: "saved", count: sent.commands.length });
    else this.schedule(0);
  }

  private async flush(): Promise<void> {
    if (this.disposed || this.inFlight || this.conflict || this.stopped) return;
    if (same(this.desired, this.acked)) return;
    const sent = this.desired;
    this.inFlight = true;
    this.emit({ state: "saving", waiting: waitingCount(this.acked, sent) });
    let result: SendResult;
    try {
      result = await this.deps.send({ seed: sent.seed, commands: sent.commands, base: this.base });
    } catch {
      result = "network";
    }
    this.inFlight = false;
    if (this.disposed) return;
    if (result !== "network" && result.status >= 200 && result.status < 300) {
      const version = (result.body as { version?: unknown } | null)?.version;
      this.acknowledge(sent, typeof version === "number" ? version : this.base + 1);
      return;
    }
    const error = result === "network" ? null : ((result.body as { error?: { message?: unknown; details?: unknown } } | null)?.error ?? null);
    if (result !== "network" && result.status === 409) {
      const current = LabSessionStateSchema.safeParse(error?.details);
      if (current.success) {
        if (same(current.data, sent)) {
          // The server already has exactly this (a save that landed but whose reply was lost).
          this.acknowledge(sent, current.data.version);
          return;
        }
        this.conflict = current.data;
        this.emit({ state: "conflict", current: current.data, message: typeof error?.message === "string" ? error.message : "This lab was saved from another tab or device." });
        return;
      }
    }
    let reason = result === "network" ? "the server can't be reached" : typeof error?.message === "string" ? error.message : `the server answered ${result.status}`;
    if (result !== "network" && result.status === 401) {
      reason = "you are signed out — sign in again in another tab and this retries";
      this.deps.onSignedOut?.();
    } else if (result !== "network" && result.status >= 400 && result.status < 500 && ![408, 409, 429].includes(result.status)) {
      this.stopped = true;
      this.emit({ state: "stopped", reason });
      return;
    }
    this.attempt += 1;
    const wait = Math.min(30, 2 ** (this.attempt - 1));
    this.emit({ state: "retrying", waiting: waitingCount(this.acked, this.desired), reason, retryInSec: wait });
    this.schedule(wait * 1000);
  }
}

/** Where a signed-in learner's transcript waits in this browser (per account, so a shared computer keeps accounts apart). */
export const localKey = (labId: string, userId: string) => `pathwise.lab.${labId}.user.${userId}.v2`;

export function readLocal(raw: string | null, userId: string): LocalRecord | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<LocalRecord>;
    const ok =
      v.v === 2 &&
      v.userId === userId &&
      Number.isInteger(v.base) &&
      Number.isInteger(v.seed) &&
      typeof v.pending === "boolean" &&
      Array.isArray(v.commands) &&
      v.commands.every((c) => typeof c === "string");
    return ok ? (v as LocalRecord) : null;
  } catch {
    return null;
  }
}

/**
 * What a signed-in lab page starts from: this browser's record when it holds work the server may
 * not have (pending) or is newer than the page (a cached page shown offline), else the server's.
 */
export function startingPoint(
  server: { version: number; seed: number; commands: string[] } | null,
  local: LocalRecord | null,
): { base: number; snapshot: Snapshot; pending: boolean; acked?: Snapshot } | null {
  const serverVersion = server?.version ?? 0;
  if (local && (local.pending || local.base > serverVersion)) {
    const saved = Number.isInteger(local.saved) ? Math.min(local.commands.length, Math.max(0, local.saved ?? 0)) : 0;
    return { base: local.base, snapshot: { seed: local.seed, commands: local.commands }, pending: local.pending, acked: { seed: local.seed, commands: local.commands.slice(0, saved) } };
  }
  return server ? { base: server.version, snapshot: { seed: server.seed, commands: server.commands }, pending: false } : null;
}
