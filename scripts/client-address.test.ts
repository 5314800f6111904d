import { describe, expect, it, vi } from "vitest";
vi.mock("server-only", () => ({}));
import { CLIENT_HEADER, clientAddress, parseTrustProxy } from "./client-address.mjs";

describe("TRUST_PROXY", () => {
  it.each([
    [undefined, "none"],
    ["", "none"],
    ["0", "none"],
    ["false", "none"],
    ["1", "hops"],
    ["2", "hops"],
    ["10.0.0.5", "list"],
    ["loopback, 10.0.0.0/8", "list"],
    ["::1, fd00::/8", "list"],
  ])("%j parses as %s", (value, kind) => {
    expect(parseTrustProxy(value).kind).toBe(kind);
  });

  it.each([
    ["true", /would trust any X-Forwarded-For/],
    ["10.0.0.300", /"10.0.0.300" is not an IP address/],
    ["proxy.example", /"proxy.example" is not an IP address/],
    ["10.0.0.0/33", /"10.0.0.0\/33"/],
    ["17", /at most 16/],
    [",", /names no proxy/],
  ])("refuses %j with a clear message", (value, message) => {
    expect(() => parseTrustProxy(value)).toThrow(message);
  });
});

describe("clientAddress", () => {
  const none = parseTrustProxy(undefined);
  it("ignores X-Forwarded-For when no proxy is trusted (the issue-15 bypass)", () => {
    for (const forged of ["1.2.3.4", "1.2.3.4, 5.6.7.8", "garbage", ""]) {
      expect(clientAddress("203.0.113.9", forged, none)).toBe("203.0.113.9");
    }
    expect(clientAddress("::ffff:127.0.0.1", "9.9.9.9", none)).toBe("127.0.0.1");
  });

  it("with N hops takes the address the outermost trusted proxy saw", () => {
    const one = parseTrustProxy("1");
    expect(clientAddress("10.0.0.5", "198.51.100.7", one)).toBe("198.51.100.7");
    // A client that forges a header in front of the proxy only adds entries to the left.
    expect(clientAddress("10.0.0.5", "6.6.6.6, 198.51.100.7", one)).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.5", undefined, one)).toBe("10.0.0.5");
    const two = parseTrustProxy("2");
    expect(clientAddress("10.0.0.5", "6.6.6.6, 198.51.100.7, 10.0.0.9", two)).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.5", ["6.6.6.6, 198.51.100.7", "10.0.0.9"], two)).toBe("198.51.100.7");
  });

  it("with a list strips trusted proxies from the right", () => {
    const list = parseTrustProxy("loopback, 10.0.0.0/8");
    expect(clientAddress("127.0.0.1", "6.6.6.6, 198.51.100.7, 10.1.2.3", list)).toBe("198.51.100.7");
    // The socket is not a trusted proxy: its own address is the client, whatever the header says.
    expect(clientAddress("203.0.113.9", "198.51.100.7", list)).toBe("203.0.113.9");
    // Everything trusted: the leftmost address.
    expect(clientAddress("127.0.0.1", "10.0.0.1", list)).toBe("10.0.0.1");
    // Garbage to the left of the trusted chain stops the walk at the last good hop.
    expect(clientAddress("127.0.0.1", "not-an-ip, 10.0.0.1", list)).toBe("10.0.0.1");
    expect(clientAddress("::1", "2001:db8::1", parseTrustProxy("::1"))).toBe("2001:db8::1");
  });

  it("names the header lib/server reads", async () => {
    const server = await import("../lib/server/client");
    expect(server.CLIENT_HEADER).toBe(CLIENT_HEADER);
  });
});
