import { createShell, run, type ShellState } from "@/lib/shell";
import type { ScenarioStart } from ".";

/** Opens a shell on `host`, hopping through `via` with ssh the way a learner would (banner kept out of history). */
export function startShellOn(start: ScenarioStart): ShellState {
  const first = start.via?.[0] ?? start.host;
  let shell = createShell({ world: start.world, host: first, profiles: start.profiles, credentials: start.credentials });
  for (const hop of [...(start.via ?? []).slice(1), ...(start.via?.length ? [start.host] : [])]) {
    shell = run(shell, `ssh ${hop}`).state;
  }
  return { ...shell, history: [], lastExit: 0 };
}
