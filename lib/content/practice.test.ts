import { describe, expect, it } from "vitest";
import { BANK_QUESTIONS } from "@/content/bank";
import { BankQuestionSchema, type BankQuestion } from "./bank";
import {
  EXAM_GRACE_MS,
  StartExamSchema,
  SubmitExamSchema,
  answerProblem,
  cardAfterMiss,
  checkExamSubmission,
  computeStreak,
  examDeadline,
  gradeQuestions,
  isLate,
  latestMisses,
  newCard,
  parseCard,
  pickQuestions,
  publicQuestions,
  scheduleReview,
  scoreByTrack,
  serializeCard,
  weakestTracks,
  type RatingName,
} from "./practice";

const bank: BankQuestion[] = BANK_QUESTIONS.map((q) => BankQuestionSchema.parse(q));
const tracks = [...new Set(bank.map((q) => q.track))];

describe("pickQuestions", () => {
  it.each([
    { trackSet: tracks, count: 10, seed: 1 },
    { trackSet: tracks, count: 65, seed: 42 },
    { trackSet: [tracks[0]], count: 5, seed: 7 },
    { trackSet: [tracks[1], tracks[2]], count: 20, seed: 123456 },
  ])("picks $count distinct questions from the chosen tracks (seed $seed)", ({ trackSet, count, seed }) => {
    const ids = pickQuestions(bank, trackSet, count, seed);
    expect(ids).toHaveLength(count);
    expect(new Set(ids).size).toBe(count);
    const byId = new Map(bank.map((q) => [q.id, q]));
    for (const id of ids) expect(trackSet).toContain(byId.get(id)?.track);
    // Deterministic in the seed.
    expect(pickQuestions(bank, trackSet, count, seed)).toEqual(ids);
  });

  it("gives different exams for different seeds", () => {
    expect(pickQuestions(bank, tracks, 20, 1)).not.toEqual(pickQuestions(bank, tracks, 20, 2));
  });

  it("spreads questions evenly over the tracks", () => {
    const ids = pickQuestions(bank, tracks, tracks.length * 2, 99);
    const counts = scoreByTrack(ids.map((id) => ({ track: bank.find((q) => q.id === id)!.track, correct: true })));
    for (const c of counts) expect(c.total).toBe(2);
  });

  it("stops at what the tracks hold", () => {
    const only = bank.filter((q) => q.track === tracks[0]).length;
    expect(pickQuestions(bank, [tracks[0]], 500, 3)).toHaveLength(only);
    expect(pickQuestions(bank, ["no-such-track"], 10, 3)).toEqual([]);
  });
});

describe("deadlines", () => {
  const start = new Date("2026-01-01T10:00:00Z");
  const deadline = examDeadline(start, 30);
  it("puts the deadline minutes after the start", () => {
    expect(deadline.toISOString()).toBe("2026-01-01T10:30:00.000Z");
  });
  it.each([
    { at: "2026-01-01T10:29:59Z", late: false },
    { at: "2026-01-01T10:30:00Z", late: false },
    { at: new Date(deadline.getTime() + EXAM_GRACE_MS).toISOString(), late: false },
    { at: new Date(deadline.getTime() + EXAM_GRACE_MS + 1).toISOString(), late: true },
    { at: "2026-01-01T11:00:00Z", late: true },
  ])("a submission at $at is late: $late", ({ at, late }) => {
    expect(isLate(deadline, new Date(at))).toBe(late);
  });
});

describe("checkExamSubmission", () => {
  const deadline = new Date("2026-01-01T10:30:00Z");
  const attempt = { userId: "u1", deadline, submittedAt: null, questionIds: ["q1", "q2"] };
  const before = new Date("2026-01-01T10:10:00Z");
  const after = new Date("2026-01-01T10:31:00Z");
  const body = (answers: Record<string, string>, timings: Record<string, number> = {}) => ({ answers, timings });
  it.each([
    {
      name: "a valid submission",
      a: attempt,
      actor: "u1",
      b: body({ q1: "a" }, { q2: 3 }),
      now: before,
      expected: null,
    },
    { name: "a missing attempt", a: null, actor: "u1", b: body({}), now: before, expected: "not-found" },
    { name: "another user's attempt", a: attempt, actor: "u2", b: body({}), now: before, expected: "not-found" },
    {
      name: "a replay",
      a: { ...attempt, submittedAt: before },
      actor: "u1",
      b: body({}),
      now: before,
      expected: "already-submitted",
    },
    {
      name: "a late replay is still a replay",
      a: { ...attempt, submittedAt: before },
      actor: "u1",
      b: body({}),
      now: after,
      expected: "already-submitted",
    },
    { name: "a late submission", a: attempt, actor: "u1", b: body({ q1: "a" }), now: after, expected: "late" },
    {
      name: "an unknown question id",
      a: attempt,
      actor: "u1",
      b: body({ q9: "a" }),
      now: before,
      expected: "unknown-question",
    },
    {
      name: "timings for an unknown question",
      a: attempt,
      actor: "u1",
      b: body({}, { q9: 1 }),
      now: before,
      expected: "unknown-question",
    },
  ])("$name → $expected", ({ a, actor, b, now, expected }) => {
    const result = checkExamSubmission(a, actor, b, now);
    if (expected === null) expect(result).toEqual({ ok: true });
    else expect(result).toMatchObject({ ok: false, kind: expected });
  });
});

describe("schemas", () => {
  it.each([
    { body: { tracks: ["a"], count: 5, minutes: 1 }, ok: true },
    { body: { tracks: ["a"], count: 65, minutes: 180 }, ok: true },
    { body: { tracks: ["a"], count: 4, minutes: 10 }, ok: false },
    { body: { tracks: ["a"], count: 66, minutes: 10 }, ok: false },
    { body: { tracks: [], count: 10, minutes: 10 }, ok: false },
    { body: { tracks: ["a"], count: 10, minutes: 0 }, ok: false },
    { body: { tracks: ["a"], count: 10, minutes: 10, extra: 1 }, ok: false },
  ])("start exam %j", ({ body, ok }) => {
    expect(StartExamSchema.safeParse(body).success).toBe(ok);
  });
  it("defaults timings to none", () => {
    expect(SubmitExamSchema.parse({ answers: {} })).toEqual({ answers: {}, timings: {} });
  });
});

describe("grading", () => {
  const single = bank.filter((q) => q.type === "single").slice(0, 4) as Array<
    Extract<BankQuestion, { type: "single" }>
  >;
  it("scores per track and never leaks keys in the public view", () => {
    const answers = {
      [single[0].id]: single[0].answer,
      [single[1].id]: single[1].choices.find((c) => c.id !== single[1].answer)!.id,
    };
    const graded = gradeQuestions(single, answers);
    expect(graded.score).toBe(1);
    expect(graded.total).toBe(4);
    expect(graded.passed).toBe(false);
    expect(graded.byTrack.reduce((n, t) => n + t.total, 0)).toBe(4);
    const pub = JSON.stringify(publicQuestions(bank));
    expect(pub).not.toContain('"answer"');
    expect(pub).not.toContain('"explanation"');
    expect(pub).not.toContain('"order"');
  });
  it("passes at 70%", () => {
    const qs = single.slice(0, 3).concat(bank.filter((q) => q.type === "single").slice(4, 10) as typeof single);
    const answers = Object.fromEntries(qs.slice(0, 7).map((q) => [q.id, q.answer]));
    expect(gradeQuestions(qs, answers).passed).toBe(true);
  });
  it("rejects answers of the wrong shape", () => {
    expect(answerProblem(single, { [single[0].id]: "not-a-choice" })).toMatch(/not a choice/);
    expect(answerProblem(single, { [single[0].id]: single[0].answer })).toBeNull();
  });
});

describe("scoreByTrack and weakestTracks", () => {
  it("orders by accuracy, lowest first", () => {
    const scores = scoreByTrack([
      { track: "a", correct: true },
      { track: "a", correct: true },
      { track: "b", correct: false },
      { track: "b", correct: true },
      { track: "c", correct: false },
    ]);
    expect(scores).toEqual([
      { track: "a", correct: 2, total: 2 },
      { track: "b", correct: 1, total: 2 },
      { track: "c", correct: 0, total: 1 },
    ]);
    expect(weakestTracks(scores).map((t) => t.track)).toEqual(["c", "b", "a"]);
  });
});

describe("latestMisses", () => {
  const t = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s));
  it.each([
    { name: "nothing answered", rows: [], expected: [] },
    { name: "one miss", rows: [{ questionId: "q1", correct: false, createdAt: t(1) }], expected: ["q1"] },
    {
      name: "a miss fixed later is not a miss",
      rows: [
        { questionId: "q1", correct: false, createdAt: t(1) },
        { questionId: "q1", correct: true, createdAt: t(2) },
      ],
      expected: [],
    },
    {
      name: "a right answer missed later is a miss; most recent first",
      rows: [
        { questionId: "q2", correct: false, createdAt: t(5) },
        { questionId: "q1", correct: true, createdAt: t(1) },
        { questionId: "q1", correct: false, createdAt: t(9) },
      ],
      expected: ["q1", "q2"],
    },
  ])("$name", ({ rows, expected }) => {
    expect(latestMisses(rows)).toEqual(expected);
  });
});

describe("computeStreak (UTC days)", () => {
  const now = new Date("2026-03-10T12:00:00Z");
  it.each([
    { name: "no activity", days: [], expected: 0 },
    { name: "today only", days: ["2026-03-10T01:00:00Z"], expected: 1 },
    { name: "yesterday only keeps the streak", days: ["2026-03-09T23:59:59Z"], expected: 1 },
    { name: "two days ago is broken", days: ["2026-03-08T10:00:00Z"], expected: 0 },
    {
      name: "three days running",
      days: ["2026-03-10T00:00:00Z", "2026-03-09T12:00:00Z", "2026-03-08T12:00:00Z"],
      expected: 3,
    },
    {
      name: "a gap ends it",
      days: ["2026-03-10T00:00:00Z", "2026-03-09T12:00:00Z", "2026-03-07T12:00:00Z"],
      expected: 2,
    },
    {
      name: "many on one day count once",
      days: ["2026-03-10T00:00:00Z", "2026-03-10T05:00:00Z", "2026-03-10T23:00:00Z"],
      expected: 1,
    },
    {
      name: "UTC, not local: 23:30 UTC yesterday",
      days: ["2026-03-09T23:30:00Z", "2026-03-08T00:30:00Z"],
      expected: 2,
    },
  ])("$name → $expected", ({ days, expected }) => {
    expect(
      computeStreak(
        days.map((d) => new Date(d)),
        now,
      ),
    ).toBe(expected);
  });
});

describe("FSRS scheduling", () => {
  const now = new Date("2026-03-10T12:00:00Z");
  it("a new card is due now", () => {
    expect(newCard(now).due.toISOString()).toBe(now.toISOString());
  });
  it.each<{ rating: RatingName }>([{ rating: "again" }, { rating: "hard" }, { rating: "good" }, { rating: "easy" }])(
    "rating $rating is deterministic and schedules in the future",
    ({ rating }) => {
      const a = scheduleReview(newCard(now), rating, now);
      const b = scheduleReview(newCard(now), rating, now);
      expect(a).toEqual(b);
      expect(a.due.getTime()).toBeGreaterThan(now.getTime());
      expect(a.reps).toBe(1);
    },
  );
  it("better ratings wait longer", () => {
    const due = (["again", "hard", "good", "easy"] as const).map((r) =>
      scheduleReview(newCard(now), r, now).due.getTime(),
    );
    for (let i = 1; i < due.length; i++) expect(due[i]).toBeGreaterThanOrEqual(due[i - 1]);
    expect(due[3]).toBeGreaterThan(due[0]);
  });
  it("round-trips through JSON storage", () => {
    const card = scheduleReview(scheduleReview(newCard(now), "good", now), "good", new Date("2026-03-12T12:00:00Z"));
    const back = parseCard(serializeCard(card));
    expect(back).toEqual(card);
    const later = new Date("2026-04-01T00:00:00Z");
    expect(scheduleReview(back, "good", later)).toEqual(scheduleReview(card, "good", later));
  });
  it("a miss makes a card due now again", () => {
    const reviewed = scheduleReview(newCard(now), "easy", now);
    const missedAt = new Date("2026-03-11T08:00:00Z");
    expect(cardAfterMiss(reviewed, missedAt).due.toISOString()).toBe(missedAt.toISOString());
    expect(cardAfterMiss(null, missedAt).due.toISOString()).toBe(missedAt.toISOString());
  });
});
