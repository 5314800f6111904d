import type { LabSecrets } from "@/lib/content/lab";
import { PL_ACCEPT_AND_TEST, PL_CREATE_ENDPOINT, PL_SOLUTION_LOOKUPS } from "./privatelink-common";

const secrets = {
  id: "overlapping-cidr-privatelink",
  hints: [
    "`aws ec2 describe-vpc-peering-connections` shows why peering is not an option. Which service does the provider publish? `aws ec2 describe-vpc-endpoint-services` as the consumer lists what you may connect to.",
    "Create an Interface endpoint in consumer-vpc for the provider's service name (com.amazonaws.vpce.us-east-1.vpce-svc-…), in app-a and app-b, with billing-endpoint-sg.",
    "The service requires acceptance: as the provider, `aws ec2 describe-vpc-endpoint-connections --profile provider` shows the pending request; accept it with `aws ec2 accept-vpc-endpoint-connections --profile provider --service-id <vpce-svc-…> --vpc-endpoint-ids <vpce-…>`.",
    "After a minute the endpoint is available. From client, connect to the endpoint's DNS name (`aws ec2 describe-vpc-endpoints` → DnsEntries): `ssh 10.0.1.20 nc -zv <dns name> 443`.",
  ],
  solution: [
    "aws ec2 describe-vpc-peering-connections",
    ...PL_SOLUTION_LOOKUPS,
    PL_CREATE_ENDPOINT,
    ...PL_ACCEPT_AND_TEST,
  ],
} satisfies LabSecrets;

export default secrets;
