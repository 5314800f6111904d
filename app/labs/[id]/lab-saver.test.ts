import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LabSaver, readLocal, startingPoint, waitingCount, type LocalRecord, type SaverState, type SendResult, type Snapshot } from "./lab-saver";

/** A fake server with the real one's rules (lib/server/labs.ts saveLabSession): compare-and-set on the version. */
function fakeServer() {
  const s = { version: 0, seed: 0, commands: [] as string[], up: true, received: [] as Array<Snapshot & { base: number }>, lostReplies: 0 };
  const send = async (body: Snapshot & { base: number }): Promise<SendResult> => {
    if (!s.up) return "network";
    s.received.push(body);
    const same = body.seed === s.seed && JSON.stringify(body.commands) === JSON.stringify(s.commands);
    if (same) return { status: 200, body: { saved: body.commands.length, version: s.version } };
    if (body.base !== s.version) return { status: 409, body: { error: { code: "CONFLICT", message: "saved elsewhere", details: { version: s.version, seed: s.seed, commands: s.commands } } } };
    Object.assign(s, { version: s.version + 1, seed: body.seed, commands: [...body.commands] });
    if (s.lostReplies > 0) {
      s.lostReplies -= 1;
      return "network";
    }
    return { status: 200, body: { saved: body.commands.length, version: s.version } };
  };
  return { s, send };
}

function harness(start: { base: number; snapshot: Snapshot; pending: boolean }, server = fakeServer()) {
  const states: SaverState[] = [];
  const stored: LocalRecord[] = [];
  const saver = new LabSaver({ userId: "u1", send: server.send, write: (r) => stored.push(structuredClone(r)), onState: (st) => states.push(st) }, start);
  return { saver, states, stored, server: server.s, last: () => states.at(-1), local: () => stored.at(-1) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const fresh = { base: 0, snapshot: { seed: 7, commands: [] }, pending: false };

describe("LabSaver", () => {
  it("keeps every change in storage first, sends one save at a time, and ends saved at the server's version", async () => {
    const h = harness(fresh);
    h.saver.update({ seed: 7, commands: ["ls"] });
    expect(h.local()).toMatchObject({ commands: ["ls"], pending: true, base: 0 });
    h.saver.update({ seed: 7, commands: ["ls", "pwd"] });
    await vi.advanceTimersByTimeAsync(500);
    expect(h.server.received).toEqual([{ seed: 7, commands: ["ls", "pwd"], base: 0 }]); // a burst is one save
    expect(h.last()).toEqual({ state: "saved", count: 2 });
    expect(h.local()).toMatchObject({ pending: false, base: 1 });
    h.saver.update({ seed: 7, commands: ["ls", "pwd", "whoami"] });
    await vi.advanceTimersByTimeAsync(500);
    expect(h.server).toMatchObject({ version: 2, commands: ["ls", "pwd", "whoami"] });
    expect(h.saver.version).toBe(2);
  });

  it("offline: counts the commands waiting, backs off 1, 2, 4 s, keeps them pending, and sends them in order once back", async () => {
    const h = harness(fresh);
    h.server.up = false;
    for (const c of ["a", "b", "c"]) h.saver.update({ seed: 7, commands: [...(h.local()?.commands ?? []), c] });
    await vi.advanceTimersByTimeAsync(500);
    expect(h.last()).toMatchObject({ state: "retrying", waiting: 3, retryInSec: 1, reason: "the server can't be reached" });
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.last()).toMatchObject({ state: "retrying", retryInSec: 2 });
    await vi.advanceTimersByTimeAsync(2000);
    expect(h.last()).toMatchObject({ state: "retrying", retryInSec: 4 });
    expect(h.local()).toMatchObject({ commands: ["a", "b", "c"], pending: true, saved: 0 });
    h.server.up = true;
    h.saver.retryNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.server.commands).toEqual(["a", "b", "c"]);
    expect(h.last()).toEqual({ state: "saved", count: 3 });
  });

  it("a save that landed but whose reply was lost is not sent as a conflict: the retry is acknowledged", async () => {
    const h = harness(fresh);
    h.server.lostReplies = 1;
    h.saver.update({ seed: 7, commands: ["ls"] });
    await vi.advanceTimersByTimeAsync(500);
    expect(h.last()).toMatchObject({ state: "retrying" });
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.last()).toEqual({ state: "saved", count: 1 });
    expect(h.server.version).toBe(1);
  });

  it("another tab saved first: stops with the choice; 'mine' saves on top, 'theirs' adopts the saved session", async () => {
    const server = fakeServer();
    Object.assign(server.s, { version: 3, seed: 7, commands: ["x", "y"] });
    const h = harness({ base: 2, snapshot: { seed: 7, commands: ["x"] }, pending: false }, server);
    h.saver.update({ seed: 7, commands: ["x", "z"] });
    await vi.advanceTimersByTimeAsync(500);
    expect(h.last()).toMatchObject({ state: "conflict", current: { version: 3, commands: ["x", "y"] } });
    // Further typing is kept in storage but not sent until the learner decides.
    h.saver.update({ seed: 7, commands: ["x", "z", "w"] });
    await vi.advanceTimersByTimeAsync(5000);
    expect(server.s.commands).toEqual(["x", "y"]);
    expect(h.local()).toMatchObject({ commands: ["x", "z", "w"], pending: true });
    h.saver.resolve("mine");
    await vi.advanceTimersByTimeAsync(0);
    expect(server.s).toMatchObject({ version: 4, commands: ["x", "z", "w"] });

    const t = harness({ base: 2, snapshot: { seed: 7, commands: ["x"] }, pending: false }, server);
    t.saver.update({ seed: 7, commands: ["x", "q"] });
    await vi.advanceTimersByTimeAsync(500);
    expect(t.last()).toMatchObject({ state: "conflict" });
    expect(t.saver.resolve("theirs")).toEqual({ seed: 7, commands: ["x", "z", "w"] });
    expect(t.saver.version).toBe(4);
    expect(t.local()).toMatchObject({ pending: false, base: 4, commands: ["x", "z", "w"] });
  });

  it("a reload with pending work sends it at once, on the base it was typed on", async () => {
    const server = fakeServer();
    Object.assign(server.s, { version: 1, seed: 7, commands: ["a"] });
    const h = harness({ base: 1, snapshot: { seed: 7, commands: ["a", "b"] }, pending: true }, server);
    await vi.advanceTimersByTimeAsync(0);
    expect(server.s).toMatchObject({ version: 2, commands: ["a", "b"] });
    expect(h.last()).toEqual({ state: "saved", count: 2 });
  });

  it("a 400 stops retrying and says why; 401 keeps retrying and tells the page", async () => {
    const states: SaverState[] = [];
    let signedOut = 0;
    let status = 400;
    const saver = new LabSaver(
      { userId: "u", send: async () => ({ status, body: { error: { message: status === 400 ? "commands: too long" : "signed out" } } }), write: () => {}, onState: (s) => states.push(s), onSignedOut: () => (signedOut += 1) },
      fresh,
    );
    saver.update({ seed: 7, commands: ["ls"] });
    await vi.advanceTimersByTimeAsync(500);
    expect(states.at(-1)).toEqual({ state: "stopped", reason: "commands: too long" });
    status = 401;
    saver.update({ seed: 7, commands: ["ls", "pwd"] });
    await vi.advanceTimersByTimeAsync(500);
    expect(states.at(-1)).toMatchObject({ state: "retrying", reason: /signed out/ });
    expect(signedOut).toBe(1);
  });
});

describe("starting point and storage", () => {
  const rec = (over: Partial<LocalRecord>): LocalRecord => ({ v: 2, userId: "u1", base: 1, seed: 7, commands: ["a"], pending: false, ...over });
  it("prefers this browser's pending or newer record, else the server's", () => {
    const server = { version: 2, seed: 7, commands: ["a", "b"] };
    expect(startingPoint(server, null)).toEqual({ base: 2, snapshot: { seed: 7, commands: ["a", "b"] }, pending: false });
    expect(startingPoint(server, rec({ base: 1 }))?.base).toBe(2); // older and saved: the server's
    expect(startingPoint(server, rec({ base: 1, pending: true, commands: ["a", "c"], saved: 1 }))).toEqual({ base: 1, snapshot: { seed: 7, commands: ["a", "c"] }, pending: true, acked: { seed: 7, commands: ["a"] } });
    expect(startingPoint({ ...server, version: 1 }, rec({ base: 3, commands: ["z"] }))?.snapshot.commands).toEqual(["z"]); // a cached (older) page
    expect(startingPoint(null, null)).toBeNull();
  });
  it("reads only well-formed records of this account", () => {
    expect(readLocal(JSON.stringify(rec({})), "u1")).toMatchObject({ base: 1 });
    expect(readLocal(JSON.stringify(rec({})), "someone-else")).toBeNull();
    expect(readLocal("{not json", "u1")).toBeNull();
    expect(readLocal(JSON.stringify({ ...rec({}), commands: [1] }), "u1")).toBeNull();
  });
  it("counts waiting commands from what the server acknowledged", () => {
    expect(waitingCount({ seed: 1, commands: ["a"] }, { seed: 1, commands: ["a", "b", "c"] })).toBe(2);
    expect(waitingCount({ seed: 1, commands: ["a", "b"] }, { seed: 1, commands: [] })).toBe(1); // a reset
  });
});
