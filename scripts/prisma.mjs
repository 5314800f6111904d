// Runs the Prisma CLI with the offline settings from scripts/env.mjs: `node scripts/prisma.mjs <args>`.
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { prismaEnv, root } from "./env.mjs";

const bin = resolve(root, "node_modules/.bin/prisma");
const result = spawnSync(bin, process.argv.slice(2), { stdio: "inherit", env: prismaEnv(), cwd: root });
process.exit(result.status ?? 1);
