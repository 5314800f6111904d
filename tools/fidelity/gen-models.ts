/**
 * npm run fidelity:models — regenerates tools/fidelity/models/<service>.json from botocore's service
 * models: for every operation Pathwise's shell implements (plus the calls `aws s3` transfers make),
 * the operation, the closure of its input and output shapes (documentation stripped), its paginator
 * (with botocore's sdk-extras merged) and its waiters. These are facts — names, types, required
 * members, enums, member order — and the harness gives them to both sides (see model.ts).
 *
 *   npx tsx tools/fidelity/gen-models.ts [--botocore <git repo or data dir>] [--rev <commit>]
 *
 * Default source: the boto/botocore mirror at /work/.mirror/boto+botocore/repo, commit 0e6e2404
 * (botocore 1.43.67, 2026-08-07) — the models lib/shell/README.md was written against.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import "../../lib/shell";
import { serviceDefs } from "../../lib/shell/aws/cli";
import { MODEL_FILES } from "./model";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const opt = (name: string, dflt: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const SRC = opt("--botocore", "/work/.mirror/boto+botocore/repo");
const REV = opt("--rev", "0e6e2404b85dc336dd2889814e089bde7d1a4c55");
const isGit = existsSync(path.join(SRC, "HEAD")) || existsSync(path.join(SRC, ".git"));

function read(rel: string): unknown | undefined {
  try {
    const text = isGit ? execFileSync("git", ["-C", SRC, "show", `${REV}:botocore/data/${rel}`], { encoding: "utf8", maxBuffer: 1 << 28, stdio: ["ignore", "pipe", "ignore"] }) : readFileSync(path.join(SRC, rel), "utf8");
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Calls `aws s3` transfer commands make that no Pathwise op names (awscli/customizations/s3). */
const S3_TRANSFER_CALLS = [
  "ListObjectsV2", "ListBuckets", "HeadObject", "GetObject", "PutObject", "CopyObject", "DeleteObject", "HeadBucket", "CreateBucket", "DeleteBucket",
  "CreateMultipartUpload", "UploadPart", "CompleteMultipartUpload", "AbortMultipartUpload", "GetBucketLocation",
];

type Json = Record<string, unknown>;

function strip(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strip);
  if (node && typeof node === "object") {
    const out: Json = {};
    for (const [k, v] of Object.entries(node as Json)) if (k !== "documentation" && k !== "documentationUrl") out[k] = strip(v);
    return out;
  }
  return node;
}

const wanted = new Map<string, Set<string>>();
for (const s of serviceDefs()) {
  const svc = s.name === "s3api" ? "s3" : s.name;
  const set = wanted.get(svc) ?? new Set<string>();
  for (const o of s.ops) if (o.api !== "Wait") set.add(o.api);
  wanted.set(svc, set);
}
for (const c of S3_TRANSFER_CALLS) wanted.get("s3")!.add(c);

mkdirSync(path.join(HERE, "models"), { recursive: true });
let total = 0;
for (const [svc, f] of Object.entries(MODEL_FILES)) {
  const model = read(`${f.dir}/${f.version}/service-2.json`) as { metadata: Json; operations: Record<string, Json>; shapes: Record<string, Json> } | undefined;
  if (!model) throw new Error(`gen-models: no ${f.dir}/${f.version} model in ${SRC}`);
  const pag = (read(`${f.dir}/${f.version}/paginators-1.json`) as { pagination: Record<string, Json> } | undefined)?.pagination ?? {};
  const extras = (read(`${f.dir}/${f.version}/paginators-1.sdk-extras.json`) as { merge?: { pagination?: Record<string, Json> } } | undefined)?.merge?.pagination ?? {};
  const waiters = (read(`${f.dir}/${f.version}/waiters-2.json`) as { waiters: Record<string, Json> } | undefined)?.waiters ?? {};
  const ops = wanted.get(svc) ?? new Set<string>();
  // ec2 waiters call describe operations; keep those the World can answer.
  const keptWaiters = Object.fromEntries(Object.entries(waiters).filter(([, w]) => ops.has(String(w.operation))));
  const shapes = new Set<string>();
  const visit = (name: string) => {
    if (shapes.has(name) || !model.shapes[name]) return;
    shapes.add(name);
    const sh = model.shapes[name] as { members?: Record<string, { shape: string }>; member?: { shape: string }; key?: { shape: string }; value?: { shape: string } };
    for (const m of Object.values(sh.members ?? {})) visit(m.shape);
    for (const m of [sh.member, sh.key, sh.value]) if (m) visit(m.shape);
  };
  const operations: Record<string, unknown> = {};
  for (const op of [...ops].sort()) {
    const o = model.operations[op] as { input?: { shape: string }; output?: { shape: string }; errors?: Array<{ shape: string }> } | undefined;
    if (!o) throw new Error(`gen-models: ${svc} has no operation ${op}`);
    operations[op] = strip(o);
    if (o.input) visit(o.input.shape);
    if (o.output) visit(o.output.shape);
    // the CLI builds an exception class for every error an operation names
    for (const e of o.errors ?? []) visit(e.shape);
  }
  const pagination = Object.fromEntries([...ops].filter((op) => pag[op]).map((op) => [op, { ...pag[op], ...(extras[op] ?? {}) }]));
  const out = {
    source: `boto/botocore@${REV.slice(0, 8)}`,
    metadata: model.metadata,
    operations,
    shapes: Object.fromEntries([...shapes].sort().map((s) => [s, strip(model.shapes[s])])),
    pagination,
    waiters: keptWaiters,
  };
  writeFileSync(path.join(HERE, "models", `${svc}.json`), JSON.stringify(out) + "\n");
  total += ops.size;
  console.log(`${svc}: ${ops.size} operations, ${shapes.size} shapes, ${Object.keys(pagination).length} paginators, ${Object.keys(keptWaiters).length} waiters`);
}
console.log(`gen-models: ${total} operations from boto/botocore@${REV.slice(0, 8)}`);

// ── the shell's catalog of every real operation name ──────────────────────────────────────────
// Pathwise simulates some operations of each service; the real CLI has all of them. The shell uses
// this list to tell "a real command the simulator lacks" from a typo, and to make the CLI's
// "Maybe you meant" suggestions from the same choices the real CLI has.

/** botocore.xform_name(name, "-"). */
export function xformName(name: string): string {
  const special = /[A-Z]{2,}s$/.exec(name);
  if (special) name = `${name.slice(0, -special[0].length)}-${special[0].toLowerCase()}`;
  const s1 = name.replace(/(.)([A-Z][a-z]+)/g, "$1-$2");
  return s1.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
}
/** awscli/customizations/removals.py (2.x): operations the CLI removes from its command table. */
const REMOVED: Record<string, string[]> = { ec2: ["import-instance", "import-volume"] };
const catalog: Record<string, string[]> = {};
for (const s of serviceDefs()) {
  const svc = s.name === "s3api" ? "s3" : s.name;
  if (s.name === "s3") {
    // high-level commands are customizations, not model operations (awscli/customizations/s3/subcommands.py)
    catalog.s3 = ["cp", "ls", "mb", "mv", "presign", "rb", "rm", "sync", "website"];
    continue;
  }
  const f = MODEL_FILES[svc];
  const model = read(`${f.dir}/${f.version}/service-2.json`) as { operations: Record<string, unknown> };
  const waiters = (read(`${f.dir}/${f.version}/waiters-2.json`) as { waiters?: Record<string, unknown> } | undefined)?.waiters ?? {};
  const names = Object.keys(model.operations).map(xformName).filter((n) => !(REMOVED[svc] ?? []).includes(n));
  if (Object.keys(waiters).length) names.push("wait");
  catalog[s.name] = [...new Set(names)].sort();
}
// Paginated operations the shell simulates: the CLI prints the paginator's full result — the result
// keys aggregated over pages, then the non-aggregate keys of the first page (null when absent);
// every other member is dropped (botocore/paginate.py build_full_result, awscli formatter.py).
const paginated: Record<string, string> = {};
for (const sdef of serviceDefs()) {
  const svc = sdef.name === "s3api" ? "s3" : sdef.name;
  if (sdef.name === "s3") continue;
  const f = MODEL_FILES[svc];
  const pag = (read(`${f.dir}/${f.version}/paginators-1.json`) as { pagination: Record<string, { result_key?: string | string[]; output_token?: string | string[]; more_results?: string; non_aggregate_keys?: string[] }> } | undefined)?.pagination ?? {};
  const extras = (read(`${f.dir}/${f.version}/paginators-1.sdk-extras.json`) as { merge?: { pagination?: Record<string, { non_aggregate_keys?: string[] }> } } | undefined)?.merge?.pagination ?? {};
  for (const o of sdef.ops) {
    const p = pag[o.api];
    const nonAggregate = [...(p?.non_aggregate_keys ?? []), ...(extras[o.api]?.non_aggregate_keys ?? [])];
    if (!p?.result_key) continue;
    const keys = Array.isArray(p.result_key) ? p.result_key : [p.result_key];
    const tokens = [...(Array.isArray(p.output_token) ? p.output_token : p.output_token ? [p.output_token] : []), ...(p.more_results ? [p.more_results] : [])];
    paginated[`${sdef.name} ${o.api}`] = `${keys.join(" ")}|${tokens.join(" ")}|${nonAggregate.join(" ")}`;
  }
}
/**
 * The CLI arguments of every operation the shell simulates, as awscli builds its argument table
 * from the input shape (awscli/clidriver.py, arguments.py): each input member in model order,
 * named xform_name(member) (`VpcIds` → `--vpc-ids`), then `--starting-token --page-size --max-items`
 * for paginated operations (customizations/paginate.py). Types: s string/blob/timestamp, S list of
 * scalars, b boolean (`--x`/`--no-x`), i integer/long, o structure or map (shorthand), O list of
 * structures, v an EC2 structure holding one boolean `Value` (customizations/toplevelbool.py pulls it
 * up to a flag). `!` marks a required member; `~A,B` the list members of a structure (shorthand
 * `Name=x,Values=a,b`); `=A,B` an enum of at most 40 values (offered by completion; the CLI does not
 * check enums itself).
 */
type Shape = { type: string; members?: Record<string, { shape: string }>; member?: { shape: string }; required?: string[]; enum?: string[] };
const opParams: Record<string, string> = {};
for (const sdef of serviceDefs()) {
  if (sdef.name === "s3") continue;
  const svc = sdef.name === "s3api" ? "s3" : sdef.name;
  const f = MODEL_FILES[svc];
  const model = read(`${f.dir}/${f.version}/service-2.json`) as { operations: Record<string, { input?: { shape: string } }>; shapes: Record<string, Shape> };
  const pag = (read(`${f.dir}/${f.version}/paginators-1.json`) as { pagination: Record<string, unknown> } | undefined)?.pagination ?? {};
  const code = (sh: Shape): string => {
    if (sh.type === "list") {
      const m = model.shapes[sh.member!.shape];
      return m.type === "structure" || m.type === "map" ? "O" : "S";
    }
    if (sh.type === "structure") {
      const ms = Object.entries(sh.members ?? {});
      if (svc === "ec2" && ms.length === 1 && ms[0][0] === "Value" && model.shapes[ms[0][1].shape].type === "boolean") return "v";
      return "o";
    }
    if (sh.type === "map") return "o";
    if (sh.type === "boolean") return "b";
    if (sh.type === "integer" || sh.type === "long") return "i";
    return "s";
  };
  for (const o of sdef.ops) {
    if (o.api === "Wait" || !model.operations[o.api]) continue;
    const input = model.operations[o.api].input;
    const shape = input ? model.shapes[input.shape] : undefined;
    const parts: string[] = [];
    for (const [member, ref] of Object.entries(shape?.members ?? {})) {
      const sh = model.shapes[ref.shape];
      let p = `${xformName(member)}:${code(sh)}`;
      if (shape?.required?.includes(member)) p += "!";
      const inner = sh.type === "list" ? model.shapes[sh.member!.shape] : sh;
      if (inner.type === "structure") {
        const lists = Object.entries(inner.members ?? {}).filter(([, r]) => model.shapes[r.shape].type === "list").map(([n]) => n);
        if (lists.length) p += `~${lists.join(",")}`;
      }
      const en = model.shapes[sh.type === "list" ? sh.member!.shape : ref.shape].enum;
      if (en && en.length <= 40 && en.every((v) => /^[A-Za-z0-9._:/-]+$/.test(v))) p += `=${en.join(",")}`;
      parts.push(p);
    }
    if (pag[o.api]) parts.push("starting-token:s", "page-size:i", "max-items:i");
    opParams[`${sdef.name} ${o.api}`] = parts.join(" ");
  }
}

const body = Object.entries(catalog)
  .map(([svc, names]) => `  ${JSON.stringify(svc)}: ${JSON.stringify(names.join(" "))},`)
  .join("\n");
writeFileSync(
  path.join(HERE, "../../lib/shell/aws/catalog.generated.ts"),
  `// Generated by npm run fidelity:models (tools/fidelity/gen-models.ts) from boto/botocore@${REV.slice(0, 8)}. Do not edit.
// Every operation the real AWS CLI has for the services Pathwise simulates, as CLI command names.
export const REAL_OPERATIONS: Record<string, string> = {
${body}
};

// "service Api" → "result keys|output tokens and more-results flag|non-aggregate keys" for the paginated operations the shell simulates.
export const PAGINATED: Record<string, string> = ${JSON.stringify(Object.fromEntries(Object.entries(paginated).sort()), null, 2)};

// "service Api" → the operation's CLI arguments, in the CLI's order (encoding: lib/shell/aws/model-params.ts).
export const OP_PARAMS: Record<string, string> = ${JSON.stringify(Object.fromEntries(Object.entries(opParams).sort()), null, 2)};
`,
);
console.log(`gen-models: catalog of ${Object.values(catalog).reduce((n, a) => n + a.length, 0)} real operation names`);
