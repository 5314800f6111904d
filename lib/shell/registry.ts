/** The command registry: name → CommandSpec. */
import type { CommandSpec } from "./types";
import { basicTools } from "./tools/basic";
import { textTools } from "./tools/text";
import { extraCommands } from "./commands";
import { testTools } from "./tools/test";

const table = new Map<string, CommandSpec>();

function register(specs: CommandSpec[]): void {
  for (const s of specs) table.set(s.name, s);
}

register(basicTools);
register(textTools);
register(testTools);
register(extraCommands());

const help: CommandSpec = {
  name: "help",
  summary: "list the commands this terminal understands",
  run() {
    const names = [...table.values()].filter((s) => !s.name.startsWith("_")).sort((a, b) => (a.name < b.name ? -1 : 1));
    const w = Math.max(...names.map((s) => s.name.length));
    const text =
      "Pathwise terminal — a simulated Amazon Linux 2023 shell. Commands:\n\n" +
      names.map((s) => `  ${s.name.padEnd(w)}  ${s.summary}\n`).join("") +
      "\nPipes (|), redirects (> >> 2>&1 <<<), && || ;, $VAR, $(…), $(( )), {a,b}, for/while/if/case and test work as in bash.\nType `hint` for a nudge on the current lab step, `aws help` for the AWS CLI.\n";
    return { code: 0, out: [{ stream: "stdout", text }] };
  },
};
table.set("help", help);

const which: CommandSpec = {
  name: "which",
  summary: "locate a command",
  run(_ctx, args) {
    let code = 0;
    let text = "";
    let errText = "";
    for (const a of args) {
      if (table.has(a)) text += `/usr/bin/${a}\n`;
      else {
        code = 1;
        errText += `/usr/bin/which: no ${a} in (/usr/local/bin:/usr/bin:/usr/local/sbin:/usr/sbin)\n`;
      }
    }
    const out = [];
    if (text) out.push({ stream: "stdout" as const, text });
    if (errText) out.push({ stream: "stderr" as const, text: errText });
    return { code, out };
  },
};
table.set("which", which);

export function lookupCommand(name: string): CommandSpec | undefined {
  return table.get(name);
}

export function commandNames(): string[] {
  return [...table.keys()].sort();
}
