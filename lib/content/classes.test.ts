import { describe, expect, it } from "vitest";
import {
  CreateAssignmentSchema,
  JOIN_CODE_ALPHABET,
  JoinClassSchema,
  aggregateStuck,
  countDueStates,
  csvCell,
  dueState,
  fileSlug,
  isJoinCode,
  normalizeJoinCode,
  parseGoalOutcomes,
  summarizeCell,
  toCsv,
  type AttemptSummary,
} from "./classes";

const t = (iso: string) => new Date(iso);

describe("join codes", () => {
  it("uses an alphabet without look-alikes", () => {
    for (const ch of "0O1I") expect(JOIN_CODE_ALPHABET).not.toContain(ch);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(JOIN_CODE_ALPHABET.length);
    expect(JOIN_CODE_ALPHABET.length).toBe(32);
  });

  it.each([
    ["K7QM3XPA", "K7QM3XPA"],
    ["k7qm3xpa", "K7QM3XPA"],
    ["K7QM-3XPA", "K7QM3XPA"],
    [" k7qm 3xpa ", "K7QM3XPA"],
    ["K7QM3XP", null],
    ["K7QM3XPAB", null],
    ["K7QM3XP0", null],
    ["K7QM3XPO", null],
    ["K7QM3XP1", null],
    ["K7QM3XPI", null],
    ["K7QM3XP!", null],
    ["", null],
  ])("normalizes %j to %j", (input, expected) => {
    expect(normalizeJoinCode(input)).toBe(expected);
  });

  it.each([
    ["K7QM3XPA", true],
    ["k7qm3xpa", false],
    ["K7QM-3XPA", false],
  ])("isJoinCode(%j) is %j", (input, expected) => expect(isJoinCode(input)).toBe(expected));

  it.each([
    ["", "Enter the join code your instructor gave you."],
    ["nope", "That is not a join code: codes are 8 letters and digits, like K7QM-3XPA."],
  ])("the join form explains %j", (code, message) => {
    const parsed = JoinClassSchema.safeParse({ code });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.error.issues[0]?.message).toBe(message);
  });
});

describe("assignment bodies", () => {
  it.each([
    [{ kind: "lab", refId: "s3-gateway-endpoint" }, true],
    [{ kind: "lab", refId: "s3-gateway-endpoint", dueAt: "2030-01-01T10:00:00.000Z" }, true],
    [{ kind: "lab", refId: "s3-gateway-endpoint", dueAt: "tomorrow" }, false],
    [{ kind: "quiz", refId: "" }, false],
    [{ kind: "exam", tracks: ["gateway-endpoints"], count: 5 }, true],
    [{ kind: "exam", tracks: [], count: 5 }, false],
    [{ kind: "exam", tracks: ["gateway-endpoints"], count: 0 }, false],
    [{ kind: "exam", tracks: ["gateway-endpoints"], count: 2.5 }, false],
    [{ kind: "essay", refId: "x" }, false],
  ])("%j valid: %j", (body, ok) => expect(CreateAssignmentSchema.safeParse(body).success).toBe(ok));
});

describe("summarizeCell", () => {
  const created = t("2026-11-01T00:00:00Z");
  const due = t("2026-11-10T00:00:00Z");
  const now = t("2026-11-20T00:00:00Z");
  const attempt = (at: string, done: boolean, score: number | null = done ? 4 : 1, time: number | null = 60): AttemptSummary => ({
    id: at,
    at: t(at),
    done,
    score,
    total: score === null ? null : 4,
    timeSpentSec: time,
  });

  it.each([
    { name: "no attempts, no due date", attempts: [], dueAt: null, status: "not-started", overdue: false, count: 0 },
    { name: "no attempts, past due", attempts: [], dueAt: due, status: "not-started", overdue: true, count: 0 },
    { name: "failed attempt only", attempts: [attempt("2026-11-02T00:00:00Z", false)], dueAt: due, status: "in-progress", overdue: true, count: 1 },
    { name: "passed before due", attempts: [attempt("2026-11-02T00:00:00Z", false), attempt("2026-11-05T00:00:00Z", true)], dueAt: due, status: "done", overdue: false, count: 2 },
    { name: "first pass after due is late", attempts: [attempt("2026-11-12T00:00:00Z", true)], dueAt: due, status: "late", overdue: false, count: 1 },
    { name: "pass before due, retry after stays done", attempts: [attempt("2026-11-05T00:00:00Z", true), attempt("2026-11-12T00:00:00Z", true)], dueAt: due, status: "done", overdue: false, count: 2 },
    { name: "attempts before the assignment don't count", attempts: [attempt("2026-10-01T00:00:00Z", true)], dueAt: null, status: "not-started", overdue: false, count: 0 },
    { name: "pass exactly at due is on time", attempts: [attempt("2026-11-10T00:00:00Z", true)], dueAt: due, status: "done", overdue: false, count: 1 },
  ] as const)("$name", ({ attempts, dueAt, status, overdue, count }) => {
    const cell = summarizeCell(attempts, { createdAt: created, dueAt }, now);
    expect(cell.status).toBe(status);
    expect(cell.overdue).toBe(overdue);
    expect(cell.attempts).toBe(count);
  });

  it("takes the best score, the last activity and the time", () => {
    const attempts = [attempt("2026-11-02T00:00:00Z", false, 1, 100), attempt("2026-11-03T00:00:00Z", false, 3, 300), attempt("2026-11-04T00:00:00Z", false, 2, 50)];
    const summed = summarizeCell(attempts, { createdAt: created, dueAt: null }, now);
    expect(summed.bestPercent).toBe(75);
    expect(summed.lastActivity).toEqual(t("2026-11-04T00:00:00Z"));
    expect(summed.timeSpentSec).toBe(450);
    expect(summarizeCell(attempts, { createdAt: created, dueAt: null }, now, true).timeSpentSec).toBe(300);
  });

  it("has no score or time when nothing was scored", () => {
    const cell = summarizeCell([attempt("2026-11-02T00:00:00Z", false, null, null)], { createdAt: created, dueAt: null }, now);
    expect(cell.bestPercent).toBeNull();
    expect(cell.timeSpentSec).toBeNull();
  });
});

describe("due states", () => {
  it.each([
    [{ status: "done", overdue: false }, null, "done"],
    [{ status: "late", overdue: false }, t("2026-01-01T00:00:00Z"), "done"],
    [{ status: "in-progress", overdue: true }, t("2026-01-01T00:00:00Z"), "overdue"],
    [{ status: "not-started", overdue: false }, t("2030-01-01T00:00:00Z"), "due"],
    [{ status: "not-started", overdue: false }, null, "open"],
  ] as const)("%j due %j → %s", (cell, dueAt, expected) => expect(dueState(cell, dueAt)).toBe(expected));

  it("counts open work as due", () => {
    expect(countDueStates(["done", "overdue", "due", "open", "done"])).toEqual({ due: 2, overdue: 1, done: 2 });
  });
});

describe("aggregateStuck", () => {
  const goals = [
    { id: "a", title: "Goal A" },
    { id: "b", title: "Goal B" },
  ];
  const now = t("2026-11-20T00:00:00Z");
  const fail = (at: string, codes: Partial<Record<"a" | "b", string>> = {}) => ({
    at: t(at),
    passed: false,
    goals: [
      { id: "a", done: false, ...(codes.a ? { code: codes.a } : {}) },
      { id: "b", done: false, ...(codes.b ? { code: codes.b } : {}) },
    ],
  });
  const pass = (at: string) => ({ at: t(at), passed: true, goals: [{ id: "a", done: true }, { id: "b", done: true }] });

  it("counts learners by their latest check and flags repeated failures", () => {
    const report = aggregateStuck(
      goals,
      [
        { userId: "u1", name: "Ada", attempts: [fail("2026-11-02T00:00:00Z"), pass("2026-11-03T00:00:00Z")] },
        { userId: "u2", name: "Bea", attempts: [fail("2026-11-02T00:00:00Z", { a: "NO_ROUTE" }), fail("2026-11-03T00:00:00Z", { a: "NO_ROUTE" })] },
        { userId: "u3", name: "Cy", attempts: [] },
      ],
      null,
      now,
    );
    expect(report.goals).toEqual([
      { goalId: "a", title: "Goal A", failingLearners: 1, codes: [{ code: "NO_ROUTE", count: 1 }] },
      { goalId: "b", title: "Goal B", failingLearners: 1, codes: [] },
    ]);
    expect(report.learners.map((l) => l.name)).toEqual(["Bea"]);
    expect(report.learners[0].repeatedFailures).toEqual([
      { goalId: "a", title: "Goal A", checks: 2 },
      { goalId: "b", title: "Goal B", checks: 2 },
    ]);
  });

  it.each([
    { name: "never started, past due", attempts: [], dueAt: t("2026-11-10T00:00:00Z"), inactive: true },
    { name: "never started, not yet due", attempts: [], dueAt: t("2026-11-30T00:00:00Z"), inactive: false },
    { name: "tried before due, nothing since", attempts: [fail("2026-11-05T00:00:00Z")], dueAt: t("2026-11-10T00:00:00Z"), inactive: true },
    { name: "tried after due", attempts: [fail("2026-11-15T00:00:00Z")], dueAt: t("2026-11-10T00:00:00Z"), inactive: false },
    { name: "passed before due", attempts: [pass("2026-11-05T00:00:00Z")], dueAt: t("2026-11-10T00:00:00Z"), inactive: false },
    { name: "no due date", attempts: [], dueAt: null, inactive: false },
  ])("inactive past due: $name", ({ attempts, dueAt, inactive }) => {
    const report = aggregateStuck(goals, [{ userId: "u", name: "U", attempts }], dueAt, now);
    expect(report.learners.some((l) => l.inactivePastDue)).toBe(inactive);
  });
});

describe("parseGoalOutcomes", () => {
  it.each([
    ['[{"id":"a","done":true},{"id":"b","done":false,"code":"NO_ROUTE"}]', [{ id: "a", done: true }, { id: "b", done: false, code: "NO_ROUTE" }]],
    ["not json", []],
    ['{"id":"a"}', []],
  ])("%s", (json, expected) => expect(parseGoalOutcomes(json)).toEqual(expected));
});

describe("CSV", () => {
  it.each([
    ["plain", "plain"],
    ["", ""],
    [null, ""],
    [3, "3"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\rhere", '"cr\rhere"'],
    ["=SUM(A1:A2)", "'=SUM(A1:A2)"],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@cmd", "'@cmd"],
    ["\tTab", "'\tTab"],
    ["\rCR", "\"'\rCR\""],
    ['=HYPERLINK("x","y")', '"\'=HYPERLINK(""x"",""y"")"'],
    ["a=b", "a=b"],
  ])("csvCell(%j) = %j", (input, expected) => expect(csvCell(input)).toBe(expected));

  it("writes dates as ISO 8601 and ends records with CRLF", () => {
    expect(csvCell(t("2026-11-02T03:04:05Z"))).toBe("2026-11-02T03:04:05.000Z");
    expect(toCsv([["name", "n"], ["Ada, L.", 2]])).toBe('name,n\r\n"Ada, L.",2\r\n');
  });

  it.each([
    ["Networking 101", "networking-101"],
    ['"; rm -rf', "rm-rf"],
    ["!!!", "class"],
  ])("fileSlug(%j) = %j", (input, expected) => expect(fileSlug(input)).toBe(expected));
});
