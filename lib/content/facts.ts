/**
 * Quoted facts must exist in the world (issue 13). `worldFacts` lists what a World really has:
 * every private address and CIDR with its owner and role, every name. `checkFacts` reads lesson
 * text (prose, tables, figure text and alt) line by line and reports each private IPv4 address,
 * private CIDR, host name or Name tag that the world does not have, or has with another owner or
 * role. `checkClaims` tests what a text says about its live world ("one tunnel is up", "private
 * DNS is off") against that world.
 */
import ipaddr from "ipaddr.js";
import type { World } from "@/lib/sim";

export type Owner = { name: string; role: string };
export type Facts = {
  ips: Map<string, Owner[]>;
  cidrs: Map<string, Owner[]>;
  names: Set<string>;
  /** every resource id in the world, and the DNS label of each interface endpoint (vpce-…-abcd1234) */
  ids: Set<string>;
};

const nameOf = (tags: Array<{ Key: string; Value: string }> | undefined) => tags?.find((t) => t.Key === "Name")?.Value;

function add(map: Map<string, Owner[]>, key: string | undefined, owner: Owner) {
  if (!key) return;
  const list = map.get(key) ?? [];
  if (!list.some((o) => o.name === owner.name && o.role === owner.role)) list.push(owner);
  map.set(key, list);
}

/** A subnet is public when its route table sends some route to an internet gateway (lesson 7's definition). */
function subnetIsPublic(world: World, subnetId: string, vpcId: string): boolean {
  const tables = Object.values(world.routeTables);
  const rt =
    tables.find((t) => t.associations.some((a) => a.subnetId === subnetId)) ??
    tables.find((t) => t.vpcId === vpcId && t.associations.some((a) => a.main));
  return !!rt?.routes.some((r) => r.gatewayId?.startsWith("igw-"));
}

export function worldFacts(world: World): Facts {
  const ips = new Map<string, Owner[]>();
  const cidrs = new Map<string, Owner[]>();
  const names = new Set<string>();
  const named = (tags: Array<{ Key: string; Value: string }> | undefined, fallback: string) => {
    const n = nameOf(tags);
    if (n) names.add(n);
    return n ?? fallback;
  };
  for (const v of Object.values(world.vpcs)) {
    const n = named(v.tags, v.id);
    for (const c of v.cidrBlocks?.length ? v.cidrBlocks : [v.cidrBlock]) {
      add(cidrs, c, { name: n, role: "vpc" });
      // the Amazon DNS server: the VPC's base address plus two
      const base = ipaddr.parseCIDR(c)[0].toByteArray();
      base[3] += 2;
      add(ips, base.join("."), { name: n, role: "vpc-resolver" });
    }
  }
  for (const s of Object.values(world.subnets)) {
    add(cidrs, s.cidrBlock, { name: named(s.tags, s.id), role: subnetIsPublic(world, s.id, s.vpcId) ? "public-subnet" : "private-subnet" });
  }
  for (const i of Object.values(world.instances)) {
    const n = named(i.tags, i.id);
    add(ips, i.privateIpAddress, { name: n, role: "instance" });
    add(ips, i.publicIpAddress, { name: n, role: "instance" });
  }
  const endpointByEni = new Map<string, string>();
  for (const e of Object.values(world.vpcEndpoints)) {
    const n = named(e.tags, e.id);
    for (const eni of e.networkInterfaceIds ?? []) endpointByEni.set(eni, n);
  }
  for (const e of Object.values(world.networkInterfaces)) {
    const instance = e.attachment?.instanceId ? world.instances[e.attachment.instanceId] : undefined;
    const owner = instance
      ? { name: nameOf(instance.tags) ?? instance.id, role: "instance" }
      : endpointByEni.has(e.id)
        ? { name: endpointByEni.get(e.id) ?? e.id, role: "endpoint-interface" }
        : { name: nameOf(e.tags) ?? e.description ?? e.id, role: e.interfaceType ?? "interface" };
    add(ips, e.privateIpAddress, owner);
  }
  for (const g of Object.values(world.natGateways)) {
    const n = named(g.tags, g.id);
    add(ips, g.privateIp, { name: n, role: "nat-gateway" });
    add(ips, g.publicIp, { name: n, role: "nat-gateway" });
  }
  for (const net of Object.values(world.onPremNetworks ?? {})) {
    names.add(net.name);
    add(cidrs, net.cidrBlock, { name: net.name, role: "onprem-network" });
  }
  for (const h of Object.values(world.onPremHosts ?? {})) {
    names.add(h.name);
    add(ips, h.ip, { name: h.name, role: "onprem-host" });
  }
  // every CIDR a route, rule or tunnel names is a fact of the world too (e.g. 192.168.0.0/16 in app-sg)
  for (const rt of Object.values(world.routeTables)) {
    named(rt.tags, rt.id);
    for (const r of rt.routes) if (r.destinationCidrBlock) add(cidrs, r.destinationCidrBlock, { name: nameOf(rt.tags) ?? rt.id, role: "route" });
  }
  for (const sg of Object.values(world.securityGroups)) {
    names.add(sg.groupName);
    for (const r of [...sg.ingress, ...sg.egress]) add(cidrs, r.cidrIpv4, { name: sg.groupName, role: "rule" });
  }
  for (const coll of [world.internetGateways, world.customerGateways, world.vpnGateways, world.vpnConnections, world.vpcPeeringConnections, world.transitGateways, world.endpointServices] as Array<Record<string, { tags?: Array<{ Key: string; Value: string }> }>>) {
    for (const r of Object.values(coll ?? {})) named(r.tags, "");
  }
  for (const lb of Object.values(world.loadBalancers ?? {})) names.add(lb.name);
  for (const b of Object.values(world.buckets ?? {})) names.add(b.name);
  for (const q of Object.values(world.sqsQueues ?? {})) names.add(q.name);
  names.delete("");
  const ids = new Set<string>();
  const collect = (v: unknown) => {
    if (typeof v === "string") {
      if (/^[a-z]+(?:-[a-z]+)*-[0-9a-f]{8,17}$/.test(v)) ids.add(v);
    } else if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === "object") Object.values(v).forEach(collect);
  };
  collect(world);
  for (const e of Object.values(world.vpcEndpoints)) if (e.dnsToken) ids.add(`${e.id}-${e.dnsToken}`);
  return { ips, cidrs, names, ids };
}

export function mergeFacts(all: Facts[]): Facts {
  const out: Facts = { ips: new Map(), cidrs: new Map(), names: new Set(), ids: new Set() };
  for (const f of all) {
    for (const i of f.ids) out.ids.add(i);
    for (const [k, v] of f.ips) for (const o of v) add(out.ips, k, o);
    for (const [k, v] of f.cidrs) for (const o of v) add(out.cidrs, k, o);
    for (const n of f.names) out.names.add(n);
  }
  return out;
}

// ── reading text ────────────────────────────────────────────────────────────

const IPV4 = String.raw`(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,2})?(?![\d.]*\d)`;

function isPrivate(value: string): boolean {
  const ip = value.split("/")[0];
  if (!ipaddr.IPv4.isValid(ip)) return false;
  return ipaddr.IPv4.parse(ip).range() === "private";
}

/** Name-like words: `corp-laptop`, `private-rt`, `lab-vpc` (kebab-case, a letter first). */
const NAME_WORD = /(?<![\w.:/-])([a-z][a-z0-9]*(?:-[a-z0-9]+)+)(?![\w/-]|\.\w)/g;
/** AWS CLI subcommands and options are not resource names. */
const CLI_WORD = /^(?:vpce|rtb|igw|nat|vgw|cgw|pcx|tgw|eni|sg|subnet|vpc|pl)-|^(?:create|describe|modify|delete|enable|disable|accept|reject|list|get|put|associate|disassociate|attach|detach|authorize|revoke|replace|start|stop)-/;
/** What a host or resource name looks like, when nothing in any world has it. */
const NAME_SHAPE = /-(?:laptop|server|host|vpc|rt|sg|igw|nat|dc|gwlbe|nlb|api|subnet)$|^(?:public|private|app|svc)-[a-z]$/;

export type Miss = { line: number; message: string };

/**
 * Checks text lines against the facts of their world. `known` is every name any world has (so a
 * name from another lesson's world is caught); `examples` are values the text marks as examples
 * outside its world.
 */
export function checkFacts(
  lines: Array<{ line: number; text: string }>,
  facts: Facts,
  opts: { known: Set<string>; examples: string[]; worldLabel: string },
): Miss[] {
  const misses: Miss[] = [];
  const examples = new Set(opts.examples);
  for (const { line, text } of lines) {
    // values
    for (const m of text.matchAll(new RegExp(IPV4, "g"))) {
      const value = m[0];
      if (!isPrivate(value) || examples.has(value)) continue;
      const isCidr = value.includes("/");
      const owners = (isCidr ? facts.cidrs : facts.ips).get(value);
      if (!owners) {
        misses.push({ line, message: `${value} is not in ${opts.worldLabel}${near(value, facts)} (mark it in front matter \`examples\` if it is an example outside the world)` });
        continue;
      }
      const before = text.slice(Math.max(0, (m.index ?? 0) - 48), m.index ?? 0);
      const after = text.slice((m.index ?? 0) + value.length, (m.index ?? 0) + value.length + 24);
      // role: "private subnet(s) 10.0.1.0/24", "public subnet 10.0.2.0/24"
      const kind = /\b(public|private) subnets?\b[^.;:'’]{0,24}$/i.exec(before)?.[1]?.toLowerCase();
      if (isCidr && kind && !owners.some((o) => o.role === `${kind}-subnet`)) {
        misses.push({ line, message: `${value} is called a ${kind} subnet, but in ${opts.worldLabel} it is ${describe(owners)}` });
        continue;
      }
      // owner: "`app-server` at 10.0.2.15", "corp-laptop (192.168.1.10)", "10.0.2.4 in `private-a`" is fine either way
      const owner = lastName(before, facts) ?? firstNameInParens(after, facts);
      if (owner && !owners.some((o) => o.name === owner) && !ownsByContainment(owner, value, facts)) {
        misses.push({ line, message: `${value} is given to ${owner}, but in ${opts.worldLabel} it is ${describe(owners)}` });
      }
    }
    // resource ids: a quoted vpc-/rtb-/vpce-… id must be one the world has
    for (const m of text.matchAll(/\b(?:vpce-svc|vpce|vpc|subnet|rtb|sg|eni|igw|nat|vgw|cgw|vpn|pcx|tgw|i)-[0-9a-f]{8,17}(?:-[a-z0-9]{8}(?=[.\s`]))?\b/g)) {
      if (!facts.ids.has(m[0]) && !examples.has(m[0])) misses.push({ line, message: `${m[0]} is not an id in ${opts.worldLabel}` });
    }
    // roles of named subnets: "the private subnet `public-a`"
    for (const m of text.matchAll(/\b(public|private) subnets? `?([a-z][a-z0-9]*(?:-[a-z0-9]+)+)`?/gi)) {
      const kind = m[1].toLowerCase();
      const roles = [...facts.cidrs.values()].flat().filter((o) => o.name === m[2] && o.role.endsWith("subnet"));
      if (roles.length && !roles.some((o) => o.role === `${kind}-subnet`)) {
        misses.push({ line, message: `${m[2]} is called a ${kind} subnet, but in ${opts.worldLabel} it is ${describe(roles)}` });
      }
    }
    // names
    for (const m of text.matchAll(NAME_WORD)) {
      const word = m[1];
      if (facts.names.has(word) || examples.has(word) || CLI_WORD.test(word)) continue;
      if (opts.known.has(word) || NAME_SHAPE.test(word)) {
        misses.push({ line, message: `\`${word}\` is not a name in ${opts.worldLabel} (mark it in front matter \`examples\` if it is an example outside the world)` });
      }
    }
  }
  return misses;
}

function describe(owners: Owner[]): string {
  return owners.map((o) => `${o.name} (${o.role.replace(/-/g, " ")})`).join(", ");
}

/** For an address that doesn't exist: what does the world have near it? */
function near(value: string, facts: Facts): string {
  const ip = value.split("/")[0];
  if (value.includes("/")) return "";
  const inside = [...facts.cidrs.entries()].filter(([c, o]) => o.some((x) => x.role.endsWith("subnet")) && ipaddr.IPv4.parse(ip).match(ipaddr.IPv4.parseCIDR(c)));
  const hosts = [...facts.ips.entries()].filter(([a]) => inside.some(([c]) => ipaddr.IPv4.parse(a).match(ipaddr.IPv4.parseCIDR(c)))).map(([a, o]) => `${o[0].name} ${a}`);
  return inside.length ? ` (it falls in ${inside.map(([c, o]) => `${o[0].name} ${c}`).join(", ")}${hosts.length ? `, whose addresses are ${hosts.join(", ")}` : ""})` : "";
}

/** The last world name in the text before a value, if it is right before it ("`app-server` at "). */
function lastName(before: string, facts: Facts): string | undefined {
  const m = /`?([a-z][a-z0-9]*(?:-[a-z0-9]+)+)`?(?: (?:at|is|on|has|with address|uses|=))?\s*\(?`?$/.exec(before);
  return m && facts.names.has(m[1]) ? m[1] : undefined;
}

function firstNameInParens(after: string, facts: Facts): string | undefined {
  const m = /^`?\s*\(`?([a-z][a-z0-9]*(?:-[a-z0-9]+)+)`?\)/.exec(after);
  return m && facts.names.has(m[1]) ? m[1] : undefined;
}

/** A CIDR of a VPC or subnet may be quoted next to the VPC or subnet that contains it (`lab-vpc` 10.0.2.0/24). */
function ownsByContainment(owner: string, value: string, facts: Facts): boolean {
  const mine = [...facts.cidrs.entries()].filter(([, o]) => o.some((x) => x.name === owner)).map(([c]) => c);
  const ip = value.split("/")[0];
  return mine.some((c) => ipaddr.IPv4.parse(ip).match(ipaddr.IPv4.parseCIDR(c)));
}

// ── claims about the live world ─────────────────────────────────────────────

export type Claim = { pattern: RegExp; holds: (w: World) => boolean; says: string };

const tunnels = (w: World) => Object.values(w.vpnConnections).flatMap((c) => c.tunnels);
const interfaceEndpoints = (w: World) => Object.values(w.vpcEndpoints).filter((e) => e.type === "Interface" && !e.serviceName.includes(".vpce."));

/** What a lesson may say about its live element, and how to check it. */
export const CLAIMS: Claim[] = [
  { pattern: /\b(?:both|its two|the two) tunnels (?:are|is) (?:still )?\**down\b|\bVPN[^.]* is not up\b/i, holds: (w) => tunnels(w).length > 0 && tunnels(w).every((t) => t.status === "DOWN"), says: "every VPN tunnel is down" },
  { pattern: /\bone (?:of (?:its|the) two )?tunnels? (?:is|reports) \**`?up\b/i, holds: (w) => tunnels(w).filter((t) => t.status === "UP").length === 1, says: "exactly one VPN tunnel is up" },
  { pattern: /\bprivate DNS (?:is |turned )*\**(?:off|disabled)\b/i, holds: (w) => interfaceEndpoints(w).some((e) => !e.privateDnsEnabled), says: "an interface endpoint has private DNS off" },
  { pattern: /\bprivate DNS is (?:turned )?(?:on|enabled)\b|\bwith private DNS (?:turned )?on\b/i, holds: (w) => interfaceEndpoints(w).some((e) => e.privateDnsEnabled), says: "an interface endpoint has private DNS on" },
  { pattern: /\bDNS hostnames (?:attribute )?(?:is |are )?\**off\b|\bDNS hostnames \**off\b/i, holds: (w) => Object.values(w.vpcs).some((v) => !v.enableDnsHostnames), says: "a VPC has DNS hostnames off" },
  { pattern: /\b(?:both|the two) tunnels (?:are|report) \**`?UP\b/i, holds: (w) => tunnels(w).length > 0 && tunnels(w).every((t) => t.status === "UP"), says: "both VPN tunnels are up" },
  { pattern: /\bno (?:VPC )?endpoints?(?! policy)\b|\bnothing has been created yet\b/i, holds: (w) => Object.keys(w.vpcEndpoints).length === 0, says: "there is no VPC endpoint" },
  { pattern: /\bno NAT gateway\b/i, holds: (w) => Object.keys(w.natGateways).length === 0, says: "there is no NAT gateway" },
  { pattern: /\b(?:stuck|waits|is waiting|sits) in `?pendingAcceptance\b/i, holds: (w) => Object.values(w.vpcEndpoints).some((e) => e.state === "pendingAcceptance"), says: "an endpoint waits in pendingAcceptance" },
  { pattern: /\bno (?:route back|return route)\b|\bhas no route back\b/i, holds: (w) => Object.values(w.onPremNetworks ?? {}).length > 0, says: "there is an on-premises network to route back to" },
];

/** Sentences about the live element: they point at it ("in this world", "here", "above", "below"). */
const DEICTIC = /\b(?:this world|in this world|the world above|this VPC|here|below|above|the terminal|live world)\b/i;

export function checkClaims(lines: Array<{ line: number; text: string }>, world: World, opts: { always?: boolean; worldLabel: string }): Miss[] {
  const misses: Miss[] = [];
  for (const { line, text } of lines) {
    // a paragraph that points at the live world makes all its sentences about it
    if (!opts.always && !DEICTIC.test(text)) continue;
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      for (const c of CLAIMS) {
        if (c.pattern.test(sentence) && !c.holds(world)) misses.push({ line, message: `claims ${c.says}, which is not true of ${opts.worldLabel}: "${sentence.trim().slice(0, 160)}"` });
      }
    }
  }
  return misses;
}
