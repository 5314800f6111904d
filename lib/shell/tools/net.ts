/**
 * Network tools on top of lib/sim: dig, nslookup, host, curl (incl. instance metadata), ping,
 * traceroute, nc, ssh, ip. dig/nslookup layout follows aws-reference §5.3 (BIND 9.18); curl/ssh/nc
 * messages follow curl 8, OpenSSH and Ncat 7.9x wording [Unverified where the reference is silent].
 */
import type { CmdContext, CmdResult, CommandSpec, OutputChunk, ShellState } from "../types";
import { err, note, out } from "../result";
import { currentHost, hostInfo, type HostInfo } from "../host";
import { simResolve, simResolvePublic, simVpcResolverIp, simTrace, simCallerOf, type DnsResult, type TraceResult, type World } from "../simport";
import { unixDate } from "./basic";
import { homeOf } from "../vfs";

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}

function clockOf(state: ShellState): number {
  return typeof state.world.clock === "number" ? state.world.clock : 0;
}

function noHost(tool: string): CmdResult {
  return { code: 1, out: [err(`${tool}: this terminal is not attached to a simulated host\n`)] };
}

/**
 * What the network tools asked the simulated network and what it answered: a DNS lookup (at which
 * server) and an HTTP exchange (address, port, outcome, the exact response). The fidelity harness
 * (tools/fidelity) replays these on local sockets so the real dig/host/nslookup/curl can run against
 * the same answers; the shell itself never reads them.
 */
export type NetEvent =
  | { kind: "dns"; server: string; result: DnsResult }
  | { kind: "http"; host: string; ip: string; port: number; scheme: string; request: string; outcome: "ok" | "refused" | "timeout" | "dns-failure"; response?: string };
let netTap: ((e: NetEvent) => void) | null = null;
export function setNetTap(fn: ((e: NetEvent) => void) | null): void {
  netTap = fn;
}

function resolverAddr(h: HostInfo, r: DnsResult): string {
  // Amazon Linux 2023 and Ubuntu query systemd-resolved's stub (§5.2); on-prem hosts their DNS server.
  return h.kind === "instance" ? "127.0.0.53" : r.server || "127.0.0.53";
}

/**
 * A lookup as `dig @SERVER` / `nslookup NAME SERVER` / `host NAME SERVER` make it. Without a server,
 * or with one of the addresses that reach the VPC's Route 53 Resolver (the systemd-resolved stub,
 * the VPC base + 2, 169.254.169.253), the answer is the VPC's view: private hosted zones and
 * endpoints' private DNS included. Any other server is asked over the network: UDP 53 must get
 * there (a private subnet without NAT times out), and a public resolver only knows public records.
 */
function lookup(ctx: CmdContext, h: HostInfo, name: string, server: string | undefined): { r: DnsResult; server: string } {
  const res = lookupAt(ctx, h, name, server);
  netTap?.({ kind: "dns", server: res.server, result: res.r });
  return res;
}

function lookupAt(ctx: CmdContext, h: HostInfo, name: string, server: string | undefined): { r: DnsResult; server: string } {
  const world = ctx.state.world;
  const local = (r: DnsResult) => ({ r, server: server ?? resolverAddr(h, r) });
  if (server === undefined) return local(simResolve(world, h.id, name));
  const resolvers = new Set(["127.0.0.53", "127.0.0.1", "169.254.169.253"]);
  if (h.vpcId) resolvers.add(simVpcResolverIp(world, h.vpcId));
  if (h.kind === "instance" && resolvers.has(server)) return local(simResolve(world, h.id, name));
  const base = simResolve(world, h.id, name);
  if (h.kind === "onprem" && (server === base.server || resolvers.has(server))) return local(base);
  const timedOut: DnsResult = { ...base, status: "TIMEOUT", answers: [], server, message: `No DNS server answered at ${server}.` };
  if (!IPV4.test(server)) return { r: { ...timedOut, message: `${server} is not an address; give the DNS server as an IP address.` }, server };
  const tr = traceTo(ctx, h, server, 53, "udp");
  if (tr.outcome !== "ok" || tr.code !== "INTERNET_HOST") {
    const block = [...tr.hops].reverse().find((x) => x.verdict === "block");
    return { r: { ...timedOut, message: block ? `No answer from ${server}: ${block.message}` : `Nothing answers DNS at ${server}.` }, server };
  }
  return { r: simResolvePublic(world, name), server };
}

// ── dig ─────────────────────────────────────────────────────────────────────────────────────

/** The visual length after tab expansion — what BIND's masterdump.c indent() measures. */
function visualLen(s: string): number {
  let col = 0;
  for (const c of s) col = c === "\t" ? (Math.floor(col / 8) + 1) * 8 : col + 1;
  return col;
}

function column(line: string, to: number): string {
  const from = visualLen(line);
  const target = Math.max(to, from + 1);
  const ntabs = Math.floor(target / 8) - Math.floor(from / 8);
  if (ntabs > 0) return line + "\t".repeat(ntabs) + " ".repeat(target % 8);
  return line + " ".repeat(target - from);
}

export function digRecordLine(owner: string, ttl: number, type: string, rdata: string): string {
  let l = owner;
  l = column(l, 24) + String(ttl);
  l = column(l, 32) + "IN";
  l = column(l, 40) + type;
  l = column(l, 48) + rdata;
  return l;
}

export function digQuestionLine(name: string, type = "A"): string {
  // BIND's message.c writes the ";" before question_totext, which counts its columns from the name:
  // the ";" is not measured (a 23-character name still gets two TABs; measured by tools/fidelity)
  let l = name;
  l = column(l, 32) + "IN";
  l = column(l, 40) + type;
  return ";" + l;
}

function fqdn(n: string): string {
  return n.endsWith(".") ? n : n + ".";
}

const DIG_VERSION = "9.18.33";
const QTYPES = /^(A|AAAA|CNAME|TXT|MX|NS|SOA|PTR|SRV|CAA|ANY)$/i;

/** The reverse-lookup name of an IPv4 address (`10.0.1.10` → `10.1.0.10.in-addr.arpa`), or undefined. */
function reverseName(addr: string): string | undefined {
  const m = IPV4.exec(addr);
  return m ? `${m[4]}.${m[3]}.${m[2]}.${m[1]}.in-addr.arpa` : undefined;
}

/**
 * The size of the reply a resolver sends: header, the question, each answer with its names
 * compressed against every name before it (RFC 1035 §4.1.4, as resolvers and netrig's stub do),
 * and the EDNS OPT record.
 */
function dnsMessageSize(qname: string, answers: DnsResult["answers"]): number {
  const seen = new Set<string>();
  const nameLen = (raw: string): number => {
    const labels = raw.replace(/\.$/, "").split(".").filter(Boolean);
    let n = 0;
    for (let i = 0; i < labels.length; i++) {
      const suffix = labels.slice(i).join(".").toLowerCase();
      if (seen.has(suffix)) return n + 2;
      seen.add(suffix);
      n += 1 + new TextEncoder().encode(labels[i]).length;
    }
    return n + 1;
  };
  let size = 12 + nameLen(qname) + 4;
  for (const a of answers) size += nameLen(a.name) + 10 + (a.type === "A" ? 4 : nameLen(a.value));
  return size + 11;
}

interface DigQuery {
  name: string;
  type: string;
}

interface DigOpts {
  short: boolean;
  cmd: boolean;
  comments: boolean;
  question: boolean;
  answer: boolean;
  stats: boolean;
}

/** The records a resolver returns for TYPE: the CNAME chain, then the records of that type. */
function answersFor(r: DnsResult, type: string): DnsResult["answers"] {
  return type === "ANY" ? r.answers : r.answers.filter((a) => a.type === "CNAME" || a.type === type);
}

function rdataText(a: DnsResult["answers"][number]): string {
  return a.type === "A" ? a.value : fqdn(a.value);
}

/** One lookup as dig prints it (BIND 9.18 layout, measured against the real dig by tools/fidelity). */
function digLookup(o: DigOpts, q: DigQuery, r: DnsResult, server: string, ms: number): string {
  const answers = answersFor(r, q.type);
  // a resolver echoes the question's spelling where a record's owner is the name asked
  const owner = (n: string) => (fqdn(n).toLowerCase() === fqdn(q.name).toLowerCase() ? fqdn(q.name) : fqdn(n));
  if (o.short) return answers.map((a) => rdataText(a) + "\n").join("");
  let text = "";
  if (o.comments) {
    const id = hash(q.name + ms) % 65536;
    text += `;; Got answer:\n;; ->>HEADER<<- opcode: QUERY, status: ${r.status}, id: ${id}\n;; flags: qr rd ra; QUERY: 1, ANSWER: ${answers.length}, AUTHORITY: 0, ADDITIONAL: 1\n\n`;
    text += ";; OPT PSEUDOSECTION:\n; EDNS: version: 0, flags:; udp: 65494\n";
  }
  if (o.question) text += (o.comments ? ";; QUESTION SECTION:\n" : "") + digQuestionLine(fqdn(q.name), q.type) + "\n" + (o.comments ? "\n" : "");
  if (o.answer && answers.length) {
    text += o.comments ? ";; ANSWER SECTION:\n" : "";
    for (const a of answers) text += digRecordLine(owner(a.name), a.ttl, a.type, rdataText(a)) + "\n";
    text += o.comments ? "\n" : "";
  }
  if (o.stats) {
    text += `;; Query time: ${hash(q.name) % 3} msec\n;; SERVER: ${server}#53(${server}) (UDP)\n;; WHEN: ${unixDate(ms)}\n;; MSG SIZE  rcvd: ${dnsMessageSize(fqdn(q.name), answers)}\n\n`;
  }
  return text;
}

const DIG_FLAGS: Record<string, Array<keyof DigOpts>> = {
  all: ["cmd", "comments", "question", "answer", "stats"],
  cmd: ["cmd"],
  comments: ["comments"],
  question: ["question"],
  answer: ["answer"],
  stats: ["stats"],
  short: ["short"],
};

const dig: CommandSpec = {
  name: "dig",
  summary: "DNS lookup (dig NAME [TYPE], dig +short NAME, dig -x ADDR, dig @SERVER NAME, +noall +answer)",
  flags: ["+short", "+noall", "+answer", "-x", "-t"],
  run(ctx, args) {
    const h = currentHost(ctx.state);
    if (!h) return noHost("dig");
    const o: DigOpts = { short: false, cmd: true, comments: true, question: true, answer: true, stats: true };
    const queries: DigQuery[] = [];
    let server: string | undefined;
    let pendingType: string | undefined;
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a.startsWith("+")) {
        const m = /^\+(no)?([a-z]+)/.exec(a);
        const key = m ? Object.keys(DIG_FLAGS).find((k) => k.startsWith(m[2]) && m[2].length >= Math.min(2, k.length)) : undefined;
        if (!m || !key) continue;
        for (const f of DIG_FLAGS[key]) o[f] = !m[1];
        // +short prints only the data: the other sections are off
        if (key === "short" && !m[1]) o.cmd = o.comments = o.question = o.stats = false;
      } else if (a.startsWith("@")) server = a.slice(1);
      else if (a === "-t" && args[i + 1] !== undefined) {
        const t = args[++i].toUpperCase();
        if (queries.length && !pendingType) queries[queries.length - 1].type = t;
        else pendingType = t;
      } else if (a === "-x" && args[i + 1] !== undefined) {
        const rev = reverseName(args[++i]);
        if (!rev) return { code: 10, out: [err(`Invalid IP address ${args[i]}\n`)] };
        queries.push({ name: rev, type: "PTR" });
      } else if (/^-[pqcfkyb]$/.test(a)) i++;
      else if (a.startsWith("-")) continue;
      else if (QTYPES.test(a) && (queries.length || args.slice(i + 1).some((x) => !x.startsWith("-") && !x.startsWith("+")))) {
        // a type after a name sets that lookup's type; before any name it sets the next one's
        if (queries.length && queries[queries.length - 1].type === "A" && !pendingType) queries[queries.length - 1].type = a.toUpperCase();
        else pendingType = a.toUpperCase();
      } else {
        queries.push({ name: a, type: pendingType ?? "A" });
        pendingType = undefined;
      }
    }
    // dig echoes its arguments after "<<>>"
    const head = o.cmd ? `\n; <<>> DiG ${DIG_VERSION} <<>> ${args.join(" ")}\n${server !== undefined ? "; (1 server found)\n" : ""};; global options: +cmd\n` : "";
    if (!queries.length) {
      // dig with no name queries the root name servers; keep it short.
      return { code: 0, out: [out(`\n; <<>> DiG ${DIG_VERSION} <<>>\n;; global options: +cmd\n;; Got answer:\n;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 4242\n;; flags: qr rd ra; QUERY: 1, ANSWER: 13, AUTHORITY: 0, ADDITIONAL: 1\n\n`), note("(Root name server list omitted.)\n")] };
    }
    const chunks: OutputChunk[] = [];
    let first = true;
    for (const q of queries) {
      const { r, server: used } = lookup(ctx, h, q.name, server);
      if (r.status === "TIMEOUT") {
        const errs = `;; communications error to ${used}#53: timed out\n`.repeat(3);
        chunks.push(out(errs + (o.cmd && first ? head : "") + ";; no servers could be reached\n"), note(`(The real dig waited about 15 seconds: 3 tries × 5 s. ${r.message})\n`));
        return { code: 9, out: chunks, wait: { seconds: 2, realSeconds: 15 } };
      }
      chunks.push(out((o.cmd && first ? head : "") + digLookup(o, q, r, used, clockOf(ctx.state))));
      first = false;
    }
    return { code: 0, out: chunks };
  },
};

// ── nslookup / host ─────────────────────────────────────────────────────────────────────────

const nslookup: CommandSpec = {
  name: "nslookup",
  summary: "DNS lookup (nslookup NAME [SERVER], nslookup ADDR)",
  run(ctx, args) {
    const h = currentHost(ctx.state);
    if (!h) return noHost("nslookup");
    const operands = args.filter((a) => !a.startsWith("-"));
    const name = operands[0];
    if (!name) return { code: 1, out: [err("nslookup: interactive mode is not supported here; use nslookup NAME\n")] };
    const rev = reverseName(name);
    const { r, server } = lookup(ctx, h, rev ?? name, operands[1]);
    if (r.status === "TIMEOUT") {
      return { code: 1, out: [out(`;; communications error to ${server}#53: timed out\n`.repeat(3) + ";; no servers could be reached\n\n")], wait: { seconds: 2, realSeconds: 15 } };
    }
    const ptrs = r.answers.filter((a) => a.type === "PTR");
    if (rev && ptrs.length) {
      // BIND 9.18's nslookup prints a reverse answer without the Server lines
      return { code: 0, out: [out(ptrs.map((a) => `${a.name}\tname = ${fqdn(a.value)}\n`).join("") + "\nAuthoritative answers can be found from:\n\n")] };
    }
    let text = `Server:\t\t${server}\nAddress:\t${server}#53\n\n`;
    if (r.status === "NXDOMAIN" || r.answers.length === 0) {
      text += `** server can't find ${r.name || name}: NXDOMAIN\n\n`;
      return { code: 1, out: [out(text)] };
    }
    text += "Non-authoritative answer:\n";
    for (const a of r.answers) {
      if (a.type === "CNAME") text += `${a.name}\tcanonical name = ${a.value}.\n`;
      else text += `Name:\t${a.name}\nAddress: ${a.value}\n`;
    }
    text += "\n";
    return { code: 0, out: [out(text)] };
  },
};

const HOST_USAGE = `Usage: host [-aCdilrTvVw] [-c class] [-N ndots] [-t type] [-W time]
            [-R number] [-m flag] [-p port] hostname [server]
       -a is equivalent to -v -t ANY
       -A is like -a but omits RRSIG, NSEC, NSEC3
       -c specifies query class for non-IN data
       -C compares SOA records on authoritative nameservers
       -d is equivalent to -v
       -l lists all hosts in a domain, using AXFR
       -m set memory debugging flag (trace|record|usage)
       -N changes the number of dots allowed before root lookup is done
       -p specifies the port on the server to query
       -r disables recursive processing
       -R specifies number of retries for UDP packets
       -s a SERVFAIL response should stop query
       -t specifies the query type
       -T enables TCP/IP mode
       -U enables UDP mode
       -v enables verbose output
       -V print version number and exit
       -w specifies to wait forever for a reply
       -W specifies how long to wait for a reply
       -4 use IPv4 query transport only
       -6 use IPv6 query transport only
`;

const hostCmd: CommandSpec = {
  name: "host",
  summary: "DNS lookup (host NAME [SERVER], host ADDR)",
  run(ctx, args) {
    const h = currentHost(ctx.state);
    if (!h) return noHost("host");
    // bind9 host: -c -N -t -W -R -m -p take a value (`host -t A NAME`); the first operand is the name.
    let name: string | undefined;
    let server: string | undefined;
    let qtype: string | undefined;
    for (let i = 0; i < args.length; i++) {
      if (args[i] === "-t") qtype = args[++i]?.toUpperCase();
      else if (/^-[cNWRmp]$/.test(args[i])) i++;
      else if (!args[i].startsWith("-")) {
        if (name === undefined) name = args[i];
        else if (server === undefined) server = args[i];
      }
    }
    if (!name) return { code: 1, out: [err(HOST_USAGE)] };
    const rev = reverseName(name);
    const { r, server: used } = lookup(ctx, h, rev ?? name, server);
    if (r.status === "TIMEOUT") return { code: 1, out: [out(`;; communications error to ${used}#53: timed out\n`.repeat(2) + ";; no servers could be reached\n")], wait: { seconds: 2, realSeconds: 10 } };
    // With a server operand, host first says which server answered.
    const via = server === undefined ? "" : `Using domain server:\nName: ${server}\nAddress: ${used}#53\nAliases: \n\n`;
    const shown = qtype ? answersFor(r, qtype) : r.answers;
    if (r.status === "NXDOMAIN" || r.answers.length === 0) return { code: 1, out: [out(`${via}Host ${rev ? rev + "." : name} not found: 3(NXDOMAIN)\n`)] };
    const text = shown
      .map((a) => (a.type === "CNAME" ? `${a.name} is an alias for ${a.value}.\n` : a.type === "PTR" ? `${a.name} domain name pointer ${fqdn(a.value)}\n` : `${a.name} has address ${a.value}\n`))
      .join("");
    return { code: 0, out: [out(via + text)] };
  },
};

// ── reachability helper ─────────────────────────────────────────────────────────────────────

/** The instance that answered when a flow went through a PrivateLink endpoint service or an NLB to its target. */
function privateLinkApp(world: World, tr: TraceResult): HostInfo | null {
  if (tr.outcome !== "ok" || tr.code !== "TARGET_REACHED") return null;
  if (!tr.hops.some((x) => x.kind === "endpoint-service" || x.kind === "nlb")) return null;
  const last = [...tr.hops].reverse().find((x) => x.kind === "host");
  return last ? hostInfo(world, last.resourceId) : null;
}

function traceTo(ctx: CmdContext, h: HostInfo, target: string, port: number, protocol: "tcp" | "udp" | "icmp" = "tcp"): TraceResult {
  const to = IPV4.test(target) ? { ip: target } : { name: target };
  const tr = simTrace(ctx.state.world, { from: h.id, to, port, protocol });
  ctx.traces?.push(tr);
  return tr;
}

function blockNote(tr: TraceResult): OutputChunk[] {
  const block = [...tr.hops].reverse().find((x) => x.verdict === "block");
  return block ? [note(`(Path trace: ${block.message})\n`)] : [];
}

function targetIp(state: ShellState, h: HostInfo, target: string, tr: TraceResult): string {
  if (IPV4.test(target)) return target;
  if (tr.resolvedIp) return tr.resolvedIp;
  const r = simResolve(state.world, h.id, target);
  return r.answers.find((a) => a.type === "A")?.value ?? target;
}

// ── curl ────────────────────────────────────────────────────────────────────────────────────

interface CurlOpts {
  url?: string;
  verbose: boolean;
  head: boolean;
  silent: boolean;
  showError: boolean;
  method: string;
  headers: string[];
  connectTimeout?: number;
  maxTime?: number;
  output?: string;
  fail: boolean;
  include: boolean;
  writeOut?: string;
}

function parseCurl(args: string[]): CurlOpts | string {
  const o: CurlOpts = { verbose: false, head: false, silent: false, showError: false, method: "GET", headers: [], fail: false, include: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const val = () => args[++i];
    if (a === "-v" || a === "--verbose") o.verbose = true;
    else if (a === "-I" || a === "--head") o.head = true;
    else if (a === "-i" || a === "--include") o.include = true;
    else if (a === "-s" || a === "--silent") o.silent = true;
    else if (a === "-S" || a === "--show-error") o.showError = true;
    else if (a === "-f" || a === "--fail") o.fail = true;
    else if (a === "-L" || a === "--location" || a === "-k" || a === "--insecure") continue;
    else if (/^-[sSfLkvIi]+$/.test(a)) {
      if (a.includes("s")) o.silent = true;
      if (a.includes("S")) o.showError = true;
      if (a.includes("f")) o.fail = true;
      if (a.includes("v")) o.verbose = true;
      if (a.includes("I")) o.head = true;
      if (a.includes("i")) o.include = true;
    } else if (a === "-X" || a === "--request") o.method = val() ?? "GET";
    else if (a === "-H" || a === "--header") o.headers.push(val() ?? "");
    else if (a === "--connect-timeout") o.connectTimeout = Number(val());
    else if (a === "-m" || a === "--max-time") o.maxTime = Number(val());
    else if (a === "-o" || a === "--output") o.output = val();
    else if (a === "-w" || a === "--write-out") o.writeOut = val() ?? "";
    else if (a.startsWith("-") && a.length > 1) return `curl: option ${a}: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n`;
    else o.url = a;
  }
  return o;
}

const IMDS_TOKEN_PREFIX = "AQAEA";

function imdsToken(state: ShellState, h: HostInfo): string {
  return IMDS_TOKEN_PREFIX + (hash(h.id).toString(36) + hash(h.id + "t").toString(36)).toUpperCase() + "==";
}

function imds(state: ShellState, h: HostInfo, o: CurlOpts, path: string): { status: number; body: string } {
  const w = state.world;
  if (path.startsWith("/latest/api/token")) {
    if (o.method !== "PUT") return { status: 405, body: "" };
    return { status: 200, body: imdsToken(state, h) };
  }
  const tokenHeader = o.headers.find((x) => /^x-aws-ec2-metadata-token\s*:/i.test(x));
  const token = tokenHeader ? tokenHeader.split(":").slice(1).join(":").trim() : "";
  if (!token) {
    return {
      status: 401,
      body: '<?xml version="1.0" encoding="iso-8859-1"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"\n\t"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">\n <head>\n  <title>401 - Unauthorized</title>\n </head>\n <body>\n  <h1>401 - Unauthorized</h1>\n </body>\n</html>\n',
    };
  }
  const region = h.region ?? "us-east-1";
  const inst = w.instances[h.id];
  const p = path.replace(/\/+$/, "");
  const sgNames = inst ? (w.networkInterfaces[inst.networkInterfaceId]?.groupIds ?? []).map((g) => w.securityGroups[g]?.groupName ?? g) : [];
  const md: Record<string, string> = {
    "/latest/meta-data": ["ami-id", "hostname", "iam/", "instance-id", "instance-type", "local-hostname", "local-ipv4", "mac", "placement/", ...(h.publicIp ? ["public-hostname", "public-ipv4"] : []), "security-groups"].join("\n"),
    "/latest/meta-data/ami-id": h.imageId ?? "",
    "/latest/meta-data/instance-id": h.id,
    "/latest/meta-data/instance-type": h.instanceType ?? "t3.micro",
    "/latest/meta-data/local-ipv4": h.ip,
    "/latest/meta-data/hostname": `${h.hostname}.${region === "us-east-1" ? "ec2.internal" : region + ".compute.internal"}`,
    "/latest/meta-data/local-hostname": `${h.hostname}.${region === "us-east-1" ? "ec2.internal" : region + ".compute.internal"}`,
    "/latest/meta-data/placement": "availability-zone\navailability-zone-id\nregion",
    "/latest/meta-data/placement/availability-zone": h.az ?? "",
    "/latest/meta-data/placement/region": region,
    "/latest/meta-data/security-groups": sgNames.join("\n"),
    "/latest/meta-data/iam": h.role ? "info\nsecurity-credentials/" : "",
  };
  if (h.publicIp) md["/latest/meta-data/public-ipv4"] = h.publicIp;
  if (h.role) {
    md["/latest/meta-data/iam/security-credentials"] = h.role;
    const t = unixIso(clockOf(state));
    md[`/latest/meta-data/iam/security-credentials/${h.role}`] = JSON.stringify(
      {
        Code: "Success",
        LastUpdated: t,
        Type: "AWS-HMAC",
        AccessKeyId: "ASIA" + (hash(h.id + "ak").toString(36) + hash(h.id + "ak2").toString(36)).toUpperCase().slice(0, 16).padEnd(16, "X"),
        SecretAccessKey: "(simulated — the real value is a 40-character secret)",
        Token: "(simulated session token)",
        Expiration: unixIso(clockOf(state) + 6 * 3600 * 1000),
      },
      null,
      2,
    );
    md["/latest/meta-data/iam/info"] = JSON.stringify(
      { Code: "Success", LastUpdated: unixIso(clockOf(state)), InstanceProfileArn: `arn:aws:iam::${h.accountId}:instance-profile/${h.role}`, InstanceProfileId: "AIPA" + h.id.slice(2, 19).toUpperCase() },
      null,
      2,
    );
  }
  md["/latest/dynamic/instance-identity/document"] = JSON.stringify(
    {
      accountId: h.accountId,
      architecture: "x86_64",
      availabilityZone: h.az,
      billingProducts: null,
      devpayProductCodes: null,
      marketplaceProductCodes: null,
      imageId: h.imageId,
      instanceId: h.id,
      instanceType: h.instanceType,
      kernelId: null,
      pendingTime: unixIso(h.launchTime ?? 0),
      privateIp: h.ip,
      ramdiskId: null,
      region,
      version: "2017-09-30",
    },
    null,
    2,
  );
  if (p in md) return { status: 200, body: md[p] };
  return {
    status: 404,
    body: '<?xml version="1.0" encoding="iso-8859-1"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"\n\t"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">\n <head>\n  <title>404 - Not Found</title>\n </head>\n <body>\n  <h1>404 - Not Found</h1>\n </body>\n</html>\n',
  };
}

function unixIso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d+Z$/, "Z");
}

const STATUS_TEXT: Record<number, string> = { 200: "OK", 301: "Moved Permanently", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed" };

/**
 * The public address a request leaves through, as an internet server (checkip.amazonaws.com) sees
 * it: the NAT gateway's Elastic IP when the path crosses one, else the instance's own public IP.
 */
function egressPublicIp(world: World, h: HostInfo, tr: TraceResult): string | undefined {
  for (const hop of tr.hops) {
    const nat = world.natGateways[hop.resourceId];
    if (nat?.publicIp) return nat.publicIp;
  }
  return h.kind === "instance" ? world.instances[h.id]?.publicIpAddress : undefined;
}

function httpResponse(host: string, path: string, world: World): { status: number; body: string; server: string } {
  if (/(^|\.)s3[.-]/.test(host) || host.startsWith("s3.")) {
    return {
      status: 403,
      server: "AmazonS3",
      body: '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>7XJ1Q0ZQ2N3MBTQF</RequestId><HostId>simulated</HostId></Error>',
    };
  }
  if (host.endsWith(".amazonaws.com")) return { status: 404, server: "Server", body: `<UnknownOperationException/>\n` };
  void path;
  void world;
  return {
    status: 200,
    server: "ECAcc (nyd/D144)",
    body: "<!doctype html>\n<html>\n<head>\n    <title>Example Domain</title>\n</head>\n<body>\n<div>\n    <h1>Example Domain</h1>\n    <p>This domain is for use in illustrative examples in documents.</p>\n</div>\n</body>\n</html>\n",
  };
}

/**
 * `curl --version` of Amazon Linux 2023's curl-minimal 8.5.0 (the package AL2023 images ship,
 * curl-minimal-8.5.0-1.amzn2023; 8.5.0 was released 2023-12-06). The library list and features are
 * [Unverified] for that build; the layout is curl 8's. The fidelity harness declares this line: its
 * Debian curl is another build.
 */
const CURL_VERSION =
  "curl 8.5.0 (x86_64-amazon-linux-gnu) libcurl/8.5.0 OpenSSL/3.0.8 zlib/1.2.11 libidn2/2.3.2 nghttp2/1.59.0\n" +
  "Release-Date: 2023-12-06\n" +
  "Protocols: file ftp ftps http https ipfs ipns\n" +
  "Features: alt-svc AsynchDNS GSS-API HSTS HTTP2 HTTPS-proxy IDN IPv6 Kerberos Largefile libz NTLM SPNEGO SSL threadsafe TLS-SRP UnixSockets\n";

const curl: CommandSpec = {
  name: "curl",
  summary: "transfer a URL (-v -I -s -X -H --connect-timeout); 169.254.169.254 is instance metadata",
  flags: ["-v", "-I", "-s", "-X", "-H", "--connect-timeout"],
  run(ctx, args) {
    const h = currentHost(ctx.state);
    if (!h) return noHost("curl");
    if (args[0] === "--version" || args[0] === "-V") return { code: 0, out: [out(CURL_VERSION)] };
    const o = parseCurl(args);
    if (typeof o === "string") return { code: 2, out: [err(o)] };
    if (!o.url) return { code: 2, out: [err("curl: try 'curl --help' or 'curl --manual' for more information\n")] };
    const meta = { status: 0 };
    const r = curlRequest(ctx, h, o, meta);
    if (o.writeOut === undefined) return r;
    // -w/--write-out is written after every transfer, failed ones too (http_code 000).
    return { ...r, out: [...r.out, out(writeOut(o.writeOut, meta.status))] };
  },
};

/** curl's --write-out: `\n`-style escapes and the %{http_code}/%{response_code} variables. */
function writeOut(fmt: string, status: number): string {
  return fmt
    .replace(/\\([nrt\\])/g, (_, c: string) => (c === "n" ? "\n" : c === "r" ? "\r" : c === "t" ? "\t" : "\\"))
    .replace(/%\{(http_code|response_code)\}/g, () => String(status).padStart(3, "0"));
}

function curlRequest(ctx: CmdContext, h: HostInfo, o: CurlOpts, meta: { status: number }): CmdResult {
  const m = /^(?:(https?):\/\/)?([^/:?#]+)(?::(\d+))?([^?#]*)?/i.exec(o.url ?? "");
  if (!m) return { code: 3, out: [err(`curl: (3) URL rejected: Malformed input to a URL function\n`)] };
  const scheme = (m[1] ?? "http").toLowerCase();
  const hostName = m[2];
  const port = m[3] ? Number(m[3]) : scheme === "https" ? 443 : 80;
  const path = m[4] || "/";
  const verbose: string[] = [];
  const quietErr = o.silent && !o.showError;
  let status: number;
  let body: string;
  let server = "EC2ws";
  let contentType: string | undefined;
  let ip = hostName;
  if (hostName === "169.254.169.254" || hostName === "instance-data" || hostName === "[fd00:ec2::254]") {
    if (h.kind !== "instance") return { code: 28, out: quietErr ? [] : [err(`curl: (28) Failed to connect to ${hostName} port ${port} after 130000 ms: Couldn't connect to server\n`)], wait: { seconds: 3, realSeconds: 130 } };
    const r = imds(ctx.state, h, o, path);
    status = r.status;
    body = r.body;
    ip = "169.254.169.254";
  } else {
    const tr = traceTo(ctx, h, hostName, port);
    ip = targetIp(ctx.state, h, hostName, tr);
    if (o.verbose) verbose.push(`*   Trying ${ip}:${port}...`);
    if (tr.outcome === "dns-failure" || tr.outcome === "timeout" || tr.outcome === "refused") netTap?.({ kind: "http", host: hostName, ip, port, scheme, request: `${o.head ? "HEAD" : o.method} ${path}`, outcome: tr.outcome });
    if (tr.outcome === "dns-failure") {
      const chunks: OutputChunk[] = [];
      if (o.verbose) chunks.push(err(`* Could not resolve host: ${hostName}\n* Closing connection\n`));
      if (!quietErr) chunks.push(err(`curl: (6) Could not resolve host: ${hostName}\n`));
      return { code: 6, out: [...chunks, ...blockNote(tr)] };
    }
    if (tr.outcome === "timeout") {
      // The shorter of --connect-timeout and -m ends the attempt; each has its own message (measured
      // against curl 7.88.1 by tools/fidelity: "Failed to connect … Timeout was reached" for the
      // connect timeout, "Connection timed out after N milliseconds" for -m alone).
      const ct = o.connectTimeout !== undefined && Number.isFinite(o.connectTimeout) ? o.connectTimeout : undefined;
      const mt = o.maxTime !== undefined && Number.isFinite(o.maxTime) ? o.maxTime : undefined;
      const byMax = mt !== undefined && (ct === undefined || mt < ct);
      const t = byMax ? mt : ct;
      const ms = t !== undefined ? Math.round(t * 1000) + 1 : 130_000 + (hash(hostName) % 999);
      const why = t !== undefined ? "Timeout was reached" : "Couldn't connect to server";
      const chunks: OutputChunk[] = [];
      if (o.verbose) chunks.push(err(verbose.join("\n") + "\n" + (t !== undefined ? `* Connection timed out after ${ms} milliseconds\n` : `* connect to ${ip} port ${port} failed: Connection timed out\n`) + `* Closing connection\n`));
      if (!quietErr) chunks.push(err(byMax ? `curl: (28) Connection timed out after ${ms} milliseconds\n` : `curl: (28) Failed to connect to ${hostName} port ${port} after ${ms} ms: ${why}\n`));
      const real = Math.round(ms / 1000);
      chunks.push(note(`(curl would have waited about ${real >= 90 ? Math.round(real / 60) + " minutes" : real + " seconds"}.)\n`), ...blockNote(tr));
      return { code: 28, out: chunks, wait: { seconds: Math.min(3, Math.max(1, real / 30)), realSeconds: real } };
    }
    if (tr.outcome === "refused") {
      const chunks: OutputChunk[] = [];
      if (o.verbose) chunks.push(err(verbose.join("\n") + `\n* connect to ${ip} port ${port} failed: Connection refused\n* Closing connection\n`));
      if (!quietErr) chunks.push(err(`curl: (7) Failed to connect to ${hostName} port ${port} after 1 ms: Couldn't connect to server\n`));
      return { code: 7, out: [...chunks, ...blockNote(tr)] };
    }
    const target = hostInfo(ctx.state.world, ip);
    const app = privateLinkApp(ctx.state.world, tr);
    if (app) {
      // A customer's own PrivateLink service (endpoint service → NLB → instance): the provider's
      // application answers, not an AWS API front end.
      status = 200;
      server = "nginx";
      contentType = "application/json";
      body = JSON.stringify({ service: app.name, status: "ok" }) + "\n";
    } else if (hostName === "checkip.amazonaws.com") {
      status = 200;
      server = "Server";
      body = `${egressPublicIp(ctx.state.world, h, tr) ?? ip}\n`;
    } else if (target && !hostName.endsWith(".amazonaws.com")) {
      status = 200;
      server = "nginx";
      body = `Hello from ${target.name} (${target.ip})\n`;
    } else {
      const r = httpResponse(hostName, path, ctx.state.world);
      status = r.status;
      body = r.body;
      server = r.server;
    }
  }
  meta.status = status;
  const headers = [`HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? ""}`, `Content-Type: ${contentType ?? (body.startsWith("<") ? "text/html" : "text/plain")}`, `Content-Length: ${new TextEncoder().encode(body).length}`, `Date: ${httpDate(clockOf(ctx.state))}`, `Server: ${server}`, "", ""].join("\r\n");
  netTap?.({ kind: "http", host: hostName, ip, port, scheme, request: `${o.head ? "HEAD" : o.method} ${path}`, outcome: "ok", response: headers + body });
  const chunks: OutputChunk[] = [];
  if (o.verbose) {
    const v = [
      ...(verbose.length ? verbose : [`*   Trying ${ip}:${port}...`]),
      `* Connected to ${hostName} (${ip}) port ${port}`,
      ...(scheme === "https" ? ["* TLSv1.3 (OUT), TLS handshake, Client hello (1):", "* SSL connection using TLSv1.3 / TLS_AES_128_GCM_SHA256", `* Server certificate: CN=${hostName.replace(/^[^.]+\./, "*.")}`] : []),
      `> ${o.head ? "HEAD" : o.method} ${path} HTTP/1.1`,
      `> Host: ${hostName}`,
      "> User-Agent: curl/8.5.0",
      "> Accept: */*",
      ...o.headers.map((x) => `> ${x}`),
      "> ",
      // response headers as they arrived, each with its CR; then the empty line ("< \r")
      ...headers.split("\r\n").filter(Boolean).map((x) => `< ${x}\r`),
      "< \r",
    ];
    chunks.push(err(v.join("\n") + "\n"));
  }
  if (o.fail && status >= 400) {
    if (!quietErr) chunks.push(err(`curl: (22) The requested URL returned error: ${status}\n`));
    return { code: 22, out: chunks };
  }
  let text = "";
  if (o.head) text = headers;
  else text = (o.include ? headers : "") + body;
  // -o FILE writes the body
  const written = (file: string): ShellState => {
    const abs = file.startsWith("/") ? file : `${ctx.state.cwd}/${file}`;
    return abs === "/dev/null" ? ctx.state : { ...ctx.state, files: { ...ctx.state.files, [abs]: body } };
  };
  if (o.verbose && !o.head && o.output) {
    // -v with -o: curl notes the data it wrote instead of showing it
    chunks.push(err(`{ [${new TextEncoder().encode(body).length} bytes data]\n* Connection #0 to host ${hostName} left intact\n`));
    return { code: 0, out: chunks, state: written(o.output) };
  }
  if (o.verbose && !o.head) chunks.push(out(body), err("* Connection #0 to host " + hostName + " left intact\n"));
  else if (o.output) {
    const state = written(o.output);
    return { code: 0, out: o.silent ? [] : [err("  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n100 " + String(body.length).padStart(5) + "  100 " + String(body.length).padStart(5) + "    0     0   100k      0 --:--:-- --:--:-- --:--:--  100k\n")], state };
  } else chunks.push(out(text));
  if (status === 401 && ip === "169.254.169.254" && !o.silent) chunks.push(note("(Amazon Linux 2023 requires IMDSv2: first get a token with curl -X PUT http://169.254.169.254/latest/api/token -H \"X-aws-ec2-metadata-token-ttl-seconds: 21600\", then send it as -H \"X-aws-ec2-metadata-token: $TOKEN\".)\n"));
  return { code: 0, out: chunks };
}

function httpDate(ms: number): string {
  return new Date(ms).toUTCString();
}

// ── ping / traceroute / nc ──────────────────────────────────────────────────────────────────

const ping: CommandSpec = {
  name: "ping",
  summary: "ICMP echo (-c COUNT; default 4 here)",
  flags: ["-c"],
  run(ctx, args) {
    const h = currentHost(ctx.state);
    if (!h) return noHost("ping");
    let count = 4;
    let target: string | undefined;
    for (let i = 0; i < args.length; i++) {
      if (args[i] === "-c") count = Math.max(1, Math.min(20, Number(args[++i]) || 4));
      else if (args[i].startsWith("-")) {
        if (/^-[WiwstI]$/.test(args[i])) i++;
      } else target = args[i];
    }
    if (!target) return { code: 2, out: [err("ping: usage error: Destination address required\n")] };
    const tr = traceTo(ctx, h, target, 0, "icmp");
    if (tr.outcome === "dns-failure") return { code: 2, out: [err(`ping: ${target}: Name or service not known\n`), ...blockNote(tr)] };
    const ip = targetIp(ctx.state, h, target, tr);
    let text = `PING ${target} (${ip}) 56(84) bytes of data.\n`;
    const elapsed = (count - 1) * 1000 + (hash(ip) % 90) + 5;
    if (tr.outcome !== "ok") {
      text += `\n--- ${target} ping statistics ---\n${count} packets transmitted, 0 received, 100% packet loss, time ${elapsed}ms\n\n`;
      return { code: 1, out: [out(text), ...blockNote(tr)], wait: { seconds: Math.min(3, count), realSeconds: count + 10 } };
    }
    const base = IPV4.test(ip) && ip.startsWith("10.") ? 0.4 : 1.6;
    const times: number[] = [];
    for (let i = 1; i <= count; i++) {
      const t = base + ((hash(ip + i) % 400) / 1000) * (base > 1 ? 4 : 1);
      times.push(t);
      text += `64 bytes from ${ip}: icmp_seq=${i} ttl=${ip.startsWith("10.") ? 127 : 52} time=${t.toFixed(3).replace(/0+$/, "").replace(/\.$/, "")} ms\n`;
    }
    const min = Math.min(...times);
    const max = Math.max(...times);
    const avg = times.reduce((a, b) => a + b, 0) / times.length;
    const mdev = Math.sqrt(times.reduce((a, b) => a + (b - avg) ** 2, 0) / times.length);
    text += `\n--- ${target} ping statistics ---\n${count} packets transmitted, ${count} received, 0% packet loss, time ${elapsed}ms\nrtt min/avg/max/mdev = ${min.toFixed(3)}/${avg.toFixed(3)}/${max.toFixed(3)}/${mdev.toFixed(3)} ms\n`;
    return { code: 0, out: [out(text)], wait: { seconds: Math.min(3, count), realSeconds: count } };
  },
};

const traceroute: CommandSpec = {
  name: "traceroute",
  summary: "show the path packets take (simplified)",
  run(ctx, args) {
    const h = currentHost(ctx.state);
    if (!h) return noHost("traceroute");
    const target = args.find((a) => !a.startsWith("-"));
    if (!target) return { code: 2, out: [err("Usage: traceroute [ -46dFITnreAUDV ] [ -f first_ttl ] [ -g gate,... ] host [ packetlen ]\n")] };
    const tr = traceTo(ctx, h, target, 33434, "udp");
    if (tr.outcome === "dns-failure") return { code: 2, out: [err(`${target}: Name or service not known\nCannot handle "host" cmdline arg \`${target}' on position 1 (argc 1)\n`)] };
    const ip = targetIp(ctx.state, h, target, tr);
    let text = `traceroute to ${target} (${ip}), 30 hops max, 60 byte packets\n`;
    if (tr.outcome === "ok") text += ` 1  ${target === ip ? ip : target} (${ip})  ${(0.3 + (hash(ip) % 300) / 1000).toFixed(3)} ms  ${(0.3 + (hash(ip + "b") % 300) / 1000).toFixed(3)} ms  ${(0.3 + (hash(ip + "c") % 300) / 1000).toFixed(3)} ms\n`;
    else {
      for (let i = 1; i <= 5; i++) text += `${String(i).padStart(2)}  * * *\n`;
      return { code: 0, out: [out(text), note("(… up to hop 30, all * * *. VPC routers do not answer traceroute probes, so silence alone proves little; see the path trace.)\n"), ...blockNote(tr)], wait: { seconds: 3, realSeconds: 150 } };
    }
    return { code: 0, out: [out(text)] };
  },
};

const nc: CommandSpec = {
  name: "nc",
  summary: "test a TCP port (nc -zv HOST PORT)",
  flags: ["-z", "-v", "-w"],
  run(ctx, args) {
    const h = currentHost(ctx.state);
    if (!h) return noHost("nc");
    const ops: string[] = [];
    let timeout: number | undefined;
    for (let i = 0; i < args.length; i++) {
      if (args[i] === "-w") timeout = Number(args[++i]);
      else if (!args[i].startsWith("-")) ops.push(args[i]);
    }
    const [target, portStr] = ops;
    if (!target || !portStr) return { code: 2, out: [err("Ncat: You must specify a host to connect to. QUITTING.\n")] };
    const port = Number(portStr);
    if (!Number.isInteger(port) || port < 1 || port > 65535) return { code: 2, out: [err(`Ncat: Invalid port number "${portStr}". QUITTING.\n`)] };
    const tr = traceTo(ctx, h, target, port);
    const banner = "Ncat: Version 7.93 ( https://nmap.org/ncat )\n";
    if (tr.outcome === "dns-failure") return { code: 2, out: [err(banner + `Ncat: Could not resolve hostname "${target}": Name or service not known. QUITTING.\n`), ...blockNote(tr)] };
    const ip = targetIp(ctx.state, h, target, tr);
    if (tr.outcome === "timeout") {
      const real = timeout ?? 10;
      return { code: 1, out: [err(banner + "Ncat: TIMEOUT.\n"), ...blockNote(tr)], wait: { seconds: Math.min(3, real), realSeconds: real } };
    }
    if (tr.outcome === "refused") return { code: 1, out: [err(banner + "Ncat: Connection refused.\n"), ...blockNote(tr)] };
    return { code: 0, out: [err(banner + `Ncat: Connected to ${ip}:${port}.\nNcat: 0 bytes sent, 0 bytes received in 0.01 seconds.\n`)] };
  },
};

// ── ssh ─────────────────────────────────────────────────────────────────────────────────────

const AL2023_BANNER = [
  "   ,     #_",
  "   ~\\_  ####_        Amazon Linux 2023",
  "  ~~  \\_#####\\",
  "  ~~     \\###|",
  "  ~~       \\#/ ___   https://aws.amazon.com/linux/amazon-linux-2023",
  "   ~~       V~' '->",
  "    ~~~         /",
  "      ~~._.   _/",
  "         _/ _/",
  "       _/m/'",
  "",
].join("\n");

function resolveSshTarget(state: ShellState, h: HostInfo, target: string): { name: string; info: HostInfo | null; viaName: boolean } {
  if (IPV4.test(target)) return { name: target, info: hostInfo(state.world, target), viaName: false };
  const m = /^ip-(\d+)-(\d+)-(\d+)-(\d+)(\..*)?$/.exec(target);
  if (m) {
    const ip = `${m[1]}.${m[2]}.${m[3]}.${m[4]}`;
    return { name: target, info: hostInfo(state.world, ip), viaName: false };
  }
  const byName = hostInfo(state.world, target);
  if (byName) return { name: target, info: byName, viaName: true };
  const r = simResolve(state.world, h.id, target);
  const ip = r.answers.find((a) => a.type === "A")?.value;
  return { name: target, info: ip ? hostInfo(state.world, ip) : null, viaName: false };
}

const ssh: CommandSpec = {
  name: "ssh",
  summary: "log in to another host (ssh [user@]HOST; exit to come back)",
  flags: ["-i", "-p", "-o"],
  run(ctx, args) {
    const h = currentHost(ctx.state);
    if (!h) return noHost("ssh");
    let dest: string | undefined;
    let cmd: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (/^-[ipolFJ]$/.test(a)) i++;
      else if (a.startsWith("-")) continue;
      else if (dest === undefined) dest = a;
      else {
        cmd = args.slice(i);
        break;
      }
    }
    if (!dest) {
      return { code: 255, out: [err("usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] [-B bind_interface] [-b bind_address]\n           [-c cipher_spec] [-D [bind_address:]port] [-E log_file]\n           [-e escape_char] [-F configfile] [-I pkcs11] [-i identity_file]\n           [-J destination] [-L address] [-l login_name] [-m mac_spec]\n           [-O ctl_cmd] [-o option] [-P tag] [-p port] [-R address]\n           [-S ctl_path] [-W host:port] [-w local_tun[:remote_tun]]\n           destination [command [argument ...]]\n")] };
    }
    const at = dest.lastIndexOf("@");
    const user = at >= 0 ? dest.slice(0, at) : ctx.state.user;
    const target = at >= 0 ? dest.slice(at + 1) : dest;
    const t = resolveSshTarget(ctx.state, h, target);
    if (!t.info) {
      const r = simResolve(ctx.state.world, h.id, target);
      if (!IPV4.test(target) && !r.answers.length) return { code: 255, out: [err(`ssh: Could not resolve hostname ${target}: Name or service not known\n`)] };
      const tr0 = traceTo(ctx, h, target, 22);
      return { code: 255, out: [err(`ssh: connect to host ${target} port 22: Connection timed out\n`), ...blockNote(tr0)], wait: { seconds: 3, realSeconds: 130 } };
    }
    const tr = simTrace(ctx.state.world, { from: h.id, to: { ip: t.info.ip }, port: 22, protocol: "tcp" });
    ctx.traces?.push(tr);
    const shownHost = t.viaName ? t.info.ip : target;
    if (tr.outcome === "timeout" || tr.outcome === "dns-failure") {
      return { code: 255, out: [err(`ssh: connect to host ${shownHost} port 22: Connection timed out\n`), note("(ssh waited about 2 minutes for the TCP handshake.)\n"), ...blockNote(tr)], wait: { seconds: 3, realSeconds: 130 } };
    }
    if (tr.outcome === "refused") return { code: 255, out: [err(`ssh: connect to host ${shownHost} port 22: Connection refused\n`), ...blockNote(tr)] };
    if (user !== "ec2-user" && user !== "root" && t.info.kind === "instance") {
      return { code: 255, out: [err(`${user}@${shownHost}: Permission denied (publickey,gssapi-keyex,gssapi-with-mic).\n`)] };
    }
    const chunks: OutputChunk[] = [];
    if (t.viaName) chunks.push(note(`(Pathwise resolved the instance name ${target} to ${t.info.ip}; real ssh needs an IP address or DNS name.)\n`));
    if (cmd.length && ctx.runLine) {
      // ssh HOST CMD: run one command there and come back.
      const remote: ShellState = { ...ctx.state, hostStack: [...ctx.state.hostStack, t.info.id], user, cwd: homeOf(user), env: { HOME: homeOf(user), USER: user, PATH: ctx.state.env.PATH ?? "/usr/bin" } };
      const quoted = cmd.join(" ");
      const r = ctx.runLine(remote, quoted);
      ctx.traces?.push(...r.traces);
      return { code: r.exitCode, out: [...chunks, ...r.output], state: { ...ctx.state, world: r.state.world }, wait: r.wait };
    }
    const home = homeOf(user);
    const state: ShellState = {
      ...ctx.state,
      hostStack: [...ctx.state.hostStack, t.info.id],
      sshSaved: [...(ctx.state.sshSaved ?? []), { user: ctx.state.user, cwd: ctx.state.cwd, env: ctx.state.env }],
      user,
      cwd: home,
      // A new login shell: exported variables of the first host are not carried over.
      env: { HOME: home, USER: user, LOGNAME: user, SHELL: "/bin/bash", PATH: ctx.state.env.PATH ?? "/usr/local/bin:/usr/bin", PWD: home, LANG: "C.UTF-8", TERM: ctx.state.env.TERM ?? "xterm-256color" },
      dirs: ctx.state.dirs.includes(homeOf(user)) ? ctx.state.dirs : [...ctx.state.dirs, homeOf(user)],
    };
    const banner = t.info.kind === "instance" ? AL2023_BANNER + `Last login: ${unixDate(clockOf(ctx.state) - 3600_000)} from ${h.ip}\n` : `Welcome to ${t.info.name}\n`;
    chunks.push(out(banner));
    return { code: 0, out: chunks, state };
  },
};

// ── ip ──────────────────────────────────────────────────────────────────────────────────────

function cidrOfSubnet(world: World, subnetId: string | undefined): string | undefined {
  return subnetId ? world.subnets[subnetId]?.cidrBlock : undefined;
}

function ipToNum(ip: string): number {
  return ip.split(".").reduce((a, p) => a * 256 + Number(p), 0);
}

function numToIp(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join(".");
}

const ipCmd: CommandSpec = {
  name: "ip",
  summary: "show addresses and routes (ip addr, ip route)",
  run(ctx, args) {
    const h = currentHost(ctx.state);
    if (!h) return noHost("ip");
    const sub = args.filter((a) => !a.startsWith("-"))[0] ?? "";
    const cidr = cidrOfSubnet(ctx.state.world, h.subnetId) ?? `${h.ip.split(".").slice(0, 3).join(".")}.0/24`;
    const [net, plenS] = cidr.split("/");
    const plen = Number(plenS);
    const base = ipToNum(net);
    const gw = numToIp(base + 1);
    const bcast = numToIp(base + 2 ** (32 - plen) - 1);
    const mac = "0e:" + (hash(h.id).toString(16).padStart(8, "0") + "ab").match(/../g)!.slice(0, 5).join(":");
    const vpcCidr = h.vpcId ? ctx.state.world.vpcs[h.vpcId]?.cidrBlock : undefined;
    const dns = vpcCidr ? numToIp(ipToNum(vpcCidr.split("/")[0]) + 2) : undefined;
    if ("addr".startsWith(sub) || "address".startsWith(sub) || sub === "a") {
      if (!sub) return { code: 0, out: [out("Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\nwhere  OBJECT := { address | link | neigh | route | rule | ... }\n")] };
      const text = [
        "1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000",
        "    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00",
        "    inet 127.0.0.1/8 scope host lo",
        "       valid_lft forever preferred_lft forever",
        "2: ens5: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 9001 qdisc mq state UP group default qlen 1000",
        `    link/ether ${mac} brd ff:ff:ff:ff:ff:ff`,
        "    altname enp0s5",
        `    inet ${h.ip}/${plen} metric 512 brd ${bcast} scope global dynamic ens5`,
        "       valid_lft 3599sec preferred_lft 3599sec",
        "",
      ].join("\n");
      return { code: 0, out: [out(text)] };
    }
    if ("route".startsWith(sub) || sub === "r") {
      const lines = [`default via ${gw} dev ens5 proto dhcp src ${h.ip} metric 512`];
      if (dns) lines.push(`${dns} via ${gw} dev ens5 proto dhcp src ${h.ip} metric 512`);
      lines.push(`${cidr} dev ens5 proto kernel scope link src ${h.ip} metric 512`, `${gw} dev ens5 proto dhcp scope link src ${h.ip} metric 512`, "");
      return {
        code: 0,
        out: [out(lines.join("\n")), note("(The OS only knows its subnet's router; the VPC route table decides what happens next — see aws ec2 describe-route-tables.)\n")],
      };
    }
    return { code: 1, out: [err(`Object "${sub}" is unknown, try "ip help".\n`)] };
  },
};

const ifconfig: CommandSpec = {
  name: "ifconfig",
  summary: "(not installed on Amazon Linux 2023; use ip addr)",
  run() {
    return { code: 127, out: [err("bash: ifconfig: command not found\n"), note("(Amazon Linux 2023 ships without net-tools; use `ip addr`.)\n")] };
  },
};

export const netTools: CommandSpec[] = [dig, nslookup, hostCmd, curl, ping, traceroute, nc, { ...nc, name: "ncat" }, ssh, ipCmd, ifconfig];

export function callerArnOf(state: ShellState): string | undefined {
  const h = currentHost(state);
  return h ? simCallerOf(state.world, h.id)?.arn : undefined;
}

export type { CmdContext };
