/** Public types for DNS answers and path traces. */

// ── DNS ─────────────────────────────────────────────────────────────────────
export interface DnsAnswer {
  name: string;
  type: "A" | "CNAME" | "PTR";
  ttl: number;
  value: string;
}

export type DnsStatus =
  /** answers present */
  | "NOERROR"
  | "NXDOMAIN"
  /** the resolver does not answer at all (e.g. enableDnsSupport=false): dig prints "connection timed out; no servers could be reached" */
  | "TIMEOUT";

export type DnsSource =
  | "private-hosted-zone"
  | "endpoint-private-dns"
  | "vpce-public-record"
  | "aws-public"
  | "ec2-internal"
  | "ec2-public"
  | "internet"
  | "none";

export interface DnsResult {
  status: DnsStatus;
  /** the name as asked, lower-cased, without trailing dot */
  name: string;
  answers: DnsAnswer[];
  /** the resolver address that answered / was asked (VPC base+2, or the on-prem DNS server) */
  server: string;
  /** where the answer came from */
  source: DnsSource;
  /** explanation code, e.g. DNS_RESOLVES_PUBLIC, DNS_RESOLVES_PRIVATE_ENDPOINT, DNS_SUPPORT_DISABLED, NXDOMAIN */
  code: string;
  message: string;
  /** the endpoint whose ENIs answered, when any */
  vpcEndpointId?: string;
}

// ── trace ───────────────────────────────────────────────────────────────────
/** An AWS API call made from the source (what `aws s3 ls` etc. does on the wire). */
export interface AwsCallTarget {
  /** "s3" | "dynamodb" | "sqs" | "sts" | "kms" | "ec2" | any catalog key */
  service: string;
  /** IAM action, e.g. "s3:ListBucket", "s3:GetObject", "s3:ListAllMyBuckets", "sqs:SendMessage" */
  action: string;
  /** client region (defaults to the source's region / world.defaultRegion) */
  region?: string;
  bucket?: string;
  key?: string;
  /** explicit resource ARN for non-S3 services (queue, table, key ARN) */
  resourceArn?: string;
  /** `--endpoint-url` host, e.g. vpce-…-….sqs.us-east-1.vpce.amazonaws.com */
  endpointHost?: string;
}

export type FlowTarget = { ip: string } | { name: string } | AwsCallTarget;

export interface Flow {
  /** instance id (i-…), ENI id (eni-…) or on-prem host id/name */
  from: string;
  to: FlowTarget;
  /** destination port; default 443 for AWS calls / names, 22 for ip */
  port?: number;
  protocol?: "tcp" | "udp" | "icmp";
  /** override the caller identity (default: the instance role / the on-prem host's configured principal) */
  principalArn?: string;
}

export type TraceOutcome =
  /** delivered (and, for AWS calls, authorised) */
  | "ok"
  /** packets silently dropped somewhere: the client sees a connect timeout */
  | "timeout"
  /** reached the service but a policy said no: AccessDenied */
  | "denied"
  /** the name did not resolve (NXDOMAIN) or no DNS server answered */
  | "dns-failure"
  /** an immediate failure: TCP RST / nothing listening / unreachable */
  | "refused"
  /** reached the service, which answered with an error (NoSuchBucket …) — see `serviceError` */
  | "error"
  /** no credentials on the source for an AWS call */
  | "no-credentials";

export type HopKind =
  | "dns"
  | "sg-egress"
  | "nacl-out"
  | "route"
  | "igw"
  | "nat"
  | "vpce-gateway"
  | "vpce-interface"
  | "vpce-gwlb"
  | "vgw"
  | "tunnel"
  | "pcx"
  | "tgw"
  | "nacl-in"
  | "sg-ingress"
  | "nlb"
  | "endpoint-service"
  | "internet"
  | "host"
  | "endpoint-policy"
  | "resource-policy"
  | "identity-policy"
  | "service";

export interface Hop {
  kind: HopKind;
  /** the resource the hop is about (sg-…, rtb-…, vpce-…, a bucket name, …) */
  resourceId: string;
  verdict: "pass" | "block" | "info";
  /** stable explanation code, e.g. ROUTE_VIA_GATEWAY_ENDPOINT */
  code: string;
  /** plain-English explanation */
  message: string;
}

export type PolicyKind = "identity" | "resource" | "endpoint" | "scp";

export interface TraceResult {
  outcome: TraceOutcome;
  hops: Hop[];
  /** the code of the hop that decided the outcome (last block, or last hop) */
  code: string;
  /** the host name used (AWS calls / names) */
  host?: string;
  /** the URL the CLI would print in a connection error */
  url?: string;
  resolvedIp?: string;
  /** the endpoint the traffic went through */
  vpcEndpointId?: string;
  /** the region of the service actually reached */
  serviceRegion?: string;
  /** for denied */
  deniedBy?: PolicyKind;
  explicitDeny?: boolean;
  /** AWS-style AccessDenied message (enhanced for same-account, plain "Access Denied" otherwise) */
  accessDeniedMessage?: string;
  /** for outcome "error" */
  serviceError?: { code: string; message: string };
  /** the caller's ARN for AWS calls */
  principalArn?: string;
  /** true when S3 redirected to the bucket's region (the CLI retries there) */
  redirectedFromRegion?: string;
}
