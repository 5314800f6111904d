import { describe, expect, it } from "vitest";
import { cidrContains, cidrsOverlap, cidrWithin, formatIp, inCidr, isPrivateIp, parseCidr, parseIp } from "./ip";

describe("IPv4 parsing", () => {
  it.each([
    ["10.0.0.1", 0x0a000001],
    ["255.255.255.255", 0xffffffff],
    ["0.0.0.0", 0],
    ["256.0.0.1", undefined],
    ["10.0.0", undefined],
    ["01.2.3.4", undefined],
    ["a.b.c.d", undefined],
    ["", undefined],
  ])("%s → %s", (s, n) => {
    expect(parseIp(s)).toBe(n);
    if (n !== undefined) expect(formatIp(n)).toBe(s);
  });

  it.each([
    ["10.0.0.0/16", true],
    ["10.0.1.0/16", false], // host bits set
    ["0.0.0.0/0", true],
    ["10.0.0.1/32", true],
    ["10.0.0.0/33", false],
    ["10.0.0.0", false],
  ])("CIDR %s valid=%s", (s, valid) => {
    expect(parseCidr(s) !== undefined).toBe(valid);
  });
});

describe("CIDR relations", () => {
  const c = (s: string) => parseCidr(s)!;
  it.each([
    ["10.0.0.0/16", "10.0.255.255", true],
    ["10.0.0.0/16", "10.1.0.0", false],
    ["0.0.0.0/0", "8.8.8.8", true],
    ["52.216.0.0/15", "52.217.1.2", true],
  ])("%s contains %s = %s", (cidr, ip, yes) => {
    expect(cidrContains(c(cidr), parseIp(ip)!)).toBe(yes);
    expect(inCidr(cidr, parseIp(ip)!)).toBe(yes);
  });
  it("overlap and containment", () => {
    expect(cidrsOverlap(c("10.0.0.0/16"), c("10.0.5.0/24"))).toBe(true);
    expect(cidrsOverlap(c("10.0.0.0/16"), c("10.1.0.0/16"))).toBe(false);
    expect(cidrWithin(c("10.0.5.0/24"), c("10.0.0.0/16"))).toBe(true);
    expect(cidrWithin(c("10.0.0.0/8"), c("10.0.0.0/16"))).toBe(false);
  });
  it("private ranges", () => {
    for (const ip of ["10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "100.64.0.1"])
      expect(isPrivateIp(parseIp(ip)!)).toBe(true);
    for (const ip of ["172.32.0.1", "52.216.1.1", "8.8.8.8"]) expect(isPrivateIp(parseIp(ip)!)).toBe(false);
  });
});
