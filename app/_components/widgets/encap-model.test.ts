import { describe, expect, it } from "vitest";
import { encapsulate, type TunnelProtocol } from "@/lib/sim/encap";
import { PROTOCOLS, buildStages, drawLayers, protectionText, toProtocol } from "./encap-model";

describe("encapsulation widget model", () => {
  it.each([
    ["ipsec-esp-tunnel", "ipsec-esp-tunnel"],
    ["ipsec-esp-transport", "ipsec-esp-transport"],
    ["wireguard", "wireguard"],
    ["openvpn-tls-udp", "openvpn-udp"],
    ["openvpn-tls-tcp", "openvpn-tcp"],
    ["gre", "gre"],
    [undefined, "ipsec-esp-tunnel"],
    ["nonsense", "ipsec-esp-tunnel"],
  ])("maps the lesson prop %s to %s", (name, want) => expect(toProtocol(name)).toBe(want));

  const all = PROTOCOLS.map((p) => p.id as TunnelProtocol);
  it.each(all)("%s: drawn layers add up to the wire size and the stages build up to it", (protocol) => {
    for (const natT of [false, true]) {
      const r = encapsulate({ protocol, innerPacketBytes: 1000, natT });
      const layers = drawLayers(r);
      expect(layers.reduce((s, l) => s + l.bytes, 0)).toBe(r.totalBytes);
      const stages = buildStages(layers, protocol);
      expect(stages[stages.length - 1].layers).toEqual(layers);
      expect(stages[0].layers.reduce((s, l) => s + l.bytes, 0)).toBe(1000);
      expect(stages[0].layers.some((l) => l.encrypted || l.authenticated)).toBe(false);
      for (let i = 1; i < stages.length; i++)
        expect(stages[i].layers.length).toBeGreaterThan(stages[i - 1].layers.length);
    }
  });

  it("ESP tunnel: the whole inner packet is encrypted; ESP header through trailer authenticated; outer header neither", () => {
    const layers = drawLayers(encapsulate({ protocol: "ipsec-esp-tunnel", innerPacketBytes: 1000 }));
    expect(layers.map((l) => [l.kind, l.bytes, l.encrypted, l.authenticated])).toEqual([
      ["outer", 20, false, false],
      ["tunnel", 8, false, true],
      ["tunnel", 8, false, true],
      ["inner-header", 20, true, true],
      ["payload", 980, true, true],
      ["trailer", 4, true, true],
      ["tag", 16, false, false],
    ]);
    expect(protectionText(layers).clear).toMatch(/^Outer IPv4 header, ESP header .*IV \(36 B\)$/);
  });

  it("GRE and IP-in-IP protect nothing", () => {
    for (const protocol of ["gre", "ipip"] as const) {
      const text = protectionText(drawLayers(encapsulate({ protocol, innerPacketBytes: 500 })));
      expect(text.encrypted).toBe("nothing");
      expect(text.authenticated).toBe("nothing");
    }
  });
});
