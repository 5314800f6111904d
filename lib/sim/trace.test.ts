import { describe, expect, it } from "vitest";
import type { World } from "./schema";
import type { Flow, TraceResult } from "./trace-types";
import { trace } from "./trace";
import { labWorld, scenario } from "./scenario";
import {
  hybridWorld,
  labWithGatewayEndpoint,
  labWithNat,
  peeredWorld,
  hubSpokeWorld,
  privateLinkWorld,
  PROVIDER_ACCOUNT,
} from "./fixtures";
import { idOf } from "./world";
import { createVpcEndpoint, modifyVpcEndpoint } from "./ops/endpoints";
import { acceptVpcEndpointConnections } from "./ops/privatelink";
import { createVpcPeeringConnection } from "./ops/connect";
import { putBucketPolicy } from "./ops/data";
import {
  revokeSecurityGroupIngress,
  authorizeSecurityGroupIngress,
  createNetworkAclEntry,
  createRoute,
  modifyVpcAttribute,
  replaceNetworkAclEntry,
} from "./ops/vpc";
import { setVpnTunnelStatus } from "./ops/connect";
import { tick } from "./lifecycle";
import { LAB_ACCOUNT } from "./scenario";

const S3_LIST = (bucket: string, region?: string) => ({
  service: "s3",
  action: "s3:ListBucket",
  bucket,
  ...(region ? { region } : {}),
});

function must(r: { ok: true; world: World } | { ok: false; error: { code: string; message: string } }): World {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.world;
}

interface Row {
  name: string;
  world: () => World;
  from: string;
  flow: Omit<Flow, "from">;
  outcome: TraceResult["outcome"];
  code: string;
  endpoint?: boolean;
}

function runMatrix(rows: Row[]) {
  it.each(rows)("$name → $outcome ($code)", (row) => {
    const w = row.world();
    const r = trace(w, { from: idOf(w, row.from) || row.from, ...row.flow });
    expect({ outcome: r.outcome, code: r.code }).toEqual({ outcome: row.outcome, code: row.code });
    if (row.endpoint !== undefined) expect(!!r.vpcEndpointId).toBe(row.endpoint);
    // every blocked trace names the hop that blocked it
    if (r.outcome === "timeout" || r.outcome === "denied") expect(r.hops.some((h) => h.verdict === "block")).toBe(true);
  });
}

describe("classic case: the canonical gateway-endpoint lab", () => {
  runMatrix([
    {
      name: "private instance, no endpoint, no NAT",
      world: () => labWorld(),
      from: "app-server",
      flow: { to: S3_LIST("pathwise-reports") },
      outcome: "timeout",
      code: "NO_ROUTE",
    },
    {
      name: "private instance, S3 gateway endpoint",
      world: () => labWithGatewayEndpoint(),
      from: "app-server",
      flow: { to: S3_LIST("pathwise-reports") },
      outcome: "ok",
      code: "OK",
      endpoint: true,
    },
    {
      name: "ListBuckets through the gateway endpoint",
      world: () => labWithGatewayEndpoint(),
      from: "app-server",
      flow: { to: { service: "s3", action: "s3:ListAllMyBuckets" } },
      outcome: "ok",
      code: "OK",
      endpoint: true,
    },
    {
      name: "private instance, NAT gateway",
      world: () => labWithNat(),
      from: "app-server",
      flow: { to: S3_LIST("pathwise-reports") },
      outcome: "ok",
      code: "OK",
      endpoint: false,
    },
    {
      name: "bastion in the public subnet (IGW)",
      world: () => labWorld(),
      from: "bastion",
      flow: { to: S3_LIST("pathwise-reports") },
      outcome: "ok",
      code: "OK",
      endpoint: false,
    },
    {
      name: "bastion → EC2 API over the IGW",
      world: () => labWorld(),
      from: "bastion",
      flow: { to: { service: "ec2", action: "ec2:DescribeVpcs" } },
      outcome: "ok",
      code: "OK",
      endpoint: false,
    },
    {
      name: "app-server → EC2 API (no NAT, no ec2 endpoint)",
      world: () => labWorld(),
      from: "app-server",
      flow: { to: { service: "ec2", action: "ec2:DescribeVpcs" } },
      outcome: "timeout",
      code: "NO_ROUTE",
    },
    {
      name: "instance without a role",
      world: () => labWorld(),
      from: "app-server",
      flow: { to: S3_LIST("pathwise-reports"), principalArn: "arn:aws:iam::111122223333:role/Nope" },
      outcome: "no-credentials",
      code: "NO_CREDENTIALS",
    },
    {
      name: "bastion → app-server ssh",
      world: () => labWorld(),
      from: "bastion",
      flow: { to: { ip: "10.0.2.10" }, port: 22 },
      outcome: "ok",
      code: "HOST_REACHED",
    },
    {
      name: "bastion → app-server port 8080 (SG)",
      world: () => labWorld(),
      from: "bastion",
      flow: { to: { ip: "10.0.2.10" }, port: 8080 },
      outcome: "timeout",
      code: "SG_INGRESS_BLOCKS",
    },
    {
      name: "gateway endpoint associated with the wrong route table",
      world: () => {
        const w = labWithGatewayEndpoint();
        return must(
          modifyVpcEndpoint(w, {
            vpcEndpointId: Object.keys(w.vpcEndpoints)[0],
            addRouteTableIds: [idOf(w, "public-rt")],
            removeRouteTableIds: [idOf(w, "private-rt")],
          }),
        );
      },
      from: "app-server",
      flow: { to: S3_LIST("pathwise-reports") },
      outcome: "timeout",
      code: "GATEWAY_ENDPOINT_NOT_ASSOCIATED",
    },
    {
      name: "nonexistent bucket through the endpoint",
      world: () => labWithGatewayEndpoint(),
      from: "app-server",
      flow: { to: S3_LIST("no-such-bucket-xyz") },
      outcome: "error",
      code: "NoSuchBucket",
    },
  ]);

  it("the gateway endpoint route wins over 0.0.0.0/0 → NAT by longest prefix", () => {
    let w = labWithNat();
    w = must(
      createVpcEndpoint(w, {
        vpcId: idOf(w, "lab-vpc"),
        serviceName: "com.amazonaws.us-east-1.s3",
        routeTableIds: [idOf(w, "private-rt")],
      }),
    );
    const r = trace(w, { from: idOf(w, "app-server"), to: S3_LIST("pathwise-reports") });
    expect(r.outcome).toBe("ok");
    expect(r.hops.map((h) => h.code)).toContain("ROUTE_VIA_GATEWAY_ENDPOINT");
    expect(r.hops.map((h) => h.code)).not.toContain("ROUTE_VIA_NAT");
  });

  it("from the internet: ssh to the bastion's public IP works; the private app-server is unreachable", () => {
    const w = labWorld();
    const pub = w.instances[idOf(w, "bastion")].publicIpAddress as string;
    expect(trace(w, { from: "internet", to: { ip: pub }, port: 22 })).toMatchObject({
      outcome: "ok",
      code: "HOST_REACHED",
    });
    expect(trace(w, { from: "internet", to: { ip: pub }, port: 3389 })).toMatchObject({
      outcome: "timeout",
      code: "SG_INGRESS_BLOCKS",
    });
    expect(trace(w, { from: "internet", to: { ip: "10.0.2.10" }, port: 22 })).toMatchObject({
      outcome: "timeout",
      code: "PRIVATE_ADDRESS_ON_INTERNET",
    });
  });

  it("ICMP: ping wording is protocol-neutral", () => {
    const w = labWorld();
    const r = trace(w, { from: idOf(w, "bastion"), to: { ip: "10.0.2.10" }, protocol: "icmp" });
    expect(r).toMatchObject({ outcome: "timeout", code: "SG_INGRESS_BLOCKS" });
    const msg = r.hops.find((h) => h.verdict === "block")?.message ?? "";
    expect(msg).toContain("allows ICMP from 10.0.1.10; the packets are silently dropped.");
    expect(msg).not.toContain("SYN");
  });

  it("connection errors carry the CLI URL (aws-reference §3)", () => {
    const r = trace(labWorld(), { from: idOf(labWorld(), "app-server"), to: S3_LIST("pathwise-reports") });
    expect(r.url).toBe(
      "https://pathwise-reports.s3.us-east-1.amazonaws.com/?list-type=2&prefix=&delimiter=%2F&encoding-type=url",
    );
  });
});

describe("classic case: a gateway endpoint only serves its own Region", () => {
  runMatrix([
    {
      name: "eu-west-1 bucket via us-east-1 endpoint (redirect, then no route)",
      world: () => labWithGatewayEndpoint(),
      from: "app-server",
      flow: { to: S3_LIST("pathwise-archive-eu") },
      outcome: "timeout",
      code: "GATEWAY_ENDPOINT_WRONG_REGION",
    },
    {
      name: "eu-west-1 bucket with --region eu-west-1",
      world: () => labWithGatewayEndpoint(),
      from: "app-server",
      flow: { to: S3_LIST("pathwise-archive-eu", "eu-west-1") },
      outcome: "timeout",
      code: "GATEWAY_ENDPOINT_WRONG_REGION",
    },
    {
      name: "eu-west-1 bucket with NAT: succeeds through NAT, bypassing the endpoint",
      world: () => labWithNat(),
      from: "app-server",
      flow: { to: S3_LIST("pathwise-archive-eu", "eu-west-1") },
      outcome: "ok",
      code: "OK",
      endpoint: false,
    },
  ]);

  it("the redirect is recorded and the final URL is the bucket's Region", () => {
    const w = labWithGatewayEndpoint();
    const r = trace(w, { from: idOf(w, "app-server"), to: S3_LIST("pathwise-archive-eu") });
    expect(r.redirectedFromRegion).toBe("us-east-1");
    expect(r.url).toContain("pathwise-archive-eu.s3.eu-west-1.amazonaws.com");
    expect(r.hops.map((h) => h.code)).toContain("S3_PERMANENT_REDIRECT");
  });
});

describe("classic case: gateway endpoints are unreachable from on-premises and peered VPCs; interface endpoints are reachable over VPN", () => {
  runMatrix([
    {
      name: "on-prem → S3 (gateway endpoint in the VPC, no internet)",
      world: () => hybridWorld(),
      from: "corp-laptop",
      flow: { to: S3_LIST("pathwise-reports") },
      outcome: "timeout",
      code: "GATEWAY_ENDPOINT_NOT_REACHABLE_FROM_ON_PREM",
    },
    {
      name: "on-prem full-tunnel → S3 arrives at the VGW and is dropped",
      world: () => hybridWorld(11, { defaultRouteViaVpn: true }),
      from: "corp-laptop",
      flow: { to: S3_LIST("pathwise-reports") },
      outcome: "timeout",
      code: "GATEWAY_ENDPOINT_NOT_REACHABLE_FROM_ON_PREM",
    },
    {
      name: "on-prem with internet breakout → S3 over the internet",
      world: () => hybridWorld(11, { internetAccess: true }),
      from: "corp-laptop",
      flow: { to: S3_LIST("pathwise-reports") },
      outcome: "ok",
      code: "OK",
      endpoint: false,
    },
    {
      name: "on-prem → SQS public name (on-prem DNS: public answer, no internet)",
      world: () => hybridWorld(),
      from: "corp-laptop",
      flow: { to: { service: "sqs", action: "sqs:SendMessage" } },
      outcome: "timeout",
      code: "NO_ROUTE",
    },
    {
      name: "on-prem with DNS forwarding to the VPC resolver → SQS private DNS over VPN",
      world: () => hybridWorld(11, { dnsForward: true }),
      from: "corp-laptop",
      flow: { to: { service: "sqs", action: "sqs:SendMessage" } },
      outcome: "ok",
      code: "OK",
      endpoint: true,
    },
    {
      name: "on-prem → app-server ssh over VPN",
      world: () => hybridWorld(),
      from: "corp-laptop",
      flow: { to: { ip: "10.0.2.10" }, port: 22 },
      outcome: "ok",
      code: "HOST_REACHED",
    },
    {
      name: "on-prem → app-server with both tunnels down",
      world: () => hybridWorld(11, { tunnelsUp: false }),
      from: "corp-laptop",
      flow: { to: { ip: "10.0.2.10" }, port: 22 },
      outcome: "timeout",
      code: "TUNNEL_DOWN",
    },
    {
      name: "app-server → on-prem host over VPN",
      world: () => hybridWorld(),
      from: "app-server",
      flow: { to: { ip: "192.168.1.10" }, port: 22 },
      outcome: "ok",
      code: "HOST_REACHED",
    },
    {
      name: "peered VPC → S3 (no route; peer has the gateway endpoint)",
      world: () => peeredWorld(),
      from: "peer-app",
      flow: { to: S3_LIST("pathwise-reports") },
      outcome: "timeout",
      code: "GATEWAY_ENDPOINT_NOT_REACHABLE_FROM_PEERED_VPC",
    },
    {
      name: "peered VPC with 0.0.0.0/0 → pcx → S3 (no edge-to-edge routing)",
      world: () => peeredWorld(5, { peerDefaultViaPcx: true }),
      from: "peer-app",
      flow: { to: S3_LIST("pathwise-reports") },
      outcome: "timeout",
      code: "GATEWAY_ENDPOINT_NOT_REACHABLE_FROM_PEERED_VPC",
    },
    {
      name: "peered VPC → app-server over peering",
      world: () => peeredWorld(),
      from: "peer-app",
      flow: { to: { ip: "10.0.2.10" }, port: 22 },
      outcome: "ok",
      code: "HOST_REACHED",
    },
    {
      name: "lab VPC itself still uses its gateway endpoint",
      world: () => peeredWorld(),
      from: "app-server",
      flow: { to: S3_LIST("pathwise-reports") },
      outcome: "ok",
      code: "OK",
      endpoint: true,
    },
  ]);

  it("interface endpoint by vpce DNS name from on-prem (explicit endpoint host)", () => {
    const w = hybridWorld();
    const ep = Object.values(w.vpcEndpoints).find((e) => e.type === "Interface")!;
    const host = `${ep.id}-${ep.dnsToken}.sqs.us-east-1.vpce.amazonaws.com`;
    const r = trace(w, {
      from: idOf(w, "corp-laptop"),
      to: { service: "sqs", action: "sqs:SendMessage", endpointHost: host },
    });
    expect(r.outcome).toBe("ok");
    expect(r.vpcEndpointId).toBe(ep.id);
    expect(r.hops.map((h) => h.kind)).toEqual(
      expect.arrayContaining(["tunnel", "vgw", "sg-ingress", "vpce-interface", "endpoint-policy"]),
    );
  });

  it("after a tunnel goes down the other keeps traffic flowing; with both down it times out", () => {
    let w = hybridWorld();
    const vpn = Object.keys(w.vpnConnections)[0];
    w = must(setVpnTunnelStatus(w, { vpnConnectionId: vpn, tunnelIndex: 0, status: "DOWN" }));
    expect(trace(w, { from: idOf(w, "corp-laptop"), to: { ip: "10.0.2.10" }, port: 22 }).outcome).toBe("ok");
    w = must(setVpnTunnelStatus(w, { vpnConnectionId: vpn, tunnelIndex: 1, status: "DOWN" }));
    const r = trace(w, { from: idOf(w, "corp-laptop"), to: { ip: "10.0.2.10" }, port: 22 });
    expect(r.code).toBe("TUNNEL_DOWN");
    // propagated routes were withdrawn too
    expect(w.routeTables[idOf(w, "private-rt")].routes.some((r) => r.origin === "EnableVgwRoutePropagation")).toBe(
      false,
    );
  });
});

describe("classic case: private DNS off → the public name goes to public IPs (NAT or nowhere)", () => {
  function labWithSqs(privateDns: boolean, nat: boolean): World {
    let w = nat ? labWithNat() : labWorld();
    w = must(
      createVpcEndpoint(w, {
        vpcId: idOf(w, "lab-vpc"),
        serviceName: "com.amazonaws.us-east-1.sqs",
        vpcEndpointType: "Interface",
        subnetIds: [idOf(w, "private-a"), idOf(w, "private-b")],
        securityGroupIds: [idOf(w, "app-sg")],
        privateDnsEnabled: privateDns,
      }),
    );
    return tick(w, 120);
  }
  runMatrix([
    {
      name: "private DNS on",
      world: () => labWithSqs(true, false),
      from: "app-server",
      flow: { to: { service: "sqs", action: "sqs:SendMessage" } },
      outcome: "ok",
      code: "OK",
      endpoint: true,
    },
    {
      name: "private DNS off, no NAT",
      world: () => labWithSqs(false, false),
      from: "app-server",
      flow: { to: { service: "sqs", action: "sqs:SendMessage" } },
      outcome: "timeout",
      code: "NO_ROUTE",
    },
    {
      name: "private DNS off, NAT",
      world: () => labWithSqs(false, true),
      from: "app-server",
      flow: { to: { service: "sqs", action: "sqs:SendMessage" } },
      outcome: "ok",
      code: "OK",
      endpoint: false,
    },
    {
      name: "private DNS on but still pending (before tick)",
      world: () =>
        must(
          createVpcEndpoint(labWorld(), {
            vpcId: idOf(labWorld(), "lab-vpc"),
            serviceName: "com.amazonaws.us-east-1.sqs",
            vpcEndpointType: "Interface",
            subnetIds: [idOf(labWorld(), "private-a")],
          }),
        ),
      from: "app-server",
      flow: { to: { service: "sqs", action: "sqs:SendMessage" } },
      outcome: "timeout",
      code: "NO_ROUTE",
    },
  ]);

  it("the DNS hop explains why the name is public", () => {
    const w = labWithSqs(false, false);
    const r = trace(w, { from: idOf(w, "app-server"), to: { service: "sqs", action: "sqs:SendMessage" } });
    expect(r.hops[0].kind).toBe("dns");
    expect(r.hops[0].code).toBe("DNS_RESOLVES_PUBLIC");
    expect(r.hops[0].message).toContain("private DNS is off");
  });

  it("turning enableDnsHostnames off makes private DNS stop answering", () => {
    let w = labWithSqs(true, false);
    w = must(modifyVpcAttribute(w, { vpcId: idOf(w, "lab-vpc"), enableDnsHostnames: false }));
    const r = trace(w, { from: idOf(w, "app-server"), to: { service: "sqs", action: "sqs:SendMessage" } });
    expect(r.code).toBe("NO_ROUTE");
  });
});

describe("classic case: the endpoint ENI's security group must allow 443", () => {
  function w0(): World {
    let w = labWorld();
    // endpoint in private-a with the VPC default SG (only allows members of itself)
    w = must(
      createVpcEndpoint(w, {
        vpcId: idOf(w, "lab-vpc"),
        serviceName: "com.amazonaws.us-east-1.sqs",
        vpcEndpointType: "Interface",
        subnetIds: [idOf(w, "private-a")],
      }),
    );
    return tick(w, 60);
  }
  it("default SG blocks, adding 443 from the VPC fixes it", () => {
    let w = w0();
    const r1 = trace(w, { from: idOf(w, "app-server"), to: { service: "sqs", action: "sqs:SendMessage" } });
    expect(r1).toMatchObject({ outcome: "timeout", code: "SG_INGRESS_BLOCKS_443" });
    const sg = w.vpcs[idOf(w, "lab-vpc")].defaultSecurityGroupId;
    w = must(
      authorizeSecurityGroupIngress(w, {
        groupId: sg,
        ipProtocol: "tcp",
        fromPort: 443,
        toPort: 443,
        cidrIp: "10.0.0.0/16",
      }),
    );
    expect(trace(w, { from: idOf(w, "app-server"), to: { service: "sqs", action: "sqs:SendMessage" } }).outcome).toBe(
      "ok",
    );
    w = must(
      revokeSecurityGroupIngress(w, {
        groupId: sg,
        ipProtocol: "tcp",
        fromPort: 443,
        toPort: 443,
        cidrIp: "10.0.0.0/16",
      }),
    );
    expect(trace(w, { from: idOf(w, "app-server"), to: { service: "sqs", action: "sqs:SendMessage" } }).code).toBe(
      "SG_INGRESS_BLOCKS_443",
    );
  });
});

describe("classic case: PrivateLink works across overlapping CIDRs where peering is refused, and is one-way", () => {
  function consumerWithEndpoint(accept: boolean): World {
    let w = privateLinkWorld();
    const svc = Object.values(w.endpointServices)[0];
    w = must(
      createVpcEndpoint(
        w,
        {
          vpcId: idOf(w, "consumer-vpc"),
          serviceName: svc.serviceName,
          vpcEndpointType: "Interface",
          subnetIds: [idOf(w, "app-a"), idOf(w, "app-b")],
          securityGroupIds: [idOf(w, "billing-endpoint-sg", "securityGroups")],
        },
        { accountId: LAB_ACCOUNT },
      ),
    );
    if (accept) {
      const ep = Object.values(w.vpcEndpoints)[0];
      w = must(
        acceptVpcEndpointConnections(
          w,
          { serviceId: svc.id, vpcEndpointIds: [ep.id] },
          { accountId: PROVIDER_ACCOUNT },
        ),
      );
      w = tick(w, 60);
    }
    return w;
  }
  function endpointName(w: World): string {
    const ep = Object.values(w.vpcEndpoints)[0];
    return `${ep.id}-${ep.dnsToken}.${Object.values(w.endpointServices)[0].id}.us-east-1.vpce.amazonaws.com`;
  }

  it("peering between the overlapping VPCs fails", () => {
    const w = privateLinkWorld();
    const r = createVpcPeeringConnection(
      w,
      { vpcId: idOf(w, "consumer-vpc"), peerVpcId: idOf(w, "provider-vpc"), peerOwnerId: PROVIDER_ACCOUNT },
      { accountId: LAB_ACCOUNT },
    );
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.status).toEqual({ code: "failed", message: "Overlapping CIDR range" });
  });

  it("the consumer endpoint waits in pendingAcceptance and nothing answers", () => {
    const w = consumerWithEndpoint(false);
    const ep = Object.values(w.vpcEndpoints)[0];
    expect(ep.state).toBe("pendingAcceptance");
    const r = trace(w, {
      from: idOf(w, "client"),
      to: { ip: w.networkInterfaces[ep.networkInterfaceIds[0]].privateIpAddress },
      port: 443,
    });
    expect(r).toMatchObject({ outcome: "timeout", code: "CONNECTION_PENDING_ACCEPTANCE" });
  });

  it("consumer → service through the endpoint DNS name once accepted", () => {
    const w = consumerWithEndpoint(true);
    const r = trace(w, { from: idOf(w, "client"), to: { name: endpointName(w) }, port: 443 });
    expect(r).toMatchObject({ outcome: "ok", code: "TARGET_REACHED" });
    expect(r.hops.map((h) => h.kind)).toEqual(
      expect.arrayContaining(["dns", "sg-ingress", "vpce-interface", "endpoint-service", "nlb", "host"]),
    );
  });

  it("the consumer's 10.0.1.20 is its own client, not the provider's identical address", () => {
    const w = consumerWithEndpoint(true);
    const r = trace(w, { from: idOf(w, "client"), to: { ip: "10.0.1.20" }, port: 22 });
    // inside the consumer VPC, 10.0.1.20 is the client itself; the provider is never involved
    expect(r).toMatchObject({ outcome: "ok", code: "HOST_REACHED" });
    expect(r.hops.some((h) => h.resourceId.includes("billing"))).toBe(false);
  });

  it("one-way: the provider cannot open connections to the consumer", () => {
    const w = consumerWithEndpoint(true);
    const ep = Object.values(w.vpcEndpoints)[0];
    const epIp = w.networkInterfaces[ep.networkInterfaceIds[0]].privateIpAddress;
    const r = trace(w, { from: idOf(w, "billing-api"), to: { ip: epIp }, port: 22 });
    expect(r.outcome).not.toBe("ok");
    const r2 = trace(w, { from: idOf(w, "billing-api"), to: { ip: "10.0.1.20" }, port: 22 });
    // 10.0.1.20 inside the provider VPC is billing-api itself, not the consumer's client
    expect(r2.hops.some((h) => h.resourceId === idOf(w, "client"))).toBe(false);
  });

  it("rejecting the connection stops traffic", async () => {
    const { rejectVpcEndpointConnections } = await import("./ops/privatelink");
    let w = consumerWithEndpoint(true);
    const svc = Object.values(w.endpointServices)[0];
    const ep = Object.values(w.vpcEndpoints)[0];
    w = must(
      rejectVpcEndpointConnections(w, { serviceId: svc.id, vpcEndpointIds: [ep.id] }, { accountId: PROVIDER_ACCOUNT }),
    );
    const r = trace(w, {
      from: idOf(w, "client"),
      to: { ip: w.networkInterfaces[ep.networkInterfaceIds[0]].privateIpAddress },
      port: 443,
    });
    expect(r).toMatchObject({ outcome: "timeout", code: "CONNECTION_REJECTED" });
  });
});

describe("policies on the path (defense in depth)", () => {
  const LOCK_TO_VPCE = (bucket: string, vpce: string) =>
    JSON.stringify({
      Version: "2012-10-17",
      Statement: [
        {
          Sid: "Access-to-specific-VPCE-only",
          Principal: "*",
          Action: "s3:*",
          Effect: "Deny",
          Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
          Condition: { StringNotEquals: { "aws:sourceVpce": vpce } },
        },
      ],
    });

  it("a bucket locked to the endpoint: through the endpoint ok; through NAT denied by the bucket policy", () => {
    let w = labWithGatewayEndpoint();
    const vpce = Object.values(w.vpcEndpoints)[0].id;
    w = must(putBucketPolicy(w, { bucket: "pathwise-reports", policy: LOCK_TO_VPCE("pathwise-reports", vpce) }));
    expect(trace(w, { from: idOf(w, "app-server"), to: S3_LIST("pathwise-reports") }).outcome).toBe("ok");
    // same bucket policy, but the lab path is NAT (no endpoint)
    let n = labWithNat();
    n = must(
      putBucketPolicy(n, { bucket: "pathwise-reports", policy: LOCK_TO_VPCE("pathwise-reports", "vpce-1a2b3c4d") }),
    );
    const r = trace(n, { from: idOf(n, "app-server"), to: S3_LIST("pathwise-reports") });
    expect(r).toMatchObject({
      outcome: "denied",
      code: "BUCKET_POLICY_DENY",
      deniedBy: "resource",
      explicitDeny: true,
    });
    expect(r.accessDeniedMessage).toMatch(
      /^User: arn:aws:sts::111122223333:assumed-role\/AppS3Role\/i-[0-9a-f]{17} is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::pathwise-reports" with an explicit deny in a resource-based policy$/,
    );
  });

  it("an endpoint policy that only allows one bucket stops exfiltration to other buckets", () => {
    let w = labWithGatewayEndpoint();
    const vpce = Object.values(w.vpcEndpoints)[0].id;
    const policy = JSON.stringify({
      Version: "2012-10-17",
      Statement: [
        {
          Effect: "Allow",
          Principal: "*",
          Action: ["s3:ListBucket", "s3:GetObject", "s3:PutObject"],
          Resource: ["arn:aws:s3:::pathwise-reports", "arn:aws:s3:::pathwise-reports/*"],
        },
      ],
    });
    w = must(modifyVpcEndpoint(w, { vpcEndpointId: vpce, policyDocument: policy }));
    w = must({
      ok: true,
      world: {
        ...w,
        buckets: {
          ...w.buckets,
          "attacker-bucket": {
            name: "attacker-bucket",
            region: "us-east-1",
            ownerId: "999988887777",
            creationDate: w.clock,
            objects: {},
            tags: [],
            policy: JSON.stringify({
              Version: "2012-10-17",
              Statement: [
                {
                  Effect: "Allow",
                  Principal: "*",
                  Action: "s3:*",
                  Resource: ["arn:aws:s3:::attacker-bucket", "arn:aws:s3:::attacker-bucket/*"],
                },
              ],
            }),
          },
        },
      },
    });
    expect(trace(w, { from: idOf(w, "app-server"), to: S3_LIST("pathwise-reports") }).outcome).toBe("ok");
    const r = trace(w, {
      from: idOf(w, "app-server"),
      to: { service: "s3", action: "s3:PutObject", bucket: "attacker-bucket", key: "loot.csv" },
    });
    expect(r).toMatchObject({ outcome: "denied", code: "ENDPOINT_POLICY_NO_ALLOW", deniedBy: "endpoint" });
    // cross-account: the plain message
    expect(r.accessDeniedMessage).toBe("Access Denied");
    const lb = trace(w, { from: idOf(w, "app-server"), to: { service: "s3", action: "s3:ListAllMyBuckets" } });
    expect(lb).toMatchObject({ outcome: "denied", code: "ENDPOINT_POLICY_NO_ALLOW" });
  });

  it("NACLs cannot reference prefix lists: an egress NACL allowing only the VPC blocks the gateway endpoint path", () => {
    let w = labWithGatewayEndpoint();
    const acl = w.vpcs[idOf(w, "lab-vpc")].defaultNetworkAclId;
    w = must(
      replaceNetworkAclEntry(w, {
        networkAclId: acl,
        ruleNumber: 100,
        egress: true,
        protocol: "-1",
        ruleAction: "allow",
        cidrBlock: "10.0.0.0/16",
      }),
    );
    const r = trace(w, { from: idOf(w, "app-server"), to: S3_LIST("pathwise-reports") });
    expect(r).toMatchObject({ outcome: "timeout", code: "NACL_DENY" });
  });

  it("stateless NACLs: blocking inbound ephemeral ports breaks the replies", () => {
    let w = labWithGatewayEndpoint();
    const acl = w.vpcs[idOf(w, "lab-vpc")].defaultNetworkAclId;
    w = must(
      createNetworkAclEntry(w, {
        networkAclId: acl,
        ruleNumber: 50,
        egress: false,
        protocol: "tcp",
        ruleAction: "deny",
        cidrBlock: "0.0.0.0/0",
        portRange: { from: 1024, to: 65535 },
      }),
    );
    const r = trace(w, { from: idOf(w, "app-server"), to: S3_LIST("pathwise-reports") });
    expect(r).toMatchObject({ outcome: "timeout", code: "NACL_RETURN_DENY" });
  });
});

describe("Gateway Load Balancer endpoints (CURRICULUM lesson 14)", () => {
  function gwlbWorld(opts: { pending?: boolean; stopFirewall?: boolean } = {}): World {
    return scenario({ seed: 3, regions: ["us-east-1"] })
      .account(LAB_ACCOUNT)
      .region("us-east-1")
      .vpc(
        "sec-vpc",
        "10.9.0.0/16",
        (v) =>
          v.privateSubnet("appliance-a", "10.9.1.0/24", "us-east-1a").securityGroup("appl-sg", "appliances", {
            ingress: [{ protocol: "udp", port: 6081, cidr: "10.9.0.0/16" }],
          }),
        { privateRouteTable: "sec-rt" },
      )
      .instance("firewall-1", { subnet: "appliance-a", securityGroups: ["appl-sg"], listeningPorts: [] })
      .nlb("inspect-gwlb", { subnets: ["appliance-a"], targets: ["firewall-1"], port: 6081, type: "gateway" })
      .endpointService("inspect-svc", { nlb: "inspect-gwlb", acceptanceRequired: false, allow: [LAB_ACCOUNT] })
      .vpc(
        "app-vpc",
        "10.0.0.0/16",
        (v) =>
          v
            .publicSubnet("inspect-a", "10.0.9.0/24", "us-east-1a")
            .privateSubnet("app-a", "10.0.1.0/24", "us-east-1a")
            .securityGroup("web-sg", "web"),
        { privateRouteTable: "app-rt" },
      )
      .instance("web", { subnet: "app-a", publicIp: true, securityGroups: ["web-sg"] })
      .endpoint("gwlbe", {
        vpc: "app-vpc",
        service: "inspect-svc",
        type: "GatewayLoadBalancer",
        subnets: ["inspect-a"],
        pending: opts.pending,
      })
      .do((w) =>
        must(
          createRoute(w, {
            routeTableId: idOf(w, "app-rt"),
            destinationCidrBlock: "0.0.0.0/0",
            vpcEndpointId: idOf(w, "gwlbe"),
          }),
        ),
      )
      .do((w) =>
        opts.stopFirewall
          ? {
              ...w,
              instances: {
                ...w.instances,
                [idOf(w, "firewall-1")]: { ...w.instances[idOf(w, "firewall-1")], state: "stopped" },
              },
            }
          : w,
      )
      .build();
  }
  runMatrix([
    {
      name: "web → internet through the inspection appliances",
      world: () => gwlbWorld(),
      from: "web",
      flow: { to: { name: "example.com" }, port: 443 },
      outcome: "ok",
      code: "INTERNET_HOST",
    },
    {
      name: "GWLB endpoint still pending",
      world: () => gwlbWorld({ pending: true }),
      from: "web",
      flow: { to: { name: "example.com" }, port: 443 },
      outcome: "timeout",
      code: "ENDPOINT_NOT_AVAILABLE",
    },
    {
      name: "no healthy appliance: fails closed",
      world: () => gwlbWorld({ stopFirewall: true }),
      from: "web",
      flow: { to: { name: "example.com" }, port: 443 },
      outcome: "timeout",
      code: "GWLB_NO_HEALTHY_TARGET",
    },
  ]);
  it("the trace shows the inspection hop before the internet gateway", () => {
    const w = gwlbWorld();
    const codes = trace(w, { from: idOf(w, "web"), to: { name: "example.com" }, port: 443 }).hops.map((h) => h.code);
    expect(codes.indexOf("GWLB_INSPECTED")).toBeGreaterThan(-1);
    expect(codes.indexOf("GWLB_INSPECTED")).toBeLessThan(codes.indexOf("IGW_TRANSLATES"));
  });
});

describe("classic case: transit gateway hub and spoke", () => {
  runMatrix([
    {
      name: "spoke → S3 via the shared VPC's gateway endpoint (not supported through TGW)",
      world: () => hubSpokeWorld(),
      from: "spoke-app",
      flow: { to: S3_LIST("pathwise-reports") },
      outcome: "timeout",
      code: "GATEWAY_ENDPOINT_NOT_REACHABLE_THROUGH_TRANSIT_GATEWAY",
    },
    {
      name: "spoke → internet via the shared NAT (centralised egress)",
      world: () => hubSpokeWorld(),
      from: "spoke-app",
      flow: { to: { name: "example.com" }, port: 443 },
      outcome: "ok",
      code: "INTERNET_HOST",
    },
    {
      name: "spoke → SQS public name (no shared private DNS) leaves through the shared NAT",
      world: () => hubSpokeWorld(),
      from: "spoke-app",
      flow: { to: { service: "sqs", action: "sqs:SendMessage" } },
      outcome: "ok",
      code: "OK",
    },
  ]);
  it("spoke → centralised SQS interface endpoint by its vpce name", () => {
    const w = hubSpokeWorld();
    const ep = Object.values(w.vpcEndpoints).find((e) => e.type === "Interface")!;
    const r = trace(w, {
      from: idOf(w, "spoke-app"),
      to: {
        service: "sqs",
        action: "sqs:SendMessage",
        endpointHost: `${ep.id}-${ep.dnsToken}.sqs.us-east-1.vpce.amazonaws.com`,
      },
    });
    expect(r).toMatchObject({ outcome: "ok", code: "OK", vpcEndpointId: ep.id });
    expect(r.hops.map((h) => h.code)).toContain("TGW_FORWARDS");
  });
});
