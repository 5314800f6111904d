import type { QuizInput } from "@/lib/content/quiz";

export default {
  id: "12-private-dns",
  title: "Private DNS",
  questions: [
    {
      id: "what-changes",
      type: "single",
      prompt:
        "Private DNS is enabled on an SQS interface endpoint. From an instance in the same VPC, what does sqs.us-east-1.amazonaws.com resolve to?",
      choices: [
        { id: "a", text: "SQS's public IP addresses, as before" },
        { id: "b", text: "The private IPs of the endpoint's network interfaces" },
        { id: "c", text: "The VPC resolver address 10.0.0.2" },
        { id: "d", text: "A CNAME to the zonal endpoint name in the instance's AZ only" },
      ],
      answer: "b",
      explanation:
        "Private DNS associates an AWS-managed private hosted zone with the VPC, in which the service's public name has A records for the endpoint interfaces' private IPs. The resolver answers from that zone for queries from the VPC, so unchanged clients reach the endpoint.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-access-aws-services.html",
    },
    {
      id: "attributes",
      type: "multiple",
      prompt:
        "Which VPC attributes must be true before you can enable private DNS on an interface endpoint? Select all that apply.",
      choices: [
        { id: "a", text: "enableDnsSupport" },
        { id: "b", text: "enableDnsHostnames" },
        { id: "c", text: "enableNetworkAddressUsageMetrics" },
        { id: "d", text: "mapPublicIpOnLaunch" },
      ],
      answers: ["a", "b"],
      explanation:
        "Private DNS requires both enableDnsSupport and enableDnsHostnames; otherwise EC2 rejects the request with InvalidParameter. A VPC created with the API or CLI (or the console's 'VPC only' option) has DNS hostnames off, while the default VPC and the 'VPC and more' wizard turn it on, which is why this error is common. The other two settings are unrelated to DNS resolution.",
      source: "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-dns.html",
    },
    {
      id: "on-prem",
      type: "single",
      prompt:
        "Over a working VPN, an on-premises server calls sqs.us-east-1.amazonaws.com using its corporate DNS server. Private DNS is on for the VPC's endpoint. Where does the call go?",
      choices: [
        { id: "a", text: "To the endpoint, because private DNS applies to anything connected to the VPC" },
        {
          id: "b",
          text: "To SQS's public endpoint, because the managed private zone only answers queries from inside the VPC",
        },
        { id: "c", text: "Nowhere: the name no longer resolves anywhere" },
        { id: "d", text: "To the VPC resolver at 10.0.0.2 automatically" },
      ],
      answer: "b",
      explanation:
        "The hidden private hosted zone is associated only with the endpoint's VPC. The corporate DNS server resolves the name publicly. To use the endpoint from on premises, forward the service name into the VPC resolver (for example via a Route 53 Resolver inbound endpoint) or use the endpoint's vpce- names.",
      source:
        "https://docs.aws.amazon.com/whitepapers/latest/building-scalable-secure-multi-vpc-network-infrastructure/centralized-access-to-vpc-private-endpoints.html",
    },
    {
      id: "zonal",
      type: "single",
      prompt: "When is the zonal DNS name of an interface endpoint (the one containing -us-east-1a) the better choice?",
      choices: [
        { id: "a", text: "Always, because it is faster to resolve" },
        {
          id: "b",
          text: "When you deliberately want a client to use the endpoint interface in its own AZ and accept losing it if that AZ fails",
        },
        { id: "c", text: "When private DNS is enabled" },
        { id: "d", text: "When calling the endpoint from the internet" },
      ],
      answer: "b",
      explanation:
        "A zonal name resolves to one AZ's interface only, which keeps traffic in that AZ (useful for latency or cross-AZ charges) but gives up failover. The regional name, or private DNS, returns all AZs' interfaces and is the safer default.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-access-aws-services.html",
    },
    {
      id: "dns-off",
      type: "single",
      prompt:
        "Private DNS is off for an SQS endpoint and the VPC has no NAT gateway. Which CLI call from a private instance works?",
      choices: [
        { id: "a", text: "aws sqs list-queues" },
        {
          id: "b",
          text: "aws sqs list-queues --endpoint-url https://vpce-0f89a33420c1931d7-bluzidnv.sqs.us-east-1.vpce.amazonaws.com",
        },
        { id: "c", text: "aws sqs list-queues --region vpce" },
        { id: "d", text: "aws sqs list-queues --no-verify-ssl" },
      ],
      answer: "b",
      explanation:
        "Without private DNS the default hostname resolves to public SQS addresses, which have no route here. Naming the endpoint's own DNS name with --endpoint-url sends the request to its private IPs. Changing the region name or disabling certificate checks does not change where the traffic goes.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-access-aws-services.html",
    },
  ],
} satisfies QuizInput;
