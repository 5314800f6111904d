import { LAB_ACCOUNT, principalAllowedForService } from "@/lib/sim";
import { ranSuccessfully, type LabDefinition } from "@/lib/content/lab";
import { check } from "./common";
import {
  billingServiceId,
  clientReachesBilling,
  endpointAvailable,
  privateLinkLabWorld,
  privateLinkStart,
} from "./privatelink-common";

const lab = {
  id: "privatelink-endpoint-service",
  title: "Publish a service with PrivateLink across two accounts",
  summary:
    "Play both sides of AWS PrivateLink: the provider allows a consumer account and accepts its connection, the consumer creates an interface endpoint and reaches the service privately.",
  story: [
    "Pathwise has bought a billing platform from Ledgerly, a SaaS company that runs its **billing API** in its own AWS account (444455556666), behind a Network Load Balancer. Ledgerly publishes the API as a VPC **endpoint service** that requires acceptance of every connection request.",
    "Pathwise's `client` instance (account 111122223333) lives in a private subnet and must call the API without any internet path, VPN or peering. For this exercise you hold admin credentials for both accounts: `--profile provider` for Ledgerly, `--profile consumer` (the default) for Pathwise.",
    "Walk the whole handshake: the provider allows the consumer account, the consumer creates an interface endpoint for the service in its private subnets, the provider accepts the pending connection, and finally `client` opens a TCP connection to the endpoint on port 443.",
  ].join("\n\n"),
  difficulty: "advanced",
  minutes: 30,
  track: "privatelink-services",
  lessons: ["privatelink-services/17-endpoint-services"],
  start: (seed: number) =>
    privateLinkStart(
      privateLinkLabWorld(seed, { providerCidr: "10.20.0.0/16", allowConsumer: false, acceptanceRequired: true }),
      ["Start on the provider side: `aws ec2 describe-vpc-endpoint-service-configurations --profile provider`."],
    ),
  goals: [
    {
      id: "consumer-allowed",
      title: "The provider allows the consumer account (111122223333) to use billing-svc",
      check: ({ world }) => {
        const svc = world.endpointServices?.[billingServiceId(world)];
        return check(
          !!svc && principalAllowedForService(svc, LAB_ACCOUNT),
          "PRINCIPAL_NOT_ALLOWED",
          "billing-svc has no allowed principal that covers account 111122223333, so the consumer cannot even see the service.",
        );
      },
    },
    {
      id: "endpoint-available",
      title: "The consumer's interface endpoint for billing-svc is available (connection accepted)",
      check: ({ world }) => endpointAvailable(world),
    },
    {
      id: "client-reaches-billing",
      title: "client reaches the billing API on port 443 through the interface endpoint",
      check: ({ world }) => clientReachesBilling(world),
    },
    {
      id: "tested-from-client",
      title: "You tested the connection from client (`curl` or `nc -zv`) successfully",
      check: (ctx) =>
        check(
          ranSuccessfully(ctx, /\b(curl|nc|ncat)\b/, "client"),
          "NOT_RUN_YET",
          "Run `nc -zv <endpoint DNS name> 443` or `curl` on client once the endpoint is available.",
        ),
    },
  ],
  traceDefault: { from: "client", to: { ip: "10.20.1.20" }, port: 443 },
} satisfies LabDefinition;

export default lab;
