import type { QuizInput } from "@/lib/content/quiz";

export default {
  id: "19-vpn-vs-endpoints",
  title: "VPN vs gateway endpoint vs interface endpoint",
  questions: [
    {
      id: "s3-bulk",
      type: "single",
      prompt:
        "Batch jobs in private subnets read about 20 TB a month from S3 buckets in the same Region, currently through a NAT gateway. What is the cheapest private option?",
      choices: [
        { id: "a", text: "An S3 interface endpoint in every AZ" },
        { id: "b", text: "An S3 gateway endpoint associated with the private route tables" },
        { id: "c", text: "A Site-to-Site VPN to S3" },
        { id: "d", text: "A second NAT gateway" },
      ],
      answer: "b",
      explanation:
        "A gateway endpoint has no hourly or per-GB charge and needs no code change, and it removes the NAT processing charges. An interface endpoint would work but adds per-AZ-hour and per-GB charges. A VPN joins networks; it is not a path to S3.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html",
    },
    {
      id: "on-prem-s3",
      type: "multiple",
      prompt:
        "On-premises servers must write to S3 privately, and instances inside the VPC must too. Which combination fits best? Select all that apply.",
      choices: [
        { id: "a", text: "A Site-to-Site VPN (or Direct Connect) between on premises and the VPC" },
        { id: "b", text: "An S3 interface endpoint for the on-premises traffic" },
        { id: "c", text: "An S3 gateway endpoint for the VPC's own instances" },
        { id: "d", text: "An S3 gateway endpoint associated with the VPN's virtual private gateway" },
      ],
      answers: ["a", "b", "c"],
      explanation:
        "On-premises traffic reaches the VPC over the VPN and uses the interface endpoint's private IPs, because gateway endpoints cannot serve traffic entering from outside the VPC. VPC instances can keep using the free gateway endpoint; both endpoint types can coexist in one VPC. Gateway endpoints associate with route tables, not with VPN gateways.",
      source: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/privatelink-interface-endpoints.html",
    },
    {
      id: "sqs",
      type: "single",
      prompt: "Private instances must call SQS without any NAT gateway. What do you create?",
      choices: [
        { id: "a", text: "An SQS gateway endpoint" },
        { id: "b", text: "An SQS interface endpoint with private DNS, in each AZ where the callers run" },
        { id: "c", text: "A Client VPN endpoint" },
        { id: "d", text: "Nothing; SQS is reachable through the local route" },
      ],
      answer: "b",
      explanation:
        "Gateway endpoints exist only for S3 and DynamoDB. SQS is reached privately through an interface endpoint; private DNS lets the unchanged SDK use it, and one interface per AZ keeps it available.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-access-aws-services.html",
    },
    {
      id: "what-vpn-is",
      type: "single",
      prompt: "Which statement best distinguishes a Site-to-Site VPN from an interface endpoint?",
      choices: [
        {
          id: "a",
          text: "A VPN joins two networks for any traffic in both directions; an interface endpoint exposes one service at private IPs, consumer to service only",
        },
        { id: "b", text: "A VPN is free; an interface endpoint is not" },
        { id: "c", text: "An interface endpoint encrypts traffic with IPsec; a VPN does not" },
        { id: "d", text: "They are the same technology with different names" },
      ],
      answer: "a",
      explanation:
        "A VPN is a tunnel that joins address spaces, so anything routed into it can reach the other side. An interface endpoint joins no networks: it is a network interface for one service, and connections go only from the consumer to the service. Both have hourly charges.",
      source: "https://docs.aws.amazon.com/vpn/latest/s2svpn/VPC_VPN.html",
    },
  ],
} satisfies QuizInput;
