/**
 * One success and one error form per remaining `aws` command. Service error texts come from
 * lib/sim (which cites AWS); the line layout and exit codes are aws-reference §1.1–§1.3.
 */
import { describe, it } from "vitest";
import { idOf } from "../../sim";
import { createShell } from "../shell";
import { lab } from "../test/worlds";
import { playTranscript } from "../test/transcript";

const w = lab();
const RT = idOf(w, "private-rt");
const IGW = idOf(w, "lab-igw");
const SG = idOf(w, "app-sg");
const line = (code: string, api: string, msg: string) => `\naws: [ERROR]: An error occurred (${code}) when calling the ${api} operation: ${msg}\n`;

describe("routes, security groups, attributes", () => {
  it("create-route / delete-route", () => {
    playTranscript(createShell({ world: lab(), host: "bastion" }), [
      { in: `aws ec2 create-route --route-table-id ${RT} --destination-cidr-block 0.0.0.0/0 --gateway-id ${IGW}`, out: '{\n    "Return": true\n}\n', code: 0, source: "CreateRouteResult: Return" },
      { in: `aws ec2 create-route --route-table-id ${RT} --destination-cidr-block 0.0.0.0/0 --gateway-id ${IGW}`, err: line("RouteAlreadyExists", "CreateRoute", "The route identified by 0.0.0.0/0 already exists."), code: 254 },
      { in: `aws ec2 delete-route --route-table-id ${RT} --destination-cidr-block 0.0.0.0/0`, out: "", err: "", code: 0, source: "DeleteRoute has no output" },
      { in: `aws ec2 delete-route --route-table-id ${RT} --destination-cidr-block 0.0.0.0/0`, err: line("InvalidRoute.NotFound", "DeleteRoute", `no route with destination-cidr-block 0.0.0.0/0 in route table ${RT}`), code: 254 },
      { in: `aws ec2 create-route --route-table-id rtb-0000000000000dead --destination-cidr-block 0.0.0.0/0 --gateway-id ${IGW}`, err: line("InvalidRouteTableID.NotFound", "CreateRoute", "The routeTable ID 'rtb-0000000000000dead' does not exist"), code: 254, source: "§2.4 error table" },
      { in: `aws ec2 create-route --destination-cidr-block 0.0.0.0/0`, code: 252 },
    ]);
  });

  it("authorize / revoke security group rules (shorthand --ip-permissions, --protocol/--port/--cidr)", () => {
    playTranscript(createShell({ world: lab(), host: "bastion" }), [
      { in: `aws ec2 revoke-security-group-ingress --group-id ${SG} --protocol tcp --port 22 --source-group ${idOf(w, "bastion-sg")} --query Return`, out: "true\n", code: 0 },
      { in: `aws ec2 authorize-security-group-ingress --group-id ${SG} --protocol tcp --port 8080 --cidr 10.0.0.0/16 --query 'SecurityGroupRules[0].[IsEgress,IpProtocol,FromPort,ToPort,CidrIpv4]' --output text`, out: "False\ttcp\t8080\t8080\t10.0.0.0/16\n", code: 0 },
      {
        in: `aws ec2 authorize-security-group-ingress --group-id ${SG} --protocol tcp --port 8080 --cidr 10.0.0.0/16`,
        err: line("InvalidPermission.Duplicate", "AuthorizeSecurityGroupIngress", 'the specified rule "peer: 10.0.0.0/16, TCP, from port: 8080, to port: 8080, ALLOW" already exists'),
        code: 254,
      },
      {
        in: `aws ec2 authorize-security-group-egress --group-id ${SG} --ip-permissions IpProtocol=tcp,FromPort=443,ToPort=443,PrefixListIds=[{PrefixListId=pl-63a5400a}] --query 'SecurityGroupRules[0].[IsEgress,PrefixListId]' --output text`,
        out: "True\tpl-63a5400a\n",
        code: 0,
        source: "§7: prefix lists work in security group outbound rules",
      },
      { in: "aws ec2 authorize-security-group-ingress --group-id sg-0000000000000dead --protocol tcp --port 1 --cidr 1.2.3.4/32", err: /InvalidGroup\.NotFound/, code: 254 },
    ]);
  });
});

describe("provider-side and data-service errors", () => {
  it("each returns rc 254 with the service's code", () => {
    playTranscript(createShell({ world: lab(), host: "bastion" }), [
      { in: "aws ec2 reject-vpc-endpoint-connections --service-id vpce-svc-0000000000000dead --vpc-endpoint-ids vpce-1", err: line("InvalidVpcEndpointServiceId.NotFound", "RejectVpcEndpointConnections", "The Vpc Endpoint Service Id 'vpce-svc-0000000000000dead' does not exist"), code: 254 },
      { in: "aws ec2 describe-vpc-endpoint-service-configurations", out: '{\n    "ServiceConfigurations": []\n}\n', code: 0 },
      { in: "aws ec2 describe-vpc-endpoint-service-configurations --service-ids vpce-svc-0000000000000dead", err: line("InvalidVpcEndpointServiceId.NotFound", "DescribeVpcEndpointServiceConfigurations", "The Vpc Endpoint Service Id 'vpce-svc-0000000000000dead' does not exist"), code: 254 },
      { in: "aws ec2 describe-vpc-endpoint-connections", out: '{\n    "VpcEndpointConnections": []\n}\n', code: 0 },
      { in: "aws ec2 modify-vpc-endpoint --vpc-endpoint-id vpce-0000000000000dead --reset-policy", err: line("InvalidVpcEndpointId.NotFound", "ModifyVpcEndpoint", "The Vpc Endpoint Id 'vpce-0000000000000dead' does not exist"), code: 254 },
      { in: "aws ec2 describe-subnets --subnet-ids subnet-0000000000000dead", err: line("InvalidSubnetID.NotFound", "DescribeSubnets", "The subnet ID 'subnet-0000000000000dead' does not exist"), code: 254, source: "§2.4 error table" },
      { in: "aws ec2 describe-security-groups --group-ids sg-0000000000000dead", err: line("InvalidGroup.NotFound", "DescribeSecurityGroups", "The security group 'sg-0000000000000dead' does not exist"), code: 254, source: "§2.4 error table" },
      { in: "aws ec2 describe-instances --instance-ids i-0000000000000dead", err: line("InvalidInstanceID.NotFound", "DescribeInstances", "The instance ID 'i-0000000000000dead' does not exist"), code: 254 },
      { in: "aws ec2 describe-vpcs --vpc-ids vpc-0000000000000dead", err: line("InvalidVpcID.NotFound", "DescribeVpcs", "The vpc ID 'vpc-0000000000000dead' does not exist"), code: 254 },
      { in: "aws ec2 describe-route-tables --route-table-ids rtb-0000000000000dead", err: line("InvalidRouteTableID.NotFound", "DescribeRouteTables", "The routeTable ID 'rtb-0000000000000dead' does not exist"), code: 254 },
      { in: "aws s3api put-bucket-policy --bucket pathwise-reports --policy '{bad'", err: line("MalformedPolicy", "PutBucketPolicy", "Policies must be valid JSON and the first byte must be '{'"), code: 254 },
      { in: "aws s3api get-bucket-policy --bucket no-such-bucket-xyz", err: /\((NoSuchBucket|AccessDenied)\) when calling the GetBucketPolicy operation/, code: 254 },
      { in: "aws dynamodb scan --table-name lab-table --query Count", out: /^\d+\n$/, code: 0 },
      { in: "aws dynamodb scan --table-name nope", err: line("ResourceNotFoundException", "Scan", "Requested resource not found"), code: 254 },
      { in: "aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/111122223333/nope --message-body x", err: /NonExistentQueue\) when calling the SendMessage operation: The specified queue does not exist\.\n$/, code: 254 },
      { in: "aws elbv2 describe-load-balancers --names nope", err: line("LoadBalancerNotFound", "DescribeLoadBalancers", "One or more load balancers not found"), code: 254 },
      // the paginator drops its more-results flag from the full result (botocore/paginate.py); measured with /usr/bin/aws 2.9.19
      { in: "aws kms list-keys --query Truncated", out: "null\n", code: 0 },
      { in: "aws kms list-keys --no-paginate --query Truncated", out: "false\n", code: 0 },
      { in: "aws s3 cp nothing.txt s3://pathwise-reports/", err: "\naws: [ERROR]: The user-provided path nothing.txt does not exist.\n", code: 255, source: "awscli/customizations/s3/subcommands.py RuntimeError → rc 255" },
      { in: "aws ec2 describe-vpc-endpoint-service-permissions --service-id vpce-svc-0000000000000dead", err: /InvalidVpcEndpointServiceId\.NotFound/, code: 254 },
      { in: "aws ec2 accept-vpc-endpoint-connections --service-id vpce-svc-1", err: /the following arguments are required: --vpc-endpoint-ids/, code: 252, source: "§2.10: both --service-id and --vpc-endpoint-ids are required" },
    ]);
  });
});

describe("more ec2 describes (member order: botocore ec2 service-2.json)", () => {
  it("gateways, ACLs, prefix lists, AZs", () => {
    playTranscript(createShell({ world: lab(), host: "bastion" }), [
      { in: "aws ec2 describe-internet-gateways --output text", out: `INTERNETGATEWAYS\t${IGW}\t111122223333\nATTACHMENTS\tavailable\t${idOf(w, "lab-vpc")}\nTAGS\tName\tlab-igw\n`, code: 0, source: "§1.7 text rules" },
      { in: "aws ec2 describe-nat-gateways", out: '{\n    "NatGateways": []\n}\n', code: 0 },
      { in: "aws ec2 describe-network-acls --query 'NetworkAcls[0].Entries[0]' --output json", out: '{\n    "CidrBlock": "0.0.0.0/0",\n    "Egress": false,\n    "Protocol": "-1",\n    "RuleAction": "allow",\n    "RuleNumber": 100\n}\n', code: 0 },
      { in: "aws ec2 describe-managed-prefix-lists --query 'PrefixLists[0].[PrefixListId,OwnerId,PrefixListArn]' --output text", out: "pl-63a5400a\tAWS\tarn:aws:ec2:us-east-1:aws:prefix-list/pl-63a5400a\n", code: 0, source: "§2.8 managed prefix list fields" },
      { in: "aws ec2 describe-availability-zones --query 'AvailabilityZones[0].ZoneName' --output text", out: "us-east-1a\n", code: 0 },
      { in: "aws ec2 describe-vpc-peering-connections --vpc-peering-connection-ids pcx-0000000000000dead", err: line("InvalidVpcPeeringConnectionID.NotFound", "DescribeVpcPeeringConnections", "The vpcPeeringConnection ID 'pcx-0000000000000dead' does not exist"), code: 254 },
    ]);
  });
});

// Lines and exit codes measured against /usr/bin/aws 2.9.19 by npm run fidelity (tools/fidelity/corpus/03-s3.txt).
describe("s3 mb / rb / rm / sync and s3api objects", () => {
  it("makes, empties and removes buckets; deletes and syncs objects", () => {
    playTranscript(createShell({ world: lab(), host: "bastion" }), [
      { in: "aws s3 mb s3://pathwise-new-bucket", out: "make_bucket: pathwise-new-bucket\n", code: 0 },
      { in: "aws s3 mb s3://pathwise-new-bucket", err: "make_bucket failed: s3://pathwise-new-bucket An error occurred (BucketAlreadyOwnedByYou) when calling the CreateBucket operation: Your previous request to create the named bucket succeeded and you already own it.\n", code: 1 },
      { in: "aws s3 mb pathwise-x", err: "\naws: [ERROR]: An error occurred (ParamValidation): <S3Uri>\nError: Invalid argument type\n", code: 252 },
      { in: "aws s3 rb s3://pathwise-reports", err: "remove_bucket failed: s3://pathwise-reports An error occurred (BucketNotEmpty) when calling the DeleteBucket operation: The bucket you tried to delete is not empty\n", code: 1 },
      { in: "mkdir up && echo hello > up/a.txt && aws s3 sync up s3://pathwise-new-bucket/up/", out: "upload: up/a.txt to s3://pathwise-new-bucket/up/a.txt\n", code: 0 },
      { in: "aws s3 sync up s3://pathwise-new-bucket/up/", out: "", code: 0, source: "unchanged files are skipped" },
      { in: "aws s3api list-objects-v2 --bucket pathwise-new-bucket --query 'Contents[].[Key,Size]' --output text", out: "up/a.txt\t6\n", code: 0 },
      { in: "aws s3api head-object --bucket pathwise-new-bucket --key up/a.txt --query ContentLength", out: "6\n", code: 0 },
      {
        in: "aws s3api list-objects-v2 --bucket pathwise-new-bucket --output text",
        out: /^None\t\tNone\nCONTENTS\t"[0-9a-f]{32}"\tup\/a\.txt\t\S+\t6\tSTANDARD\n$/,
        code: 0,
        source: "text output is per page: RequestCharged, Prefix, then CommonPrefixes as None (awscli formatter.py TextFormatter)",
      },
      { in: "aws s3api head-object --bucket pathwise-new-bucket --key nope", err: line("404", "HeadObject", "Not Found"), code: 254 },
      { in: "aws s3 rm s3://pathwise-new-bucket/up/ --recursive --dryrun", out: "(dryrun) delete: s3://pathwise-new-bucket/up/a.txt\n", code: 0 },
      { in: "aws s3 rb s3://pathwise-new-bucket --force", out: "delete: s3://pathwise-new-bucket/up/a.txt\nremove_bucket: pathwise-new-bucket\n", code: 0 },
      { in: "aws s3api get-bucket-location --bucket pathwise-reports --output text", out: "None\n", code: 0, source: "us-east-1 buckets have a null LocationConstraint" },
      { in: "aws s3api get-bucket-location --bucket no-such-bucket-here", err: line("NoSuchBucket", "GetBucketLocation", "The specified bucket does not exist"), code: 254 },
    ]);
  });

  it("ec2 create-tags and describe-regions", () => {
    const vpc = idOf(w, "lab-vpc");
    playTranscript(createShell({ world: lab(), host: "bastion" }), [
      { in: `aws ec2 create-tags --resources ${vpc} --tags Key=team,Value=net --dry-run`, err: line("DryRunOperation", "CreateTags", "Request would have succeeded, but DryRun flag is set."), code: 254 },
      { in: `aws ec2 create-tags --resources ${vpc} --tags Key=team,Value=net`, out: "", code: 0 },
      { in: `aws ec2 describe-vpcs --vpc-ids ${vpc} --query "Vpcs[0].Tags[?Key=='team'].Value" --output text`, out: "net\n", code: 0 },
      { in: "aws ec2 create-tags --resources vpc-0000000000000000a --tags Key=a,Value=b", err: line("InvalidVpcID.NotFound", "CreateTags", "The vpc ID 'vpc-0000000000000000a' does not exist"), code: 254 },
      { in: "aws ec2 describe-regions --region-names eu-west-1 --query 'Regions[].[RegionName,OptInStatus]' --output text", out: "eu-west-1\topt-in-not-required\n", code: 0 },
    ]);
  });
});
