import type { QuizInput } from "@/lib/content/quiz";

export default {
  id: "17-endpoint-services",
  title: "Endpoint services",
  questions: [
    {
      id: "load-balancer",
      type: "single",
      prompt: "Which load balancer types can back a PrivateLink endpoint service directly?",
      choices: [
        { id: "a", text: "Application Load Balancer or Network Load Balancer" },
        { id: "b", text: "Network Load Balancer or Gateway Load Balancer" },
        { id: "c", text: "Only Classic Load Balancer" },
        { id: "d", text: "Any load balancer, or none" },
      ],
      answer: "b",
      explanation:
        "Endpoint services require a Network Load Balancer or a Gateway Load Balancer. That rule, not the protocol, is why an ALB cannot back the service directly: when HTTP features are needed, the ALB is registered as a target behind an NLB. (The NLB may listen on TCP or UDP.)",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/create-endpoint-service.html",
    },
    {
      id: "allow-vs-accept",
      type: "single",
      prompt:
        "The provider has allowed the consumer's account, and acceptance is required. The consumer creates an endpoint. What state is it in?",
      choices: [
        { id: "a", text: "available" },
        { id: "b", text: "pendingAcceptance" },
        { id: "c", text: "rejected" },
        { id: "d", text: "pending" },
      ],
      answer: "b",
      explanation:
        "Allowing a principal only lets it request a connection. With acceptance required, the new endpoint waits in pendingAcceptance until the provider accepts it; then it moves to pending and then available.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/accept-reject-endpoint-requests.html",
    },
    {
      id: "lifecycle",
      type: "ordering",
      prompt: "Order the states of a consumer endpoint to a service that requires acceptance, from creation to use.",
      items: [
        { id: "a", text: "available" },
        { id: "b", text: "pendingAcceptance" },
        { id: "c", text: "pending" },
      ],
      order: ["b", "c", "a"],
      explanation:
        "The endpoint waits in pendingAcceptance for the provider, moves to pending once accepted while it is provisioned, and becomes available when traffic can flow. Rejection would send it to rejected instead; inaction ends in expired.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/accept-reject-endpoint-requests.html",
    },
    {
      id: "unsuccessful",
      type: "single",
      prompt:
        "A script runs accept-vpc-endpoint-connections with one valid and one mistyped endpoint id. The command exits with code 0. What should the script check?",
      choices: [
        { id: "a", text: "Nothing; exit code 0 means both were accepted" },
        { id: "b", text: "The Unsuccessful list in the output, where the mistyped id appears with an error" },
        { id: "c", text: "stderr, where the CLI prints a ParamValidation error" },
        { id: "d", text: "The consumer's account, because the provider cannot see results" },
      ],
      answer: "b",
      explanation:
        "Per-item failures do not raise an error: they are returned in Unsuccessful with a code and message, and the CLI still exits 0. An empty Unsuccessful list is the success signal.",
      source: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AcceptVpcEndpointConnections.html",
    },
    {
      id: "provider-facts",
      type: "multiple",
      prompt: "Which statements about running an endpoint service are true? Select all that apply.",
      choices: [
        { id: "a", text: "The application sees the NLB's private IPs as the source unless proxy protocol is enabled" },
        { id: "b", text: "Consumers can only use Availability Zones the provider's load balancer also covers" },
        { id: "c", text: "The provider can delete a consumer's endpoint" },
        { id: "d", text: "Allowing all principals and auto-accepting makes the service reachable by any AWS account" },
      ],
      answers: ["a", "b", "d"],
      explanation:
        "Traffic arrives from the NLB's addresses (proxy protocol adds the consumer's address and endpoint id). AZ coverage must overlap, compared by AZ id across accounts. Open permissions plus auto-accept effectively publish the service. Only the consumer can delete its endpoint; the provider can reject it.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/create-endpoint-service.html",
    },
  ],
} satisfies QuizInput;
