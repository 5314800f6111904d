import type { QuizInput } from "@/lib/content/quiz";

export default {
  id: "09-gateway-endpoints",
  title: "Gateway endpoints for S3 and DynamoDB",
  questions: [
    {
      id: "what-is-created",
      type: "single",
      prompt: "You create an S3 gateway endpoint and associate it with private-rt. What does AWS add to your VPC?",
      choices: [
        { id: "a", text: "A network interface with a private IP in each subnet that uses private-rt" },
        {
          id: "b",
          text: "A route in private-rt whose destination is the S3 prefix list and whose target is the endpoint",
        },
        { id: "c", text: "A private hosted zone that maps s3.us-east-1.amazonaws.com to private addresses" },
        { id: "d", text: "A security group that allows HTTPS to S3" },
      ],
      answer: "b",
      explanation:
        "A gateway endpoint is only a route target. AWS adds one route per associated table: destination pl-63a5400a (in us-east-1), target vpce-.... There is no network interface, so there is nothing to give an IP or a security group. Private hosted zones belong to interface endpoints with private DNS; gateway endpoints never change DNS.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html",
    },
    {
      id: "longest-prefix",
      type: "single",
      prompt:
        "private-rt has 0.0.0.0/0 pointing at a NAT gateway and a gateway-endpoint route for pl-63a5400a. An instance sends a request to an S3 address inside that prefix list. Where does it go?",
      choices: [
        { id: "a", text: "To the NAT gateway, because 0.0.0.0/0 was in the table first" },
        { id: "b", text: "To the endpoint, because the prefix-list CIDRs are more specific than 0.0.0.0/0" },
        { id: "c", text: "It is split between both targets for load balancing" },
        { id: "d", text: "Nowhere: two matching routes make the table invalid" },
      ],
      answer: "b",
      explanation:
        "The VPC router uses longest-prefix match: the most specific matching route wins, regardless of the order routes were added. Every CIDR in the S3 prefix list is longer than /0, so S3 traffic takes the endpoint while other internet-bound traffic keeps using the NAT gateway.",
      source: "https://docs.aws.amazon.com/vpc/latest/userguide/route-tables-priority.html",
    },
    {
      id: "timeout-meaning",
      type: "single",
      prompt:
        "Before the endpoint existed, aws s3 ls on app-server ended with 'Connect timeout on endpoint URL'. What did that tell you?",
      choices: [
        { id: "a", text: "The instance role lacks s3:ListAllMyBuckets" },
        { id: "b", text: "The request never reached S3: the packets had no route and were dropped" },
        { id: "c", text: "S3 rejected the request because it came from a private IP" },
        { id: "d", text: "The bucket policy denies requests that do not come through an endpoint" },
      ],
      answer: "b",
      explanation:
        "A permissions problem produces an AccessDenied response from S3, which requires S3 to receive the request. A connect timeout means the TCP handshake never completed: with only the local route in private-rt, packets to S3's public addresses were silently dropped.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html",
    },
    {
      id: "what-changes",
      type: "multiple",
      prompt: "After adding the S3 gateway endpoint, which statements are true? Select all that apply.",
      choices: [
        { id: "a", text: "Applications keep using the normal S3 hostnames with no code change" },
        { id: "b", text: "s3.us-east-1.amazonaws.com now resolves to a 10.0.x.x address inside the VPC" },
        { id: "c", text: "The endpoint has no hourly or per-GB charge" },
        {
          id: "d",
          text: "You can reference the S3 prefix list id in a security group rule, but not in a network ACL rule",
        },
        { id: "e", text: "You must delete the 0.0.0.0/0 route so that S3 traffic uses the endpoint" },
      ],
      answers: ["a", "c", "d"],
      explanation:
        "Gateway endpoints leave DNS alone: S3 names still resolve to public S3 addresses and the route table steers them, so no code changes. They cost nothing. Prefix lists work in security group rules but not in network ACLs. You do not need to remove the default route, because longest-prefix match already prefers the endpoint route.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-s3.html",
    },
    {
      id: "order-steps",
      type: "ordering",
      prompt: "Put the steps of the canonical lab in order.",
      items: [
        { id: "a", text: "From app-server, aws s3 ls times out" },
        { id: "b", text: "Create an S3 gateway endpoint associated with private-rt" },
        { id: "c", text: "Confirm a pl-63a5400a route with the vpce- target in private-rt" },
        { id: "d", text: "From app-server, aws s3 ls lists the buckets" },
        { id: "e", text: "SSH from your laptop to the bastion in the public subnet" },
      ],
      order: ["e", "a", "b", "c", "d"],
      explanation:
        "The private instance is reachable only through the bastion, so you start there. Reproduce the failure first, then make one change (the endpoint), verify the route it added, and finally repeat the original test. Seeing the failure before the fix is what proves the endpoint was the cause.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-s3.html",
    },
    {
      id: "list-every-object",
      type: "command",
      prompt:
        "You are on app-server, and the S3 gateway endpoint is in place. Type one AWS CLI command that lists every object in the bucket pathwise-reports, including the objects under its reports/ prefix.",
      scenario: "s3-gateway-endpoint",
      solution: "aws s3 ls s3://pathwise-reports --recursive",
      wrong: "aws s3 ls s3://pathwise-reports",
      expect: { kind: "exit-code", code: 0, stdoutIncludes: "reports/2026-01.csv" },
      explanation:
        "Without --recursive, aws s3 ls shows one level: objects at the top plus a PRE line for each prefix, so reports/2026-01.csv stays hidden behind PRE reports/. Adding --recursive walks every prefix. Both commands travel through the gateway endpoint; only the listing depth differs.",
      source: "https://docs.aws.amazon.com/cli/latest/reference/s3/ls.html",
    },
  ],
} satisfies QuizInput;
