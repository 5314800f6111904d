/**
 * `aws s3 ls|cp` (high-level, aws-reference §2.1–§2.2) and `aws s3api list-buckets|get-bucket-policy|put-bucket-policy`.
 */
import type { ParamSpec } from "./args";
import type { AwsCall, OpDef, OpOutcome, ServiceDef } from "./cli";
import { cliTime } from "./cli";
import { str } from "./common";
import { md5Hex } from "./md5";
import { createBucket, deleteBucket, deleteObject, putBucketPolicy, putObject, type Bucket } from "../simport";
import { readFile, resolvePath, writeFile, isDir, shownLocal, withParentDirs } from "../vfs";
import { globMatch } from "../glob";
import type { CmdResult } from "../types";

function parseS3Url(u: string): { bucket: string; key: string } | null {
  const m = /^s3:\/\/([^/]+)\/?(.*)$/s.exec(u);
  return m ? { bucket: m[1], key: m[2] } : null;
}

/** `YYYY-MM-DD HH:MM:SS` in the instance's time zone (UTC on EC2, §1.4). */
export function lsDate(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.slice(0, 10) + " " + iso.slice(11, 19);
}

const SUFFIXES = ["KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];

/** awscli.customizations.s3.utils.human_readable_size. */
export function humanSize(value: number): string {
  if (value === 1) return "1 Byte";
  if (value < 1024) return `${Math.trunc(value)} Bytes`;
  for (let i = 0; i < SUFFIXES.length; i++) {
    const unit = 1024 ** (i + 2);
    if (Math.round((value / unit) * 1024) < 1024) return `${((1024 * value) / unit).toFixed(1)} ${SUFFIXES[i]}`;
  }
  return `${(value / 1024 ** 7).toFixed(1)} EiB`;
}

function lsPath(p: string | undefined): { bucket: string; key: string } {
  let path = p ?? "";
  if (path.startsWith("s3://")) path = path.slice(5);
  const slash = path.indexOf("/");
  return slash < 0 ? { bucket: path, key: "" } : { bucket: path.slice(0, slash), key: path.slice(slash + 1) };
}

/** S3 lists buckets in name order (ListBuckets), whatever order they were made in. */
function callerBuckets(call: AwsCall): Bucket[] {
  return Object.values(call.state.world.buckets)
    .filter((b) => b.ownerId === call.accountId)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

// Arguments the transfer commands share, as awscli/customizations/s3/subcommands.py defines them
// once (DRYRUN, QUIET, RECURSIVE, …) and each command lists in its own order.
const DRYRUN: ParamSpec = { name: "dryrun", type: "boolean" };
const QUIET: ParamSpec = { name: "quiet", type: "boolean" };
const RECURSIVE: ParamSpec = { name: "recursive", type: "boolean" };
const ONLY_SHOW_ERRORS: ParamSpec = { name: "only-show-errors", type: "boolean" };
const NO_PROGRESS: ParamSpec = { name: "no-progress", type: "boolean" };
const EXCLUDE: ParamSpec = { name: "exclude", type: "strings" };
const INCLUDE: ParamSpec = { name: "include", type: "strings" };
const SSE: ParamSpec = { name: "sse", type: "string" };
const ACL: ParamSpec = { name: "acl", type: "string" };

const ls: OpDef = {
  name: "ls",
  api: "ListObjectsV2",
  summary: "List S3 objects and common prefixes under a prefix or all S3 buckets.",
  positionals: 1,
  highLevel: true,
  params: [
    RECURSIVE,
    { name: "human-readable", type: "boolean" },
    { name: "summarize", type: "boolean" },
    { name: "page-size", type: "integer" },
    { name: "request-payer", type: "string" },
    { name: "bucket-name-prefix", type: "string" },
    { name: "bucket-region", type: "string" },
  ],
  target(call) {
    const u = lsPath(call.positionals[0]);
    if (!u.bucket) return { service: "s3", action: "s3:ListAllMyBuckets", region: call.region };
    return { service: "s3", action: "s3:ListBucket", bucket: u.bucket, key: u.key || undefined, region: call.region };
  },
  run(call) {
    // ListCommand._run_main: an optional s3:// prefix, then bucket[/key] (awscli/customizations/s3/subcommands.py).
    const u = lsPath(call.positionals[0]);
    if (!u.bucket) {
      const prefix = typeof call.values["bucket-name-prefix"] === "string" ? call.values["bucket-name-prefix"] : "";
      const region = typeof call.values["bucket-region"] === "string" ? call.values["bucket-region"] : undefined;
      let text = callerBuckets(call)
        .filter((b) => b.name.startsWith(prefix) && (region === undefined || b.region === region))
        .map((b) => `${lsDate(b.creationDate)} ${b.name}\n`)
        .join("");
      if (call.values.summarize === true) text += `\nTotal Objects: 0\n` + "Total Size: ".padStart(15) + (call.values["human-readable"] === true ? humanSize(0) : "0") + "\n";
      return { kind: "raw", result: { code: 0, out: text ? [{ stream: "stdout", text }] : [] } };
    }
    const bucket = call.state.world.buckets[u.bucket];
    if (!bucket) return { kind: "error", code: "NoSuchBucket", message: "The specified bucket does not exist", api: "ListObjectsV2" };
    const recursive = call.values.recursive === true;
    const human = call.values["human-readable"] === true;
    const prefix = u.key;
    const keys = Object.keys(bucket.objects)
      .filter((k) => k.startsWith(prefix))
      .sort();
    const pres = new Set<string>();
    const objs: string[] = [];
    for (const k of keys) {
      const rest = k.slice(prefix.length);
      const slash = rest.indexOf("/");
      if (!recursive && slash >= 0) pres.add(prefix + rest.slice(0, slash + 1));
      else objs.push(k);
    }
    let text = "";
    for (const pre of [...pres].sort()) {
      const comps = pre.split("/");
      text += "PRE".padStart(30) + " " + comps[comps.length - 2] + "/\n";
    }
    let total = 0;
    for (const k of objs) {
      const o = bucket.objects[k];
      total += o.size;
      const size = human ? humanSize(o.size).padStart(10) : String(o.size).padStart(10);
      const name = recursive ? k : (k.split("/").pop() ?? k);
      text += `${lsDate(o.lastModified)} ${size} ${name}\n`;
    }
    if (call.values.summarize === true) {
      text += `\nTotal Objects: ${objs.length}\n` + "Total Size: ".padStart(15) + (human ? humanSize(total) : String(total)) + "\n";
    }
    // A key/prefix whose first page is empty → rc 1 (aws-reference §2.1).
    const code = prefix !== "" && pres.size === 0 && objs.length === 0 ? 1 : 0;
    return { kind: "raw", result: { code, out: text ? [{ stream: "stdout", text }] : [] } };
  },
};

function placeholderBody(key: string, size: number): string {
  const line = `pathwise simulated object ${key}\n`;
  if (size <= 0) return "";
  if (size <= 4096) return line.repeat(Math.ceil(size / line.length)).slice(0, size);
  return line;
}

const cp: OpDef = {
  name: "cp",
  api: "GetObject",
  summary: "Copies a local file or S3 object to another location locally or in S3.",
  positionals: 2,
  highLevel: true,
  params: [
    DRYRUN,
    QUIET,
    RECURSIVE,
    ONLY_SHOW_ERRORS,
    NO_PROGRESS,
    SSE,
    ACL,
    { name: "content-type", type: "string" },
  ],
  target(call) {
    const [src, dst] = call.positionals;
    const s = src ? parseS3Url(src) : null;
    const d = dst ? parseS3Url(dst) : null;
    // --recursive from S3 lists the prefix first (ListObjectsV2), then gets each object
    if (s && call.values.recursive === true) return { service: "s3", action: "s3:ListBucket", bucket: s.bucket, region: call.region };
    if (s) return { service: "s3", action: "s3:GetObject", bucket: s.bucket, key: s.key, region: call.region };
    if (d) {
      const local = (src ?? "").split("/").pop() ?? "";
      return { service: "s3", action: "s3:PutObject", bucket: d.bucket, key: d.key === "" || d.key.endsWith("/") ? d.key + local : d.key, region: call.region };
    }
    return null;
  },
  run(call) {
    const [src, dst] = call.positionals;
    const usage = (msg: string): OpOutcome => ({
      kind: "raw",
      result: { code: 252, out: [{ stream: "stderr", text: `\naws: [ERROR]: An error occurred (ParamValidation): ${msg}\n\nusage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\nTo see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n` }] },
    });
    if (src === undefined || dst === undefined) return usage("the following arguments are required: paths");
    const s = parseS3Url(src);
    const d = parseS3Url(dst);
    const dry = call.values.dryrun === true ? "(dryrun) " : "";
    const quiet = call.values.quiet === true;
    const say = (line: string): CmdResult["out"] => (quiet ? [] : [{ stream: "stdout", text: dry + line + "\n" }]);
    const w = call.state.world;
    if (call.values.recursive === true) return recursiveCopy(call, src, dst, s, d, dry, quiet);
    if (s && !d) {
      const b = w.buckets[s.bucket];
      const obj = b?.objects[s.key];
      // filegenerator.py rewrites HeadObject's 404 (no such key, or no such bucket) as `Key "K" does not exist`
      if (!b || !obj) return { kind: "raw", result: { code: 1, out: [{ stream: "stderr", text: `fatal error: An error occurred (404) when calling the HeadObject operation: Key "${s.key}" does not exist\n` }] } };
      const body = obj.body ?? placeholderBody(s.key, obj.size);
      if (dst === "-") return { kind: "raw", result: { code: 0, out: [{ stream: "stdout", text: body }] } };
      const base = s.key.split("/").pop() ?? s.key;
      let target = resolvePath(call.state, dst);
      if (dst.endsWith("/") || isDir(call.state, target)) target = resolvePath(call.state, dst + "/" + base);
      const shown = shownLocal(call.state.cwd, target);
      if (dry) return { kind: "raw", result: { code: 0, out: say(`download: ${src} to ${shown}`) } };
      const wr = writeFile(call.state, target, body, false);
      if (!wr.ok) return { kind: "raw", result: { code: 1, out: [{ stream: "stderr", text: `download failed: ${src} to ${shown} [Errno 2] ${wr.error}: '${dst}'\n` }] } };
      return { kind: "raw", result: { code: 0, out: say(`download: ${src} to ${shown}`), state: wr.state } };
    }
    if (!s && d) {
      const abs = resolvePath(call.state, src);
      const text = readFile(call.state, abs);
      if (text === null) {
        // RuntimeError in awscli/customizations/s3/subcommands.py → GeneralExceptionHandler: rc 255 [Source].
        return { kind: "raw", result: { code: 255, out: [{ stream: "stderr", text: `\naws: [ERROR]: The user-provided path ${src} does not exist.\n` }] } };
      }
      const local = src.split("/").pop() ?? src;
      const key = d.key === "" || d.key.endsWith("/") ? d.key + local : d.key;
      const shown = `s3://${d.bucket}/${key}`;
      const from = shownLocal(call.state.cwd, abs);
      if (!w.buckets[d.bucket]) return { kind: "raw", result: { code: 1, out: [{ stream: "stderr", text: `upload failed: ${from} to ${shown} An error occurred (NoSuchBucket) when calling the PutObject operation: The specified bucket does not exist\n` }] } };
      if (dry) return { kind: "raw", result: { code: 0, out: say(`upload: ${from} to ${shown}`) } };
      const r = putObject(w, { bucket: d.bucket, key, body: text, size: new TextEncoder().encode(text).length });
      if (!r.ok) return { kind: "raw", result: { code: 1, out: [{ stream: "stderr", text: `upload failed: ${from} to ${shown} An error occurred (${r.error.code}) when calling the PutObject operation: ${r.error.message}\n` }] } };
      return { kind: "raw", result: { code: 0, out: say(`upload: ${from} to ${shown}`), state: { ...call.state, world: r.world } } };
    }
    if (s && d) {
      const obj = w.buckets[s.bucket]?.objects[s.key];
      if (!obj) return { kind: "raw", result: { code: 1, out: [{ stream: "stderr", text: `fatal error: An error occurred (404) when calling the HeadObject operation: Key "${s.key}" does not exist\n` }] } };
      const key = d.key === "" || d.key.endsWith("/") ? d.key + (s.key.split("/").pop() ?? s.key) : d.key;
      if (!w.buckets[d.bucket]) return { kind: "raw", result: { code: 1, out: [{ stream: "stderr", text: `copy failed: ${src} to s3://${d.bucket}/${key} An error occurred (NoSuchBucket) when calling the CopyObject operation: The specified bucket does not exist\n` }] } };
      if (dry) return { kind: "raw", result: { code: 0, out: say(`copy: ${src} to s3://${d.bucket}/${key}`) } };
      const r = putObject(w, { bucket: d.bucket, key, body: obj.body, size: obj.size });
      if (!r.ok) return { kind: "error", code: r.error.code, message: r.error.message, api: "CopyObject" };
      return { kind: "raw", result: { code: 0, out: say(`copy: ${src} to s3://${d.bucket}/${key}`), state: { ...call.state, world: r.world } } };
    }
    return usage(`Invalid argument type`);
  },
};

function recursiveCopy(
  call: AwsCall,
  src: string,
  dst: string,
  s: { bucket: string; key: string } | null,
  d: { bucket: string; key: string } | null,
  dry: string,
  quiet: boolean,
): OpOutcome {
  let state = call.state;
  const lines: string[] = [];
  const join = (a: string, b: string) => (a === "" ? b : a.endsWith("/") ? a + b : a + "/" + b);
  if (s && !d) {
    const b = state.world.buckets[s.bucket];
    if (!b) return { kind: "error", code: "NoSuchBucket", message: "The specified bucket does not exist", api: "ListObjectsV2" };
    const prefix = s.key === "" || s.key.endsWith("/") ? s.key : s.key + "/";
    for (const key of Object.keys(b.objects).filter((k) => k.startsWith(prefix)).sort()) {
      const rel = key.slice(prefix.length);
      const target = resolvePath(state, join(dst, rel));
      if (!dry) {
        state = withParentDirs(state, target);
        const o = b.objects[key];
        const wr = writeFile(state, target, o.body ?? placeholderBody(key, o.size), false);
        if (wr.ok) state = wr.state;
      }
      lines.push(`${dry}download: s3://${s.bucket}/${key} to ${shownLocal(call.state.cwd, target)}`);
    }
  } else if (!s && d) {
    const root = resolvePath(state, src);
    const files = Object.keys(state.files).filter((f) => f.startsWith(root + "/")).sort();
    let world = state.world;
    if (!world.buckets[d.bucket]) {
      return { kind: "raw", result: { code: 1, out: [{ stream: "stderr", text: `upload failed: ${shownLocal(state.cwd, root)} to s3://${d.bucket}/${d.key} An error occurred (NoSuchBucket) when calling the PutObject operation: The specified bucket does not exist\n` }] } };
    }
    for (const f of files) {
      const rel = f.slice(root.length + 1);
      const key = join(d.key, rel);
      if (!dry) {
        const text = state.files[f];
        const r = putObject(world, { bucket: d.bucket, key, body: text, size: new TextEncoder().encode(text).length });
        if (r.ok) world = r.world;
      }
      lines.push(`${dry}upload: ${shownLocal(call.state.cwd, f)} to s3://${d.bucket}/${key}`);
    }
    state = { ...state, world };
  } else {
    return { kind: "raw", result: { code: 252, out: [{ stream: "stderr", text: "\naws: [ERROR]: An error occurred (ParamValidation): --recursive copies between S3 and the local filesystem only in this simulator\n" }] } };
  }
  return { kind: "raw", result: { code: 0, out: quiet || !lines.length ? [] : [{ stream: "stdout", text: lines.join("\n") + "\n" }], state } };
}

// mb / rb / rm / sync follow MbCommand, RbCommand and S3TransferCommand in
// awscli/customizations/s3/subcommands.py: one line per bucket or object, `… failed: PATH ERROR`
// on stderr with rc 1 when the service refuses.

const clientError = (code: string, api: string, message: string) => `An error occurred (${code}) when calling the ${api} operation: ${message}`;
const failLine = (text: string): OpOutcome => ({ kind: "raw", result: { code: 1, out: [{ stream: "stderr", text }] } });
// MbCommand/RbCommand quote their usage string, not the path (measured: `aws s3 mb name` with /usr/bin/aws 2.9.19).
const invalidPath = (): OpOutcome => ({
  kind: "raw",
  result: { code: 252, out: [{ stream: "stderr", text: `\naws: [ERROR]: An error occurred (ParamValidation): <S3Uri>\nError: Invalid argument type\n` }] },
});
const needPath = (what: string): OpOutcome => ({
  kind: "raw",
  result: { code: 252, out: [{ stream: "stderr", text: `\naws: [ERROR]: An error occurred (ParamValidation): the following arguments are required: ${what}\n\nusage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\nTo see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n` }] },
});

const mb: OpDef = {
  name: "mb",
  api: "CreateBucket",
  summary: "Creates an S3 bucket.",
  positionals: 1,
  highLevel: true,
  params: [
    { name: "tags", type: "strings" },
  ],
  target(call) {
    const u = call.positionals[0] ? parseS3Url(call.positionals[0]) : null;
    // The bucket does not exist yet: the request goes to the Region's S3 endpoint.
    return u ? { service: "s3", action: "s3:CreateBucket", region: call.region } : null;
  },
  run(call) {
    const path = call.positionals[0];
    if (path === undefined) return needPath("path");
    const u = parseS3Url(path);
    if (!u) return invalidPath();
    const r = createBucket(call.state.world, { bucket: u.bucket, region: call.region }, { accountId: call.accountId, region: call.region });
    if (!r.ok) return failLine(`make_bucket failed: ${path} ${clientError(r.error.code, "CreateBucket", r.error.message)}\n`);
    return { kind: "raw", result: { code: 0, out: [{ stream: "stdout", text: `make_bucket: ${u.bucket}\n` }], state: { ...call.state, world: r.world } } };
  },
};

const rb: OpDef = {
  name: "rb",
  api: "DeleteBucket",
  summary: "Deletes an empty S3 bucket. --force deletes its objects first.",
  positionals: 1,
  highLevel: true,
  params: [{ name: "force", type: "boolean" }],
  target(call) {
    const u = call.positionals[0] ? parseS3Url(call.positionals[0]) : null;
    return u ? { service: "s3", action: "s3:DeleteBucket", bucket: u.bucket, region: call.region } : null;
  },
  run(call) {
    const path = call.positionals[0];
    if (path === undefined) return needPath("path");
    const u = parseS3Url(path);
    if (!u) return invalidPath();
    if (u.key) return { kind: "raw", result: { code: 252, out: [{ stream: "stderr", text: `\naws: [ERROR]: An error occurred (ParamValidation): Please specify a valid bucket name only. E.g. s3://${u.bucket}\n` }] } };
    let world = call.state.world;
    const out: CmdResult["out"] = [];
    if (call.values.force === true) {
      const b = world.buckets[u.bucket];
      for (const key of Object.keys(b?.objects ?? {}).sort()) {
        const r = deleteObject(world, { bucket: u.bucket, key });
        if (r.ok) world = r.world;
        out.push({ stream: "stdout", text: `delete: s3://${u.bucket}/${key}\n` });
      }
    }
    const r = deleteBucket(world, { bucket: u.bucket }, { accountId: call.accountId, region: call.region });
    if (!r.ok) {
      out.push({ stream: "stderr", text: `remove_bucket failed: ${path} ${clientError(r.error.code, "DeleteBucket", r.error.message)}\n` });
      return { kind: "raw", result: { code: 1, out, state: { ...call.state, world } } };
    }
    out.push({ stream: "stdout", text: `remove_bucket: ${u.bucket}\n` });
    return { kind: "raw", result: { code: 0, out, state: { ...call.state, world: r.world } } };
  },
};

/**
 * --exclude / --include on the path relative to the source (awscli filters.py, fnmatch): the last
 * pattern that matches decides. Excludes are taken before includes, which gives the usual
 * `--exclude "*" --include "*.csv"` its meaning.
 */
function filtered(call: AwsCall, rel: string): boolean {
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : typeof v === "string" ? [v] : []);
  let keep = true;
  for (const pat of list(call.values.exclude)) if (globMatch(rel, pat)) keep = false;
  for (const pat of list(call.values.include)) if (globMatch(rel, pat)) keep = true;
  return keep;
}

const rm: OpDef = {
  name: "rm",
  api: "DeleteObject",
  summary: "Deletes an S3 object, or every object under a prefix with --recursive.",
  positionals: 1,
  highLevel: true,
  params: [
    DRYRUN,
    QUIET,
    RECURSIVE,
    ONLY_SHOW_ERRORS,
    EXCLUDE,
    INCLUDE,
    { name: "request-payer", type: "string" },
  ],
  target(call) {
    const u = call.positionals[0] ? parseS3Url(call.positionals[0]) : null;
    if (!u) return null;
    return { service: "s3", action: call.values.recursive === true ? "s3:ListBucket" : "s3:DeleteObject", bucket: u.bucket, key: u.key || undefined, region: call.region };
  },
  run(call) {
    const path = call.positionals[0];
    if (path === undefined) return needPath("paths");
    const u = parseS3Url(path);
    // S3TransferCommand quotes its usage line (measured: `aws s3 rm file` with /usr/bin/aws 2.9.19).
    if (!u) return { kind: "raw", result: { code: 252, out: [{ stream: "stderr", text: `\naws: [ERROR]: An error occurred (ParamValidation): usage: aws s3 rm <S3Uri>\nError: Invalid argument type\n` }] } };
    const dry = call.values.dryrun === true ? "(dryrun) " : "";
    const quiet = call.values.quiet === true || call.values["only-show-errors"] === true;
    let world = call.state.world;
    const b = world.buckets[u.bucket];
    if (call.values.recursive !== true) {
      if (!b) return failLine(`delete failed: ${path} ${clientError("NoSuchBucket", "DeleteObject", "The specified bucket does not exist")}\n`);
      if (!dry) {
        const r = deleteObject(world, { bucket: u.bucket, key: u.key });
        if (r.ok) world = r.world;
      }
      return { kind: "raw", result: { code: 0, out: quiet ? [] : [{ stream: "stdout", text: `${dry}delete: ${path}\n` }], state: { ...call.state, world } } };
    }
    if (!b) return { kind: "raw", result: { code: 1, out: [{ stream: "stderr", text: `fatal error: ${clientError("NoSuchBucket", "ListObjectsV2", "The specified bucket does not exist")}\n` }] } };
    const prefix = u.key;
    const lines: string[] = [];
    for (const key of Object.keys(b.objects).filter((k) => k.startsWith(prefix)).sort()) {
      if (!filtered(call, key.slice(prefix.length))) continue;
      if (!dry) {
        const r = deleteObject(world, { bucket: u.bucket, key });
        if (r.ok) world = r.world;
      }
      lines.push(`${dry}delete: s3://${u.bucket}/${key}\n`);
    }
    return { kind: "raw", result: { code: 0, out: quiet || !lines.length ? [] : [{ stream: "stdout", text: lines.join("") }], state: { ...call.state, world } } };
  },
};

const sync: OpDef = {
  name: "sync",
  api: "ListObjectsV2",
  summary: "Syncs directories and S3 prefixes: copies new and changed files, --delete removes the rest.",
  positionals: 2,
  highLevel: true,
  params: [
    DRYRUN,
    QUIET,
    { name: "delete", type: "boolean" },
    { name: "size-only", type: "boolean" },
    { name: "exact-timestamps", type: "boolean" },
    ONLY_SHOW_ERRORS,
    NO_PROGRESS,
    EXCLUDE,
    INCLUDE,
    SSE,
    ACL,
  ],
  target(call) {
    const [src, dst] = call.positionals;
    const u = (src && parseS3Url(src)) || (dst && parseS3Url(dst)) || null;
    return u ? { service: "s3", action: "s3:ListBucket", bucket: u.bucket, region: call.region } : null;
  },
  run(call) {
    const [src, dst] = call.positionals;
    if (src === undefined || dst === undefined) return needPath("paths");
    const s = parseS3Url(src);
    const d = parseS3Url(dst);
    const dry = call.values.dryrun === true ? "(dryrun) " : "";
    const quiet = call.values.quiet === true || call.values["only-show-errors"] === true;
    const join = (a: string, b: string) => (a === "" ? b : a.endsWith("/") ? a + b : a + "/" + b);
    let state = call.state;
    let world = state.world;
    const lines: Array<[string, string]> = [];
    const sameSize = (text: string, size: number) => new TextEncoder().encode(text).length === size;
    if (!s && d) {
      const b = world.buckets[d.bucket];
      if (!b) return { kind: "raw", result: { code: 1, out: [{ stream: "stderr", text: `fatal error: ${clientError("NoSuchBucket", "ListObjectsV2", "The specified bucket does not exist")}\n` }] } };
      const root = resolvePath(state, src);
      if (!isDir(state, root)) return { kind: "raw", result: { code: 255, out: [{ stream: "stderr", text: `\naws: [ERROR]: The user-provided path ${src} does not exist.\n` }] } };
      const prefix = d.key === "" || d.key.endsWith("/") ? d.key : d.key + "/";
      const files = Object.keys(state.files).filter((f) => f.startsWith(root === "/" ? "/" : root + "/")).sort();
      const seen = new Set<string>();
      for (const f of files) {
        const rel = f.slice(root === "/" ? 1 : root.length + 1);
        if (!filtered(call, rel)) continue;
        const key = join(prefix, rel);
        seen.add(key);
        const text = state.files[f];
        const o = b.objects[key];
        if (o && sameSize(text, o.size) && (call.values["size-only"] === true || o.body === undefined || o.body === text)) continue;
        if (!dry) {
          const r = putObject(world, { bucket: d.bucket, key, body: text, size: new TextEncoder().encode(text).length });
          if (r.ok) world = r.world;
        }
        lines.push([rel, `${dry}upload: ${shownLocal(state.cwd, f)} to s3://${d.bucket}/${key}\n`]);
      }
      if (call.values.delete === true) {
        for (const key of Object.keys(b.objects).filter((k) => k.startsWith(prefix) && !seen.has(k)).sort()) {
          if (!filtered(call, key.slice(prefix.length))) continue;
          if (!dry) {
            const r = deleteObject(world, { bucket: d.bucket, key });
            if (r.ok) world = r.world;
          }
          lines.push([key.slice(prefix.length), `${dry}delete: s3://${d.bucket}/${key}\n`]);
        }
      }
      state = { ...state, world };
    } else if (s && !d) {
      const b = world.buckets[s.bucket];
      if (!b) return { kind: "raw", result: { code: 1, out: [{ stream: "stderr", text: `fatal error: ${clientError("NoSuchBucket", "ListObjectsV2", "The specified bucket does not exist")}\n` }] } };
      const root = resolvePath(state, dst);
      const prefix = s.key === "" || s.key.endsWith("/") ? s.key : s.key + "/";
      const seen = new Set<string>();
      for (const key of Object.keys(b.objects).filter((k) => k.startsWith(prefix)).sort()) {
        const rel = key.slice(prefix.length);
        if (rel === "" || !filtered(call, rel)) continue;
        const target = root === "/" ? "/" + rel : root + "/" + rel;
        seen.add(target);
        const o = b.objects[key];
        const have = readFile(state, target);
        if (have !== null && sameSize(have, o.size)) continue;
        if (!dry) {
          state = withParentDirs(state, target);
          const wr = writeFile(state, target, o.body ?? placeholderBody(key, o.size), false);
          if (wr.ok) state = wr.state;
        }
        lines.push([rel, `${dry}download: s3://${s.bucket}/${key} to ${shownLocal(call.state.cwd, target)}\n`]);
      }
      if (call.values.delete === true) {
        for (const f of Object.keys(state.files).filter((x) => x.startsWith(root + "/") && !seen.has(x)).sort()) {
          if (!filtered(call, f.slice(root.length + 1))) continue;
          if (!dry) {
            const files = { ...state.files };
            delete files[f];
            state = { ...state, files };
          }
          lines.push([f.slice(root.length + 1), `${dry}delete: ${shownLocal(call.state.cwd, f)}\n`]);
        }
      }
    } else if (s && d) {
      const from = world.buckets[s.bucket];
      const to = world.buckets[d.bucket];
      if (!from || !to) return { kind: "raw", result: { code: 1, out: [{ stream: "stderr", text: `fatal error: ${clientError("NoSuchBucket", "ListObjectsV2", "The specified bucket does not exist")}\n` }] } };
      const sp = s.key === "" || s.key.endsWith("/") ? s.key : s.key + "/";
      const dp = d.key === "" || d.key.endsWith("/") ? d.key : d.key + "/";
      for (const key of Object.keys(from.objects).filter((k) => k.startsWith(sp)).sort()) {
        const rel = key.slice(sp.length);
        if (!filtered(call, rel)) continue;
        const o = from.objects[key];
        const there = to.objects[dp + rel];
        if (there && there.size === o.size) continue;
        if (!dry) {
          const r = putObject(world, { bucket: d.bucket, key: dp + rel, body: o.body, size: o.size });
          if (r.ok) world = r.world;
        }
        lines.push([rel, `${dry}copy: s3://${s.bucket}/${key} to s3://${d.bucket}/${dp + rel}\n`]);
      }
      state = { ...state, world };
    } else {
      return { kind: "raw", result: { code: 252, out: [{ stream: "stderr", text: `\naws: [ERROR]: An error occurred (ParamValidation): Error: Invalid argument type\n` }] } };
    }
    // The comparator walks source and destination in key order (awscli/customizations/s3/comparator.py).
    const text = lines
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map((l) => l[1])
      .join("");
    return { kind: "raw", result: { code: 0, out: quiet || !text ? [] : [{ stream: "stdout", text }], state } };
  },
};

export const s3Service: ServiceDef = { name: "s3", summary: "High-level S3 commands.", ops: [cp, ls, mb, rb, rm, sync] };

// ── s3api ───────────────────────────────────────────────────────────────────────────────────

function canonicalId(accountId: string): string {
  let h = 2166136261;
  let out = "";
  for (let i = 0; i < 64; i++) {
    h = Math.imul(h ^ accountId.charCodeAt(i % accountId.length), 16777619) >>> 0;
    out += (h & 15).toString(16);
  }
  return out;
}

const listBuckets: OpDef = {
  name: "list-buckets",
  api: "ListBuckets",
  summary: "Returns a list of all buckets owned by the authenticated sender of the request.",
  params: [],
  target: (call) => ({ service: "s3", action: "s3:ListAllMyBuckets", region: call.region }),
  run(call) {
    const buckets = callerBuckets(call).map((b) => ({ Name: b.name, CreationDate: cliTime(b.creationDate), BucketRegion: b.region }));
    // The CLI paginates ListBuckets and keeps Owner and Prefix from the first page (botocore
    // paginators-1.sdk-extras.json non_aggregate_keys), so an absent Prefix prints as null.
    return { kind: "data", data: { Buckets: buckets, Owner: { ID: canonicalId(call.accountId) }, Prefix: str(call.values.prefix) ?? null } };
  },
};

const getBucketPolicy: OpDef = {
  name: "get-bucket-policy",
  api: "GetBucketPolicy",
  summary: "Returns the policy of a specified bucket.",
  params: [
    { name: "bucket", type: "string", required: true, ids: "bucket" },
  ],
  target: (call) => ({ service: "s3", action: "s3:GetBucketPolicy", bucket: str(call.values.bucket), region: call.region }),
  run(call) {
    const name = str(call.values.bucket) ?? "";
    const b = call.state.world.buckets[name];
    if (!b) return { kind: "error", code: "NoSuchBucket", message: "The specified bucket does not exist" };
    if (!b.policy) return { kind: "error", code: "NoSuchBucketPolicy", message: "The bucket policy does not exist" };
    return { kind: "data", data: { Policy: b.policy } };
  },
};

const putBucketPolicyOp: OpDef = {
  name: "put-bucket-policy",
  api: "PutBucketPolicy",
  summary: "Applies an Amazon S3 bucket policy to an Amazon S3 bucket.",
  params: [
    { name: "bucket", type: "string", required: true, ids: "bucket" },
    { name: "policy", type: "string", required: true, ids: "file" },
  ],
  target: (call) => ({ service: "s3", action: "s3:PutBucketPolicy", bucket: str(call.values.bucket), region: call.region }),
  run(call) {
    const r = putBucketPolicy(call.state.world, { bucket: str(call.values.bucket) ?? "", policy: str(call.values.policy) ?? "" }, { accountId: call.accountId, region: call.region });
    if (!r.ok) return { kind: "error", code: r.error.code, message: r.error.message };
    return { kind: "data", data: {}, empty: true, state: { ...call.state, world: r.world } };
  },
};

/** The ETag S3 gives an object: the MD5 of its body (single-part uploads), quoted. */
function etagOf(body: string | undefined, key: string, size: number): string {
  return `"${md5Hex(body ?? placeholderBody(key, size))}"`;
}

const listObjectsV2: OpDef = {
  name: "list-objects-v2",
  api: "ListObjectsV2",
  summary: "Returns some or all (up to 1,000) of the objects in a bucket with each request.",
  params: [
    { name: "bucket", type: "string", required: true, ids: "bucket" },
    { name: "encoding-type", type: "string", choices: ["url"] },
    { name: "request-payer", type: "string", choices: ["requester"] },
  ],
  target: (call) => ({ service: "s3", action: "s3:ListBucket", bucket: str(call.values.bucket), region: call.region }),
  run(call) {
    const b = call.state.world.buckets[str(call.values.bucket) ?? ""];
    if (!b) return { kind: "error", code: "NoSuchBucket", message: "The specified bucket does not exist" };
    const prefix = str(call.values.prefix) ?? "";
    const delimiter = str(call.values.delimiter) ?? "";
    const after = str(call.values["start-after"]) ?? "";
    const contents: Array<Record<string, unknown>> = [];
    const prefixes = new Set<string>();
    for (const k of Object.keys(b.objects).sort()) {
      if (!k.startsWith(prefix) || (after && k <= after)) continue;
      const rest = k.slice(prefix.length);
      const cut = delimiter ? rest.indexOf(delimiter) : -1;
      if (cut >= 0) prefixes.add(prefix + rest.slice(0, cut + delimiter.length));
      else {
        const o = b.objects[k];
        const item: Record<string, unknown> = { Key: k, LastModified: cliTime(o.lastModified), ETag: etagOf(o.body, k, o.size), Size: o.size, StorageClass: "STANDARD" };
        if (call.values["fetch-owner"] === true) item.Owner = { ID: canonicalId(b.ownerId) };
        contents.push(item);
      }
    }
    // What S3 returns for one page (ListObjectsV2 output shape, botocore s3 service-2.json).
    const data: Record<string, unknown> = { IsTruncated: false };
    if (contents.length) data.Contents = contents;
    data.Name = b.name;
    data.Prefix = prefix;
    if (delimiter) data.Delimiter = delimiter;
    data.MaxKeys = 1000;
    if (prefixes.size) data.CommonPrefixes = [...prefixes].sort().map((x) => ({ Prefix: x }));
    data.KeyCount = contents.length + prefixes.size;
    if (after) data.StartAfter = after;
    return { kind: "data", data };
  },
};

const headObject: OpDef = {
  name: "head-object",
  api: "HeadObject",
  summary: "The HEAD operation retrieves metadata from an object without returning the object itself.",
  params: [
    { name: "bucket", type: "string", required: true, ids: "bucket" },
    { name: "request-payer", type: "string", choices: ["requester"] },
    { name: "checksum-mode", type: "string", choices: ["ENABLED"] },
  ],
  target: (call) => ({ service: "s3", action: "s3:GetObject", bucket: str(call.values.bucket), key: str(call.values.key), region: call.region }),
  run(call) {
    const b = call.state.world.buckets[str(call.values.bucket) ?? ""];
    const key = str(call.values.key) ?? "";
    const o = b?.objects[key];
    // A HEAD response has no body, so the CLI only knows the status: "(404) … Not Found".
    if (!o) return { kind: "error", code: "404", message: "Not Found" };
    return {
      kind: "data",
      data: { AcceptRanges: "bytes", LastModified: cliTime(o.lastModified), ContentLength: o.size, ETag: etagOf(o.body, key, o.size), ContentType: "binary/octet-stream", ServerSideEncryption: "AES256", Metadata: {} },
    };
  },
};

const getBucketLocation: OpDef = {
  name: "get-bucket-location",
  api: "GetBucketLocation",
  summary: "Returns the Region the bucket resides in.",
  params: [
    { name: "bucket", type: "string", required: true, ids: "bucket" },
  ],
  target: (call) => ({ service: "s3", action: "s3:GetBucketLocation", bucket: str(call.values.bucket), region: call.region }),
  run(call) {
    const b = call.state.world.buckets[str(call.values.bucket) ?? ""];
    if (!b) return { kind: "error", code: "NoSuchBucket", message: "The specified bucket does not exist" };
    // Buckets in us-east-1 have a null LocationConstraint (S3 API reference, GetBucketLocation).
    return { kind: "data", data: { LocationConstraint: b.region === "us-east-1" ? null : b.region } };
  },
};

export const s3apiService: ServiceDef = { name: "s3api", summary: "Amazon S3 API-level commands.", ops: [getBucketLocation, getBucketPolicy, headObject, listBuckets, listObjectsV2, putBucketPolicyOp] };
