/** What shows while a terminal-bearing chunk (terminal, shell, simulator) loads on demand. */
export function TerminalLoading({ what }: { what: string }) {
  return (
    <div className="terminal terminal-loading" aria-busy="true">
      <p className="muted">{what}</p>
    </div>
  );
}
