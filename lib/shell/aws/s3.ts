/**
 * `aws s3 ls|cp` (high-level, aws-reference §2.1–§2.2) and `aws s3api list-buckets|get-bucket-policy|put-bucket-policy`.
 */
import type { AwsCall, OpDef, OpOutcome, ServiceDef } from "./cli";
import { cliTime } from "./cli";
import { str } from "./common";
import { putBucketPolicy, putObject, type Bucket } from "../simport";
import { readFile, resolvePath, writeFile, isDir, shownLocal } from "../vfs";
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

const ls: OpDef = {
  name: "ls",
  api: "ListObjectsV2",
  summary: "List S3 objects and common prefixes under a prefix or all S3 buckets.",
  positionals: 1,
  highLevel: true,
  params: [
    { name: "recursive", type: "boolean" },
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
    { name: "dryrun", type: "boolean" },
    { name: "quiet", type: "boolean" },
    { name: "recursive", type: "boolean" },
    { name: "only-show-errors", type: "boolean" },
    { name: "no-progress", type: "boolean" },
    { name: "sse", type: "string" },
    { name: "acl", type: "string" },
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
      const dirs: string[] = [];
      let cur = target.slice(0, target.lastIndexOf("/")) || "/";
      while (cur !== "/" && !isDir(state, cur)) {
        dirs.push(cur);
        cur = cur.slice(0, cur.lastIndexOf("/")) || "/";
      }
      if (!dry) {
        state = { ...state, dirs: [...state.dirs, ...dirs.reverse()] };
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

export const s3Service: ServiceDef = { name: "s3", summary: "High-level S3 commands.", ops: [cp, ls] };

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
  params: [
    { name: "max-buckets", type: "integer" },
    { name: "prefix", type: "string" },
    { name: "bucket-region", type: "string" },
  ],
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
    { name: "expected-bucket-owner", type: "string" },
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
    { name: "confirm-remove-self-bucket-access", type: "boolean" },
    { name: "expected-bucket-owner", type: "string" },
    { name: "content-md5", type: "string" },
    { name: "checksum-algorithm", type: "string" },
  ],
  target: (call) => ({ service: "s3", action: "s3:PutBucketPolicy", bucket: str(call.values.bucket), region: call.region }),
  run(call) {
    const r = putBucketPolicy(call.state.world, { bucket: str(call.values.bucket) ?? "", policy: str(call.values.policy) ?? "" }, { accountId: call.accountId, region: call.region });
    if (!r.ok) return { kind: "error", code: r.error.code, message: r.error.message };
    return { kind: "data", data: {}, empty: true, state: { ...call.state, world: r.world } };
  },
};

export const s3apiService: ServiceDef = { name: "s3api", summary: "Amazon S3 API-level commands.", ops: [getBucketPolicy, listBuckets, putBucketPolicyOp] };
