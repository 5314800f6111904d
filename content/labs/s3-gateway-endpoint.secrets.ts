import type { LabSecrets } from "@/lib/content/lab";

const secrets = {
  id: "s3-gateway-endpoint",
  hints: [
    "Read the timeout's note or open the path trace: which hop drops the packets to S3? What does private-rt contain?",
    "S3 can be reached privately with a *gateway* endpoint: it is not a network interface, it adds a route to private-rt whose destination is the S3 prefix list (pl-…).",
    "The EC2 API is not reachable from app-server. `exit` to the bastion, then look up the VPC id and the private-rt route table id with `aws ec2 describe-vpcs` and `aws ec2 describe-route-tables`.",
    "On the bastion: `aws ec2 create-vpc-endpoint --vpc-id <vpc-id> --service-name com.amazonaws.us-east-1.s3 --route-table-ids <private-rt id>`, then `ssh 10.0.2.10` and `aws s3 ls`.",
  ],
  solution: [
    "exit",
    "VPC=$(aws ec2 describe-vpcs --filters Name=tag:Name,Values=lab-vpc --query 'Vpcs[0].VpcId' --output text)",
    "RT=$(aws ec2 describe-route-tables --filters Name=tag:Name,Values=private-rt --query 'RouteTables[0].RouteTableId' --output text)",
    "aws ec2 create-vpc-endpoint --vpc-id $VPC --service-name com.amazonaws.us-east-1.s3 --route-table-ids $RT",
    "ssh 10.0.2.10",
    "aws s3 ls",
  ],
} satisfies LabSecrets;

export default secrets;
