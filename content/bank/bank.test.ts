import { describe, expect, it } from "vitest";
import { BankQuestionSchema, InterviewPromptSchema } from "@/lib/content/bank";
import { TRACKS } from "@/lib/content/catalog";
import { BANK_QUESTIONS, INTERVIEW_PROMPTS } from "./index";

/** Runnable scenario ids a bank question may point at (shared/CURRICULUM.md, lead's list). */
const SCENARIOS = new Set([
  "site-to-site-vpn",
  "private-subnet-no-endpoint",
  "private-subnet-nat",
  "s3-gateway-endpoint",
  "gateway-endpoint-cross-region",
  "gateway-endpoint-from-on-prem",
  "interface-endpoint-sqs",
  "interface-endpoint-private-dns-off",
  "interface-endpoint-sg-blocks-443",
  "endpoint-policy-deny",
  "bucket-policy-sourcevpce",
  "privatelink-service",
  "overlapping-cidrs",
  "gwlb-inspection",
  "fault-connection-not-accepted",
]);

const MIN_PER_TRACK: Record<string, number> = {
  "tunnels-and-vpns": 30,
  "path-to-aws-services": 15,
  "gateway-endpoints": 25,
  "interface-endpoints": 30,
  policies: 25,
  "privatelink-services": 20,
  "choosing-and-operating": 15,
};

const parsed = BANK_QUESTIONS.map((q) => BankQuestionSchema.parse(q));

describe("exam-prep question bank", () => {
  it("every question parses with BankQuestionSchema", () => {
    for (const q of BANK_QUESTIONS) {
      const r = BankQuestionSchema.safeParse(q);
      expect(r.success, `${(q as { id?: string }).id}: ${r.success ? "" : r.error.message}`).toBe(true);
    }
  });

  it("has at least 160 questions with ids unique across the whole bank", () => {
    expect(parsed.length).toBeGreaterThanOrEqual(160);
    const ids = parsed.map((q) => q.id);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });

  it("meets the per-track minimums", () => {
    expect(Object.keys(MIN_PER_TRACK).sort()).toEqual(TRACKS.map((t) => t.slug).sort());
    for (const [track, min] of Object.entries(MIN_PER_TRACK)) {
      const n = parsed.filter((q) => q.track === track).length;
      expect(n, `${track} has ${n}`).toBeGreaterThanOrEqual(min);
    }
  });

  it("has at least 15 ordering questions and some type-the-command questions", () => {
    expect(parsed.filter((q) => q.type === "ordering").length).toBeGreaterThanOrEqual(15);
    expect(parsed.filter((q) => q.type === "command").length).toBeGreaterThanOrEqual(4);
  });

  it("has at least 25 scenario questions, each single/multiple (or a command run there) and pointing at a known scenario", () => {
    const withScenario = parsed.filter((q) => q.scenario !== undefined);
    expect(withScenario.length).toBeGreaterThanOrEqual(25);
    for (const q of withScenario) {
      expect(SCENARIOS.has(q.scenario as string), `${q.id}: unknown scenario ${q.scenario}`).toBe(true);
      expect(["single", "multiple", "command"], q.id).toContain(q.type);
    }
  });

  it("mixes difficulties roughly 30/45/25", () => {
    const share = (d: number) => parsed.filter((q) => q.difficulty === d).length / parsed.length;
    expect(share(1)).toBeGreaterThan(0.2);
    expect(share(2)).toBeGreaterThan(0.35);
    expect(share(3)).toBeGreaterThan(0.15);
  });

  it("keeps answer keys well formed", () => {
    for (const q of parsed) {
      if (q.type === "multiple") {
        expect(new Set(q.answers).size, q.id).toBe(q.answers.length);
        expect(q.answers.length, `${q.id}: every choice is correct`).toBeLessThan(q.choices.length);
      }
      if (q.type === "single" || q.type === "multiple") {
        const ids = q.choices.map((c) => c.id);
        expect(new Set(ids).size, q.id).toBe(ids.length);
      }
      if (q.type === "ordering") {
        expect(new Set(q.order).size, q.id).toBe(q.order.length);
      }
    }
  });
});

describe("interview prompts", () => {
  it("every prompt parses with InterviewPromptSchema", () => {
    for (const p of INTERVIEW_PROMPTS) {
      const r = InterviewPromptSchema.safeParse(p);
      expect(r.success, `${p.id}: ${r.success ? "" : r.error.message}`).toBe(true);
    }
  });

  it("has at least 32 prompts with unique ids, covering every track", () => {
    expect(INTERVIEW_PROMPTS.length).toBeGreaterThanOrEqual(32);
    const ids = INTERVIEW_PROMPTS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of TRACKS) {
      expect(
        INTERVIEW_PROMPTS.some((p) => p.track === t.slug),
        t.slug,
      ).toBe(true);
    }
  });

  it("keeps model answers between 80 and 400 words", () => {
    for (const p of INTERVIEW_PROMPTS) {
      const words = p.modelAnswer.trim().split(/\s+/).length;
      expect(words, p.id).toBeGreaterThanOrEqual(80);
      expect(words, p.id).toBeLessThanOrEqual(400);
    }
  });
});
