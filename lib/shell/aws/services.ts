/** `aws sts|dynamodb|sqs|kms|elbv2` — the small families. */
import type { OpDef, ServiceDef } from "./cli";
import { cliTime } from "./cli";
import { str } from "./common";
import { md5Hex } from "./md5";
import { simCallerOf } from "../simport";

const getCallerIdentity: OpDef = {
  name: "get-caller-identity",
  api: "GetCallerIdentity",
  summary: "Returns details about the IAM user or role whose credentials are used to call the operation.",
  params: [],
  target: () => ({ service: "sts", action: "sts:GetCallerIdentity" }),
  run(call) {
    const arn = call.principalArn ?? "";
    const c = simCallerOf(call.state.world, call.host.id);
    let userId = c && c.arn === arn ? c.userId : "";
    if (!userId) {
      const m = /assumed-role\/[^/]+\/(.+)$/.exec(arn);
      userId = `AROA${call.accountId.replace(/\d/g, (d) => "ABCDEFGHIJ"[Number(d)])}X${m ? ":" + m[1] : ""}`;
    }
    // GetCallerIdentity: UserId, Account, Arn (§1.5, §2.3).
    return { kind: "data", data: { UserId: userId, Account: call.accountId, Arn: arn } };
  },
};

export const stsService: ServiceDef = { name: "sts", summary: "AWS Security Token Service.", ops: [getCallerIdentity] };

// ── dynamodb ────────────────────────────────────────────────────────────────────────────────

const listTables: OpDef = {
  name: "list-tables",
  api: "ListTables",
  summary: "Returns an array of table names associated with the current account and endpoint.",
  params: [],
  target: (call) => ({ service: "dynamodb", action: "dynamodb:ListTables", region: call.region }),
  run(call) {
    const names = Object.values(call.state.world.dynamoTables)
      .filter((t) => t.ownerId === call.accountId && t.region === call.region)
      .map((t) => t.name)
      .sort();
    return { kind: "data", data: { TableNames: names } };
  },
};

function findTable(call: Parameters<OpDef["run"]>[0], name: string) {
  return Object.values(call.state.world.dynamoTables).find((t) => (t.name === name || t.arn === name) && t.region === call.region && t.ownerId === call.accountId);
}

const scan: OpDef = {
  name: "scan",
  api: "Scan",
  summary: "Returns one or more items by accessing every item in a table.",
  params: [],
  target: (call) => {
    const t = findTable(call as Parameters<OpDef["run"]>[0], str(call.values["table-name"]) ?? "");
    return { service: "dynamodb", action: "dynamodb:Scan", region: call.region, resourceArn: t?.arn ?? `arn:aws:dynamodb:${call.region}:${call.accountId}:table/${str(call.values["table-name"])}` };
  },
  run(call) {
    const t = findTable(call, str(call.values["table-name"]) ?? "");
    if (!t) return { kind: "error", code: "ResourceNotFoundException", message: "Requested resource not found" };
    const n = Math.min(t.itemCount, 25);
    const items = Array.from({ length: n }, (_, i) => ({ pk: { S: `item-${String(i + 1).padStart(3, "0")}` }, note: { S: "simulated item" } }));
    return { kind: "data", data: { Items: items, Count: n, ScannedCount: n, ConsumedCapacity: null } };
  },
};

/** A stable UUID-shaped id from a string (the simulator has no randomness). */
function uuidOf(seed: string): string {
  let h = 2166136261;
  let hex = "";
  for (let i = 0; i < 32; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i % seed.length) ^ i, 16777619) >>> 0;
    hex += (h & 15).toString(16);
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const describeTable: OpDef = {
  name: "describe-table",
  api: "DescribeTable",
  summary: "Returns information about the table, including its status, key schema and item count.",
  params: [],
  target: (call) => {
    const t = findTable(call as Parameters<OpDef["run"]>[0], str(call.values["table-name"]) ?? "");
    return { service: "dynamodb", action: "dynamodb:DescribeTable", region: call.region, resourceArn: t?.arn ?? `arn:aws:dynamodb:${call.region}:${call.accountId}:table/${str(call.values["table-name"])}` };
  },
  run(call) {
    const name = str(call.values["table-name"]) ?? "";
    const t = findTable(call, name);
    // DynamoDB names the missing table (DescribeTable, ResourceNotFoundException).
    if (!t) return { kind: "error", code: "ResourceNotFoundException", message: `Requested resource not found: Table: ${name} not found` };
    // The simulator's tables are on-demand with one string partition key `pk` (the items scan returns).
    return {
      kind: "data",
      data: {
        Table: {
          AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
          TableName: t.name,
          KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
          TableStatus: "ACTIVE",
          ProvisionedThroughput: { NumberOfDecreasesToday: 0, ReadCapacityUnits: 0, WriteCapacityUnits: 0 },
          TableSizeBytes: t.itemCount * 40,
          ItemCount: t.itemCount,
          TableArn: t.arn,
          TableId: uuidOf(t.arn),
          BillingModeSummary: { BillingMode: "PAY_PER_REQUEST" },
          DeletionProtectionEnabled: false,
        },
      },
    };
  },
};

export const dynamodbService: ServiceDef = { name: "dynamodb", summary: "Amazon DynamoDB.", ops: [describeTable, listTables, scan] };

// ── sqs ─────────────────────────────────────────────────────────────────────────────────────

const listQueues: OpDef = {
  name: "list-queues",
  api: "ListQueues",
  summary: "Returns a list of your queues in the current region.",
  params: [],
  target: (call) => ({ service: "sqs", action: "sqs:ListQueues", region: call.region }),
  run(call) {
    const prefix = str(call.values["queue-name-prefix"]) ?? "";
    const urls = Object.values(call.state.world.sqsQueues)
      .filter((q) => q.ownerId === call.accountId && q.region === call.region && q.name.startsWith(prefix))
      .map((q) => q.url);
    // No queues → no QueueUrls member → the CLI prints nothing.
    return { kind: "data", data: urls.length ? { QueueUrls: urls } : {} };
  },
};

function queueByUrl(call: Parameters<OpDef["run"]>[0], url: string) {
  return Object.values(call.state.world.sqsQueues).find((q) => q.url === url || q.name === url);
}

const sendMessage: OpDef = {
  name: "send-message",
  api: "SendMessage",
  summary: "Delivers a message to the specified queue.",
  params: [],
  target: (call) => {
    const q = queueByUrl(call as Parameters<OpDef["run"]>[0], str(call.values["queue-url"]) ?? "");
    return { service: "sqs", action: "sqs:SendMessage", region: call.region, resourceArn: q?.arn };
  },
  run(call) {
    const q = queueByUrl(call, str(call.values["queue-url"]) ?? "");
    // [Unverified] code for a missing queue under SQS's JSON protocol.
    if (!q) return { kind: "error", code: "AWS.SimpleQueueService.NonExistentQueue", message: "The specified queue does not exist." };
    const body = str(call.values["message-body"]) ?? "";
    const w = call.state.world;
    const seq = q.messages.length + 1;
    const h = md5Hex(`${q.arn}|${seq}|${w.clock}|${body}`);
    const id = `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
    const world = { ...w, sqsQueues: { ...w.sqsQueues, [q.arn]: { ...q, messages: [...q.messages, body] } } };
    return { kind: "data", data: { MD5OfMessageBody: md5Hex(body), MessageId: id }, state: { ...call.state, world } };
  },
};

export const sqsService: ServiceDef = { name: "sqs", summary: "Amazon Simple Queue Service.", ops: [listQueues, sendMessage] };

// ── kms ─────────────────────────────────────────────────────────────────────────────────────

const listKeys: OpDef = {
  name: "list-keys",
  api: "ListKeys",
  summary: "Gets a list of all KMS keys in the caller's AWS account and Region.",
  params: [],
  target: (call) => ({ service: "kms", action: "kms:ListKeys", region: call.region }),
  run(call) {
    const keys = Object.values(call.state.world.kmsKeys)
      .filter((k) => k.ownerId === call.accountId && k.region === call.region)
      .map((k) => ({ KeyId: k.keyId, KeyArn: k.arn }));
    return { kind: "data", data: { Keys: keys, Truncated: false } };
  },
};

export const kmsService: ServiceDef = { name: "kms", summary: "AWS Key Management Service.", ops: [listKeys] };

// ── elbv2 ───────────────────────────────────────────────────────────────────────────────────

const describeLoadBalancers: OpDef = {
  name: "describe-load-balancers",
  api: "DescribeLoadBalancers",
  summary: "Describes the specified load balancers or all of your load balancers.",
  params: [],
  target: (call) => ({ service: "elasticloadbalancing", action: "elasticloadbalancing:DescribeLoadBalancers", region: call.region }),
  run(call) {
    const w = call.state.world;
    let lbs = Object.values(w.loadBalancers).filter((l) => l.ownerId === call.accountId && l.region === call.region);
    const names = call.values.names as string[] | undefined;
    if (names) {
      for (const n of names) if (!lbs.some((l) => l.name === n)) return { kind: "error", code: "LoadBalancerNotFound", message: `One or more load balancers not found` };
      lbs = lbs.filter((l) => names.includes(l.name));
    }
    const arns = call.values["load-balancer-arns"] as string[] | undefined;
    if (arns) {
      for (const a of arns) if (!lbs.some((l) => l.arn === a)) return { kind: "error", code: "LoadBalancerNotFound", message: `One or more load balancers not found` };
      lbs = lbs.filter((l) => arns.includes(l.arn));
    }
    return {
      kind: "data",
      data: {
        LoadBalancers: lbs.map((l) => ({
          LoadBalancerArn: l.arn,
          DNSName: l.dnsName,
          CanonicalHostedZoneId: "Z26RNL4JYFTOTI",
          CreatedTime: cliTime(l.createdTime),
          LoadBalancerName: l.name,
          Scheme: l.scheme,
          VpcId: l.vpcId,
          State: { Code: l.state },
          Type: l.type,
          AvailabilityZones: l.subnetIds.map((s) => ({ ZoneName: w.subnets[s]?.az ?? "", SubnetId: s, LoadBalancerAddresses: [] })),
          IpAddressType: "ipv4",
        })),
      },
    };
  },
};

export const elbv2Service: ServiceDef = { name: "elbv2", summary: "Elastic Load Balancing (v2).", ops: [describeLoadBalancers] };
