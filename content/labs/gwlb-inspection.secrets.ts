import type { LabSecrets } from "@/lib/content/lab";
import { lookupRt } from "./common";

const secrets = {
  id: "gwlb-inspection",
  hints: [
    "Trace app-server → example.com: which route does private-rt use for 0.0.0.0/0 today? Find the GWLB endpoint with `aws ec2 describe-vpc-endpoints`.",
    "A GWLB endpoint is a route target: `--vpc-endpoint-id vpce-…` in `aws ec2 create-route`. A route table has one 0.0.0.0/0 route, so delete the NAT one first (`aws ec2 delete-route`).",
    "For the reply direction, the NAT gateway lives in public-a, whose route table is public-rt. A route more specific than the local route (e.g. 10.0.2.0/24) can point at the GWLB endpoint.",
    "`aws ec2 delete-route --route-table-id <private-rt> --destination-cidr-block 0.0.0.0/0`, `aws ec2 create-route --route-table-id <private-rt> --destination-cidr-block 0.0.0.0/0 --vpc-endpoint-id <gwlbe>`, and `aws ec2 create-route --route-table-id <public-rt> --destination-cidr-block 10.0.2.0/24 --vpc-endpoint-id <gwlbe>`.",
  ],
  solution: [
    "exit",
    lookupRt("private-rt"),
    lookupRt("public-rt", "PRT"),
    "GWLBE=$(aws ec2 describe-vpc-endpoints --filters Name=vpc-endpoint-type,Values=GatewayLoadBalancer --query 'VpcEndpoints[0].VpcEndpointId' --output text)",
    "aws ec2 delete-route --route-table-id $RT --destination-cidr-block 0.0.0.0/0",
    "aws ec2 create-route --route-table-id $RT --destination-cidr-block 0.0.0.0/0 --vpc-endpoint-id $GWLBE",
    "aws ec2 create-route --route-table-id $PRT --destination-cidr-block 10.0.2.0/24 --vpc-endpoint-id $GWLBE",
    "ssh 10.0.2.10",
    "curl -sI https://example.com",
  ],
} satisfies LabSecrets;

export default secrets;
