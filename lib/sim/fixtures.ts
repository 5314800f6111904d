/**
 * Ready-made Worlds for the classic cases (used by tests, labs and the playground).
 * Every function is deterministic.
 */
import type { World } from "./schema";
import { scenario, APP_ROLE_POLICY, LAB_ACCOUNT, labWorld } from "./scenario";
import { createVpcEndpoint } from "./ops/endpoints";
import { idOf } from "./world";

export const PROVIDER_ACCOUNT = "444455556666";

export const CORP_USER_POLICY = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Action: ["s3:*", "sqs:*"], Resource: "*" }],
});

/** Lab + S3 gateway endpoint on private-rt (the solved canonical lab). */
export function labWithGatewayEndpoint(seed = 42): World {
  const w = labWorld(seed);
  const r = createVpcEndpoint(w, { vpcId: idOf(w, "lab-vpc"), serviceName: "com.amazonaws.us-east-1.s3", routeTableIds: [idOf(w, "private-rt")], tags: [{ Key: "Name", Value: "s3-gateway" }] });
  return r.ok ? r.world : w;
}

/** Lab + a NAT gateway in public-a; private-rt has 0.0.0.0/0 → NAT. */
export function labWithNat(seed = 42): World {
  return scenario({ seed })
    .do(() => labWorld(seed))
    .vpcIn("lab-vpc", (v) => v.natGateway("lab-nat", "public-a"))
    .build();
}

/**
 * Hybrid: lab-vpc + an on-premises site (corp-dc 192.168.0.0/16, no internet breakout) joined by a
 * BGP site-to-site VPN whose routes propagate into private-rt; an S3 gateway endpoint on
 * private-rt; an SQS interface endpoint (private DNS on) in private-a/private-b.
 */
export function hybridWorld(seed = 11, opts: { tunnelsUp?: boolean; internetAccess?: boolean; defaultRouteViaVpn?: boolean; dnsForward?: boolean } = {}): World {
  return scenario({ seed, regions: ["us-east-1", "eu-west-1"] })
    .account(LAB_ACCOUNT, "learner")
    .region("us-east-1")
    .role("AppS3Role", [APP_ROLE_POLICY])
    .user("corp-dev", [CORP_USER_POLICY])
    .vpc(
      "lab-vpc",
      "10.0.0.0/16",
      (v) =>
        v
          .publicSubnet("public-a", "10.0.1.0/24", "us-east-1a")
          .privateSubnet("private-a", "10.0.2.0/24", "us-east-1a")
          .privateSubnet("private-b", "10.0.4.0/24", "us-east-1b")
          .securityGroup("app-sg", "App servers", { ingress: [{ port: 22, cidr: "192.168.0.0/16" }, { port: 443, cidr: "10.0.0.0/16" }] })
          .securityGroup("endpoint-sg", "Interface endpoints", { ingress: [{ port: 443, cidr: "10.0.0.0/16" }, { port: 443, cidr: "192.168.0.0/16" }] }),
      { igw: "lab-igw" },
    )
    .instance("app-server", { subnet: "private-a", role: "AppS3Role", securityGroups: ["app-sg"], privateIp: "10.0.2.10", listeningPorts: [22, 443] })
    .endpoint("s3-gateway", { vpc: "lab-vpc", service: "s3", type: "Gateway", routeTables: ["private-rt"] })
    .endpoint("sqs-interface", { vpc: "lab-vpc", service: "sqs", type: "Interface", subnets: ["private-a", "private-b"], securityGroups: ["endpoint-sg"], privateDns: true })
    .onPrem("corp-dc", "192.168.0.0/16", { internetAccess: opts.internetAccess ?? false, defaultRouteViaVpn: opts.defaultRouteViaVpn ?? false, dnsForwardToVpc: opts.dnsForward ? "lab-vpc" : undefined })
    .onPremHost("corp-laptop", { network: "corp-dc", ip: "192.168.1.10", principal: `arn:aws:iam::${LAB_ACCOUNT}:user/corp-dev` })
    .vpn("corp-vpn", { vpc: "lab-vpc", onPrem: "corp-dc", propagateTo: ["private-rt"], tunnelsUp: opts.tunnelsUp ?? true })
    .bucket("pathwise-reports", { region: "us-east-1", objects: { "reports/2026-01.csv": "month,total\n" } })
    .queue("lab-queue")
    .build();
}

/** lab-vpc (with S3 gateway endpoint) peered with peer-vpc 10.1.0.0/16 (instance peer-app). */
export function peeredWorld(seed = 5, opts: { peerDefaultViaPcx?: boolean } = {}): World {
  const b = scenario({ seed, regions: ["us-east-1"] })
    .account(LAB_ACCOUNT, "learner")
    .region("us-east-1")
    .role("AppS3Role", [APP_ROLE_POLICY])
    .vpc("lab-vpc", "10.0.0.0/16", (v) => v.privateSubnet("private-a", "10.0.2.0/24", "us-east-1a").securityGroup("app-sg", "app", { ingress: [{ port: 22, cidr: "10.0.0.0/8" }] }))
    .vpc("peer-vpc", "10.1.0.0/16", (v) => v.privateSubnet("peer-private", "10.1.2.0/24", "us-east-1a").securityGroup("peer-sg", "peer", { ingress: [{ port: 22, cidr: "10.0.0.0/8" }] }), {
      privateRouteTable: "peer-rt",
    })
    .instance("app-server", { subnet: "private-a", role: "AppS3Role", securityGroups: ["app-sg"], privateIp: "10.0.2.10" })
    .instance("peer-app", { subnet: "peer-private", role: "AppS3Role", securityGroups: ["peer-sg"], privateIp: "10.1.2.10" })
    .endpoint("s3-gateway", { vpc: "lab-vpc", service: "s3", type: "Gateway", routeTables: ["private-rt"] })
    .peering("lab-to-peer", { requester: "lab-vpc", accepter: "peer-vpc", requesterRouteTables: ["private-rt"], accepterRouteTables: ["peer-rt"] })
    .bucket("pathwise-reports", { region: "us-east-1" });
  if (opts.peerDefaultViaPcx) {
    b.do((w) => {
      const pcx = idOf(w, "lab-to-peer");
      const rt = w.routeTables[idOf(w, "peer-rt")];
      return { ...w, routeTables: { ...w.routeTables, [rt.id]: { ...rt, routes: [...rt.routes, { destinationCidrBlock: "0.0.0.0/0", origin: "CreateRoute" as const, state: "active" as const, vpcPeeringConnectionId: pcx }] } } };
    });
  }
  return b.build();
}

/**
 * PrivateLink across overlapping CIDRs: the provider (444455556666) runs billing-api behind an NLB
 * in provider-vpc 10.0.0.0/16 and publishes endpoint service "billing-svc" (acceptance required,
 * consumer account allowed). The consumer (111122223333) has consumer-vpc, also 10.0.0.0/16,
 * with instance "client". No consumer endpoint yet.
 */
export function privateLinkWorld(seed = 9, opts: { acceptanceRequired?: boolean } = {}): World {
  return scenario({ seed, regions: ["us-east-1"] })
    .account(LAB_ACCOUNT, "consumer")
    .account(PROVIDER_ACCOUNT, "provider")
    .region("us-east-1")
    .as(PROVIDER_ACCOUNT, "us-east-1")
    .vpc("provider-vpc", "10.0.0.0/16", (v) =>
      v
        .privateSubnet("svc-a", "10.0.1.0/24", "us-east-1a")
        .privateSubnet("svc-b", "10.0.2.0/24", "us-east-1b")
        .securityGroup("api-sg", "API", { ingress: [{ port: 443, cidr: "10.0.0.0/16" }] }),
      { privateRouteTable: "provider-rt" },
    )
    .instance("billing-api", { subnet: "svc-a", securityGroups: ["api-sg"], privateIp: "10.0.1.20", listeningPorts: [443] })
    .nlb("billing-nlb", { subnets: ["svc-a", "svc-b"], targets: ["billing-api"], port: 443 })
    .endpointService("billing-svc", { nlb: "billing-nlb", acceptanceRequired: opts.acceptanceRequired ?? true, allow: [LAB_ACCOUNT] })
    .as(LAB_ACCOUNT, "us-east-1")
    .vpc("consumer-vpc", "10.0.0.0/16", (v) =>
      v
        .privateSubnet("app-a", "10.0.1.0/24", "us-east-1a")
        .privateSubnet("app-b", "10.0.2.0/24", "us-east-1b")
        .securityGroup("client-sg", "client", { ingress: [{ port: 22, cidr: "10.0.0.0/16" }] })
        .securityGroup("billing-endpoint-sg", "endpoint", { ingress: [{ port: 443, cidr: "10.0.0.0/16" }] }),
      { privateRouteTable: "consumer-rt" },
    )
    .instance("client", { subnet: "app-a", securityGroups: ["client-sg"], privateIp: "10.0.1.20" })
    .build();
}
