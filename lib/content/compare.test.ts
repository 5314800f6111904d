import { describe, expect, it } from "vitest";
import {
  CLIENT_LOCATIONS,
  COMPARISON,
  CORE_TOOLS,
  SERVICE_KINDS,
  SituationSchema,
  recommend,
  type ClientLocation,
  type Situation,
  type ToolId,
} from "./compare";

const base: Situation = {
  service: "s3",
  clients: ["same-vpc"],
  overlappingCidrs: false,
  needSecurityGroups: false,
  costSensitive: false,
};
const sit = (over: Partial<Situation>): Situation => ({ ...base, ...over });

describe("recommend: the classic situations", () => {
  const rows: Array<{
    name: string;
    situation: Situation;
    picks: ToolId[];
    /** a substring of the reason given for a tool that was not picked */
    notFit?: Partial<
      Record<"site-to-site-vpn" | "gateway-endpoint" | "interface-endpoint" | "endpoint-service", string>
    >;
    summary?: RegExp;
  }> = [
    {
      name: "private subnet reads S3 in the same Region → gateway endpoint (free)",
      situation: sit({ service: "s3", clients: ["same-vpc"] }),
      picks: ["gateway-endpoint"],
      notFit: {
        "interface-endpoint": "per AZ-hour",
        "site-to-site-vpn": "all in AWS",
        "endpoint-service": "AWS already publishes S3",
      },
    },
    {
      name: "DynamoDB from the VPC, cost-sensitive → gateway endpoint",
      situation: sit({ service: "dynamodb", costSensitive: true }),
      picks: ["gateway-endpoint"],
      summary: /DynamoDB gateway endpoint/,
    },
    {
      name: "on-premises servers upload to S3 → VPN + S3 interface endpoint (a gateway endpoint can't be reached from on-prem)",
      situation: sit({ service: "s3", clients: ["on-prem"] }),
      picks: ["interface-endpoint", "site-to-site-vpn"],
      notFit: { "gateway-endpoint": "not reachable from on premises" },
      summary: /S3 interface endpoint for on-premises clients over the VPN/,
    },
    {
      name: "S3 from the VPC and from on-prem → gateway endpoint for in-VPC + S3 interface endpoint over the VPN",
      situation: sit({ service: "s3", clients: ["same-vpc", "on-prem"] }),
      picks: ["gateway-endpoint", "interface-endpoint", "site-to-site-vpn"],
      summary:
        /^S3 gateway endpoint for in-VPC traffic \+ S3 interface endpoint for on-premises clients over the VPN \+ Site-to-Site VPN/,
    },
    {
      name: "S3 but security groups required on the path → interface endpoint (gateway endpoints have none)",
      situation: sit({ service: "s3", needSecurityGroups: true }),
      picks: ["interface-endpoint"],
      notFit: { "gateway-endpoint": "no security groups" },
    },
    {
      name: "S3 from peered VPCs → a gateway endpoint in each client VPC (this VPC's one is not usable over peering)",
      situation: sit({ service: "s3", clients: ["peered-vpc"] }),
      picks: ["gateway-endpoint"],
      summary: /in each client VPC/,
    },
    {
      name: "S3 from peered VPCs with security groups → central interface endpoint (reachable over peering/TGW)",
      situation: sit({ service: "s3", clients: ["peered-vpc"], needSecurityGroups: true }),
      picks: ["interface-endpoint"],
      notFit: { "gateway-endpoint": "peered VPCs" },
    },
    {
      name: "S3 from another Region → interface endpoint + inter-Region peering (gateway endpoints are same-Region)",
      situation: sit({ service: "s3", clients: ["other-region"] }),
      picks: ["interface-endpoint", "peering-or-tgw"],
      notFit: { "gateway-endpoint": "own Region" },
    },
    {
      name: "private instances call SQS/KMS/Secrets Manager → interface endpoints (no gateway endpoint exists)",
      situation: sit({ service: "aws-service" }),
      picks: ["interface-endpoint"],
      notFit: { "gateway-endpoint": "only for S3 and DynamoDB", "site-to-site-vpn": "all in AWS" },
    },
    {
      name: "on-prem servers call SQS privately → VPN + interface endpoint",
      situation: sit({ service: "aws-service", clients: ["on-prem"] }),
      picks: ["interface-endpoint", "site-to-site-vpn"],
    },
    {
      name: "partner API over PrivateLink with overlapping CIDRs → endpoint service + interface endpoint",
      situation: sit({ service: "saas", overlappingCidrs: true }),
      picks: ["endpoint-service", "interface-endpoint"],
      notFit: { "site-to-site-vpn": "overlapping CIDRs", "gateway-endpoint": "only for S3 and DynamoDB" },
    },
    {
      name: "own service in another account, reached from on-prem → PrivateLink + interface endpoint + VPN",
      situation: sit({ service: "own-service", clients: ["on-prem"], overlappingCidrs: true }),
      picks: ["endpoint-service", "interface-endpoint", "site-to-site-vpn"],
    },
    {
      name: "branch office needs its whole LAN in the VPC → Site-to-Site VPN",
      situation: sit({ service: "hosts", clients: ["on-prem"] }),
      picks: ["site-to-site-vpn"],
      notFit: {
        "gateway-endpoint": "only reaches S3 or DynamoDB",
        "interface-endpoint": "one service",
        "endpoint-service": "one way",
      },
    },
    {
      name: "remote developers need SSH to private instances → Client VPN",
      situation: sit({ service: "hosts", clients: ["remote-users"] }),
      picks: ["client-vpn"],
      notFit: { "site-to-site-vpn": "not individual devices" },
    },
    {
      name: "hosts in a peered VPC without overlap → peering or transit gateway",
      situation: sit({ service: "hosts", clients: ["peered-vpc"] }),
      picks: ["peering-or-tgw"],
    },
    {
      name: "hosts in another VPC with overlapping CIDRs → PrivateLink for the services (no peering possible)",
      situation: sit({ service: "hosts", clients: ["peered-vpc"], overlappingCidrs: true }),
      picks: ["endpoint-service"],
    },
    {
      name: "hosts in the same VPC → nothing extra",
      situation: sit({ service: "hosts", clients: ["same-vpc"] }),
      picks: ["nothing"],
    },
  ];

  it.each(rows)("$name", (row) => {
    const r = recommend(row.situation);
    expect(r.picks.map((p) => p.tool).sort()).toEqual([...row.picks].sort());
    for (const [tool, text] of Object.entries(row.notFit ?? {})) {
      const entry = r.notFit.find((n) => n.tool === tool);
      expect(entry, `${tool} should be listed as not fitting`).toBeDefined();
      expect(entry?.why).toContain(text);
    }
    if (row.summary) expect(r.summary).toMatch(row.summary);
  });

  it("warns about overlapping CIDRs when a VPN is part of the answer", () => {
    const r = recommend(sit({ service: "hosts", clients: ["on-prem"], overlappingCidrs: true }));
    expect(r.notes.join(" ")).toMatch(/overlap/i);
  });

  it("offers the free alternative when security groups are wanted but cost matters", () => {
    const r = recommend(sit({ service: "s3", needSecurityGroups: true, costSensitive: true }));
    expect(r.notes.join(" ")).toMatch(/prefix list/);
  });
});

describe("recommend: invariants over every situation", () => {
  const subsets: ClientLocation[][] = [];
  for (let mask = 1; mask < 1 << CLIENT_LOCATIONS.length; mask++)
    subsets.push(CLIENT_LOCATIONS.filter((_, i) => mask & (1 << i)));
  const all: Situation[] = [];
  for (const service of SERVICE_KINDS)
    for (const clients of subsets)
      for (const overlappingCidrs of [false, true])
        for (const needSecurityGroups of [false, true])
          for (const costSensitive of [false, true])
            all.push({ service, clients, overlappingCidrs, needSecurityGroups, costSensitive });

  it(`covers ${6 * 31 * 8} situations`, () => expect(all).toHaveLength(6 * 31 * 8));

  it("every client location is served, and every pick serves only asked-for clients", () => {
    for (const s of all) {
      const r = recommend(s);
      expect(r.picks.length).toBeGreaterThan(0);
      const served = new Set(r.picks.flatMap((p) => p.serves));
      for (const c of s.clients) expect(served.has(c), `${JSON.stringify(s)} leaves ${c} unserved`).toBe(true);
      for (const c of served) expect(s.clients).toContain(c);
      expect(r.summary.length).toBeGreaterThan(0);
    }
  });

  it("the picked and not-fit core tools partition the four compared tools", () => {
    for (const s of all) {
      const r = recommend(s);
      const picked = new Set(r.picks.map((p) => p.tool));
      for (const t of CORE_TOOLS) expect(picked.has(t) !== r.notFit.some((n) => n.tool === t)).toBe(true);
      for (const n of r.notFit) expect(n.why.length).toBeGreaterThan(10);
    }
  });

  it("gateway endpoints: only S3/DynamoDB, never with security groups, never for on-prem, remote or other-Region clients", () => {
    for (const s of all) {
      for (const p of recommend(s).picks.filter((p) => p.tool === "gateway-endpoint")) {
        expect(["s3", "dynamodb"]).toContain(s.service);
        expect(s.needSecurityGroups).toBe(false);
        for (const c of p.serves) expect(["same-vpc", "peered-vpc"]).toContain(c);
        // peered VPCs cannot use this VPC's gateway endpoint: they get their own
        if (p.serves.includes("peered-vpc")) expect(p.label).toMatch(/each client VPC/);
      }
    }
  });

  it("on-premises clients always get a VPN (or Direct Connect); remote users always get Client VPN", () => {
    for (const s of all) {
      const tools = recommend(s).picks.map((p) => p.tool);
      if (s.clients.includes("on-prem")) expect(tools).toContain("site-to-site-vpn");
      if (s.clients.includes("remote-users")) expect(tools).toContain("client-vpn");
      if (!s.clients.includes("on-prem")) expect(tools).not.toContain("site-to-site-vpn");
    }
  });

  it("services reached from on-prem, remote users or another Region use an interface endpoint", () => {
    for (const s of all) {
      if (s.service === "hosts") continue;
      const r = recommend(s);
      for (const c of ["on-prem", "remote-users", "other-region"] as const) {
        if (!s.clients.includes(c)) continue;
        expect(r.picks.some((p) => p.tool === "interface-endpoint" && p.serves.includes(c))).toBe(true);
      }
    }
  });

  it("own and partner services always go through a PrivateLink endpoint service; overlapping hosts never get peering", () => {
    for (const s of all) {
      const tools = recommend(s).picks.map((p) => p.tool);
      if (s.service === "own-service" || s.service === "saas") expect(tools).toContain("endpoint-service");
      if (s.service === "hosts" && s.overlappingCidrs) expect(tools).not.toContain("peering-or-tgw");
    }
  });

  it("is deterministic and does not depend on the order of the clients", () => {
    const s = sit({ service: "s3", clients: ["on-prem", "same-vpc"] });
    expect(recommend(s)).toEqual(recommend({ ...s, clients: ["same-vpc", "on-prem"] }));
  });
});

describe("schema and table", () => {
  it("validates a situation and rejects an empty client list", () => {
    expect(SituationSchema.safeParse(base).success).toBe(true);
    expect(SituationSchema.safeParse({ ...base, clients: [] }).success).toBe(false);
    expect(SituationSchema.safeParse({ ...base, service: "ftp" }).success).toBe(false);
  });

  it("the comparison table states the key facts", () => {
    expect(COMPARISON["gateway-endpoint"].cost).toBe("Free");
    expect(COMPARISON["gateway-endpoint"].reaches).toMatch(/S3 or DynamoDB only/);
    expect(COMPARISON["interface-endpoint"].securityGroups).toMatch(/^Yes/);
    expect(COMPARISON["interface-endpoint"].cost).toMatch(/AZ-hour.*GB/);
    expect(COMPARISON["endpoint-service"].overlap).toMatch(/^Fine/);
    expect(COMPARISON["site-to-site-vpn"].path).toMatch(/Two encrypted IPsec tunnels over the internet/);
  });
});
