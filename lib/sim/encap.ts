/**
 * Tunnel encapsulation arithmetic: the layers, their sizes, the overhead, the largest inner packet
 * that fits the outer MTU, and the TCP MSS that follows.
 *
 * Sources for the numbers:
 *  - ESP (RFC 4303): SPI 4 + sequence 4, payload, padding so that (payload + 2) is a multiple of the
 *    cipher block (4 for AES-GCM, 16 for AES-CBC), pad length 1, next header 1, then the ICV.
 *  - AES-GCM for ESP (RFC 4106): 8-byte explicit IV, 16-byte ICV.
 *  - AES-CBC (RFC 3602): 16-byte IV; HMAC-SHA1-96 ICV 12 bytes (RFC 2404); HMAC-SHA-256-128 ICV 16 (RFC 4868).
 *  - NAT traversal (RFC 3948): an 8-byte UDP header (port 4500) before ESP.
 *  - WireGuard (whitepaper §5.4.6): type 4 + receiver 4 + counter 8 = 16-byte header, 16-byte
 *    Poly1305 tag, over UDP; plaintext padded to 16 bytes (never past the MTU). Its default interface
 *    MTU 1420 = 1500 − 40 (IPv6) − 8 (UDP) − 32; over IPv4 the room is 1440.
 *  - GRE (RFC 2784) 4-byte header; IP-in-IP (RFC 2003) adds only an outer IPv4 header.
 *  - OpenVPN data channel v2 with AES-GCM: opcode+peer-id 4, packet id 4, tag 16 (over UDP; TCP adds a
 *    20-byte TCP header and a 2-byte length prefix).
 */

export type TunnelProtocol =
  "ipsec-esp-tunnel" | "ipsec-esp-transport" | "wireguard" | "openvpn-udp" | "openvpn-tcp" | "gre" | "ipip";
export type EspCipher = "aes-gcm-16" | "aes-cbc-sha1" | "aes-cbc-sha256";

export interface EncapInput {
  protocol: TunnelProtocol;
  /** size of the original IP packet (header included) */
  innerPacketBytes: number;
  /** default 1500 */
  outerMtu?: number;
  /** ESP cipher; default aes-gcm-16 */
  cipher?: EspCipher;
  /** ESP in UDP 4500 (NAT traversal); default false */
  natT?: boolean;
  /** outer IP version; default 4 */
  outerIpVersion?: 4 | 6;
}

export interface Layer {
  name: string;
  bytes: number;
  description: string;
  /** true for layers that are encrypted */
  encrypted?: boolean;
}

export interface EncapResult {
  protocol: TunnelProtocol;
  layers: Layer[];
  totalBytes: number;
  overheadBytes: number;
  outerMtu: number;
  /** largest inner packet that fits in one outer packet */
  innerMtu: number;
  /** innerMtu − 20 (IPv4) − 20 (TCP) */
  tcpMss: number;
  /** the given inner packet does not fit: it must be fragmented (or dropped with DF set) */
  fragmented: boolean;
}

const CIPHERS: Record<EspCipher, { iv: number; icv: number; block: number; label: string }> = {
  "aes-gcm-16": { iv: 8, icv: 16, block: 4, label: "AES-GCM (16-byte ICV)" },
  "aes-cbc-sha1": { iv: 16, icv: 12, block: 16, label: "AES-CBC + HMAC-SHA1-96" },
  "aes-cbc-sha256": { iv: 16, icv: 16, block: 16, label: "AES-CBC + HMAC-SHA-256-128" },
};

/** A conservative figure often given for AWS Site-to-Site VPN tunnels [Unverified here; see the AWS S2S VPN customer-gateway best practices]. */
export const AWS_S2S_CONSERVATIVE = { mtu: 1399, mss: 1379 } as const;

function ceilTo(n: number, m: number): number {
  return Math.ceil(n / m) * m;
}

function layersFor(
  input: Required<Omit<EncapInput, "cipher" | "natT" | "outerIpVersion">> & {
    cipher: EspCipher;
    natT: boolean;
    outerIpVersion: 4 | 6;
  },
  inner: number,
): Layer[] {
  const ipHdr = input.outerIpVersion === 6 ? 40 : 20;
  const outerIp: Layer = {
    name: `Outer IPv${input.outerIpVersion} header`,
    bytes: ipHdr,
    description: "New header addressed tunnel endpoint to tunnel endpoint.",
  };
  switch (input.protocol) {
    case "ipsec-esp-tunnel":
    case "ipsec-esp-transport": {
      const c = CIPHERS[input.cipher];
      const transport = input.protocol === "ipsec-esp-transport";
      const protectedBytes = transport ? Math.max(0, inner - 20) : inner;
      const padded = ceilTo(protectedBytes + 2, c.block);
      const pad = padded - protectedBytes - 2;
      const out: Layer[] = transport
        ? [
            {
              name: "Original IPv4 header",
              bytes: 20,
              description:
                "Transport mode keeps the original header (protocol field becomes 50, ESP); only the payload is protected.",
            },
          ]
        : [outerIp];
      if (input.natT)
        out.push({
          name: "UDP header (NAT-T, port 4500)",
          bytes: 8,
          description: "ESP wrapped in UDP so it survives NAT devices (RFC 3948).",
        });
      out.push({
        name: "ESP header (SPI + sequence)",
        bytes: 8,
        description: "Security Parameters Index (4) identifies the SA; sequence number (4) defeats replays.",
      });
      out.push({ name: "IV", bytes: c.iv, description: `Initialisation vector for ${c.label}.` });
      out.push({
        name: transport ? "Protected payload (original payload)" : "Protected payload (whole original packet)",
        bytes: protectedBytes,
        description: transport
          ? "TCP/UDP header and data of the original packet, encrypted."
          : "The original IP header and payload, encrypted: the inner addresses are hidden.",
        encrypted: true,
      });
      out.push({
        name: "ESP trailer (padding + pad length + next header)",
        bytes: pad + 2,
        description: `${pad} padding byte(s) to align to ${c.block} bytes, then pad length (1) and next header (1).`,
        encrypted: true,
      });
      out.push({ name: "ICV (integrity check value)", bytes: c.icv, description: `Authentication tag of ${c.label}.` });
      return out;
    }
    case "wireguard": {
      const padded = ceilTo(inner, 16);
      return [
        outerIp,
        { name: "UDP header", bytes: 8, description: "WireGuard runs over UDP (default port 51820)." },
        {
          name: "WireGuard header (type, receiver, counter)",
          bytes: 16,
          description: "Message type 4 (transport data), receiver index, 64-bit nonce counter.",
        },
        {
          name: "Encrypted inner packet",
          bytes: inner,
          description: "The original IP packet, encrypted with ChaCha20.",
          encrypted: true,
        },
        {
          name: "Padding",
          bytes: padded - inner,
          description: "Plaintext padded to a multiple of 16 bytes (never beyond the MTU).",
          encrypted: true,
        },
        { name: "Poly1305 tag", bytes: 16, description: "Authentication tag." },
      ];
    }
    case "openvpn-udp":
    case "openvpn-tcp": {
      const out: Layer[] = [outerIp];
      if (input.protocol === "openvpn-udp")
        out.push({ name: "UDP header", bytes: 8, description: "OpenVPN over UDP (default port 1194)." });
      else {
        out.push({
          name: "TCP header",
          bytes: 20,
          description: "OpenVPN over TCP: reliable, but TCP-in-TCP can stall under loss.",
        });
        out.push({
          name: "Packet length",
          bytes: 2,
          description: "TCP mode prefixes each OpenVPN packet with its length.",
        });
      }
      out.push({ name: "Opcode + peer id", bytes: 4, description: "P_DATA_V2 opcode (1) and peer id (3)." });
      out.push({ name: "Packet id", bytes: 4, description: "Replay protection / GCM nonce part." });
      out.push({ name: "GCM tag", bytes: 16, description: "AES-GCM authentication tag." });
      out.push({
        name: "Encrypted inner packet",
        bytes: inner,
        description: "The original IP packet (tun mode), encrypted inside the TLS-negotiated data channel.",
        encrypted: true,
      });
      return out;
    }
    case "gre":
      return [
        outerIp,
        {
          name: "GRE header",
          bytes: 4,
          description: "Generic Routing Encapsulation: flags/version and protocol type. No encryption.",
        },
        { name: "Inner packet", bytes: inner, description: "The original IP packet, in clear text." },
      ];
    case "ipip":
      return [
        outerIp,
        { name: "Inner packet", bytes: inner, description: "The original IP packet, in clear text (IP protocol 4)." },
      ];
  }
}

function total(layers: Layer[]): number {
  return layers.reduce((s, l) => s + l.bytes, 0);
}

/** Compute the layers and MTU figures. Invalid numbers are clamped (never throws). */
export function encapsulate(input: EncapInput): EncapResult {
  const protocol: TunnelProtocol = (
    ["ipsec-esp-tunnel", "ipsec-esp-transport", "wireguard", "openvpn-udp", "openvpn-tcp", "gre", "ipip"] as const
  ).includes(input?.protocol)
    ? input.protocol
    : "ipsec-esp-tunnel";
  const cipher: EspCipher = input?.cipher && CIPHERS[input.cipher] ? input.cipher : "aes-gcm-16";
  const outerMtu =
    Number.isFinite(input?.outerMtu) && (input.outerMtu as number) >= 68 ? Math.floor(input.outerMtu as number) : 1500;
  const inner =
    Number.isFinite(input?.innerPacketBytes) && input.innerPacketBytes >= 20 ? Math.floor(input.innerPacketBytes) : 20;
  const full = {
    protocol,
    innerPacketBytes: inner,
    outerMtu,
    cipher,
    natT: !!input?.natT,
    outerIpVersion: input?.outerIpVersion === 6 ? (6 as const) : (4 as const),
  };
  const layers = layersFor(full, inner);
  const totalBytes =
    protocol === "wireguard"
      ? Math.min(total(layers), Math.max(total(layers) - layers[4].bytes, outerMtu))
      : total(layers);
  if (protocol === "wireguard" && totalBytes !== total(layers))
    layers[4] = { ...layers[4], bytes: layers[4].bytes - (total(layers) - totalBytes) };
  // largest inner packet that fits
  let innerMtu = 0;
  for (let n = Math.min(outerMtu, 65535); n >= 20; n--) {
    const ls = layersFor(full, n);
    const size = protocol === "wireguard" ? total(ls) - ls[4].bytes : total(ls);
    if (size <= outerMtu) {
      innerMtu = n;
      break;
    }
  }
  return {
    protocol,
    layers,
    totalBytes,
    overheadBytes: totalBytes - inner,
    outerMtu,
    innerMtu,
    tcpMss: Math.max(0, innerMtu - 40),
    fragmented: totalBytes > outerMtu,
  };
}
