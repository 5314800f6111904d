/**
 * `--output table`, a port of the layout rules of awscli/table.py + formatter.py TableFormatter
 * (aws-reference §1.6): operation-name title, sorted scalar headers, nested sections with one more
 * `|` per level, proportional column scaling with Python's round-half-even, and the vertical
 * `Key | value` flip for single-row sections when the table is wider than the terminal.
 */
import { isObj } from "./json";
import { pyStr } from "./text";

interface Section {
  title: string;
  headers: string[];
  rows: string[][];
  indent: number;
  maxWidths: number[];
}

const newSection = (title: string, indent: number): Section => ({ title, headers: [], rows: [], indent, maxWidths: [] });

const cellStr = (v: unknown): string => pyStr(v);

function updateWidths(s: Section, row: string[]): void {
  if (s.maxWidths.length === 0) s.maxWidths = row.map((c) => c.length);
  else row.forEach((c, i) => (s.maxWidths[i] = Math.max(c.length, s.maxWidths[i] ?? 0)));
}

/** Python 3 round(): half to even. */
function pyRound(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (Math.abs(d - 0.5) < 1e-9) return f % 2 === 0 ? f : f + 1;
  return Math.round(x);
}

function columnWidths(s: Section, padding: number, maxWidth: number | null): number[] {
  const unscaled = s.maxWidths.map((w) => w + padding);
  if (maxWidth === null || unscaled.length === 0) return unscaled;
  const total = unscaled.reduce((a, b) => a + b, 0);
  const factor = maxWidth / total;
  const scaled = unscaled.map((w) => pyRound(factor * w));
  let offBy = scaled.reduce((a, b) => a + b, 0) - maxWidth;
  let guard = 0;
  while (offBy !== 0 && guard++ < 10000) {
    const order = scaled.map((_, i) => i);
    if (offBy < 0) order.reverse();
    for (const i of order) {
      if (offBy > 0) {
        scaled[i] -= 1;
        offBy -= 1;
      } else {
        scaled[i] += 1;
        offBy += 1;
      }
      if (offBy === 0) break;
    }
  }
  return scaled;
}

function totalWidth(s: Section): number {
  let total = 0;
  for (const w of s.maxWidths) total += w + 4;
  total += 2 + 2 * s.indent;
  return Math.max(s.title.length + 2 + 2 * s.indent, total);
}

function centerText(text: string, length: number, left: string, right: string): string {
  const charStart = Math.floor(length / 2) - Math.floor(text.length / 2) - 1;
  const start = Math.max(0, charStart);
  const soFar = left.length + start + text.length;
  return left + " ".repeat(start) + text + " ".repeat(Math.max(0, length - right.length - soFar)) + right;
}

function alignLeft(text: string, length: number, left: string, right: string): string {
  const computed = text.length + 2 + left.length + right.length;
  const padding = length - computed >= 0 ? 2 : 0;
  const soFar = left.length + padding + text.length;
  return left + " ".repeat(padding) + text + " ".repeat(Math.max(0, length - soFar - right.length)) + right;
}

class Builder {
  sections: Section[] = [];
  cur: Section | null = null;

  newSection(title: string, indent: number): void {
    this.cur = newSection(title, indent);
    this.sections.push(this.cur);
  }
  addHeader(h: string[]): void {
    if (!this.cur) this.newSection("", 0);
    updateWidths(this.cur!, h);
    this.cur!.headers = h;
  }
  addRow(r: unknown[]): void {
    if (!this.cur) this.newSection("", 0);
    const row = r.map(cellStr);
    this.cur!.rows.push(row);
    updateWidths(this.cur!, row);
  }

  build(title: string | null, current: unknown, indent = 0): boolean {
    if (isEmpty(current)) return false;
    if (title !== null) this.newSection(title, indent);
    if (Array.isArray(current)) {
      if (isObj(current[0])) this.fromList(current, indent, title);
      else {
        for (const item of current) {
          if (!isContainer(item)) this.addRow([item]);
          else if (Array.isArray(item) && item.every((e) => !isContainer(e))) this.addRow(item);
          else this.build(null, item);
        }
      }
    }
    if (isObj(current)) this.fromDict(current, indent);
    return true;
  }

  fromDict(current: Record<string, unknown>, indent: number): void {
    const [headers, more] = groupScalarKeys(current);
    if (headers.length === 1) this.addRow([headers[0], current[headers[0]]]);
    else if (headers.length) {
      this.addHeader(headers);
      this.addRow(headers.map((k) => current[k]));
    }
    for (const k of more) this.build(k, current[k], indent + 1);
  }

  fromList(current: unknown[], indent: number, title: string | null): void {
    const hs = new Set<string>();
    const ms = new Set<string>();
    for (const item of current) {
      if (!isObj(item)) continue;
      const [h, m] = groupScalarKeys(item);
      h.forEach((x) => hs.add(x));
      m.forEach((x) => ms.add(x));
    }
    const headers = sorted(hs);
    const more = sorted(ms);
    this.addHeader(headers);
    let first = true;
    for (const el of current) {
      const item = isObj(el) ? el : {};
      if (!first && more.length) {
        this.newSection(title ?? "", indent);
        this.addHeader(headers);
      }
      first = false;
      this.addRow(headers.map((h) => (h in item ? item[h] : "")));
      for (const k of more) if (k in item) this.build(k, item[k], indent + 1);
    }
  }
}

const isContainer = (v: unknown): boolean => Array.isArray(v) || isObj(v);
const sorted = (s: Iterable<string>): string[] => [...s].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

function isEmpty(v: unknown): boolean {
  if (v === null || v === undefined || v === false || v === 0 || v === "") return true;
  if (Array.isArray(v)) return v.length === 0;
  if (isObj(v)) return Object.keys(v).length === 0;
  return false;
}

function groupScalarKeys(cur: Record<string, unknown>): [string[], string[]] {
  const headers: string[] = [];
  const more: string[] = [];
  for (const k of Object.keys(cur)) (isContainer(cur[k]) ? more : headers).push(k);
  return [sorted(headers), sorted(more)];
}

function convertToVertical(sections: Section[]): Section[] {
  return sections.map((s) => {
    if (s.rows.length === 1 && s.headers.length) {
      const n = newSection(s.title, s.indent);
      s.headers.forEach((h, i) => {
        const row = [h, s.rows[0][i] ?? ""];
        n.rows.push(row);
        updateWidths(n, row);
      });
      return n;
    }
    return s;
  });
}

function lineBreak(widths: number[]): string {
  return widths.map((w, i) => (i === 0 ? "+" + "-".repeat(Math.max(0, w - 2)) + "+" : "-".repeat(Math.max(0, w - 1)) + "+")).join("");
}

function renderSection(s: Section, maxWidthAll: number, lines: string[]): void {
  const ind = "|".repeat(s.indent);
  const write = (t: string) => lines.push(ind + t + ind);
  const maxWidth = maxWidthAll - s.indent * 2;
  if (s.title) {
    write(centerText(s.title, maxWidth, "|", "|"));
    if (!s.headers.length && !s.rows.length) write("+" + "-".repeat(Math.max(0, maxWidth - 2)) + "+");
  }
  if (s.headers.length) {
    const widths = columnWidths(s, 4, maxWidth);
    let cur = "";
    s.headers.forEach((h, i) => (cur += centerText(h, widths[i] ?? 0, i === 0 ? "|" : "", "|")));
    write(lineBreak(widths));
    write(cur);
  }
  if (s.rows.length) {
    const widths = columnWidths(s, 4, maxWidth);
    if (!widths.length) return;
    write(lineBreak(widths));
    for (const row of s.rows) {
      let cur = "";
      widths.forEach((w, i) => (cur += alignLeft(row[i] ?? "", w, i === 0 ? "|" : "", "|")));
      // A multi-line cell breaks the grid, as the real CLI does (aws-reference §1.6).
      write(cur);
    }
    write(lineBreak(widths));
  }
}

export function formatTable(operationName: string, data: unknown, terminalWidth = 80): string {
  const b = new Builder();
  if (!b.build(operationName, data)) return "";
  let sections = b.sections;
  const maxW = () => Math.max(...sections.map(totalWidth));
  let width = maxW();
  if (width > terminalWidth) {
    sections = convertToVertical(sections);
    width = maxW();
  }
  const lines: string[] = ["-".repeat(width)];
  for (const s of sections) renderSection(s, width, lines);
  return lines.join("\n") + "\n";
}
