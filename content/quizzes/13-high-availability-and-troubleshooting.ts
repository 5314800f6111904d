import type { QuizInput } from "@/lib/content/quiz";

export default {
  id: "13-high-availability-and-troubleshooting",
  title: "High availability and troubleshooting",
  questions: [
    {
      id: "symptom-map",
      type: "single",
      prompt:
        "dig returns the endpoint's private IPs, but aws sqs list-queues ends with 'Connect timeout on endpoint URL' after several minutes. What is the most likely cause?",
      choices: [
        { id: "a", text: "Private DNS is disabled" },
        { id: "b", text: "The endpoint's security group does not allow inbound TCP 443 from the client" },
        { id: "c", text: "The endpoint policy denies sqs:ListQueues" },
        { id: "d", text: "The instance role lacks permissions" },
      ],
      answer: "b",
      explanation:
        "DNS already works, so private DNS is fine. A timeout means packets are dropped silently, which points at security groups, network ACLs or routes; for an endpoint inside the VPC, the missing 443 inbound rule is the classic cause. Policy or IAM problems produce AccessDenied, which requires the request to arrive.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-access-aws-services.html",
    },
    {
      id: "order",
      type: "ordering",
      prompt: "Order the troubleshooting checks for an interface endpoint that 'does not work'.",
      items: [
        { id: "a", text: "Security groups and network ACLs allow TCP 443 to the endpoint interfaces" },
        { id: "b", text: "The service name resolves to the endpoint's private IPs" },
        { id: "c", text: "Endpoint policy, resource policy and IAM allow the request" },
        { id: "d", text: "Routes exist in both directions for clients outside the VPC" },
      ],
      order: ["b", "a", "d", "c"],
      explanation:
        "Start with DNS, because nothing else matters if traffic goes to public addresses. Then security groups on 443, then routes for clients arriving over VPN, peering or transit gateways. Policies come last: they only act on requests that have arrived, and they announce themselves with AccessDenied.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html",
    },
    {
      id: "az-failure",
      type: "single",
      prompt:
        "An endpoint has interfaces in us-east-1a and us-east-1b. The interface in us-east-1a becomes unavailable. What keeps well-behaved clients working?",
      choices: [
        { id: "a", text: "The us-east-1a interface's IP moves to us-east-1b" },
        {
          id: "b",
          text: "The unavailable interface's address is withdrawn from DNS answers, and clients that re-resolve and retry use us-east-1b",
        },
        { id: "c", text: "The route table switches to a backup route" },
        { id: "d", text: "Nothing; the endpoint is down until the AZ recovers" },
      ],
      answer: "b",
      explanation:
        "Availability comes from having an interface per AZ and from DNS: answers for an unhealthy AZ are withdrawn. Endpoint IPs do not move between subnets, and no routes are involved. Clients must honour TTLs and retry to benefit.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-access-aws-services.html",
    },
    {
      id: "flow-log",
      type: "single",
      prompt:
        "A flow log on an endpoint interface shows: 2 123456789012 eni-0b16f0581c8ac6877 10.0.2.15 10.0.1.25 48712 443 6 2 120 1732268820 1732268880 REJECT OK. What does it tell you?",
      choices: [
        { id: "a", text: "The endpoint policy rejected an API call" },
        {
          id: "b",
          text: "TCP traffic from 10.0.2.15 to the endpoint on port 443 was rejected by a security group or network ACL",
        },
        { id: "c", text: "DNS resolution failed for 10.0.2.15" },
        { id: "d", text: "The flow log itself failed to record traffic" },
      ],
      answer: "b",
      explanation:
        "Flow logs record network-level decisions: protocol 6 (TCP) from 10.0.2.15 to 10.0.1.25 port 443 was rejected. That is a security group or network ACL verdict. Endpoint policies act at the API level and never appear in flow logs, and 'OK' is the log status, meaning the record was captured normally.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-access-aws-services.html",
    },
    {
      id: "subnets-per-az",
      type: "multiple",
      prompt:
        "Clients run in us-east-1a, 1b and 1c. Which statements about placing an interface endpoint are true? Select all that apply.",
      choices: [
        { id: "a", text: "You can choose at most one subnet per AZ for the endpoint" },
        { id: "b", text: "Clients in an AZ without an endpoint interface can still use it, by crossing AZs" },
        { id: "c", text: "Each AZ you add is billed as additional endpoint-hours" },
        { id: "d", text: "One subnet is enough because the endpoint automatically spans all AZs" },
      ],
      answers: ["a", "b", "c"],
      explanation:
        "An endpoint gets one interface per chosen subnet, one subnet per AZ, and each AZ is billed per hour. Clients in other AZs can still reach an interface across AZs, at the cost of that dependency and possible cross-AZ charges. The endpoint never spreads itself to AZs you did not choose.",
      source: "https://aws.amazon.com/privatelink/pricing/",
    },
  ],
} satisfies QuizInput;
