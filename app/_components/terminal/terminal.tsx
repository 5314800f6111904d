"use client";
import "@xterm/xterm/css/xterm.css";
import { Terminal as XTerm, type ITheme } from "@xterm/xterm";
import { FitAddon } from "@xterm/addon-fit";
import { useEffect, useRef } from "react";
import { complete, interrupt, needsMore, promptOf, run, type Control, type RunResult, type ShellState } from "@/lib/shell";
import { applyKey, emptyEditor, insertText, remember, splitKeys, type EditorState } from "./line-editor";

export type TerminalRunEvent = { line: string; result: RunResult; interrupted: boolean };

export type TerminalProps = {
  /** The shell to start from. Remount (change `key`) to start over. */
  initial: ShellState;
  /** Printed before the first prompt (plain text, \n line breaks). */
  welcome?: string;
  /**
   * Commands already run from `initial` (a restored lab session): run again at mount, with their
   * prompts and output, so the screen and scrollback read as they did before the reload. The
   * shell is deterministic, so this is the same output; `onRun` is not called for them.
   */
  replay?: readonly string[];
  /** Accessible name of the terminal. */
  label?: string;
  /** Called after every command with its result (the new World is in result.state.world). */
  onRun?: (event: TerminalRunEvent) => void;
  /** hint markers from the shell; the page decides what they do. */
  onControl?: (control: Control) => string | void;
  rows?: number;
};

const DARK: ITheme = {
  background: "#0f1620",
  foreground: "#e6ebf2",
  cursor: "#6cb2ff",
  selectionBackground: "#2c4a70",
  black: "#0f1620",
  brightBlack: "#8896a8",
};
const LIGHT: ITheme = {
  background: "#fbfcfe",
  foreground: "#14202e",
  cursor: "#0b5fbf",
  cursorAccent: "#ffffff",
  selectionBackground: "#cfe0f7",
  black: "#14202e",
  brightBlack: "#5a6778",
};

const ESC = "\x1b";
const DIM = `${ESC}[2m`;
const RESET = `${ESC}[0m`;
/** Visible (compressed) wait cap: the real tool may wait minutes; the note says so. */
const MAX_VISIBLE_WAIT_MS = 4000;

export default function Terminal({ initial, welcome, replay, label = "Terminal", onRun, onControl, rows = 18 }: TerminalProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const logRef = useRef<HTMLDivElement>(null);
  const callbacks = useRef({ onRun, onControl });
  useEffect(() => {
    callbacks.current = { onRun, onControl };
  }, [onRun, onControl]);

  useEffect(() => {
    const host = hostRef.current;
    const log = logRef.current;
    if (!host || !log) return;
    const dark = window.matchMedia("(prefers-color-scheme: dark)");
    const term = new XTerm({
      convertEol: true,
      cursorBlink: true,
      fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
      fontSize: 14,
      rows,
      scrollback: 5000,
      theme: dark.matches ? DARK : LIGHT,
      screenReaderMode: false,
    });
    const fit = new FitAddon();
    term.loadAddon(fit);
    term.open(host);
    const textarea = host.querySelector("textarea");
    textarea?.setAttribute("aria-label", `${label} input`);

    let shell: ShellState = { ...initial, columns: term.cols };
    let editor: EditorState = emptyEditor(initial.history ?? []);
    let cursorRow = 0; // rows between the start of the input line and the cursor
    let busy: { timer: ReturnType<typeof setTimeout>; finish: (interrupted: boolean) => void } | null = null;
    const queue: string[] = [];
    let escapePressed = false;
    let disposed = false;

    const mirror = (text: string) => {
      if (!text) return;
      const line = document.createElement("div");
      line.textContent = text.replace(/\x1b\[[0-9;]*m/g, "");
      log.appendChild(line);
      while (log.childNodes.length > 400) log.removeChild(log.firstChild as Node);
    };

    const write = (text: string) => term.write(text);

    // Lines of a command that is not complete yet (an open quote, `for … do` without `done`, a
    // here-document before its delimiter): bash prompts with PS2 ("> ") and runs them as one.
    let pending: string[] = [];
    const promptText = () =>
      editor.search ? `(reverse-i-search)\`${editor.search.query}': ` : pending.length ? "> " : promptOf(shell);

    function render() {
      const prompt = promptText();
      const shown = editor.search ? (editor.search.match >= 0 ? editor.history[editor.search.match] : "") : editor.buffer;
      const cursor = editor.search ? shown.length : editor.cursor;
      const cols = term.cols;
      let out = "";
      if (cursorRow > 0) out += `${ESC}[${cursorRow}A`;
      out += `\r${ESC}[J${prompt}${shown}`;
      const total = prompt.length + shown.length;
      if (total > 0 && total % cols === 0) out += " \r"; // force the pending wrap, as readline does
      const endRow = Math.floor(total / cols);
      const target = prompt.length + cursor;
      const targetRow = Math.floor(target / cols);
      const targetCol = target % cols;
      if (endRow > targetRow) out += `${ESC}[${endRow - targetRow}A`;
      out += "\r";
      if (targetCol > 0) out += `${ESC}[${targetCol}C`;
      cursorRow = targetRow;
      write(out);
    }

    function newLineAfterInput() {
      // Move below the input line before printing output.
      const total = promptText().length + editor.buffer.length;
      const endRow = Math.floor(total / term.cols);
      if (endRow > cursorRow) write(`${ESC}[${endRow - cursorRow}B`);
      write("\r\n");
      cursorRow = 0;
    }

    function printResult(result: RunResult) {
      for (const chunk of result.output) {
        const text = chunk.stream === "note" ? `${DIM}${chunk.text.replace(/\n(?!$)/g, `${RESET}\n${DIM}`)}${RESET}` : chunk.text;
        write(text);
        mirror(chunk.text);
      }
      const last = result.output.at(-1)?.text ?? "";
      if (result.output.length && !last.endsWith("\n")) write("\r\n");
    }

    function showPrompt() {
      cursorRow = 0;
      render();
      mirror(pending.length ? "> " : promptOf(shell));
    }

    function handleControl(control: Control | undefined) {
      if (!control) return;
      if (control === "clear") {
        term.clear();
        write(`${ESC}[H${ESC}[2J`);
        return;
      }
      const message = callbacks.current.onControl?.(control);
      if (typeof message === "string" && message) {
        write(message.replace(/\n?$/, "\n"));
        mirror(message);
      }
    }

    /** Logs the command line, adds it to the history and runs it (typed now, or replayed at mount). */
    function begin(line: string): RunResult {
      mirror(`${promptOf(shell)}${line}`);
      const history = remember(editor.history, line);
      editor = { ...editor, history, historyIndex: history.length };
      try {
        return run({ ...shell, columns: term.cols }, line);
      } catch {
        // lib/shell never throws by contract; if it ever does, keep the prompt alive.
        return { state: shell, output: [{ stream: "stderr", text: "bash: internal error\n" }], exitCode: 1, traces: [] };
      }
    }

    function execute(line: string) {
      const result = begin(line);
      const finish = (interrupted: boolean) => {
        busy = null;
        if (interrupted) {
          const stopped = interrupt(result.state);
          shell = stopped.state;
          write("^C\r\n");
          mirror("^C");
          queue.length = 0;
        } else {
          shell = result.state;
          printResult(result);
          handleControl(result.control);
        }
        callbacks.current.onRun?.({ line, result: interrupted ? { ...result, exitCode: 130 } : result, interrupted });
        if (disposed) return;
        showPrompt();
        drain();
      };
      if (result.wait && result.wait.seconds > 0) {
        const ms = Math.min(result.wait.seconds * 1000, MAX_VISIBLE_WAIT_MS);
        busy = { timer: setTimeout(() => finish(false), ms), finish };
      } else {
        finish(false);
      }
    }

    function handleKey(key: string) {
      const step = applyKey(editor, key);
      editor = step.state;
      for (const action of step.actions) {
        switch (action.type) {
          case "submit": {
            newLineAfterInput();
            const full = [...pending, action.line].join("\n");
            if ((pending.length || action.line.trim()) && needsMore(full)) {
              mirror(`${pending.length ? "> " : promptOf(shell)}${action.line}`);
              pending = [...pending, action.line];
              showPrompt();
              return;
            }
            if (pending.length) {
              pending = [];
              execute(full);
              return;
            }
            if (action.line.trim()) {
              execute(action.line);
              return;
            }
            mirror(promptOf(shell));
            showPrompt();
            return;
          }
          case "interrupt":
            write("^C");
            newLineAfterInput();
            pending = [];
            shell = { ...shell, lastExit: 130 };
            showPrompt();
            return;
          case "clear-screen":
            write(`${ESC}[H${ESC}[2J`);
            cursorRow = 0;
            break;
          case "complete":
            completeLine();
            return;
          case "bell":
            break;
        }
      }
      render();
    }

    function completeLine() {
      const { replaceFrom, candidates } = complete(shell, editor.buffer, editor.cursor);
      if (candidates.length === 0) return;
      const partial = editor.buffer.slice(replaceFrom, editor.cursor);
      if (candidates.length === 1) {
        const c = candidates[0];
        const suffix = c.endsWith("/") || c.endsWith("=") ? "" : " ";
        editor = insertText({ ...editor, buffer: editor.buffer.slice(0, replaceFrom) + editor.buffer.slice(editor.cursor), cursor: replaceFrom }, c + suffix);
        render();
        return;
      }
      // Extend to the longest common prefix; list the candidates when there is nothing more to add.
      let common = candidates[0];
      for (const c of candidates) while (!c.startsWith(common)) common = common.slice(0, -1);
      if (common.length > partial.length) {
        editor = insertText({ ...editor, buffer: editor.buffer.slice(0, replaceFrom) + editor.buffer.slice(editor.cursor), cursor: replaceFrom }, common);
        render();
        return;
      }
      newLineAfterInput();
      const width = Math.max(...candidates.map((c) => c.length)) + 2;
      const perRow = Math.max(1, Math.floor(term.cols / width));
      let listing = "";
      candidates.forEach((c, i) => {
        listing += c.padEnd(width);
        if ((i + 1) % perRow === 0 || i === candidates.length - 1) listing += "\n";
      });
      write(listing);
      mirror(listing);
      cursorRow = 0;
      render();
    }

    function drain() {
      while (!busy && queue.length) handleKey(queue.shift() as string);
    }

    term.attachCustomKeyEventHandler((event) => {
      // Esc then Tab leaves the terminal, so keyboard users are never trapped by Tab completion.
      if (event.type === "keydown" && event.key === "Escape") escapePressed = true;
      else if (event.type === "keydown" && event.key === "Tab" && escapePressed) {
        escapePressed = false;
        return false;
      } else if (event.type === "keydown" && event.key !== "Shift") escapePressed = false;
      // Let the browser copy with Ctrl+Shift+C / Cmd+C.
      if (event.type === "keydown" && (event.metaKey || (event.ctrlKey && event.shiftKey)) && event.key.toLowerCase() === "c") return false;
      return true;
    });

    const onData = term.onData((data) => {
      const keys = splitKeys(data);
      for (const key of keys) {
        if (busy) {
          if (key === "\x03") {
            clearTimeout(busy.timer);
            busy.finish(true);
          } else queue.push(key);
        } else queue.push(key);
      }
      drain();
    });

    const onSelection = term.onSelectionChange(() => {
      const text = term.getSelection();
      if (text && navigator.clipboard) navigator.clipboard.writeText(text).catch(() => undefined);
    });

    const resize = new ResizeObserver(() => {
      try {
        fit.fit();
      } catch {
        // not visible yet
      }
    });
    resize.observe(host);
    try {
      fit.fit();
    } catch {
      // not visible yet
    }
    const onTheme = (e: MediaQueryListEvent) => {
      term.options.theme = e.matches ? DARK : LIGHT;
    };
    dark.addEventListener("change", onTheme);

    if (welcome) {
      write(welcome.replace(/\n?$/, "\n"));
      mirror(welcome);
    }
    for (const line of replay ?? []) {
      const [first, ...rest] = line.split("\n");
      write(`${promptOf(shell)}${first}\r\n${rest.map((l) => `> ${l}\r\n`).join("")}`);
      const result = begin(line);
      shell = result.state;
      printResult(result);
      if (result.control === "clear") handleControl("clear");
    }
    if (replay?.length) mirror(`(${replay.length} earlier command${replay.length === 1 ? "" : "s"} restored)`);
    showPrompt();
    host.dataset.ready = "true";

    return () => {
      disposed = true;
      if (busy) clearTimeout(busy.timer);
      dark.removeEventListener("change", onTheme);
      resize.disconnect();
      onData.dispose();
      onSelection.dispose();
      term.dispose();
      log.replaceChildren();
    };
    // The terminal is created once per mount; remount with a new `key` to start over.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <div className="terminal" role="region" aria-label={label}>
      <div
        ref={hostRef}
        className="terminal-screen"
        data-testid="terminal"
        // A definite height: the fit addon sizes rows to it (an auto height would feed back into itself).
        style={{ height: `${rows * 1.2 + 1}rem` }}
      />
      <div ref={logRef} className="visually-hidden" role="log" aria-label="Terminal output" aria-live="polite" />
      <p className="terminal-help muted">
        Tab completes · ↑/↓ history · Ctrl+R search · Ctrl+C stops a command · Esc then Tab leaves the terminal
      </p>
    </div>
  );
}
