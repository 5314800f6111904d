// Who is the client? The production server (scripts/server.mjs) answers this once per request from
// the TCP socket and, only when TRUST_PROXY says so, from X-Forwarded-For. Everything downstream
// (Better Auth's rate limit, the join-code throttle) reads the one header the server writes.
// Plain JavaScript so `node scripts/server.mjs` runs it without a build; unit-tested in
// scripts/client-address.test.ts.
import ipaddr from "ipaddr.js";

/** The header the server sets on every request it hands to Next; any copy a client sends is dropped. */
export const CLIENT_HEADER = "x-pathwise-client";

/**
 * @typedef {{ kind: "none" } | { kind: "hops"; hops: number } | { kind: "list"; nets: Array<[ipaddr.IPv4 | ipaddr.IPv6, number]>; source: string }} TrustProxy
 */

const KEYWORDS = {
  loopback: ["127.0.0.0/8", "::1/128"],
  uniquelocal: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"],
  linklocal: ["169.254.0.0/16", "fe80::/10"],
};

/**
 * Parses TRUST_PROXY: unset, "", "false" or "0" → trust no proxy (the socket's address is the
 * client); a whole number N ≥ 1 → N proxies in front, each appending to X-Forwarded-For; otherwise a
 * comma-separated list of proxy addresses, CIDR ranges or the words loopback, uniquelocal, linklocal.
 * Throws an Error naming the bad entry.
 * @param {string | undefined} value
 * @returns {TrustProxy}
 */
export function parseTrustProxy(value) {
  const text = (value ?? "").trim();
  if (text === "" || text === "false" || text === "0") return { kind: "none" };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 16) throw new Error(`TRUST_PROXY=${text}: at most 16 proxy hops are supported.`);
    return { kind: "hops", hops };
  }
  if (text === "true") {
    throw new Error("TRUST_PROXY=true would trust any X-Forwarded-For a client sends. Give the number of proxies in front (e.g. 1) or their addresses (e.g. 10.0.0.5, loopback).");
  }
  /** @type {Array<[ipaddr.IPv4 | ipaddr.IPv6, number]>} */
  const nets = [];
  for (const raw of text.split(",")) {
    const entry = raw.trim();
    if (!entry) continue;
    const ranges = KEYWORDS[/** @type {keyof typeof KEYWORDS} */ (entry.toLowerCase())] ?? [entry];
    for (const range of ranges) {
      try {
        nets.push(range.includes("/") ? ipaddr.parseCIDR(range) : [ipaddr.parse(range), ipaddr.parse(range).kind() === "ipv4" ? 32 : 128]);
      } catch {
        throw new Error(`TRUST_PROXY: "${entry}" is not an IP address, a CIDR range (10.0.0.0/8) or one of loopback, uniquelocal, linklocal.`);
      }
    }
  }
  if (nets.length === 0) throw new Error(`TRUST_PROXY="${text}" names no proxy.`);
  return { kind: "list", nets, source: text };
}

/** @param {string} address */
function parseAddress(address) {
  try {
    const parsed = ipaddr.parse(address);
    return parsed.kind() === "ipv6" && /** @type {ipaddr.IPv6} */ (parsed).isIPv4MappedAddress() ? /** @type {ipaddr.IPv6} */ (parsed).toIPv4Address() : parsed;
  } catch {
    return null;
  }
}

/** @param {string} address */
function normalise(address) {
  return parseAddress(address)?.toString() ?? address;
}

/**
 * The client's address for a request that arrived on a socket from `socketAddress`, carrying
 * `forwardedFor` (the X-Forwarded-For header, possibly several joined by commas).
 * @param {string | undefined} socketAddress
 * @param {string | string[] | undefined} forwardedFor
 * @param {TrustProxy} trust
 * @returns {string}
 */
export function clientAddress(socketAddress, forwardedFor, trust) {
  const socket = normalise(socketAddress ?? "unknown");
  if (trust.kind === "none") return socket;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  // The chain as the last proxy sees it: what each hop appended, then the hop that connected to us.
  const chain = [...header.split(",").map((s) => s.trim()).filter(Boolean), socket];
  if (trust.kind === "hops") {
    // N trusted proxies: the client is the address the outermost of them saw, N entries from the right.
    return normalise(chain[Math.max(0, chain.length - 1 - trust.hops)]);
  }
  // Strip trusted proxies from the right; the first address that is not one of them is the client.
  for (let i = chain.length - 1; i >= 0; i--) {
    const parsed = parseAddress(chain[i]);
    if (!parsed) return normalise(chain[i + 1] ?? socket); // garbage in the header: stop at the last good hop
    const trusted = trust.nets.some(([net, bits]) => net.kind() === parsed.kind() && parsed.match(net, bits));
    if (!trusted || i === 0) return parsed.toString();
  }
  return socket;
}
