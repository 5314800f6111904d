// Writes a new migration for the changes in prisma/schema.prisma: `npm run db:new-migration -- add_quiz_attempts`.
// `prisma migrate dev` needs a shadow database this offline setup can't create, and `--from-url` is
// refused when an adapter is configured. So every migration folder keeps a snapshot of the schema
// it produced (schema.prisma), and a new migration is the diff between the newest snapshot and the
// current prisma/schema.prisma (docs/decisions/002-offline-prisma.md).
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { prismaEnv, root } from "./env.mjs";

const name = (process.argv[2] ?? "").trim();
if (!/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:new-migration -- <name>   (lowercase letters, digits and _ only)");
  process.exit(2);
}
const bin = resolve(root, "node_modules/.bin/prisma");
const migrations = resolve(root, "prisma/migrations");
const previous = readdirSync(migrations, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort()
  .at(-1);
const from = previous ? ["--from-schema-datamodel", join(migrations, previous, "schema.prisma")] : ["--from-empty"];
if (previous && !existsSync(join(migrations, previous, "schema.prisma"))) {
  console.error(`prisma/migrations/${previous}/schema.prisma is missing: it is the snapshot new migrations are diffed from.`);
  process.exit(1);
}
const diff = spawnSync(bin, ["migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"], {
  env: prismaEnv(),
  cwd: root,
  encoding: "utf8",
});
if (diff.status !== 0) {
  console.error(`could not create the migration:\n${diff.stderr || diff.stdout}`);
  process.exit(1);
}
const sql = diff.stdout.trim();
if (!sql || /^-- This is an empty migration\.?$/.test(sql)) {
  console.log("prisma/schema.prisma matches the newest migration: nothing to write.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = join(migrations, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, "migration.sql"), sql + "\n");
copyFileSync(resolve(root, "prisma/schema.prisma"), join(dir, "schema.prisma"));
console.log(`wrote prisma/migrations/${stamp}_${name}/migration.sql — review it, then npm run db:migrate applies it`);
