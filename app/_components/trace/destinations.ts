import type { FlowTarget, World } from "@/lib/sim";

export type Destination = { key: string; label: string; to: FlowTarget; port?: number };

/** What a learner can trace to in this World: AWS calls on its buckets and services, and its hosts. */
export function destinationsFor(world: World): Destination[] {
  const out: Destination[] = [];
  const region = typeof world.defaultRegion === "string" ? world.defaultRegion : "us-east-1";
  for (const b of Object.values(world.buckets ?? {})) {
    out.push({ key: `s3:${b.name}`, label: `S3: list s3://${b.name} (${b.region})`, to: { service: "s3", action: "s3:ListBucket", bucket: b.name } });
  }
  out.push({ key: "s3:*", label: "S3: list all buckets (aws s3 ls)", to: { service: "s3", action: "s3:ListAllMyBuckets" } });
  if (Object.keys(world.sqsQueues ?? {}).length) out.push({ key: "sqs", label: "SQS: list queues", to: { service: "sqs", action: "sqs:ListQueues", region } });
  if (Object.keys(world.dynamoTables ?? {}).length) out.push({ key: "dynamodb", label: "DynamoDB: list tables", to: { service: "dynamodb", action: "dynamodb:ListTables", region } });
  out.push({ key: "ec2", label: "EC2 API: describe VPCs", to: { service: "ec2", action: "ec2:DescribeVpcs", region } });
  for (const i of Object.values(world.instances ?? {})) {
    const name = i.tags.find((t) => t.Key === "Name")?.Value ?? i.id;
    out.push({ key: `ip:${i.id}`, label: `${name} (${i.privateIpAddress}) port 22`, to: { ip: i.privateIpAddress }, port: 22 });
  }
  for (const h of Object.values(world.onPremHosts ?? {})) {
    out.push({ key: `ip:${h.id}`, label: `${h.name} (${h.ip}) on-premises, port 22`, to: { ip: h.ip }, port: 22 });
  }
  return out;
}

export type Source = { id: string; label: string };

export function sourcesFor(world: World): Source[] {
  return [
    ...Object.values(world.instances ?? {}).map((i) => ({ id: i.id, label: `${i.tags.find((t) => t.Key === "Name")?.Value ?? i.id} (${i.privateIpAddress})` })),
    ...Object.values(world.onPremHosts ?? {}).map((h) => ({ id: h.id, label: `${h.name} (${h.ip}, on-premises)` })),
  ];
}
