/**
 * The harness's DNS server (dns.ts) and the network translation (translate.ts). The reply layout is
 * RFC 1035 §4.1; sizes are checked against Pathwise's dig MSG SIZE, which the fidelity run compares
 * with the real dig's.
 */
import { describe, expect, it } from "vitest";
import { respond, type Answerer } from "./dns";
import { translateNet } from "./translate";

function query(name: string, type: number, id = 0x1234, edns = true): Buffer {
  const labels = name.split(".").flatMap((l) => [l.length, ...Buffer.from(l)]);
  const q = [0x12, 0x34, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, edns ? 1 : 0, ...labels, 0, 0, type, 0, 1];
  q[0] = id >> 8;
  q[1] = id & 0xff;
  const opt = edns ? [0, 0, 41, 0x04, 0xd0, 0, 0, 0, 0, 0, 0] : [];
  return Buffer.from([...q, ...opt]);
}

const answer: Answerer = (_server, qname) =>
  qname === "nx.example" ? { rcode: 3, answers: [] } : { rcode: 0, answers: [{ name: qname, type: "CNAME", ttl: 60, data: "b.amazonaws.com" }, { name: "b.amazonaws.com", type: "A", ttl: 60, data: "52.1.2.3" }] };

describe("dns stub", () => {
  it("answers as a recursive resolver: same id, qr rd ra, the question echoed, compressed names", () => {
    const r = respond(query("s3.amazonaws.com", 1), "127.0.0.53", answer) as Buffer;
    expect(r.readUInt16BE(0)).toBe(0x1234);
    expect(r.readUInt16BE(2)).toBe(0x8180);
    expect([r.readUInt16BE(4), r.readUInt16BE(6), r.readUInt16BE(8), r.readUInt16BE(10)]).toEqual([1, 2, 0, 1]);
    // 12 header + 18 name + 4 + CNAME (2 ptr + 10 + rdata "b" + ptr → 4) + A (2 ptr + 10 + 4) + OPT 11
    expect(r.length).toBe(12 + 18 + 4 + (2 + 10 + 4) + (2 + 10 + 4) + 11);
  });
  it("NXDOMAIN carries rcode 3 and no answers; no OPT when the query had none", () => {
    const r = respond(query("nx.example", 1, 7, false), "127.0.0.53", answer) as Buffer;
    expect(r.readUInt16BE(2) & 0xf).toBe(3);
    expect(r.readUInt16BE(6)).toBe(0);
    expect(r.readUInt16BE(10)).toBe(0);
  });
  it("stays silent when told to drop (a resolver that times out) and ignores replies", () => {
    expect(respond(query("a.b", 1), "10.0.0.2", () => "drop")).toBeNull();
    const reply = respond(query("a.b", 1), "10.0.0.2", answer) as Buffer;
    expect(respond(reply, "10.0.0.2", answer)).toBeNull();
  });
});

describe("translateNet", () => {
  const meter = "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n\r  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0";
  it("drops curl's progress meter where the output would reach the terminal", () => {
    const real = { stdout: "", stderr: meter + "curl: (6) Could not resolve host: x\n", code: 6 };
    expect(translateNet(real, { stdout: "", stderr: "curl: (6) Could not resolve host: x\n", code: 6 }, "curl http://x").stderr).toBe("curl: (6) Could not resolve host: x\n");
  });
  it("keeps the meter when the line sends the output elsewhere, so a missing one still shows", () => {
    const real = { stdout: "", stderr: meter + "\n", code: 0 };
    expect(translateNet(real, { stdout: "", stderr: "", code: 0 }, "curl http://x -o out").stderr).toContain("% Total");
  });
  it("takes Pathwise's per-run fields and nothing else", () => {
    const real = { stdout: ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 999\n;; Query time: 3 msec\nx. 60 IN A 1.2.3.4\n", stderr: "", code: 0 };
    const mine = { stdout: ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 5\n;; Query time: 0 msec\nx. 60 IN A 1.2.3.5\n", stderr: "", code: 0 };
    const t = translateNet(real, mine, "dig x");
    expect(t.stdout).toBe(";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 5\n;; Query time: 0 msec\nx. 60 IN A 1.2.3.4\n");
  });
});
