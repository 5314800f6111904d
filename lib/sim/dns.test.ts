import { describe, expect, it } from "vitest";
import type { World } from "./schema";
import { resolve, resolvePublic, vpcResolverIp, parseServiceHost } from "./dns";
import { labWorld } from "./scenario";
import { hybridWorld, labWithGatewayEndpoint } from "./fixtures";
import { idOf } from "./world";
import { createVpcEndpoint, modifyVpcEndpoint } from "./ops/endpoints";
import { modifyVpcAttribute } from "./ops/vpc";
import { createHostedZone } from "./ops/data";
import { tick } from "./lifecycle";

function must(r: { ok: true; world: World } | { ok: false; error: { code: string; message: string } }): World {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.world;
}

/** lab + SQS interface endpoint in private-a and private-b */
function withSqs(privateDns: boolean, available = true): World {
  const w = labWorld();
  const r = must(
    createVpcEndpoint(w, {
      vpcId: idOf(w, "lab-vpc"),
      serviceName: "com.amazonaws.us-east-1.sqs",
      vpcEndpointType: "Interface",
      subnetIds: [idOf(w, "private-a"), idOf(w, "private-b")],
      privateDnsEnabled: privateDns,
    }),
  );
  return available ? tick(r, 60) : r;
}

function eniIps(w: World): string[] {
  const ep = Object.values(w.vpcEndpoints)[0];
  return ep.networkInterfaceIds.map((id) => w.networkInterfaces[id].privateIpAddress);
}

describe("the VPC resolver (aws-reference §5)", () => {
  it("lives at the VPC base + 2", () => {
    const w = labWorld();
    expect(vpcResolverIp(w, idOf(w, "lab-vpc"))).toBe("10.0.0.2");
    expect(resolve(w, idOf(w, "app-server"), "sqs.us-east-1.amazonaws.com").server).toBe("10.0.0.2");
  });

  const rows: Array<{
    name: string;
    world: () => World;
    from: string;
    q: string;
    status: string;
    code: string;
    private?: boolean;
  }> = [
    {
      name: "public SQS name without endpoint",
      world: () => labWorld(),
      from: "app-server",
      q: "sqs.us-east-1.amazonaws.com",
      status: "NOERROR",
      code: "DNS_RESOLVES_PUBLIC",
      private: false,
    },
    {
      name: "private DNS on, endpoint available",
      world: () => withSqs(true),
      from: "app-server",
      q: "sqs.us-east-1.amazonaws.com",
      status: "NOERROR",
      code: "DNS_RESOLVES_PRIVATE_ENDPOINT",
      private: true,
    },
    {
      name: "trailing dot and case are ignored",
      world: () => withSqs(true),
      from: "app-server",
      q: "SQS.us-east-1.amazonaws.com.",
      status: "NOERROR",
      code: "DNS_RESOLVES_PRIVATE_ENDPOINT",
      private: true,
    },
    {
      name: "private DNS on, endpoint still pending",
      world: () => withSqs(true, false),
      from: "app-server",
      q: "sqs.us-east-1.amazonaws.com",
      status: "NOERROR",
      code: "DNS_RESOLVES_PUBLIC",
      private: false,
    },
    {
      name: "private DNS off",
      world: () => withSqs(false),
      from: "app-server",
      q: "sqs.us-east-1.amazonaws.com",
      status: "NOERROR",
      code: "DNS_RESOLVES_PUBLIC",
      private: false,
    },
    {
      name: "enableDnsHostnames off hides the private zone",
      world: () =>
        must(modifyVpcAttribute(withSqs(true), { vpcId: idOf(labWorld(), "lab-vpc"), enableDnsHostnames: false })),
      from: "app-server",
      q: "sqs.us-east-1.amazonaws.com",
      status: "NOERROR",
      code: "DNS_RESOLVES_PUBLIC",
      private: false,
    },
    {
      name: "enableDnsSupport off: the resolver does not answer",
      world: () =>
        must(modifyVpcAttribute(labWorld(), { vpcId: idOf(labWorld(), "lab-vpc"), enableDnsSupport: false })),
      from: "app-server",
      q: "s3.us-east-1.amazonaws.com",
      status: "TIMEOUT",
      code: "DNS_SUPPORT_DISABLED",
    },
    {
      name: "gateway endpoints never change DNS",
      world: () => labWithGatewayEndpoint(),
      from: "app-server",
      q: "pathwise-reports.s3.us-east-1.amazonaws.com",
      status: "NOERROR",
      code: "DNS_RESOLVES_PUBLIC",
      private: false,
    },
    {
      name: "unknown name",
      world: () => labWorld(),
      from: "app-server",
      q: "nosuchname.invalid",
      status: "NXDOMAIN",
      code: "NXDOMAIN",
    },
    {
      name: "EC2 internal name",
      world: () => labWorld(),
      from: "bastion",
      q: "ip-10-0-2-10.ec2.internal",
      status: "NOERROR",
      code: "DNS_RESOLVES_INTERNAL",
      private: true,
    },
    {
      name: "internet host",
      world: () => labWorld(),
      from: "bastion",
      q: "example.com",
      status: "NOERROR",
      code: "DNS_RESOLVES_PUBLIC",
      private: false,
    },
    {
      name: "on-prem never sees the VPC's private DNS",
      world: () => hybridWorld(),
      from: "corp-laptop",
      q: "sqs.us-east-1.amazonaws.com",
      status: "NOERROR",
      code: "DNS_RESOLVES_PUBLIC",
      private: false,
    },
    {
      name: "on-prem forwarding to an inbound resolver endpoint sees it",
      world: () => hybridWorld(11, { dnsForward: true }),
      from: "corp-laptop",
      q: "sqs.us-east-1.amazonaws.com",
      status: "NOERROR",
      code: "DNS_RESOLVES_PRIVATE_ENDPOINT",
      private: true,
    },
  ];
  it.each(rows)("$name → $status $code", (row) => {
    const w = row.world();
    const r = resolve(w, idOf(w, row.from), row.q);
    expect(r.status).toBe(row.status);
    expect(r.code).toBe(row.code);
    if (row.private !== undefined) {
      const first = r.answers.find((a) => a.type === "A")?.value ?? "";
      expect(/^(10|192\.168|172\.(1[6-9]|2\d|3[01]))\./.test(first)).toBe(row.private);
    }
  });

  it("private DNS answers with every endpoint ENI (one per AZ)", () => {
    const w = withSqs(true);
    const r = resolve(w, idOf(w, "app-server"), "sqs.us-east-1.amazonaws.com");
    expect(r.answers.map((a) => a.value).sort()).toEqual(eniIps(w).sort());
    expect(r.answers.every((a) => a.ttl === 60 && a.type === "A")).toBe(true);
    expect(r.vpcEndpointId).toBe(Object.keys(w.vpcEndpoints)[0]);
  });

  it("regional and zonal vpce names resolve from anywhere to the ENI IPs", () => {
    const w = withSqs(false);
    const ep = Object.values(w.vpcEndpoints)[0];
    const regional = `${ep.id}-${ep.dnsToken}.sqs.us-east-1.vpce.amazonaws.com`;
    const zonal = `${ep.id}-${ep.dnsToken}-us-east-1b.sqs.us-east-1.vpce.amazonaws.com`;
    expect(
      resolvePublic(w, regional)
        .answers.map((a) => a.value)
        .sort(),
    ).toEqual(eniIps(w).sort());
    const z = resolvePublic(w, zonal).answers.map((a) => a.value);
    expect(z).toHaveLength(1);
    expect(w.networkInterfaces[ep.networkInterfaceIds[1]].privateIpAddress).toBe(z[0]);
    expect(resolvePublic(w, `${ep.id}-zzzzzzzz.sqs.us-east-1.vpce.amazonaws.com`).status).toBe("NXDOMAIN");
  });

  it("turning private DNS off and on with modify-vpc-endpoint flips the answer", () => {
    let w = withSqs(true);
    const ep = Object.values(w.vpcEndpoints)[0];
    w = must(modifyVpcEndpoint(w, { vpcEndpointId: ep.id, privateDnsEnabled: false }));
    expect(resolve(w, idOf(w, "app-server"), "sqs.us-east-1.amazonaws.com").code).toBe("DNS_RESOLVES_PUBLIC");
    w = must(modifyVpcEndpoint(w, { vpcEndpointId: ep.id, privateDnsEnabled: true }));
    expect(resolve(w, idOf(w, "app-server"), "sqs.us-east-1.amazonaws.com").code).toBe("DNS_RESOLVES_PRIVATE_ENDPOINT");
  });

  it("custom private hosted zones (with CNAME chains)", () => {
    let w = labWorld();
    w = must(
      createHostedZone(w, {
        name: "corp.internal",
        vpcId: idOf(w, "lab-vpc"),
        records: [
          { name: "db.corp.internal", type: "A", ttl: 300, values: ["10.0.2.50"] },
          { name: "api.corp.internal", type: "CNAME", ttl: 300, values: ["db.corp.internal"] },
        ],
      }),
    );
    const r = resolve(w, idOf(w, "app-server"), "api.corp.internal");
    expect(r.answers).toEqual([
      { name: "api.corp.internal", type: "CNAME", ttl: 300, value: "db.corp.internal" },
      { name: "db.corp.internal", type: "A", ttl: 60, value: "10.0.2.50" },
    ]);
    expect(resolve(w, idOf(w, "app-server"), "missing.corp.internal").status).toBe("NXDOMAIN");
  });

  it("public S3 names are regional and stable; other Regions resolve outside the us-east-1 prefix list", () => {
    const w = labWorld();
    const a = resolvePublic(w, "pathwise-reports.s3.us-east-1.amazonaws.com").answers[0].value;
    expect(a).toBe(resolvePublic(w, "pathwise-reports.s3.us-east-1.amazonaws.com").answers[0].value);
    expect(a.startsWith("52.216.") || a.startsWith("52.217.")).toBe(true);
    expect(
      resolvePublic(w, "pathwise-archive-eu.s3.eu-west-1.amazonaws.com").answers[0].value.startsWith("52.218."),
    ).toBe(true);
    expect(parseServiceHost("b.s3.amazonaws.com")).toMatchObject({ region: "us-east-1", bucket: "b" });
    expect(parseServiceHost("api.ecr.eu-west-1.amazonaws.com")?.info.key).toBe("ecr.api");
  });
});
