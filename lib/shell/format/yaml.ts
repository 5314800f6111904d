/**
 * A small YAML emitter shaped like the CLI's `--output yaml` (ruamel/PyYAML block style,
 * aws-reference §1.8): keys sorted, `- ` list items at the parent key's indent, strings that would
 * read as numbers/booleans/timestamps (YAML 1.2) single-quoted, multi-line strings double-quoted with `\n`
 * escapes folded at 80 columns with `\` continuations, long plain scalars moved to the next line.
 */
import { isObj } from "./json";

const WIDTH = 80;

const sortKeys = (o: Record<string, unknown>): string[] => Object.keys(o).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

// ruamel.yaml 0.19.1 (bundled with aws-cli 2.36.7, requirements/download-deps/portable-exe-lock.txt)
// resolves plain scalars with its YAML 1.2 implicit resolvers (resolver.py `Resolver`), each tried
// only when the string starts with one of its first characters. YAML 1.1 words such as
// `off`/`on`/`yes`/`no` are not booleans in 1.2, so they stay plain (`InternetGatewayBlockMode: off`).
const RESOLVERS: Array<[string, RegExp]> = [
  ["tTfF", /^(?:true|True|TRUE|false|False|FALSE)$/],
  ["-+0123456789.", /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)|[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/],
  ["-+0123456789", /^(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+)$/],
  ["<", /^<<$/],
  ["~nN", /^(?:~|null|Null|NULL)$/],
  ["0123456789", /^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$/],
  ["=", /^=$/],
  ["!&*", /^(?:!|&|\*)$/],
];
const resolvesAsOther = (s: string): boolean => RESOLVERS.some(([first, re]) => first.includes(s[0]) && re.test(s));

type Style = "plain" | "single" | "double";

const SAFE_PLAIN = /^[A-Za-z_][A-Za-z0-9_.\/-]*$/;

/** ruamel's Emitter.choose_scalar_style: a string that cannot be plain and contains `'` is double-quoted. */
function chooseStyle(s: string): Style {
  const st = chooseQuoting(s);
  return st === "single" && s.includes("'") ? "double" : st;
}

function chooseQuoting(s: string): Style {
  if (s === "") return "single";
  // Fast path: identifiers, ids, names and DNS names.
  if (SAFE_PLAIN.test(s)) return resolvesAsOther(s) ? "single" : "plain";
  if (/[\n\r\t\x00-\x08\x0b-\x1f\x7f\x85\u2028\u2029\ufeff]/.test(s)) return "double";
  if (resolvesAsOther(s)) return "single";
  if (/^[\s]|[\s]$/.test(s)) return "single";
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(s)) {
    // "-foo" / "?foo" / ":foo" are plain when the indicator is not followed by a space.
    if (!(/^[-?:][^\s]/.test(s))) return "single";
  }
  if (s.startsWith("---") || s.startsWith("...")) return "single";
  if (/: |:$| #|[,[\]{}]/.test(s) && /: |:$| #/.test(s)) return "single";
  return "plain";
}

const ESC: Record<string, string> = {
  "\0": "0",
  "\x07": "a",
  "\b": "b",
  "\t": "t",
  "\n": "n",
  "\x0b": "v",
  "\f": "f",
  "\r": "r",
  "\x1b": "e",
  '"': '"',
  "\\": "\\",
  "\x85": "N",
  "\xa0": "_",
  "\u2028": "L",
  "\u2029": "P",
};

class Emitter {
  lines: string[] = [];
  line = "";
  get column(): number {
    return this.line.length;
  }
  write(s: string): void {
    this.line += s;
  }
  newline(indent: number): void {
    this.lines.push(this.line);
    this.line = " ".repeat(indent);
  }
  finish(): string {
    if (this.line !== "") this.lines.push(this.line);
    return this.lines.join("\n") + "\n";
  }

  /** A scalar written after "key:" or "- " (current column); `indent` is where continuation lines go. */
  scalar(v: unknown, indent: number): void {
    if (v === null || v === undefined) return this.write(" null");
    if (v === true || v === false) return this.write(" " + String(v));
    if (typeof v === "number") return this.write(" " + (Number.isFinite(v) ? String(v) : v > 0 ? ".inf" : v < 0 ? "-.inf" : ".nan"));
    const s = String(v);
    const style = chooseStyle(s);
    if (style === "single") return this.single(s, indent);
    if (style === "double") return this.double(s, indent);
    return this.plain(s, indent);
  }

  plain(s: string, indent: number): void {
    // ruamel Emitter.write_plain: a word that would pass column 80 starts a new line, but only when
    // the text is right of the indent (so a list item's scalar stays after its "- "); a single space
    // at or past column 80 becomes a line break.
    this.write(" ");
    if (!s.includes(" ")) {
      // One word (ids, names, ARNs — nearly every value): the loop below reduces to this.
      if (s.length + this.column > WIDTH && this.column > indent) this.newline(indent);
      return this.write(s);
    }
    let start = 0;
    let spaces = false;
    for (let end = 0; end <= s.length; end++) {
      const ch = end < s.length ? s[end] : null;
      if (spaces) {
        if (ch !== " ") {
          if (start + 1 === end && this.column >= WIDTH) this.newline(indent);
          else this.write(s.slice(start, end));
          start = end;
        }
      } else if (ch === null || ch === " ") {
        const data = s.slice(start, end);
        if (data.length + this.column > WIDTH && this.column > indent) this.newline(indent);
        this.write(data);
        start = end;
      }
      if (ch !== null) spaces = ch === " ";
    }
  }

  single(s: string, indent: number): void {
    // ruamel Emitter.write_single_quoted: a single space past column 80 (not the first or last
    // character) becomes a line break.
    if (!s.includes(" ") && !s.includes("'")) return this.write(" '" + s + "'");
    this.write(" '");
    let start = 0;
    let spaces = false;
    for (let end = 0; end <= s.length; end++) {
      const ch = end < s.length ? s[end] : null;
      if (spaces) {
        if (ch !== " ") {
          if (start + 1 === end && this.column > WIDTH && start !== 0 && end !== s.length) this.newline(indent);
          else this.write(s.slice(start, end));
          start = end;
        }
      } else if ((ch === null || ch === " " || ch === "'") && start < end) {
        this.write(s.slice(start, end));
        start = end;
      }
      if (ch === "'") {
        this.write("''");
        start = end + 1;
      }
      if (ch !== null) spaces = ch === " ";
    }
    this.write("'");
  }


  /** The `need_backslash` test of ruamel's write_double_quoted (0.19.1). */
  doubleNeedsBackslash(text: string, start: number, end: number): boolean {
    let spacePos = text.indexOf(" ", end);
    if (spacePos < 0) return true;
    const nl = text.indexOf("\n", end);
    if (nl >= 0 && nl < spacePos) spacePos = nl;
    if (spacePos + 1 >= text.length) return true;
    const next = text[spacePos + 1];
    if (text[spacePos] === "\n" && next !== " ") return true;
    const between = text.slice(end, spacePos);
    return !(!between.includes('"') && !between.includes("'") && next !== " " && next !== "\n" && text.slice(end - 1, end + 1) !== "  " && start !== end);
  }

  double(text: string, indent: number): void {
    // Port of the emitter's write_double_quoted (allow_unicode).
    this.write(' "');
    let start = 0;
    let end = 0;
    while (end <= text.length) {
      const ch = end < text.length ? text[end] : null;
      if (ch === null || '"\\\x85\u2028\u2029\ufeff'.includes(ch) || !(isPrintable(ch))) {
        if (start < end) {
          this.write(text.slice(start, end));
          start = end;
        }
        if (ch !== null) {
          let data: string;
          if (ESC[ch] !== undefined) data = "\\" + ESC[ch];
          else {
            const code = ch.charCodeAt(0);
            data = code <= 0xff ? "\\x" + hex(code, 2) : "\\u" + hex(code, 4);
          }
          this.write(data);
          start = end + 1;
        }
      }
      if (end > 0 && end < text.length - 1 && (ch === " " || start >= end) && this.column + (end - start) > WIDTH) {
        // ruamel 0.19 drops the `\\` continuation when the break can fall on a plain space.
        const needBackslash = this.doubleNeedsBackslash(text, start, end);
        const data = text.slice(start, end) + (needBackslash ? "\\" : "");
        if (start < end) start = end;
        this.write(data);
        this.newline(indent);
        if (text[start] === " ") {
          if (needBackslash) this.write("\\");
          else start++;
        }
      }
      end++;
    }
    this.write('"');
  }

  node(v: unknown, indent: number): void {
    // Called after "key:" (or "-" for list items); writes the value.
    if (Array.isArray(v)) {
      if (v.length === 0) return this.write(" []");
      for (const item of v) {
        this.newline(indent);
        this.listItem(item, indent);
      }
      return;
    }
    if (isObj(v)) {
      const keys = sortKeys(v);
      if (keys.length === 0) return this.write(" {}");
      for (const k of keys) {
        this.newline(indent + 2);
        this.mappingEntry(k, v[k], indent + 2);
      }
      return;
    }
    this.scalar(v, indent + 2);
  }

  mappingEntry(k: string, v: unknown, indent: number): void {
    this.writeKey(k);
    if (Array.isArray(v)) this.node(v, indent);
    else if (isObj(v)) this.node(v, indent);
    else this.scalar(v, indent + 2);
  }

  writeKey(k: string): void {
    const style = chooseStyle(k);
    if (style === "plain") this.write(k + ":");
    else this.write(JSON.stringify(k).replace(/^"|"$/g, "'") + ":");
  }

  /** "- " then the item; mappings continue on the same line with their first key. */
  listItem(item: unknown, indent: number): void {
    this.write("-");
    if (isObj(item)) {
      const keys = sortKeys(item);
      if (keys.length === 0) return this.write(" {}");
      keys.forEach((k, i) => {
        if (i === 0) this.write(" ");
        else this.newline(indent + 2);
        this.mappingEntry(k, item[k], indent + 2);
      });
      return;
    }
    if (Array.isArray(item)) {
      if (item.length === 0) return this.write(" []");
      item.forEach((x, i) => {
        if (i === 0) this.write(" ");
        else this.newline(indent + 2);
        this.listItem(x, indent + 2);
      });
      return;
    }
    this.scalar(item, indent + 2);
  }
}

function isPrintable(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0xd800 && c <= 0xdfff);
}

function hex(n: number, w: number): string {
  return n.toString(16).toUpperCase().padStart(w, "0");
}

export function formatYaml(data: unknown): string {
  const e = new Emitter();
  if (Array.isArray(data)) {
    if (data.length === 0) return "[]\n";
    data.forEach((item, i) => {
      if (i > 0) e.newline(0);
      e.listItem(item, 0);
    });
    return e.finish();
  }
  if (isObj(data)) {
    const keys = sortKeys(data);
    if (keys.length === 0) return "{}\n";
    keys.forEach((k, i) => {
      if (i > 0) e.newline(0);
      e.mappingEntry(k, data[k], 0);
    });
    return e.finish();
  }
  // A bare scalar document.
  e.scalar(data, 0);
  return e.finish().replace(/^ /, "");
}
