import type { QuizInput } from "@/lib/content/quiz";

export default {
  id: "08-the-problem-endpoints-solve",
  title: "The problem endpoints solve",
  questions: [
    {
      id: "order-hops",
      type: "ordering",
      prompt: "Order the hops of a request from app-server in a private subnet to S3 through a NAT gateway.",
      items: [
        { id: "a", text: "Internet gateway" },
        { id: "b", text: "private-rt (default route to the NAT gateway)" },
        { id: "c", text: "S3 public endpoint" },
        { id: "d", text: "NAT gateway in the public subnet" },
        { id: "e", text: "public-rt (default route to the internet gateway)" },
      ],
      order: ["b", "d", "e", "a", "c"],
      explanation:
        "The private route table's default route sends the packet to the NAT gateway, which translates the source address. The public subnet's route table then sends it to the internet gateway, which delivers it to S3's public endpoint.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-access-aws-services.html",
    },
    {
      id: "myth-backbone",
      type: "single",
      prompt:
        "Traffic from a private subnet reaches S3 through a NAT gateway and an internet gateway. What does AWS say about this traffic?",
      choices: [
        { id: "a", text: "It crosses the public internet and should be encrypted with a VPN" },
        { id: "b", text: "It traverses the internet gateway but does not leave the AWS network" },
        { id: "c", text: "It is dropped unless the bucket is public" },
        { id: "d", text: "It is free because both ends are in AWS" },
      ],
      answer: "b",
      explanation:
        "AWS documents that traffic to S3 or DynamoDB through an internet gateway stays on the AWS network. The problems with the NAT path are the open internet route, the per-GB NAT charge, the extra hop and the zonal dependency, not exposure on the backbone. And it is not free: NAT processing is charged per GB.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html",
    },
    {
      id: "costs",
      type: "multiple",
      prompt:
        "Which are real drawbacks of reaching S3 from private subnets through a NAT gateway? Select all that apply.",
      choices: [
        { id: "a", text: "Every GB of S3 traffic adds NAT data-processing charges" },
        { id: "b", text: "The subnet needs a route that also reaches any host on the internet" },
        { id: "c", text: "The NAT gateway is a zonal dependency and an extra hop" },
        { id: "d", text: "S3 rejects requests that come from NAT gateway addresses" },
      ],
      answers: ["a", "b", "c"],
      explanation:
        "NAT charges per GB processed, the default route opens a path to the whole internet (useful for exfiltration), and the NAT gateway sits in one AZ on every request's path. S3 happily accepts requests from NAT addresses; that is why the path works.",
      source: "https://docs.aws.amazon.com/prescriptive-guidance/latest/aws-startup-security-baseline/wkld-12.html",
    },
    {
      id: "which-endpoint",
      type: "single",
      prompt: "Which statement correctly distinguishes the two kinds of VPC endpoint for AWS services?",
      choices: [
        { id: "a", text: "Gateway endpoints are network interfaces; interface endpoints are route-table entries" },
        {
          id: "b",
          text: "Gateway endpoints are route-table targets for S3 and DynamoDB and are free; interface endpoints are network interfaces with private IPs and are charged per hour and per GB",
        },
        { id: "c", text: "Both are free, but interface endpoints only work for S3" },
        { id: "d", text: "Gateway endpoints need a NAT gateway; interface endpoints do not" },
      ],
      answer: "b",
      explanation:
        "Gateway endpoints exist only as route targets for the S3 and DynamoDB prefix lists, at no charge. Interface endpoints place network interfaces in your subnets, are reached through DNS, support most AWS services, and are billed per hour in each AZ plus per GB processed. Neither needs a NAT gateway.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-access-aws-services.html",
    },
  ],
} satisfies QuizInput;
