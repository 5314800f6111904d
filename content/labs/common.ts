/** Shared bits for lab definitions: well-known targets and World lookups. */
import { inCidr, parseIp, type World } from "@/lib/sim";
import type { GoalCheck, TraceTarget } from "@/lib/content/lab";

export const S3_LIST_REPORTS: TraceTarget = { service: "s3", action: "s3:ListBucket", bucket: "pathwise-reports" };
export const S3_LIST_ALL: TraceTarget = { service: "s3", action: "s3:ListAllMyBuckets" };

/** Live (not deleted/failed) NAT gateways of the World. */
export function liveNatGateways(world: World): string[] {
  return Object.values(world.natGateways ?? {})
    .filter((n) => n.state !== "deleted" && n.state !== "deleting" && n.state !== "failed")
    .map((n) => n.id);
}

/** Gateway endpoints for `service` ("s3" | "dynamodb") that are available. */
export function gatewayEndpoints(world: World, service: string): string[] {
  return Object.values(world.vpcEndpoints ?? {})
    .filter((e) => e.type === "Gateway" && e.serviceName.endsWith(`.${service}`) && e.state === "available")
    .map((e) => e.id);
}

/** Does the route table (by id) have an active prefix-list route to one of `endpointIds`? */
export function hasPrefixListRouteTo(world: World, routeTableId: string, endpointIds: string[]): boolean {
  const rt = world.routeTables?.[routeTableId];
  if (!rt) return false;
  return rt.routes.some(
    (r) => !!r.destinationPrefixListId && !!r.gatewayId && endpointIds.includes(r.gatewayId) && r.state === "active",
  );
}

export function check(done: boolean, code: string, detail: string): GoalCheck {
  return done ? { done: true } : { done: false, code, detail };
}

/** ARN of a DynamoDB table by name (any region), or "". */
export function tableArn(world: World, name: string, region = "us-east-1"): string {
  for (const t of Object.values(world.dynamoTables ?? {})) if (t.name === name && t.region === region) return t.arn;
  return "";
}

/** Lookups the solutions use (bastion, EC2 API): shell variable assignments. */
export const LOOKUP_VPC =
  "VPC=$(aws ec2 describe-vpcs --filters Name=tag:Name,Values=lab-vpc --query 'Vpcs[0].VpcId' --output text)";
export const lookupRt = (name: string, v = "RT") =>
  `${v}=$(aws ec2 describe-route-tables --filters Name=tag:Name,Values=${name} --query 'RouteTables[0].RouteTableId' --output text)`;
export const lookupSubnet = (name: string, v: string) =>
  `${v}=$(aws ec2 describe-subnets --filters Name=tag:Name,Values=${name} --query 'Subnets[0].SubnetId' --output text)`;
export const lookupSg = (name: string, v: string) =>
  `${v}=$(aws ec2 describe-security-groups --filters Name=group-name,Values=${name} --query 'SecurityGroups[0].GroupId' --output text)`;

export const VIA_BASTION_WELCOME = [
  "You are on app-server (10.0.2.10) in the private subnet private-a, reached through the bastion.",
  "app-server's role can call S3, SQS and DynamoDB, but not the EC2 API.",
  "Type `exit` to go back to the bastion (its role can call the EC2 API), and `ssh 10.0.2.10` to return.",
];

/** Is the dotted IP inside the CIDR string? Malformed → false. */
export function ipInCidr(cidr: string, ip: string): boolean {
  const n = parseIp(ip);
  return n !== undefined && n !== null && inCidr(cidr, n);
}
