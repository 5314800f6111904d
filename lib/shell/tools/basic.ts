/** Shell builtins and file commands: echo, cat, ls, cd, pwd, mkdir, rm, touch, export, env, … */
import type { CmdResult, CommandSpec, ShellState } from "../types";
import { err, out } from "../result";
import { displayPath, homeOf, isDir, isFile, listDir, readFile, resolvePath, writeFile } from "../vfs";
import { readInputs } from "./text";
import { currentHost } from "../host";

const echo: CommandSpec = {
  name: "echo",
  summary: "print arguments (-n, -e)",
  run(_ctx, args) {
    let newline = true;
    let escapes = false;
    let i = 0;
    while (i < args.length && /^-[neE]+$/.test(args[i])) {
      if (args[i].includes("n")) newline = false;
      if (args[i].includes("e")) escapes = true;
      if (args[i].includes("E")) escapes = false;
      i++;
    }
    let text = args.slice(i).join(" ");
    if (escapes) text = text.replace(/\\n/g, "\n").replace(/\\t/g, "\t").replace(/\\\\/g, "\\");
    return { code: 0, out: [out(text + (newline ? "\n" : ""))] };
  },
};

/** printf's backslash escapes (in the format, and in %b arguments). */
function printfEscapes(t: string, forB: boolean): { text: string; stop: boolean } {
  let res = "";
  for (let i = 0; i < t.length; i++) {
    if (t[i] !== "\\" || i === t.length - 1) {
      res += t[i];
      continue;
    }
    const c = t[++i];
    const simple: Record<string, string> = { n: "\n", t: "\t", r: "\r", a: "\x07", b: "\b", f: "\f", v: "\v", e: "\x1b", E: "\x1b", "\\": "\\", '"': '"', "'": "'" };
    if (c in simple) res += simple[c];
    else if (c === "c" && forB) return { text: res, stop: true };
    else if (/[0-7]/.test(c) || (forB && c === "0")) {
      // \NNN in a format; \0NNN in %b
      let digits = "";
      let j = i;
      if (forB && c === "0") j++;
      while (j < t.length && digits.length < 3 && /[0-7]/.test(t[j])) digits += t[j++];
      res += String.fromCharCode(parseInt(digits || "0", 8) & 255);
      i = j - 1;
    } else if (c === "x" && /[0-9a-fA-F]/.test(t[i + 1] ?? "")) {
      const m = /^[0-9a-fA-F]{1,2}/.exec(t.slice(i + 1))!;
      res += String.fromCharCode(parseInt(m[0], 16));
      i += m[0].length;
    } else res += "\\" + c;
  }
  return { text: res, stop: false };
}

/**
 * bash's printf builtin: %s %b %q %c %d %i %u %o %x %X %f %e %g %% with flags (- + space 0 #),
 * width and precision (also `*`), the format reused until the arguments run out, -v VAR.
 */
const printf: CommandSpec = {
  name: "printf",
  summary: "formatted print (%s, %d, %5s, \\n)",
  run(ctx, args0) {
    let args = args0;
    let toVar: string | null = null;
    if (args[0] === "-v") {
      toVar = args[1] ?? null;
      args = args.slice(2);
      if (toVar === null) return { code: 2, out: [err("bash: printf: -v: option requires an argument\nprintf: usage: printf [-v var] format [arguments]\n")] };
    }
    if (args[0] === "--") args = args.slice(1);
    if (args.length === 0) return { code: 2, out: [err("printf: usage: printf [-v var] format [arguments]\n")] };
    const [fmt, ...rest] = args;
    let ai = 0;
    let text = "";
    const errs: string[] = [];
    let code = 0;
    const next = (): string | undefined => rest[ai++];
    const num = (v: string | undefined, float: boolean): number | bigint => {
      if (v === undefined || v === "") return float ? 0 : 0n;
      if (/^['"]./.test(v)) return float ? v.codePointAt(1)! : BigInt(v.codePointAt(1)!);
      const t = v.trim();
      if (float) {
        const f = Number(t);
        if (Number.isNaN(f)) {
          errs.push(`bash: printf: ${v}: invalid number\n`);
          code = 1;
          return 0;
        }
        return f;
      }
      const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)$/.exec(t);
      if (!m) {
        errs.push(`bash: printf: ${v}: invalid number\n`);
        code = 1;
        const lead = /^[-+]?\d+/.exec(t);
        return lead ? BigInt(lead[0]) : 0n;
      }
      const body = m[2];
      const n = /^0[xX]/.test(body) ? BigInt(body) : /^0[0-7]+$/.test(body) ? BigInt("0o" + body.slice(1)) : BigInt(body);
      return m[1] === "-" ? -n : n;
    };
    const pad = (s: string, flags: string, width: number, numeric: boolean): string => {
      if (s.length >= width) return s;
      if (flags.includes("-")) return s.padEnd(width);
      if (numeric && flags.includes("0")) {
        const sign = /^[-+ ]/.test(s) ? s[0] : "";
        const pre = /^[-+ ]?0[xX]/.test(s) ? s.slice(sign.length, sign.length + 2) : "";
        return sign + pre + s.slice(sign.length + pre.length).padStart(width - sign.length - pre.length, "0");
      }
      return s.padStart(width);
    };
    let stop = false;
    do {
      const start = ai;
      let i = 0;
      while (i < fmt.length && !stop) {
        const ch = fmt[i];
        if (ch === "\\") {
          const m = /^\\(?:[0-7]{1,3}|x[0-9a-fA-F]{1,2}|.)/s.exec(fmt.slice(i))!;
          text += printfEscapes(m[0], false).text;
          i += m[0].length;
          continue;
        }
        if (ch !== "%") {
          text += ch;
          i++;
          continue;
        }
        const m = /^%([-+ 0#]*)(\*|\d+)?(?:\.(\*|\d*))?([a-zA-Z%])?/.exec(fmt.slice(i))!;
        i += m[0].length;
        const [, flags] = m;
        const conv = m[4];
        if (conv === "%") {
          text += "%";
          continue;
        }
        if (conv === undefined || !"sbqcdiuoxXfFeEgGaA".includes(conv)) {
          errs.push(`bash: printf: \`${conv ?? ""}': invalid format character\n`);
          code = 1;
          stop = true;
          break;
        }
        let width = m[2] === "*" ? Number(num(next(), false)) : m[2] ? Number(m[2]) : 0;
        let fl = flags;
        if (width < 0) {
          fl += "-";
          width = -width;
        }
        const prec = m[3] === undefined ? undefined : m[3] === "*" ? Number(num(next(), false)) : Number(m[3] || "0");
        const arg = next();
        let s: string;
        if (conv === "s") s = (arg ?? "").slice(0, prec ?? undefined);
        else if (conv === "b") {
          const e = printfEscapes(arg ?? "", true);
          s = e.text.slice(0, prec ?? undefined);
          if (e.stop) stop = true;
        } else if (conv === "q") s = arg === undefined || arg === "" ? "''" : /^[A-Za-z0-9_./:=@%+,-]+$/.test(arg) ? arg : arg.replace(/([^A-Za-z0-9_./:=@%+,-])/g, "\\$1");
        else if (conv === "c") s = (arg ?? "").slice(0, 1);
        else if ("diuoxX".includes(conv)) {
          let n = num(arg, false) as bigint;
          if (conv !== "d" && conv !== "i" && n < 0n) n = BigInt.asUintN(64, n);
          const neg = n < 0n;
          const abs = neg ? -n : n;
          let digits = conv === "o" ? abs.toString(8) : conv === "x" ? abs.toString(16) : conv === "X" ? abs.toString(16).toUpperCase() : abs.toString();
          if (prec !== undefined) digits = prec === 0 && abs === 0n ? "" : digits.padStart(prec, "0");
          if (fl.includes("#") && abs !== 0n) digits = (conv === "o" ? "0" : conv === "x" ? "0x" : conv === "X" ? "0X" : "") + digits;
          s = (neg ? "-" : fl.includes("+") ? "+" : fl.includes(" ") ? " " : "") + digits;
          s = pad(s, prec !== undefined ? fl.replace(/0/g, "") : fl, width, true);
          text += s;
          continue;
        } else {
          const f = num(arg, true) as number;
          const p = prec ?? 6;
          const lower = conv.toLowerCase();
          let body = lower === "f" ? Math.abs(f).toFixed(p) : lower === "e" ? Math.abs(f).toExponential(p).replace(/e([+-])(\d)$/, "e$10$2") : Number(Math.abs(f).toPrecision(p || 1)).toString();
          if (conv === conv.toUpperCase()) body = body.toUpperCase();
          s = (f < 0 ? "-" : fl.includes("+") ? "+" : fl.includes(" ") ? " " : "") + body;
          text += pad(s, fl, width, true);
          continue;
        }
        text += pad(s, fl, width, false);
      }
      if (ai === start) break;
    } while (ai < rest.length && !stop);
    const outs = [];
    if (toVar !== null) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(toVar)) return { code: 2, out: [err(`bash: printf: \`${toVar}': not a valid identifier\n`)] };
      const state = { ...ctx.state, env: { ...ctx.state.env, [toVar]: text } };
      return { code, out: errs.map((e) => err(e)), state };
    }
    if (text) outs.push(out(text));
    for (const e of errs) outs.push(err(e));
    return { code, out: outs };
  },
};

const cat: CommandSpec = {
  name: "cat",
  summary: "print files",
  run(ctx, args) {
    const { inputs, errors } = readInputs(ctx, "cat", args.filter((a) => a !== "-n"));
    let text = inputs.map((i) => i.text).join("");
    if (args.includes("-n")) {
      const lines = text.split("\n");
      const trailing = lines[lines.length - 1] === "" ? lines.pop() : undefined;
      text = lines.map((l, i) => String(i + 1).padStart(6) + "\t" + l).join("\n") + (trailing !== undefined ? "\n" : "");
    }
    const chunks = [];
    if (text) chunks.push(out(text));
    if (errors.length) chunks.push(err(errors.join("")));
    return { code: errors.length ? 1 : 0, out: chunks };
  },
};

function fmtLsDate(ms: number): string {
  const d = new Date(ms);
  const mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.getUTCMonth()];
  return `${mon} ${String(d.getUTCDate()).padStart(2)} ${String(d.getUTCHours()).padStart(2, "0")}:${String(d.getUTCMinutes()).padStart(2, "0")}`;
}

const ls: CommandSpec = {
  name: "ls",
  summary: "list files (-l, -a)",
  flags: ["-l", "-a", "-la"],
  run(ctx, args) {
    const flags = args.filter((a) => a.startsWith("-") && a.length > 1).join("");
    const bad = flags.replace(/-/g, "").replace(/[laA1h]/g, "");
    if (bad) return { code: 2, out: [err(`ls: invalid option -- '${bad[0]}'\nTry 'ls --help' for more information.\n`)] };
    const long = flags.includes("l");
    const all = flags.includes("a") || flags.includes("A");
    const targets = args.filter((a) => !(a.startsWith("-") && a.length > 1));
    if (targets.length === 0) targets.push(".");
    const errors: string[] = [];
    const blocks: string[] = [];
    const clock = typeof ctx.state.world.clock === "number" ? ctx.state.world.clock : 0;
    const u = ctx.state.user;
    const fmt = (names: string[], dir: string) => {
      if (!long) return ctx.stdoutIsTty ? (names.length ? names.join("  ") + "\n" : "") : names.map((n) => n + "\n").join("");
      const rows = names.map((n) => {
        const abs = resolvePath(ctx.state, dir + "/" + n);
        const d = isDir(ctx.state, abs) || n === "." || n === "..";
        const size = d ? 6 : new TextEncoder().encode(readFile(ctx.state, abs) ?? "").length;
        return { n, d, size };
      });
      const w = Math.max(1, ...rows.map((r) => String(r.size).length));
      const total = rows.reduce((a, r) => a + (r.d ? 0 : Math.ceil(r.size / 4096) * 4), 0);
      return `total ${total}\n` + rows.map((r) => `${r.d ? "drwxr-xr-x." : "-rw-r--r--."} ${r.d ? 2 : 1} ${u} ${u} ${String(r.size).padStart(w)} ${fmtLsDate(clock)} ${r.n}\n`).join("");
    };
    const files: string[] = [];
    const dirs: string[] = [];
    for (const t of targets) {
      const abs = resolvePath(ctx.state, t);
      if (isFile(ctx.state, abs)) files.push(t);
      else if (isDir(ctx.state, abs)) dirs.push(t);
      else errors.push(`ls: cannot access '${t}': No such file or directory\n`);
    }
    if (files.length) blocks.push(fmt(files, "."));
    for (const d of dirs) {
      const abs = resolvePath(ctx.state, d);
      let names = listDir(ctx.state, abs).map((n) => n.replace(/\/$/, ""));
      if (!all) names = names.filter((n) => !n.startsWith("."));
      else names = [".", "..", ...names];
      const head = targets.length > 1 ? `${d}:\n` : "";
      blocks.push(head + fmt(names, d));
    }
    const text = blocks.filter((b) => b !== "").join(targets.length > 1 ? "\n" : "");
    const chunks = [];
    if (errors.length) chunks.push(err(errors.join("")));
    if (text) chunks.push(out(text));
    return { code: errors.length ? 2 : 0, out: chunks };
  },
};

const cd: CommandSpec = {
  name: "cd",
  summary: "change directory",
  run(ctx, args) {
    const target = args[0] === undefined || args[0] === "~" ? homeOf(ctx.state.user) : args[0] === "-" ? (ctx.state.env.OLDPWD ?? ctx.state.cwd) : args[0];
    if (args.length > 1) return { code: 1, out: [err("bash: cd: too many arguments\n")] };
    const abs = resolvePath(ctx.state, target);
    if (isFile(ctx.state, abs)) return { code: 1, out: [err(`bash: cd: ${args[0]}: Not a directory\n`)] };
    if (!isDir(ctx.state, abs)) return { code: 1, out: [err(`bash: cd: ${args[0]}: No such file or directory\n`)] };
    const state: ShellState = { ...ctx.state, cwd: abs, env: { ...ctx.state.env, OLDPWD: ctx.state.cwd, PWD: abs } };
    return { code: 0, out: args[0] === "-" ? [out(abs + "\n")] : [], state };
  },
};

const pwd: CommandSpec = { name: "pwd", summary: "print working directory", run: (ctx) => ({ code: 0, out: [out(ctx.state.cwd + "\n")] }) };

const mkdir: CommandSpec = {
  name: "mkdir",
  summary: "make directories (-p)",
  run(ctx, args) {
    const p = args.includes("-p");
    const names = args.filter((a) => !a.startsWith("-"));
    if (!names.length) return { code: 1, out: [err("mkdir: missing operand\nTry 'mkdir --help' for more information.\n")] };
    let state = ctx.state;
    const errors: string[] = [];
    for (const n of names) {
      const abs = resolvePath(state, n);
      if (isDir(state, abs) || isFile(state, abs)) {
        if (!p || isFile(state, abs)) errors.push(`mkdir: cannot create directory ‘${n}’: File exists\n`);
        continue;
      }
      const parent = abs.slice(0, abs.lastIndexOf("/")) || "/";
      if (!isDir(state, parent) && !p) {
        errors.push(`mkdir: cannot create directory ‘${n}’: No such file or directory\n`);
        continue;
      }
      const add: string[] = [];
      let cur = abs;
      while (cur !== "/" && !isDir(state, cur)) {
        add.push(cur);
        cur = cur.slice(0, cur.lastIndexOf("/")) || "/";
      }
      state = { ...state, dirs: [...state.dirs, ...add.reverse()] };
    }
    return { code: errors.length ? 1 : 0, out: errors.length ? [err(errors.join(""))] : [], state };
  },
};

const rm: CommandSpec = {
  name: "rm",
  summary: "remove files (-f, -r)",
  run(ctx, args) {
    const force = args.some((a) => /^-[a-zA-Z]*f/.test(a));
    const rec = args.some((a) => /^-[a-zA-Z]*[rR]/.test(a));
    const names = args.filter((a) => !a.startsWith("-"));
    if (!names.length) return { code: 1, out: [err("rm: missing operand\nTry 'rm --help' for more information.\n")] };
    let state = ctx.state;
    const errors: string[] = [];
    for (const n of names) {
      const abs = resolvePath(state, n);
      if (isFile(state, abs)) {
        const files = { ...state.files };
        delete files[abs];
        state = { ...state, files };
      } else if (isDir(state, abs)) {
        if (!rec) errors.push(`rm: cannot remove '${n}': Is a directory\n`);
        else {
          const pre = abs + "/";
          state = {
            ...state,
            files: Object.fromEntries(Object.entries(state.files).filter(([k]) => !k.startsWith(pre))),
            dirs: state.dirs.filter((d) => d !== abs && !d.startsWith(pre)),
          };
        }
      } else if (!force) errors.push(`rm: cannot remove '${n}': No such file or directory\n`);
    }
    return { code: errors.length ? 1 : 0, out: errors.length ? [err(errors.join(""))] : [], state };
  },
};

const touch: CommandSpec = {
  name: "touch",
  summary: "create empty files",
  run(ctx, args) {
    let state = ctx.state;
    const errors: string[] = [];
    for (const n of args.filter((a) => !a.startsWith("-"))) {
      const abs = resolvePath(state, n);
      if (isFile(state, abs) || isDir(state, abs)) continue;
      const w = writeFile(state, abs, "", true);
      if (w.ok) state = w.state;
      else errors.push(`touch: cannot touch '${n}': ${w.error}\n`);
    }
    if (!args.length) return { code: 1, out: [err("touch: missing file operand\nTry 'touch --help' for more information.\n")] };
    return { code: errors.length ? 1 : 0, out: errors.length ? [err(errors.join(""))] : [], state };
  },
};

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function sortedEnv(env: Record<string, string>): Array<[string, string]> {
  return Object.entries(env).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

const exportCmd: CommandSpec = {
  name: "export",
  summary: "set environment variables (NAME=value)",
  run(ctx, args) {
    const list = args.filter((a) => a !== "-p");
    if (list.length === 0) {
      return { code: 0, out: [out(sortedEnv(ctx.state.env).map(([k, v]) => `declare -x ${k}="${v.replace(/(["\\$`])/g, "\\$1")}"\n`).join(""))] };
    }
    const env = { ...ctx.state.env };
    const errors: string[] = [];
    for (const a of list) {
      const eq = a.indexOf("=");
      const name = eq < 0 ? a : a.slice(0, eq);
      if (!NAME.test(name)) {
        errors.push(`bash: export: \`${a}': not a valid identifier\n`);
        continue;
      }
      if (eq >= 0 && a.length - eq - 1 > 256 * 1024) {
        errors.push("bash: value too large for this terminal (256 KiB per variable)\n");
        continue;
      }
      if (eq >= 0) env[name] = a.slice(eq + 1);
      else env[name] = env[name] ?? "";
    }
    return { code: errors.length ? 1 : 0, out: errors.length ? [err(errors.join(""))] : [], state: { ...ctx.state, env } };
  },
};

const unset: CommandSpec = {
  name: "unset",
  summary: "remove variables",
  run(ctx, args) {
    const env = { ...ctx.state.env };
    for (const a of args) delete env[a];
    return { code: 0, out: [], state: { ...ctx.state, env } };
  },
};

const env: CommandSpec = {
  name: "env",
  summary: "print the environment",
  run(ctx, args) {
    if (args.length && ctx.runLine) {
      // env NAME=value cmd …
      const vars: Record<string, string> = {};
      let i = 0;
      while (i < args.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(args[i])) {
        const eq = args[i].indexOf("=");
        vars[args[i].slice(0, eq)] = args[i].slice(eq + 1);
        i++;
      }
      if (i < args.length) {
        const quoted = args.slice(i).map((a) => "'" + a.replace(/'/g, "'\\''") + "'").join(" ");
        const r = ctx.runLine({ ...ctx.state, env: { ...ctx.state.env, ...vars } }, quoted);
        ctx.traces?.push(...r.traces);
        return { code: r.exitCode, out: r.output, state: { ...r.state, env: ctx.state.env }, wait: r.wait };
      }
      return { code: 0, out: [out(sortedEnv({ ...ctx.state.env, ...vars }).map(([k, v]) => `${k}=${v}\n`).join(""))] };
    }
    return { code: 0, out: [out(Object.entries(ctx.state.env).map(([k, v]) => `${k}=${v}\n`).join(""))] };
  },
};

const printenv: CommandSpec = {
  name: "printenv",
  summary: "print environment variables",
  run(ctx, args) {
    if (!args.length) return env.run(ctx, []);
    const vals = args.filter((a) => a in ctx.state.env).map((a) => ctx.state.env[a] + "\n");
    return { code: vals.length === args.length ? 0 : 1, out: vals.length ? [out(vals.join(""))] : [] };
  },
};

const trueCmd: CommandSpec = { name: "true", summary: "do nothing, successfully", run: () => ({ code: 0, out: [] }) };
const colonCmd: CommandSpec = { name: ":", summary: "do nothing, successfully (expanding its arguments)", run: () => ({ code: 0, out: [] }) };
const falseCmd: CommandSpec = { name: "false", summary: "do nothing, unsuccessfully", run: () => ({ code: 1, out: [] }) };

const history: CommandSpec = {
  name: "history",
  summary: "show command history",
  run(ctx, args) {
    if (args[0] === "-c") return { code: 0, out: [], state: { ...ctx.state, history: [] } };
    const h = ctx.state.history;
    const n = args[0] && /^\d+$/.test(args[0]) ? Number(args[0]) : h.length;
    const start = Math.max(0, h.length - n);
    return { code: 0, out: [out(h.slice(start).map((l, i) => `${String(start + i + 1).padStart(5)}  ${l}\n`).join(""))] };
  },
};

const clear: CommandSpec = { name: "clear", summary: "clear the screen", run: () => ({ code: 0, out: [], control: "clear" }) };
const hint: CommandSpec = { name: "hint", summary: "show a hint for the current lab step", run: () => ({ code: 0, out: [], control: "hint" }) };
// As on Linux, `reset` reinitializes the terminal: the screen is cleared, nothing else changes (the
// lab's own Reset button starts over, and asks first).
const reset: CommandSpec = { name: "reset", summary: "reinitialize the terminal (clears the screen)", run: () => ({ code: 0, out: [], control: "clear" }) };

const exit: CommandSpec = {
  name: "exit",
  summary: "leave an ssh session (or close the terminal)",
  run(ctx, args) {
    const code = args[0] && /^\d+$/.test(args[0]) ? Number(args[0]) % 256 : ctx.state.lastExit;
    const stack = ctx.state.hostStack;
    if (stack.length > 1) {
      const here = currentHost(ctx.state);
      const saved = ctx.state.sshSaved ?? [];
      const back = saved[saved.length - 1];
      const state: ShellState = {
        ...ctx.state,
        hostStack: stack.slice(0, -1),
        sshSaved: saved.slice(0, -1),
        user: back?.user ?? ctx.state.user,
        cwd: back?.cwd ?? homeOf(back?.user ?? ctx.state.user),
        env: back?.env ?? ctx.state.env,
      };
      const name = here?.kind === "instance" ? here.ip : (here?.name ?? "host");
      const sameHost = stack[stack.length - 1] === stack[stack.length - 2];
      return { code, out: [out(sameHost ? "logout\n" : `logout\nConnection to ${name} closed.\n`)], state };
    }
    return { code, out: [out("logout\n")], control: "logout" };
  },
};

const whoami: CommandSpec = { name: "whoami", summary: "print the user name", run: (ctx) => ({ code: 0, out: [out(ctx.state.user + "\n")] }) };

const id: CommandSpec = {
  name: "id",
  summary: "print user identity",
  run(ctx) {
    const u = ctx.state.user;
    const n = u === "root" ? 0 : 1000;
    return { code: 0, out: [out(`uid=${n}(${u}) gid=${n}(${u}) groups=${n}(${u})${u === "root" ? "" : ",4(adm),10(wheel),190(systemd-journal)"}\n`)] };
  },
};

const hostname: CommandSpec = {
  name: "hostname",
  summary: "print the host name (-I for addresses)",
  run(ctx, args) {
    const h = currentHost(ctx.state);
    if (args.includes("-I") || args.includes("-i")) return { code: 0, out: [out((h?.ip ?? "127.0.0.1") + " \n")] };
    if (args.includes("-f")) return { code: 0, out: [out((h?.hostname ?? "localhost") + (h?.kind === "instance" ? ".ec2.internal" : "") + "\n")] };
    return { code: 0, out: [out((h?.hostname ?? "localhost") + (h?.kind === "instance" ? ".ec2.internal" : "") + "\n")] };
  },
};

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `Sun Nov 22 09:47:32 UTC 2026` — date(1) and dig's WHEN line. */
export function unixDate(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}

const date: CommandSpec = {
  name: "date",
  summary: "print the (simulated) date",
  run(ctx, args) {
    const ms = typeof ctx.state.world.clock === "number" ? ctx.state.world.clock : 0;
    if (args[0] === "-u" || args.length === 0) return { code: 0, out: [out(unixDate(ms) + "\n")] };
    if (args[0] === "+%s") return { code: 0, out: [out(Math.floor(ms / 1000) + "\n")] };
    if (args[0] === "-Iseconds" || args[0] === "--iso-8601=seconds") return { code: 0, out: [out(new Date(ms).toISOString().replace(/\.\d+Z$/, "+00:00") + "\n")] };
    return { code: 0, out: [out(unixDate(ms) + "\n")] };
  },
};

const uname: CommandSpec = {
  name: "uname",
  summary: "print system information",
  run(ctx, args) {
    const h = currentHost(ctx.state);
    if (args.includes("-a"))
      return { code: 0, out: [out(`Linux ${h?.hostname ?? "localhost"}.ec2.internal 6.1.112-122.189.amzn2023.x86_64 #1 SMP PREEMPT_DYNAMIC Tue Oct  8 17:04:25 UTC 2024 x86_64 x86_64 x86_64 GNU/Linux\n`)] };
    if (args.includes("-r")) return { code: 0, out: [out("6.1.112-122.189.amzn2023.x86_64\n")] };
    return { code: 0, out: [out("Linux\n")] };
  },
};

const sleep: CommandSpec = {
  name: "sleep",
  summary: "wait N seconds (advances nothing; use the lab clock)",
  run(_ctx, args) {
    const n = Number(args[0]);
    if (args.length === 0) return { code: 1, out: [err("sleep: missing operand\nTry 'sleep --help' for more information.\n")] };
    if (!Number.isFinite(n) || n < 0) return { code: 1, out: [err(`sleep: invalid time interval ‘${args[0]}’\nTry 'sleep --help' for more information.\n`)] };
    const shown = Math.min(n, 3);
    return { code: 0, out: [], wait: { seconds: shown, realSeconds: n } };
  },
};

const sudo: CommandSpec = {
  name: "sudo",
  summary: "run a command as root (sudo CMD, sudo -i)",
  run(ctx, args) {
    if (args.length === 0) return { code: 1, out: [err("usage: sudo -h | -K | -k | -V\nusage: sudo -v [-ABkNnS] [-g group] [-h host] [-p prompt] [-u user]\nusage: sudo -l [-ABkNnS] [-g group] [-h host] [-p prompt] [-U user]\n            [-u user] [command [arg ...]]\n")] };
    const login = args[0] === "-i" || args[0] === "-s" || (args[0] === "su" && (args.length === 1 || args[1] === "-"));
    if (login) {
      const state: ShellState = {
        ...ctx.state,
        hostStack: [...ctx.state.hostStack, ctx.state.hostStack[ctx.state.hostStack.length - 1]],
        sshSaved: [...(ctx.state.sshSaved ?? []), { user: ctx.state.user, cwd: ctx.state.cwd, env: ctx.state.env }],
        user: "root",
        cwd: "/root",
        env: { ...ctx.state.env, HOME: "/root", USER: "root", LOGNAME: "root" },
      };
      return { code: 0, out: [], state };
    }
    if (!ctx.runLine) return { code: 1, out: [] };
    const quoted = args.map((a) => "'" + a.replace(/'/g, "'\\''") + "'").join(" ");
    const r = ctx.runLine({ ...ctx.state, user: "root", env: { ...ctx.state.env, USER: "root" } }, quoted);
    ctx.traces?.push(...r.traces);
    return { code: r.exitCode, out: r.output, state: { ...r.state, user: ctx.state.user, env: ctx.state.env, cwd: ctx.state.cwd }, wait: r.wait };
  },
};

export const basicTools: CommandSpec[] = [
  sudo,
  echo,
  printf,
  cat,
  ls,
  cd,
  pwd,
  mkdir,
  rm,
  touch,
  exportCmd,
  unset,
  env,
  printenv,
  trueCmd,
  colonCmd,
  falseCmd,
  history,
  clear,
  hint,
  reset,
  exit,
  { ...exit, name: "logout" },
  whoami,
  id,
  hostname,
  date,
  uname,
  sleep,
];

export function displayCwd(state: ShellState): string {
  return displayPath(state, state.cwd);
}

export type { CmdResult };
