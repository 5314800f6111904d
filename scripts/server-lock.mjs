// One Pathwise server per SQLite file. Two servers on one file would each keep their own memory of
// verified sessions and caches, so a session signed out on one would stay trusted on the other, and
// `npm start`'s migration could run under a live server. The lock is a file next to the database
// holding the owner's pid and port; a lock whose process is gone (a crash, SIGKILL) is taken over.
import { closeSync, existsSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { resolve } from "node:path";

/** @param {string} databaseUrl a file: URL */
export function lockPathFor(databaseUrl, root) {
  return `${resolve(root, databaseUrl.slice("file:".length).split("?")[0])}.server-lock`;
}

/** Whether `pid` is a live process that could be a Pathwise server (not a reused pid). */
function alive(pid) {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== "EPERM") return false;
  }
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync(cmdline)) return true; // no /proc (macOS): trust the pid
  try {
    return readFileSync(cmdline, "utf8").includes("server");
  } catch {
    return true;
  }
}

/**
 * The live server holding `lockPath`, if any.
 * @returns {{ pid: number; port: string } | null}
 */
export function lockHolder(lockPath) {
  let text;
  try {
    text = readFileSync(lockPath, "utf8");
  } catch {
    return null;
  }
  const [pidText, port = "?"] = text.trim().split(/\s+/);
  const pid = Number(pidText);
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || !alive(pid)) return null;
  return { pid, port };
}

export function refusal(holder, databaseUrl) {
  return `Another Pathwise server (pid ${holder.pid}, port ${holder.port}) is already using ${databaseUrl.slice("file:".length)}. Stop it first, or give this one its own database with DATABASE_URL=file:./data/other.db.`;
}

/**
 * Takes the lock for this process, or returns the live holder. Released on exit.
 * @returns {{ pid: number; port: string } | null}
 */
export function acquireServerLock(lockPath, port) {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lockPath, "wx", 0o600);
      writeSync(fd, `${process.pid} ${port}\n`);
      closeSync(fd);
      const release = () => {
        try {
          if (readFileSync(lockPath, "utf8").startsWith(`${process.pid} `)) unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
      process.on("exit", release);
      return null;
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== "EEXIST") throw error;
      const holder = lockHolder(lockPath);
      if (holder) return holder;
      try {
        unlinkSync(lockPath); // stale: its server is gone
      } catch {
        // someone else removed it first
      }
    }
  }
  return lockHolder(lockPath) ?? { pid: 0, port: "?" };
}
