import { describe, expect, it } from "vitest";
import { WorldSchema } from "./schema";
import { brokenLab, FAULTS } from "./fixtures";
import { trace } from "./trace";

// CURRICULUM lesson 21: every seeded fault breaks the goal with its own explanation code, and the
// reference fix makes the goal work (the lab rule: the start fails, the solution passes).
describe("break-and-fix faults", () => {
  it.each(FAULTS.map((f) => [f]))("%s: broken, then fixed", (fault) => {
    const lab = brokenLab(fault);
    expect(WorldSchema.safeParse(JSON.parse(JSON.stringify(lab.world))).success).toBe(true);
    const before = trace(lab.world, lab.goal);
    expect(before.outcome).not.toBe("ok");
    expect(before.code).toBe(lab.expectedCode);
    const fixed = lab.fix(lab.world);
    const after = trace(fixed, lab.goal);
    expect({ outcome: after.outcome, code: after.code }).toMatchObject({ outcome: "ok" });
  });

  it("the seed picks the fault deterministically and covers all of them", () => {
    expect(brokenLab(3).fault).toBe(brokenLab(3).fault);
    expect(new Set(FAULTS.map((_, i) => brokenLab(i).fault)).size).toBe(FAULTS.length);
    expect(JSON.stringify(brokenLab(4).world)).toBe(JSON.stringify(brokenLab(4).world));
  });
});
