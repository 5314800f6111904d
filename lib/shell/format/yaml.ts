/**
 * A small YAML emitter shaped like the CLI's `--output yaml` (ruamel/PyYAML block style,
 * aws-reference §1.8): keys sorted, `- ` list items at the parent key's indent, strings that would
 * read as numbers/booleans/timestamps single-quoted, multi-line strings double-quoted with `\n`
 * escapes folded at 80 columns with `\` continuations, long plain scalars moved to the next line.
 */
import { isObj } from "./json";

const WIDTH = 80;

const sortKeys = (o: Record<string, unknown>): string[] => Object.keys(o).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

const RESOLVES_AS_OTHER = [
  /^(?:[-+]?(?:0|[1-9][0-9_]*)|0o?[0-7_]+|0x[0-9a-fA-F_]+|[-+]?0b[01_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+)$/,
  /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*(?:[eE][-+]?[0-9]+)?$/,
  /^[-+]?[0-9][0-9_]*(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
  /^[-+]?\.(?:inf|Inf|INF)$/,
  /^\.(?:nan|NaN|NAN)$/,
  /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/,
  /^(?:~|null|Null|NULL)$/,
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?$/,
  /^0[0-9_]+$/,
];

type Style = "plain" | "single" | "double";

const SAFE_PLAIN = /^[A-Za-z_][A-Za-z0-9_.\/-]*$/;
const BOOLISH = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL)$/;

function chooseStyle(s: string): Style {
  if (s === "") return "single";
  // Fast path: identifiers, ids, names and DNS names.
  if (SAFE_PLAIN.test(s)) return BOOLISH.test(s) ? "single" : "plain";
  if (/[\n\r\t\x00-\x08\x0b-\x1f\x7f\x85\u2028\u2029\ufeff]/.test(s)) return "double";
  if (RESOLVES_AS_OTHER.some((r) => r.test(s))) return "single";
  if (/^[\s]|[\s]$/.test(s)) return "single";
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(s)) {
    // "-foo" / "?foo" / ":foo" are plain when the indicator is not followed by a space.
    if (!(/^[-?:][^\s]/.test(s))) return "single";
    if (s[0] === ":" || s[0] === "?") return "single";
  }
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
    // A plain scalar too long for its line moves to the next line (the key keeps its space).
    this.write(" ");
    if (this.column + s.length > WIDTH && !s.includes(" ")) {
      this.newline(indent);
      this.write(s);
      return;
    }
    const words = s.split(" ");
    words.forEach((w, i) => {
      if (i > 0) {
        if (this.column > WIDTH && w !== "") this.newline(indent);
        else this.write(" ");
      }
      this.write(w);
    });
  }

  single(s: string, indent: number): void {
    this.write(" '");
    const words = s.replace(/'/g, "''").split(" ");
    words.forEach((w, i) => {
      if (i > 0) {
        if (this.column > WIDTH && w !== "" && i < words.length - 1) this.newline(indent);
        else this.write(" ");
      }
      this.write(w);
    });
    this.write("'");
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
        const data = text.slice(start, end) + "\\";
        if (start < end) start = end;
        this.write(data);
        this.newline(indent);
        if (text[start] === " ") this.write("\\");
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
