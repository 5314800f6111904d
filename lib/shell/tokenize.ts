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
  | { fd: 0; op: "<<"; body: string; expand: boolean };

export interface SimpleCommand {
  words: Word[];
  redirects: Redirect[];
}

export type Connector = ";" | "&&" | "||";

export interface ListItem {
  conn: Connector | null;
  pipeline: SimpleCommand[];
}

export type ParseResult = { ok: true; list: ListItem[] } | { ok: false; error: string };

type Tok =
  | { k: "word"; w: Word }
  | { k: "op"; v: "|" | "&&" | "||" | ";" | "&" | "\n" }
  | { k: "redir"; fd: 0 | 1 | 2; v: ">" | ">>" | ">&1" | ">&2" | "<" | "<<" | "<<-" | "&>" };

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

function lex(input: string): Tok[] {
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
          // bash warns but still uses the body.
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
      if (n === undefined || n === "/" || n === " " || n === "\t" || n === "\n" || n === ";" || n === "|") {
        word = [{ t: "tilde" }];
        i++;
        continue;
      }
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
        if (two === ";;") throw new ParseError("syntax error near unexpected token `;;'");
        toks.push({ k: "op", v: ";" });
        i += 1;
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
        if (three === "<<-" || two === "<<") {
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
  }
  return toks;
}

// Here-doc bodies are filled in after the token is created; keep the link outside the token type.
const heredocHolders = new WeakMap<object, { body: string; expand: boolean }>();

function tokText(t: Tok): string {
  if (t.k === "op") return t.v === "\n" ? "newline" : t.v;
  if (t.k === "redir") return t.v === "&>" ? "&>" : t.v;
  return "word";
}

export function parse(input: string): ParseResult {
  try {
    const toks = lex(input);
    const list: ListItem[] = [];
    let conn: Connector | null = null;
    let pipeline: SimpleCommand[] = [];
    let cmd: SimpleCommand | null = null;
    let expectCommand = false; // after | && || a command is mandatory
    for (let idx = 0; idx < toks.length; idx++) {
      const t = toks[idx];
      if (t.k === "word") {
        if (!cmd) cmd = { words: [], redirects: [] };
        cmd.words.push(t.w);
        expectCommand = false;
        continue;
      }
      if (t.k === "redir") {
        if (!cmd) cmd = { words: [], redirects: [] };
        if (t.v === ">&1" || t.v === ">&2") {
          if (t.v === ">&1") cmd.redirects.push({ fd: 2, op: ">&1" });
          else cmd.redirects.push({ fd: 1, op: ">&2" });
          continue;
        }
        if (t.v === "<<") {
          const holder = heredocHolders.get(t);
          cmd.redirects.push({ fd: 0, op: "<<", body: holder?.body ?? "", expand: holder?.expand ?? true });
          continue;
        }
        const next = toks[idx + 1];
        if (!next || next.k !== "word") {
          throw new ParseError(`syntax error near unexpected token \`${next ? tokText(next) : "newline"}'`);
        }
        idx++;
        if (t.v === "<") cmd.redirects.push({ fd: 0, op: "<", target: next.w });
        else if (t.v === "&>") {
          cmd.redirects.push({ fd: 1, op: ">", target: next.w });
          cmd.redirects.push({ fd: 2, op: ">&1" });
        } else cmd.redirects.push({ fd: t.fd === 2 ? 2 : 1, op: t.v === ">>" ? ">>" : ">", target: next.w });
        continue;
      }
      // operators
      if (t.v === "&") throw new ParseError("background jobs (&) are not supported in this terminal");
      if (t.v === "|") {
        if (!cmd) throw new ParseError("syntax error near unexpected token `|'");
        pipeline.push(cmd);
        cmd = null;
        expectCommand = true;
        continue;
      }
      // ; && || newline end a pipeline
      if (!cmd) {
        if (t.v === "\n" && !expectCommand && pipeline.length === 0) continue;
        if (t.v === "\n" && expectCommand) continue; // `a |\n b` and `a &&\n b` continue on the next line
        // bash: an empty command before `;` (`; a`, `a; ; b`, `a\n; b`) is a syntax error.
        if (t.v === ";") throw new ParseError("syntax error near unexpected token `;'");
        throw new ParseError(`syntax error near unexpected token \`${tokText(t)}'`);
      }
      pipeline.push(cmd);
      cmd = null;
      list.push({ conn, pipeline });
      pipeline = [];
      conn = t.v === "&&" || t.v === "||" ? t.v : ";";
      expectCommand = t.v === "&&" || t.v === "||";
    }
    if (cmd) {
      pipeline.push(cmd);
      list.push({ conn, pipeline });
    } else if (pipeline.length > 0 || expectCommand) {
      throw new ParseError("syntax error: unexpected end of file");
    }
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
  return cmd.words.map((w) => w.map((p) => (p.t === "lit" ? p.v : p.t === "tilde" ? "~" : "")).join(""));
}
