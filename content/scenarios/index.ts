/**
 * The live scenarios lessons embed with <Scenario id> and <PathTrace scenario>: a small World, the
 * host the terminal opens on, the flow the path trace follows, and commands worth trying. Public
 * (no answer keys), so the browser may load it when a learner starts a scenario.
 */
import {
  brokenLab,
  hybridWorld,
  idOf,
  labWithGatewayEndpoint,
  labWithNat,
  labWorld,
  modifyVpcAttribute,
  putBucketPolicy,
  type FlowTarget,
  type World,
} from "@/lib/sim";
import type { CreateShellOptions } from "@/lib/shell";
import { breakAndFixFault, type BreakAndFixFault } from "@/lib/content/lab";
import { labById } from "@/content/labs";

/** What a scenario's terminal starts from: the World, the host, the ssh chain and the CLI's configuration. */
export type ScenarioStart = {
  world: World;
  host: string;
  via?: string[];
  profiles?: CreateShellOptions["profiles"];
  credentials?: string;
};

export type ScenarioDef = {
  id: string;
  title: string;
  /** One or two sentences: what this world shows. */
  description: string;
  build: () => ScenarioStart;
  /** The flow the path trace follows (host names, not ids). */
  flow: { from: string; to: FlowTarget; port?: number };
  /** Commands worth typing, shown as suggestions. */
  suggested: string[];
};

const S3_REPORTS: FlowTarget = { service: "s3", action: "s3:ListBucket", bucket: "pathwise-reports" };
const S3_EU: FlowTarget = { service: "s3", action: "s3:ListBucket", bucket: "pathwise-archive-eu" };
const SQS_LIST: FlowTarget = { service: "sqs", action: "sqs:ListQueues" };

/** A lab's start, as the lab's own terminal has it (same host, ssh chain, profiles and credentials). */
function fromLab(labId: string): () => ScenarioStart {
  return () => {
    const lab = labById(labId);
    if (!lab) throw new Error(`scenario needs lab ${labId}`);
    const { world, host, via, profiles, credentials } = lab.start(1);
    return { world, host, ...(via ? { via } : {}), ...(profiles ? { profiles } : {}), ...(credentials ? { credentials } : {}) };
  };
}

/**
 * lab-vpc with an S3 gateway endpoint and a bucket policy that only admits requests through it; an
 * outside account (the endpoint-policy-lockdown lab's) owns `exfil-drop`, a bucket anyone may write to.
 */
function bucketLockedToEndpoint(): World {
  const lab = labById("endpoint-policy-lockdown");
  const w = lab ? lab.start(1).world : labWithGatewayEndpoint();
  const vpce = Object.values(w.vpcEndpoints).find((e) => e.type === "Gateway")?.id ?? "";
  const policy = JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "OnlyThroughOurEndpoint",
        Effect: "Deny",
        Principal: "*",
        Action: "s3:*",
        Resource: ["arn:aws:s3:::pathwise-reports", "arn:aws:s3:::pathwise-reports/*"],
        Condition: { StringNotEquals: { "aws:SourceVpce": vpce } },
      },
    ],
  });
  const r = putBucketPolicy(w, { bucket: "pathwise-reports", policy });
  return r.ok ? r.world : w;
}

const viaBastion = (world: World) => ({ world, host: "app-server", via: ["bastion"] });

/** lab-vpc as CreateVpc leaves it: DNS support on, DNS hostnames off. */
function withoutDnsHostnames(w: World): World {
  const r = modifyVpcAttribute(w, { vpcId: idOf(w, "lab-vpc"), enableDnsHostnames: false });
  return r.ok ? r.world : w;
}

export const SCENARIOS: ScenarioDef[] = [
  {
    id: "site-to-site-vpn",
    title: "An office network and a VPC joined by a site-to-site VPN",
    description: "corp-laptop (192.168.1.10) in the office tries to reach app-server (10.0.2.10) over the VPN.",
    build: fromLab("site-to-site-vpn"),
    flow: { from: "corp-laptop", to: { ip: "10.0.2.10" }, port: 22 },
    suggested: ["ping -c 2 10.0.2.10", "traceroute 10.0.2.10", "ssh 10.0.2.10"],
  },
  {
    id: "private-subnet-no-endpoint",
    title: "A private subnet with no way out",
    description: "app-server has no NAT gateway and no endpoint: S3 is unreachable and the CLI times out.",
    build: () => viaBastion(labWorld()),
    flow: { from: "app-server", to: S3_REPORTS },
    suggested: ["aws s3 ls", "ip route", "dig +short s3.us-east-1.amazonaws.com"],
  },
  {
    id: "private-subnet-nat",
    title: "The long way round: NAT gateway and internet gateway",
    description: "app-server reaches S3 through a NAT gateway and the internet gateway, on public addresses.",
    build: () => viaBastion(labWithNat()),
    flow: { from: "app-server", to: S3_REPORTS },
    suggested: ["aws s3 ls", "traceroute s3.us-east-1.amazonaws.com", "exit", "aws ec2 describe-route-tables --filters Name=tag:Name,Values=private-rt"],
  },
  {
    id: "s3-gateway-endpoint",
    title: "An S3 gateway endpoint on the private route table",
    description: "The private route table sends the S3 prefix list to a gateway endpoint: no NAT, no internet.",
    build: () => viaBastion(labWithGatewayEndpoint()),
    flow: { from: "app-server", to: S3_REPORTS },
    suggested: ["aws s3 ls", "exit", "aws ec2 describe-route-tables --filters Name=tag:Name,Values=private-rt --output table"],
  },
  {
    id: "gateway-endpoint-cross-region",
    title: "A gateway endpoint and a bucket in another Region",
    description: "The endpoint serves us-east-1 only, so the eu-west-1 bucket gets no route.",
    build: () => viaBastion(labWithGatewayEndpoint()),
    flow: { from: "app-server", to: S3_EU },
    suggested: ["aws s3 ls s3://pathwise-reports", "aws s3 ls s3://pathwise-archive-eu --region eu-west-1"],
  },
  {
    id: "gateway-endpoint-from-on-prem",
    title: "On-premises clients and a gateway endpoint",
    description: "corp-laptop is connected over the VPN, but a gateway endpoint is only a route in the VPC's route tables.",
    build: () => ({ world: hybridWorld(), host: "corp-laptop" }),
    flow: { from: "corp-laptop", to: S3_REPORTS },
    suggested: ["aws s3 ls s3://pathwise-reports", "dig +short s3.us-east-1.amazonaws.com"],
  },
  {
    id: "interface-endpoint-sqs",
    title: "An SQS interface endpoint with private DNS",
    description: "The public SQS name resolves to endpoint ENIs in two private subnets.",
    build: () => ({ world: hybridWorld(), host: "app-server" }),
    flow: { from: "app-server", to: SQS_LIST },
    suggested: ["dig +short sqs.us-east-1.amazonaws.com", "aws sqs list-queues"],
  },
  {
    id: "interface-endpoint-private-dns-off",
    title: "Private DNS is off",
    description:
      "The SQS endpoint exists, but private DNS is off, so the public SQS name still resolves to public addresses. lab-vpc also has DNS hostnames off, as a VPC made with the API has.",
    build: () => viaBastion(withoutDnsHostnames(brokenLab("private-dns-off").world)),
    flow: { from: "app-server", to: SQS_LIST },
    suggested: ["dig +short sqs.us-east-1.amazonaws.com", "aws sqs list-queues"],
  },
  {
    id: "interface-endpoint-sg-blocks-443",
    title: "The endpoint's security group blocks HTTPS",
    description: "DNS answers with the endpoint's private IPs, but its security group drops port 443.",
    build: () => ({ world: brokenLab("security-group-without-443").world, host: "app-server", via: ["bastion"] }),
    flow: { from: "app-server", to: SQS_LIST },
    suggested: ["dig +short sqs.us-east-1.amazonaws.com", "aws sqs list-queues", "nc -zv sqs.us-east-1.amazonaws.com 443"],
  },
  {
    id: "endpoint-policy-deny",
    title: "An endpoint policy that allows one bucket",
    description: "The gateway endpoint's policy admits only an allow-listed bucket; everything else is denied.",
    build: () => ({ world: brokenLab("restrictive-endpoint-policy").world, host: "app-server", via: ["bastion"] }),
    flow: { from: "app-server", to: S3_REPORTS },
    suggested: ["aws s3 ls s3://pathwise-reports", "exit", "aws ec2 describe-vpc-endpoints --query 'VpcEndpoints[].PolicyDocument'"],
  },
  {
    id: "bucket-policy-sourcevpce",
    title: "A bucket that only answers through one endpoint",
    description:
      "The bucket policy denies any request whose aws:SourceVpce is not the VPC's gateway endpoint. An outside account's bucket, exfil-drop, accepts uploads from anyone.",
    build: () => viaBastion(bucketLockedToEndpoint()),
    flow: { from: "bastion", to: S3_REPORTS },
    suggested: ["aws s3 ls s3://pathwise-reports", "exit", "aws s3 ls s3://pathwise-reports"],
  },
  {
    id: "privatelink-service",
    title: "A PrivateLink endpoint service across two accounts",
    description: "A provider publishes an NLB-backed service; a consumer in another account connects through an interface endpoint.",
    build: fromLab("privatelink-endpoint-service"),
    flow: { from: "client", to: { ip: "10.20.1.20" }, port: 443 },
    suggested: ["aws ec2 describe-vpc-endpoint-connections --profile provider", "aws ec2 describe-vpc-endpoints --profile consumer"],
  },
  {
    id: "overlapping-cidrs",
    title: "Two VPCs with the same CIDR",
    description: "Both VPCs use 10.0.0.0/16: peering fails, and the provider's address means something else in the consumer's VPC.",
    build: fromLab("overlapping-cidr-privatelink"),
    flow: { from: "client", to: { ip: "10.0.1.20" }, port: 443 },
    suggested: ["aws ec2 describe-vpc-peering-connections", "aws ec2 describe-vpcs --query 'Vpcs[].CidrBlock'"],
  },
  {
    id: "gwlb-inspection",
    title: "Steering traffic through a Gateway Load Balancer endpoint",
    description: "Route tables decide whether app traffic passes the inspection appliances behind a GWLB endpoint.",
    build: fromLab("gwlb-inspection"),
    flow: { from: "app-server", to: { name: "example.com" }, port: 443 },
    suggested: ["curl -I https://example.com", "exit", "aws ec2 describe-route-tables --output table"],
  },
];

/** The break-and-fix lab with one named fault (the lab picks the fault from its seed; this finds a seed for it). */
function breakAndFix(fault: BreakAndFixFault): () => ScenarioStart {
  return () => {
    const lab = labById("break-and-fix");
    const seed = Array.from({ length: 200 }, (_, i) => i + 1).find((s) => breakAndFixFault(s) === fault);
    if (!lab || seed === undefined) throw new Error(`no break-and-fix seed for ${fault}`);
    const { world, host, via, profiles } = lab.start(seed);
    return { world, host, ...(via ? { via } : {}), ...(profiles ? { profiles } : {}) };
  };
}

SCENARIOS.push(
  {
    id: "fault-missing-route-table-association",
    title: "Break and fix: the endpoint is on the wrong route table",
    description: "The S3 gateway endpoint exists, but private-rt is not associated with it, so app-server has no route to S3.",
    build: breakAndFix("missing-route-association"),
    flow: { from: "app-server", to: S3_REPORTS },
    suggested: ["aws s3 ls s3://pathwise-reports", "exit", "aws ec2 describe-route-tables --output table"],
  },
  {
    id: "fault-private-dns-off",
    title: "Break and fix: private DNS is off",
    description: "The SQS interface endpoint exists with private DNS off, so the SQS name resolves publicly and calls time out.",
    build: breakAndFix("private-dns-off"),
    flow: { from: "app-server", to: SQS_LIST },
    suggested: ["dig +short sqs.us-east-1.amazonaws.com", "aws sqs list-queues"],
  },
  {
    id: "fault-connection-not-accepted",
    title: "Break and fix: the provider never accepted",
    description: "The billing endpoint waits in pendingAcceptance: it has interfaces and DNS names, and carries nothing.",
    build: breakAndFix("connection-not-accepted"),
    flow: { from: "app-server", to: SQS_LIST },
    suggested: ["exit", "aws ec2 describe-vpc-endpoints --query 'VpcEndpoints[].[VpcEndpointId,State]' --output text"],
  },
);

export function scenarioById(id: string): ScenarioDef | undefined {
  return SCENARIOS.find((s) => s.id === id);
}

/** Resolves a scenario flow's host names to ids in its World. */
export function resolveFlowSource(world: World, from: string): string {
  const host = Object.values(world.onPremHosts ?? {}).find((h) => h.name === from);
  return host?.id ?? idOf(world, from);
}
