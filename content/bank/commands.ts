import type { BankQuestionInput } from "@/lib/content/bank";

/**
 * "Type the command" questions: graded by running the learner's command in a fresh copy of the
 * scenario's World (lib/content/command-grader.ts), so every correct variant passes.
 */
const questions: BankQuestionInput[] = [
  {
    id: "gw-cmd-print-object",
    track: "gateway-endpoints",
    difficulty: 2,
    type: "command",
    tags: ["s3", "cli"],
    prompt:
      "You are on app-server, whose route table sends S3 traffic to a gateway endpoint. Print the contents of the object reports/2026-01.csv in the bucket pathwise-reports to the terminal with one AWS CLI command.",
    scenario: "s3-gateway-endpoint",
    solution: "aws s3 cp s3://pathwise-reports/reports/2026-01.csv -",
    wrong: "aws s3 ls s3://pathwise-reports/reports/",
    expect: { kind: "exit-code", code: 0, stdoutIncludes: "month,total" },
    explanation:
      "aws s3 cp with - as the destination streams the object to standard output; the request travels through the gateway endpoint like any other S3 call. Listing the prefix only shows the object's size and date, not what is inside it.",
    source: "https://docs.aws.amazon.com/cli/latest/reference/s3/cp.html",
  },
  {
    id: "path-cmd-who-am-i",
    track: "path-to-aws-services",
    difficulty: 1,
    type: "command",
    tags: ["iam", "cli", "troubleshooting"],
    prompt:
      "Before blaming the network for an AccessDenied, check which identity the CLI on app-server is using. Type the command that shows the caller's ARN.",
    scenario: "private-subnet-nat",
    solution: "aws sts get-caller-identity",
    wrong: "aws configure list-profiles",
    expect: { kind: "exit-code", code: 0, stdoutIncludes: "assumed-role/AppS3Role" },
    explanation:
      "sts get-caller-identity needs no permissions and returns the account, user id and ARN the request is signed with; on an instance that is an assumed-role ARN for the instance profile's role. Listing profiles only shows configuration names, not the identity that AWS sees.",
    source: "https://docs.aws.amazon.com/cli/latest/reference/sts/get-caller-identity.html",
  },
  {
    id: "if-cmd-resolve-private",
    track: "interface-endpoints",
    difficulty: 2,
    type: "command",
    tags: ["dns", "private-dns"],
    prompt:
      "An SQS interface endpoint with private DNS exists in this VPC. From app-server, type a command that resolves the regional SQS name sqs.us-east-1.amazonaws.com and shows the addresses it returns.",
    scenario: "interface-endpoint-sqs",
    solution: "dig +short sqs.us-east-1.amazonaws.com",
    wrong: "dig +short s3.us-east-1.amazonaws.com",
    expect: { kind: "exit-code", code: 0, stdoutIncludes: "10.0." },
    explanation:
      "With private DNS on (and the VPC's DNS support and DNS hostnames attributes enabled), the public service name resolves inside the VPC to the private IPs of the endpoint's network interfaces, one per subnet. dig, host or nslookup all show it. The S3 name is unaffected: it has no interface endpoint here and still resolves to a public address.",
    source: "https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-access-aws-services.html",
  },
  {
    id: "if-cmd-list-queues",
    track: "interface-endpoints",
    difficulty: 1,
    type: "command",
    tags: ["sqs", "cli"],
    prompt: "From app-server, type the AWS CLI command that lists the SQS queues in this account and Region (the call goes through the SQS interface endpoint).",
    scenario: "interface-endpoint-sqs",
    solution: "aws sqs list-queues",
    wrong: "aws sqs list-queue",
    expect: { kind: "exit-code", code: 0, stdoutIncludes: "lab-queue" },
    explanation:
      "aws sqs list-queues returns the queue URLs; with private DNS the default endpoint name already resolves to the interface endpoint, so no --endpoint-url is needed. The singular list-queue is not an SQS operation, and the CLI rejects it as an invalid choice before sending anything.",
    source: "https://docs.aws.amazon.com/cli/latest/reference/sqs/list-queues.html",
  },
];

export default questions;
