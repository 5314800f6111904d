import type { QuizInput } from "@/lib/content/quiz";

export default {
  id: "16-locking-data-in",
  title: "Locking data in",
  questions: [
    {
      id: "sourcevpce-value",
      type: "single",
      prompt: "What value does the aws:SourceVpce condition key compare against in a bucket policy?",
      choices: [
        { id: "a", text: "The endpoint's ARN" },
        { id: "b", text: "The endpoint's id, such as vpce-0a1b2c3d4e5f67890" },
        { id: "c", text: "The private IP of the endpoint interface" },
        { id: "d", text: "The VPC's CIDR block" },
      ],
      answer: "b",
      explanation:
        "aws:SourceVpce holds the id of the VPC endpoint the request came through, not an ARN. aws:SourceVpc holds the VPC id. Neither is an IP address or CIDR.",
      source: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies-vpc-endpoint.html",
    },
    {
      id: "lockout",
      type: "single",
      prompt:
        "A bucket policy denies s3:* unless aws:SourceVpce equals your endpoint id. An administrator opens the bucket in the S3 console from their laptop. What happens?",
      choices: [
        { id: "a", text: "It works, because administrators bypass bucket policies" },
        {
          id: "b",
          text: "It is denied, because console requests do not come through the endpoint and the explicit deny applies",
        },
        { id: "c", text: "It works, because the console is an AWS service" },
        { id: "d", text: "It times out" },
      ],
      answer: "b",
      explanation:
        "The endpoint condition keys exist only on requests that arrive through a VPC endpoint, so every other request, console included, matches StringNotEquals and is explicitly denied. That is why such policies need a carefully scoped exception before you apply them.",
      source: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies-vpc-endpoint.html",
    },
    {
      id: "sourceip",
      type: "single",
      prompt:
        "A bucket policy denies requests unless aws:SourceIp is in 10.0.0.0/16. Instances in that VPC reach S3 through a gateway endpoint. What happens to their requests?",
      choices: [
        { id: "a", text: "Allowed, because their private IPs are in 10.0.0.0/16" },
        { id: "b", text: "Denied, because aws:SourceIp does not match traffic that arrives through a VPC endpoint" },
        { id: "c", text: "Allowed only for GetObject" },
        { id: "d", text: "The policy is rejected when you save it" },
      ],
      answer: "b",
      explanation:
        "aws:SourceIp never matches requests through a VPC endpoint, so the deny condition is always true for them and the instances are locked out. Use aws:SourceVpce or aws:SourceVpc to recognise endpoint traffic.",
      source: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies-vpc-endpoint.html",
    },
    {
      id: "exfil",
      type: "single",
      prompt:
        "Malware on a private instance uses the attacker's own credentials to upload your data to the attacker's bucket in their account, through your S3 endpoint. Which control stops it?",
      choices: [
        { id: "a", text: "A bucket policy on your bucket with aws:SourceVpce" },
        {
          id: "b",
          text: "An endpoint policy that only allows buckets whose s3:ResourceAccount is one of your account ids",
        },
        { id: "c", text: "The instance role's identity policy" },
        { id: "d", text: "The endpoint's security group" },
      ],
      answer: "b",
      explanation:
        "The attacker's request uses their credentials against their bucket, so your bucket policy and your role's policy are never consulted. Only the endpoint sits on the path under your control; an endpoint policy conditioned on s3:ResourceAccount refuses buckets owned by other accounts. Gateway endpoints have no security group, and security groups cannot see bucket ownership anyway.",
      source: "https://aws.amazon.com/blogs/storage/limit-access-to-amazon-s3-buckets-owned-by-specific-aws-accounts/",
    },
    {
      id: "perimeter",
      type: "multiple",
      prompt:
        "Which conditions must hold for the endpoint-based data perimeter to be effective? Select all that apply.",
      choices: [
        { id: "a", text: "The protected subnets have no unfiltered NAT or internet route that bypasses the endpoint" },
        { id: "b", text: "The endpoint policy restricts which accounts' buckets can be reached" },
        { id: "c", text: "Bucket policies deny requests that do not come through your endpoints or VPCs" },
        { id: "d", text: "The endpoint policy uses aws:SourceIp with the VPC CIDR" },
      ],
      answers: ["a", "b", "c"],
      explanation:
        "The endpoint policy keeps data going only to your buckets, the bucket policy keeps your buckets reachable only through your network, and neither matters if a NAT route lets traffic skip the endpoint. aws:SourceIp does not match endpoint traffic, so it has no place here.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html",
    },
  ],
} satisfies QuizInput;
