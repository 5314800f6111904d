import type { QuizInput } from "@/lib/content/quiz";

export default {
  id: "21-break-and-fix",
  title: "Break-and-fix",
  questions: [
    {
      id: "no-pl-route",
      type: "single",
      prompt:
        "aws s3 ls times out from a private instance. describe-vpc-endpoints shows an available S3 gateway endpoint, but the subnet's route table has only the local route. What is the one change?",
      choices: [
        { id: "a", text: "Enable private DNS on the gateway endpoint" },
        {
          id: "b",
          text: "Associate the subnet's route table with the endpoint (modify-vpc-endpoint --add-route-table-ids)",
        },
        { id: "c", text: "Add an inbound 443 rule to the endpoint's security group" },
        { id: "d", text: "Reset the endpoint policy" },
      ],
      answer: "b",
      explanation:
        "A gateway endpoint only affects route tables associated with it; associating the table adds the pl- route. Gateway endpoints have neither private DNS nor security groups, and a policy problem would produce AccessDenied, not a timeout.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-s3.html",
    },
    {
      id: "public-ips",
      type: "single",
      prompt:
        "An SQS interface endpoint is available, but dig sqs.us-east-1.amazonaws.com on a client returns public addresses. Which fault is this?",
      choices: [
        { id: "a", text: "Security group without 443" },
        { id: "b", text: "Private DNS is off (or the VPC DNS attributes prevent it)" },
        { id: "c", text: "Connection not accepted" },
        { id: "d", text: "Missing route-table association" },
      ],
      answer: "b",
      explanation:
        "With private DNS on, the service name resolves to the endpoint's private IPs inside the VPC. Public answers mean private DNS is off, or the VPC's enableDnsSupport/enableDnsHostnames attributes are off, or the client uses a resolver that bypasses the VPC's.",
      source: "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-dns.html",
    },
    {
      id: "accessdenied",
      type: "single",
      prompt:
        "A call fails with AccessDenied '... with an explicit deny in a VPC endpoint policy'. A teammate proposes adding a NAT gateway. Why is that the wrong fix?",
      choices: [
        { id: "a", text: "NAT gateways cannot reach S3" },
        {
          id: "b",
          text: "The network path already works; the fault is the endpoint policy, and a NAT route would bypass the control instead of fixing it",
        },
        { id: "c", text: "NAT gateways make AccessDenied errors worse" },
        { id: "d", text: "It is the right fix" },
      ],
      answer: "b",
      explanation:
        "AccessDenied proves the request reached the service. The message names the endpoint policy, so fix or reset that policy. A NAT route would send traffic around the endpoint and its policy, which defeats the purpose of having one.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html",
    },
    {
      id: "pending",
      type: "single",
      prompt: "A consumer's endpoint to a partner service has sat in pendingAcceptance for an hour. Who must act?",
      choices: [
        { id: "a", text: "The consumer, by enabling private DNS" },
        { id: "b", text: "The provider, by accepting the connection request" },
        { id: "c", text: "AWS Support" },
        { id: "d", text: "Nobody; it becomes available automatically" },
      ],
      answer: "b",
      explanation:
        "pendingAcceptance means the endpoint service requires acceptance and the provider has not yet accepted. The provider runs accept-vpc-endpoint-connections; an empty Unsuccessful list confirms it. If nobody acts, the request eventually expires.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/accept-reject-endpoint-requests.html",
    },
    {
      id: "method",
      type: "ordering",
      prompt: "Order the break-and-fix method.",
      items: [
        { id: "a", text: "Change the one setting at the failing hop" },
        { id: "b", text: "Reproduce the failure and keep the exact output" },
        { id: "c", text: "Re-run the original command to verify" },
        { id: "d", text: "Classify the symptom and trace to the first failing hop" },
      ],
      order: ["b", "d", "a", "c"],
      explanation:
        "Reproduce first so you know what 'fixed' looks like, let the symptom and the trace point to one hop, change only that, and prove the fix with the same command. Changing several things at once hides which one mattered.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-access-aws-services.html",
    },
  ],
} satisfies QuizInput;
