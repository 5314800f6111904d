/**
 * Ready-made Worlds for the classic cases (used by tests, labs and the playground).
 * Every function is deterministic.
 */
import type { World } from "./schema";
import type { Flow } from "./trace-types";
import type { OpResult } from "./core";
import { scenario, APP_ROLE_POLICY, LAB_ACCOUNT, labWorld } from "./scenario";
import { createVpcEndpoint, modifyVpcEndpoint } from "./ops/endpoints";
import { acceptVpcEndpointConnections } from "./ops/privatelink";
import { authorizeSecurityGroupIngress, createNatGateway, createRoute } from "./ops/vpc";
import { tick } from "./lifecycle";
import { idOf } from "./world";

export const PROVIDER_ACCOUNT = "444455556666";

export const CORP_USER_POLICY = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Action: ["s3:*", "sqs:*"], Resource: "*" }],
});

/** Lab + S3 gateway endpoint on private-rt (the solved canonical lab). */
export function labWithGatewayEndpoint(seed = 42): World {
  const w = labWorld(seed);
  const r = createVpcEndpoint(w, {
    vpcId: idOf(w, "lab-vpc"),
    serviceName: "com.amazonaws.us-east-1.s3",
    routeTableIds: [idOf(w, "private-rt")],
    tags: [{ Key: "Name", Value: "s3-gateway" }],
  });
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
export function hybridWorld(
  seed = 11,
  opts: { tunnelsUp?: boolean; internetAccess?: boolean; defaultRouteViaVpn?: boolean; dnsForward?: boolean } = {},
): World {
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
          .securityGroup("app-sg", "App servers", {
            ingress: [
              { port: 22, cidr: "192.168.0.0/16" },
              { port: 443, cidr: "10.0.0.0/16" },
            ],
          })
          .securityGroup("endpoint-sg", "Interface endpoints", {
            ingress: [
              { port: 443, cidr: "10.0.0.0/16" },
              { port: 443, cidr: "192.168.0.0/16" },
            ],
          }),
      { igw: "lab-igw" },
    )
    .instance("app-server", {
      subnet: "private-a",
      role: "AppS3Role",
      securityGroups: ["app-sg"],
      privateIp: "10.0.2.10",
      listeningPorts: [22, 443],
    })
    .endpoint("s3-gateway", { vpc: "lab-vpc", service: "s3", type: "Gateway", routeTables: ["private-rt"] })
    .endpoint("sqs-interface", {
      vpc: "lab-vpc",
      service: "sqs",
      type: "Interface",
      subnets: ["private-a", "private-b"],
      securityGroups: ["endpoint-sg"],
      privateDns: true,
    })
    .onPrem("corp-dc", "192.168.0.0/16", {
      internetAccess: opts.internetAccess ?? false,
      defaultRouteViaVpn: opts.defaultRouteViaVpn ?? false,
      dnsForwardToVpc: opts.dnsForward ? "lab-vpc" : undefined,
    })
    .onPremHost("corp-laptop", {
      network: "corp-dc",
      ip: "192.168.1.10",
      principal: `arn:aws:iam::${LAB_ACCOUNT}:user/corp-dev`,
    })
    .vpn("corp-vpn", {
      vpc: "lab-vpc",
      onPrem: "corp-dc",
      propagateTo: ["private-rt"],
      tunnelsUp: opts.tunnelsUp ?? true,
    })
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
    .vpc("lab-vpc", "10.0.0.0/16", (v) =>
      v
        .privateSubnet("private-a", "10.0.2.0/24", "us-east-1a")
        .securityGroup("app-sg", "app", { ingress: [{ port: 22, cidr: "10.0.0.0/8" }] }),
    )
    .vpc(
      "peer-vpc",
      "10.1.0.0/16",
      (v) =>
        v
          .privateSubnet("peer-private", "10.1.2.0/24", "us-east-1a")
          .securityGroup("peer-sg", "peer", { ingress: [{ port: 22, cidr: "10.0.0.0/8" }] }),
      {
        privateRouteTable: "peer-rt",
      },
    )
    .instance("app-server", {
      subnet: "private-a",
      role: "AppS3Role",
      securityGroups: ["app-sg"],
      privateIp: "10.0.2.10",
    })
    .instance("peer-app", {
      subnet: "peer-private",
      role: "AppS3Role",
      securityGroups: ["peer-sg"],
      privateIp: "10.1.2.10",
    })
    .endpoint("s3-gateway", { vpc: "lab-vpc", service: "s3", type: "Gateway", routeTables: ["private-rt"] })
    .peering("lab-to-peer", {
      requester: "lab-vpc",
      accepter: "peer-vpc",
      requesterRouteTables: ["private-rt"],
      accepterRouteTables: ["peer-rt"],
    })
    .bucket("pathwise-reports", { region: "us-east-1" });
  if (opts.peerDefaultViaPcx) {
    b.do((w) => {
      const pcx = idOf(w, "lab-to-peer");
      const rt = w.routeTables[idOf(w, "peer-rt")];
      return {
        ...w,
        routeTables: {
          ...w.routeTables,
          [rt.id]: {
            ...rt,
            routes: [
              ...rt.routes,
              {
                destinationCidrBlock: "0.0.0.0/0",
                origin: "CreateRoute" as const,
                state: "active" as const,
                vpcPeeringConnectionId: pcx,
              },
            ],
          },
        },
      };
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
    .vpc(
      "provider-vpc",
      "10.0.0.0/16",
      (v) =>
        v
          .privateSubnet("svc-a", "10.0.1.0/24", "us-east-1a")
          .privateSubnet("svc-b", "10.0.2.0/24", "us-east-1b")
          .securityGroup("api-sg", "API", { ingress: [{ port: 443, cidr: "10.0.0.0/16" }] }),
      { privateRouteTable: "provider-rt" },
    )
    .instance("billing-api", {
      subnet: "svc-a",
      securityGroups: ["api-sg"],
      privateIp: "10.0.1.20",
      listeningPorts: [443],
    })
    .nlb("billing-nlb", { subnets: ["svc-a", "svc-b"], targets: ["billing-api"], port: 443 })
    .endpointService("billing-svc", {
      nlb: "billing-nlb",
      acceptanceRequired: opts.acceptanceRequired ?? true,
      allow: [LAB_ACCOUNT],
    })
    .as(LAB_ACCOUNT, "us-east-1")
    .vpc(
      "consumer-vpc",
      "10.0.0.0/16",
      (v) =>
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

/**
 * Hub and spoke through a transit gateway: shared-vpc 10.10.0.0/16 (S3 gateway endpoint, SQS
 * interface endpoint, NAT for centralised egress) and spoke-vpc 10.20.0.0/16 (instance spoke-app).
 * Spoke: 0.0.0.0/0 → TGW; TGW: 0.0.0.0/0 → shared attachment; shared private-rt: 10.20.0.0/16 → TGW.
 */
export function hubSpokeWorld(seed = 13): World {
  return scenario({ seed, regions: ["us-east-1"] })
    .account(LAB_ACCOUNT, "learner")
    .region("us-east-1")
    .role("AppS3Role", [APP_ROLE_POLICY])
    .vpc(
      "shared-vpc",
      "10.10.0.0/16",
      (v) =>
        v
          .publicSubnet("shared-public", "10.10.1.0/24", "us-east-1a")
          .privateSubnet("shared-tgw", "10.10.2.0/24", "us-east-1a")
          .securityGroup("shared-endpoint-sg", "endpoints", { ingress: [{ port: 443, cidr: "10.0.0.0/8" }] })
          .natGateway("shared-nat", "shared-public"),
      { igw: "shared-igw", publicRouteTable: "shared-public-rt", privateRouteTable: "shared-private-rt" },
    )
    .vpc(
      "spoke-vpc",
      "10.20.0.0/16",
      (v) => v.privateSubnet("spoke-a", "10.20.1.0/24", "us-east-1a").securityGroup("spoke-sg", "spoke"),
      { privateRouteTable: "spoke-rt" },
    )
    .instance("spoke-app", {
      subnet: "spoke-a",
      role: "AppS3Role",
      securityGroups: ["spoke-sg"],
      privateIp: "10.20.1.10",
    })
    .endpoint("shared-s3", { vpc: "shared-vpc", service: "s3", type: "Gateway", routeTables: ["shared-private-rt"] })
    .endpoint("shared-sqs", {
      vpc: "shared-vpc",
      service: "sqs",
      type: "Interface",
      subnets: ["shared-tgw"],
      securityGroups: ["shared-endpoint-sg"],
      privateDns: true,
    })
    .transitGateway("hub-tgw", {
      attachments: [
        { vpc: "shared-vpc", subnets: ["shared-tgw"] },
        { vpc: "spoke-vpc", subnets: ["spoke-a"] },
      ],
      staticRoutes: [{ cidr: "0.0.0.0/0", vpc: "shared-vpc" }],
      vpcRoutes: [
        { routeTable: "spoke-rt", cidr: "0.0.0.0/0" },
        { routeTable: "shared-private-rt", cidr: "10.20.0.0/16" },
        { routeTable: "shared-public-rt", cidr: "10.20.0.0/16" },
      ],
    })
    .bucket("pathwise-reports", { region: "us-east-1" })
    .queue("lab-queue")
    .build();
}

// ── lesson 21: break-and-fix ────────────────────────────────────────────────
export const FAULTS = [
  "missing-route-table-association",
  "wrong-region",
  "security-group-without-443",
  "private-dns-off",
  "restrictive-endpoint-policy",
  "connection-not-accepted",
] as const;
export type Fault = (typeof FAULTS)[number];

export interface BrokenLab {
  fault: Fault;
  world: World;
  /** the flow that must work once fixed (ids resolved) */
  goal: Flow;
  /** the trace code the goal fails with in the broken World */
  expectedCode: string;
  /** a reference fix (sim-level; a lab's command solution should reach the same effect) */
  fix: (w: World) => World;
}

function unwrap(r: OpResult<unknown>, w: World): World {
  return r.ok ? r.world : w;
}

/** Pick a fault deterministically from the seed (or by name) and build its World. */
export function brokenLab(seedOrFault: number | Fault): BrokenLab {
  const fault: Fault =
    typeof seedOrFault === "number" ? FAULTS[Math.abs(Math.floor(seedOrFault)) % FAULTS.length] : seedOrFault;
  const sqsLab = (opts: { sg: boolean; privateDns: boolean }): World => {
    let w = labWorld(21);
    const vpc = idOf(w, "lab-vpc");
    const sgName = opts.sg ? "app-sg" : undefined;
    const r = createVpcEndpoint(w, {
      vpcId: vpc,
      serviceName: "com.amazonaws.us-east-1.sqs",
      vpcEndpointType: "Interface",
      subnetIds: [idOf(w, "private-a"), idOf(w, "private-b")],
      securityGroupIds: sgName ? [idOf(w, sgName, "securityGroups")] : undefined,
      privateDnsEnabled: opts.privateDns,
      tags: [{ Key: "Name", Value: "sqs-endpoint" }],
    });
    w = tick(unwrap(r, w), 60);
    return w;
  };
  const queueArn = `arn:aws:sqs:us-east-1:${LAB_ACCOUNT}:lab-queue`;
  switch (fault) {
    case "missing-route-table-association": {
      let w = labWorld(21);
      const r = createVpcEndpoint(w, {
        vpcId: idOf(w, "lab-vpc"),
        serviceName: "com.amazonaws.us-east-1.s3",
        routeTableIds: [idOf(w, "public-rt")],
        tags: [{ Key: "Name", Value: "s3-gateway" }],
      });
      w = unwrap(r, w);
      return {
        fault,
        world: w,
        goal: {
          from: idOf(w, "app-server"),
          to: { service: "s3", action: "s3:ListBucket", bucket: "pathwise-reports" },
        },
        expectedCode: "GATEWAY_ENDPOINT_NOT_ASSOCIATED",
        fix: (x) =>
          unwrap(
            modifyVpcEndpoint(x, { vpcEndpointId: idOf(x, "s3-gateway"), addRouteTableIds: [idOf(x, "private-rt")] }),
            x,
          ),
      };
    }
    case "wrong-region": {
      let w = labWorld(21);
      // the endpoint exists, but the application's bucket lives in eu-west-1
      const r = createVpcEndpoint(w, {
        vpcId: idOf(w, "lab-vpc"),
        serviceName: "com.amazonaws.us-east-1.s3",
        routeTableIds: [idOf(w, "private-rt")],
        tags: [{ Key: "Name", Value: "s3-gateway" }],
      });
      w = unwrap(r, w);
      return {
        fault,
        world: w,
        goal: {
          from: idOf(w, "app-server"),
          to: { service: "s3", action: "s3:GetObject", bucket: "pathwise-archive-eu", key: "archive/2025.tar.gz" },
        },
        expectedCode: "GATEWAY_ENDPOINT_WRONG_REGION",
        // cross-Region S3 traffic cannot use the gateway endpoint; one fix is a NAT gateway path
        fix: (x) => {
          const nat = createNatGateway(x, { subnetId: idOf(x, "public-a") });
          if (!nat.ok) return x;
          const y = tick(nat.world, 60);
          return unwrap(
            createRoute(y, {
              routeTableId: idOf(y, "private-rt"),
              destinationCidrBlock: "0.0.0.0/0",
              natGatewayId: nat.value.id,
            }),
            y,
          );
        },
      };
    }
    case "security-group-without-443": {
      const w = sqsLab({ sg: false, privateDns: true });
      return {
        fault,
        world: w,
        goal: { from: idOf(w, "app-server"), to: { service: "sqs", action: "sqs:SendMessage", resourceArn: queueArn } },
        expectedCode: "SG_INGRESS_BLOCKS_443",
        fix: (x) =>
          unwrap(
            authorizeSecurityGroupIngress(x, {
              groupId: x.vpcs[idOf(x, "lab-vpc")].defaultSecurityGroupId,
              ipProtocol: "tcp",
              fromPort: 443,
              toPort: 443,
              cidrIp: "10.0.0.0/16",
            }),
            x,
          ),
      };
    }
    case "private-dns-off": {
      const w = sqsLab({ sg: true, privateDns: false });
      return {
        fault,
        world: w,
        goal: { from: idOf(w, "app-server"), to: { service: "sqs", action: "sqs:SendMessage", resourceArn: queueArn } },
        expectedCode: "NO_ROUTE",
        fix: (x) =>
          unwrap(modifyVpcEndpoint(x, { vpcEndpointId: idOf(x, "sqs-endpoint"), privateDnsEnabled: true }), x),
      };
    }
    case "restrictive-endpoint-policy": {
      let w = labWorld(21);
      const policy = JSON.stringify({
        Version: "2012-10-17",
        Statement: [
          {
            Effect: "Allow",
            Principal: "*",
            Action: ["s3:GetObject", "s3:ListBucket"],
            Resource: ["arn:aws:s3:::some-other-bucket", "arn:aws:s3:::some-other-bucket/*"],
          },
        ],
      });
      const r = createVpcEndpoint(w, {
        vpcId: idOf(w, "lab-vpc"),
        serviceName: "com.amazonaws.us-east-1.s3",
        routeTableIds: [idOf(w, "private-rt")],
        policyDocument: policy,
        tags: [{ Key: "Name", Value: "s3-gateway" }],
      });
      w = unwrap(r, w);
      return {
        fault,
        world: w,
        goal: {
          from: idOf(w, "app-server"),
          to: { service: "s3", action: "s3:ListBucket", bucket: "pathwise-reports" },
        },
        expectedCode: "ENDPOINT_POLICY_NO_ALLOW",
        fix: (x) => unwrap(modifyVpcEndpoint(x, { vpcEndpointId: idOf(x, "s3-gateway"), resetPolicy: true }), x),
      };
    }
    case "connection-not-accepted": {
      let w = privateLinkWorld(21);
      const svc = Object.values(w.endpointServices)[0];
      const r = createVpcEndpoint(
        w,
        {
          vpcId: idOf(w, "consumer-vpc"),
          serviceName: svc.serviceName,
          vpcEndpointType: "Interface",
          subnetIds: [idOf(w, "app-a")],
          securityGroupIds: [idOf(w, "billing-endpoint-sg", "securityGroups")],
          tags: [{ Key: "Name", Value: "billing-endpoint" }],
        },
        { accountId: LAB_ACCOUNT },
      );
      w = unwrap(r, w);
      const ep = w.vpcEndpoints[idOf(w, "billing-endpoint")];
      return {
        fault,
        world: w,
        goal: {
          from: idOf(w, "client"),
          to: { name: `${ep.id}-${ep.dnsToken}.${svc.id}.us-east-1.vpce.amazonaws.com` },
          port: 443,
        },
        expectedCode: "CONNECTION_PENDING_ACCEPTANCE",
        fix: (x) =>
          tick(
            unwrap(
              acceptVpcEndpointConnections(
                x,
                { serviceId: svc.id, vpcEndpointIds: [ep.id] },
                { accountId: PROVIDER_ACCOUNT },
              ),
              x,
            ),
            60,
          ),
      };
    }
  }
}
