import type { LabSecrets } from "@/lib/content/lab";
import { lookupSg } from "./common";

const secrets = {
  id: "interface-endpoint-security-group",
  hints: [
    "DNS is fine (check with dig). Open the path trace for `aws sqs list-queues`: which hop blocks, and which resource does it name?",
    "The blocking hop is the endpoint ENI's security group. `aws ec2 describe-vpc-endpoints` shows its Groups; `aws ec2 describe-security-groups --group-ids <sg>` shows what it allows.",
    "From the bastion, add an inbound rule for TCP 443 from the VPC range (10.0.0.0/16) — or from app-sg — with `aws ec2 authorize-security-group-ingress`.",
    "`aws ec2 authorize-security-group-ingress --group-id <sqs-endpoint-sg id> --protocol tcp --port 443 --cidr 10.0.0.0/16`, then back on app-server `aws sqs list-queues`.",
  ],
  solution: [
    "exit",
    lookupSg("sqs-endpoint-sg", "SG"),
    "aws ec2 authorize-security-group-ingress --group-id $SG --protocol tcp --port 443 --cidr 10.0.0.0/16",
    "ssh 10.0.2.10",
    "aws sqs list-queues",
  ],
} satisfies LabSecrets;

export default secrets;
