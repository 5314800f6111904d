/**
 * bash's `test` and `[` builtins (bash(1), CONDITIONAL EXPRESSIONS and the `test` builtin): the
 * POSIX rules by argument count for up to four arguments, then ! -a -o ( ) with their precedence.
 * Errors and exit status 2 follow GNU bash 5.2 (checked by `npm run fidelity`).
 */
import type { CmdResult, CommandSpec, ShellState } from "../types";
import { err } from "../result";
import { isDir, isFile, readFile, resolvePath } from "../vfs";

class TestError {
  constructor(readonly message: string) {}
}

const UNARY = new Set(["-n", "-z", "-e", "-f", "-d", "-s", "-r", "-w", "-x", "-L", "-h", "-a", "-b", "-c", "-p", "-S", "-t", "-g", "-u", "-k", "-O", "-G", "-N", "-v"]);
const BINARY = new Set(["=", "==", "!=", "<", ">", "-eq", "-ne", "-lt", "-le", "-gt", "-ge", "-nt", "-ot", "-ef"]);

function integer(v: string): bigint {
  const t = v.trim();
  if (!/^[-+]?\d+$/.test(t)) throw new TestError(`${v}: integer expression expected`);
  return BigInt(t);
}

function unary(state: ShellState, op: string, arg: string): boolean {
  if (op === "-n") return arg !== "";
  if (op === "-z") return arg === "";
  if (op === "-v") return arg in state.env;
  if (op === "-t") return false;
  const path = resolvePath(state, arg);
  if (arg === "") return false;
  const file = isFile(state, path) || path === "/dev/null";
  const dir = isDir(state, path);
  switch (op) {
    case "-e":
    case "-a":
    case "-r":
    case "-w":
      return file || dir;
    case "-f":
      return file && path !== "/dev/null";
    case "-d":
      return dir;
    case "-x":
      return dir;
    case "-s":
      return dir || (file && (readFile(state, path) ?? "").length > 0);
    case "-c":
      return path === "/dev/null";
    default:
      return false;
  }
}

function binary(a: string, op: string, b: string): boolean {
  switch (op) {
    case "=":
    case "==":
      return a === b;
    case "!=":
      return a !== b;
    case "<":
      return a < b;
    case ">":
      return a > b;
    case "-eq":
      return integer(a) === integer(b);
    case "-ne":
      return integer(a) !== integer(b);
    case "-lt":
      return integer(a) < integer(b);
    case "-le":
      return integer(a) <= integer(b);
    case "-gt":
      return integer(a) > integer(b);
    case "-ge":
      return integer(a) >= integer(b);
    default:
      return false; // -nt -ot -ef: the in-memory files have no times or inodes
  }
}

/** Evaluate test's arguments (without the closing `]`). */
export function evalTest(state: ShellState, args: string[]): boolean {
  const n = args.length;
  const two = (a: string[]): boolean => {
    if (a[0] === "!") return a[1] === "";
    if (UNARY.has(a[0])) return unary(state, a[0], a[1]);
    throw new TestError(`${a[0]}: unary operator expected`);
  };
  const three = (a: string[]): boolean => {
    if (BINARY.has(a[1])) return binary(a[0], a[1], a[2]);
    if (a[1] === "-a") return a[0] !== "" && a[2] !== "";
    if (a[1] === "-o") return a[0] !== "" || a[2] !== "";
    if (a[0] === "!") return !two(a.slice(1));
    if (a[0] === "(" && a[2] === ")") return a[1] !== "";
    throw new TestError(`${a[1]}: binary operator expected`);
  };
  if (n === 0) return false;
  if (n === 1) return args[0] !== "";
  if (n === 2) return two(args);
  if (n === 3) return three(args);
  if (n === 4 && args[0] === "!") return !three(args.slice(1));
  if (n === 4 && args[0] === "(" && args[3] === ")") return two(args.slice(1, 3));
  // The general grammar: expr := and (-o and)* ; and := not (-a not)* ; not := ! not | primary
  let i = 0;
  const orExpr = (): boolean => {
    let v = andExpr();
    while (args[i] === "-o") {
      i++;
      const r = andExpr();
      v = v || r;
    }
    return v;
  };
  const andExpr = (): boolean => {
    let v = notExpr();
    while (args[i] === "-a") {
      i++;
      const r = notExpr();
      v = v && r;
    }
    return v;
  };
  const notExpr = (): boolean => {
    if (args[i] === "!") {
      i++;
      return !notExpr();
    }
    return primary();
  };
  const primary = (): boolean => {
    const a = args[i];
    if (a === undefined) throw new TestError("argument expected");
    if (a === "(") {
      i++;
      const v = orExpr();
      if (args[i] !== ")") throw new TestError("`)' expected");
      i++;
      return v;
    }
    if (args[i + 1] !== undefined && BINARY.has(args[i + 1]) && args[i + 2] !== undefined) {
      i += 3;
      return binary(a, args[i - 2], args[i - 1]);
    }
    if (UNARY.has(a) && args[i + 1] !== undefined) {
      i += 2;
      return unary(state, a, args[i - 1]);
    }
    i++;
    return a !== "";
  };
  const v = orExpr();
  if (i < n) throw new TestError("too many arguments");
  return v;
}

function runTest(name: "test" | "["): CommandSpec["run"] {
  return (ctx, args): CmdResult => {
    let a = args;
    if (name === "[") {
      if (a[a.length - 1] !== "]") return { code: 2, out: [err("bash: [: missing `]'\n")] };
      a = a.slice(0, -1);
    }
    try {
      return { code: evalTest(ctx.state, a) ? 0 : 1, out: [] };
    } catch (e) {
      if (e instanceof TestError) return { code: 2, out: [err(`bash: ${name}: ${e.message}\n`)] };
      throw e;
    }
  };
}

export const testTools: CommandSpec[] = [
  { name: "test", summary: "evaluate a conditional expression", run: runTest("test") },
  { name: "[", summary: "evaluate a conditional expression (test)", run: runTest("[") },
];
