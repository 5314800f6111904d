import type { LabSecrets } from "@/lib/content/lab";
import { LOOKUP_VPC, lookupSg, lookupSubnet } from "./common";

const secrets = {
  id: "interface-endpoint-private-dns",
  hints: [
    "Start with DNS: what does `dig sqs.us-east-1.amazonaws.com` answer on app-server — a private or a public address? Then look at the trace of `aws sqs list-queues`.",
    "SQS needs an *interface* endpoint (`--vpc-endpoint-type Interface`) in the private subnets, with a security group that allows 443 (endpoint-sg does).",
    "If creating the endpoint with private DNS fails, read the error: check the VPC attributes with `aws ec2 describe-vpc-attribute --vpc-id <vpc> --attribute enableDnsHostnames`.",
    "On the bastion: `aws ec2 modify-vpc-attribute --vpc-id <vpc> --enable-dns-hostnames '{\"Value\":true}'`, then `aws ec2 create-vpc-endpoint --vpc-endpoint-type Interface --vpc-id <vpc> --service-name com.amazonaws.us-east-1.sqs --subnet-ids <private-a> <private-b> --security-group-ids <endpoint-sg> --private-dns-enabled`. The endpoint is `pending` for about a minute.",
  ],
  solution: [
    "exit",
    LOOKUP_VPC,
    "aws ec2 modify-vpc-attribute --vpc-id $VPC --enable-dns-hostnames '{\"Value\":true}'",
    lookupSubnet("private-a", "SA"),
    lookupSubnet("private-b", "SB"),
    lookupSg("endpoint-sg", "SG"),
    "aws ec2 create-vpc-endpoint --vpc-endpoint-type Interface --vpc-id $VPC --service-name com.amazonaws.us-east-1.sqs --subnet-ids $SA $SB --security-group-ids $SG --private-dns-enabled",
    "sleep 60",
    "ssh 10.0.2.10",
    "dig +short sqs.us-east-1.amazonaws.com",
    "aws sqs list-queues",
  ],
} satisfies LabSecrets;

export default secrets;
