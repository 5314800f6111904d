import { createShell, run, promptOf } from "./lib/shell";
import { lab } from "./lib/shell/test/worlds";
import { idOf } from "./lib/sim";
const w = lab();
let s = createShell({ world: w, host: process.env.H ?? "bastion" });
const lines = process.argv.slice(2).map(l => l.replace(/\{(\w[\w-]*)\}/g, (_m, n) => idOf(w, n)));
for (const l of lines) { const r = run(s, l); s = r.state; console.log(promptOf(s) + l); for (const c of r.output) process.stdout.write(`[${c.stream}]` + c.text); console.log(`[rc ${r.exitCode}]`, r.wait ? JSON.stringify(r.wait) : "", r.control ?? ""); }
