import { describe, expect, it } from "vitest";
import { trace } from "@/lib/sim";
import { startShellOn } from "./shell";
import { SCENARIOS, resolveFlowSource } from ".";

describe("scenarios", () => {
  it("have unique ids", () => {
    expect(new Set(SCENARIOS.map((s) => s.id)).size).toBe(SCENARIOS.length);
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))("%s builds, opens a shell and traces its flow", (_id, s) => {
    const built = s.build();
    const shell = startShellOn(built);
    expect(shell.hostStack.length).toBeGreaterThan(0);
    const from = resolveFlowSource(built.world, s.flow.from);
    expect(from, `flow source ${s.flow.from}`).not.toBe("");
    const result = trace(built.world, { from, to: s.flow.to, ...(s.flow.port ? { port: s.flow.port } : {}) });
    expect(result.hops.length).toBeGreaterThan(0);
  });

  // The classic outcomes each lesson relies on.
  it.each([
    ["private-subnet-no-endpoint", "timeout"],
    ["private-subnet-nat", "ok"],
    ["s3-gateway-endpoint", "ok"],
    ["gateway-endpoint-cross-region", "timeout"],
    ["gateway-endpoint-from-on-prem", "timeout"],
    ["interface-endpoint-sqs", "ok"],
    ["interface-endpoint-sg-blocks-443", "timeout"],
    ["endpoint-policy-deny", "denied"],
    ["bucket-policy-sourcevpce", "denied"],
  ])("%s → %s", (id, outcome) => {
    const s = SCENARIOS.find((x) => x.id === id);
    if (!s) throw new Error(id);
    const { world } = s.build();
    const result = trace(world, { from: resolveFlowSource(world, s.flow.from), to: s.flow.to, ...(s.flow.port ? { port: s.flow.port } : {}) });
    expect(result.outcome).toBe(outcome);
  });
});
