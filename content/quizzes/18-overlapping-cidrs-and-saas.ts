import type { QuizInput } from "@/lib/content/quiz";

export default {
  id: "18-overlapping-cidrs-and-saas",
  title: "Overlapping CIDRs and SaaS",
  questions: [
    {
      id: "peering-overlap",
      type: "single",
      prompt: "You request a peering connection between two VPCs that both use 10.0.0.0/16. What happens?",
      choices: [
        { id: "a", text: "It becomes active, and the local route takes priority" },
        { id: "b", text: "The peering connection ends in the failed state" },
        { id: "c", text: "AWS renumbers the accepter VPC automatically" },
        { id: "d", text: "It becomes active but only for IPv6" },
      ],
      answer: "b",
      explanation:
        "The requester and accepter VPCs cannot have overlapping CIDR blocks; a request between overlapping VPCs ends with status failed. Even if it could exist, no route could distinguish the peer's 10.0.0.0/16 from the local one.",
      source: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVpcPeeringConnection.html",
    },
    {
      id: "why-privatelink",
      type: "single",
      prompt: "Why does PrivateLink work between a consumer and a provider that both use 10.0.0.0/16?",
      choices: [
        { id: "a", text: "PrivateLink translates the provider's range to 100.64.0.0/10" },
        {
          id: "b",
          text: "The service appears at an endpoint interface in the consumer's own subnet and no routes are exchanged between the VPCs",
        },
        { id: "c", text: "PrivateLink uses IPv6 internally" },
        { id: "d", text: "The provider's VPC is moved to another Region" },
      ],
      answer: "b",
      explanation:
        "The consumer reaches the service at a private IP from its own subnet; PrivateLink carries the traffic to the provider's load balancer. Neither VPC routes to the other's range, so identical ranges never conflict.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-share-your-services.html",
    },
    {
      id: "one-way",
      type: "single",
      prompt:
        "A SaaS provider wants its servers to open connections to hosts inside a customer's VPC through the customer's existing PrivateLink endpoint. Is that possible?",
      choices: [
        { id: "a", text: "Yes, PrivateLink connections are bidirectional" },
        {
          id: "b",
          text: "No; connections through an endpoint are initiated by the consumer only, so the customer would need to publish its own endpoint service",
        },
        { id: "c", text: "Yes, if the provider adds a route to the customer's CIDR" },
        { id: "d", text: "Only for UDP traffic" },
      ],
      answer: "b",
      explanation:
        "PrivateLink is one-way: the consumer initiates, and only responses flow back. For the reverse direction, the customer publishes an endpoint service and the provider becomes its consumer. There are no routes between the VPCs to add.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-share-your-services.html",
    },
    {
      id: "source-ip",
      type: "single",
      prompt:
        "Without proxy protocol, what source address does the provider's application see for requests arriving through PrivateLink?",
      choices: [
        { id: "a", text: "The consumer instance's private IP" },
        { id: "b", text: "The consumer endpoint interface's IP" },
        { id: "c", text: "A private IP of the provider's load balancer node" },
        { id: "d", text: "The consumer's NAT gateway Elastic IP" },
      ],
      answer: "c",
      explanation:
        "The application sees the private IP addresses of the load balancer nodes. That is also why overlapping consumer ranges never reach the provider's routing. Enabling proxy protocol v2 on the NLB's target group passes the consumer's address and endpoint id in a header.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/create-endpoint-service.html",
    },
    {
      id: "choose",
      type: "multiple",
      prompt: "Which situations favour PrivateLink over VPC peering? Select all that apply.",
      choices: [
        { id: "a", text: "Hundreds of customer VPCs with unknown, possibly overlapping ranges must reach one API" },
        { id: "b", text: "The consumer must not expose its network to the provider" },
        { id: "c", text: "Two of your own VPCs need full two-way connectivity for many protocols and ports" },
        { id: "d", text: "Only one TCP service needs to be shared across an organisational boundary" },
      ],
      answers: ["a", "b", "d"],
      explanation:
        "PrivateLink shares one service, tolerates overlapping ranges and keeps connectivity one-way, which fits SaaS and cross-team services. Full two-way connectivity between networks you plan yourself is what peering or a transit gateway is for.",
      source: "https://docs.aws.amazon.com/whitepapers/latest/aws-vpc-connectivity-options/vpc-peering.html",
    },
  ],
} satisfies QuizInput;
