import { describe, expect, it } from "vitest";
import { hybridWorld, labWorld } from "@/lib/sim";
import { checkClaims, checkFacts, worldFacts } from "./facts";

const lines = (...texts: string[]) => texts.map((text, i) => ({ line: i + 1, text }));

describe("checkFacts", () => {
  const facts = worldFacts(hybridWorld());
  const check = (text: string) => checkFacts(lines(text), facts, { known: new Set(["onprem-laptop"]), examples: [], worldLabel: "w" }).map((m) => m.message);

  it.each([
    ["`app-server` at `10.0.2.10` in `private-a` (10.0.2.0/24)", []],
    ["corp-laptop (192.168.1.10) in corp-dc 192.168.0.0/16", []],
    ["the endpoint interfaces 10.0.2.4 and 10.0.4.4", []],
  ])("accepts what the world has: %s", (text, out) => {
    expect(check(text)).toEqual(out);
  });

  it.each([
    ["`app-server` at `10.0.2.15`", /10\.0\.2\.15 is not in w \(it falls in private-a 10\.0\.2\.0\/24, whose addresses are app-server 10\.0\.2\.10/],
    ["From `onprem-laptop`, ping it", /`onprem-laptop` is not a name in w/],
    ["one in each of two private subnets 10.0.1.0/24 and 10.0.2.0/24", /10\.0\.1\.0\/24 is called a private subnet, but in w it is public-a \(public subnet\)/],
    ["`corp-laptop` at 10.0.2.10", /10\.0\.2\.10 is given to corp-laptop, but in w it is app-server \(instance\)/],
    ["the private subnet `public-a`", /public-a is called a private subnet/],
    ["the `billing-server` answers", /`billing-server` is not a name in w/],
    ["`private-rt` is `rtb-0123456789abcdef0`", /rtb-0123456789abcdef0 is not an id in w/],
  ])("reports a drift: %s", (text, message) => {
    expect(check(text)).toEqual([expect.stringMatching(message)]);
  });

  it("lets a text mark examples outside the world", () => {
    expect(checkFacts(lines("say 172.16.0.0/12 or `edge-vpc`"), facts, { known: new Set(), examples: ["172.16.0.0/12", "edge-vpc"], worldLabel: "w" })).toEqual([]);
  });

  it("ignores public and documentation addresses, CLI verbs and id placeholders", () => {
    expect(check("198.51.100.20, 0.0.0.0/0, `describe-vpc-endpoints`, `vpce-gwlbe`")).toEqual([]);
  });
});

describe("checkClaims", () => {
  it("checks what a paragraph says about the live world", () => {
    const w = labWorld();
    const says = (t: string) => checkClaims(lines(t), w, { worldLabel: "lab" }).map((m) => m.message);
    expect(says("In this world private DNS is off.")).toEqual([expect.stringMatching(/claims an interface endpoint has private DNS off/)]);
    expect(says("In this world there is no NAT gateway.")).toEqual([]);
    expect(says("Private DNS is off by default in many tutorials.")).toEqual([]); // not about the live world
    const vpn = hybridWorld(11, { tunnelsUp: false });
    expect(checkClaims(lines("Both tunnels are still down here."), vpn, { worldLabel: "vpn" })).toEqual([]);
    expect(checkClaims(lines("Here one tunnel is up."), vpn, { worldLabel: "vpn" })).toHaveLength(1);
  });
});
