import type { QuizInput } from "@/lib/content/quiz";

export default {
  id: "14-gateway-load-balancer-endpoints",
  title: "Gateway Load Balancer endpoints",
  questions: [
    {
      id: "geneve",
      type: "single",
      prompt: "How does a Gateway Load Balancer deliver traffic to the appliances in its target group?",
      choices: [
        { id: "a", text: "It terminates TCP and opens a new connection to each appliance" },
        {
          id: "b",
          text: "It wraps the original packets in GENEVE on UDP 6081, so appliances see the real source and destination",
        },
        { id: "c", text: "It translates the destination address to the appliance's IP (DNAT)" },
        { id: "d", text: "It sends packets over an IPsec tunnel" },
      ],
      answer: "b",
      explanation:
        "A GWLB is a layer 3 load balancer that exchanges traffic with its appliances using GENEVE on port 6081. The original packet travels inside unchanged, which is what lets a firewall apply policy on the real addresses. No connection is terminated and no address is translated.",
      source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/introduction.html",
    },
    {
      id: "app-route",
      type: "single",
      prompt: "For outbound inspection, where should the application subnet's 0.0.0.0/0 route point?",
      choices: [
        { id: "a", text: "The internet gateway" },
        { id: "b", text: "The Gateway Load Balancer endpoint in the same AZ" },
        { id: "c", text: "The Gateway Load Balancer itself in the security VPC" },
        { id: "d", text: "A NAT gateway in the security VPC" },
      ],
      answer: "b",
      explanation:
        "The GWLB endpoint is the next hop in the application VPC's route tables. Traffic reaches the Gateway Load Balancer through the endpoint via PrivateLink; you never route to the GWLB directly from another VPC. Pointing at the internet gateway would skip inspection.",
      source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/getting-started.html",
    },
    {
      id: "symmetry",
      type: "single",
      prompt:
        "Inbound traffic is inspected through the GWLB endpoint in us-east-1a, but the application subnet in us-east-1a sends replies through the endpoint in us-east-1b. What is the likely result?",
      choices: [
        { id: "a", text: "Everything works; GWLB endpoints share state across AZs" },
        { id: "b", text: "Stateful appliances see only one direction of each flow and drop connections" },
        { id: "c", text: "Traffic is inspected twice, which is harmless" },
        { id: "d", text: "The route is rejected when you create it" },
      ],
      answer: "b",
      explanation:
        "Flow stickiness keeps a flow on one appliance only if both directions go through the same path. Asymmetric routing splits the conversation, so a stateful firewall never sees the reply it expects and drops it. Route each AZ to its own endpoint for both directions.",
      source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/introduction.html",
    },
    {
      id: "parts",
      type: "multiple",
      prompt: "Which components does a centralised inspection design with GWLB endpoints use? Select all that apply.",
      choices: [
        { id: "a", text: "A Gateway Load Balancer with the appliances registered as targets" },
        { id: "b", text: "An endpoint service that uses the Gateway Load Balancer" },
        { id: "c", text: "GWLB endpoints in the application VPC, used as route targets" },
        { id: "d", text: "A Network Load Balancer in front of each application instance" },
      ],
      answers: ["a", "b", "c"],
      explanation:
        "Appliances sit behind a Gateway Load Balancer, which is published as an endpoint service; application VPCs create GWLB endpoints and route traffic to them. No NLB is needed in front of the application for this pattern.",
      source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/getting-started.html",
    },
  ],
} satisfies QuizInput;
