/**
 * botocore service models and the wire serializers the stub server needs to answer the real CLI:
 * EC2 query (XML), AWS query (XML with a result wrapper: STS, ELBv2), REST-XML (S3) and JSON
 * (DynamoDB, KMS, SQS). The models are read at run time and never copied into the repository.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export interface Shape {
  type: string;
  members?: Record<string, Member>;
  member?: Member;
  key?: Member;
  value?: Member;
  flattened?: boolean;
  payload?: string;
  timestampFormat?: string;
}
export interface Member {
  shape: string;
  locationName?: string;
  location?: string;
  flattened?: boolean;
  queryName?: string;
}
export interface Operation {
  name: string;
  http: { method: string; requestUri: string; responseCode?: number };
  input?: { shape: string };
  output?: { shape: string; resultWrapper?: string };
}
export interface ServiceModel {
  metadata: { protocol: string; endpointPrefix: string; xmlNamespace?: string; apiVersion: string; targetPrefix?: string; jsonVersion?: string; signingName?: string };
  operations: Record<string, Operation>;
  shapes: Record<string, Shape>;
}

/**
 * The models come from the npm package `aws-sdk` (v2), whose `apis/*.min.json` are botocore's service
 * models without documentation. Debian's CLI 2.9.19 bundles models from early 2023; the harness puts
 * these newer ones in the real CLI's `~/.aws/models` (botocore's customer data path), so both sides
 * speak the same model. See docs/decisions/017-fidelity-harness.md.
 */
const APIS = path.join(path.dirname(fileURLToPath(import.meta.url)), "../../node_modules/aws-sdk/apis");

/** CLI service name → aws-sdk file stem and botocore directory. */
export const MODEL_FILES: Record<string, { stem: string; dir: string; version: string }> = {
  ec2: { stem: "ec2-2016-11-15", dir: "ec2", version: "2016-11-15" },
  s3: { stem: "s3-2006-03-01", dir: "s3", version: "2006-03-01" },
  sts: { stem: "sts-2011-06-15", dir: "sts", version: "2011-06-15" },
  elbv2: { stem: "elasticloadbalancingv2-2015-12-01", dir: "elbv2", version: "2015-12-01" },
  dynamodb: { stem: "dynamodb-2012-08-10", dir: "dynamodb", version: "2012-08-10" },
  sqs: { stem: "sqs-2012-11-05", dir: "sqs", version: "2012-11-05" },
  kms: { stem: "kms-2014-11-01", dir: "kms", version: "2014-11-01" },
};

export function modelsAvailable(): boolean {
  return existsSync(path.join(APIS, "ec2-2016-11-15.min.json"));
}

const cache = new Map<string, ServiceModel>();

export function loadModel(service: string): ServiceModel {
  const hit = cache.get(service);
  if (hit) return hit;
  const f = MODEL_FILES[service];
  if (!f) throw new Error(`fidelity: no model for ${service}`);
  const base = expandMinModel(JSON.parse(readFileSync(path.join(APIS, `${f.stem}.min.json`), "utf8")) as MinModel);
  const over = overlay(service);
  const model: ServiceModel = over
    ? { ...base, metadata: over.metadata, operations: { ...base.operations, ...over.operations }, shapes: { ...base.shapes, ...over.shapes } }
    : base;
  cache.set(service, model);
  return model;
}

/** tools/fidelity/models/<service>.json: botocore's own shapes for the operations Pathwise implements (gen-models.ts). */
interface Overlay {
  source: string;
  metadata: ServiceModel["metadata"];
  operations: Record<string, Operation>;
  shapes: Record<string, Shape>;
  pagination: Record<string, unknown>;
  waiters: Record<string, unknown>;
}
const overlays = new Map<string, Overlay | null>();
export function overlay(service: string): Overlay | null {
  if (!overlays.has(service)) {
    const f = path.join(path.dirname(fileURLToPath(import.meta.url)), "models", `${service}.json`);
    overlays.set(service, existsSync(f) ? (JSON.parse(readFileSync(f, "utf8")) as Overlay) : null);
  }
  return overlays.get(service) ?? null;
}

// aws-sdk's "min" models inline most shapes and drop `shape: "String"`-style references; botocore
// needs every member to name a shape. These keys belong to a shape; the rest belong to the reference.
const SHAPE_KEYS = new Set([
  "type", "members", "member", "key", "value", "required", "payload", "timestampFormat", "enum", "min", "max", "pattern", "box",
  "sensitive", "exception", "error", "fault", "document", "union", "streaming", "requiresLength", "event", "eventstream", "wrapper", "xmlOrder",
]);
type MinNode = Record<string, unknown>;
interface MinModel {
  metadata: ServiceModel["metadata"];
  operations: Record<string, { http?: Operation["http"]; input?: MinNode; output?: MinNode } & MinNode>;
  shapes: Record<string, MinNode>;
}

/** Expands an aws-sdk min model into a botocore service-2 model (same members, same order). */
export function expandMinModel(min: MinModel): ServiceModel {
  const shapes: Record<string, Shape> = {};
  const used = new Set(Object.keys(min.shapes));
  const fresh = (hint: string): string => {
    let name = hint;
    for (let i = 2; used.has(name); i++) name = `${hint}${i}`;
    used.add(name);
    return name;
  };
  const ref = (node: MinNode, hint: string): Member => {
    if (typeof node.shape === "string") return node as unknown as Member;
    const r: MinNode = {};
    const sh: MinNode = {};
    for (const [k, v] of Object.entries(node)) (SHAPE_KEYS.has(k) ? sh : r)[k] = v;
    if (node.flattened !== undefined) sh.flattened = node.flattened;
    const name = fresh(`_sdk_${hint}`);
    shapes[name] = shapeOf(sh, name);
    return { ...(r as object), shape: name } as Member;
  };
  const shapeOf = (node: MinNode, name: string): Shape => {
    const sh: MinNode = { ...node };
    if (!sh.type) sh.type = sh.members ? "structure" : sh.member ? "list" : "string";
    if (sh.members) {
      sh.members = Object.fromEntries(Object.entries(sh.members as Record<string, MinNode>).map(([k, m]) => [k, ref(m, `${name}${k}`)]));
    }
    if (sh.member) sh.member = ref(sh.member as MinNode, `${name}Member`);
    if (sh.key) sh.key = ref(sh.key as MinNode, `${name}Key`);
    if (sh.value) sh.value = ref(sh.value as MinNode, `${name}Value`);
    return sh as unknown as Shape;
  };
  for (const [name, node] of Object.entries(min.shapes)) shapes[name] = shapeOf(node, name);
  const operations: Record<string, Operation> = {};
  for (const [name, op] of Object.entries(min.operations)) {
    const o: Operation & Record<string, unknown> = { ...(op as object), name, http: { method: "POST", requestUri: "/", ...(op.http ?? {}) } } as Operation & Record<string, unknown>;
    if (op.input) o.input = ref(op.input, `${name}Request`);
    if (op.output) o.output = ref(op.output, `${name}Result`) as Operation["output"];
    operations[name] = o;
  }
  return { ...(min as object), metadata: min.metadata, operations, shapes } as ServiceModel;
}

/** Writes the models into `<home>/.aws/models/<service>/<version>/` as botocore names them. */
export function installModels(home: string): void {
  for (const f of Object.values(MODEL_FILES)) {
    const dir = path.join(home, ".aws/models", f.dir, f.version);
    mkdirSync(dir, { recursive: true });
    const svc = Object.keys(MODEL_FILES).find((k) => MODEL_FILES[k] === f)!;
    writeFileSync(path.join(dir, "service-2.json"), JSON.stringify(loadModel(svc)));
    const over = overlay(svc);
    const pagFile = path.join(APIS, `${f.stem}.paginators.json`);
    const pag = existsSync(pagFile) ? (JSON.parse(readFileSync(pagFile, "utf8")) as { pagination: Record<string, unknown> }).pagination : {};
    // aws-sdk v2 lists result-key-only entries for operations that don't paginate; botocore's
    // paginator needs an input_token, so only real paginators are kept.
    const real = Object.fromEntries(Object.entries({ ...pag, ...(over?.pagination ?? {}) }).filter(([, v]) => v && typeof v === "object" && ("input_token" in v)));
    writeFileSync(path.join(dir, "paginators-1.json"), JSON.stringify({ pagination: real }));
    const waitFile = path.join(APIS, `${f.stem}.waiters2.json`);
    const waiters = existsSync(waitFile) ? (JSON.parse(readFileSync(waitFile, "utf8")) as { waiters: Record<string, unknown> }).waiters : {};
    writeFileSync(path.join(dir, "waiters-2.json"), JSON.stringify({ version: 2, waiters: { ...waiters, ...(over?.waiters ?? {}) } }));
  }
}

/** The service a request is for, from the SigV4 credential scope (`…/us-east-1/ec2/aws4_request`). */
export function serviceOfAuth(auth: string | undefined): string | undefined {
  const m = /Credential=[^/]+\/\d{8}\/[^/]+\/([^/]+)\/aws4_request/.exec(auth ?? "");
  if (!m) return undefined;
  // signing names that differ from the model directory
  return m[1] === "elasticloadbalancing" ? "elbv2" : m[1];
}

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Pathwise prints timestamps as the CLI does (`2024-05-14T09:40:50+00:00`); the wire carries ISO 8601 Z. */
function wireTime(v: unknown): string {
  if (typeof v === "number") return new Date(v * 1000).toISOString();
  const d = new Date(String(v));
  return Number.isNaN(d.getTime()) ? String(v) : d.toISOString();
}

function scalar(shape: Shape, v: unknown): string {
  if (shape.type === "timestamp") return wireTime(v);
  if (shape.type === "boolean") return v ? "true" : "false";
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

/** Members of `value` that the model does not know: the real CLI would never print them. */
export interface Unknowns {
  paths: string[];
}

function xmlValue(model: ServiceModel, shapeName: string, value: unknown, style: "ec2" | "query" | "rest", where: string, unknown: Unknowns): string {
  const shape = model.shapes[shapeName];
  if (!shape) return "";
  if (shape.type === "structure") {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return "";
    let outXml = "";
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const m = shape.members?.[k];
      if (!m) {
        unknown.paths.push(`${where}.${k}`);
        continue;
      }
      if (m.location === "header" || m.location === "headers" || m.location === "statusCode") continue;
      if (v === null || v === undefined) continue;
      outXml += xmlMember(model, k, m, v, style, `${where}.${k}`, unknown);
    }
    return outXml;
  }
  if (shape.type === "list" || shape.type === "map") return ""; // handled by xmlMember
  return esc(scalar(shape, value));
}

function xmlMember(model: ServiceModel, name: string, m: Member, v: unknown, style: "ec2" | "query" | "rest", where: string, unknown: Unknowns): string {
  const shape = model.shapes[m.shape];
  const tag = m.locationName ?? name;
  if (shape?.type === "list") {
    const items = Array.isArray(v) ? v : [];
    const itemTag = shape.member?.locationName ?? (style === "ec2" ? "item" : "member");
    const flattened = shape.flattened || m.flattened;
    const inner = items.map((it, i) => {
      const body = xmlValue(model, shape.member!.shape, it, style, `${where}[${i}]`, unknown);
      return `<${flattened ? tag : itemTag}>${body}</${flattened ? tag : itemTag}>`;
    });
    return flattened ? inner.join("") : `<${tag}>${inner.join("")}</${tag}>`;
  }
  if (shape?.type === "map") {
    const entries = typeof v === "object" && v !== null ? Object.entries(v as Record<string, unknown>) : [];
    const keyTag = shape.key?.locationName ?? "key";
    const valTag = shape.value?.locationName ?? "value";
    const inner = entries
      .map(([k, val]) => `<entry><${keyTag}>${esc(k)}</${keyTag}><${valTag}>${xmlValue(model, shape.value!.shape, val, style, `${where}.${k}`, unknown)}</${valTag}></entry>`)
      .join("");
    return shape.flattened ? inner : `<${tag}>${inner}</${tag}>`;
  }
  return `<${tag}>${xmlValue(model, m.shape, v, style, where, unknown)}</${tag}>`;
}

export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const REQUEST_ID = "8f3a2b1c-0d4e-4f5a-9b6c-7d8e9f0a1b2c";

/** A successful answer for `api` carrying `data` (the simulator's response, CLI member names). */
export function serializeOutput(service: string, api: string, data: unknown, unknown: Unknowns): WireResponse {
  const model = loadModel(service);
  const op = model.operations[api];
  if (!op) return { status: 500, headers: {}, body: `fidelity stub: ${service} has no operation ${api}` };
  const proto = model.metadata.protocol;
  const outShape = op.output?.shape;
  const ns = model.metadata.xmlNamespace ? ` xmlns="${model.metadata.xmlNamespace}/"` : "";
  if (proto === "ec2") {
    const inner = outShape ? xmlValue(model, outShape, data, "ec2", api, unknown) : "";
    return { status: 200, headers: { "content-type": "text/xml;charset=UTF-8" }, body: `<?xml version="1.0" encoding="UTF-8"?>\n<${api}Response${ns}><requestId>${REQUEST_ID}</requestId>${inner}</${api}Response>` };
  }
  if (proto === "query") {
    const inner = outShape ? xmlValue(model, outShape, data, "query", api, unknown) : "";
    const wrapped = op.output?.resultWrapper ? `<${op.output.resultWrapper}>${inner}</${op.output.resultWrapper}>` : inner;
    return {
      status: 200,
      headers: { "content-type": "text/xml" },
      body: `<${api}Response${ns}>${wrapped}<ResponseMetadata><RequestId>${REQUEST_ID}</RequestId></ResponseMetadata></${api}Response>`,
    };
  }
  if (proto === "rest-xml") {
    const shape = outShape ? model.shapes[outShape] : undefined;
    const headers: Record<string, string> = { "x-amz-request-id": "FIDELITY0000001", "content-type": "application/xml" };
    const obj = (typeof data === "object" && data !== null ? data : {}) as Record<string, unknown>;
    for (const [k, m] of Object.entries(shape?.members ?? {})) {
      if (m.location === "header" && obj[k] !== undefined) headers[(m.locationName ?? k).toLowerCase()] = scalar(model.shapes[m.shape], obj[k]);
    }
    if (shape?.payload) {
      const pm = shape.members?.[shape.payload];
      const pv = obj[shape.payload];
      const ps = pm ? model.shapes[pm.shape] : undefined;
      if (ps && ps.type === "structure") {
        return { status: 200, headers, body: `<${pm!.locationName ?? shape.payload}>${xmlValue(model, pm!.shape, pv, "rest", api, unknown)}</${pm!.locationName ?? shape.payload}>` };
      }
      return { status: 200, headers: { ...headers, "content-type": "application/octet-stream" }, body: pv === undefined ? "" : String(pv) };
    }
    if (api === "GetBucketLocation") {
      // S3 answers with the bare element, which botocore's parse_get_bucket_location handler reads
      // (botocore/handlers.py); us-east-1 is an empty element.
      const lc = obj.LocationConstraint;
      return { status: 200, headers, body: `<?xml version="1.0" encoding="UTF-8"?>\n<LocationConstraint xmlns="http://s3.amazonaws.com/doc/2006-03-01/">${typeof lc === "string" ? esc(lc) : ""}</LocationConstraint>` };
    }
    const inner = outShape ? xmlValue(model, outShape, data, "rest", api, unknown) : "";
    const root = outShape ? outShape.replace(/Output$/, "Result") : `${api}Result`;
    return { status: 200, headers, body: `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="http://s3.amazonaws.com/doc/2006-03-01/">${inner}</${root}>` };
  }
  // json / rest-json: timestamps travel as epoch seconds
  const toWire = (shapeName: string | undefined, v: unknown): unknown => {
    const sh = shapeName ? model.shapes[shapeName] : undefined;
    if (!sh) return v;
    if (sh.type === "timestamp") return new Date(String(v)).getTime() / 1000;
    if (sh.type === "structure" && v && typeof v === "object") {
      const o: Record<string, unknown> = {};
      for (const [k, val] of Object.entries(v as Record<string, unknown>)) {
        const m = sh.members?.[k];
        if (!m) unknown.paths.push(`${api}.${k}`);
        o[m?.locationName ?? k] = toWire(m?.shape, val);
      }
      return o;
    }
    if (sh.type === "list" && Array.isArray(v)) return v.map((x) => toWire(sh.member?.shape, x));
    if (sh.type === "map" && v && typeof v === "object") return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, toWire(sh.value?.shape, x)]));
    return v;
  };
  return { status: 200, headers: { "content-type": `application/x-amz-json-${model.metadata.jsonVersion ?? "1.0"}`, "x-amzn-requestid": REQUEST_ID }, body: JSON.stringify(toWire(outShape, data)) };
}

/** HTTP status a service error travels with (the CLI prints the code either way; S3 HEAD has no body). */
function errorStatus(code: string): number {
  if (/AccessDenied|Unauthorized|Forbidden|InvalidClientTokenId|SignatureDoesNotMatch/.test(code)) return 403;
  if (/^NoSuch|NotFound$|^404$/.test(code)) return 404;
  return 400;
}

export function serializeError(service: string, api: string, code: string, message: string, method: string): WireResponse {
  const model = loadModel(service);
  const proto = model.metadata.protocol;
  const status = errorStatus(code);
  if (proto === "ec2") {
    return { status, headers: { "content-type": "text/xml;charset=UTF-8" }, body: `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>${esc(code)}</Code><Message>${esc(message)}</Message></Error></Errors><RequestID>${REQUEST_ID}</RequestID></Response>` };
  }
  if (proto === "query") {
    return { status, headers: { "content-type": "text/xml" }, body: `<ErrorResponse><Error><Type>Sender</Type><Code>${esc(code)}</Code><Message>${esc(message)}</Message></Error><RequestId>${REQUEST_ID}</RequestId></ErrorResponse>` };
  }
  if (proto === "rest-xml") {
    if (method === "HEAD") return { status, headers: { "x-amz-request-id": "FIDELITY0000001" }, body: "" };
    return { status, headers: { "content-type": "application/xml" }, body: `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${esc(code)}</Code><Message>${esc(message)}</Message><RequestId>FIDELITY0000001</RequestId></Error>` };
  }
  return { status, headers: { "content-type": "application/x-amz-json-1.0" }, body: JSON.stringify({ __type: code, message }) };
}

/** The operation a request calls: `Action=` for query protocols, X-Amz-Target for JSON, method + path for REST. */
export function operationOf(service: string, method: string, url: URL, body: string, headers: Record<string, string | string[] | undefined>): string | undefined {
  const model = loadModel(service);
  const proto = model.metadata.protocol;
  if (proto === "ec2" || proto === "query") return new URLSearchParams(body).get("Action") ?? url.searchParams.get("Action") ?? undefined;
  if (proto === "json") {
    const t = String(headers["x-amz-target"] ?? "");
    return t.split(".").pop();
  }
  // REST: score each operation's requestUri against the path and query.
  const segs = url.pathname.split("/").filter(Boolean);
  let best: { op: string; score: number } | undefined;
  for (const [name, op] of Object.entries(model.operations)) {
    if (op.http.method !== method) continue;
    const [p, q] = op.http.requestUri.split("?");
    const pat = p.split("/").filter(Boolean);
    const greedy = pat.some((s) => s.endsWith("+}"));
    if (!greedy && pat.length !== segs.length) continue;
    if (greedy && segs.length < pat.length) continue;
    if (!pat.every((s, i) => s.startsWith("{") || s === segs[i])) continue;
    let score = pat.filter((s) => !s.startsWith("{")).length;
    if (q) {
      const need = q.split("&").map((kv) => kv.split("="));
      if (!need.every(([k, v]) => url.searchParams.has(k) && (v === undefined || url.searchParams.get(k) === v))) continue;
      score += 10 * need.length;
    }
    // required header and query members decide between operations on one URI (PutObject vs CopyObject vs UploadPart)
    const input = op.input ? (model.shapes[op.input.shape] as { required?: string[]; members?: Record<string, { location?: string; locationName?: string }> } | undefined) : undefined;
    const located = (input?.required ?? []).map((m) => input?.members?.[m]).filter((m) => m?.location === "header" || m?.location === "querystring");
    if (!located.every((m) => (m!.location === "header" ? headers[String(m!.locationName).toLowerCase()] !== undefined : url.searchParams.has(String(m!.locationName))))) continue;
    score += located.length;
    if (!best || score > best.score) best = { op: name, score };
  }
  return best?.op;
}
