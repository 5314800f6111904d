/**
 * Simulation benchmark: trace latency on the lab World and on a synthetic large World
 * (100 VPCs / 2,000 subnets / 500 endpoints), one operation, and World JSON size.
 * Targets: lab trace p50 < 0.1 ms; large trace p50 < 2 ms.
 * Run standalone: `npx tsx bench/sim.ts`.
 */
import { pathToFileURL } from "node:url";
import {
  APP_ROLE_POLICY,
  createRoute,
  createVpcEndpoint,
  idOf,
  labWithGatewayEndpoint,
  modifyVpcEndpoint,
  resolve,
  scenario,
  trace,
  type Flow,
  type World,
} from "../lib/sim";
import { percentile, type BenchRow as Metric } from "./stats";


function time(fn: () => unknown, iterations: number): { p50: number; p95: number } {
  for (let i = 0; i < Math.min(50, iterations); i++) fn(); // warm-up (JIT, parse caches, per-World index)
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

const AZS = ["us-east-1a", "us-east-1b", "us-east-1c", "us-east-1d", "us-east-1e", "us-east-1f"];

/** 100 VPCs × 20 subnets (10 public, 10 private), 5 endpoints per VPC (2 gateway, 3 interface), one instance per private subnet. */
export function largeWorld(): World {
  const b = scenario({ seed: 99, regions: ["us-east-1", "eu-west-1"] })
    .account("111122223333", "bench")
    .region("us-east-1")
    .role("AppS3Role", [APP_ROLE_POLICY]);
  for (let v = 0; v < 100; v++) {
    b.vpc(
      `vpc-${v}`,
      `10.${v}.0.0/16`,
      (vb) => {
        for (let s = 0; s < 10; s++) vb.publicSubnet(`v${v}-pub-${s}`, `10.${v}.${s}.0/24`, AZS[s % 6]);
        for (let s = 10; s < 20; s++) vb.privateSubnet(`v${v}-priv-${s}`, `10.${v}.${s}.0/24`, AZS[s % 6]);
        vb.securityGroup(`v${v}-sg`, "bench", {
          ingress: [
            { port: 443, cidr: "10.0.0.0/8" },
            { port: 22, cidr: "10.0.0.0/8" },
          ],
        });
      },
      { igw: `v${v}-igw`, publicRouteTable: `v${v}-public-rt`, privateRouteTable: `v${v}-private-rt` },
    );
  }
  let w = b.build();
  for (let v = 0; v < 100; v++) {
    const vpcId = idOf(w, `vpc-${v}`);
    const privRt = idOf(w, `v${v}-private-rt`);
    const sg = idOf(w, `v${v}-sg`);
    const privSubnets = [10, 11, 12].map((s) => idOf(w, `v${v}-priv-${s}`));
    for (const svc of ["s3", "dynamodb"]) {
      const r = createVpcEndpoint(w, { vpcId, serviceName: `com.amazonaws.us-east-1.${svc}`, routeTableIds: [privRt] });
      if (r.ok) w = r.world;
    }
    for (const svc of ["sqs", "kms", "sts"]) {
      const r = createVpcEndpoint(w, {
        vpcId,
        serviceName: `com.amazonaws.us-east-1.${svc}`,
        vpcEndpointType: "Interface",
        subnetIds: privSubnets,
        securityGroupIds: [sg],
      });
      if (r.ok)
        w = { ...r.world, vpcEndpoints: { ...r.world.vpcEndpoints, [r.value.id]: { ...r.value, state: "available" } } };
    }
  }
  const b2 = scenario().do(() => w);
  for (let v = 0; v < 100; v++) {
    for (let s = 10; s < 20; s++)
      b2.instance(`v${v}-app-${s}`, { subnet: `v${v}-priv-${s}`, role: "AppS3Role", securityGroups: [`v${v}-sg`] });
  }
  b2.bucket("bench-bucket", { region: "us-east-1" });
  return b2.build();
}

export async function runSimBench(): Promise<Metric[]> {
  const metrics: Metric[] = [];
  // ── lab ──
  const lab = labWithGatewayEndpoint();
  const app = idOf(lab, "app-server");
  const labFlows: Flow[] = [
    { from: app, to: { service: "s3", action: "s3:ListBucket", bucket: "pathwise-reports" } },
    { from: app, to: { service: "s3", action: "s3:ListBucket", bucket: "pathwise-archive-eu" } },
    { from: idOf(lab, "bastion"), to: { ip: "10.0.2.10" }, port: 22 },
    { from: app, to: { service: "sqs", action: "sqs:SendMessage" } },
  ];
  let k = 0;
  const labTrace = time(() => trace(lab, labFlows[k++ % labFlows.length]), 20000);
  metrics.push({ name: "lab trace p50", value: labTrace.p50, unit: "ms", target: "< 0.1 ms" });
  metrics.push({ name: "lab trace p95", value: labTrace.p95, unit: "ms" });
  // trace() is memoised per World: a shallow copy is a new World, so this is the uncached cost
  // (per-World index rebuild included) — what the first trace after a mutation pays.
  const labTraceCold = time(() => trace({ ...lab }, labFlows[k++ % labFlows.length]), 5000);
  metrics.push({ name: "lab trace p50, uncached (new World)", value: labTraceCold.p50, unit: "ms", target: "< 0.1 ms" });
  metrics.push({ name: "lab trace p95, uncached (new World)", value: labTraceCold.p95, unit: "ms" });
  const labDns = time(() => resolve(lab, app, "sqs.us-east-1.amazonaws.com"), 20000);
  metrics.push({ name: "lab resolve p50", value: labDns.p50, unit: "ms" });
  const labPrivRt = idOf(lab, "private-rt");
  const labPubRt = idOf(lab, "public-rt");
  const labIgw = Object.keys(lab.internetGateways)[0];
  const labOp = time(
    () => createRoute(lab, { routeTableId: labPrivRt, destinationCidrBlock: "192.168.0.0/16", gatewayId: labIgw }),
    5000,
  );
  metrics.push({ name: "lab op (createRoute) p50", value: labOp.p50, unit: "ms" });
  const vpce = Object.keys(lab.vpcEndpoints)[0];
  const labOp2 = time(() => modifyVpcEndpoint(lab, { vpcEndpointId: vpce, addRouteTableIds: [labPubRt] }), 5000);
  metrics.push({ name: "lab op (modifyVpcEndpoint) p50", value: labOp2.p50, unit: "ms" });
  metrics.push({ name: "lab World JSON size", value: JSON.stringify(lab).length / 1024, unit: "KiB" });

  // ── large ──
  const t0 = performance.now();
  const big = largeWorld();
  metrics.push({ name: "large World build", value: performance.now() - t0, unit: "ms" });
  const apps = Object.keys(big.instances);
  const bigFlows: Flow[] = [];
  for (let i = 0; i < 200; i++) {
    const from = apps[(i * 37) % apps.length];
    bigFlows.push(
      i % 4 === 0
        ? { from, to: { service: "s3", action: "s3:ListBucket", bucket: "bench-bucket" } }
        : i % 4 === 1
          ? { from, to: { service: "sqs", action: "sqs:SendMessage" } }
          : i % 4 === 2
            ? { from, to: { ip: big.instances[apps[(i * 11) % apps.length]].privateIpAddress }, port: 22 }
            : { from, to: { service: "s3", action: "s3:ListBucket", bucket: "pathwise-nope", region: "eu-west-1" } },
    );
  }
  k = 0;
  const bigTrace = time(() => trace(big, bigFlows[k++ % bigFlows.length]), 5000);
  metrics.push({ name: "large trace p50", value: bigTrace.p50, unit: "ms", target: "< 2 ms" });
  metrics.push({ name: "large trace p95", value: bigTrace.p95, unit: "ms" });
  const bigVpc = idOf(big, "vpc-50");
  const bigRt = idOf(big, "v50-private-rt");
  const bigIgw = idOf(big, "v50-igw");
  const bigSubnet = idOf(big, "v50-priv-13");
  const bigOp = time(
    () => createRoute(big, { routeTableId: bigRt, destinationCidrBlock: "192.168.0.0/16", gatewayId: bigIgw }),
    500,
  );
  metrics.push({ name: "large op (createRoute) p50", value: bigOp.p50, unit: "ms" });
  const bigOp2 = time(
    () =>
      createVpcEndpoint(big, {
        vpcId: bigVpc,
        serviceName: "com.amazonaws.us-east-1.ec2",
        vpcEndpointType: "Interface",
        subnetIds: [bigSubnet],
      }),
    200,
  );
  metrics.push({ name: "large op (createVpcEndpoint Interface) p50", value: bigOp2.p50, unit: "ms" });
  // a trace on a freshly modified World (per-World index rebuilt)
  let fresh = big;
  const firstTrace = time(() => {
    const r = createRoute(fresh, { routeTableId: bigRt, destinationCidrBlock: "172.16.0.0/12", gatewayId: bigIgw });
    if (r.ok) fresh = r.world;
    trace(r.ok ? r.world : big, bigFlows[0]);
    fresh = big;
  }, 100);
  metrics.push({ name: "large op + first trace (index rebuild) p50", value: firstTrace.p50, unit: "ms" });
  metrics.push({ name: "large World JSON size", value: JSON.stringify(big).length / 1024, unit: "KiB" });
  metrics.push({ name: "large World VPCs", value: Object.keys(big.vpcs).length, unit: "count" });
  metrics.push({ name: "large World subnets", value: Object.keys(big.subnets).length, unit: "count" });
  metrics.push({ name: "large World endpoints", value: Object.keys(big.vpcEndpoints).length, unit: "count" });
  metrics.push({ name: "large World instances", value: Object.keys(big.instances).length, unit: "count" });
  return metrics;
}

function printTable(rows: Metric[]): void {
  const fmt = (m: Metric) =>
    m.unit === "count" ? String(m.value) : m.value < 10 ? m.value.toFixed(4) : m.value.toFixed(1);
  const w1 = Math.max(...rows.map((r) => r.name.length));
  console.log(`${"metric".padEnd(w1)}  ${"value".padStart(12)}  unit    target`);
  for (const r of rows)
    console.log(`${r.name.padEnd(w1)}  ${fmt(r).padStart(12)}  ${r.unit.padEnd(6)}  ${r.target ?? ""}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  runSimBench().then(printTable, (e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
