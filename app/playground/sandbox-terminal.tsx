"use client";
import { useCallback, useMemo, useState } from "react";
import { createShell, run, type ShellState } from "@/lib/shell";
import { sandboxWorld } from "@/lib/sim";
import { scenarioById } from "@/content/scenarios";
import { startShellOn } from "@/content/scenarios/shell";
import Terminal from "@/app/_components/terminal/terminal";

const WELCOME = `Welcome to the Pathwise playground: a simulated AWS account in us-east-1.
lab-vpc (10.0.0.0/16) has a public subnet with the bastion host and a private subnet with app-server.
Buckets: pathwise-reports (us-east-1) and pathwise-archive-eu (eu-west-1).

You are on app-server in the private subnet, logged in through the bastion.
Try \`aws s3 ls\`. Type \`exit\` to go back to the bastion, which can call the EC2 API,
and \`ssh app-server\` to return. \`help\` lists every command.
`;

/** Starts on the bastion and hops to app-server, as a learner would — or in a named scenario. */
function startShell(scenarioId?: string): { shell: ShellState; banner: string } {
  const scenario = scenarioId ? scenarioById(scenarioId) : undefined;
  if (scenario) {
    return {
      shell: startShellOn(scenario.build()),
      banner: `Scenario: ${scenario.title}\n${scenario.description}\nTry: ${scenario.suggested.join("  ·  ")}\n`,
    };
  }
  const onBastion = createShell({ world: sandboxWorld(), host: "bastion" });
  const hop = run(onBastion, "ssh app-server");
  const banner = hop.output.filter((c) => c.stream === "stdout").map((c) => c.text).join("");
  return { shell: { ...hop.state, history: [] }, banner };
}

export default function SandboxTerminal({ scenario }: { scenario?: string }) {
  const [generation, setGeneration] = useState(0);
  const start = useMemo(() => startShell(scenario), [scenario]);
  const reset = useCallback(() => setGeneration((g) => g + 1), []);
  const onControl = useCallback(
    (control: string) => {
      if (control === "reset") {
        setTimeout(reset, 0);
        return "Resetting the playground…";
      }
      if (control === "hint") return "Hints are for labs. Here, try: aws s3 ls, dig +short s3.us-east-1.amazonaws.com, ip route";
    },
    [reset],
  );
  return (
    <div>
      <div className="toolbar">
        <button type="button" className="button button-small button-quiet" onClick={reset}>
          Reset the playground
        </button>
      </div>
      <Terminal key={generation} initial={start.shell} welcome={scenario && scenarioById(scenario) ? start.banner : `${start.banner}\n${WELCOME}`} label="Playground terminal" onControl={onControl} rows={24} />
    </div>
  );
}
