/** Two-account PrivateLink worlds for the privatelink-* labs. */
import { endpointDnsEntries, LAB_ACCOUNT, PROVIDER_ACCOUNT, scenario, type World } from "@/lib/sim";
import { nameToId, traceFrom, traceGoal, type GoalCheck, type LabStart } from "@/lib/content/lab";

export const ADMIN_POLICY = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }],
});
export const CONSUMER_ADMIN = `arn:aws:iam::${LAB_ACCOUNT}:user/consumer-admin`;
export const PROVIDER_ADMIN = `arn:aws:iam::${PROVIDER_ACCOUNT}:user/provider-admin`;

export interface PlOpts {
  providerCidr: string;
  allowConsumer: boolean;
  acceptanceRequired: boolean;
  /** a peering attempt between the two VPCs (it fails when the CIDRs overlap) */
  peeringAttempt?: boolean;
}

/**
 * provider 444455556666: provider-vpc (svc-a/svc-b), billing-api:443 behind NLB billing-nlb,
 * endpoint service billing-svc. consumer 111122223333: consumer-vpc 10.0.0.0/16 with a public
 * jumpbox (10.0.10.10) and the private instance client (10.0.1.20).
 */
export function privateLinkLabWorld(seed: number, o: PlOpts): World {
  const p = o.providerCidr.split(".").slice(0, 2).join(".");
  const b = scenario({ seed, regions: ["us-east-1"] })
    .account(LAB_ACCOUNT, "consumer")
    .account(PROVIDER_ACCOUNT, "provider")
    .region("us-east-1")
    .as(PROVIDER_ACCOUNT, "us-east-1")
    .user("provider-admin", [ADMIN_POLICY])
    .vpc(
      "provider-vpc",
      o.providerCidr,
      (v) =>
        v
          .privateSubnet("svc-a", `${p}.1.0/24`, "us-east-1a")
          .privateSubnet("svc-b", `${p}.2.0/24`, "us-east-1b")
          .securityGroup("api-sg", "billing API", { ingress: [{ port: 443, cidr: o.providerCidr }] }),
      { privateRouteTable: "provider-rt" },
    )
    .instance("billing-api", {
      subnet: "svc-a",
      securityGroups: ["api-sg"],
      privateIp: `${p}.1.20`,
      listeningPorts: [443],
    })
    .nlb("billing-nlb", { subnets: ["svc-a", "svc-b"], targets: ["billing-api"], port: 443 })
    .endpointService("billing-svc", {
      nlb: "billing-nlb",
      acceptanceRequired: o.acceptanceRequired,
      allow: o.allowConsumer ? [LAB_ACCOUNT] : [],
    })
    .as(LAB_ACCOUNT, "us-east-1")
    .user("consumer-admin", [ADMIN_POLICY])
    .vpc(
      "consumer-vpc",
      "10.0.0.0/16",
      (v) =>
        v
          .publicSubnet("consumer-public", "10.0.10.0/24", "us-east-1a")
          .privateSubnet("app-a", "10.0.1.0/24", "us-east-1a")
          .privateSubnet("app-b", "10.0.2.0/24", "us-east-1b")
          .securityGroup("jumpbox-sg", "SSH from the office", { ingress: [{ port: 22, cidr: "0.0.0.0/0" }] })
          .securityGroup("client-sg", "client", { ingress: [{ port: 22, cidr: "10.0.0.0/16" }] })
          .securityGroup("billing-endpoint-sg", "HTTPS to the billing endpoint", {
            ingress: [{ port: 443, cidr: "10.0.0.0/16" }],
          }),
      { igw: "consumer-igw", publicRouteTable: "consumer-public-rt", privateRouteTable: "consumer-rt" },
    )
    .instance("jumpbox", {
      subnet: "consumer-public",
      publicIp: true,
      securityGroups: ["jumpbox-sg"],
      privateIp: "10.0.10.10",
    })
    .instance("client", { subnet: "app-a", securityGroups: ["client-sg"], privateIp: "10.0.1.20" });
  if (o.peeringAttempt) b.peering("consumer-to-provider", { requester: "consumer-vpc", accepter: "provider-vpc" });
  return b.build();
}

export function privateLinkStart(world: World, extra: string[] = []): LabStart {
  return {
    world,
    host: "jumpbox",
    profiles: {
      consumer: { region: "us-east-1", principalArn: CONSUMER_ADMIN },
      provider: { region: "us-east-1", principalArn: PROVIDER_ADMIN },
    },
    credentials: CONSUMER_ADMIN,
    welcome: [
      "You are on jumpbox (10.0.10.10), the consumer's admin host in consumer-vpc's public subnet.",
      "Two AWS CLI profiles are configured: `--profile consumer` (account 111122223333, also the default) and `--profile provider` (account 444455556666).",
      "The private instance `client` is at 10.0.1.20: `ssh 10.0.1.20` to test from it, `exit` to come back.",
      ...extra,
    ].join("\n"),
  };
}

export function billingServiceId(world: World): string {
  return (
    nameToId(world, "billing-svc") ||
    Object.values(world.endpointServices ?? {}).find((s) =>
      s.tags?.some((t) => t.Key === "Name" && t.Value === "billing-svc"),
    )?.id ||
    ""
  );
}

/** Consumer endpoints (in consumer-vpc) for billing-svc. */
export function billingEndpoints(world: World) {
  const svc = world.endpointServices?.[billingServiceId(world)];
  const vpc = nameToId(world, "consumer-vpc");
  return Object.values(world.vpcEndpoints ?? {}).filter(
    (e) => svc && e.serviceName === svc.serviceName && e.vpcId === vpc,
  );
}

export function endpointAvailable(world: World): GoalCheck {
  const eps = billingEndpoints(world);
  if (!eps.length)
    return { done: false, code: "NO_ENDPOINT", detail: "consumer-vpc has no interface endpoint for billing-svc yet." };
  if (eps.some((e) => e.state === "available")) return { done: true };
  const st = eps[0].state;
  const code =
    st === "pendingAcceptance"
      ? "CONNECTION_PENDING_ACCEPTANCE"
      : st === "rejected"
        ? "CONNECTION_REJECTED"
        : "ENDPOINT_PENDING";
  return { done: false, code, detail: `The consumer endpoint ${eps[0].id} is ${st}.` };
}

/** client → the endpoint's regional DNS name on 443, through the interface endpoint. */
export function clientReachesBilling(world: World): GoalCheck {
  const eps = billingEndpoints(world);
  const ep = eps.find((e) => e.state === "available") ?? eps[0];
  if (!ep)
    return { done: false, code: "NO_ENDPOINT", detail: "There is no consumer endpoint for billing-svc to connect to." };
  const name = endpointDnsEntries(world, ep)[0]?.dnsName ?? "";
  return traceGoal(traceFrom(world, "client", { name }, { port: 443 }), { through: ["vpce-interface"] });
}

export const PL_SOLUTION_LOOKUPS = [
  "SVC=$(aws ec2 describe-vpc-endpoint-service-configurations --profile provider --query 'ServiceConfigurations[0].ServiceId' --output text)",
  "SVCNAME=$(aws ec2 describe-vpc-endpoint-service-configurations --profile provider --query 'ServiceConfigurations[0].ServiceName' --output text)",
  "VPC=$(aws ec2 describe-vpcs --filters Name=tag:Name,Values=consumer-vpc --query 'Vpcs[0].VpcId' --output text)",
  "SA=$(aws ec2 describe-subnets --filters Name=tag:Name,Values=app-a --query 'Subnets[0].SubnetId' --output text)",
  "SB=$(aws ec2 describe-subnets --filters Name=tag:Name,Values=app-b --query 'Subnets[0].SubnetId' --output text)",
  "SG=$(aws ec2 describe-security-groups --filters Name=group-name,Values=billing-endpoint-sg --query 'SecurityGroups[0].GroupId' --output text)",
];
export const PL_CREATE_ENDPOINT =
  "EP=$(aws ec2 create-vpc-endpoint --vpc-endpoint-type Interface --vpc-id $VPC --service-name $SVCNAME --subnet-ids $SA $SB --security-group-ids $SG --query VpcEndpoint.VpcEndpointId --output text)";
export const PL_ACCEPT_AND_TEST = [
  "aws ec2 describe-vpc-endpoint-connections --profile provider",
  "aws ec2 accept-vpc-endpoint-connections --profile provider --service-id $SVC --vpc-endpoint-ids $EP",
  "sleep 60",
  "DNS=$(aws ec2 describe-vpc-endpoints --vpc-endpoint-ids $EP --query 'VpcEndpoints[0].DnsEntries[0].DnsName' --output text)",
  "ssh 10.0.1.20 nc -zv $DNS 443",
];
