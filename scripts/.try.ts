import { createShell, run, promptOf } from "@/lib/shell";
import { sandboxWorld } from "@/lib/sim";
let s = createShell({ world: sandboxWorld(), host: process.env.HOST_NAME ?? "bastion" });
console.log(JSON.stringify(promptOf(s)));
for (const l of process.argv.slice(2)) { const r = run(s, l); s = r.state; console.log("$ "+l, r.exitCode, JSON.stringify(promptOf(s)), JSON.stringify(r.wait ?? null)); for (const c of r.output) process.stdout.write(`<${c.stream}>${c.text}`); }
