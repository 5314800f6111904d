import { ranSuccessfully, type LabDefinition } from "@/lib/content/lab";
import { check } from "./common";
import { clientReachesBilling, endpointAvailable, privateLinkLabWorld, privateLinkStart } from "./privatelink-common";

const lab = {
  id: "overlapping-cidr-privatelink",
  title: "Overlapping CIDRs: peering refuses, PrivateLink works",
  summary:
    "Two VPCs that both use 10.0.0.0/16 cannot be peered. Connect the consumer to the provider's service with PrivateLink instead, where overlap does not matter.",
  story: [
    "Pathwise acquired a small start-up, and with it a billing service that runs in the start-up's own AWS account. Both companies built their networks from the same tutorial: each VPC is **10.0.0.0/16**. By coincidence the billing API even has the same private IP, 10.0.1.20, as Pathwise's own `client` instance.",
    "A network engineer already tried to peer the two VPCs; the attempt is still listed with status `failed` — AWS does not peer VPCs whose CIDR blocks overlap, and re-addressing either network would take months.",
    "The start-up's team already published the API as an endpoint service (acceptance required) and allowed Pathwise's account. With PrivateLink the service appears as an IP address in the consumer's own subnet, and connections only flow from consumer to provider — so the overlap is irrelevant. Connect `client` to the billing API this way. You hold both accounts' credentials: `--profile provider` and `--profile consumer` (the default).",
  ].join("\n\n"),
  difficulty: "intermediate",
  minutes: 20,
  track: "privatelink-services",
  lessons: ["privatelink-services/18-overlapping-cidrs-and-saas", "privatelink-services/17-endpoint-services"],
  start: (seed: number) =>
    privateLinkStart(
      privateLinkLabWorld(seed, {
        providerCidr: "10.0.0.0/16",
        allowConsumer: true,
        acceptanceRequired: true,
        peeringAttempt: true,
      }),
      ["Start with `aws ec2 describe-vpc-peering-connections` to see what happened to the peering attempt."],
    ),
  goals: [
    {
      id: "endpoint-available",
      title: "consumer-vpc has an available interface endpoint for the billing service",
      check: ({ world }) => endpointAvailable(world),
    },
    {
      id: "client-reaches-billing",
      title: "client reaches the billing API on port 443 through the interface endpoint, despite the overlap",
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
} satisfies LabDefinition;

export default lab;
