/**
 * Tab completion: commands, aws services/operations, flags of the current operation, enum values,
 * resource ids from the World, s3:// buckets and file names. Never throws.
 */
import type { ShellState } from "./types";
import { commandNames, lookupCommand } from "./registry";
import { serviceDefs, GLOBAL_OPTIONS } from "./aws/cli";
import type { ParamSpec } from "./aws/args";
import { OUTPUT_FORMATS } from "./format";
import { WAITER_NAMES } from "./aws/ec2";
import { listDir, resolvePath, isDir } from "./vfs";
import { roughWords } from "./tokenize";

export interface Completion {
  replaceFrom: number;
  candidates: string[];
}

const uniqSorted = (xs: string[]): string[] => [...new Set(xs)].sort();

function idsFor(state: ShellState, kind: NonNullable<ParamSpec["ids"]>): string[] {
  const w = state.world;
  try {
    switch (kind) {
      case "vpc":
        return Object.keys(w.vpcs ?? {});
      case "subnet":
        return Object.keys(w.subnets ?? {});
      case "rtb":
        return Object.keys(w.routeTables ?? {});
      case "sg":
        return Object.keys(w.securityGroups ?? {});
      case "vpce":
        return Object.keys(w.vpcEndpoints ?? {});
      case "vpce-svc":
        return Object.keys(w.endpointServices ?? {});
      case "pcx":
        return Object.keys(w.vpcPeeringConnections ?? {});
      case "instance":
        return Object.keys(w.instances ?? {});
      case "eni":
        return Object.keys(w.networkInterfaces ?? {});
      case "bucket":
        return Object.keys(w.buckets ?? {});
      case "nat":
        return Object.values(w.natGateways ?? {})
          .filter((n) => n.state !== "deleted")
          .map((n) => n.id);
      case "eipalloc":
        return Object.keys(w.addresses ?? {});
      case "rtbassoc":
        return Object.values(w.routeTables ?? {}).flatMap((rt) => rt.associations.filter((a) => !a.main).map((a) => a.id));
      case "vgw":
        return Object.keys(w.vpnGateways ?? {});
      case "vpn":
        return Object.keys(w.vpnConnections ?? {});
      case "gateway":
        return [...Object.keys(w.internetGateways ?? {}), ...Object.keys(w.vpnGateways ?? {}), ...Object.keys(w.vpcEndpoints ?? {}).filter((id) => w.vpcEndpoints[id]?.type === "Gateway")];
      case "service": {
        const region = w.defaultRegion ?? "us-east-1";
        const aws = ["s3", "dynamodb", "sqs", "sns", "sts", "kms", "ec2", "ec2messages", "ssm", "ssmmessages", "logs", "monitoring", "secretsmanager", "elasticloadbalancing", "execute-api", "lambda"].map(
          (s) => `com.amazonaws.${region}.${s}`,
        );
        return [...aws, ...Object.values(w.endpointServices ?? {}).map((s) => s.serviceName)];
      }
      case "file":
        return [];
    }
  } catch {
    return [];
  }
  return [];
}

function fileCandidates(state: ShellState, word: string, prefix = ""): string[] {
  const slash = word.lastIndexOf("/");
  const dirPart = slash >= 0 ? word.slice(0, slash + 1) : "";
  const abs = resolvePath(state, dirPart || ".");
  if (!isDir(state, abs)) return [];
  return listDir(state, abs)
    .filter((n) => !n.startsWith(".") || word.slice(slash + 1).startsWith("."))
    .map((n) => prefix + dirPart + n);
}

function hostCandidates(state: ShellState): string[] {
  const w = state.world;
  const res: string[] = [];
  for (const i of Object.values(w.instances ?? {})) {
    res.push(i.privateIpAddress);
    const name = i.tags?.find((t) => t.Key === "Name")?.Value;
    if (name) res.push(name);
  }
  return res;
}

export function complete(state: ShellState, line: string, cursor?: number): Completion {
  try {
    return completeInner(state, String(line ?? ""), cursor);
  } catch {
    return { replaceFrom: typeof cursor === "number" ? cursor : String(line ?? "").length, candidates: [] };
  }
}

function completeInner(state: ShellState, line: string, cursorArg?: number): Completion {
  const cursor = Math.max(0, Math.min(line.length, typeof cursorArg === "number" && Number.isFinite(cursorArg) ? cursorArg : line.length));
  const head = line.slice(0, cursor);
  let start = cursor;
  while (start > 0 && !/[\s|;&]/.test(head[start - 1])) start--;
  let word = head.slice(start);
  let replaceFrom = start;
  // --flag=value: complete the value only.
  const eq = word.startsWith("--") ? word.indexOf("=") : -1;
  let flagOfEq: string | null = null;
  if (eq >= 0) {
    flagOfEq = word.slice(2, eq);
    replaceFrom = start + eq + 1;
    word = word.slice(eq + 1);
  }
  const before = head.slice(0, start);
  const endsWithSep = /(^|[|;&])\s*$/.test(before);
  const words = endsWithSep ? [] : roughWords(before + "x").slice(0, -1);
  const filter = (cands: string[]) => ({ replaceFrom, candidates: uniqSorted(cands.filter((c) => c.startsWith(word))) });

  if (words.length === 0) return filter([...commandNames(), "help"]);
  const cmd = words[0];
  if (cmd === "aws") return completeAws(state, words.slice(1), word, flagOfEq, filter);
  if (["ssh", "ping", "nc", "traceroute"].includes(cmd) && !word.startsWith("-")) return filter(hostCandidates(state));
  if (["dig", "nslookup", "host"].includes(cmd) && !word.startsWith("-")) {
    const region = state.world.defaultRegion ?? "us-east-1";
    return filter([`s3.${region}.amazonaws.com`, `sqs.${region}.amazonaws.com`, `dynamodb.${region}.amazonaws.com`, `ec2.${region}.amazonaws.com`, `sts.${region}.amazonaws.com`, "+short"]);
  }
  if (word.startsWith("-")) return filter(lookupCommand(cmd)?.flags ?? []);
  return filter(fileCandidates(state, word));
}

function completeAws(
  state: ShellState,
  rest: string[],
  word: string,
  flagOfEq: string | null,
  filter: (c: string[]) => Completion,
): Completion {
  const positional = rest.filter((w, i) => !w.startsWith("--") && !(i > 0 && rest[i - 1].startsWith("--") && expectsValue(rest[i - 1])));
  const services = serviceDefs();
  const prev = flagOfEq !== null ? "--" + flagOfEq : rest[rest.length - 1];
  if (prev === "--output") return filter(OUTPUT_FORMATS);
  if (prev === "--region") return filter(["us-east-1", "us-east-2", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-1", "ap-southeast-2"]);
  if (prev === "--profile") return filter(["default"]);
  if (positional.length === 0) return filter(word.startsWith("-") ? GLOBAL_OPTIONS : [...services.map((s) => s.name), "help"]);
  const svc = services.find((s) => s.name === positional[0]);
  if (!svc) return filter([]);
  if (positional.length === 1) return filter(word.startsWith("-") ? GLOBAL_OPTIONS : [...svc.ops.map((o) => o.name), "help"]);
  const op = svc.ops.find((o) => o.name === positional[1]);
  if (!op) return filter([]);
  if (op.name === "wait" && positional.length === 2 && !word.startsWith("-")) return filter(WAITER_NAMES);
  const spec = prev?.startsWith("--") ? op.params.find((p) => "--" + p.name === prev) : undefined;
  if (spec && spec.type !== "boolean" && !word.startsWith("--")) {
    if (spec.choices) return filter(spec.choices);
    if (spec.name === "filters") return filter(["Name=vpc-id,Values=", "Name=tag:Name,Values=", "Name=vpc-endpoint-type,Values=", "Name=service-name,Values=", "Name=vpc-endpoint-state,Values="]);
    if (spec.ids === "file") return filter(fileCandidates(state, word.replace(/^file:\/\//, ""), "file://"));
    if (spec.ids) return filter(idsFor(state, spec.ids));
    return filter([]);
  }
  if (word.startsWith("-")) {
    const used = new Set(rest.filter((w) => w.startsWith("--")));
    return filter([...op.params.map((p) => "--" + p.name), ...GLOBAL_OPTIONS].filter((f) => !used.has(f)));
  }
  if (svc.name === "s3") {
    if (word.startsWith("s3://") || word === "" || "s3://".startsWith(word)) return filter(Object.keys(state.world.buckets ?? {}).map((b) => `s3://${b}/`));
    return filter(fileCandidates(state, word));
  }
  return filter([]);
}

function expectsValue(flag: string): boolean {
  return !["--debug", "--no-cli-pager", "--no-paginate", "--dry-run", "--recursive", "--human-readable", "--summarize", "--private-dns-enabled", "--no-private-dns-enabled", "--reset-policy", "--acceptance-required", "--dryrun", "--quiet"].includes(flag);
}
