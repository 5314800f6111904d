import type { QuizInput } from "@/lib/content/quiz";

export default {
  id: "07-vpc-basics",
  title: "VPC basics that matter here",
  questions: [
    {
      id: "usable-addresses",
      type: "single",
      prompt: "How many addresses can you assign to instances in a subnet with CIDR block 10.0.2.0/24?",
      choices: [
        { id: "a", text: "256" },
        { id: "b", text: "254" },
        { id: "c", text: "251" },
        { id: "d", text: "250" },
      ],
      answer: "c",
      explanation:
        "A /24 holds 256 addresses. AWS reserves five in every subnet: the network address, the VPC router (.1), DNS (.2), one for future use (.3) and the broadcast address (.255). 254 is the answer on a traditional network that reserves only the network and broadcast addresses.",
      source: "https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html",
    },
    {
      id: "public-definition",
      type: "single",
      prompt: "What makes a subnet public?",
      choices: [
        { id: "a", text: "Its Name tag contains the word public" },
        { id: "b", text: "Its route table has a route to an internet gateway" },
        { id: "c", text: "It has a NAT gateway in it" },
        { id: "d", text: "Its network ACL allows all inbound traffic" },
      ],
      answer: "b",
      explanation:
        "Public and private are defined by routing: a subnet whose route table sends traffic to an internet gateway is public. Instances there still need a public IP to be reachable. A NAT gateway lives in a public subnet but is not what makes it public, and names and ACLs change nothing about the route.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html",
    },
    {
      id: "local-route",
      type: "single",
      prompt:
        "private-rt contains 10.0.0.0/16 to local and 0.0.0.0/0 to a NAT gateway. app-server (10.0.2.15) sends a packet to bastion (10.0.1.10). Which route is used?",
      choices: [
        { id: "a", text: "0.0.0.0/0, so the packet goes through the NAT gateway" },
        { id: "b", text: "The local route, because 10.0.0.0/16 is the more specific match" },
        { id: "c", text: "Neither; instances in different subnets cannot talk without peering" },
        { id: "d", text: "Both, one after the other" },
      ],
      answer: "b",
      explanation:
        "Both routes match 10.0.1.10, and the VPC uses the longest prefix: /16 beats /0. The local route covers the whole VPC range, which is why subnets in one VPC can reach each other with no extra routes.",
      source: "https://docs.aws.amazon.com/vpc/latest/userguide/route-tables-priority.html",
    },
    {
      id: "nat-facts",
      type: "multiple",
      prompt: "Which statements about a NAT gateway are true? Select all that apply.",
      choices: [
        { id: "a", text: "It is created in a public subnet and uses an Elastic IP" },
        { id: "b", text: "It lets the internet start connections to private instances" },
        { id: "c", text: "It is billed per hour and per GB of data processed" },
        { id: "d", text: "It lives in a single Availability Zone" },
      ],
      answers: ["a", "c", "d"],
      explanation:
        "A NAT gateway sits in a public subnet with an Elastic IP, translates outbound connections from private subnets, and is zonal, so resilient designs use one per AZ. It charges by the hour and by the GB processed. It does not accept unsolicited inbound connections; that is its point.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html",
    },
  ],
} satisfies QuizInput;
