/**
 * The shell benchmark's command suite: one or more lines for every command issue 4 lists, played as
 * sessions (so mutations, `ssh` and `exit` see the state they would in a terminal), plus every step
 * of the golden `.transcript` files in lib/shell/test/transcripts.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { idOf, type World } from "../lib/sim";
import { parseTranscript } from "../lib/shell/test/transcript-file";
import { lab, privateLinkWorld, sandbox, vpnWorld } from "../lib/shell/test/worlds";

export interface BenchSession {
  name: string;
  world: () => World;
  host: string;
  profiles?: Record<string, { roleArn: string; region: string }>;
  lines: (w: World) => string[];
}

const labLines = (w: World): string[] => {
  const vpc = idOf(w, "lab-vpc");
  const rt = idOf(w, "private-rt");
  const pub = idOf(w, "public-rt");
  const sg = Object.values(w.securityGroups).find((g) => g.vpcId === vpc)?.id ?? "sg-0";
  const igw = Object.keys(w.internetGateways)[0] ?? "igw-0";
  return [
    "echo hello world | grep -c o",
    "hostname; whoami; ip addr; ip route",
    "export AWS_DEFAULT_OUTPUT=json",
    "aws --version",
    "aws sts get-caller-identity",
    "aws s3 ls",
    "aws s3 ls s3://pathwise-reports --recursive --human-readable --summarize",
    "aws s3api list-buckets --query 'Buckets[].Name' --output text",
    "aws s3api get-bucket-policy --bucket pathwise-reports",
    "aws ec2 describe-vpcs",
    "aws ec2 describe-vpcs --filters Name=tag:Name,Values=lab-vpc --output yaml",
    "aws ec2 describe-subnets --query 'Subnets[].[SubnetId,CidrBlock]' --output text",
    "aws ec2 describe-route-tables --output table",
    `aws ec2 describe-route-tables --route-table-ids ${rt} --output text`,
    "aws ec2 describe-security-groups --output table",
    "aws ec2 describe-instances --query 'Reservations[].Instances[].[InstanceId,PrivateIpAddress]'",
    "aws ec2 describe-network-interfaces",
    "aws ec2 describe-prefix-lists",
    "aws ec2 describe-vpc-endpoint-services --output yaml",
    "aws ec2 describe-vpc-endpoint-services --service-names com.amazonaws.us-east-1.s3 --output table",
    "aws ec2 describe-vpc-attribute --vpc-id " + vpc + " --attribute enableDnsHostnames",
    `aws ec2 modify-vpc-attribute --vpc-id ${vpc} --enable-dns-hostnames '{"Value":true}'`,
    `aws ec2 create-vpc-endpoint --vpc-id ${vpc} --service-name com.amazonaws.us-east-1.s3 --route-table-ids ${rt}`,
    "EP=$(aws ec2 describe-vpc-endpoints --query 'VpcEndpoints[0].VpcEndpointId' --output text)",
    "aws ec2 wait vpc-endpoint-available --vpc-endpoint-ids $EP",
    "aws ec2 describe-vpc-endpoints --output table",
    `aws ec2 modify-vpc-endpoint --vpc-endpoint-id $EP --add-route-table-ids ${pub}`,
    "aws ec2 describe-vpc-endpoints | jq -r '.VpcEndpoints[].VpcEndpointId'",
    `aws ec2 create-route --route-table-id ${pub} --destination-cidr-block 10.9.0.0/16 --gateway-id ${igw}`,
    `aws ec2 delete-route --route-table-id ${pub} --destination-cidr-block 10.9.0.0/16`,
    `aws ec2 authorize-security-group-ingress --group-id ${sg} --protocol tcp --port 443 --cidr 10.0.0.0/16`,
    `aws ec2 authorize-security-group-egress --group-id ${sg} --protocol tcp --port 5432 --cidr 10.0.0.0/16`,
    `aws ec2 revoke-security-group-ingress --group-id ${sg} --protocol tcp --port 443 --cidr 10.0.0.0/16`,
    "aws ec2 describe-vpn-connections",
    `aws ec2 create-vpc-peering-connection --vpc-id ${vpc} --peer-vpc-id vpc-0123456789abcdef0`,
    "aws dynamodb list-tables",
    "aws dynamodb scan --table-name lab-table",
    "aws sqs list-queues",
    "aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/111122223333/lab-queue --message-body hi",
    "aws kms list-keys",
    "aws elbv2 describe-load-balancers",
    "aws ec2 delete-vpc-endpoints --vpc-endpoint-ids $EP",
    "aws ec2 create-vpc-endpoint --service-name x",
    "aws ec2 describe-vpcs --output nope",
    "aws ec2 help",
    "aws s3 cp s3://pathwise-reports/reports/2026-01.csv ./report.csv",
    "aws s3 cp ./report.csv s3://pathwise-reports/copy.csv",
    "aws s3 cp s3://pathwise-reports/missing.csv .",
    `echo '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::pathwise-reports/*"}]}' > policy.json`,
    "aws s3api put-bucket-policy --bucket pathwise-reports --policy file://policy.json",
    "aws s3api get-bucket-policy --bucket pathwise-reports --query Policy --output text | jq -r '.Statement[0].Effect'",
    "aws ec2 describe-vpcs > vpcs.json; cat vpcs.json | wc -l; ls",
    "ssh 10.0.2.10",
    "aws s3 ls s3://pathwise-reports --recursive",
    "curl -s --connect-timeout 2 https://example.com",
    "curl -I http://169.254.169.254/latest/meta-data/instance-id",
    "exit",
    "dig sqs.us-east-1.amazonaws.com",
    "dig +short s3.us-east-1.amazonaws.com",
    "nslookup sqs.us-east-1.amazonaws.com",
    "host sqs.us-east-1.amazonaws.com",
    "ping -c 2 10.0.2.10",
    "traceroute 10.0.2.10",
    "nc -zv 10.0.2.10 22",
    "history | tail -3; echo $?",
    "foo --bar",
  ];
};

const privateLinkLines = (w: World): string[] => {
  const nlb = Object.values(w.loadBalancers)[0]?.arn ?? "arn:none";
  const vpc = idOf(w, "consumer-vpc");
  const sub = idOf(w, "cons-a");
  return [
    "aws sts get-caller-identity --profile provider",
    `aws ec2 create-vpc-endpoint-service-configuration --network-load-balancer-arns ${nlb} --acceptance-required --profile provider`,
    "SVC=$(aws ec2 describe-vpc-endpoint-service-configurations --profile provider --query 'ServiceConfigurations[0].ServiceId' --output text)",
    "aws ec2 describe-vpc-endpoint-service-configurations --profile provider --output table",
    "aws ec2 modify-vpc-endpoint-service-permissions --service-id $SVC --add-allowed-principals arn:aws:iam::111122223333:root --profile provider",
    "aws ec2 describe-vpc-endpoint-service-permissions --service-id $SVC --profile provider",
    "NAME=$(aws ec2 describe-vpc-endpoint-service-configurations --profile provider --query 'ServiceConfigurations[0].ServiceName' --output text)",
    `aws ec2 create-vpc-endpoint --vpc-id ${vpc} --vpc-endpoint-type Interface --service-name $NAME --subnet-ids ${sub}`,
    "EP=$(aws ec2 describe-vpc-endpoints --query 'VpcEndpoints[0].VpcEndpointId' --output text)",
    "aws ec2 describe-vpc-endpoint-connections --profile provider",
    "aws ec2 reject-vpc-endpoint-connections --service-id $SVC --vpc-endpoint-ids vpce-0000000000000000a --profile provider",
    "aws ec2 accept-vpc-endpoint-connections --service-id $SVC --vpc-endpoint-ids $EP --profile provider",
    "aws ec2 describe-vpc-endpoints --output yaml",
  ];
};

export function benchSessions(): BenchSession[] {
  const sessions: BenchSession[] = [
    { name: "lab", world: lab, host: "bastion", lines: labLines },
    { name: "sandbox", world: sandbox, host: "bastion", lines: labLines },
    {
      name: "privatelink",
      world: privateLinkWorld,
      host: "client",
      profiles: { provider: { roleArn: "arn:aws:iam::444455556666:role/ProviderAdmin", region: "us-east-1" } },
      lines: privateLinkLines,
    },
  ];
  const dir = path.resolve(import.meta.dirname, "../lib/shell/test/transcripts");
  const worlds: Record<string, () => World> = { lab, sandbox, privatelink: privateLinkWorld, vpn: vpnWorld };
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".transcript")).sort()) {
    const text = readFileSync(path.join(dir, file), "utf8");
    const probe = parseTranscript(text, () => "");
    sessions.push({
      name: file,
      world: worlds[probe.world],
      host: probe.host,
      lines: (w) => parseTranscript(text, (n) => idOf(w, n) || `{${n}}`).steps.map((s) => s.line),
    });
  }
  return sessions;
}

/** The command a line is grouped under: `aws ec2 describe-vpcs`, `dig`, `ssh`… (the first command of a pipeline). */
export function commandKey(line: string): string {
  const words = line
    .replace(/^[A-Z_][A-Z0-9_]*=\$\(/, "")
    .split(/;|&&|\|\||\|/)[0]
    .split(/\s+/)
    .filter((w) => w !== "");
  if (words[0] === "ssh" && words.length > 2) return `ssh HOST ${commandKey(words.slice(2).join(" "))}`;
  if (words[0] !== "aws") return words[0] ?? "";
  const rest = words.slice(1).filter((w) => !w.startsWith("-"));
  return ["aws", ...rest.slice(0, rest[0] === "ec2" && rest[1] === "wait" ? 3 : 2)].join(" ");
}
