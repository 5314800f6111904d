import type { QuizInput } from "@/lib/content/quiz";

export default {
  id: "11-interface-endpoints",
  title: "Interface endpoints",
  questions: [
    {
      id: "what-created",
      type: "single",
      prompt: "You create an SQS interface endpoint in two subnets in different AZs. What does AWS create in your VPC?",
      choices: [
        { id: "a", text: "A route to the SQS prefix list in each route table" },
        {
          id: "b",
          text: "One requester-managed network interface in each of the two subnets, each with a private IP from that subnet",
        },
        { id: "c", text: "A single network interface shared by both AZs" },
        { id: "d", text: "Two NAT gateways dedicated to SQS" },
      ],
      answer: "b",
      explanation:
        "An interface endpoint places one endpoint network interface in each chosen subnet (at most one subnet per AZ), with a private IP from that subnet. No route is added; clients reach the interfaces through DNS and the local route. Prefix-list routes belong to gateway endpoints.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-access-aws-services.html",
    },
    {
      id: "sg-rule",
      type: "single",
      prompt:
        "Which security group rule does an interface endpoint for an AWS service need so that instances in the VPC can use it?",
      choices: [
        { id: "a", text: "Outbound TCP 443 to 0.0.0.0/0 on the endpoint's security group" },
        {
          id: "b",
          text: "Inbound TCP 443 from the clients (for example the VPC CIDR) on the endpoint's security group",
        },
        { id: "c", text: "Inbound UDP 53 from the VPC CIDR" },
        { id: "d", text: "None: interface endpoints have no security groups" },
      ],
      answer: "b",
      explanation:
        "The endpoint's security group filters traffic arriving at its network interfaces. AWS service APIs are HTTPS, so the endpoint must allow inbound TCP 443 from its clients. DNS is answered by the VPC resolver, not by the endpoint, and gateway endpoints are the kind without security groups.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-access-aws-services.html",
    },
    {
      id: "billing",
      type: "multiple",
      prompt: "How is an interface endpoint billed? Select all that apply.",
      choices: [
        { id: "a", text: "For each hour it is provisioned, in each Availability Zone" },
        { id: "b", text: "For each GB of data processed through it" },
        { id: "c", text: "Only for hours in which traffic actually flows" },
        { id: "d", text: "Not at all, like a gateway endpoint" },
      ],
      answers: ["a", "b"],
      explanation:
        "PrivateLink bills every hour the endpoint is provisioned in each AZ, regardless of traffic, plus a per-GB data processing charge. An idle endpoint in three AZs still costs three endpoint-hours every hour. Gateway endpoints are the free kind.",
      source: "https://aws.amazon.com/privatelink/pricing/",
    },
    {
      id: "on-prem",
      type: "single",
      prompt:
        "Why can on-premises servers use an S3 interface endpoint over Direct Connect, when they cannot use an S3 gateway endpoint?",
      choices: [
        { id: "a", text: "Interface endpoints have public IP addresses" },
        {
          id: "b",
          text: "Interface endpoints are private IPs in your subnets, which are routable over VPN, Direct Connect, peering and transit gateways",
        },
        { id: "c", text: "Direct Connect has a special integration only with interface endpoints" },
        { id: "d", text: "Gateway endpoints block traffic with non-AWS source addresses" },
      ],
      answer: "b",
      explanation:
        "An interface endpoint is reached at ordinary private IPs in the VPC, and anything with a route to the VPC's private range can reach them. A gateway endpoint is only a route target for traffic originating inside its VPC, so transit traffic cannot use it.",
      source: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/privatelink-interface-endpoints.html",
    },
    {
      id: "ip-stable",
      type: "single",
      prompt:
        "An on-premises firewall rule allows traffic to the IPs of an interface endpoint's network interfaces. When could those IPs change?",
      choices: [
        { id: "a", text: "Every time AWS patches the endpoint" },
        { id: "b", text: "Only when subnets are added to or removed from the endpoint, or the endpoint is recreated" },
        { id: "c", text: "Every hour, when the endpoint is billed" },
        { id: "d", text: "Whenever the service's public IPs change" },
      ],
      answer: "b",
      explanation:
        "Each endpoint network interface keeps its private IP for the lifetime of the endpoint. Adding a subnet adds an interface (and an IP); removing one or deleting the endpoint removes it. Changes on the service side do not affect the interfaces in your VPC.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-access-aws-services.html",
    },
  ],
} satisfies QuizInput;
