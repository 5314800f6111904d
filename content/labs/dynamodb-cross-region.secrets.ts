import type { LabSecrets } from "@/lib/content/lab";
import { LOOKUP_VPC, lookupRt } from "./common";

const secrets = {
  id: "dynamodb-cross-region",
  hints: [
    "Run the two failing commands and read the notes (or the path trace). Is the failure the same for DynamoDB and for the EU bucket?",
    "DynamoDB has its own gateway endpoint service, com.amazonaws.us-east-1.dynamodb, that adds a second pl-… route to the route table. A gateway endpoint only ever serves its own Region.",
    "For eu-west-1 traffic you need a general path out: private-rt has no default route. The NAT gateway lab-nat is ready — `aws ec2 describe-nat-gateways` shows its id.",
    "On the bastion: `aws ec2 create-vpc-endpoint --vpc-id <vpc> --service-name com.amazonaws.us-east-1.dynamodb --route-table-ids <private-rt>` and `aws ec2 create-route --route-table-id <private-rt> --destination-cidr-block 0.0.0.0/0 --nat-gateway-id <nat-…>`. Longest-prefix match keeps in-Region S3 on the endpoint.",
  ],
  solution: [
    "exit",
    LOOKUP_VPC,
    lookupRt("private-rt"),
    "aws ec2 create-vpc-endpoint --vpc-id $VPC --service-name com.amazonaws.us-east-1.dynamodb --route-table-ids $RT",
    "NAT=$(aws ec2 describe-nat-gateways --filter Name=tag:Name,Values=lab-nat --query 'NatGateways[0].NatGatewayId' --output text)",
    "aws ec2 create-route --route-table-id $RT --destination-cidr-block 0.0.0.0/0 --nat-gateway-id $NAT",
    "ssh 10.0.2.10",
    "aws dynamodb scan --table-name lab-table",
    "aws s3 ls s3://pathwise-archive-eu",
  ],
} satisfies LabSecrets;

export default secrets;
