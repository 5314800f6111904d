/**
 * The stub AWS the real CLI talks to. For each corpus case it is loaded with the answers Pathwise's
 * own run produced (the simulator's response, before --query and formatting), and serves them over
 * the real wire protocol of the service. `aws s3` high-level commands make several calls of their
 * own (ListObjectsV2, HeadObject, GetObject, PutObject…), so S3 is also served from the case's World.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { ApiAnswer } from "../../lib/shell/aws/cli";
import type { World } from "../../lib/sim";
import { imdsAnswer, type ImdsIdentity } from "./imds";
import { operationOf, serializeError, serializeOutput, serviceOfAuth, type Unknowns, type WireResponse } from "./model";

export interface StubCase {
  answers: ApiAnswer[];
  world: World;
  accountId: string;
  /** the host's instance metadata (null on an on-prem host: no IMDS) */
  imds: ImdsIdentity | null;
}

export interface StubLog {
  /** `service:Operation` for every request the real CLI sent */
  requests: string[];
  /** requests Pathwise had no answer for */
  unanswered: string[];
  /** response members Pathwise returns that the service model lacks */
  unknownMembers: string[];
}

export class Stub {
  private server: http.Server;
  private current: StubCase | null = null;
  private used = new Set<number>();
  log: StubLog = { requests: [], unanswered: [], unknownMembers: [] };

  constructor() {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => this.handle(req, res, Buffer.concat(chunks).toString("utf8")));
    });
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return (this.server.address() as AddressInfo).port;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  load(c: StubCase): void {
    // S3 requests change the buckets (a later request of the same command sees them), never the case.
    this.current = { ...c, world: { ...c.world, buckets: structuredClone(c.world.buckets) } };
    this.used = new Set();
    this.log = { requests: [], unanswered: [], unknownMembers: [] };
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse, body: string): void {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const meta = imdsAnswer(req.method ?? "GET", url.pathname, this.current?.imds ?? null);
    if (meta) {
      res.writeHead(meta.status, { ...(meta.headers ?? {}), "content-length": String(Buffer.byteLength(meta.body)) });
      res.end(meta.body);
      return;
    }
    const service = serviceOfAuth(req.headers.authorization) ?? "s3";
    let api: string | undefined;
    try {
      api = operationOf(service, req.method ?? "GET", url, body, req.headers);
    } catch {
      api = undefined;
    }
    const key = `${service}:${api ?? "?"}`;
    this.log.requests.push(key);
    const unknown: Unknowns = { paths: [] };
    const wire = this.answer(service, api, req.method ?? "GET", url, body, unknown, res);
    if (!wire) return; // connection dropped on purpose
    this.log.unknownMembers.push(...unknown.paths);
    // A HEAD answer's Content-Length is the object's (a header member), not the absent body's.
    const length = req.method === "HEAD" && wire.headers["content-length"] !== undefined ? wire.headers["content-length"] : String(Buffer.byteLength(wire.body));
    res.writeHead(wire.status, { ...wire.headers, "content-length": length });
    res.end(req.method === "HEAD" ? undefined : wire.body);
  }

  private answer(service: string, api: string | undefined, method: string, url: URL, body: string, unknown: Unknowns, res: http.ServerResponse): WireResponse | null {
    const c = this.current;
    if (!c || !api) {
      this.log.unanswered.push(`${service}:${api ?? "?"}`);
      return { status: 500, headers: {}, body: "fidelity stub: no case loaded" };
    }
    const i = c.answers.findIndex((a, n) => !this.used.has(n) && modelService(a.service) === service && a.api === api && a.kind !== "high-level");
    if (i >= 0) {
      this.used.add(i);
      const a = c.answers[i];
      if (a.kind === "unreachable") {
        res.socket?.destroy();
        return null;
      }
      if (a.kind === "error") return serializeError(service, api, a.code, a.message, method);
      if (a.kind === "data") return serializeOutput(service, api, a.data, unknown);
    }
    const highLevel = c.answers.find((a) => modelService(a.service) === "s3" && a.kind === "high-level");
    const s3Error = c.answers.find((a) => modelService(a.service) === "s3" && a.kind === "error");
    if (service === "s3" && (highLevel || s3Error)) {
      if (s3Error && s3Error.kind === "error") return serializeError("s3", api, s3Error.code, s3Error.message, method);
      return s3FromWorld(c, api, method, url, body, unknown);
    }
    this.log.unanswered.push(`${service}:${api}`);
    return { status: 500, headers: { "content-type": "text/plain" }, body: `fidelity stub: Pathwise made no ${api} call` };
  }
}

/** The shell's service names are the CLI's; `s3api` and `s3` share the s3 model. */
function modelService(cliService: string): string {
  return cliService === "s3api" ? "s3" : cliService;
}

function s3FromWorld(c: StubCase, api: string, method: string, url: URL, body: string, unknown: Unknowns): WireResponse {
  const segs = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
  const bucketName = segs[0];
  const key = segs.slice(1).join("/");
  const bucket = bucketName ? c.world.buckets[bucketName] : undefined;
  const noBucket = () => serializeError("s3", api, "NoSuchBucket", "The specified bucket does not exist", method);
  switch (api) {
    case "ListBuckets": {
      const mine = Object.values(c.world.buckets).filter((b) => b.ownerId === c.accountId).sort((a, b) => a.name.localeCompare(b.name));
      return serializeOutput("s3", api, { Buckets: mine.map((b) => ({ Name: b.name, CreationDate: new Date(b.creationDate).toISOString() })), Owner: { ID: "fidelity-owner" } }, unknown);
    }
    case "ListObjectsV2": {
      if (!bucket) return noBucket();
      const prefix = url.searchParams.get("prefix") ?? "";
      const delimiter = url.searchParams.get("delimiter") ?? "";
      const contents: Array<Record<string, unknown>> = [];
      const prefixes = new Set<string>();
      for (const k of Object.keys(bucket.objects).sort()) {
        if (!k.startsWith(prefix)) continue;
        const rest = k.slice(prefix.length);
        const cut = delimiter ? rest.indexOf(delimiter) : -1;
        if (cut >= 0) prefixes.add(prefix + rest.slice(0, cut + delimiter.length));
        else {
          const o = bucket.objects[k];
          contents.push({ Key: k, LastModified: new Date(o.lastModified).toISOString(), ETag: '"d41d8cd98f00b204e9800998ecf8427e"', Size: o.size, StorageClass: "STANDARD" });
        }
      }
      const data: Record<string, unknown> = { IsTruncated: false, Name: bucket.name, Prefix: prefix, MaxKeys: 1000, KeyCount: contents.length + prefixes.size };
      if (contents.length) data.Contents = contents;
      if (delimiter) data.Delimiter = delimiter;
      if (prefixes.size) data.CommonPrefixes = [...prefixes].sort().map((p) => ({ Prefix: p }));
      return serializeOutput("s3", api, data, unknown);
    }
    case "HeadBucket":
      return bucket ? { status: 200, headers: {}, body: "" } : { status: 404, headers: {}, body: "" };
    case "HeadObject":
    case "GetObject": {
      if (!bucket) return noBucket();
      const o = bucket.objects[key];
      if (!o) return serializeError("s3", api, "NoSuchKey", "The specified key does not exist.", method);
      const content = o.body ?? "x".repeat(o.size);
      return {
        status: 200,
        headers: { "content-length": String(Buffer.byteLength(content)), "last-modified": new Date(o.lastModified).toUTCString(), etag: '"d41d8cd98f00b204e9800998ecf8427e"', "content-type": "binary/octet-stream" },
        body: content,
      };
    }
    case "PutObject":
      if (!bucket) return noBucket();
      bucket.objects[key] = { size: Buffer.byteLength(body), lastModified: c.world.clock, body };
      return { status: 200, headers: { etag: '"d41d8cd98f00b204e9800998ecf8427e"' }, body: "" };
    case "CreateMultipartUpload":
      if (!bucket) return noBucket();
      return { status: 200, headers: { etag: '"d41d8cd98f00b204e9800998ecf8427e"' }, body: "" };
    case "CopyObject":
      if (!bucket) return noBucket();
      return serializeOutput("s3", api, { CopyObjectResult: { ETag: '"d41d8cd98f00b204e9800998ecf8427e"', LastModified: new Date(0).toISOString() } }, unknown);
    case "CreateBucket":
      if (bucket) return serializeError("s3", api, "BucketAlreadyOwnedByYou", "Your previous request to create the named bucket succeeded and you already own it.", method);
      c.world.buckets[bucketName] = { name: bucketName, region: "us-east-1", ownerId: c.accountId, creationDate: c.world.clock, objects: {}, tags: [] };
      return { status: 200, headers: { location: `/${bucketName}` }, body: "" };
    case "DeleteBucket":
      if (!bucket) return noBucket();
      if (Object.keys(bucket.objects).length) return { ...serializeError("s3", api, "BucketNotEmpty", "The bucket you tried to delete is not empty", method), status: 409 };
      delete c.world.buckets[bucketName];
      return { status: 204, headers: {}, body: "" };
    case "DeleteObject":
      if (!bucket) return noBucket();
      delete bucket.objects[key];
      return { status: 204, headers: {}, body: "" };
    default:
      return { status: 500, headers: {}, body: `fidelity stub: S3 ${api} is not served` };
  }
}
