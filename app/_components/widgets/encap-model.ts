/**
 * Turns the simulator's layer list (lib/sim/encap.ts) into what the encapsulation widget draws:
 * the whole inner packet split into its IP header and payload, a kind per layer for colour and a
 * short label, and which bytes each protocol encrypts and authenticates. No React here.
 */
import type { EncapResult, Layer, TunnelProtocol } from "@/lib/sim/encap";

export type PartKind = "outer" | "tunnel" | "inner-header" | "payload" | "trailer" | "tag";

export interface DrawnLayer {
  key: string;
  name: string;
  short: string;
  bytes: number;
  description: string;
  kind: PartKind;
  encrypted: boolean;
  authenticated: boolean;
}

export const PROTOCOLS: ReadonlyArray<{ id: TunnelProtocol; label: string }> = [
  { id: "ipsec-esp-tunnel", label: "IPsec ESP, tunnel mode" },
  { id: "ipsec-esp-transport", label: "IPsec ESP, transport mode" },
  { id: "wireguard", label: "WireGuard" },
  { id: "openvpn-udp", label: "OpenVPN (TLS) over UDP" },
  { id: "openvpn-tcp", label: "OpenVPN (TLS) over TCP" },
  { id: "gre", label: "GRE (no encryption)" },
  { id: "ipip", label: "IP-in-IP (no encryption)" },
];

/** The names lessons use for the `protocol` prop, mapped to the simulator's. */
export function toProtocol(name: string | undefined): TunnelProtocol {
  const aliases: Record<string, TunnelProtocol> = {
    "openvpn-tls-udp": "openvpn-udp",
    "openvpn-tls-tcp": "openvpn-tcp",
    openvpn: "openvpn-udp",
    ipsec: "ipsec-esp-tunnel",
    "ipsec-tunnel": "ipsec-esp-tunnel",
    "ipsec-transport": "ipsec-esp-transport",
    "ip-in-ip": "ipip",
  };
  const n = (name ?? "").trim().toLowerCase();
  if (PROTOCOLS.some((p) => p.id === n)) return n as TunnelProtocol;
  return aliases[n] ?? "ipsec-esp-tunnel";
}

export const isEsp = (p: TunnelProtocol) => p === "ipsec-esp-tunnel" || p === "ipsec-esp-transport";

const INNER_WHOLE = /^(Protected payload \(whole original packet\)|Encrypted inner packet|Inner packet)$/;

function kindOf(layer: Layer): { kind: PartKind; short: string } {
  const n = layer.name;
  if (n.startsWith("Outer IP")) return { kind: "outer", short: "Outer" };
  if (n.startsWith("Original IP")) return { kind: "inner-header", short: "IP" };
  if (n.startsWith("Protected payload (original payload)")) return { kind: "payload", short: "Payload" };
  if (n.startsWith("ESP trailer")) return { kind: "trailer", short: "Trailer" };
  if (n === "Padding") return { kind: "trailer", short: "Pad" };
  if (n.startsWith("ICV")) return { kind: "tag", short: "ICV" };
  if (/tag$/i.test(n)) return { kind: "tag", short: "Tag" };
  if (n.startsWith("UDP")) return { kind: "tunnel", short: "UDP" };
  if (n.startsWith("TCP")) return { kind: "tunnel", short: "TCP" };
  if (n.startsWith("ESP header")) return { kind: "tunnel", short: "ESP" };
  if (n === "IV") return { kind: "tunnel", short: "IV" };
  if (n.startsWith("WireGuard")) return { kind: "tunnel", short: "WG" };
  if (n.startsWith("GRE")) return { kind: "tunnel", short: "GRE" };
  if (n.startsWith("Opcode")) return { kind: "tunnel", short: "Op" };
  if (n.startsWith("Packet id")) return { kind: "tunnel", short: "PID" };
  if (n.startsWith("Packet length")) return { kind: "tunnel", short: "Len" };
  return { kind: "tunnel", short: n.slice(0, 4) };
}

/** Which layers the protocol's integrity check covers (RFC 4303 §3.3.2; OpenVPN AEAD data channel v2; WireGuard AEAD). */
function isAuthenticated(protocol: TunnelProtocol, name: string, encrypted: boolean): boolean {
  if (isEsp(protocol)) return name.startsWith("ESP header") || name === "IV" || encrypted;
  if (protocol === "openvpn-udp" || protocol === "openvpn-tcp")
    return name.startsWith("Opcode") || name.startsWith("Packet id") || encrypted;
  if (protocol === "wireguard") return encrypted;
  return false;
}

export function drawLayers(result: EncapResult): DrawnLayer[] {
  const out: DrawnLayer[] = [];
  result.layers.forEach((layer, i) => {
    const encrypted = Boolean(layer.encrypted);
    const { kind, short } = kindOf(layer);
    const authenticated = isAuthenticated(result.protocol, layer.name, encrypted);
    if (INNER_WHOLE.test(layer.name) && layer.bytes >= 20) {
      const how = encrypted ? "encrypted" : "in clear text";
      out.push({
        key: `${i}-hdr`,
        name: "Inner IPv4 header",
        short: "IP",
        bytes: 20,
        description: `The original packet's own header (laptop to server, private addresses), ${how}.`,
        kind: "inner-header",
        encrypted,
        authenticated,
      });
      out.push({
        key: `${i}-data`,
        name: "Inner payload (TCP/UDP + data)",
        short: "Payload",
        bytes: layer.bytes - 20,
        description: `The original transport header and application data, ${how}.`,
        kind: "payload",
        encrypted,
        authenticated,
      });
      return;
    }
    out.push({
      key: String(i),
      name: layer.name,
      short,
      bytes: layer.bytes,
      description: layer.description,
      kind,
      encrypted,
      authenticated,
    });
  });
  return out;
}

/** One sentence per property, built from the layers, so the text always matches the picture. */
export function protectionText(layers: DrawnLayer[]): { encrypted: string; authenticated: string; clear: string } {
  const list = (ls: DrawnLayer[]) =>
    ls.length === 0 ? "nothing" : `${ls.map((l) => l.name).join(", ")} (${ls.reduce((s, l) => s + l.bytes, 0)} B)`;
  return {
    encrypted: list(layers.filter((l) => l.encrypted && l.bytes > 0)),
    authenticated: list(layers.filter((l) => l.authenticated && l.bytes > 0)),
    clear: list(layers.filter((l) => !l.encrypted && l.kind !== "tag" && l.bytes > 0)),
  };
}

export interface Stage {
  title: string;
  /** the layers present once this step is done, outermost first */
  layers: DrawnLayer[];
}

type Group = "base" | "seal" | "carry" | "outer";

function groupOf(l: DrawnLayer): Group {
  if (l.kind === "inner-header" || l.kind === "payload") return "base";
  if (l.kind === "outer") return "outer";
  if (/^(UDP|TCP|Packet length)/.test(l.name)) return "carry";
  return "seal";
}

/** The packet built up one wrapping step at a time: original packet, protocol fields, transport, outer header. */
export function buildStages(layers: DrawnLayer[], protocol: TunnelProtocol): Stage[] {
  const titles: Record<Group, string> = {
    base: "The original packet: its own header and payload, readable by anyone on the path.",
    seal: isEsp(protocol)
      ? "ESP wraps the payload: header (SPI, sequence), IV, encryption, trailer and ICV."
      : protocol === "wireguard"
        ? "WireGuard encrypts the packet and adds its header, padding and Poly1305 tag."
        : protocol === "gre"
          ? "A GRE header says what is inside. Nothing is encrypted."
          : "OpenVPN encrypts the packet and adds its data-channel fields and tag.",
    carry: isEsp(protocol)
      ? "A UDP header (port 4500) so the ESP packet passes NAT devices."
      : protocol === "openvpn-tcp"
        ? "A TCP header and a length prefix: OpenVPN rides on TCP."
        : "A UDP header: the tunnel rides on UDP.",
    outer: "The outer IP header, tunnel endpoint to tunnel endpoint: ready to send.",
  };
  const order: Group[] = ["base", "seal", "carry", "outer"];
  const present = order.filter((g) => layers.some((l) => groupOf(l) === g));
  return present.map((g, i) => {
    const upTo = new Set(present.slice(0, i + 1));
    const ls = layers.filter((l) => upTo.has(groupOf(l)));
    // Before the protocol has sealed it, nothing is encrypted or authenticated yet.
    return { title: titles[g], layers: i === 0 ? ls.map(unprotected) : ls };
  });
}

function unprotected(l: DrawnLayer): DrawnLayer {
  const base = { ...l, encrypted: false, authenticated: false };
  if (l.kind === "payload")
    return {
      ...base,
      name: "Payload (TCP/UDP + data)",
      description: "The original transport header and application data, not yet protected.",
    };
  if (l.kind === "inner-header")
    return {
      ...base,
      name: "IPv4 header",
      description: "The original packet's own header (laptop to server, private addresses), in clear text.",
    };
  return base;
}
