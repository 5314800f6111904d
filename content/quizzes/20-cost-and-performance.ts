import type { QuizInput } from "@/lib/content/quiz";

export default {
  id: "20-cost-and-performance",
  title: "Cost and performance",
  questions: [
    {
      id: "endpoint-hours",
      type: "single",
      prompt:
        "How many endpoint-hours does one interface endpoint deployed in three AZs accrue in a 730-hour month with no traffic at all?",
      choices: [
        { id: "a", text: "0, because no data was processed" },
        { id: "b", text: "730" },
        { id: "c", text: "2,190" },
        { id: "d", text: "It depends on the number of clients" },
      ],
      answer: "c",
      explanation:
        "Interface endpoints are billed for each hour they are provisioned in each AZ, regardless of traffic: 3 × 730 = 2,190 endpoint-hours. Data processing is charged on top, per GB. Idle endpoints are pure fixed cost.",
      source: "https://aws.amazon.com/privatelink/pricing/",
    },
    {
      id: "first-step",
      type: "single",
      prompt:
        "A VPC's biggest NAT gateway charge is data processing for traffic to S3 in the same Region. What is the first change to make?",
      choices: [
        { id: "a", text: "Add an S3 interface endpoint in each AZ" },
        { id: "b", text: "Add an S3 gateway endpoint to the private route tables" },
        { id: "c", text: "Add more NAT gateways" },
        { id: "d", text: "Move the buckets to another Region" },
      ],
      answer: "b",
      explanation:
        "A gateway endpoint is free, needs no code or DNS change, and takes S3 traffic off the NAT gateway by longest-prefix match. An interface endpoint would also work but adds hourly and per-GB charges that the VPC's own traffic does not need.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html",
    },
    {
      id: "prune",
      type: "multiple",
      prompt: "Which statements about unused interface endpoints are true? Select all that apply.",
      choices: [
        { id: "a", text: "They keep accruing hourly charges while provisioned" },
        {
          id: "b",
          text: "An endpoint whose connection the provider rejected can still accrue charges until it is deleted",
        },
        { id: "c", text: "Deleting an interface endpoint removes its network interfaces" },
        { id: "d", text: "AWS deletes endpoints automatically after 30 days without traffic" },
      ],
      answers: ["a", "b", "c"],
      explanation:
        "Hourly billing runs while the endpoint is provisioned, whatever its association state, so rejected or idle endpoints should be deleted. Deleting an interface endpoint removes its network interfaces. AWS does not clean up idle endpoints for you.",
      source: "https://aws.amazon.com/privatelink/pricing/",
    },
    {
      id: "centralise",
      type: "single",
      prompt:
        "Forty VPCs each have the same eight interface endpoints. What is the main trade-off of centralising them in one shared-services VPC?",
      choices: [
        {
          id: "a",
          text: "Fewer endpoint-hours, in exchange for transit gateway processing charges and DNS configuration so spokes resolve to the central endpoints",
        },
        { id: "b", text: "No trade-off; it is always cheaper and simpler" },
        { id: "c", text: "Spokes can no longer use gateway endpoints" },
        { id: "d", text: "Centralised endpoints cannot use private DNS at all" },
      ],
      answer: "a",
      explanation:
        "Centralising cuts the number of endpoints billed per hour, but spoke traffic now crosses a transit gateway (with its own per-GB charge), and the managed private DNS zone only works in the endpoint's VPC, so spokes need their own private zones or forwarding. Gateway endpoints remain free in each spoke.",
      source:
        "https://docs.aws.amazon.com/whitepapers/latest/building-scalable-secure-multi-vpc-network-infrastructure/centralized-access-to-vpc-private-endpoints.html",
    },
    {
      id: "az",
      type: "single",
      prompt:
        "To save money, an SQS endpoint is placed in only one of the three AZs where clients run. What have you traded away?",
      choices: [
        { id: "a", text: "Nothing; endpoints fail over to other AZs automatically" },
        {
          id: "b",
          text: "Availability (all clients depend on one AZ) and possibly cross-AZ data charges for clients in the other AZs",
        },
        { id: "c", text: "Encryption for clients in other AZs" },
        { id: "d", text: "Private DNS, which only works with three AZs" },
      ],
      answer: "b",
      explanation:
        "An endpoint only has interfaces in the AZs you choose. Clients elsewhere still reach it across AZs, but they all depend on that one AZ and their traffic may incur cross-AZ charges. Placing it in every client AZ costs more endpoint-hours and buys resilience.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-access-aws-services.html",
    },
  ],
} satisfies QuizInput;
