// The import-boundary rule (docs/decisions/004-layer-rule.md) must reject imports that point up the
// stack app → lib/server → lib/content → lib/shell → lib/sim, and allow the ones that point down.
import { ESLint } from "eslint";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const eslint = new ESLint({ cwd: root });

async function violations(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("layer rule", () => {
  it.each([
    ["lib/sim/x.ts", 'import { a } from "@/lib/shell/y";\nexport const b = a;\n'],
    ["lib/sim/x.ts", 'import { useState } from "react";\nexport const b = useState;\n'],
    ["lib/sim/x.ts", 'import { readFileSync } from "node:fs";\nexport const b = readFileSync;\n'],
    ["lib/sim/x.ts", 'import { a } from "../content/y";\nexport const b = a;\n'],
    ["lib/shell/x.ts", 'import { a } from "@/lib/content/y";\nexport const b = a;\n'],
    ["lib/shell/x.ts", 'import { a } from "@/lib/server/db";\nexport const b = a;\n'],
    ["lib/content/x.ts", 'import { a } from "@/lib/server/db";\nexport const b = a;\n'],
    ["lib/content/x.ts", 'import { PrismaClient } from "@prisma/client";\nexport const b = PrismaClient;\n'],
    ["lib/server/x.ts", 'import { a } from "@/app/page";\nexport const b = a;\n'],
  ])("%s may not import: %s", async (file, source) => {
    expect(await violations(file, source)).not.toEqual([]);
  });

  it.each([
    ["lib/shell/x.ts", 'import { a } from "@/lib/sim/y";\nexport const b = a;\n'],
    ["lib/content/x.ts", 'import { a } from "@/lib/shell/y";\nexport const b = a;\n'],
    ["lib/server/x.ts", 'import { a } from "@/lib/content/y";\nexport const b = a;\n'],
    ["app/x.ts", 'import { a } from "@/lib/server/y";\nexport const b = a;\n'],
  ])("%s may import downward: %s", async (file, source) => {
    expect(await violations(file, source)).toEqual([]);
  });
});
