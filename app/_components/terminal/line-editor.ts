/**
 * The terminal's line editor as a pure state machine: keystroke data in, new state and actions out.
 * Bash/readline keys: arrows, Home/End, Ctrl+A/E/U/K/W, Alt+←/→ (and Alt+B/F), history ↑/↓,
 * Ctrl+R reverse search, Tab completion, Ctrl+C, Ctrl+L, multi-line paste. xterm.js feeds it the raw
 * data it receives; terminal.tsx renders the state.
 */
export type SearchState = { query: string; /** index into history of the current match, or -1 */ match: number };

export type EditorState = {
  buffer: string;
  cursor: number;
  history: string[];
  /** Position while browsing history: history.length means "the line being typed". */
  historyIndex: number;
  /** What was being typed before browsing history. */
  draft: string;
  search: SearchState | null;
};

export type EditorAction =
  | { type: "submit"; line: string }
  | { type: "complete" }
  | { type: "interrupt"; line: string }
  | { type: "clear-screen" }
  | { type: "bell" };

export const emptyEditor = (history: string[] = []): EditorState => ({
  buffer: "",
  cursor: 0,
  history,
  historyIndex: history.length,
  draft: "",
  search: null,
});

const isWordChar = (c: string) => /[A-Za-z0-9_\-.]/.test(c);

function wordLeft(buffer: string, cursor: number): number {
  let i = cursor;
  while (i > 0 && !isWordChar(buffer[i - 1])) i--;
  while (i > 0 && isWordChar(buffer[i - 1])) i--;
  return i;
}

function wordRight(buffer: string, cursor: number): number {
  let i = cursor;
  while (i < buffer.length && !isWordChar(buffer[i])) i++;
  while (i < buffer.length && isWordChar(buffer[i])) i++;
  return i;
}

/** Finds the newest history entry at or before `from` that contains `query`. */
export function searchHistory(history: string[], query: string, from: number): number {
  for (let i = Math.min(from, history.length - 1); i >= 0; i--) if (history[i].includes(query)) return i;
  return -1;
}

/** Tokenizes xterm's onData payload into keys (escape sequences stay whole). */
export function splitKeys(data: string): string[] {
  const keys: string[] = [];
  let i = 0;
  while (i < data.length) {
    if (data[i] === "\x1b") {
      const m = /^\x1b(\[[0-9;]*[A-Za-z~]|O[A-Za-z]|[bfd]|\x7f)?/.exec(data.slice(i));
      const len = m && m[1] ? m[0].length : 1;
      keys.push(data.slice(i, i + len));
      i += len;
    } else if (data[i] === "\r" && data[i + 1] === "\n") {
      keys.push("\r");
      i += 2;
    } else {
      keys.push(data[i]);
      i += 1;
    }
  }
  return keys;
}

export function insertText(s: EditorState, text: string): EditorState {
  const clean = text.replace(/[\x00-\x1f\x7f]/g, "");
  if (!clean) return s;
  return { ...s, buffer: s.buffer.slice(0, s.cursor) + clean + s.buffer.slice(s.cursor), cursor: s.cursor + clean.length };
}

/** Applies one key. */
export function applyKey(s: EditorState, key: string): { state: EditorState; actions: EditorAction[] } {
  if (s.search) return applySearchKey(s, key);
  const done = (state: EditorState, ...actions: EditorAction[]) => ({ state, actions });
  switch (key) {
    case "\r":
    case "\n":
      return done({ ...emptyEditor(s.history) }, { type: "submit", line: s.buffer });
    case "\x03": // Ctrl+C
      return done({ ...emptyEditor(s.history) }, { type: "interrupt", line: s.buffer });
    case "\x0c": // Ctrl+L
      return done(s, { type: "clear-screen" });
    case "\t":
      return done(s, { type: "complete" });
    case "\x7f": // Backspace
    case "\b":
      if (s.cursor === 0) return done(s, { type: "bell" });
      return done({ ...s, buffer: s.buffer.slice(0, s.cursor - 1) + s.buffer.slice(s.cursor), cursor: s.cursor - 1 });
    case "\x1b[3~": // Delete
    case "\x04": // Ctrl+D deletes forward (exit on an empty line is handled by the shell's `exit`)
      if (s.cursor >= s.buffer.length) return done(s, { type: "bell" });
      return done({ ...s, buffer: s.buffer.slice(0, s.cursor) + s.buffer.slice(s.cursor + 1) });
    case "\x1b[D":
    case "\x02":
      return done({ ...s, cursor: Math.max(0, s.cursor - 1) });
    case "\x1b[C":
    case "\x06":
      return done({ ...s, cursor: Math.min(s.buffer.length, s.cursor + 1) });
    case "\x1b[H":
    case "\x1bOH":
    case "\x1b[1~":
    case "\x01":
      return done({ ...s, cursor: 0 });
    case "\x1b[F":
    case "\x1bOF":
    case "\x1b[4~":
    case "\x05":
      return done({ ...s, cursor: s.buffer.length });
    case "\x15": // Ctrl+U: kill to start
      return done({ ...s, buffer: s.buffer.slice(s.cursor), cursor: 0 });
    case "\x0b": // Ctrl+K: kill to end
      return done({ ...s, buffer: s.buffer.slice(0, s.cursor) });
    case "\x17": {
      // Ctrl+W: delete the word before the cursor (whitespace-delimited, like bash)
      let i = s.cursor;
      while (i > 0 && s.buffer[i - 1] === " ") i--;
      while (i > 0 && s.buffer[i - 1] !== " ") i--;
      return done({ ...s, buffer: s.buffer.slice(0, i) + s.buffer.slice(s.cursor), cursor: i });
    }
    case "\x1b[1;3D":
    case "\x1b[1;5D":
    case "\x1bb":
      return done({ ...s, cursor: wordLeft(s.buffer, s.cursor) });
    case "\x1b[1;3C":
    case "\x1b[1;5C":
    case "\x1bf":
      return done({ ...s, cursor: wordRight(s.buffer, s.cursor) });
    case "\x1b[A":
    case "\x10": {
      if (s.historyIndex === 0 || s.history.length === 0) return done(s, { type: "bell" });
      const draft = s.historyIndex === s.history.length ? s.buffer : s.draft;
      const historyIndex = s.historyIndex - 1;
      const buffer = s.history[historyIndex];
      return done({ ...s, historyIndex, draft, buffer, cursor: buffer.length });
    }
    case "\x1b[B":
    case "\x0e": {
      if (s.historyIndex >= s.history.length) return done(s, { type: "bell" });
      const historyIndex = s.historyIndex + 1;
      const buffer = historyIndex === s.history.length ? s.draft : s.history[historyIndex];
      return done({ ...s, historyIndex, buffer, cursor: buffer.length });
    }
    case "\x12": // Ctrl+R
      return done({ ...s, search: { query: "", match: -1 } });
    default:
      if (key.startsWith("\x1b")) return done(s); // unhandled escape sequence: ignore
      return done(insertText(s, key));
  }
}

function applySearchKey(s: EditorState, key: string): { state: EditorState; actions: EditorAction[] } {
  const search = s.search as SearchState;
  const accept = (state: EditorState): EditorState => {
    const buffer = search.match >= 0 ? s.history[search.match] : state.buffer;
    return { ...state, search: null, buffer, cursor: buffer.length, historyIndex: s.history.length };
  };
  switch (key) {
    case "\x12": {
      const match = searchHistory(s.history, search.query, search.match - 1);
      if (match < 0) return { state: s, actions: [{ type: "bell" }] };
      return { state: { ...s, search: { ...search, match } }, actions: [] };
    }
    case "\x7f":
    case "\b": {
      const query = search.query.slice(0, -1);
      return { state: { ...s, search: { query, match: query ? searchHistory(s.history, query, s.history.length - 1) : -1 } }, actions: [] };
    }
    case "\x03":
    case "\x07":
      return { state: { ...s, search: null }, actions: [] };
    case "\r":
    case "\n": {
      const line = search.match >= 0 ? s.history[search.match] : s.buffer;
      return { state: emptyEditor(s.history), actions: [{ type: "submit", line }] };
    }
    default:
      if (key.startsWith("\x1b") || key === "\t" || key.length !== 1 || key < " ") {
        // Any movement key leaves search with the match in the line, as readline does.
        const accepted = accept(s);
        return key === "\x1b" ? { state: accepted, actions: [] } : applyKey(accepted, key);
      }
      {
        const query = search.query + key;
        const match = searchHistory(s.history, query, search.match >= 0 ? search.match : s.history.length - 1);
        return { state: { ...s, search: { query, match } }, actions: match < 0 ? [{ type: "bell" }] : [] };
      }
  }
}

/** Adds a submitted line to history (skipping blanks and immediate repeats, like HISTCONTROL=ignoredups). */
export function remember(history: string[], line: string, limit = 500): string[] {
  if (!line.trim() || history[history.length - 1] === line) return history;
  return [...history, line].slice(-limit);
}
