import type { LabSecrets } from "@/lib/content/lab";
import { lookupRt, lookupSg } from "./common";

const S3_EP =
  "EP=$(aws ec2 describe-vpc-endpoints --filters Name=service-name,Values=com.amazonaws.us-east-1.s3 --query 'VpcEndpoints[0].VpcEndpointId' --output text)";
const SQS_EP =
  "EP=$(aws ec2 describe-vpc-endpoints --filters Name=service-name,Values=com.amazonaws.us-east-1.sqs --query 'VpcEndpoints[0].VpcEndpointId' --output text)";
const BACK = ["ssh 10.0.2.10"];

const faults = [
  {
    id: "missing-route-association",
    title: "The S3 gateway endpoint is associated with public-rt instead of private-rt",
    solution: [
      "exit",
      lookupRt("private-rt"),
      S3_EP,
      "aws ec2 modify-vpc-endpoint --vpc-endpoint-id $EP --add-route-table-ids $RT",
      ...BACK,
      "aws s3 ls s3://pathwise-reports",
    ],
  },
  {
    id: "wrong-region",
    title: "~/.aws/config sets region us-west-2, so every call goes to the wrong Region's public endpoints",
    solution: [
      "aws configure list",
      "aws configure set region us-east-1",
      "aws s3 ls s3://pathwise-reports",
      "aws sqs list-queues",
    ],
  },
  {
    id: "sg-no-443",
    title: "endpoint-sg allows port 80 instead of 443 on the interface endpoints",
    solution: [
      "exit",
      lookupSg("endpoint-sg", "SG"),
      "aws ec2 authorize-security-group-ingress --group-id $SG --protocol tcp --port 443 --cidr 10.0.0.0/16",
      ...BACK,
      "aws sqs list-queues",
    ],
  },
  {
    id: "private-dns-off",
    title: "Private DNS is off on the SQS interface endpoint, so sqs.us-east-1.amazonaws.com resolves publicly",
    solution: [
      "exit",
      SQS_EP,
      "aws ec2 modify-vpc-endpoint --vpc-endpoint-id $EP --private-dns-enabled",
      ...BACK,
      "dig +short sqs.us-east-1.amazonaws.com",
      "aws sqs list-queues",
    ],
  },
  {
    id: "restrictive-endpoint-policy",
    title: "The S3 endpoint policy only allows s3:GetObject, so listing the bucket is denied",
    solution: [
      "exit",
      S3_EP,
      "aws ec2 modify-vpc-endpoint --vpc-endpoint-id $EP --reset-policy",
      ...BACK,
      "aws s3 ls s3://pathwise-reports",
    ],
  },
  {
    id: "connection-not-accepted",
    title: "The billing provider never accepted the endpoint connection (pendingAcceptance)",
    solution: [
      "exit",
      "SVC=$(aws ec2 describe-vpc-endpoint-service-configurations --profile provider --query 'ServiceConfigurations[0].ServiceId' --output text)",
      "EP=$(aws ec2 describe-vpc-endpoint-connections --profile provider --query 'VpcEndpointConnections[0].VpcEndpointId' --output text)",
      "aws ec2 accept-vpc-endpoint-connections --profile provider --service-id $SVC --vpc-endpoint-ids $EP",
      "sleep 60",
      "aws ec2 describe-vpc-endpoints --vpc-endpoint-ids $EP --query 'VpcEndpoints[0].State'",
    ],
  },
];

const secrets = {
  id: "break-and-fix",
  hints: [
    "Reproduce first: on app-server run `aws s3 ls s3://pathwise-reports`, `aws sqs list-queues`, and check the billing endpoint. Which one fails, and how (timeout, AccessDenied, wrong address)?",
    "Check in order: the Region the CLI uses (`aws configure list`), DNS (`dig`), security groups on the endpoint ENIs, the route table of private-a, then endpoint policies and endpoint states (`aws ec2 describe-vpc-endpoints`).",
    "The path trace names the first blocking hop and its code (NO_ROUTE, SG_INGRESS_BLOCKS_443, DNS_RESOLVES_PUBLIC, ENDPOINT_POLICY_…, CONNECTION_PENDING_ACCEPTANCE…). Each code points at one resource to fix.",
    "Typical fixes: `aws ec2 modify-vpc-endpoint` (--add-route-table-ids, --private-dns-enabled, --reset-policy), `aws ec2 authorize-security-group-ingress … --port 443`, `aws configure set region us-east-1`, or `aws ec2 accept-vpc-endpoint-connections --profile provider`.",
  ],
  solution: faults[0].solution,
  faults,
} satisfies LabSecrets;

export default secrets;
