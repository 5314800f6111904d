"use client";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { labById } from "@/content/labs";
import { replayLab, startShell, type GoalResult } from "@/lib/content/lab";
import type { LabCheckResponse } from "@/lib/content/lab-api";
import type { ShellState } from "@/lib/shell";
import type { TraceResult, World } from "@/lib/sim";
import Terminal, { type TerminalRunEvent } from "@/app/_components/terminal/terminal";
import { Topology } from "@/app/_components/topology/topology";
import { PathTracePanel } from "@/app/_components/trace/path-trace-panel";
import { SessionEndedNotice, signedInHeaders, useSessionEnded } from "@/app/_components/session-watch";
import { labGuestKey, labPassedKey, storeProgress } from "@/app/_components/local-progress";
import { LabSaver, localKey, readLocal, startingPoint, waitingCount, type LocalRecord, type SaverState } from "./lab-saver";

type Saved = { version?: number; seed: number; commands: string[]; hintsRevealed?: number; solutionRevealed?: boolean };
type Props = { labId: string; signedIn: boolean; userId?: string | null; saved: Saved | null; hintTotal: number };
type SaveState = SaverState | { state: "idle" | "local" };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function saveText(save: SaveState): string | null {
  switch (save.state) {
    case "idle":
    case "conflict":
      return null;
    case "local":
      return "Kept in this browser.";
    case "saving":
      return "Saving…";
    case "saved":
      return `Saved (${plural(save.count, "command")}).`;
    case "retrying":
      return `Not saved yet (${save.reason}). ${plural(save.waiting, "command")} waiting, kept in this browser. Retrying in ${save.retryInSec} s…`;
    case "stopped":
      return `Not saved: ${save.reason}`;
  }
}

const undoKey = (labId: string) => `pathwise.lab.${labId}.undo.v1`;
/**
 * A transcript the learner can bring back: the one before a reset or a new fault, or — when two
 * tabs or devices worked on the lab — the one not chosen ("switch": this tab's before continuing
 * with the other's; "theirs": the other's, replaced by this tab's).
 */
type Undo = { seed: number; commands: string[]; what: "reset" | "new-fault" | "switch" | "theirs" };
/** How each kind of undo is offered (`offer`), labelled (`button`) and announced once used (`restored`). */
const UNDO = {
  reset: { offer: "from before the reset can be brought back.", button: "Undo reset", restored: "from before the reset" },
  "new-fault": { offer: "from before the new fault can be brought back.", button: "Undo new fault", restored: "from before the new fault" },
  switch: { offer: "this tab had before continuing with the other tab's work can be brought back.", button: "Bring back this tab's commands", restored: "this tab had" },
  theirs: { offer: "saved from the other tab or device were replaced by this tab's and can be brought back.", button: "Bring back the other tab's commands", restored: "from the other tab or device" },
} as const;
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function loadUndo(labId: string): Undo | null {
  try {
    const raw = typeof window === "undefined" ? null : window.localStorage.getItem(undoKey(labId));
    if (!raw) return null;
    const v = JSON.parse(raw) as Undo;
    return Number.isInteger(v.seed) && Array.isArray(v.commands) && v.commands.every((c) => typeof c === "string") && typeof v.what === "string" && Object.hasOwn(UNDO, v.what) ? v : null;
  } catch {
    return null;
  }
}

function parseGuest(raw: string | null): Saved | null {
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Saved;
    return Number.isInteger(parsed.seed) && Array.isArray(parsed.commands) && parsed.commands.every((c) => typeof c === "string") ? parsed : null;
  } catch {
    return null;
  }
}

function loadGuest(labId: string): Saved | null {
  try {
    return parseGuest(window.localStorage.getItem(labGuestKey(labId)));
  } catch {
    return null;
  }
}

function newSeed(): number {
  const buf = new Uint32Array(1);
  crypto.getRandomValues(buf);
  return buf[0] % 2 ** 31;
}

function readAccountRecord(labId: string, userId: string): LocalRecord | null {
  try {
    return readLocal(window.localStorage.getItem(localKey(labId, userId)), userId);
  } catch {
    return null;
  }
}

/** The lab workspace: terminal, goals, hints, live topology and path trace; graded on the server. */
export default function Workspace({ labId, signedIn, userId = null, saved, hintTotal }: Props) {
  const lab = labById(labId);
  const account = signedIn && userId ? userId : null;
  // Where the page starts: for a signed-in learner the server's session, unless this browser holds
  // work the server doesn't have yet (typed offline, or a save still outstanding at the reload).
  const [start] = useState(() => {
    if (!account) return { base: 0, pending: false, snapshot: loadGuest(labId) ?? { seed: newSeed(), commands: [] } };
    const local = readAccountRecord(labId, account);
    return startingPoint(saved ? { version: saved.version ?? 0, seed: saved.seed, commands: saved.commands } : null, local) ?? { base: 0, pending: false, snapshot: { seed: newSeed(), commands: [] } };
  });
  // The starting transcript replayed as the server will; one that no longer replays (the lab
  // changed since it was saved) is dropped and the lab starts over.
  const restored = useMemo(() => {
    if (!lab) return null;
    const { seed: startSeed, commands: startCommands } = start.snapshot;
    const replay = replayLab(lab, startCommands, { seed: startSeed });
    return replay.error ? { ...replayLab(lab, [], { seed: startSeed }), commands: [] } : { ...replay, commands: startCommands };
  }, [lab, start]);
  const [seed, setSeed] = useState(start.snapshot.seed);
  const [commands, setCommands] = useState<string[]>(() => restored?.commands ?? []);
  const [generation, setGeneration] = useState(0);
  const [terminalNote, setTerminalNote] = useState<string | null>(null);
  const [undo, setUndo] = useState<Undo | null>(() => loadUndo(labId));
  const [highlight, setHighlight] = useState<{ id: string; verdict: string } | null>(null);
  const [explain, setExplain] = useState<TraceResult | null>(null);
  const [hints, setHints] = useState<string[]>([]);
  const [solution, setSolution] = useState<string[] | null>(null);
  const [check, setCheck] = useState<LabCheckResponse | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [sessionEnded, setSessionEnded] = useSessionEnded(signedIn);

  // The terminal starts where the lab starts and runs the saved commands again, so a reload shows
  // the same screen and scrollback (and the same state) as before it.
  const [terminalStart, setTerminalStart] = useState<ShellState | null>(() => (lab ? startShell(lab, start.snapshot.seed) : null));
  const [terminalReplay, setTerminalReplay] = useState<string[]>(() => [...(restored?.commands ?? [])]);
  const [world, setWorld] = useState<World | null>(restored?.shell.world ?? null);
  const startWelcome = useMemo(() => (lab ? lab.start(seed).welcome : ""), [lab, seed]);
  const [goals, setGoals] = useState<GoalResult[]>(restored?.goals ?? []);

  // Restore revealed hints after a reload (they are fetched again from the server).
  const revealedBefore = saved?.hintsRevealed ?? 0;
  const fetchHint = useCallback(
    async (index: number) => {
      const response = await fetch(`/api/labs/${labId}/hint`, { method: "POST", headers: signedInHeaders(signedIn), body: JSON.stringify({ index }) });
      if (response.status === 401) setSessionEnded(true);
      const body = (await response.json()) as { hint?: string; error?: { message: string } };
      if (!response.ok || !body.hint) throw new Error(body.error?.message ?? "Could not load the hint.");
      return body.hint;
    },
    [labId, signedIn, setSessionEnded],
  );
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const list: string[] = [];
      for (let i = 0; i < revealedBefore; i++) list.push(await fetchHint(i));
      if (!cancelled) setHints(list);
    })().catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [revealedBefore, fetchHint]);

  // Persist the session: for a signed-in learner in this browser first and then on the server, in
  // order and acknowledged (lab-saver.ts); for a guest in this browser. The state is shown next to
  // the terminal; only when this browser can't store anything does leaving with a save outstanding ask first.
  const [save, setSave] = useState<SaveState>(() =>
    !account
      ? { state: "idle" }
      : start.pending
        ? { state: "saving", waiting: waitingCount(start.acked ?? { seed: start.snapshot.seed, commands: [] }, start.snapshot) }
        : { state: "saved", count: start.snapshot.commands.length },
  );
  const [guestStorage] = useState(() => {
    try {
      return typeof window !== "undefined" && Boolean(window.localStorage);
    } catch {
      return false;
    }
  });
  const shownSave: SaveState = account
    ? save.state === "saved" && save.count === 0 && !commands.length
      ? { state: "idle" }
      : save
    : guestStorage
      ? { state: "local" }
      : { state: "stopped", reason: "this browser won't store data, so your commands last until the tab closes." };
  const saverRef = useRef<LabSaver | null>(null);
  useEffect(() => {
    if (!account) return;
    const saver = new LabSaver(
      {
        userId: account,
        send: async (body) => {
          try {
            const response = await fetch(`/api/labs/${labId}/session`, { method: "PUT", headers: signedInHeaders(true), body: JSON.stringify(body) });
            return { status: response.status, body: await response.json().catch(() => null) };
          } catch {
            return "network";
          }
        },
        write: (record) => window.localStorage.setItem(localKey(labId, account), JSON.stringify(record)),
        onState: setSave,
        onSignedOut: () => setSessionEnded(true),
      },
      start,
    );
    saverRef.current = saver;
    const online = () => saver.retryNow();
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("online", online);
      saver.dispose();
      saverRef.current = null;
    };
  }, [account, labId, start, setSessionEnded]);
  useEffect(() => {
    if (!account) {
      try {
        window.localStorage.setItem(labGuestKey(labId), JSON.stringify({ seed, commands }));
      } catch {
        // storage unavailable: shown next to the terminal (guestStorage)
      }
      return;
    }
    saverRef.current?.update({ seed, commands });
  }, [seed, commands, account, labId]);
  // With storage, nothing typed depends on this page staying open; without it, leaving asks first.
  useEffect(() => {
    if (guestStorage || (save.state !== "saving" && save.state !== "retrying" && save.state !== "conflict")) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [save.state, guestStorage]);

  // The transcript lives in a ref as well, so a command is replayed once per command (a state
  // updater may run twice in strict mode, and must not carry the replay as a side effect).
  const commandsRef = useRef<string[]>(commands);
  useEffect(() => {
    commandsRef.current = commands;
  }, [commands]);

  const undoRef = useRef<Undo | null>(undo);
  const dropUndo = useCallback(() => {
    undoRef.current = null;
    setUndo(null);
    try {
      window.localStorage.removeItem(undoKey(labId));
    } catch {
      // nothing stored
    }
  }, [labId]);

  const onRun = useCallback(
    ({ line, result }: TerminalRunEvent) => {
      if (!lab) return;
      const next = [...commandsRef.current, line];
      commandsRef.current = next;
      // Typing after a reset ends the offer to undo it (another tab's work stays on offer).
      if (undoRef.current && (undoRef.current.what === "reset" || undoRef.current.what === "new-fault")) dropUndo();
      setCommands(next);
      // Goals are evaluated exactly as the server will: by replaying from the start (cached by prefix).
      setGoals(replayLab(lab, next, { seed }).goals);
      setWorld(result.state.world);
      const failedTrace = result.exitCode !== 0 ? result.traces.at(-1) : undefined;
      setExplain(failedTrace ?? null);
    },
    [lab, seed, dropUndo],
  );

  // Puts the workspace at `nextSeed` + `transcript` (replayed as the server will), restarting the
  // terminal from there; `note` is what the fresh terminal says first.
  const restart = useCallback(
    (nextSeed: number, transcript: string[], note: string) => {
      if (!lab) return;
      const replay = replayLab(lab, transcript, { seed: nextSeed });
      const kept = replay.error ? [] : transcript;
      setSeed(nextSeed);
      commandsRef.current = kept;
      setCommands(kept);
      setTerminalStart(startShell(lab, nextSeed));
      setTerminalReplay(kept);
      setWorld(replay.error ? startShell(lab, nextSeed).world : replay.shell.world);
      setGoals(replay.error ? replayLab(lab, [], { seed: nextSeed }).goals : replay.goals);
      setCheck(null);
      setExplain(null);
      setHighlight(null);
      setTerminalNote(note);
      setGeneration((g) => g + 1);
    },
    [lab],
  );

  // Reset asks first and can be undone: the transcript before it is kept (in this tab and in this
  // browser's storage, so a reload still offers it back) until the learner types again.
  const [confirming, setConfirming] = useState<null | "reset" | "new-fault">(null);
  const keepUndo = useCallback(
    (next: Undo | null) => {
      undoRef.current = next;
      setUndo(next);
      try {
        if (next) window.localStorage.setItem(undoKey(labId), JSON.stringify(next));
        else window.localStorage.removeItem(undoKey(labId));
      } catch {
        // storage unavailable: the undo lasts as long as the tab
      }
    },
    [labId],
  );
  const reset = useCallback(
    (fresh: boolean) => {
      if (!lab) return;
      keepUndo({ seed, commands: commandsRef.current, what: fresh ? "new-fault" : "reset" });
      const nextSeed = fresh ? newSeed() : seed;
      restart(nextSeed, [], lab.start(nextSeed).welcome);
      setConfirming(null);
      setStatus(fresh ? "Started a new attempt with a new fault." : "Reset to the start.");
    },
    [lab, seed, restart, keepUndo],
  );
  const undoReset = useCallback(() => {
    if (!undo) return;
    const current = { seed, commands: commandsRef.current };
    restart(undo.seed, undo.commands, `Restored your ${plural(undo.commands.length, "command")} ${UNDO[undo.what].restored}.`);
    // Swapping between two tabs' work keeps the other side on offer, so neither is ever dropped.
    keepUndo(undo.what === "switch" ? { ...current, what: "theirs" } : undo.what === "theirs" ? { ...current, what: "switch" } : null);
    setStatus("Your commands are back.");
  }, [undo, seed, restart, keepUndo]);

  // Another tab (or device) saved this lab: the server refused this tab's save (409), or this
  // browser's other tab wrote newer work. The learner picks; the transcript not picked stays on offer.
  const conflict = save.state === "conflict" ? save : null;
  const [otherTab, setOtherTab] = useState<{ seed: number; commands: string[]; record: LocalRecord | null } | null>(null);
  const seedRef = useRef(seed);
  useEffect(() => {
    seedRef.current = seed;
  }, [seed]);
  useEffect(() => {
    const key = account ? localKey(labId, account) : labGuestKey(labId);
    const onStorage = (event: StorageEvent) => {
      if (event.key !== key || !event.newValue) return;
      const record = account ? readLocal(event.newValue, account) : null;
      const theirs = account ? record : parseGuest(event.newValue);
      if (!theirs) return;
      const same = theirs.seed === seedRef.current && sameList(theirs.commands, commandsRef.current);
      setOtherTab(same ? null : { seed: theirs.seed, commands: [...theirs.commands], record });
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, [account, labId]);
  const continueWithTheirs = useCallback(() => {
    const mine = { seed, commands: commandsRef.current };
    let theirs: { seed: number; commands: string[] } | null = null;
    if (conflict && saverRef.current) theirs = saverRef.current.resolve("theirs");
    else if (otherTab) {
      theirs = otherTab;
      if (otherTab.record) saverRef.current?.adopt(otherTab.record);
    }
    if (!theirs) return;
    if (!(mine.seed === theirs.seed && sameList(mine.commands, theirs.commands))) keepUndo({ ...mine, what: "switch" });
    setOtherTab(null);
    restart(theirs.seed, theirs.commands, `Continued with the ${plural(theirs.commands.length, "command")} from the other tab or device.`);
    setStatus("This tab now has the other tab's work.");
  }, [conflict, otherTab, seed, restart, keepUndo]);
  const keepMine = useCallback(() => {
    if (conflict && saverRef.current) {
      keepUndo({ seed: conflict.current.seed, commands: conflict.current.commands, what: "theirs" });
      saverRef.current.resolve("mine");
    }
    setOtherTab(null);
  }, [conflict, keepUndo]);

  const undoLast = useCallback(() => {
    const last = commandsRef.current.at(-1);
    if (last === undefined) return;
    restart(seed, commandsRef.current.slice(0, -1), `Took back: ${last}`);
    setStatus(`Took back the last command (${last}).`);
  }, [seed, restart]);

  const onControl = useCallback(
    (control: string) => {
      if (control === "hint") {
        return hints.length ? `Hint ${hints.length}: ${hints.at(-1)}` : "Press “Show a hint” next to the goals for the first hint.";
      }
    },
    [hints],
  );

  async function showHint() {
    try {
      const hint = await fetchHint(hints.length);
      setHints((h) => [...h, hint]);
    } catch (e) {
      setStatus(e instanceof Error ? e.message : "Could not load the hint.");
    }
  }

  async function showSolution() {
    if (!window.confirm("Reveal the reference solution? It is recorded with your attempt.")) return;
    const response = await fetch(`/api/labs/${labId}/solution`, { method: "POST", headers: signedInHeaders(signedIn), body: JSON.stringify({ seed }) });
    if (response.status === 401) setSessionEnded(true);
    const body = (await response.json()) as { commands?: string[]; error?: { message: string } };
    if (body.commands) setSolution(body.commands);
    else setStatus(body.error?.message ?? "Could not load the solution.");
  }

  async function runCheck() {
    setBusy(true);
    setStatus(null);
    try {
      const response = await fetch(`/api/labs/${labId}/check`, {
        method: "POST",
        headers: signedInHeaders(signedIn),
        body: JSON.stringify({ seed, commands }),
      });
      const body = (await response.json()) as LabCheckResponse | { error: { message: string } };
      if (response.status === 401) setSessionEnded(true);
      if (!response.ok || "error" in body) setStatus("error" in body ? body.error.message : "The check failed. Try again.");
      else {
        setCheck(body);
        setGoals(body.goals);
        if (!signedIn && body.passed) storeProgress(labPassedKey(labId), { at: new Date().toISOString() });
      }
    } catch {
      setStatus("We couldn't reach the server. Your work is still here; try again.");
    } finally {
      setBusy(false);
    }
  }

  if (!lab || !terminalStart || !world) return <p className="form-error">This lab could not be loaded.</p>;
  const welcome = startWelcome;
  const traceInitial = lab.traceDefault
    ? { from: Object.values(world.instances).find((i) => i.tags.some((t) => t.Key === "Name" && t.Value === lab.traceDefault?.from))?.id }
    : undefined;

  return (
    <div className="workspace">
      <aside className="workspace-side" aria-label="Goals and help">
        <section aria-labelledby="goals-title">
          <h2 id="goals-title">Goals</h2>
          <ul className="goal-list" data-testid="goals">
            {goals.map((g) => (
              <li key={g.id} className={g.done ? "goal-done" : "goal-open"} data-goal={g.id}>
                <span className="goal-mark" aria-hidden="true">
                  {g.done ? "✓" : "○"}
                </span>
                <span>
                  {g.title} <span className="visually-hidden">{g.done ? "(done)" : "(not yet)"}</span>
                  {!g.done && check && g.code ? (
                    <span className="goal-why">
                      <code>{g.code}</code> {g.detail}
                    </span>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
          <div className="workspace-actions">
            <button type="button" className="button" onClick={runCheck} disabled={busy}>
              {busy ? "Checking…" : "Check"}
            </button>
            <button type="button" className="button button-quiet" onClick={() => setConfirming("reset")} disabled={!commands.length}>
              Reset
            </button>
            <button type="button" className="button button-quiet" onClick={undoLast} disabled={!commands.length}>
              Undo last command
            </button>
            {lab.id === "break-and-fix" ? (
              <button type="button" className="button button-quiet" onClick={() => setConfirming("new-fault")}>
                New fault
              </button>
            ) : null}
          </div>
          {confirming ? (
            <div className="quiz-confirm" role="alert" data-testid="reset-confirm">
              <p>
                {confirming === "reset" ? "Start this lab over from its beginning?" : "Start a new attempt with a different fault?"} Your{" "}
                {commands.length} command{commands.length === 1 ? "" : "s"} will be cleared; you can undo this.
              </p>
              <div className="workspace-actions">
                <button type="button" className="button" onClick={() => reset(confirming === "new-fault")}>
                  {confirming === "reset" ? "Reset the lab" : "Start the new fault"}
                </button>
                <button type="button" className="button button-quiet" onClick={() => setConfirming(null)}>
                  Cancel
                </button>
              </div>
            </div>
          ) : null}
          {conflict || otherTab ? (
            <div className="quiz-confirm" role="alert" data-testid="other-tab">
              <p>
                {conflict
                  ? `${conflict.message} This tab's work (${plural(commands.length, "command")}) isn't saved until you choose.`
                  : `This lab is also open in another tab, which has different work (${plural(otherTab?.commands.length ?? 0, "command")}).`}
              </p>
              <div className="workspace-actions">
                <button type="button" className="button" onClick={continueWithTheirs}>
                  Continue here with the other tab&apos;s work
                </button>
                <button type="button" className="button button-quiet" onClick={keepMine}>
                  {conflict ? "Keep this tab's commands" : "Keep working here"}
                </button>
              </div>
            </div>
          ) : null}
          {undo && !confirming ? (
            <p className="muted" data-testid="undo-reset">
              {plural(undo.commands.length, "command")} {UNDO[undo.what].offer}{" "}
              <button type="button" className="button button-small button-quiet" onClick={undoReset}>
                {UNDO[undo.what].button}
              </button>
            </p>
          ) : null}
          {sessionEnded ? <SessionEndedNotice path={`/labs/${labId}`} /> : null}
          {check ? (
            <p className={`check-result ${check.passed ? "quiz-pass" : "quiz-fail"}`} role="status" data-testid="check-result">
              {check.passed
                ? `All ${check.goals.length} goals done — checked on the server${check.stored ? " and saved" : ""}.`
                : `${check.goals.filter((g) => g.done).length} of ${check.goals.length} goals done${check.stored ? " (saved with your attempts)" : ""}. The first blocked hop is named next to each open goal.`}
              {!signedIn ? " Sign in to keep attempts on your account." : null}
            </p>
          ) : null}
          {status ? (
            <p className="muted" role="status">
              {status}
            </p>
          ) : null}
        </section>
        <section aria-labelledby="hints-title">
          <h2 id="hints-title">Hints</h2>
          {hints.length ? (
            <ol className="hint-list">
              {hints.map((h, i) => (
                <li key={i}>{h}</li>
              ))}
            </ol>
          ) : (
            <p className="muted">Stuck? Hints come one at a time.</p>
          )}
          <div className="workspace-actions">
            <button type="button" className="button button-small button-quiet" onClick={showHint} disabled={hints.length >= hintTotal}>
              {hints.length >= hintTotal ? "No more hints" : hints.length ? "Next hint" : "Show a hint"}
            </button>
            <button type="button" className="button button-small button-quiet" onClick={showSolution}>
              Reveal the solution
            </button>
          </div>
          {solution ? (
            <pre className="solution" data-testid="solution">
              {solution.join("\n")}
            </pre>
          ) : null}
        </section>
      </aside>
      <section className="workspace-terminal" aria-label="Terminal">
        <p className={`save-state save-${shownSave.state}`} role="status" data-testid="save-state">
          {saveText(shownSave)}
        </p>
        <Terminal key={generation} initial={terminalStart} replay={terminalReplay} welcome={generation === 0 ? welcome : (terminalNote ?? welcome)} label={`${lab.title} terminal`} onRun={onRun} onControl={onControl} rows={22} />
      </section>
      <section className="workspace-topology" aria-labelledby="topology-title">
        <h2 id="topology-title">Topology</h2>
        <Topology world={world} highlight={highlight} />
      </section>
      <section className="workspace-trace">
        {explain ? (
          <div className="callout callout-note">
            <p className="callout-title">Why did the last command fail?</p>
            <ol className="trace-hops">
              {explain.hops.map((hop, i) => (
                <li key={i} className={`trace-hop trace-${hop.verdict}`}>
                  <button type="button" className="trace-hop-button" onClick={() => setHighlight({ id: hop.resourceId, verdict: hop.verdict })}>
                    <strong>{hop.verdict === "block" ? "✗" : hop.verdict === "pass" ? "✓" : "•"}</strong> {hop.kind} <code>{hop.resourceId}</code>
                  </button>
                  <p className="trace-message">{hop.message}</p>
                </li>
              ))}
            </ol>
          </div>
        ) : null}
        <PathTracePanel world={world} initial={traceInitial} onHighlight={setHighlight} />
      </section>
    </div>
  );
}
