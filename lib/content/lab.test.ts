import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { labWorld } from "@/lib/sim";
import {
  BREAK_AND_FIX_FAULTS,
  LabMetaSchema,
  LabSecretsSchema,
  breakAndFixFault,
  clearReplayCache,
  replayCacheStats,
  evaluateGoals,
  labPublicMeta,
  replayLab,
  startShell,
  traceFrom,
  traceGoal,
  type LabDefinition,
} from "./lab";

const S3 = { service: "s3", action: "s3:ListBucket", bucket: "pathwise-reports" } as const;

const tiny: LabDefinition = {
  id: "tiny-lab",
  title: "Tiny lab",
  summary: "A lab used by the engine tests only.",
  story: "A short story that is long enough to pass the schema's minimum length check.",
  difficulty: "beginner",
  minutes: 5,
  track: "gateway-endpoints",
  lessons: ["gateway-endpoints/09-gateway-endpoints"],
  start: (seed) => ({ world: labWorld(seed), via: ["bastion"], host: "app-server", welcome: "hi" }),
  goals: [
    {
      id: "s3",
      title: "S3 through a gateway endpoint",
      check: ({ world }) => traceGoal(traceFrom(world, "app-server", S3), { through: ["vpce-gateway"] }),
    },
    {
      id: "echo",
      title: "Said hello",
      check: ({ results }) => ({ done: results.some((r) => r.stdout === "hello\n" && r.host === "app-server") }),
    },
    {
      id: "boom",
      title: "Throws",
      check: () => {
        throw new Error("kaput");
      },
    },
  ],
};

const FIX = [
  "exit",
  "VPC=$(aws ec2 describe-vpcs --filters Name=tag:Name,Values=lab-vpc --query 'Vpcs[0].VpcId' --output text)",
  "RT=$(aws ec2 describe-route-tables --filters Name=tag:Name,Values=private-rt --query 'RouteTables[0].RouteTableId' --output text)",
  "aws ec2 create-vpc-endpoint --vpc-id $VPC --service-name com.amazonaws.us-east-1.s3 --route-table-ids $RT",
  "ssh 10.0.2.10",
];

describe("startShell", () => {
  it("starts on the via host and ssh-es to the target, keeping the banner out of history", () => {
    const s = startShell(tiny, 3);
    expect(s.hostStack).toHaveLength(2);
    expect(s.world.instances[s.hostStack[1]].privateIpAddress).toBe("10.0.2.10");
    expect(s.history).toEqual([]);
    expect(s.lastExit).toBe(0);
  });
});

describe("replayLab", () => {
  it("runs commands, records results with the host, and evaluates goals", () => {
    const r = replayLab(tiny, [...FIX, "echo hello"], { seed: 3 });
    expect(r.error).toBeUndefined();
    expect(r.results).toHaveLength(FIX.length + 1);
    expect(r.results[0].host).toBe("app-server");
    expect(r.results[1].host).toBe("bastion");
    expect(r.goals.map((g) => [g.id, g.done])).toEqual([
      ["s3", true],
      ["echo", true],
      ["boom", false],
    ]);
    expect(r.goals[2].code).toBe("CHECK_ERROR");
  });

  it("gives the code of the first blocking hop when a goal fails", () => {
    const r = replayLab(tiny, [], { seed: 3 });
    expect(r.goals[0]).toMatchObject({ id: "s3", done: false, code: "NO_ROUTE" });
    expect(r.goals[0].detail).toMatch(/no route/i);
  });

  it("attributes `ssh HOST CMD` to HOST", () => {
    const r = replayLab(tiny, ["exit", "ssh 10.0.2.10 echo hello"], { seed: 3 });
    expect(r.results[1].host).toBe("app-server");
    expect(r.goals[1].done).toBe(true);
  });

  it("treats `reset` as Linux does — the screen, not the lab: the work before it still counts", () => {
    const fixed = replayLab(tiny, FIX, { seed: 3 });
    const r = replayLab(tiny, [...FIX, "reset", "echo hello"], { seed: 3 });
    expect(r.results).toHaveLength(FIX.length + 2);
    expect(fixed.goals[0].done).toBe(true);
    expect(r.goals[0].done).toBe(true); // the fix before `reset` still stands
    expect(r.goals[1].done).toBe(true);
    expect(r.shell.history).toEqual([...FIX, "reset", "echo hello"]);
  });

  it("does not really wait for waiting commands", () => {
    const t0 = Date.now();
    const r = replayLab(tiny, ["sleep 600", "aws s3 ls"], { seed: 3 });
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(r.results[1].exitCode).toBe(255);
  });

  it("refuses more than 2000 commands with a typed error", () => {
    const r = replayLab(
      tiny,
      Array.from({ length: 2001 }, () => "true"),
      { seed: 1 },
    );
    expect(r.error?.code).toBe("TOO_MANY_COMMANDS");
    expect(r.results).toEqual([]);
    expect(r.goals).toHaveLength(3);
  });

  it("honours a smaller maxCommands", () => {
    expect(replayLab(tiny, ["true", "true"], { seed: 1, maxCommands: 1 }).error?.code).toBe("TOO_MANY_COMMANDS");
  });

  it("refuses a command over 4096 characters", () => {
    const r = replayLab(tiny, ["echo hi", "echo " + "x".repeat(5000)], { seed: 1 });
    expect(r.error).toMatchObject({ code: "COMMAND_TOO_LONG", index: 1 });
  });

  it("refuses non-string input without throwing", () => {
    expect(replayLab(tiny, [42 as unknown as string], { seed: 1 }).error?.code).toBe("INVALID_INPUT");
    expect(replayLab(tiny, null as unknown as string[], { seed: 1 }).error?.code).toBe("INVALID_INPUT");
  });

  it("is deterministic", () => {
    const a = replayLab(tiny, FIX, { seed: 9 });
    const b = replayLab(tiny, FIX, { seed: 9 });
    expect(JSON.stringify(a.shell.world)).toBe(JSON.stringify(b.shell.world));
    expect(a.goals).toEqual(b.goals);
  });

  it("never throws on random command lists (property)", () => {
    const word = fc.constantFrom(
      "aws",
      "s3",
      "ls",
      "ec2",
      "describe-vpcs",
      "create-vpc-endpoint",
      "--vpc-id",
      "--service-name",
      "x",
      "ssh",
      "10.0.2.10",
      "exit",
      "reset",
      "sleep",
      "60",
      "|",
      "&&",
      ";",
      "'",
      '"',
      "$(",
      ")",
      "$X",
      "dig",
      "curl",
      "https://s3.amazonaws.com",
      "--query",
      "[",
    );
    const line = fc.oneof(
      fc.array(word, { maxLength: 8 }).map((ws) => ws.join(" ")),
      fc.string({ maxLength: 60 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.integer({ min: 0, max: 1000 }), (cmds, seed) => {
        const r = replayLab(tiny, cmds, { seed });
        expect(r.goals).toHaveLength(3);
      }),
      { numRuns: 60 },
    );
  });
});

describe("evaluateGoals", () => {
  it("evaluates on a context", () => {
    const s = startShell(tiny, 1);
    const g = evaluateGoals(tiny, { start: s.world, world: s.world, shell: s, commands: [], results: [] });
    expect(g.map((x) => x.done)).toEqual([false, false, false]);
  });
});

describe("schemas", () => {
  it("accepts the tiny lab and rejects bad metadata", () => {
    expect(LabMetaSchema.safeParse(tiny).success).toBe(true);
    expect(LabMetaSchema.safeParse({ ...tiny, id: "Not Kebab" }).success).toBe(false);
    expect(LabMetaSchema.safeParse({ ...tiny, minutes: 60 }).success).toBe(false);
    expect(LabMetaSchema.safeParse({ ...tiny, track: "nope" }).success).toBe(false);
    expect(LabMetaSchema.safeParse({ ...tiny, lessons: ["gateway-endpoints/99-nope"] }).success).toBe(false);
    expect(LabMetaSchema.safeParse({ ...tiny, goals: [tiny.goals[0], tiny.goals[0]] }).success).toBe(false);
  });
  it("validates secrets", () => {
    expect(
      LabSecretsSchema.safeParse({ id: "tiny-lab", hints: ["one hint", "two hint", "three hint"], solution: ["ls"] })
        .success,
    ).toBe(true);
    expect(LabSecretsSchema.safeParse({ id: "tiny-lab", hints: ["only one"], solution: ["ls"] }).success).toBe(false);
  });
  it("labPublicMeta is JSON-safe", () => {
    const m = labPublicMeta(tiny);
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
    expect(m.goals).toHaveLength(3);
  });
});

describe("breakAndFixFault", () => {
  it("is deterministic and covers every fault", () => {
    const seen = new Set<string>();
    for (let s = 0; s < 200; s++) {
      expect(breakAndFixFault(s)).toBe(breakAndFixFault(s));
      seen.add(breakAndFixFault(s));
    }
    expect([...seen].sort()).toEqual([...BREAK_AND_FIX_FAULTS].sort());
    expect(BREAK_AND_FIX_FAULTS).toContain(breakAndFixFault(NaN));
  });
});

describe("replay cache", () => {
  it("gives the same results as an uncached replay, also when resuming from a cached prefix", () => {
    clearReplayCache();
    const more = [...FIX, "aws s3 ls", "echo hello"];
    const a1 = replayLab(tiny, FIX, { seed: 5 });
    const b1 = replayLab(tiny, more, { seed: 5 }); // resumes from FIX
    const a2 = replayLab(tiny, FIX, { seed: 5 }); // cache hit after the continuation
    const a0 = replayLab(tiny, FIX, { seed: 5, cache: false });
    const b0 = replayLab(tiny, more, { seed: 5, cache: false });
    for (const [x, y] of [
      [a1, a0],
      [a2, a0],
      [b1, b0],
    ] as const) {
      expect(x.goals).toEqual(y.goals);
      expect(x.results).toEqual(y.results);
      expect(JSON.stringify(x.shell)).toBe(JSON.stringify(y.shell));
    }
  });

  it("keeps a class's worth of latest checks, evicting the least recently used first", () => {
    clearReplayCache();
    const mine = [...FIX, "echo mine"];
    replayLab(tiny, mine, { seed: 5 });
    for (let i = 0; i < 1100; i++) {
      replayLab(tiny, [`echo learner-${i}`], { seed: 5 });
      if (i % 200 === 0) replayLab(tiny, mine, { seed: 5 }); // my next Check touches my entry
    }
    const stats = replayCacheStats({ lab: tiny, seed: 5, commands: mine });
    expect(stats.entries).toBe(1000);
    expect(stats.has).toBe(true);
    expect(replayCacheStats({ lab: tiny, seed: 5, commands: ["echo learner-0"] }).has).toBe(false);
    expect(replayCacheStats({ lab: tiny, seed: 5, commands: ["echo learner-1099"] }).has).toBe(true);
  });

  it("keeps seeds and diverging transcripts apart", () => {
    clearReplayCache();
    const x = replayLab(tiny, [...FIX, "echo hello"], { seed: 5 });
    const y = replayLab(tiny, [...FIX, "echo bye"], { seed: 5 });
    const z = replayLab(tiny, [...FIX, "echo hello"], { seed: 6 });
    expect(x.goals[1].done).toBe(true);
    expect(y.goals[1].done).toBe(false);
    expect(z.shell.world.seed).not.toBe(x.shell.world.seed);
    expect(JSON.stringify(z.shell)).toBe(
      JSON.stringify(replayLab(tiny, [...FIX, "echo hello"], { seed: 6, cache: false }).shell),
    );
  });
});
