/**
 * Static facts about AWS: regions, AZs, AWS-managed prefix lists, the AWS services that
 * endpoints can reach, and the public address ranges the simulation uses for them.
 *
 * Prefix-list ids for us-east-1/us-east-2/us-west-2/eu-central-1 and the us-east-1 CIDRs come
 * from shared/aws-reference.md §2.8. The other CIDR lists and all "service public ranges" are
 * plausible AWS-owned ranges chosen for the simulation [Unverified] and never overlap across
 * Regions, so a prefix list of one Region never matches another Region's addresses.
 */
import type { PrefixList, Region } from "./schema";
import { mix32 } from "./core";
import { formatIp, parseCidr } from "./ip";

export interface RegionInfo {
  name: string;
  azs: Array<{ name: string; id: string }>;
  /** short code used in AZ ids, e.g. use1 */
  code: string;
  /** EC2 internal DNS suffix */
  internalDomain: string;
  /** public DNS suffix for EC2 public hostnames */
  publicDomain: string;
  /** hosted-zone id of `*.vpce.amazonaws.com` names in this region */
  vpceHostedZoneId: string;
  s3: { prefixListId: string; cidrs: string[]; publicCidr: string };
  dynamodb: { prefixListId: string; cidrs: string[]; publicCidr: string };
  /** block for the other services' public addresses (one /24 per service) */
  servicesBlock: string;
  /** block for EC2 public IPs / Elastic IPs / VPN outside IPs */
  publicPool: string;
}

function azs(region: string, code: string, letters: string): Array<{ name: string; id: string }> {
  return letters.split("").map((l, i) => ({ name: `${region}${l}`, id: `${code}-az${i + 1}` }));
}

export const REGIONS: Record<string, RegionInfo> = {
  "us-east-1": {
    name: "us-east-1",
    azs: azs("us-east-1", "use1", "abcdef"),
    code: "use1",
    internalDomain: "ec2.internal",
    publicDomain: "compute-1.amazonaws.com",
    vpceHostedZoneId: "Z7HUB22UULQXV",
    s3: {
      prefixListId: "pl-63a5400a",
      cidrs: [
        "3.5.0.0/19",
        "16.15.176.0/20",
        "16.182.0.0/16",
        "18.34.0.0/19",
        "18.34.232.0/21",
        "52.216.0.0/15",
        "54.231.0.0/16",
      ],
      publicCidr: "52.216.0.0/15",
    },
    dynamodb: {
      prefixListId: "pl-02cd2c6b",
      cidrs: ["3.218.180.0/22", "35.71.64.0/22", "52.94.0.0/22", "52.119.224.0/20"],
      publicCidr: "52.94.0.0/22",
    },
    servicesBlock: "44.192.0.0/16",
    publicPool: "54.160.0.0/14",
  },
  "us-east-2": {
    name: "us-east-2",
    azs: azs("us-east-2", "use2", "abc"),
    code: "use2",
    internalDomain: "us-east-2.compute.internal",
    publicDomain: "us-east-2.compute.amazonaws.com",
    vpceHostedZoneId: "ZC8PG0KIFKBRI",
    s3: {
      prefixListId: "pl-7ba54012",
      cidrs: ["3.5.128.0/22", "3.5.132.0/23", "52.219.80.0/20", "52.219.96.0/20"],
      publicCidr: "52.219.96.0/20",
    },
    dynamodb: { prefixListId: "pl-4ca54025", cidrs: ["52.94.4.0/24", "52.119.248.0/22"], publicCidr: "52.94.4.0/24" },
    servicesBlock: "3.128.0.0/16",
    publicPool: "18.216.0.0/14",
  },
  "us-west-2": {
    name: "us-west-2",
    azs: azs("us-west-2", "usw2", "abcd"),
    code: "usw2",
    internalDomain: "us-west-2.compute.internal",
    publicDomain: "us-west-2.compute.amazonaws.com",
    vpceHostedZoneId: "Z1YSA3EXCYUU9Z",
    s3: {
      prefixListId: "pl-68a54001",
      cidrs: ["3.5.76.0/22", "3.5.80.0/21", "52.92.128.0/17", "52.218.128.0/17"],
      publicCidr: "52.218.128.0/17",
    },
    dynamodb: { prefixListId: "pl-00a54069", cidrs: ["52.94.10.0/24", "52.119.240.0/21"], publicCidr: "52.94.10.0/24" },
    servicesBlock: "44.224.0.0/16",
    publicPool: "34.208.0.0/14",
  },
  "eu-west-1": {
    name: "eu-west-1",
    azs: azs("eu-west-1", "euw1", "abc"),
    code: "euw1",
    internalDomain: "eu-west-1.compute.internal",
    publicDomain: "eu-west-1.compute.amazonaws.com",
    vpceHostedZoneId: "Z38GZ743OKFT7T",
    s3: {
      prefixListId: "pl-6da54004",
      cidrs: ["3.5.64.0/21", "3.5.72.0/23", "52.92.0.0/17", "52.218.0.0/17"],
      publicCidr: "52.218.0.0/17",
    },
    dynamodb: { prefixListId: "pl-b3a742da", cidrs: ["52.94.24.0/23", "52.119.192.0/22"], publicCidr: "52.94.24.0/23" },
    servicesBlock: "34.240.0.0/16",
    publicPool: "52.48.0.0/14",
  },
  "eu-central-1": {
    name: "eu-central-1",
    azs: azs("eu-central-1", "euc1", "abc"),
    code: "euc1",
    internalDomain: "eu-central-1.compute.internal",
    publicDomain: "eu-central-1.compute.amazonaws.com",
    vpceHostedZoneId: "Z273ZU8SZ5RJPC",
    s3: {
      prefixListId: "pl-6ea54007",
      cidrs: ["3.5.134.0/23", "3.5.136.0/22", "52.219.72.0/22", "52.219.140.0/24", "52.219.168.0/24"],
      publicCidr: "52.219.72.0/22",
    },
    dynamodb: { prefixListId: "pl-66a5400f", cidrs: ["52.94.26.0/23", "52.119.188.0/22"], publicCidr: "52.94.26.0/23" },
    servicesBlock: "3.64.0.0/16",
    publicPool: "18.184.0.0/14",
  },
};

export const REGION_NAMES = Object.keys(REGIONS);

export interface AwsServiceInfo {
  /** last part of the service name: com.amazonaws.<region>.<key> */
  key: string;
  /** the public DNS host: `<host>.<region>.amazonaws.com` */
  host: string;
  gateway: boolean;
  interface: boolean;
  policySupported: boolean;
  /** index → which /24 of the region's services block */
  index: number;
}

const svc = (key: string, index: number, opts: Partial<AwsServiceInfo> = {}): AwsServiceInfo => ({
  key,
  host: key,
  gateway: false,
  interface: true,
  policySupported: true,
  index,
  ...opts,
});

/** AWS services offered as endpoint services in every simulated Region. */
export const AWS_SERVICES: AwsServiceInfo[] = [
  svc("s3", 0, { gateway: true }),
  svc("dynamodb", 1, { gateway: true }),
  svc("sqs", 2),
  svc("sns", 3),
  svc("sts", 4),
  svc("kms", 5),
  svc("ec2", 6, { policySupported: false }),
  svc("ec2messages", 7),
  svc("ssm", 8),
  svc("ssmmessages", 9),
  svc("logs", 10),
  svc("monitoring", 11),
  svc("secretsmanager", 12),
  svc("ecr.api", 13, { host: "api.ecr" }),
  svc("ecr.dkr", 14, { host: "dkr.ecr" }),
  svc("elasticloadbalancing", 15),
  svc("kinesis-streams", 16, { host: "kinesis" }),
  svc("execute-api", 17),
  svc("lambda", 18),
];

const SERVICES_BY_KEY = new Map(AWS_SERVICES.map((s) => [s.key, s]));

export function awsServiceByKey(key: string): AwsServiceInfo | undefined {
  return SERVICES_BY_KEY.get(key);
}

/** Parse `com.amazonaws.<region>.<key>` → { region, info }; undefined for other names. */
export function parseAwsServiceName(name: string): { region: string; info: AwsServiceInfo } | undefined {
  if (typeof name !== "string" || !name.startsWith("com.amazonaws.")) return undefined;
  const rest = name.slice("com.amazonaws.".length);
  const dot = rest.indexOf(".");
  if (dot < 0) return undefined;
  const region = rest.slice(0, dot);
  const key = rest.slice(dot + 1);
  const info = SERVICES_BY_KEY.get(key);
  if (!REGIONS[region] || !info) return undefined;
  return { region, info };
}

export function awsServiceName(region: string, key: string): string {
  return `com.amazonaws.${region}.${key}`;
}

/** The public DNS name clients use, e.g. `sqs.us-east-1.amazonaws.com`. */
export function publicHostOf(region: string, info: AwsServiceInfo): string {
  return `${info.host}.${region}.amazonaws.com`;
}

/** The public CIDR used to answer DNS for a service in a region. */
export function servicePublicCidr(region: string, info: AwsServiceInfo): string {
  const r = REGIONS[region];
  if (info.key === "s3") return r.s3.publicCidr;
  if (info.key === "dynamodb") return r.dynamodb.publicCidr;
  const block = parseCidr(r.servicesBlock);
  const base = block ? block.base : 0;
  return `${formatIp((base + info.index * 256) >>> 0)}/24`;
}

/** Every public range of a service in a region (prefix-list CIDRs for S3/DynamoDB). */
export function servicePublicCidrs(region: string, info: AwsServiceInfo): string[] {
  const r = REGIONS[region];
  if (info.key === "s3") return r.s3.cidrs;
  if (info.key === "dynamodb") return r.dynamodb.cidrs;
  return [servicePublicCidr(region, info)];
}

/** Deterministic public IP for a DNS name of a service (stable per name). */
export function publicIpFor(cidr: string, name: string): string {
  const c = parseCidr(cidr);
  if (!c) return "0.0.0.0";
  let h = 0;
  for (let i = 0; i < name.length; i++) h = mix32(h + name.charCodeAt(i));
  const size = 2 ** (32 - c.prefix);
  const offset = size > 4 ? 1 + (h % (size - 2)) : 0;
  return formatIp((c.base + offset) >>> 0);
}

/** Non-AWS internet hosts the simulated public DNS knows. */
export const INTERNET_HOSTS: Record<string, string> = {
  "example.com": "93.184.215.14",
  "www.example.com": "93.184.215.14",
  "github.com": "140.82.112.3",
  "checkip.amazonaws.com": "3.218.200.12",
};

export function regionRecord(name: string): Region | undefined {
  const r = REGIONS[name];
  return r ? { name: r.name, azs: r.azs.map((a) => ({ ...a })) } : undefined;
}

export function awsManagedPrefixLists(region: string): PrefixList[] {
  const r = REGIONS[region];
  if (!r) return [];
  return [
    {
      id: r.s3.prefixListId,
      name: `com.amazonaws.${region}.s3`,
      region,
      ownerId: "AWS",
      cidrs: [...r.s3.cidrs],
      service: "s3",
    },
    {
      id: r.dynamodb.prefixListId,
      name: `com.amazonaws.${region}.dynamodb`,
      region,
      ownerId: "AWS",
      cidrs: [...r.dynamodb.cidrs],
      service: "dynamodb",
    },
  ];
}

/** Exact default endpoint policies (shared/aws-reference.md §6.1). */
export const DEFAULT_GATEWAY_POLICY =
  '{"Version":"2008-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}';
export const DEFAULT_INTERFACE_POLICY =
  '{\n  "Statement": [\n    {\n      "Action": "*", \n      "Effect": "Allow", \n      "Principal": "*", \n      "Resource": "*"\n    }\n  ]\n}';

/** Simulation timings (seconds). AWS says ~1–2 min for interface endpoints [Unverified]. */
export const TIMINGS = {
  interfaceEndpointPending: 60,
  gwlbEndpointPending: 60,
  endpointDeleting: 30,
  natGatewayPending: 60,
  natGatewayDeleting: 30,
  vpnConnectionPending: 120,
  peeringPendingExpires: 7 * 24 * 3600,
};
