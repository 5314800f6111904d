// Idempotent seed: safe to run on every start. Upserts reference data only; never touches users.
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../lib/server/generated/prisma/client";
import { TRACKS } from "../lib/content/catalog";

const url = process.env.DATABASE_URL ?? `file:${path.resolve("data/pathwise.db")}`;
const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: url.replace(/^file:/, ""), timeout: 10_000 }) });

async function main() {
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  for (const track of TRACKS) {
    const data = { order: track.order, title: track.title, summary: track.summary };
    await db.track.upsert({ where: { id: track.slug }, create: { id: track.slug, ...data }, update: data });
  }
  console.log(`seed: ${TRACKS.length} tracks up to date`);
}

main()
  .catch((error: unknown) => {
    console.error("seed failed:", error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
