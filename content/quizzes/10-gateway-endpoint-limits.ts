import type { QuizInput } from "@/lib/content/quiz";

export default {
  id: "10-gateway-endpoint-limits",
  title: "What gateway endpoints can't do",
  questions: [
    {
      id: "cross-region",
      type: "single",
      prompt:
        "A VPC in us-east-1 has an S3 gateway endpoint and no NAT gateway. Listing a bucket in eu-west-1 from a private instance times out. Why?",
      choices: [
        { id: "a", text: "The endpoint policy denies cross-Region buckets by default" },
        {
          id: "b",
          text: "The endpoint's route covers only the us-east-1 S3 prefix list, so eu-west-1 S3 addresses have no route",
        },
        { id: "c", text: "S3 blocks requests that arrive through an endpoint from another Region" },
        { id: "d", text: "The instance role cannot read buckets outside its Region" },
      ],
      answer: "b",
      explanation:
        "A gateway endpoint only serves its own Region: its route points at that Region's prefix list. After S3 redirects the CLI to eu-west-1, the new addresses match no route and the packets are dropped, hence a timeout rather than AccessDenied. The default endpoint policy allows everything.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-s3.html",
    },
    {
      id: "nat-hides",
      type: "single",
      prompt:
        "The same VPC also has 0.0.0.0/0 to a NAT gateway in the private route table. What happens to the eu-west-1 bucket request now?",
      choices: [
        { id: "a", text: "It still times out" },
        { id: "b", text: "It succeeds through the NAT gateway, bypassing the endpoint and its policy" },
        { id: "c", text: "It succeeds through the endpoint, which forwards it to eu-west-1" },
        { id: "d", text: "It fails with RouteAlreadyExists" },
      ],
      answer: "b",
      explanation:
        "eu-west-1 S3 addresses are not in the us-east-1 prefix list, so the default route to the NAT gateway matches instead. The request works, silently skipping the endpoint policy and adding NAT charges. This is why cross-Region access deserves a deliberate check.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html",
    },
    {
      id: "who-cannot",
      type: "multiple",
      prompt: "Which clients cannot reach S3 through a VPC's gateway endpoint? Select all that apply.",
      choices: [
        { id: "a", text: "A server on premises connected over Site-to-Site VPN" },
        { id: "b", text: "An instance in a peered VPC" },
        { id: "c", text: "An instance in a VPC attached through a transit gateway" },
        {
          id: "d",
          text: "An instance in a private subnet of the same VPC whose route table is associated with the endpoint",
        },
      ],
      answers: ["a", "b", "c"],
      explanation:
        "Gateway endpoints only serve traffic that originates in the VPC, from subnets whose route tables are associated with the endpoint. On-premises, peered and transit-gateway traffic need an interface endpoint, whose private IPs are reachable over those connections.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-s3.html",
    },
    {
      id: "controls",
      type: "single",
      prompt:
        "You want to restrict what can be reached through an S3 gateway endpoint. Which control is NOT available on the endpoint?",
      choices: [
        { id: "a", text: "An endpoint policy" },
        { id: "b", text: "A security group attached to the endpoint" },
        { id: "c", text: "A bucket policy condition on aws:SourceVpce" },
        { id: "d", text: "An instance security group outbound rule that references the S3 prefix list" },
      ],
      answer: "b",
      explanation:
        "A gateway endpoint has no network interface, so there is nothing to attach a security group to. Endpoint policies, bucket policies with aws:SourceVpce, and instance security group rules referencing the prefix list all work.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html",
    },
    {
      id: "on-prem-fix",
      type: "single",
      prompt: "On-premises servers must reach S3 privately over the existing VPN. What should you add?",
      choices: [
        { id: "a", text: "A second S3 gateway endpoint on the VPN route table" },
        { id: "b", text: "An S3 interface endpoint, whose private IPs are reachable over the VPN" },
        { id: "c", text: "A static route on premises for pl-63a5400a into the tunnel" },
        { id: "d", text: "Nothing; gateway endpoints already accept VPN traffic" },
      ],
      answer: "b",
      explanation:
        "Interface endpoints place network interfaces with private IPs in your subnets, and those are reachable from on premises over VPN or Direct Connect. Gateway endpoints cannot carry transit traffic no matter how routes are arranged, and prefix-list ids mean nothing to an on-premises router.",
      source: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/privatelink-interface-endpoints.html",
    },
  ],
} satisfies QuizInput;
