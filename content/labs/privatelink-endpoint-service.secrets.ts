import type { LabSecrets } from "@/lib/content/lab";
import { PL_ACCEPT_AND_TEST, PL_CREATE_ENDPOINT, PL_SOLUTION_LOOKUPS } from "./privatelink-common";

const secrets = {
  id: "privatelink-endpoint-service",
  hints: [
    "Look at the service from both sides: `aws ec2 describe-vpc-endpoint-service-configurations --profile provider` and, as the consumer, `aws ec2 describe-vpc-endpoint-services --service-names <name>`. Why can't the consumer see it?",
    "The provider controls who may connect: `aws ec2 modify-vpc-endpoint-service-permissions --profile provider --service-id <vpce-svc-…> --add-allowed-principals arn:aws:iam::111122223333:root`.",
    "As the consumer, create an Interface endpoint for the service name in app-a and app-b with billing-endpoint-sg. It stays in pendingAcceptance until the provider acts: see `aws ec2 describe-vpc-endpoint-connections --profile provider`.",
    "`aws ec2 accept-vpc-endpoint-connections --profile provider --service-id <vpce-svc-…> --vpc-endpoint-ids <vpce-…>`, wait a minute (`sleep 60`), then from client: `nc -zv <endpoint DnsName> 443`.",
  ],
  solution: [
    ...PL_SOLUTION_LOOKUPS,
    "aws ec2 modify-vpc-endpoint-service-permissions --profile provider --service-id $SVC --add-allowed-principals arn:aws:iam::111122223333:root",
    PL_CREATE_ENDPOINT,
    ...PL_ACCEPT_AND_TEST,
  ],
} satisfies LabSecrets;

export default secrets;
