/** S3, IAM, SQS, DynamoDB, KMS, Route 53 private zones and on-premises resources. */
import type {
  Bucket,
  DnsRecord,
  DynamoTable,
  HostedZone,
  KmsKey,
  OnPremHost,
  OnPremNetwork,
  Principal,
  SqsQueue,
  World,
} from "../schema";
import { fail, hexFor, ok, put, type OpResult } from "../core";
import { parseCidr, parseIp, cidrContains } from "../ip";
import { REGIONS } from "../catalog";
import { validatePolicyDocument } from "../policy";
import { rootArn } from "../world";
import { asTags, resolveCtx, type OpContext, badType, show, guardObj, KINDS, lookup, type KindName } from "./common";

// ── S3 ──────────────────────────────────────────────────────────────────────
const BUCKET_RE = /^(?!xn--)(?!.*\.\.)(?!\d+\.\d+\.\d+\.\d+$)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

export function createBucket(
  world: World,
  input: { bucket: string; region?: string },
  ctx?: OpContext,
): OpResult<Bucket> {
  return guardObj(input, () => {
    {
      const te = badType(input, { bucket: "string", region: "string" });
      if (te) return fail(te.code, te.message);
    }
    const c = resolveCtx(world, ctx);
    const name = input?.bucket;
    if (typeof name !== "string" || !BUCKET_RE.test(name))
      return fail("InvalidBucketName", "The specified bucket is not valid.");
    const existing = world.buckets[name];
    if (existing) {
      if (existing.ownerId === c.accountId) {
        return fail(
          "BucketAlreadyOwnedByYou",
          "Your previous request to create the named bucket succeeded and you already own it.",
        );
      }
      return fail(
        "BucketAlreadyExists",
        "The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.",
      );
    }
    const region = input.region ?? c.region;
    if (!REGIONS[region]) return fail("InvalidLocationConstraint", "The specified location-constraint is not valid");
    const b: Bucket = { name, region, ownerId: c.accountId, creationDate: world.clock, objects: {}, tags: [] };
    return ok(put(world, "buckets", name, b), b);
  });
}

function ownBucket(
  world: World,
  bucket: unknown,
  accountId: string,
): { ok: true; b: Bucket } | { ok: false; code: string; message: string } {
  const b = typeof bucket === "string" ? world.buckets[bucket] : undefined;
  if (!b) return { ok: false, code: "NoSuchBucket", message: "The specified bucket does not exist" };
  if (b.ownerId !== accountId) return { ok: false, code: "AccessDenied", message: "Access Denied" };
  return { ok: true, b };
}

export function putBucketPolicy(
  world: World,
  input: { bucket: string; policy: string },
  ctx?: OpContext,
): OpResult<true> {
  return guardObj(input, () => {
    {
      const te = badType(input, { bucket: "string", policy: "string" });
      if (te) return fail(te.code, te.message);
    }
    const c = resolveCtx(world, ctx);
    const r = ownBucket(world, input?.bucket, c.accountId);
    if (!r.ok) return fail(r.code, r.message);
    const v = validatePolicyDocument(input.policy, { kind: "bucket", bucketName: r.b.name });
    if (!v.ok) return fail(v.error.code, v.error.message);
    // Principals must exist (S3: "Invalid principal in policy").
    for (const s of v.policy.Statement) {
      const spec = s.Principal ?? s.NotPrincipal;
      if (spec && spec !== "*") {
        for (const p of spec.AWS ?? []) {
          if (p === "*" || /^\d{12}$/.test(p)) continue;
          const m = /^arn:aws:iam::(\d{12}):(root|role\/.+|user\/.+)$/.exec(p);
          if (!m) return fail("MalformedPolicy", "Invalid principal in policy");
          const acct = world.accounts[m[1]];
          if (acct && m[2] !== "root" && !acct.principals[p])
            return fail("MalformedPolicy", "Invalid principal in policy");
        }
      }
    }
    return ok(put(world, "buckets", r.b.name, { ...r.b, policy: input.policy }), true as const);
  });
}

export function deleteBucketPolicy(world: World, input: { bucket: string }, ctx?: OpContext): OpResult<true> {
  return guardObj(input, () => {
    const c = resolveCtx(world, ctx);
    const r = ownBucket(world, input?.bucket, c.accountId);
    if (!r.ok) return fail(r.code, r.message);
    const b = { ...r.b };
    delete b.policy;
    return ok(put(world, "buckets", b.name, b), true as const);
  });
}

/** Data-plane write (authorisation is the tracer's job; call after a successful trace). */
export function putObject(
  world: World,
  input: { bucket: string; key: string; body?: string; size?: number },
): OpResult<true> {
  return guardObj(input, () => {
    {
      const te = badType(input, { bucket: "string", key: "string", body: "string", size: "number" });
      if (te) return fail(te.code, te.message);
    }
    const b = typeof input?.bucket === "string" ? world.buckets[input.bucket] : undefined;
    if (!b) return fail("NoSuchBucket", "The specified bucket does not exist");
    if (typeof input.key !== "string" || input.key.length === 0) return fail("InvalidArgument", "Invalid key");
    const size = input.size ?? (input.body !== undefined ? utf8Length(input.body) : 0);
    const obj =
      input.body !== undefined
        ? { size, lastModified: world.clock, body: input.body }
        : { size, lastModified: world.clock };
    return ok(put(world, "buckets", b.name, { ...b, objects: { ...b.objects, [input.key]: obj } }), true as const);
  });
}

/** DeleteBucket: only the owner, only when empty (S3 API reference, DeleteBucket errors). */
export function deleteBucket(world: World, input: { bucket: string }, ctx?: OpContext): OpResult<true> {
  return guardObj(input, () => {
    const c = resolveCtx(world, ctx);
    const own = ownBucket(world, input?.bucket, c.accountId);
    if (!own.ok) return fail(own.code, own.message);
    if (Object.keys(own.b.objects).length > 0) return fail("BucketNotEmpty", "The bucket you tried to delete is not empty");
    const buckets = { ...world.buckets };
    delete buckets[own.b.name];
    return ok({ ...world, buckets }, true as const);
  });
}

export function deleteObject(world: World, input: { bucket: string; key: string }): OpResult<true> {
  return guardObj(input, () => {
    const b = typeof input?.bucket === "string" ? world.buckets[input.bucket] : undefined;
    if (!b) return fail("NoSuchBucket", "The specified bucket does not exist");
    const objects = { ...b.objects };
    delete objects[input.key];
    return ok(put(world, "buckets", b.name, { ...b, objects }), true as const);
  });
}

function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

// ── IAM ─────────────────────────────────────────────────────────────────────
function createPrincipal(kind: "role" | "user") {
  return (world: World, input: { name: string; policies?: string[] }, ctx?: OpContext): OpResult<Principal> =>
    guardObj(input, () => {
      const c = resolveCtx(world, ctx);
      if (typeof input?.name !== "string" || !/^[\w+=,.@-]{1,64}$/.test(input.name)) {
        return fail(
          "ValidationError",
          `1 validation error detected: Value '${show(input?.name)}' at '${kind}Name' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+`,
        );
      }
      const acct = world.accounts[c.accountId];
      if (!acct) return fail("NoSuchEntity", `The account ${c.accountId} does not exist.`);
      const arn = `arn:aws:iam::${c.accountId}:${kind}/${input.name}`;
      if (acct.principals[arn])
        return fail(
          "EntityAlreadyExists",
          `${kind === "role" ? "Role" : "User"} with name ${input.name} already exists.`,
        );
      for (const p of input.policies ?? []) {
        const v = validatePolicyDocument(p, { kind: "identity" });
        if (!v.ok) return fail(v.error.code, v.error.message);
      }
      const principal: Principal = {
        arn,
        kind,
        name: input.name,
        accountId: c.accountId,
        policies: [...(input.policies ?? [])],
      };
      const next = { ...acct, principals: { ...acct.principals, [arn]: principal } };
      return ok(put(world, "accounts", acct.id, next), principal);
    });
}

export const createRole = createPrincipal("role");
export const createUser = createPrincipal("user");

/** Attach (append) or replace identity policies of a principal. */
export function putPrincipalPolicy(
  world: World,
  input: { principalArn: string; policyDocument: string; replace?: boolean },
): OpResult<true> {
  return guardObj(input, () => {
    const acctId = /^arn:aws:iam::(\d{12}):/.exec(input?.principalArn ?? "")?.[1];
    const acct = acctId ? world.accounts[acctId] : undefined;
    const p = acct?.principals[input.principalArn];
    if (!acct || !p) return fail("NoSuchEntity", `The principal ${show(input?.principalArn)} cannot be found.`);
    const v = validatePolicyDocument(input.policyDocument, { kind: "identity" });
    if (!v.ok) return fail(v.error.code, v.error.message);
    const next: Principal = {
      ...p,
      policies: input.replace ? [input.policyDocument] : [...p.policies, input.policyDocument],
    };
    return ok(
      put(world, "accounts", acct.id, { ...acct, principals: { ...acct.principals, [p.arn]: next } }),
      true as const,
    );
  });
}

export function createAccount(world: World, input: { accountId: string; alias?: string }): OpResult<true> {
  return guardObj(input, () => {
    {
      const te = badType(input, { accountId: "string", alias: "string" });
      if (te) return fail(te.code, te.message);
    }
    if (typeof input?.accountId !== "string" || !/^\d{12}$/.test(input.accountId))
      return fail("InvalidParameterValue", "Account id must be 12 digits");
    if (world.accounts[input.accountId]) return ok(world, true as const);
    const arn = rootArn(input.accountId);
    return ok(
      put(world, "accounts", input.accountId, {
        id: input.accountId,
        alias: input.alias ?? input.accountId,
        principals: { [arn]: { arn, kind: "root", name: "root", accountId: input.accountId, policies: [] } },
      }),
      true as const,
    );
  });
}

// ── SQS, DynamoDB, KMS ──────────────────────────────────────────────────────
export function createQueue(
  world: World,
  input: { queueName: string; policy?: string },
  ctx?: OpContext,
): OpResult<SqsQueue> {
  return guardObj(input, () => {
    {
      const te = badType(input, { queueName: "string", policy: "string" });
      if (te) return fail(te.code, te.message);
    }
    const c = resolveCtx(world, ctx);
    if (typeof input?.queueName !== "string" || !/^[A-Za-z0-9_-]{1,80}(\.fifo)?$/.test(input.queueName)) {
      return fail(
        "InvalidParameterValue",
        "Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length",
      );
    }
    const arn = `arn:aws:sqs:${c.region}:${c.accountId}:${input.queueName}`;
    if (world.sqsQueues[arn]) return ok(world, world.sqsQueues[arn]);
    const q: SqsQueue = {
      arn,
      name: input.queueName,
      region: c.region,
      ownerId: c.accountId,
      url: `https://sqs.${c.region}.amazonaws.com/${c.accountId}/${input.queueName}`,
      messages: [],
    };
    if (input.policy) q.policy = input.policy;
    return ok(put(world, "sqsQueues", arn, q), q);
  });
}

export function createTable(world: World, input: { tableName: string }, ctx?: OpContext): OpResult<DynamoTable> {
  return guardObj(input, () => {
    {
      const te = badType(input, { tableName: "string" });
      if (te) return fail(te.code, te.message);
    }
    const c = resolveCtx(world, ctx);
    if (typeof input?.tableName !== "string" || !/^[A-Za-z0-9_.-]{3,255}$/.test(input.tableName)) {
      return fail(
        "ValidationException",
        "TableName must be at least 3 characters long and at most 255 characters long",
      );
    }
    const arn = `arn:aws:dynamodb:${c.region}:${c.accountId}:table/${input.tableName}`;
    if (world.dynamoTables[arn]) return fail("ResourceInUseException", `Table already exists: ${input.tableName}`);
    const t: DynamoTable = { arn, name: input.tableName, region: c.region, ownerId: c.accountId, itemCount: 0 };
    return ok(put(world, "dynamoTables", arn, t), t);
  });
}

export function createKey(
  world: World,
  input: { alias?: string; policy?: string } = {},
  ctx?: OpContext,
): OpResult<KmsKey> {
  return guardObj(input, () => {
    {
      const te = badType(input, { alias: "string", policy: "string" });
      if (te) return fail(te.code, te.message);
    }
    const c = resolveCtx(world, ctx);
    const h = hexFor(world.seed, world.seq + 1, 32);
    const keyId = `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
    const w = { ...world, seq: world.seq + 1 };
    const policy =
      input?.policy ??
      JSON.stringify({
        Version: "2012-10-17",
        Id: "key-default-1",
        Statement: [
          {
            Sid: "Enable IAM User Permissions",
            Effect: "Allow",
            Principal: { AWS: rootArn(c.accountId) },
            Action: "kms:*",
            Resource: "*",
          },
        ],
      });
    const k: KmsKey = {
      keyId,
      arn: `arn:aws:kms:${c.region}:${c.accountId}:key/${keyId}`,
      region: c.region,
      ownerId: c.accountId,
      policy,
    };
    if (input?.alias) k.alias = input.alias;
    return ok(put(w, "kmsKeys", keyId, k), k);
  });
}

// ── Route 53 private hosted zones ───────────────────────────────────────────
export function createHostedZone(
  world: World,
  input: { name: string; vpcId: string; records?: DnsRecord[] },
  ctx?: OpContext,
): OpResult<HostedZone> {
  return guardObj(input, () => {
    {
      const te = badType(input, { name: "string", vpcId: "string" });
      if (te) return fail(te.code, te.message);
    }
    const c = resolveCtx(world, ctx);
    const vpc = world.vpcs[input?.vpcId];
    if (!vpc || vpc.ownerId !== c.accountId)
      return fail(
        "InvalidVPCId",
        `The VPC ${show(input?.vpcId)} does not exist or you don't have permission to access it.`,
      );
    if (typeof input.name !== "string" || input.name.length === 0)
      return fail("InvalidDomainName", "Domain name is invalid");
    const id =
      "Z" +
      hexFor(world.seed, world.seq + 1, 20)
        .toUpperCase()
        .slice(0, 20);
    const w = { ...world, seq: world.seq + 1 };
    const zone: HostedZone = {
      id,
      name: input.name.replace(/\.$/, "").toLowerCase(),
      ownerId: c.accountId,
      private: true,
      vpcs: [{ vpcId: vpc.id, region: vpc.region }],
      records: (Array.isArray(input.records) ? input.records : [])
        .filter(
          (r) =>
            r &&
            typeof r.name === "string" &&
            ["A", "CNAME", "TXT"].includes(r.type) &&
            typeof r.ttl === "number" &&
            Array.isArray(r.values),
        )
        .map((r) => ({
          name: r.name.replace(/\.$/, "").toLowerCase(),
          type: r.type,
          ttl: r.ttl,
          values: r.values.filter((v) => typeof v === "string"),
        })),
    };
    return ok(put(w, "hostedZones", id, zone), zone);
  });
}

export function upsertRecord(world: World, input: { hostedZoneId: string; record: DnsRecord }): OpResult<true> {
  return guardObj(input, () => {
    const z = world.hostedZones[input?.hostedZoneId];
    if (!z) return fail("NoSuchHostedZone", `No hosted zone found with ID: ${show(input?.hostedZoneId)}`);
    const r = input.record as unknown as Record<string, unknown> | undefined;
    if (
      !r ||
      typeof r.name !== "string" ||
      !["A", "CNAME", "TXT"].includes(show(r.type)) ||
      typeof r.ttl !== "number" ||
      !Array.isArray(r.values) ||
      !r.values.every((v) => typeof v === "string")
    ) {
      return fail("InvalidInput", "Invalid resource record set");
    }
    const rec = { ...input.record, name: input.record.name.replace(/\.$/, "").toLowerCase() };
    const records = [...z.records.filter((r) => !(r.name === rec.name && r.type === rec.type)), rec];
    return ok(put(world, "hostedZones", z.id, { ...z, records }), true as const);
  });
}

// ── on-premises (simulation only) ───────────────────────────────────────────
export interface CreateOnPremNetworkInput {
  name: string;
  cidrBlock: string;
  dnsServerIp?: string;
  dnsForwardToVpcId?: string;
  internetAccess?: boolean;
  defaultRouteViaVpn?: boolean;
}

export function createOnPremNetwork(world: World, input: CreateOnPremNetworkInput): OpResult<OnPremNetwork> {
  return guardObj(input, () => {
    {
      const te = badType(input, {
        name: "string",
        cidrBlock: "string",
        dnsServerIp: "string",
        dnsForwardToVpcId: "string",
        internetAccess: "boolean",
        defaultRouteViaVpn: "boolean",
      });
      if (te) return fail(te.code, te.message);
    }
    if (typeof input?.name !== "string" || input.name.length === 0)
      return fail("MissingParameter", "The request must contain the parameter name");
    const cidr = parseCidr(input.cidrBlock);
    if (!cidr)
      return fail(
        "InvalidParameterValue",
        `Value (${show(input.cidrBlock)}) for parameter cidrBlock is invalid. This is not a valid CIDR block.`,
      );
    const n = world.seq + 1;
    const id = `onprem-${hexFor(world.seed, n, 8)}`;
    const dns =
      input.dnsServerIp ??
      `${(cidr.base >>> 24) & 255}.${(cidr.base >>> 16) & 255}.${(cidr.base >>> 8) & 255}.${(cidr.base & 255) + 53}`;
    const net: OnPremNetwork = {
      id,
      name: input.name,
      cidrBlock: input.cidrBlock,
      dnsServerIp: dns,
      internetAccess: input.internetAccess ?? true,
      defaultRouteViaVpn: input.defaultRouteViaVpn ?? false,
      tags: [{ Key: "Name", Value: input.name }],
    };
    if (input.dnsForwardToVpcId) net.dnsForwardToVpcId = input.dnsForwardToVpcId;
    return ok(put({ ...world, seq: n }, "onPremNetworks", id, net), net);
  });
}

export function createOnPremHost(
  world: World,
  input: { name: string; networkId: string; ip: string; principalArn?: string; listeningPorts?: number[] },
): OpResult<OnPremHost> {
  return guardObj(input, () => {
    {
      const te = badType(input, {
        name: "string",
        networkId: "string",
        ip: "string",
        principalArn: "string",
        listeningPorts: "number[]",
      });
      if (te) return fail(te.code, te.message);
    }
    if (typeof input?.name !== "string" || input.name.length === 0)
      return fail("MissingParameter", "The request must contain the parameter name");
    const net = world.onPremNetworks[input.networkId];
    if (!net) return fail("InvalidParameterValue", `Unknown on-premises network ${show(input.networkId)}`);
    const ip = parseIp(input.ip);
    const cidr = parseCidr(net.cidrBlock);
    if (ip === undefined || !cidr || !cidrContains(cidr, ip))
      return fail("InvalidParameterValue", `Address ${show(input.ip)} is not in ${net.cidrBlock}`);
    const n = world.seq + 1;
    const id = `host-${hexFor(world.seed, n, 8)}`;
    const host: OnPremHost = {
      id,
      name: input.name,
      networkId: net.id,
      ip: input.ip,
      listeningPorts: input.listeningPorts ?? [22],
    };
    if (input.principalArn) host.principalArn = input.principalArn;
    return ok(put({ ...world, seq: n }, "onPremHosts", id, host), host);
  });
}

/**
 * EC2 CreateTags: every resource must exist (checked as its Describe would: malformed id, not
 * found, not yours) before any is tagged; tags with the same key are replaced. Honors dryRun.
 */
export function createTags(
  world: World,
  input: { resources: string[]; tags: Array<{ Key: string; Value?: string }>; dryRun?: boolean },
  ctx?: OpContext,
): OpResult<true> {
  return guardObj(input, () => {
    const c = resolveCtx(world, ctx);
    const ids = Array.isArray(input?.resources) ? input.resources : [];
    if (ids.length === 0) return fail("MissingParameter", "The request must contain the parameter resourceIdSet");
    if (!Array.isArray(input?.tags) || input.tags.length === 0) return fail("MissingParameter", "The request must contain the parameter tagSet");
    for (const t of input.tags) {
      if (typeof t?.Key !== "string" || t.Key === "") return fail("InvalidParameterValue", "Tag keys must not be empty");
      if (t.Key.toLowerCase().startsWith("aws:")) return fail("InvalidParameterValue", "Tag keys starting with 'aws:' are reserved for internal use");
    }
    let w = world;
    for (const id of ids) {
      const kind = (Object.keys(KINDS) as KindName[]).find((k) => typeof id === "string" && id.startsWith(KINDS[k].prefix + "-"));
      if (!kind) return fail("InvalidID", `The ID '${show(id)}' is not valid`);
      const found = lookup(w, kind, id, c);
      if (!found.ok) return fail(found.error.code, found.error.message);
      const r = tagResource(w, { resourceId: id, tags: input.tags.map((t) => ({ Key: t.Key, Value: t.Value ?? "" })) });
      if (!r.ok) return r;
      w = r.world;
    }
    return ok(w, true as const);
  });
}

export function tagResource(
  world: World,
  input: { resourceId: string; tags: Array<{ Key: string; Value: string }> },
): OpResult<true> {
  return guardObj(input, () => {
    const tags = asTags(input?.tags);
    for (const coll of [
      "vpcs",
      "subnets",
      "routeTables",
      "internetGateways",
      "natGateways",
      "securityGroups",
      "networkAcls",
      "networkInterfaces",
      "instances",
      "vpcEndpoints",
      "endpointServices",
      "customerGateways",
      "vpnGateways",
      "vpnConnections",
      "vpcPeeringConnections",
    ] as const) {
      const items = world[coll] as Record<string, { tags: Array<{ Key: string; Value: string }> }>;
      const item = items[input.resourceId];
      if (item) {
        const merged = [...item.tags.filter((t) => !tags.some((n) => n.Key === t.Key)), ...tags];
        return ok(
          { ...world, [coll]: { ...items, [input.resourceId]: { ...item, tags: merged } } } as World,
          true as const,
        );
      }
    }
    return fail("InvalidID", `The ID '${show(input?.resourceId)}' is not valid`);
  });
}
