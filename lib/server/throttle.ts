import "server-only";
import { db } from "./db";
import { AppError } from "./errors";

/**
 * Throttles the server keeps in its own table (Throttle), so they hold across restarts and, once
 * several servers share a database, across servers:
 *
 *  - a fixed-window counter (`windowHit`): at most `max` counted events per `windowSec`;
 *  - an exponential backoff (`backoffClaim`/`backoffClear`): after `free` consecutive failures each
 *    further attempt must wait 2^(n − free) seconds (capped), whatever address it comes from.
 *
 * Every decision is a conditional UPDATE on the row as read, so concurrent requests cannot all pass
 * a stale read: exactly one claims each free slot.
 */

export interface WindowRule {
  windowSec: number;
  max: number;
}

/** Seconds until `key` may be counted again, or 0 when it is under its limit. */
export async function windowRetryAfter(key: string, rule: WindowRule, now = new Date()): Promise<number> {
  const row = await db.throttle.findUnique({ where: { key } });
  if (!row) return 0;
  const ends = row.since.getTime() + rule.windowSec * 1000;
  if (ends <= now.getTime() || row.count < rule.max) return 0;
  return Math.max(1, Math.ceil((ends - now.getTime()) / 1000));
}

/** Counts one event against `key` (a new window starts when the last one has ended). */
export async function windowHit(key: string, rule: WindowRule, now = new Date()): Promise<void> {
  const windowStart = new Date(now.getTime() - rule.windowSec * 1000);
  const counted = await db.throttle.updateMany({ where: { key, since: { gt: windowStart } }, data: { count: { increment: 1 } } });
  if (counted.count > 0) return;
  await db.throttle.upsert({ where: { key }, create: { key, count: 1, since: now, until: now }, update: { count: 1, since: now, until: now } });
}

export interface BackoffRule {
  /** failures allowed before any wait */
  free: number;
  /** longest wait, seconds */
  maxWaitSec: number;
  /** failures older than this are forgotten, seconds */
  forgetSec: number;
}

export function backoffWaitSec(failures: number, rule: BackoffRule): number {
  if (failures < rule.free) return 0;
  return Math.min(rule.maxWaitSec, 2 ** Math.min(30, failures - rule.free));
}

/**
 * Claims one attempt for `key`, counted as a failure until `backoffClear` says it succeeded.
 * Returns 0 when the attempt may go ahead, otherwise the seconds to wait.
 */
export async function backoffClaim(key: string, rule: BackoffRule, now = new Date()): Promise<number> {
  prunePeriodically(rule.forgetSec, now);
  for (let tries = 0; tries < 5; tries++) {
    const row = await db.throttle.findUnique({ where: { key } });
    if (!row || now.getTime() - row.since.getTime() > rule.forgetSec * 1000) {
      const failures = 1;
      const until = new Date(now.getTime() + backoffWaitSec(failures, rule) * 1000);
      if (!row) {
        try {
          await db.throttle.create({ data: { key, count: failures, since: now, until } });
          return 0;
        } catch {
          continue; // another attempt created it first: read again
        }
      }
      const reset = await db.throttle.updateMany({ where: { key, count: row.count, since: row.since }, data: { count: failures, since: now, until } });
      if (reset.count > 0) return 0;
      continue;
    }
    if (row.until.getTime() > now.getTime()) return Math.max(1, Math.ceil((row.until.getTime() - now.getTime()) / 1000));
    const failures = row.count + 1;
    const until = new Date(now.getTime() + backoffWaitSec(failures, rule) * 1000);
    const claimed = await db.throttle.updateMany({ where: { key, count: row.count, until: row.until }, data: { count: failures, since: now, until } });
    if (claimed.count > 0) return 0;
  }
  // Lost the race five times: someone else is hammering this key right now.
  return 1;
}

/** The attempt succeeded: forget the failures. */
export async function backoffClear(key: string): Promise<void> {
  await db.throttle.deleteMany({ where: { key } });
}

// Every email tried leaves a row; at most once an hour per process, rows no rule can still need go.
let lastPrune = 0;
function prunePeriodically(olderThanSec: number, now: Date): void {
  if (now.getTime() - lastPrune < 3600_000) return;
  lastPrune = now.getTime();
  pruneThrottles(Math.max(olderThanSec, 24 * 3600), now).catch(() => undefined);
}

/** Drops rows no rule can still need (called now and then, never on the hot path's critical part). */
export async function pruneThrottles(olderThanSec: number, now = new Date()): Promise<void> {
  const cutoff = new Date(now.getTime() - olderThanSec * 1000);
  await db.throttle.deleteMany({ where: { since: { lt: cutoff }, until: { lt: cutoff } } });
}

export function rateLimited(message: string, retryAfterSec: number): AppError {
  return new AppError("RATE_LIMITED", `${message} Try again in ${formatWait(retryAfterSec)}.`, { retryAfterSec });
}

export function formatWait(sec: number): string {
  if (sec < 60) return `${sec} second${sec === 1 ? "" : "s"}`;
  const min = Math.ceil(sec / 60);
  return `${min} minute${min === 1 ? "" : "s"}`;
}
