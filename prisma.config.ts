import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

// Offline-friendly Prisma 6 setup (docs/decisions/002-offline-prisma.md): the JS engine with the
// better-sqlite3 driver adapter, so no engine binary is ever downloaded.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    const url = process.env.DATABASE_URL ?? `file:${path.resolve("data/pathwise.db")}`;
    return new PrismaBetterSQLite3({ url });
  },
});
