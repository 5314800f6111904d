import type { BankQuestionInput } from "@/lib/content/bank";

const track = "choosing-and-operating";
const GW = "https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html";
const SVC = "https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-access-aws-services.html";
const S3IF = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/privatelink-interface-endpoints.html";
const PRICING = "https://aws.amazon.com/privatelink/pricing/";
const VPC_PRICING = "https://aws.amazon.com/vpc/pricing/";
const ACCEPT = "https://docs.aws.amazon.com/vpc/latest/privatelink/accept-reject-endpoint-requests.html";
const ACCESS = "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html";
const CENTRAL =
  "https://docs.aws.amazon.com/whitepapers/latest/building-scalable-secure-multi-vpc-network-infrastructure/centralized-access-to-vpc-private-endpoints.html";

const questions: BankQuestionInput[] = [
  {
    id: "co-choose-s3-in-vpc",
    track,
    difficulty: 1,
    type: "single",
    tags: ["chooser", "dynamodb"],
    prompt:
      "Lambda functions attached to private subnets write to a DynamoDB table in the same Region. The VPC has no NAT gateway, and nothing outside the VPC needs the table. What is the cheapest private path?",
    choices: [
      { id: "a", text: "A DynamoDB gateway endpoint associated with the private subnets' route tables" },
      { id: "b", text: "A DynamoDB interface endpoint in every AZ" },
      { id: "c", text: "A NAT gateway per AZ" },
      { id: "d", text: "A Site-to-Site VPN to DynamoDB" },
    ],
    answer: "a",
    explanation:
      "DynamoDB has a free gateway endpoint: a prefix-list route in the route tables, no code change. An interface endpoint would work too, but its hourly and per-GB charges buy nothing when all callers are inside the VPC. NAT gateways charge for every gigabyte, and a VPN connects networks, not services.",
    source: GW,
  },
  {
    id: "co-choose-onprem-sqs",
    track,
    difficulty: 2,
    type: "single",
    tags: ["chooser", "on-prem"],
    prompt:
      "On-prem applications connected to a VPC over Direct Connect must send messages to SQS without using the internet. What do you build?",
    choices: [
      { id: "a", text: "An SQS gateway endpoint" },
      {
        id: "b",
        text: "An SQS interface endpoint in the VPC, plus DNS so on-prem resolves the SQS name to it (Route 53 Resolver inbound endpoint and a forwarder)",
      },
      { id: "c", text: "A NAT gateway in the VPC for on-prem traffic" },
      { id: "d", text: "A second Direct Connect connection" },
    ],
    answer: "b",
    explanation:
      "Interface endpoints have private IPs that on-prem networks can reach over Direct Connect or VPN, and with Resolver forwarding the standard SQS hostname points at them. SQS has no gateway endpoint (only S3 and DynamoDB do), and a NAT gateway serves instances in the VPC, not traffic arriving from on-prem.",
    source: SVC,
  },
  {
    id: "co-choose-branch",
    track,
    difficulty: 1,
    type: "single",
    tags: ["chooser", "vpn"],
    prompt:
      "A branch office's servers and a VPC's instances must talk to each other on many ports in both directions, encrypted over the internet. What fits?",
    choices: [
      { id: "a", text: "A Site-to-Site VPN between the branch router and the VPC" },
      { id: "b", text: "An interface endpoint" },
      { id: "c", text: "A gateway endpoint" },
      { id: "d", text: "A PrivateLink endpoint service" },
    ],
    answer: "a",
    explanation:
      "A Site-to-Site VPN joins two networks at the IP layer, so any host can reach any host in either direction, subject to routes and security groups. Endpoints and PrivateLink give access to specific services, one way, which isn't what's needed here.",
    source: "https://docs.aws.amazon.com/vpn/latest/s2svpn/VPC_VPN.html",
  },
  {
    id: "co-choose-partner-api",
    track,
    difficulty: 2,
    type: "single",
    tags: ["chooser", "privatelink"],
    prompt:
      "Your team must let a partner's AWS account call one internal API privately. The partner must not reach anything else in your VPC, and their CIDRs are unknown. What do you use?",
    choices: [
      { id: "a", text: "A PrivateLink endpoint service on an NLB, with the partner's account as an allowed principal" },
      { id: "b", text: "VPC peering with tight security groups" },
      { id: "c", text: "A transit gateway shared with the partner" },
      { id: "d", text: "A Site-to-Site VPN to the partner's office" },
    ],
    answer: "a",
    explanation:
      "PrivateLink exposes exactly one service, works whatever CIDRs the partner uses, and lets you control who may connect. Peering and transit gateways join routing domains: they break with overlapping ranges and expose the whole network unless every security group is right.",
    source: "https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-share-your-services.html",
  },
  {
    id: "co-nat-to-gateway-savings",
    track,
    difficulty: 3,
    type: "single",
    tags: ["cost", "nat-gateway"],
    scenario: "private-subnet-nat",
    prompt:
      "A VPC's NAT gateways process 50 TB a month, and VPC flow logs show 80% of it is to S3 in the same Region. What single change cuts the bill most, and does anything else need to change?",
    choices: [
      { id: "a", text: "Replace the NAT gateways with S3 interface endpoints" },
      { id: "b", text: "Add a second NAT gateway per AZ" },
      { id: "c", text: "Change the applications to use an S3 VPN" },
      {
        id: "d",
        text: "Add an S3 gateway endpoint to the private route tables; the S3 traffic leaves the NAT path with no application change, and the NAT gateways stay for the rest",
      },
    ],
    answer: "d",
    explanation:
      "The gateway endpoint route is more specific than 0.0.0.0/0, so the 40 TB of S3 traffic stops paying NAT data processing while everything else still uses NAT. It costs nothing and needs no code change. An interface endpoint would also remove NAT charges but adds its own per-GB charge, and removing NAT would break the remaining internet-bound traffic.",
    source: GW,
  },
  {
    id: "co-dev-endpoints-trim",
    track,
    difficulty: 2,
    type: "single",
    tags: ["cost", "ha"],
    prompt:
      "Each of 12 development VPCs has 8 interface endpoints spread across 3 AZs, mostly idle. Which change cuts the hourly cost most while keeping the endpoints usable?",
    choices: [
      { id: "a", text: "Remove inbound rules from the endpoints' security groups" },
      { id: "b", text: "Turn off private DNS on all of them" },
      {
        id: "c",
        text: "Provision the dev endpoints in one AZ (accepting lower availability there) and delete endpoints no workload uses",
      },
      { id: "d", text: "Move them to smaller subnets" },
    ],
    answer: "c",
    explanation:
      "Interface endpoints are billed per endpoint per AZ per hour, so the AZ count and the number of unused endpoints drive the cost: 12 × 8 × 3 = 288 endpoint-AZ hours every hour. In dev, one AZ is usually acceptable. Security group rules, private DNS and subnet size don't change the bill.",
    source: PRICING,
  },
  {
    id: "co-centralize-tradeoffs",
    track,
    difficulty: 3,
    type: "multiple",
    tags: ["cost", "architecture", "centralized-endpoints"],
    prompt:
      "You consider moving 25 VPCs' duplicate interface endpoints into one shared-services VPC reached through a transit gateway. Which statements about the trade-off are true? Select all that apply.",
    choices: [
      { id: "a", text: "Hourly endpoint charges fall because each service needs one endpoint set instead of 25" },
      { id: "b", text: "Traffic to the endpoints now also pays transit gateway data processing" },
      { id: "c", text: "You must manage DNS yourself, for example private hosted zones associated with every spoke" },
      { id: "d", text: "Endpoint policies can no longer be used" },
      { id: "e", text: "The shared VPC's endpoints become a dependency for every spoke, so they need multiple AZs" },
    ],
    answers: ["a", "b", "c", "e"],
    explanation:
      "Centralising trades endpoint-hours for transit gateway per-GB charges and extra DNS work: private DNS only applies to the endpoint's own VPC, so spokes need shared private hosted zones or Resolver rules. The hub also becomes shared infrastructure whose failure affects everyone. Endpoint policies still work on the central endpoints. Heavy-volume services may still be cheaper with local endpoints, so many teams centralise only the low-traffic ones.",
    source: CENTRAL,
  },
  {
    id: "co-cost-ladder",
    track,
    difficulty: 2,
    type: "ordering",
    tags: ["cost"],
    prompt:
      "Private instances move 10 TB a month to S3 in the same Region from three AZs. Order the paths from cheapest to most expensive network charges.",
    items: [
      { id: "a", text: "S3 gateway endpoint" },
      { id: "b", text: "S3 interface endpoint in three AZs" },
      { id: "c", text: "NAT gateways (one per AZ) and an internet gateway" },
    ],
    order: ["a", "b", "c"],
    explanation:
      "The gateway endpoint adds no charge at all. Interface endpoints charge a small hourly fee per AZ plus a per-GB processing fee, while NAT gateways charge a higher hourly fee each and a per-GB processing rate several times PrivateLink's. The interface endpoint earns its cost only when something the gateway endpoint can't do is needed, such as on-prem access.",
    source: VPC_PRICING,
  },
  {
    id: "co-symptom-denied",
    track,
    difficulty: 2,
    type: "single",
    tags: ["troubleshooting", "break-and-fix"],
    prompt: "In a break-and-fix lab, which fault produces an AccessDenied error rather than a timeout?",
    choices: [
      { id: "a", text: "The gateway endpoint isn't associated with the subnet's route table" },
      { id: "b", text: "The interface endpoint's security group doesn't allow 443" },
      { id: "c", text: "The endpoint policy doesn't allow the action" },
      { id: "d", text: "Private DNS is off and there is no NAT gateway" },
    ],
    answer: "c",
    explanation:
      "An AccessDenied comes from the service, so the request must have arrived, which rules out every network fault. Missing routes, blocked ports and public DNS answers with no path all stop packets before they reach the service and show up as timeouts. A restrictive endpoint policy lets the packets through and the service refuses the call.",
    source: ACCESS,
  },
  {
    id: "co-fault-wrong-region",
    track,
    difficulty: 3,
    type: "single",
    tags: ["troubleshooting", "region"],
    scenario: "gateway-endpoint-cross-region",
    prompt:
      "Break-and-fix: from a private instance with an S3 gateway endpoint and no NAT, three buckets list fine and one, archive-eu, times out. The route table, security groups and endpoint policy look correct. What is the fault?",
    choices: [
      { id: "a", text: "archive-eu is in another Region, which a gateway endpoint can't reach" },
      { id: "b", text: "The endpoint policy denies archive-eu" },
      { id: "c", text: "The bucket is too large to list" },
      { id: "d", text: "The route table isn't associated with the endpoint" },
    ],
    answer: "a",
    explanation:
      "One bucket failing with a timeout while others work points to the path, not the policy: a deny would return AccessDenied, and a missing association would break all buckets. A bucket in another Region uses that Region's S3 addresses, which aren't in the endpoint's prefix list. aws s3api get-bucket-location confirms it.",
    source: GW,
  },
  {
    id: "co-fault-private-dns",
    track,
    difficulty: 3,
    type: "single",
    tags: ["troubleshooting", "dns"],
    scenario: "interface-endpoint-private-dns-off",
    prompt:
      "Break-and-fix: an SQS interface endpoint shows PrivateDnsEnabled: true and both VPC DNS attributes are on, yet from one instance dig sqs.us-east-1.amazonaws.com returns public addresses. That instance's /etc/resolv.conf lists 172.16.0.10, an on-prem DNS server, set through the VPC's DHCP options. What explains it?",
    choices: [
      { id: "a", text: "Private DNS takes 24 hours to apply" },
      {
        id: "b",
        text: "The private hosted zone is answered only by the VPC resolver; the on-prem server resolves the name publicly. Use the VPC resolver, or have the on-prem server forward the name to a Route 53 Resolver inbound endpoint",
      },
      { id: "c", text: "The endpoint's security group blocks DNS on port 53" },
      { id: "d", text: "Private DNS works only for the default VPC" },
    ],
    answer: "b",
    explanation:
      "Private DNS attaches a private hosted zone to the VPC, and only the Amazon-provided resolver (VPC base + 2) consults it. A client sent to another DNS server through DHCP options gets that server's answer, here the public one. Either point the instances back at the VPC resolver or make the custom server forward SQS names to a Resolver inbound endpoint. Endpoint security groups filter traffic to the ENIs, not DNS queries to the resolver.",
    source: "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-dns.html",
  },
  {
    id: "co-fault-not-accepted",
    track,
    difficulty: 2,
    type: "single",
    tags: ["troubleshooting", "acceptance"],
    scenario: "privatelink-service",
    prompt:
      "Break-and-fix: a consumer's endpoint to an internal service has ENIs and a security group allowing the service port, but connections fail. describe-vpc-endpoints shows State: pendingAcceptance. What is the fix, and who applies it?",
    choices: [
      { id: "a", text: "The provider accepts the connection with accept-vpc-endpoint-connections" },
      { id: "b", text: "The consumer enables private DNS" },
      { id: "c", text: "The consumer recreates the endpoint in another AZ" },
      { id: "d", text: "The provider adds a route to the consumer VPC" },
    ],
    answer: "a",
    explanation:
      "No traffic flows until the endpoint is accepted, and only the service owner can accept it. The state field tells you this before you look at DNS or ports. Recreating the endpoint just creates another pending request, and PrivateLink never needs routes between the two VPCs.",
    source: ACCEPT,
  },
  {
    id: "co-fault-sg-evidence",
    track,
    difficulty: 3,
    type: "single",
    tags: ["troubleshooting", "security-group"],
    scenario: "interface-endpoint-sg-blocks-443",
    prompt:
      "Evidence from a failing KMS call in a private subnet: dig returns 10.0.1.31 and 10.0.2.58; nc -zv 10.0.1.31 443 times out; the endpoint state is available; flow logs on the endpoint ENI show REJECT for dstport 443. The client's security group allows all outbound. Which single change fixes it?",
    choices: [
      { id: "a", text: "Enable private DNS" },
      { id: "b", text: "Add KMS actions to the endpoint policy" },
      { id: "c", text: "Add a NAT gateway" },
      { id: "d", text: "Allow inbound TCP 443 from the client in the endpoint's security group" },
    ],
    answer: "d",
    explanation:
      "DNS already returns the endpoint ENIs, so private DNS works. The TCP handshake to the ENI fails and flow logs record REJECT on 443 at the ENI, which is the endpoint's security group (or NACL) refusing the traffic. An endpoint policy problem would show an accepted connection and an AccessDenied from KMS, and a NAT gateway would only bypass the endpoint.",
    source: "https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html",
  },
  {
    id: "co-fault-policy-message",
    track,
    difficulty: 2,
    type: "single",
    tags: ["troubleshooting", "endpoint-policy"],
    scenario: "endpoint-policy-deny",
    prompt:
      "Break-and-fix: aws s3 cp to s3://reports fails immediately with 'AccessDenied ... with an explicit deny in a VPC endpoint policy'. The role's IAM policy allows s3:PutObject on reports. Where is the fault?",
    choices: [
      { id: "a", text: "In the role's IAM policy" },
      { id: "b", text: "In the route table" },
      { id: "c", text: "In the bucket's ACL" },
      { id: "d", text: "In the endpoint policy, which contains a Deny matching this request" },
    ],
    answer: "d",
    explanation:
      "The error names the policy type that denied the request: an explicit deny in the VPC endpoint policy. The fast failure and the message show the network path works, and IAM allowing the action doesn't help because an explicit deny anywhere wins. Edit or remove the matching Deny statement.",
    source: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/troubleshoot-403-errors.html",
  },
  {
    id: "co-hybrid-s3-design",
    track,
    difficulty: 3,
    type: "multiple",
    tags: ["architecture", "on-prem", "s3", "cost"],
    scenario: "gateway-endpoint-from-on-prem",
    prompt:
      "A company's VPC instances move 100 TB a month to S3; its data center, connected over VPN, moves 2 TB. Both must stay off the internet at the lowest cost. Which components belong in the design? Select all that apply.",
    choices: [
      { id: "a", text: "A NAT gateway for the on-prem traffic" },
      { id: "b", text: "Routing the VPC instances' S3 traffic through the interface endpoint too" },
      { id: "c", text: "An S3 gateway endpoint on the VPC's private route tables" },
      { id: "d", text: "An S3 interface endpoint for the on-prem traffic" },
      {
        id: "e",
        text: "A Route 53 Resolver inbound endpoint so on-prem DNS can resolve S3 names to the interface endpoint",
      },
    ],
    answers: ["c", "d", "e"],
    explanation:
      "Use each endpoint for what it is good at: the free gateway endpoint for the 100 TB from inside the VPC, and the interface endpoint, the only one on-prem can use, for the 2 TB, with Resolver so standard names work. S3's 'private DNS only for inbound Resolver endpoint' option keeps in-VPC lookups on the gateway path. Sending the 100 TB through the interface endpoint would add per-GB charges for nothing, and NAT doesn't serve on-prem traffic.",
    source: S3IF,
  },
  {
    id: "co-vpn-vs-endpoint",
    track,
    difficulty: 1,
    type: "single",
    tags: ["chooser", "comparison"],
    prompt:
      "A manager asks: 'We already have a Site-to-Site VPN into the VPC. Why would we also need VPC endpoints?' Which answer is correct?",
    choices: [
      { id: "a", text: "We don't: the VPN already makes AWS service APIs private for everyone" },
      { id: "b", text: "Endpoints replace the VPN, so we can delete it" },
      {
        id: "c",
        text: "The VPN links our office network to the VPC; reaching AWS service APIs privately, from the VPC or from the office through the VPN, still needs endpoints (interface endpoints for the office)",
      },
      { id: "d", text: "Endpoints are needed only to encrypt the VPN traffic" },
    ],
    answer: "c",
    explanation:
      "A VPN carries traffic between networks; it doesn't give access to S3, SQS or other AWS APIs by itself. Private instances still need endpoints (or NAT) to reach those services, and office traffic arriving over the VPN can only use interface endpoints, because gateway endpoints ignore traffic that didn't start in the VPC. Endpoints don't replace the network link, and the VPN is already encrypted.",
    source: "https://docs.aws.amazon.com/vpc/latest/privatelink/what-is-privatelink.html",
  },
  {
    id: "co-choose-gwlb",
    track,
    difficulty: 2,
    type: "single",
    tags: ["chooser", "gwlb", "inspection"],
    scenario: "gwlb-inspection",
    prompt:
      "Security requires all internet-bound traffic from application VPCs to pass a fleet of third-party firewall appliances that must scale out and survive appliance failures. Which building block fits?",
    choices: [
      { id: "a", text: "An interface endpoint for each firewall" },
      {
        id: "b",
        text: "A Gateway Load Balancer in front of the appliances, with GWLB endpoints as route targets in the application VPCs",
      },
      {
        id: "c",
        text: "A Network Load Balancer with the appliances as targets and clients configured to use it as a proxy",
      },
      { id: "d", text: "An S3 gateway endpoint with a restrictive policy" },
    ],
    answer: "b",
    explanation:
      "A GWLB spreads flows across healthy appliances, keeps each flow on one appliance and delivers packets unchanged over GENEVE, while GWLB endpoints let route tables steer traffic through it without client changes. An NLB-as-proxy requires clients to know about it and doesn't act as a transparent next hop. Endpoints for AWS services don't inspect anything.",
    source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/introduction.html",
  },
  {
    id: "co-migrate-order",
    track,
    difficulty: 2,
    type: "ordering",
    tags: ["operations", "migration"],
    prompt: "Order a low-risk migration of private subnets' S3 traffic from NAT gateways to a gateway endpoint.",
    items: [
      { id: "a", text: "Measure current S3 traffic through NAT (flow logs or NAT metrics) for a baseline" },
      { id: "b", text: "Create the gateway endpoint with a policy allowing the buckets in use" },
      {
        id: "c",
        text: "Associate the private route tables during a quiet window, since open connections on the path are reset",
      },
      { id: "d", text: "Verify the S3 calls succeed and NAT processed bytes drop" },
      { id: "e", text: "Only then tighten bucket policies with aws:SourceVpce" },
    ],
    order: ["a", "b", "c", "d", "e"],
    explanation:
      "A baseline lets you prove the saving. Associating route tables moves traffic and interrupts connections in flight, so it goes in a quiet window. Bucket-policy locks that depend on aws:SourceVpce must come last: applied before traffic uses the endpoint, they would deny every request still going through NAT.",
    source: GW,
  },
  {
    id: "co-break-fix-order",
    track,
    difficulty: 2,
    type: "ordering",
    tags: ["troubleshooting", "break-and-fix"],
    prompt:
      "A private instance can't call an AWS service through its interface endpoint. Order the checks so that each one only runs once the previous layer is known to work.",
    items: [
      { id: "a", text: "Endpoint state: is it available (not pending or pendingAcceptance)?" },
      { id: "b", text: "DNS: does the service name resolve to the endpoint's private IPs?" },
      { id: "c", text: "Network: does a TCP connection to an endpoint IP on 443 succeed (security groups, NACLs)?" },
      {
        id: "d",
        text: "Authorization: if the call returns AccessDenied, check the endpoint policy, resource policy and IAM",
      },
    ],
    order: ["a", "b", "c", "d"],
    explanation:
      "An endpoint that isn't available can't work however DNS is set up; once it is, clients must resolve to it; once they do, the TCP connection must be allowed; and only a connection that succeeds can produce an authorization error worth investigating. Working upward avoids editing policies to fix what is really a DNS or security group problem.",
    source: SVC,
  },
];

export default questions;
