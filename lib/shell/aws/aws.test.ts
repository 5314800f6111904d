/**
 * Golden transcripts for the `aws` emulator. Expected text comes from shared/aws-reference.md
 * (section named per step) or from the aws/aws-cli example files it cites.
 */
import { describe, expect, it } from "vitest";
import { idOf } from "../../sim";
import { createShell, run } from "../shell";
import { lab, sandbox } from "../test/worlds";
import { joinStream, playTranscript } from "../test/transcript";
import type { ShellState } from "../types";

const USAGE =
  "usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\nTo see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n";

function bastion(): ShellState {
  return createShell({ world: lab(), host: "bastion" });
}
function appServer(): ShellState {
  return createShell({ world: lab(), host: "app-server" });
}

const w = lab();
const VPC = idOf(w, "lab-vpc");
const PRIVATE_RT = idOf(w, "private-rt");
const APP = idOf(w, "app-server");

describe("usage errors (aws-reference §2.12, captured 2.36.7) → rc 252", () => {
  it("missing argument, unknown option, invalid choice", () => {
    playTranscript(bastion(), [
      {
        in: "aws ec2 create-vpc-endpoint --service-name com.amazonaws.us-east-1.s3",
        out: "",
        err: `\naws: [ERROR]: An error occurred (ParamValidation): the following arguments are required: --vpc-id\n\n${USAGE}`,
        code: 252,
        source: "§2.12 missing argument",
      },
      {
        in: "aws ec2 create-vpc-endpoint --vpc-id vpc-0abc1234def567890 --service-name com.amazonaws.us-east-1.s3 --route-table-id rtb-1 --vpc-endpoint-tpye Gateway",
        err: `\n${USAGE}\n\naws: [ERROR]: Unknown options: --vpc-endpoint-tpye, Gateway\n`,
        code: 252,
        source: "§2.12 unknown option (and --route-table-id accepted as a prefix, §2.4)",
      },
      {
        in: "aws ec2 describe-vpc-endpoints --output jsn",
        err: `\naws: [ERROR]: An error occurred (ParamValidation): argument --output: Found invalid choice 'jsn'\n\nMaybe you meant:\n\n  * json\n\n${USAGE}`,
        code: 252,
        source: "§2.12 invalid choice",
      },
      {
        in: "aws ec2 create-vpc-endpiont",
        err: `\naws: [ERROR]: An error occurred (ParamValidation): argument operation: Found invalid choice 'create-vpc-endpiont'\n\nMaybe you meant:\n\n  * create-vpc-endpoint\n\n${USAGE}`,
        code: 252,
        source: "§2.12 misspelled operation",
      },
      {
        in: "aws sqs list-queue",
        err: `\naws: [ERROR]: An error occurred (ParamValidation): argument operation: Found invalid choice 'list-queue'\n\nMaybe you meant:\n\n  * list-queues\n  * list-queue-tags\n\n${USAGE}`,
        code: 252,
        source: "measured: /usr/bin/aws 2.9.19 (npm run fidelity) suggests from every sqs operation in botocore's model, not only the simulated ones",
      },
      {
        in: "aws ec2 describe-transit-gateways",
        err: "\naws: [ERROR]: aws ec2 describe-transit-gateways is a real AWS CLI command that Pathwise's simulator does not implement.\n",
        code: 255,
        source: "catalog.generated.ts: a real operation the simulator lacks is not called a typo",
      },
      {
        in: "aws ec2 describe-vpcs --query 'length(Vpcs, Vpcs)'",
        err: "\naws: [ERROR]: Expected 1 argument for function length(), received 2\n",
        code: 255,
        source: "measured: /usr/bin/aws 2.9.19 (npm run fidelity); Python jmespath's ArityError wording",
      },
      {
        in: "aws ec3 describe-vpcs",
        err: `\naws: [ERROR]: An error occurred (ParamValidation): argument command: Found invalid choice 'ec3'\n\n${USAGE}`,
        code: 252,
        source: "awscli/argparser.py: get_close_matches(cutoff=0.8) finds nothing for ec3",
      },
      {
        in: "aws s3 ls --query 'a['",
        err: '\naws: [ERROR]: An error occurred (ParamValidation): Bad value for --query a[: Invalid jmespath expression: Incomplete expression:\n"a["\n   ^\n',
        code: 252,
        source: "awscli/customizations/globalargs.py _resolve_query; Python jmespath's IncompleteExpressionError (measured: /usr/bin/aws 2.9.19)",
      },
      {
        in: "aws s3 ls --endpoint-url foo.com",
        err: '\naws: [ERROR]: An error occurred (ParamValidation): Bad value for --endpoint-url "foo.com": scheme is missing.  Must be of the form http://<hostname>/ or https://<hostname>/\n',
        code: 252,
        source: "awscli/customizations/globalargs.py _resolve_endpoint_url",
      },
      { in: "aws", err: `\naws: [ERROR]: An error occurred (ParamValidation): the following arguments are required: command\n\n${USAGE}`, code: 252 },
      // measured: /usr/bin/aws 2.9.19 sends a plain DescribeVpcs for a list option with no values (npm run fidelity)
      { in: "aws ec2 describe-vpcs --vpc-ids --query 'length(Vpcs)'", code: 0, out: "1\n" },
      { in: "aws ec2 describe-vpc-attribute --attribute enableDnsSupport --vpc-id", code: 252, err: `\naws: [ERROR]: An error occurred (ParamValidation): argument --vpc-id: expected one argument\n\n${USAGE}` },
      {
        in: "aws ec2 modify-vpc-endpoint --vpc-endpoint-id vpce-1 --policy-document file://nope.json",
        err: "\naws: [ERROR]: An error occurred (ParamValidation): Error parsing parameter '--policy-document': Unable to load paramfile file://nope.json: [Errno 2] No such file or directory: 'nope.json'\n",
        code: 252,
        source: "awscli/paramfile.py + argprocess.ParamError + errorhandler.py (v2 2.36.7)",
      },
    ]);
  });

  it("--version prints one line (§1.10)", () => {
    playTranscript(bastion(), [{ in: "aws --version", out: "aws-cli/2.36.7 Python/3.13.7 Linux/6.1.112-122.189.amzn2023.x86_64 exe/x86_64.amzn.2023\n", code: 0 }]);
  });
});

describe("configuration errors → rc 253 (§1.10)", () => {
  it("no region, no credentials, unknown profile", () => {
    // An on-premises laptop has no instance metadata to take a Region from.
    const laptop = createShell({ world: sandbox(), host: "corp-laptop" });
    playTranscript(laptop, [
      { in: "aws s3 ls", err: '\naws: [ERROR]: An error occurred (NoRegion): You must specify a region. You can also configure your region by running "aws configure".\n', code: 253 },
      { in: "aws s3 ls --region us-east-1", err: '\naws: [ERROR]: An error occurred (NoCredentials): Unable to locate credentials. You can configure credentials by running "aws login".\n', code: 253 },
    ]);
    const plain = createShell({ world: (() => {
      const x = lab();
      const b = Object.values(x.instances).find((i) => i.tags.some((t) => t.Value === "bastion"))!;
      return { ...x, instances: { ...x.instances, [b.id]: { ...b, iamRole: undefined } } };
    })(), host: "bastion" });
    playTranscript(plain, [
      { in: "aws sts get-caller-identity", err: '\naws: [ERROR]: An error occurred (NoCredentials): Unable to locate credentials. You can configure credentials by running "aws login".\n', code: 253 },
      { in: "aws s3 ls --profile nope", err: "\naws: [ERROR]: An error occurred (ProfileNotFound): The config profile (nope) could not be found\n", code: 253 },
    ]);
  });
});

describe("no network path: connect timeout after 3 attempts (§3) → rc 255", () => {
  it("from the private app-server without an endpoint", () => {
    const { results } = playTranscript(appServer(), [
      {
        in: "aws s3 ls s3://pathwise-reports",
        out: "",
        err: '\naws: [ERROR]: Connect timeout on endpoint URL: "https://pathwise-reports.s3.us-east-1.amazonaws.com/?list-type=2&prefix=&delimiter=%2F&encoding-type=url"\n',
        code: 255,
        note: /would have waited about 3 minutes: 60 s connect timeout × 3 attempts/,
        source: "§3 captured timeout, URL form table",
      },
      { in: "aws s3 ls", err: '\naws: [ERROR]: Connect timeout on endpoint URL: "https://s3.us-east-1.amazonaws.com/"\n', code: 255, source: "§3 URL forms" },
      { in: "aws sts get-caller-identity", err: '\naws: [ERROR]: Connect timeout on endpoint URL: "https://sts.us-east-1.amazonaws.com/"\n', code: 255, source: "§2.3" },
      { in: "aws ec2 describe-vpcs", err: '\naws: [ERROR]: Connect timeout on endpoint URL: "https://ec2.us-east-1.amazonaws.com/"\n', code: 255, source: "§3 URL forms" },
      { in: "aws s3 ls --cli-connect-timeout 2", code: 255, note: /about 8 seconds: 2 s connect timeout × 3 attempts/, source: "§3: 7.9 s with --cli-connect-timeout 2" },
    ]);
    expect(results[0].wait).toEqual({ seconds: 3, realSeconds: 182 });
    // The path trace behind the timeout is handed to the UI's path-trace panel.
    expect(results[0].traces.length).toBe(1);
    expect(results[0].traces[0].outcome).toBe("timeout");
    expect(results[0].traces[0].hops.some((h) => h.verdict === "block")).toBe(true);
  });

  it("--debug adds an honest, abbreviated trace on stderr (§1.4, §3 debug capture)", () => {
    const r = run(appServer(), "aws s3 ls --debug");
    const e = joinStream(r, "stderr");
    expect(e).toMatch(/^2026-01-05 09:00:00,000 - MainThread - awscli.clidriver - DEBUG - CLI version: aws-cli\/2\.36\.7/);
    expect(e).toContain("botocore.retries.standard - DEBUG - Retry needed, retrying request after delay of: 0.5330282015794796");
    expect(e).toContain("Not retrying request.");
    expect(e).toContain("'Connection to s3.us-east-1.amazonaws.com timed out. (connect timeout=60)'");
    expect(e.endsWith('\naws: [ERROR]: Connect timeout on endpoint URL: "https://s3.us-east-1.amazonaws.com/"\n')).toBe(true);
    expect(joinStream(r, "note")).toContain("abbreviated");
  });
});

describe("the canonical gateway-endpoint lab (CURRICULUM lesson 9)", () => {
  it("create the S3 gateway endpoint from the bastion, then list from the app-server", () => {
    const { state, results } = playTranscript(bastion(), [
      {
        in: `aws ec2 create-vpc-endpoint --vpc-id ${VPC} --service-name com.amazonaws.us-east-1.s3 --route-table-ids ${PRIVATE_RT} --query 'VpcEndpoint.[VpcEndpointType,State,RouteTableIds[0]]' --output text`,
        out: `Gateway\tavailable\t${PRIVATE_RT}\n`,
        code: 0,
        source: "§2.4: gateway endpoints are created directly in `available`",
      },
      {
        in: `aws ec2 describe-route-tables --route-table-ids ${PRIVATE_RT} --query 'RouteTables[0].Routes[?DestinationPrefixListId]' --output json`,
        code: 0,
        source: "§2.7 endpoint route: prefix list destination, GatewayId = vpce, Origin CreateRoute",
      },
      { in: "ssh 10.0.2.10", code: 0 },
      {
        in: "aws s3 ls",
        out: "2026-01-05 09:00:00 pathwise-archive-eu\n2026-01-05 09:00:00 pathwise-reports\n",
        code: 0,
        source: "§2.1 bucket line: CreationDate, space, name",
      },
      {
        in: "aws s3 ls s3://pathwise-reports",
        out: "                           PRE reports/\n2026-01-05 09:00:00         26 index.html\n",
        code: 0,
        source: "§2.1 PRE column 30 wide, size right-aligned in 10",
      },
      { in: "aws s3 ls s3://pathwise-reports/reports/", out: "2026-01-05 09:00:00         23 2026-01.csv\n", code: 0 },
      { in: "aws s3 ls pathwise-reports/reports/", out: "2026-01-05 09:00:00         23 2026-01.csv\n", code: 0, source: "ListCommand strips an optional s3:// (subcommands.py)" },
      { in: "aws s3 ls s3://pathwise-reports/nothing-here", out: "", code: 1, source: "§2.1 rc 1 for an empty prefix" },
      {
        in: "aws s3 ls s3://pathwise-reports --recursive --human-readable --summarize",
        out: "2026-01-05 09:00:00   26 Bytes index.html\n2026-01-05 09:00:00   23 Bytes reports/2026-01.csv\n\nTotal Objects: 2\n   Total Size: 49 Bytes\n",
        code: 0,
        source: "§2.1 --recursive full keys; --summarize labels right-aligned",
      },
      { in: "aws s3 ls s3://no-such-bucket-xyz", err: "\naws: [ERROR]: An error occurred (NoSuchBucket) when calling the ListObjectsV2 operation: The specified bucket does not exist\n", code: 254, source: "§4 capture" },
      { in: "aws s3 cp s3://pathwise-reports/index.html .", out: "download: s3://pathwise-reports/index.html to ./index.html\n", code: 0, source: "§2.2 / awscli/examples/s3/cp.rst" },
      { in: "echo hello > hello.txt && aws s3 cp hello.txt s3://pathwise-reports/", out: "upload: ./hello.txt to s3://pathwise-reports/hello.txt\n", code: 0, source: "measured: /usr/bin/aws 2.9.19 via npm run fidelity prints ./hello.txt (relative_path in awscli/customizations/s3/utils.py); cp.rst abbreviates it" },
      { in: "aws s3 cp s3://pathwise-reports/hello.txt -", out: "hello\n", code: 0 },
      { in: "aws s3 cp s3://pathwise-reports/missing.txt .", err: `fatal error: An error occurred (404) when calling the HeadObject operation: Key "missing.txt" does not exist\n`, code: 1, source: "awscli/customizations/s3/filegenerator.py rewrites the 404; measured with /usr/bin/aws 2.9.19 (npm run fidelity)" },
      { in: "aws s3 cp --dryrun hello.txt s3://pathwise-reports/x.txt", out: "(dryrun) upload: ./hello.txt to s3://pathwise-reports/x.txt\n", code: 0, source: "§2.2 dry run" },
    ]);
    const routes = JSON.parse(joinStream(results[1], "stdout")) as Array<Record<string, string>>;
    expect(Object.keys(routes[0])).toEqual(["DestinationPrefixListId", "GatewayId", "Origin", "State"]);
    expect(routes[0].DestinationPrefixListId).toBe("pl-63a5400a");
    expect(routes[0].GatewayId).toMatch(/^vpce-[0-9a-f]{17}$/);
    expect(state.hostStack.length).toBe(2);
  });
});

describe("service errors → rc 254 (§1.3, §2.4, §2.5, §2.6)", () => {
  it("create/describe/delete errors", () => {
    playTranscript(bastion(), [
      {
        in: `aws ec2 create-vpc-endpoint --vpc-id ${VPC} --service-name com.amazonaws.us-east-1.s4`,
        err: "\naws: [ERROR]: An error occurred (InvalidServiceName) when calling the CreateVpcEndpoint operation: The Vpc Endpoint Service 'com.amazonaws.us-east-1.s4' does not exist\n",
        code: 254,
        source: "§2.4 captured InvalidServiceName",
      },
      {
        in: "aws ec2 describe-vpc-endpoints --vpc-endpoint-ids vpce-0000000000000dead",
        err: "\naws: [ERROR]: An error occurred (InvalidVpcEndpointId.NotFound) when calling the DescribeVpcEndpoints operation: The Vpc Endpoint Id 'vpce-0000000000000dead' does not exist\n",
        code: 254,
        source: "§2.5",
      },
      {
        in: "aws ec2 delete-vpc-endpoints --vpc-endpoint-ids vpce-0000000000000dead",
        out: `{
    "Unsuccessful": [
        {
            "Error": {
                "Code": "InvalidVpcEndpointId.NotFound",
                "Message": "The Vpc Endpoint Id 'vpce-0000000000000dead' does not exist"
            },
            "ResourceId": "vpce-0000000000000dead"
        }
    ]
}
`,
        code: 0,
        source: "§2.6 captured: per-item failures, rc 0",
      },
      {
        in: "aws ec2 describe-vpcs --filters Name=foo,Values=bar",
        err: "\naws: [ERROR]: An error occurred (InvalidParameterValue) when calling the DescribeVpcs operation: The filter 'foo' is invalid\n",
        code: 254,
      },
      {
        in: "aws ec2 create-vpc-endpoint --vpc-id vpc-0000000000000dead --service-name com.amazonaws.us-east-1.s3 --dry-run",
        err: "\naws: [ERROR]: An error occurred (DryRunOperation) when calling the CreateVpcEndpoint operation: Request would have succeeded, but DryRun flag is set.\n",
        code: 254,
        source: "§2.4 --dry-run (standard EC2 text)",
      },
    ]);
  });

  it("interface endpoint with private DNS when the VPC's DNS hostnames are off (§2.4, §2.11)", () => {
    const sub = idOf(w, "private-a");
    playTranscript(bastion(), [
      { in: `aws ec2 modify-vpc-attribute --vpc-id ${VPC} --enable-dns-hostnames '{"Value":false}'`, out: "", err: "", code: 0, source: "§2.11: prints nothing" },
      { in: `aws ec2 describe-vpc-attribute --vpc-id ${VPC} --attribute enableDnsHostnames`, out: `{\n    "EnableDnsHostnames": {\n        "Value": false\n    },\n    "VpcId": "${VPC}"\n}\n`, code: 0, source: "§2.11 v2 model order" },
      {
        in: `aws ec2 create-vpc-endpoint --vpc-id ${VPC} --vpc-endpoint-type Interface --service-name com.amazonaws.us-east-1.sqs --subnet-ids ${sub}`,
        err: `\naws: [ERROR]: An error occurred (InvalidParameter) when calling the CreateVpcEndpoint operation: Enabling private DNS requires both enableDnsSupport and enableDnsHostnames VPC attributes set to true for ${VPC}\n`,
        code: 254,
        source: "§2.4 error table",
      },
      { in: `aws ec2 modify-vpc-attribute --vpc-id ${VPC} --enable-dns-hostnames Value=true`, code: 0, source: "§2.11 shorthand Value=true" },
    ]);
  });
});

describe("interface endpoint lifecycle, describe, modify (§2.4–§2.6)", () => {
  it("pending → available as time passes; JSON key order follows §1.5", () => {
    const subA = idOf(w, "private-a");
    const subB = idOf(w, "private-b");
    const { results, state } = playTranscript(bastion(), [
      { in: `aws ec2 create-vpc-endpoint --vpc-id ${VPC} --vpc-endpoint-type Interface --service-name com.amazonaws.us-east-1.sqs --subnet-ids ${subA} ${subB}`, code: 0 },
      { in: "aws ec2 describe-vpc-endpoints --query 'VpcEndpoints[].[VpcEndpointType,ServiceName,State]' --output text", out: "Interface\tcom.amazonaws.us-east-1.sqs\tpending\n", code: 0, source: "§2.4 interface starts pending; §2.5 text" },
      {
        in: "aws ec2 wait vpc-endpoint-available",
        err: `\naws: [ERROR]: An error occurred (ParamValidation): argument waiter_name: Found invalid choice 'vpc-endpoint-available'\n\n${USAGE}`,
        code: 252,
        note: /no vpc-endpoint-available waiter/,
        source: "botocore ec2 waiters-2.json (2026-08-07) defines no VPC endpoint waiter; invalid-choice layout §2.12",
      },
      {
        // argparse rejects the waiter_name choice before it looks at the waiter's options.
        in: "EP=$(aws ec2 describe-vpc-endpoints --query 'VpcEndpoints[0].VpcEndpointId' --output text); aws ec2 wait vpc-endpoint-available --vpc-endpoint-ids $EP",
        err: `\naws: [ERROR]: An error occurred (ParamValidation): argument waiter_name: Found invalid choice 'vpc-endpoint-available'\n\n${USAGE}`,
        code: 252,
        note: /no vpc-endpoint-available waiter/,
        source: "botocore ec2 waiters-2.json; awscli clidriver parses the waiter choice first (§2.12)",
      },
      { in: "sleep 60", out: "", code: 0, source: "sleep advances the World clock; interface endpoints leave pending after ~1 min (§8 timing)" },
      { in: "aws ec2 describe-vpc-endpoints --query 'VpcEndpoints[0].State' --output text", out: "available\n", code: 0 },
    ]);
    const ep = JSON.parse(joinStream(results[0], "stdout")).VpcEndpoint as Record<string, unknown>;
    expect(Object.keys(ep)).toEqual([
      "VpcEndpointId",
      "VpcEndpointType",
      "VpcId",
      "ServiceName",
      "State",
      "PolicyDocument",
      "RouteTableIds",
      "SubnetIds",
      "Groups",
      "IpAddressType",
      "DnsOptions",
      "PrivateDnsEnabled",
      "RequesterManaged",
      "NetworkInterfaceIds",
      "DnsEntries",
      "CreationTimestamp",
      "OwnerId",
    ]);
    expect(ep.PolicyDocument).toBe('{\n  "Statement": [\n    {\n      "Action": "*", \n      "Effect": "Allow", \n      "Principal": "*", \n      "Resource": "*"\n    }\n  ]\n}');
    const dns = ep.DnsEntries as Array<{ DnsName: string; HostedZoneId: string }>;
    expect(dns[0].DnsName).toMatch(/^vpce-[0-9a-f]{17}-[a-z0-9]{8}\.sqs\.us-east-1\.vpce\.amazonaws\.com$/);
    expect(dns[0].HostedZoneId).toBe("Z7HUB22UULQXV");
    expect(dns[dns.length - 1].DnsName).toBe("sqs.us-east-1.amazonaws.com");
    const id = ep.VpcEndpointId as string;
    playTranscript(state, [
      { in: `aws ec2 modify-vpc-endpoint --vpc-endpoint-id ${id} --reset-policy`, out: '{\n    "Return": true\n}\n', code: 0, source: "§2.6 captured" },
      { in: `aws ec2 delete-vpc-endpoints --vpc-endpoint-ids ${id}`, out: '{\n    "Unsuccessful": []\n}\n', code: 0, source: "§2.6 successful delete" },
    ]);
  });
});

describe("other describes and formats", () => {
  it("prefix lists, services, sts, table/yaml", () => {
    const { results } = playTranscript(bastion(), [
      { in: "aws ec2 describe-prefix-lists --query 'PrefixLists[].[PrefixListId,PrefixListName]' --output text", out: "pl-63a5400a\tcom.amazonaws.us-east-1.s3\npl-02cd2c6b\tcom.amazonaws.us-east-1.dynamodb\n", code: 0, source: "§2.8 ids" },
      { in: "aws ec2 describe-vpc-endpoint-services --filters Name=service-type,Values=Gateway --query ServiceNames --output text", out: "com.amazonaws.us-east-1.dynamodb\tcom.amazonaws.us-east-1.s3\n", code: 0 },
      { in: "aws sts get-caller-identity --query Arn --output text", out: `arn:aws:sts::111122223333:assumed-role/LabAdminRole/${idOf(w, "bastion")}\n`, code: 0, source: "§2.3 instance-role ARN form" },
      { in: "aws ec2 describe-vpcs --query x", out: "null\n", code: 0, source: "§1.9" },
      { in: "aws ec2 describe-vpcs --query x --output text", out: "None\n", code: 0, source: "§1.9" },
      { in: "aws ec2 describe-vpcs --query x --output table", out: "", code: 0, source: "§1.9" },
      { in: "aws ec2 describe-vpcs --output yaml --query 'Vpcs[0].[IsDefault,OwnerId]'", out: "- false\n- '111122223333'\n", code: 0, source: "§1.8 quoting" },
      { in: "aws ec2 describe-instances --query 'Reservations[].Instances[].[Tags[?Key==`Name`]|[0].Value,PrivateIpAddress]' --output text", out: "bastion\t10.0.1.10\napp-server\t10.0.2.10\n", code: 0 },
      { in: "aws ec2 describe-security-groups --filters Name=group-name,Values=app-sg --query 'SecurityGroups[0].IpPermissions[0].[IpProtocol,FromPort,ToPort]' --output text", out: "tcp\t22\t22\n", code: 0 },
      { in: `aws ec2 describe-network-interfaces --filters Name=attachment.instance-id,Values=${APP} --query 'NetworkInterfaces[0].PrivateIpAddress' --output text`, out: "10.0.2.10\n", code: 0 },
      { in: "aws dynamodb list-tables --output text", out: "TABLENAMES\tlab-table\n", code: 0 },
      { in: "aws sqs list-queues --query 'QueueUrls[0]' --output text", out: "https://sqs.us-east-1.amazonaws.com/111122223333/lab-queue\n", code: 0 },
      { in: "aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/111122223333/lab-queue --message-body hello --query MD5OfMessageBody --output text", out: "5d41402abc4b2a76b9719d911017c592\n", code: 0, source: "MD5('hello')" },
      { in: "aws kms list-keys --query 'length(Keys)'", code: 0 },
      { in: "aws elbv2 describe-load-balancers", out: '{\n    "LoadBalancers": []\n}\n', code: 0 },
      { in: "aws s3api list-buckets --query 'Buckets[].Name' --output text", out: "pathwise-archive-eu\tpathwise-reports\n", code: 0 },
      { in: "aws s3api get-bucket-policy --bucket pathwise-reports", err: "\naws: [ERROR]: An error occurred (NoSuchBucketPolicy) when calling the GetBucketPolicy operation: The bucket policy does not exist\n", code: 254 },
    ]);
    expect(results.length).toBe(17);
  });

  it("put-bucket-policy from file:// then get-bucket-policy returns it as a string (§1.5, §6.3)", () => {
    const policy = '{"Version":"2012-10-17","Statement":[{"Sid":"Access-to-specific-VPCE-only","Principal":"*","Action":"s3:*","Effect":"Deny","Resource":["arn:aws:s3:::pathwise-reports","arn:aws:s3:::pathwise-reports/*"],"Condition":{"StringNotEquals":{"aws:SourceVpce":"vpce-1a2b3c4d"}}}]}';
    playTranscript(bastion(), [
      { in: `cat > policy.json <<'EOF'\n${policy}\nEOF`, code: 0 },
      { in: "aws s3api put-bucket-policy --bucket pathwise-reports --policy file://policy.json", out: "", code: 0 },
      {
        in: "aws s3api get-bucket-policy --bucket pathwise-reports",
        err: "\naws: [ERROR]: An error occurred (AccessDenied) when calling the GetBucketPolicy operation: User: arn:aws:sts::111122223333:assumed-role/LabAdminRole/" + idOf(w, "bastion") + ' is not authorized to perform: s3:GetBucketPolicy on resource: "arn:aws:s3:::pathwise-reports" with an explicit deny in a resource-based policy\n',
        code: 254,
        source: "§4 pattern; the Deny s3:* also covers GetBucketPolicy for a role",
      },
      {
        in: "aws s3 ls s3://pathwise-reports",
        err: "\naws: [ERROR]: An error occurred (AccessDenied) when calling the ListObjectsV2 operation: User: arn:aws:sts::111122223333:assumed-role/LabAdminRole/" + idOf(w, "bastion") + ' is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::pathwise-reports" with an explicit deny in a resource-based policy\n',
        code: 254,
        source: "§4 enhanced AccessDenied, §6.3 SourceVpce deny locks out non-endpoint callers",
      },
      { in: "aws s3 cp s3://pathwise-reports/index.html .", err: "fatal error: An error occurred (403) when calling the HeadObject operation: Forbidden\n", code: 1, source: "§2.2 / §4 captured HeadObject 403" },
    ]);
  });
});

describe("--endpoint-url with an interface endpoint without private DNS (§5.1)", () => {
  it("times out until the endpoint's security group allows 443, then works", () => {
    const a = idOf(w, "private-a");
    const { results } = playTranscript(bastion(), [
      {
        in: `aws ec2 create-vpc-endpoint --vpc-id ${VPC} --vpc-endpoint-type Interface --service-name com.amazonaws.us-east-1.sqs --subnet-ids ${a} --no-private-dns-enabled --query 'VpcEndpoint.DnsEntries[0].DnsName' --output text > ep.txt`,
        out: "",
        code: 0,
      },
      { in: "cat ep.txt", out: /^vpce-[0-9a-f]{17}-[a-z0-9]{8}\.sqs\.us-east-1\.vpce\.amazonaws\.com\n$/ },
      { in: "sleep 60", code: 0 },
      { in: "ssh 10.0.2.10 'aws sqs list-queues --endpoint-url https://$(cat ep.txt)'", err: /^\naws: \[ERROR\]: Connect timeout on endpoint URL: "https:\/\/vpce-[^"]+\.vpce\.amazonaws\.com\/"\n$/, code: 255, note: /security group|sg-/i },
      {
        in: `SG=$(aws ec2 describe-security-groups --filters Name=vpc-id,Values=${VPC} Name=group-name,Values=default --query "SecurityGroups[0].GroupId" --output text); aws ec2 authorize-security-group-ingress --group-id $SG --protocol tcp --port 443 --cidr 10.0.0.0/16 --query Return`,
        out: "true\n",
        code: 0,
      },
      { in: "ssh 10.0.2.10 'aws sqs list-queues --endpoint-url https://$(cat ep.txt) --output text'", out: "QUEUEURLS\thttps://sqs.us-east-1.amazonaws.com/111122223333/lab-queue\n", code: 0 },
    ]);
    expect(results[3].wait?.realSeconds).toBe(182);
  });
});

describe("ec2 wait (botocore waiters-2.json)", () => {
  it("vpc-available succeeds at once; instance-running; unknown ids fail like botocore's WaiterError", () => {
    playTranscript(bastion(), [
      { in: "aws ec2 wait vpc-available", out: "", err: "", code: 0 },
      { in: `aws ec2 wait instance-running --instance-ids ${APP}`, out: "", err: "", code: 0 },
      { in: "aws ec2 wait vpc-available --vpc-ids vpc-0000000000000dead", err: "\naws: [ERROR]: Waiter VpcAvailable failed: An error occurred (InvalidVpcID.NotFound): The vpc ID 'vpc-0000000000000dead' does not exist\n", code: 255 },
      { in: "aws ec2 wait security-group-exists --group-ids sg-0000000000000dead", err: "\naws: [ERROR]: Waiter SecurityGroupExists failed: Max attempts exceeded. Previously accepted state: Matched expected service error code: InvalidGroup.NotFound\n", code: 255, note: /every 5 s for about 25 seconds/ },
    ]);
  });
});

describe("VPN and peering (lessons 6 and 18)", () => {
  it("describe-vpn-connections shows two tunnels; overlapping peering ends in failed", async () => {
    const { vpnWorld } = await import("../test/worlds");
    const vw = vpnWorld();
    playTranscript(createShell({ world: vw, host: "bastion" }), [
      { in: "aws ec2 describe-vpn-connections --query 'length(VpnConnections[0].VgwTelemetry)'", out: "2\n", code: 0 },
      { in: "aws ec2 describe-vpn-connections --query 'VpnConnections[0].VgwTelemetry[].Status' --output text", out: "UP\tDOWN\n", code: 0 },
      {
        in: `aws ec2 create-vpc-peering-connection --vpc-id ${idOf(vw, "lab-vpc")} --peer-vpc-id ${idOf(vw, "other-vpc")} --query VpcPeeringConnection.Status --output text`,
        out: "failed\tOverlapping CIDR range\n",
        code: 0,
        source: "EC2 API reference: overlapping CIDRs → status failed (text order: Code, Message alphabetical)",
      },
      { in: "aws ec2 describe-vpn-connections --vpn-connection-ids vpn-0000000000000dead", err: "\naws: [ERROR]: An error occurred (InvalidVpnConnectionID.NotFound) when calling the DescribeVpnConnections operation: The vpnConnection ID 'vpn-0000000000000dead' does not exist\n", code: 254 },
    ]);
  });
});
