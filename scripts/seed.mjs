// Runs the idempotent seed (prisma/seed.ts) with the project's database settings.
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { prismaEnv, root } from "./env.mjs";

const result = spawnSync(resolve(root, "node_modules/.bin/tsx"), ["prisma/seed.ts"], {
  stdio: "inherit",
  env: prismaEnv(),
  cwd: root,
});
process.exit(result.status ?? 1);
