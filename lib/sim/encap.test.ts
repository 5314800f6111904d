import { describe, expect, it } from "vitest";
import { encapsulate, type EncapInput } from "./encap";

describe("encapsulation arithmetic", () => {
  // Each row's expected numbers follow from the header sizes cited in encap.ts.
  const rows: Array<{ name: string; input: EncapInput; innerMtu: number; tcpMss: number; overheadAt1400?: number }> = [
    // WireGuard's default interface MTU is 1420 (outer IPv6 40 + UDP 8 + 32); over IPv4 there are 1440 bytes of room.
    {
      name: "WireGuard over IPv6 (default MTU 1420)",
      input: { protocol: "wireguard", innerPacketBytes: 1400, outerIpVersion: 6 },
      innerMtu: 1420,
      tcpMss: 1380,
    },
    {
      name: "WireGuard over IPv4",
      input: { protocol: "wireguard", innerPacketBytes: 1400 },
      innerMtu: 1440,
      tcpMss: 1400,
      overheadAt1400: 60 + 8,
    },
    // ESP tunnel, AES-GCM: 20 + 8 + 8 + pad(n+2→4) + 16 ≤ 1500 → n ≤ 1446
    {
      name: "IPsec ESP tunnel, AES-GCM",
      input: { protocol: "ipsec-esp-tunnel", innerPacketBytes: 1400 },
      innerMtu: 1446,
      tcpMss: 1406,
      overheadAt1400: 20 + 8 + 8 + 2 + 2 + 16,
    },
    // …with NAT-T (+8 UDP) → 1438
    {
      name: "IPsec ESP tunnel, AES-GCM, NAT-T",
      input: { protocol: "ipsec-esp-tunnel", innerPacketBytes: 1400, natT: true },
      innerMtu: 1438,
      tcpMss: 1398,
    },
    // AES-CBC + SHA1-96: 20 + 8 + 16 + pad16(n+2) + 12 ≤ 1500 → pad16(n+2) ≤ 1444 → 1440 → n ≤ 1438
    {
      name: "IPsec ESP tunnel, AES-CBC/SHA1",
      input: { protocol: "ipsec-esp-tunnel", innerPacketBytes: 1400, cipher: "aes-cbc-sha1" },
      innerMtu: 1438,
      tcpMss: 1398,
    },
    // …with NAT-T: pad16(n+2) ≤ 1436 → 1424 → n ≤ 1422
    {
      name: "IPsec ESP tunnel, AES-CBC/SHA1, NAT-T",
      input: { protocol: "ipsec-esp-tunnel", innerPacketBytes: 1400, cipher: "aes-cbc-sha1", natT: true },
      innerMtu: 1422,
      tcpMss: 1382,
    },
    // AES-CBC + SHA-256-128: pad16(n+2) ≤ 1440 → n ≤ 1438; NAT-T: ≤ 1432 → 1424 → 1422
    {
      name: "IPsec ESP tunnel, AES-CBC/SHA256, NAT-T",
      input: { protocol: "ipsec-esp-tunnel", innerPacketBytes: 1400, cipher: "aes-cbc-sha256", natT: true },
      innerMtu: 1422,
      tcpMss: 1382,
    },
    // transport mode reuses the original header: 20 + 8 + 8 + pad4(n−20+2) + 16 ≤ 1500 → n ≤ 1466
    {
      name: "IPsec ESP transport, AES-GCM",
      input: { protocol: "ipsec-esp-transport", innerPacketBytes: 1400 },
      innerMtu: 1466,
      tcpMss: 1426,
    },
    {
      name: "GRE (24 bytes)",
      input: { protocol: "gre", innerPacketBytes: 1400 },
      innerMtu: 1476,
      tcpMss: 1436,
      overheadAt1400: 24,
    },
    {
      name: "IP-in-IP (20 bytes)",
      input: { protocol: "ipip", innerPacketBytes: 1400 },
      innerMtu: 1480,
      tcpMss: 1440,
      overheadAt1400: 20,
    },
    {
      name: "OpenVPN UDP, AES-GCM (52 bytes)",
      input: { protocol: "openvpn-udp", innerPacketBytes: 1400 },
      innerMtu: 1448,
      tcpMss: 1408,
      overheadAt1400: 52,
    },
    {
      name: "OpenVPN TCP, AES-GCM (66 bytes)",
      input: { protocol: "openvpn-tcp", innerPacketBytes: 1400 },
      innerMtu: 1434,
      tcpMss: 1394,
      overheadAt1400: 66,
    },
  ];
  it.each(rows)("$name: inner MTU $innerMtu, MSS $tcpMss", (row) => {
    const r = encapsulate(row.input);
    expect(r.innerMtu).toBe(row.innerMtu);
    expect(r.tcpMss).toBe(row.tcpMss);
    expect(r.totalBytes).toBe(r.layers.reduce((s, l) => s + l.bytes, 0));
    expect(r.overheadBytes).toBe(r.totalBytes - 1400);
    if (row.overheadAt1400 !== undefined) expect(r.overheadBytes).toBe(row.overheadAt1400);
    // a packet exactly at the inner MTU fits; one byte more does not
    expect(encapsulate({ ...row.input, innerPacketBytes: row.innerMtu }).fragmented).toBe(false);
    expect(encapsulate({ ...row.input, innerPacketBytes: row.innerMtu + 1 }).fragmented).toBe(true);
  });

  it("ESP tunnel layers: SPI+seq, IV, encrypted inner packet, trailer, ICV", () => {
    const r = encapsulate({ protocol: "ipsec-esp-tunnel", innerPacketBytes: 1000 });
    expect(r.layers.map((l) => l.bytes)).toEqual([20, 8, 8, 1000, 4, 16]);
    expect(r.layers.filter((l) => l.encrypted).map((l) => l.bytes)).toEqual([1000, 4]);
  });

  it("a full 1500-byte packet does not fit in any tunnel on a 1500 MTU path", () => {
    for (const protocol of ["ipsec-esp-tunnel", "wireguard", "gre", "openvpn-udp"] as const) {
      expect(encapsulate({ protocol, innerPacketBytes: 1500 }).fragmented).toBe(true);
    }
  });

  it("never throws on nonsense", () => {
    const r = encapsulate({ protocol: "nope" as never, innerPacketBytes: Number.NaN, outerMtu: -5 });
    expect(r.outerMtu).toBe(1500);
    expect(r.innerMtu).toBeGreaterThan(0);
  });
});
