/**
 * Shell latency benchmark: p50/p95 of parse + run + format per command over a transcript suite.
 * Target: p95 < 2 ms per command. Run standalone: `npx tsx bench/shell.ts`.
 */
import { createShell, run, complete } from "../lib/shell";
import type { ShellState } from "../lib/shell";
import { labWorld, idOf, type World } from "../lib/sim";

function withBastionAdmin(w: World): World {
  const acct = w.defaultAccountId;
  const arn = `arn:aws:iam::${acct}:role/LabAdminRole`;
  const bastion = Object.values(w.instances).find((i) => i.tags.some((t) => t.Key === "Name" && t.Value === "bastion"));
  if (!bastion) return w;
  const account = w.accounts[acct];
  return {
    ...w,
    accounts: { ...w.accounts, [acct]: { ...account, principals: { ...account.principals, [arn]: { arn, kind: "role", name: "LabAdminRole", accountId: acct, policies: ['{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}'] } } } },
    instances: { ...w.instances, [bastion.id]: { ...bastion, iamRole: "LabAdminRole" } },
  };
}

function suite(w: World): Array<{ name: string; line: string }> {
  const vpc = idOf(w, "lab-vpc");
  const rt = idOf(w, "private-rt");
  return [
    { name: "echo|grep", line: "echo hello world | grep -c o" },
    { name: "aws sts get-caller-identity", line: "aws sts get-caller-identity" },
    { name: "aws s3 ls", line: "aws s3 ls" },
    { name: "aws ec2 describe-vpcs (json)", line: "aws ec2 describe-vpcs" },
    { name: "aws ec2 describe-route-tables (table)", line: "aws ec2 describe-route-tables --output table" },
    { name: "aws ec2 describe-subnets --query text", line: "aws ec2 describe-subnets --query 'Subnets[].[SubnetId,CidrBlock]' --output text" },
    { name: "aws ec2 describe-vpc-endpoint-services (yaml)", line: "aws ec2 describe-vpc-endpoint-services --output yaml" },
    { name: "aws ec2 create-vpc-endpoint (gateway)", line: `aws ec2 create-vpc-endpoint --vpc-id ${vpc} --service-name com.amazonaws.us-east-1.s3 --route-table-ids ${rt}` },
    { name: "aws usage error", line: "aws ec2 create-vpc-endpoint --service-name x" },
    { name: "ssh HOST aws s3 ls (connect-timeout path)", line: "ssh 10.0.2.10 aws s3 ls s3://pathwise-reports --recursive" },
    { name: "dig", line: "dig sqs.us-east-1.amazonaws.com" },
    { name: "curl timeout", line: "curl https://example.com" },
    { name: "jq pipeline", line: "aws ec2 describe-vpcs | jq -r '.Vpcs[].VpcId'" },
  ];
}

function percentile(sorted: number[], p: number): number {
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx];
}

export async function runShellBench(): Promise<Array<{ name: string; value: number; unit: string; target?: string }>> {
  const world = withBastionAdmin(labWorld());
  const base: ShellState = createShell({ world, host: "bastion" });
  const cmds = suite(world);
  const iterations = 200;
  const results: Array<{ name: string; value: number; unit: string; target?: string }> = [];
  const all: number[] = [];
  for (const c of cmds) {
    // warm-up
    for (let i = 0; i < 20; i++) run(base, c.line);
    const times: number[] = [];
    for (let i = 0; i < iterations; i++) {
      const t0 = performance.now();
      run(base, c.line);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    all.push(...times);
    results.push({ name: `shell p50 ${c.name}`, value: round(percentile(times, 50)), unit: "ms" });
    results.push({ name: `shell p95 ${c.name}`, value: round(percentile(times, 95)), unit: "ms", target: "< 2" });
  }
  all.sort((a, b) => a - b);
  results.push({ name: "shell p50 (all commands)", value: round(percentile(all, 50)), unit: "ms" });
  results.push({ name: "shell p95 (all commands)", value: round(percentile(all, 95)), unit: "ms", target: "< 2" });
  const ct: number[] = [];
  for (let i = 0; i < 500; i++) {
    const t0 = performance.now();
    complete(base, "aws ec2 create-vpc-endpoint --route-table-ids rtb-");
    ct.push(performance.now() - t0);
  }
  ct.sort((a, b) => a - b);
  results.push({ name: "complete p95", value: round(percentile(ct, 95)), unit: "ms", target: "< 2" });
  return results;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

const isMain = typeof process !== "undefined" && process.argv[1] !== undefined && /bench[\\/]shell\.ts$/.test(process.argv[1]);
if (isMain) {
  void runShellBench().then((rows) => {
    for (const r of rows) console.log(`${r.name.padEnd(58)} ${String(r.value).padStart(8)} ${r.unit}${r.target ? `   (target ${r.target} ${r.unit})` : ""}`);
  });
}
