/**
 * DNS as seen from a host: the Route 53 Resolver (VPC base+2) for VPC sources, the customer's own
 * DNS server for on-prem hosts. Rules (aws-reference §5):
 *  - enableDnsSupport=false → the VPC resolver does not answer (TIMEOUT).
 *  - interface-endpoint private DNS overrides the service's public name inside the VPC only when the
 *    VPC has enableDnsSupport AND enableDnsHostnames and the endpoint has private DNS on and is available.
 *  - custom private hosted zones need both attributes too.
 *  - `vpce-…` names are public records with private answers: they resolve from anywhere, from the
 *    moment the endpoint has network interfaces (pendingAcceptance/pending/available) [Unverified
 *    for the non-available states]; the connection itself only works once it is available.
 *  - gateway endpoints never change DNS; on-prem resolvers never see private hosted zones
 *    (unless the site forwards to a Route 53 Resolver inbound endpoint in a VPC).
 */
import type { Eni, VpcEndpoint, World } from "./schema";
import type { DnsAnswer, DnsResult } from "./trace-types";
import {
  AWS_SERVICES,
  INTERNET_HOSTS,
  REGIONS,
  parseAwsServiceName,
  publicIpFor,
  servicePublicCidr,
  type AwsServiceInfo,
} from "./catalog";
import { formatIp, parseCidr, parseIp } from "./ip";
import { privateDnsNameOf } from "./ops/endpoints";
import { indexOf } from "./routing";
import { memoTable } from "./memo";

export const DNS_TTL = 60;

export function normalizeName(name: string): string {
  return String(name ?? "")
    .trim()
    .toLowerCase()
    .replace(/\.$/, "");
}

/** The VPC resolver address: VPC primary CIDR base + 2. */
export function vpcResolverIp(world: World, vpcId: string): string {
  const c = parseCidr(world.vpcs[vpcId]?.cidrBlock ?? "");
  return c ? formatIp((c.base + 2) >>> 0) : "169.254.169.253";
}

type Origin = { kind: "vpc"; vpcId: string } | { kind: "onprem"; networkId: string } | { kind: "public" };

export function originOf(world: World, fromId: string): Origin | undefined {
  const inst = world.instances[fromId];
  if (inst) return { kind: "vpc", vpcId: inst.vpcId };
  const eni = world.networkInterfaces[fromId];
  if (eni) return { kind: "vpc", vpcId: eni.vpcId };
  const host = world.onPremHosts[fromId] ?? Object.values(world.onPremHosts).find((h) => h.name === fromId);
  if (host) return { kind: "onprem", networkId: host.networkId };
  if (fromId === "internet") return { kind: "public" };
  return undefined;
}

function aRecords(name: string, ips: string[]): DnsAnswer[] {
  return ips.map((value) => ({ name, type: "A" as const, ttl: DNS_TTL, value }));
}

function endpointIps(world: World, ep: VpcEndpoint, az?: string): string[] {
  const out: string[] = [];
  for (const id of ep.networkInterfaceIds) {
    const eni: Eni | undefined = world.networkInterfaces[id];
    if (eni && (az === undefined || eni.az === az)) out.push(eni.privateIpAddress);
  }
  return out;
}

const VPCE_NAME_RE =
  /^(?:.+\.)?(vpce-[0-9a-f]{17})-([a-z0-9]{8})(?:-([a-z]{2}-[a-z]+-\d[a-z]))?\.(.+)\.([a-z]{2}-[a-z]+-\d)\.vpce\.amazonaws\.com$/;

interface ServiceHost {
  region: string;
  info: AwsServiceInfo;
  bucket?: string;
}

/** Recognise public AWS service host names (`sqs.us-east-1.amazonaws.com`, `b.s3.us-east-1.amazonaws.com`, `s3.amazonaws.com`). */
export function parseServiceHost(name: string): ServiceHost | undefined {
  const n = normalizeName(name);
  if (!n.endsWith(".amazonaws.com")) return undefined;
  const s3info = AWS_SERVICES[0];
  if (n === "s3.amazonaws.com") return { region: "us-east-1", info: s3info };
  if (n.endsWith(".s3.amazonaws.com"))
    return { region: "us-east-1", info: s3info, bucket: n.slice(0, -".s3.amazonaws.com".length) };
  if (n === "sts.amazonaws.com")
    return { region: "us-east-1", info: AWS_SERVICES.find((s) => s.key === "sts") as AwsServiceInfo };
  for (const region of Object.keys(REGIONS)) {
    const suffix = `.${region}.amazonaws.com`;
    if (!n.endsWith(suffix)) continue;
    const head = n.slice(0, -suffix.length);
    if (head === "s3" || head === "s3.dualstack") return { region, info: s3info };
    if (head.endsWith(".s3")) return { region, info: s3info, bucket: head.slice(0, -".s3".length) };
    const info = AWS_SERVICES.find((s) => s.host === head);
    if (info) return { region, info };
  }
  return undefined;
}

/** Public DNS (what any internet resolver answers). */
// An AWS service's public record depends only on its name (never on the World), so it is computed
// once per name. Results are shared: callers treat them as immutable (see resolve()).
const publicServiceRecords = new Map<string, DnsResult | null>();
function publicServiceRecord(name: string): DnsResult | null {
  let r = publicServiceRecords.get(name);
  if (r !== undefined) return r;
  const svc = parseServiceHost(name);
  r = svc
    ? {
        name,
        server: "",
        status: "NOERROR",
        answers: aRecords(name, [publicIpFor(servicePublicCidr(svc.region, svc.info), name)]),
        source: "aws-public",
        code: "DNS_RESOLVES_PUBLIC",
        message: `${name} resolves to a public ${svc.info.key.toUpperCase()} address in ${svc.region}.`,
      }
    : null;
  if (publicServiceRecords.size >= 5000) publicServiceRecords.clear();
  publicServiceRecords.set(name, r);
  return r;
}

export function resolvePublic(world: World, rawName: string): DnsResult {
  const name = normalizeName(rawName);
  const base = { name, server: "" };
  // vpce-… endpoint names: public records with private answers
  const m = VPCE_NAME_RE.exec(name);
  if (m) {
    const ep = world.vpcEndpoints[m[1]];
    if (
      ep &&
      ep.dnsToken === m[2] &&
      ep.type === "Interface" &&
      ep.region === m[5] &&
      (ep.state === "available" || ep.state === "pending" || ep.state === "pendingAcceptance")
    ) {
      const ips = endpointIps(world, ep, m[3]);
      if (ips.length > 0) {
        return {
          ...base,
          status: "NOERROR",
          answers: aRecords(name, ips),
          source: "vpce-public-record",
          code: "DNS_RESOLVES_ENDPOINT_NAME",
          message: `${name} is the endpoint's own DNS name: it resolves to the private IPs of ${ep.id}'s network interfaces, from anywhere.`,
          vpcEndpointId: ep.id,
        };
      }
    }
    return {
      ...base,
      status: "NXDOMAIN",
      answers: [],
      source: "none",
      code: "NXDOMAIN",
      message: `${name} does not exist (no available endpoint with that name).`,
    };
  }
  const svc = publicServiceRecord(name);
  if (svc) return svc;
  // EC2 public hostnames ec2-a-b-c-d.<domain>
  const ec2 = /^ec2-(\d+)-(\d+)-(\d+)-(\d+)\.(.+)$/.exec(name);
  if (ec2) {
    const ip = `${ec2[1]}.${ec2[2]}.${ec2[3]}.${ec2[4]}`;
    if (Object.values(world.instances).some((i) => i.publicIpAddress === ip && i.state === "running")) {
      return {
        ...base,
        status: "NOERROR",
        answers: aRecords(name, [ip]),
        source: "ec2-public",
        code: "DNS_RESOLVES_PUBLIC",
        message: `${name} is an EC2 public hostname.`,
      };
    }
  }
  // load balancers
  for (const lb of Object.values(world.loadBalancers)) {
    if (lb.dnsName === name) {
      const ips = lb.networkInterfaceIds
        .map((id) => world.networkInterfaces[id])
        .filter((e): e is Eni => !!e)
        .map((e) => (lb.scheme === "internet-facing" && e.publicIp ? e.publicIp : e.privateIpAddress));
      return {
        ...base,
        status: "NOERROR",
        answers: aRecords(name, ips),
        source: "aws-public",
        code: "DNS_RESOLVES_LOAD_BALANCER",
        message: `${name} is the DNS name of load balancer ${lb.name}.`,
      };
    }
  }
  const inet = INTERNET_HOSTS[name];
  if (inet)
    return {
      ...base,
      status: "NOERROR",
      answers: aRecords(name, [inet]),
      source: "internet",
      code: "DNS_RESOLVES_PUBLIC",
      message: `${name} is an internet host.`,
    };
  return {
    ...base,
    status: "NXDOMAIN",
    answers: [],
    source: "none",
    code: "NXDOMAIN",
    message: `${name} does not exist.`,
  };
}

function nameMatchesPrivateDns(name: string, dnsName: string, isS3: boolean): boolean {
  if (name === dnsName) return true;
  return isS3 && name.endsWith("." + dnsName);
}

/** Resolve `name` inside a VPC through its Route 53 Resolver. */
export function resolveInVpc(world: World, vpcId: string, rawName: string, depth = 0): DnsResult {
  const name = normalizeName(rawName);
  const vpc = world.vpcs[vpcId];
  const server = vpcResolverIp(world, vpcId);
  if (!vpc)
    return {
      status: "TIMEOUT",
      name,
      answers: [],
      server,
      source: "none",
      code: "NO_RESOLVER",
      message: "No DNS resolver is reachable.",
    };
  if (!vpc.enableDnsSupport) {
    return {
      status: "TIMEOUT",
      name,
      answers: [],
      server,
      source: "none",
      code: "DNS_SUPPORT_DISABLED",
      message: `enableDnsSupport is false on ${vpc.id}: the Amazon-provided resolver at ${server} does not answer.`,
    };
  }
  const phzAllowed = vpc.enableDnsHostnames;
  // 1. custom private hosted zones
  if (phzAllowed) {
    for (const z of Object.values(world.hostedZones)) {
      if (!z.private || !z.vpcs.some((v) => v.vpcId === vpcId)) continue;
      if (name !== z.name && !name.endsWith("." + z.name)) continue;
      const recs = z.records.filter((r) => r.name === name);
      const a = recs.find((r) => r.type === "A");
      if (a)
        return {
          status: "NOERROR",
          name,
          answers: aRecords(name, a.values),
          server,
          source: "private-hosted-zone",
          code: "DNS_RESOLVES_PRIVATE_ZONE",
          message: `${name} is answered by private hosted zone ${z.name} (${z.id}).`,
        };
      const cname = recs.find((r) => r.type === "CNAME");
      if (cname && depth < 8) {
        const next = resolveInVpc(world, vpcId, cname.values[0], depth + 1);
        return {
          ...next,
          name,
          answers: [{ name, type: "CNAME", ttl: cname.ttl, value: normalizeName(cname.values[0]) }, ...next.answers],
        };
      }
      return {
        status: "NXDOMAIN",
        name,
        answers: [],
        server,
        source: "private-hosted-zone",
        code: "NXDOMAIN",
        message: `${name} is not in private hosted zone ${z.name}.`,
      };
    }
  }
  // 2. interface endpoint private DNS
  const vpcEndpoints = indexOf(world).endpointsByVpc.get(vpcId) ?? [];
  for (const ep of vpcEndpoints) {
    if (ep.type !== "Interface" || !ep.privateDnsEnabled || ep.state !== "available") continue;
    const dnsName = privateDnsNameOf(world, ep);
    if (!dnsName) continue;
    const isS3 = parseAwsServiceName(ep.serviceName)?.info.key === "s3";
    if (!nameMatchesPrivateDns(name, dnsName, isS3)) continue;
    if (!phzAllowed) break; // private DNS needs both attributes; fall through to public
    const ips = endpointIps(world, ep);
    return {
      status: "NOERROR",
      name,
      answers: aRecords(name, ips),
      server,
      source: "endpoint-private-dns",
      code: "DNS_RESOLVES_PRIVATE_ENDPOINT",
      message: `Private DNS of ${ep.id} answers ${name} with the endpoint's private IPs.`,
      vpcEndpointId: ep.id,
    };
  }
  // 3a. reverse lookups: with enableDnsHostnames the Resolver's auto-defined reverse rules answer
  // PTR for the VPC's private addresses with their EC2 private hostname (Route 53 Resolver,
  // "auto-defined rules for reverse DNS"); other addresses go on to public DNS, which has none here.
  const reverse = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\.in-addr\.arpa$/.exec(name);
  if (reverse && vpc.enableDnsHostnames) {
    const ip = `${reverse[4]}.${reverse[3]}.${reverse[2]}.${reverse[1]}`;
    const domain = REGIONS[vpc.region]?.internalDomain;
    if (domain && Object.values(world.networkInterfaces).some((e) => e.vpcId === vpcId && e.privateIpAddress === ip)) {
      return {
        status: "NOERROR",
        name,
        answers: [{ name, type: "PTR", ttl: DNS_TTL, value: `ip-${ip.replace(/\./g, "-")}.${domain}` }],
        server,
        source: "ec2-internal",
        code: "DNS_RESOLVES_INTERNAL",
        message: `${ip} is a private address in ${vpc.id}; the Resolver's reverse rule names it ip-${ip.replace(/\./g, "-")}.${domain}.`,
      };
    }
  }
  // 3. EC2 internal names ip-a-b-c-d.<region internal domain>
  const internal = /^ip-(\d+)-(\d+)-(\d+)-(\d+)\.(.+)$/.exec(name);
  if (internal && internal[5] === REGIONS[vpc.region]?.internalDomain) {
    const ip = `${internal[1]}.${internal[2]}.${internal[3]}.${internal[4]}`;
    if (
      parseIp(ip) !== undefined &&
      Object.values(world.networkInterfaces).some((e) => e.vpcId === vpcId && e.privateIpAddress === ip)
    ) {
      return {
        status: "NOERROR",
        name,
        answers: aRecords(name, [ip]),
        server,
        source: "ec2-internal",
        code: "DNS_RESOLVES_INTERNAL",
        message: `${name} is an EC2 private hostname in ${vpc.id}.`,
      };
    }
  }
  // 4. everything else: public DNS (EC2 public hostnames resolve to private IPs inside the VPC)
  const pub = resolvePublic(world, name);
  if (pub.source === "ec2-public" && vpc.enableDnsHostnames) {
    const ip = pub.answers[0]?.value;
    const inst = Object.values(world.instances).find((i) => i.publicIpAddress === ip && i.vpcId === vpcId);
    if (inst)
      return {
        ...pub,
        server,
        answers: aRecords(name, [inst.privateIpAddress]),
        message: `${name} resolves to the instance's private IP inside its own VPC.`,
      };
  }
  let message = pub.message;
  if (pub.code === "DNS_RESOLVES_PUBLIC") {
    const svc = parseServiceHost(name);
    const ep =
      svc &&
      vpcEndpoints.find(
        (e) =>
          e.type === "Interface" &&
          parseAwsServiceName(e.serviceName)?.info.key === svc.info.key &&
          parseAwsServiceName(e.serviceName)?.region === svc.region,
      );
    if (ep) {
      const why = !ep.privateDnsEnabled
        ? `private DNS is off on ${ep.id}`
        : !phzAllowed
          ? `${vpc.id} has enableDnsHostnames=false`
          : `${ep.id} is ${ep.state}, not available`;
      message = `${name} resolves to a public address because ${why}; use the endpoint's own DNS name or fix that to reach it privately.`;
    }
  }
  return { ...pub, server, message };
}

/** Resolve `name` as the host `fromId` (instance id, ENI id, on-prem host id or name) would. Never throws. */
export function resolve(world: World, fromId: string, name: string): DnsResult {
  if (typeof fromId !== "string" || typeof name !== "string") return resolveUncached(world, fromId, name);
  const table = resolveTable(world);
  const key = fromId + "\u0000" + name;
  const hit = table.get(key);
  if (hit) return hit;
  const r = resolveUncached(world, fromId, name);
  table.set(key, r);
  return r;
}

// Results are shared between callers resolving the same name in the same World: treat them as immutable.
const resolveTable = memoTable<DnsResult>();

function resolveUncached(world: World, fromId: string, name: string): DnsResult {
  try {
    return resolveInner(world, fromId, name);
  } catch (e) {
    return {
      status: "TIMEOUT",
      name: normalizeName(name),
      answers: [],
      server: "",
      source: "none",
      code: "INTERNAL_ERROR",
      message: e instanceof Error ? e.message : "internal error",
    };
  }
}

function resolveInner(world: World, fromId: string, name: string): DnsResult {
  const origin = originOf(world, fromId);
  const n = normalizeName(name);
  if (!origin)
    return {
      status: "TIMEOUT",
      name: n,
      answers: [],
      server: "",
      source: "none",
      code: "SOURCE_NOT_FOUND",
      message: `Unknown source ${fromId}.`,
    };
  if (origin.kind === "vpc") return resolveInVpc(world, origin.vpcId, n);
  if (origin.kind === "public") return resolvePublic(world, n);
  const net = world.onPremNetworks[origin.networkId];
  const server = net?.dnsServerIp ?? "";
  if (net?.dnsForwardToVpcId && world.vpcs[net.dnsForwardToVpcId]) {
    const fwd = net.dnsForwardToVpcId;
    const forwardable =
      n.endsWith(".amazonaws.com") ||
      Object.values(world.hostedZones).some(
        (z) => z.vpcs.some((v) => v.vpcId === fwd) && (n === z.name || n.endsWith("." + z.name)),
      );
    if (forwardable) {
      const r = resolveInVpc(world, fwd, n);
      return {
        ...r,
        server,
        message: `${r.message} (forwarded by the on-premises DNS server to a Route 53 Resolver inbound endpoint in ${fwd})`,
      };
    }
  }
  const pub = resolvePublic(world, n);
  const msg =
    pub.code === "DNS_RESOLVES_PUBLIC" && parseServiceHost(n)
      ? `${pub.message} On-premises DNS servers never see a VPC's private hosted zones, so the public answer is returned.`
      : pub.message;
  return { ...pub, server, message: msg };
}
