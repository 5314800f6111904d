/**
 * A small bash-like parser: quotes, escapes, line continuation, `$VAR`/`${VAR}`/`$?`/`$(…)`,
 * `;` `&&` `||` `|`, redirects (`>`, `>>`, `2>`, `2>>`, `2>&1`, `&>`, `<`) and here-documents.
 * It never throws: problems come back as `{ ok: false, error }` with bash's wording.
 */

export type WordPart =
  | { t: "lit"; v: string; q: boolean }
  | { t: "var"; name: string; q: boolean }
  | { t: "cmd"; src: string; q: boolean }
  | { t: "arith"; src: string; q: boolean }
  /** ${#NAME} (length) and ${NAME:-word} ${NAME-word} ${NAME:+word} ${NAME+word} */
  | { t: "param"; name: string; op: "#" | ":-" | "-" | ":+" | "+"; arg: string; q: boolean }
  | { t: "tilde" };

export type Word = WordPart[];

export type Redirect =
  | { fd: 1 | 2; op: ">" | ">>"; target: Word }
  | { fd: 2; op: ">&1" }
  | { fd: 1; op: ">&2" }
  | { fd: 0; op: "<"; target: Word }
  | { fd: 0; op: "<<"; body: string; expand: boolean }
  | { fd: 0; op: "<<<"; target: Word };

export interface SimpleCommand {
  type?: undefined;
  words: Word[];
  redirects: Redirect[];
}

/** Compound commands (bash(1), "Compound Commands"), each with its own trailing redirects. */
export type Compound = (
  | { type: "for"; name: string; items: Word[] | null; body: List }
  | { type: "cfor"; init: string; cond: string; step: string; body: List }
  | { type: "while"; until: boolean; cond: List; body: List }
  | { type: "if"; clauses: Array<{ cond: List; body: List }>; otherwise: List | null }
  | { type: "case"; word: Word; arms: Array<{ patterns: Word[]; body: List }> }
  | { type: "group"; body: List }
  | { type: "subshell"; body: List }
  | { type: "arith"; src: string }
) & { redirects: Redirect[] };

export type Command = SimpleCommand | Compound;

export type Connector = ";" | "&&" | "||";

export interface ListItem {
  conn: Connector | null;
  pipeline: Command[];
  /** `! pipeline`: the exit status is negated */
  negate?: boolean;
}

export type List = ListItem[];

export type ParseResult = { ok: true; list: List } | { ok: false; error: string };

type Tok =
  | { k: "word"; w: Word }
  | { k: "op"; v: "|" | "&&" | "||" | ";" | ";;" | "&" | "\n" | "(" | ")" }
  | { k: "arith"; src: string }
  | { k: "redir"; fd: 0 | 1 | 2; v: ">" | ">>" | ">&1" | ">&2" | "<" | "<<" | "<<-" | "<<<" | "&>" };

const VAR_START = /[A-Za-z_]/;
const VAR_CHAR = /[A-Za-z0-9_]/;

class ParseError {
  constructor(readonly message: string) {}
}

/** Find the index just after the `)` matching `$(` that starts at `start` (pointing after `$(`). */
function scanSubst(src: string, start: number): number {
  let depth = 1;
  let i = start;
  while (i < src.length) {
    const c = src[i];
    if (c === "\\") {
      i += 2;
      continue;
    }
    if (c === "'") {
      const j = src.indexOf("'", i + 1);
      if (j < 0) throw new ParseError("unexpected EOF while looking for matching `''");
      i = j + 1;
      continue;
    }
    if (c === '"') {
      i++;
      while (i < src.length && src[i] !== '"') {
        if (src[i] === "\\") i++;
        i++;
      }
      if (i >= src.length) throw new ParseError('unexpected EOF while looking for matching `"\'');
      i++;
      continue;
    }
    if (c === "(") depth++;
    if (c === ")") {
      depth--;
      if (depth === 0) return i + 1;
    }
    i++;
  }
  throw new ParseError("unexpected EOF while looking for matching `)'");
}

/** Index of the closing backquote of `…` starting at `start` (after the opening one). */
function scanBacktick(src: string, start: number): number {
  let i = start;
  while (i < src.length) {
    if (src[i] === "\\") {
      i += 2;
      continue;
    }
    if (src[i] === "`") return i;
    i++;
  }
  throw new ParseError("unexpected EOF while looking for matching ``'");
}

/** Inside backquotes a backslash quotes only $ ` and \\ (bash(1), "Command Substitution"). */
function unescapeBacktick(text: string): string {
  return text.replace(/\\([$`\\])/g, "$1");
}

/** `info.openHeredoc` is set when a here-document's delimiter line has not come yet. */
function lex(input: string, info: { openHeredoc: boolean } = { openHeredoc: false }): Tok[] {
  // Line continuation: backslash-newline disappears (outside single quotes; close enough).
  const src = input.replace(/\\\r?\n/g, "");
  const toks: Tok[] = [];
  const pendingHeredocs: Array<{ delim: string; strip: boolean; tok: { body: string; expand: boolean } }> = [];
  let i = 0;
  let word: Word | null = null;
  const lit = (v: string, q: boolean) => {
    if (!word) word = [];
    const last = word[word.length - 1];
    if (last && last.t === "lit" && last.q === q) last.v += v;
    else word.push({ t: "lit", v, q });
  };
  const flush = () => {
    if (word) toks.push({ k: "word", w: word });
    word = null;
  };
  const readDollar = (q: boolean): boolean => {
    // src[i] === "$"
    const n = src[i + 1];
    if (n === "?" || n === "$" || n === "#" || n === "0") {
      if (!word) word = [];
      word.push({ t: "var", name: n, q });
      i += 2;
      return true;
    }
    if (n === "{") {
      const j = src.indexOf("}", i + 2);
      if (j < 0) throw new ParseError("unexpected EOF while looking for matching `}'");
      const name = src.slice(i + 2, j);
      const len = /^#([A-Za-z_][A-Za-z0-9_]*)$/.exec(name);
      const dflt = /^([A-Za-z_][A-Za-z0-9_]*)(:-|-|:\+|\+)(.*)$/s.exec(name);
      if (len || dflt) {
        if (!word) word = [];
        word.push(len ? { t: "param", name: len[1], op: "#", arg: "", q } : { t: "param", name: dflt![1], op: dflt![2] as ":-" | "-" | ":+" | "+", arg: dflt![3], q });
        i = j + 1;
        return true;
      }
      if (!/^([A-Za-z_][A-Za-z0-9_]*|\?)$/.test(name)) throw new ParseError(`\${${name}}: bad substitution`);
      if (!word) word = [];
      word.push({ t: "var", name, q });
      i = j + 1;
      return true;
    }
    if (n === "(") {
      const end = scanSubst(src, i + 2);
      if (!word) word = [];
      const inner = src.slice(i + 2, end - 1);
      // $(( … )) is arithmetic expansion; $( (…) ) a command substitution of a subshell
      if (src[i + 2] === "(" && inner.endsWith(")")) word.push({ t: "arith", src: inner.slice(1, -1), q });
      else word.push({ t: "cmd", src: inner, q });
      i = end;
      return true;
    }
    if (n !== undefined && VAR_START.test(n)) {
      let j = i + 1;
      while (j < src.length && VAR_CHAR.test(src[j])) j++;
      if (!word) word = [];
      word.push({ t: "var", name: src.slice(i + 1, j), q });
      i = j;
      return true;
    }
    return false;
  };

  while (i < src.length) {
    const c = src[i];
    if (c === "\n") {
      flush();
      toks.push({ k: "op", v: "\n" });
      i++;
      // Here-document bodies follow the line that announced them.
      while (pendingHeredocs.length > 0) {
        const h = pendingHeredocs.shift()!;
        const lines: string[] = [];
        let found = false;
        while (i <= src.length) {
          const e = src.indexOf("\n", i);
          const lineEnd = e < 0 ? src.length : e;
          let line = src.slice(i, lineEnd);
          i = e < 0 ? src.length + 1 : e + 1;
          if (h.strip) line = line.replace(/^\t+/, "");
          if (line === h.delim) {
            found = true;
            break;
          }
          lines.push(line);
          if (e < 0) break;
        }
        if (i > src.length) i = src.length;
        h.tok.body = lines.length ? lines.join("\n") + "\n" : "";
        if (!found) {
          // bash warns but still uses the body; at a terminal it keeps reading (PS2)
          info.openHeredoc = true;
        }
      }
      continue;
    }
    if (c === " " || c === "\t" || c === "\r") {
      flush();
      i++;
      continue;
    }
    if (c === "#" && !word) {
      while (i < src.length && src[i] !== "\n") i++;
      continue;
    }
    if (c === "\\") {
      if (i + 1 < src.length) lit(src[i + 1], true);
      i += 2;
      continue;
    }
    if (c === "'") {
      const j = src.indexOf("'", i + 1);
      if (j < 0) throw new ParseError("unexpected EOF while looking for matching `''");
      lit(src.slice(i + 1, j), true);
      if (j === i + 1 && !word) word = [];
      if (!word) word = [];
      i = j + 1;
      continue;
    }
    if (c === '"') {
      if (!word) word = [];
      lit("", true);
      i++;
      let closed = false;
      while (i < src.length) {
        const d = src[i];
        if (d === '"') {
          closed = true;
          i++;
          break;
        }
        if (d === "\\" && i + 1 < src.length && '$`"\\\n'.includes(src[i + 1])) {
          lit(src[i + 1], true);
          i += 2;
          continue;
        }
        if (d === "$" && readDollar(true)) continue;
        if (d === "`") {
          const end = scanBacktick(src, i + 1);
          word!.push({ t: "cmd", src: unescapeBacktick(src.slice(i + 1, end)), q: true });
          i = end + 1;
          continue;
        }
        lit(d, true);
        i++;
      }
      if (!closed) throw new ParseError('unexpected EOF while looking for matching `"\'');
      continue;
    }
    if (c === "$") {
      if (readDollar(false)) continue;
      lit("$", false);
      i++;
      continue;
    }
    if (c === "~" && !word) {
      const n = src[i + 1];
      if (n === undefined || n === "/" || n === " " || n === "\t" || n === "\n" || n === ";" || n === "|" || n === ")") {
        word = [{ t: "tilde" }];
        i++;
        continue;
      }
    }
    if (c === "`") {
      const end = scanBacktick(src, i + 1);
      if (!word) word = [];
      word.push({ t: "cmd", src: unescapeBacktick(src.slice(i + 1, end)), q: false });
      i = end + 1;
      continue;
    }
    if (c === "(" && !word && src[i + 1] === "(") {
      // (( expression )): an arithmetic command (bash(1), "Compound Commands")
      const end = scanSubst(src, i + 1);
      const inner = src.slice(i + 2, end - 1);
      if (inner.endsWith(")")) {
        toks.push({ k: "arith", src: inner.slice(0, -1) });
        i = end;
        continue;
      }
    }
    if (c === "(" || c === ")") {
      flush();
      toks.push({ k: "op", v: c });
      i++;
      continue;
    }
    if (c === "|" || c === "&" || c === ";" || c === ">" || c === "<") {
      // "2>" only when the word so far is exactly the digit 2 (unquoted).
      const w: Word | null = word;
      let fd: 0 | 1 | 2 | null = null;
      if ((c === ">" || c === "<") && w && w.length === 1) {
        const p = w[0];
        if (p.t === "lit" && !p.q && (p.v === "1" || p.v === "2" || p.v === "0")) {
          fd = Number(p.v) as 0 | 1 | 2;
          word = null;
        }
      }
      flush();
      const two = src.slice(i, i + 2);
      const three = src.slice(i, i + 3);
      if (c === "|") {
        if (two === "||") {
          toks.push({ k: "op", v: "||" });
          i += 2;
        } else {
          toks.push({ k: "op", v: "|" });
          i += 1;
        }
      } else if (c === "&") {
        if (two === "&&") {
          toks.push({ k: "op", v: "&&" });
          i += 2;
        } else if (two === "&>") {
          toks.push({ k: "redir", fd: 1, v: "&>" });
          i += 2;
        } else {
          toks.push({ k: "op", v: "&" });
          i += 1;
        }
      } else if (c === ";") {
        if (two === ";;") {
          toks.push({ k: "op", v: ";;" });
          i += 2;
        } else {
          toks.push({ k: "op", v: ";" });
          i += 1;
        }
      } else if (c === ">") {
        if (three === ">&1" || three === ">&2") {
          toks.push({ k: "redir", fd: fd ?? 1, v: three === ">&1" ? ">&1" : ">&2" });
          i += 3;
        } else if (two === ">>") {
          toks.push({ k: "redir", fd: fd ?? 1, v: ">>" });
          i += 2;
        } else {
          toks.push({ k: "redir", fd: fd ?? 1, v: two === ">|" ? ">" : ">" });
          i += two === ">|" ? 2 : 1;
        }
      } else {
        if (three === "<<<") {
          toks.push({ k: "redir", fd: 0, v: "<<<" });
          i += 3;
        } else if (three === "<<-" || two === "<<") {
          const strip = three === "<<-";
          i += strip ? 3 : 2;
          while (src[i] === " " || src[i] === "\t") i++;
          // Delimiter word: quotes mean "no expansion".
          let delim = "";
          let quoted = false;
          while (i < src.length && !" \t\n;|&<>".includes(src[i])) {
            const d = src[i];
            if (d === "'" || d === '"') {
              const j = src.indexOf(d, i + 1);
              if (j < 0) throw new ParseError(`unexpected EOF while looking for matching \`${d}'`);
              delim += src.slice(i + 1, j);
              quoted = true;
              i = j + 1;
            } else if (d === "\\") {
              quoted = true;
              delim += src[i + 1] ?? "";
              i += 2;
            } else {
              delim += d;
              i++;
            }
          }
          if (!delim) throw new ParseError("syntax error near unexpected token `newline'");
          const tok = { k: "redir" as const, fd: 0 as const, v: "<<" as const, body: "", expand: !quoted };
          const holder = { body: "", expand: !quoted };
          pendingHeredocs.push({ delim, strip, tok: holder });
          toks.push(tok);
          heredocHolders.set(tok, holder);
        } else {
          toks.push({ k: "redir", fd: 0, v: "<" });
          i += 1;
        }
      }
      continue;
    }
    lit(c, false);
    i++;
  }
  flush();
  if (pendingHeredocs.length > 0) {
    // Here-document announced but the line ended: bash warns and uses an empty body.
    for (const h of pendingHeredocs) h.tok.body = "";
    info.openHeredoc = true;
  }
  return toks;
}

// Here-doc bodies are filled in after the token is created; keep the link outside the token type.
const heredocHolders = new WeakMap<object, { body: string; expand: boolean }>();

function tokText(t: Tok): string {
  if (t.k === "op") return t.v === "\n" ? "newline" : t.v;
  if (t.k === "redir") return t.v === "&>" ? "&>" : t.v;
  if (t.k === "arith") return "((";
  return wordText(t.w);
}

function wordText(w: Word): string {
  return w.map((p) => (p.t === "lit" ? p.v : p.t === "tilde" ? "~" : "")).join("");
}

const RESERVED = new Set(["if", "then", "elif", "else", "fi", "for", "in", "do", "done", "while", "until", "case", "esac", "{", "}", "!"]);

/** The reserved word a token is, when it stands where a command may start. */
function reservedOf(t: Tok | undefined): string | null {
  if (!t || t.k !== "word" || t.w.length !== 1) return null;
  const p = t.w[0];
  return p.t === "lit" && !p.q && RESERVED.has(p.v) ? p.v : null;
}

/** Does a line end in the middle of a construct, so bash would prompt with PS2 ("> ")? */
export function needsMore(input: string): boolean {
  const info = { openHeredoc: false };
  const r = parse(input, info);
  if (r.ok) return info.openHeredoc;
  return (r.error.startsWith("unexpected EOF") || r.error === "syntax error: unexpected end of file");
}

/**
 * Recursive descent over the tokens, after bash's grammar (bash(1), "SHELL GRAMMAR"): a list is
 * pipelines joined by ; & && || and newlines; a pipeline is commands joined by |; a command is a
 * simple command or a compound one (for, while/until, if, case, { }, ( ), (( ))).
 */
class Parser {
  i = 0;
  constructor(readonly toks: Tok[]) {}

  peek(): Tok | undefined {
    return this.toks[this.i];
  }

  isOp(v: string, t: Tok | undefined = this.peek()): boolean {
    return !!t && t.k === "op" && t.v === v;
  }

  unexpected(t: Tok | undefined = this.peek()): never {
    if (!t) throw new ParseError("syntax error: unexpected end of file");
    throw new ParseError(`syntax error near unexpected token \`${tokText(t)}'`);
  }

  skipNewlines(): void {
    while (this.isOp("\n")) this.i++;
  }

  /** Expect a reserved word (after optional newlines). */
  expectWord(w: string): void {
    this.skipNewlines();
    if (reservedOf(this.peek()) !== w) this.unexpected();
    this.i++;
  }

  /** A list up to one of the reserved words in `stops` (at command position), `)`, `;;` or the end. */
  list(stops: ReadonlySet<string>, top = false): List {
    const list: List = [];
    let conn: Connector | null = null;
    for (;;) {
      // separators before a command
      if (conn === null || conn === ";") {
        while (this.isOp("\n")) this.i++;
      } else {
        while (this.isOp("\n")) this.i++; // `a &&\n b` continues on the next line
      }
      const t = this.peek();
      if (!t) {
        if (conn === "&&" || conn === "||") this.unexpected();
        break;
      }
      const rw = reservedOf(t);
      if (rw && stops.has(rw)) {
        if (conn === "&&" || conn === "||") this.unexpected();
        break;
      }
      if (t.k === "op" && (t.v === ")" || t.v === ";;")) {
        if (top || conn === "&&" || conn === "||") this.unexpected();
        break;
      }
      if (t.k === "op" && (t.v === ";" || t.v === "&" || t.v === "|" || t.v === "&&" || t.v === "||")) {
        if (t.v === "&") throw new ParseError("background jobs (&) are not supported in this terminal");
        this.unexpected();
      }
      const { pipeline, negate } = this.pipeline(stops);
      list.push(negate ? { conn, pipeline, negate } : { conn, pipeline });
      const sep = this.peek();
      if (!sep) break;
      if (sep.k === "op" && (sep.v === ";" || sep.v === "\n" || sep.v === "&&" || sep.v === "||")) {
        this.i++;
        conn = sep.v === "&&" || sep.v === "||" ? sep.v : ";";
        continue;
      }
      if (sep.k === "op" && sep.v === "&") throw new ParseError("background jobs (&) are not supported in this terminal");
      if (sep.k === "op" && (sep.v === ")" || sep.v === ";;")) {
        if (top) this.unexpected();
        break;
      }
      const srw = reservedOf(sep);
      if (srw && stops.has(srw)) break;
      this.unexpected();
    }
    return list;
  }

  pipeline(stops: ReadonlySet<string>): { pipeline: Command[]; negate: boolean } {
    let negate = false;
    while (reservedOf(this.peek()) === "!") {
      negate = !negate;
      this.i++;
    }
    const pipeline: Command[] = [this.command(stops)];
    while (this.isOp("|")) {
      this.i++;
      this.skipNewlines();
      const t = this.peek();
      if (!t) this.unexpected();
      if (t.k === "op") this.unexpected();
      pipeline.push(this.command(stops));
    }
    return { pipeline, negate };
  }

  redirect(cmd: { redirects: Redirect[] }): void {
    const t = this.toks[this.i++];
    if (t.k !== "redir") return;
    if (t.v === ">&1" || t.v === ">&2") {
      if (t.v === ">&1") cmd.redirects.push({ fd: 2, op: ">&1" });
      else cmd.redirects.push({ fd: 1, op: ">&2" });
      return;
    }
    if (t.v === "<<") {
      const holder = heredocHolders.get(t);
      cmd.redirects.push({ fd: 0, op: "<<", body: holder?.body ?? "", expand: holder?.expand ?? true });
      return;
    }
    const next = this.peek();
    if (!next || next.k !== "word") {
      throw new ParseError(`syntax error near unexpected token \`${next ? tokText(next) : "newline"}'`);
    }
    this.i++;
    if (t.v === "<") cmd.redirects.push({ fd: 0, op: "<", target: next.w });
    else if (t.v === "<<<") cmd.redirects.push({ fd: 0, op: "<<<", target: next.w });
    else if (t.v === "&>") {
      cmd.redirects.push({ fd: 1, op: ">", target: next.w });
      cmd.redirects.push({ fd: 2, op: ">&1" });
    } else cmd.redirects.push({ fd: t.fd === 2 ? 2 : 1, op: t.v === ">>" ? ">>" : ">", target: next.w });
  }

  trailingRedirects<T extends { redirects: Redirect[] }>(c: T): T {
    while (this.peek()?.k === "redir") this.redirect(c);
    const t = this.peek();
    if (t && t.k === "word") this.unexpected();
    return c;
  }

  command(stops: ReadonlySet<string>): Command {
    const t = this.peek()!;
    const rw = reservedOf(t);
    if (t.k === "arith") {
      this.i++;
      return this.trailingRedirects({ type: "arith", src: t.src, redirects: [] });
    }
    if (this.isOp("(")) {
      this.i++;
      const body = this.list(new Set());
      if (!this.isOp(")")) this.unexpected();
      this.i++;
      if (body.length === 0) this.unexpected(this.toks[this.i - 1]);
      return this.trailingRedirects({ type: "subshell", body, redirects: [] });
    }
    if (rw === "{") {
      this.i++;
      const body = this.list(new Set(["}"]));
      this.expectWord("}");
      if (body.length === 0) this.unexpected(this.toks[this.i - 1]);
      return this.trailingRedirects({ type: "group", body, redirects: [] });
    }
    if (rw === "if") {
      this.i++;
      const clauses: Array<{ cond: List; body: List }> = [];
      let otherwise: List | null = null;
      for (;;) {
        const cond = this.nonEmpty(new Set(["then"]));
        this.expectWord("then");
        const body = this.nonEmpty(new Set(["elif", "else", "fi"]));
        clauses.push({ cond, body });
        this.skipNewlines();
        const w = reservedOf(this.peek());
        this.i++;
        if (w === "elif") continue;
        if (w === "else") {
          otherwise = this.nonEmpty(new Set(["fi"]));
          this.expectWord("fi");
        } else if (w !== "fi") this.unexpected(this.toks[this.i - 1]);
        break;
      }
      return this.trailingRedirects({ type: "if", clauses, otherwise, redirects: [] });
    }
    if (rw === "while" || rw === "until") {
      this.i++;
      const cond = this.nonEmpty(new Set(["do"]));
      this.expectWord("do");
      const body = this.nonEmpty(new Set(["done"]));
      this.expectWord("done");
      return this.trailingRedirects({ type: "while", until: rw === "until", cond, body, redirects: [] });
    }
    if (rw === "for") {
      this.i++;
      const nt = this.peek();
      if (nt && nt.k === "arith") {
        this.i++;
        const parts = nt.src.split(";");
        if (parts.length !== 3) throw new ParseError(`syntax error: arithmetic expression required`);
        while (this.isOp(";") || this.isOp("\n")) this.i++;
        const body = this.doBody();
        return this.trailingRedirects({ type: "cfor", init: parts[0], cond: parts[1], step: parts[2], body, redirects: [] });
      }
      if (!nt || nt.k !== "word") this.unexpected(nt);
      const name = wordText(nt.w);
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new ParseError(`\`${name}': not a valid identifier`);
      this.i++;
      let items: Word[] | null = null;
      this.skipNewlines();
      if (reservedOf(this.peek()) === "in") {
        this.i++;
        items = [];
        while (this.peek()?.k === "word") items.push((this.toks[this.i++] as { w: Word }).w);
        if (this.isOp(";") || this.isOp("\n")) this.i++;
        else if (this.peek()) this.unexpected();
      } else if (this.isOp(";")) this.i++;
      const body = this.doBody();
      return this.trailingRedirects({ type: "for", name, items, body, redirects: [] });
    }
    if (rw === "case") {
      this.i++;
      const wt = this.peek();
      if (!wt || wt.k !== "word") this.unexpected(wt);
      this.i++;
      this.expectWord("in");
      const arms: Array<{ patterns: Word[]; body: List }> = [];
      for (;;) {
        this.skipNewlines();
        if (reservedOf(this.peek()) === "esac") {
          this.i++;
          break;
        }
        if (this.isOp("(")) this.i++;
        const patterns: Word[] = [];
        for (;;) {
          const p = this.peek();
          if (!p || p.k !== "word") this.unexpected(p);
          patterns.push(p.w);
          this.i++;
          if (this.isOp("|")) {
            this.i++;
            continue;
          }
          break;
        }
        if (!this.isOp(")")) this.unexpected();
        this.i++;
        const body = this.list(new Set(["esac"]));
        arms.push({ patterns, body });
        this.skipNewlines();
        if (this.isOp(";;")) {
          this.i++;
          continue;
        }
        if (reservedOf(this.peek()) === "esac") {
          this.i++;
          break;
        }
        this.unexpected();
      }
      return this.trailingRedirects({ type: "case", word: wt.w, arms, redirects: [] });
    }
    if (rw && rw !== "{" && rw !== "!" && (RESERVED.has(rw) && !["in"].includes(rw) || stops.has(rw))) this.unexpected();
    // A simple command: words and redirects up to an operator.
    const cmd: SimpleCommand = { words: [], redirects: [] };
    for (;;) {
      const c = this.peek();
      if (!c) break;
      if (c.k === "word") {
        cmd.words.push(c.w);
        this.i++;
        continue;
      }
      if (c.k === "redir") {
        this.redirect(cmd);
        continue;
      }
      if (c.k === "op" && c.v === "(" && cmd.words.length > 0) this.unexpected();
      if (c.k === "arith") this.unexpected();
      break;
    }
    if (cmd.words.length === 0 && cmd.redirects.length === 0) this.unexpected();
    return cmd;
  }

  doBody(): List {
    this.expectWord("do");
    const body = this.nonEmpty(new Set(["done"]));
    this.expectWord("done");
    return body;
  }

  /** bash refuses an empty condition or body (`if then`, `do done`). */
  nonEmpty(stops: ReadonlySet<string>): List {
    const l = this.list(stops);
    if (l.length === 0) this.unexpected();
    return l;
  }
}

export function parse(input: string, info?: { openHeredoc: boolean }): ParseResult {
  try {
    const toks = lex(input, info);
    const p = new Parser(toks);
    const list = p.list(new Set(), true);
    if (p.i < toks.length) p.unexpected();
    return { ok: true, list };
  } catch (e) {
    if (e instanceof ParseError) return { ok: false, error: e.message };
    return { ok: false, error: "syntax error" };
  }
}

/** Plain words of a line, for completion: quotes removed, no expansion. */
export function roughWords(line: string): string[] {
  const r = parse(line);
  if (!r.ok || r.list.length === 0) return [];
  const last = r.list[r.list.length - 1].pipeline;
  const cmd = last[last.length - 1];
  if (cmd.type !== undefined) return [];
  return cmd.words.map(wordText);
}
