import { describe, expect, it } from "vitest";
import { LABS } from "./index";
import { LAB_SECRETS } from "./secrets";
import {
  BREAK_AND_FIX_FAULTS,
  LabMetaSchema,
  LabSecretsSchema,
  breakAndFixFault,
  replayLab,
  startShell,
} from "@/lib/content/lab";

/** seeds that pick each break-and-fix fault */
function seedsByFault(): Map<string, number> {
  const m = new Map<string, number>();
  for (let s = 1; m.size < BREAK_AND_FIX_FAULTS.length && s < 10_000; s++) if (!m.has(breakAndFixFault(s))) m.set(breakAndFixFault(s), s);
  return m;
}

describe("lab catalogue", () => {
  it("has unique ids and a secrets entry for every lab", () => {
    const ids = LABS.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(LAB_SECRETS).sort()).toEqual([...ids].sort());
  });
});

describe.each(LABS.map((l) => [l.id, l] as const))("lab %s", (id, lab) => {
  const secrets = LAB_SECRETS[id];

  it("validates against LabMetaSchema and LabSecretsSchema", () => {
    const meta = LabMetaSchema.safeParse(lab);
    expect(meta.success, JSON.stringify(meta.error?.issues)).toBe(true);
    const sec = LabSecretsSchema.safeParse(secrets);
    expect(sec.success, JSON.stringify(sec.error?.issues)).toBe(true);
    expect(secrets.id).toBe(id);
  });

  it("starts a shell on the start host", () => {
    const st = lab.start(1);
    const shell = startShell(lab, 1);
    expect(shell.history).toEqual([]);
    expect(shell.lastExit).toBe(0);
    const top = shell.hostStack[shell.hostStack.length - 1];
    const name = shell.world.instances[top]?.tags.find((t) => t.Key === "Name")?.Value ?? shell.world.onPremHosts?.[top]?.name;
    expect(name).toBe(st.host);
    expect(shell.hostStack.length).toBe(1 + (st.via?.length ?? 0));
  });

  if (id === "break-and-fix") {
    const seeds = seedsByFault();
    it("every fault is picked by some seed", () => {
      expect([...seeds.keys()].sort()).toEqual([...BREAK_AND_FIX_FAULTS].sort());
    });
    for (const fault of BREAK_AND_FIX_FAULTS) {
      it(`fault ${fault}: the start fails and its fix passes every goal`, () => {
        const seed = seeds.get(fault)!;
        const start = replayLab(lab, [], { seed });
        expect(start.goals.some((g) => !g.done)).toBe(true);
        const fix = secrets.faults!.find((f) => f.id === fault)!;
        expect(fix, `no solution for fault ${fault}`).toBeTruthy();
        const r = replayLab(lab, fix.solution, { seed });
        expect(r.goals.filter((g) => !g.done)).toEqual([]);
      });
    }
  } else {
    it("the start fails at least one goal", () => {
      for (const seed of [1, 42]) {
        const r = replayLab(lab, [], { seed });
        expect(r.goals.filter((g) => !g.done).length).toBeGreaterThan(0);
        for (const g of r.goals.filter((x) => !x.done)) expect(g.code, `${g.id} has no code`).toBeTruthy();
      }
    });

    it("the reference solution passes every goal (several seeds)", () => {
      for (const seed of [1, 42, 2026]) {
        const r = replayLab(lab, secrets.solution, { seed });
        expect(r.error).toBeUndefined();
        expect(r.goals.filter((g) => !g.done)).toEqual([]);
      }
    });
  }

  it("replays deterministically", () => {
    const cmds = id === "break-and-fix" ? secrets.faults![0].solution : secrets.solution;
    const a = replayLab(lab, cmds, { seed: 7 });
    const b = replayLab(lab, cmds, { seed: 7 });
    expect(b.goals).toEqual(a.goals);
    expect(JSON.stringify(b.shell.world)).toBe(JSON.stringify(a.shell.world));
    expect(b.results).toEqual(a.results);
  });
});
