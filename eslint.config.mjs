import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The layer rule (docs/decisions/004-layer-rule.md): imports point one way,
// app → lib/server → lib/content → lib/shell → lib/sim. Each layer lists what it may NOT import.
const layer = (files, forbidden, message) => ({
  files,
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [{ group: [...new Set(forbidden)], message }],
      },
    ],
  },
});

const UI = ["react", "react-dom", "react/*", "next", "next/*", "@prisma/*", "better-auth", "better-auth/*"];
const NODE = ["node:*", "fs", "path", "crypto", "child_process", "os"];
const rel = (dir) => [`@/${dir}`, `@/${dir}/*`, `**/${dir}/*`, `../${dir}`, `../${dir}/*`];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", "node_modules/**", "lib/server/generated/**", ".content/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  layer(
    ["lib/sim/**/*.ts"],
    [...UI, ...NODE, ...rel("lib/shell"), ...rel("lib/content"), ...rel("lib/server"), ...rel("app"), "@/lib/shell", "@/lib/content", "@/lib/server", "@/app/*", "../shell/*", "../content/*", "../server/*"],
    "lib/sim is the bottom layer: pure TypeScript, no UI, Node, shell, content or server imports.",
  ),
  layer(
    ["lib/shell/**/*.ts"],
    [...UI, ...NODE, "@/lib/content", "@/lib/content/*", "@/lib/server", "@/lib/server/*", "@/app/*", "../content/*", "../server/*"],
    "lib/shell may import only lib/sim and pure libraries.",
  ),
  layer(
    ["lib/content/**/*.ts", "lib/content/**/*.tsx"],
    [...UI, "@/lib/server", "@/lib/server/*", "@/app/*", "../server/*"],
    "lib/content may import only lib/shell, lib/sim and pure libraries.",
  ),
  layer(
    ["lib/server/**/*.ts"],
    ["@/app/*", "../../app/*"],
    "lib/server must not import from app/.",
  ),
  {
    // Tests may use Node APIs and reach across layers to set things up.
    files: ["**/*.test.ts", "bench/**", "scripts/**", "e2e/**", "prisma/**"],
    rules: { "no-restricted-imports": "off", "react-hooks/rules-of-hooks": "off" },
  },
]);
