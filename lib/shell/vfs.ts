/** The tiny in-memory filesystem: a map of absolute paths to contents plus a list of directories. */
import type { ShellState } from "./types";

export function homeOf(user: string): string {
  return user === "root" ? "/root" : `/home/${user}`;
}

/** Resolve `p` against cwd and home; normalises `.`/`..`; result has no trailing slash (except "/"). */
export function resolvePath(state: Pick<ShellState, "cwd" | "user">, p: string): string {
  let path = p;
  if (path === "~" || path.startsWith("~/")) path = homeOf(state.user) + path.slice(1);
  if (!path.startsWith("/")) path = (state.cwd === "/" ? "" : state.cwd) + "/" + path;
  const parts: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") parts.pop();
    else parts.push(seg);
  }
  return "/" + parts.join("/");
}

export function displayPath(state: Pick<ShellState, "cwd" | "user">, abs: string): string {
  const home = homeOf(state.user);
  if (abs === home) return "~";
  if (abs.startsWith(home + "/")) return "~" + abs.slice(home.length);
  return abs;
}

export function isDir(state: ShellState, abs: string): boolean {
  if (abs === "/") return true;
  if (state.dirs.includes(abs)) return true;
  const prefix = abs + "/";
  return Object.keys(state.files).some((f) => f.startsWith(prefix)) || state.dirs.some((d) => d.startsWith(prefix));
}

export function isFile(state: ShellState, abs: string): boolean {
  return Object.prototype.hasOwnProperty.call(state.files, abs);
}

export function readFile(state: ShellState, abs: string): string | null {
  return isFile(state, abs) ? state.files[abs] : null;
}

function parentOf(abs: string): string {
  const i = abs.lastIndexOf("/");
  return i <= 0 ? "/" : abs.slice(0, i);
}

export type WriteResult = { ok: true; state: ShellState } | { ok: false; error: string };

/** The state with every missing directory above `abs` created (what a download into `a/b/c` needs). */
export function withParentDirs(state: ShellState, abs: string): ShellState {
  const dirs: string[] = [];
  let cur = abs.slice(0, abs.lastIndexOf("/")) || "/";
  while (cur !== "/" && !isDir(state, cur)) {
    dirs.push(cur);
    cur = cur.slice(0, cur.lastIndexOf("/")) || "/";
  }
  return dirs.length ? { ...state, dirs: [...state.dirs, ...dirs.reverse()] } : state;
}

export function writeFile(state: ShellState, abs: string, content: string, append: boolean): WriteResult {
  if (abs === "/dev/null") return { ok: true, state };
  if (isDir(state, abs)) return { ok: false, error: "Is a directory" };
  const parent = parentOf(abs);
  if (!isDir(state, parent)) return { ok: false, error: "No such file or directory" };
  const prev = append ? (state.files[abs] ?? "") : "";
  if (prev.length + content.length > 1024 * 1024) return { ok: false, error: "File too large" };
  const total = Object.values(state.files).reduce((a, f) => a + f.length, 0);
  if (total + content.length > 8 * 1024 * 1024) return { ok: false, error: "No space left on device" };
  return { ok: true, state: { ...state, files: { ...state.files, [abs]: prev + content } } };
}

/** Direct children of a directory: names with a trailing "/" for directories, sorted like `ls`. */
export function listDir(state: ShellState, abs: string): string[] {
  const prefix = abs === "/" ? "/" : abs + "/";
  const names = new Set<string>();
  const all = [...Object.keys(state.files), ...state.dirs.map((d) => d + "/")];
  for (const f of all) {
    if (!f.startsWith(prefix)) continue;
    const rest = f.slice(prefix.length);
    if (!rest) continue;
    const slash = rest.indexOf("/");
    names.add(slash < 0 ? rest : rest.slice(0, slash + 1));
  }
  return [...names].sort((a, b) => lsKey(a).localeCompare(lsKey(b)) || (a < b ? -1 : a > b ? 1 : 0));
}

function lsKey(name: string): string {
  return name.replace(/\/$/, "").replace(/^\./, "").toLowerCase();
}

export function defaultFiles(user: string): { files: Record<string, string>; dirs: string[] } {
  const home = homeOf(user);
  return {
    dirs: ["/home", home, "/tmp", "/etc", "/root"].filter((d, i, a) => a.indexOf(d) === i),
    files: {
      "/etc/os-release":
        'NAME="Amazon Linux"\nVERSION="2023"\nID="amzn"\nID_LIKE="fedora"\nVERSION_ID="2023"\nPRETTY_NAME="Amazon Linux 2023"\n',
      "/etc/resolv.conf":
        "# This is /run/systemd/resolve/stub-resolv.conf managed by man:systemd-resolved(8).\nnameserver 127.0.0.53\noptions edns0 trust-ad\nsearch ec2.internal\n",
      [`${home}/.bashrc`]: "# .bashrc\n\n# Source global definitions\nif [ -f /etc/bashrc ]; then\n\t. /etc/bashrc\nfi\n",
    },
  };
}

/**
 * How the CLI shows a local file in its transfer lines: the file's directory relative to the
 * working directory, then its name — `./report.csv`, `out/a.txt`, `../../tmp/x` (relative_path in
 * awscli/customizations/s3/utils.py: os.path.join(os.path.relpath(dirname), basename)).
 */
export function shownLocal(cwd: string, abs: string): string {
  const cut = abs.lastIndexOf("/");
  const dir = abs.slice(0, cut) || "/";
  const base = abs.slice(cut + 1);
  const from = cwd.split("/").filter(Boolean);
  const to = dir.split("/").filter(Boolean);
  let i = 0;
  while (i < from.length && i < to.length && from[i] === to[i]) i++;
  const rel = [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/") || ".";
  return `${rel}/${base}`;
}
