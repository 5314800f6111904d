import type { BankQuestionInput } from "@/lib/content/bank";

const track = "path-to-aws-services";
const NAT = "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html";
const IGW = "https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html";
const RT = "https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html";
const PRIORITY = "https://docs.aws.amazon.com/vpc/latest/userguide/route-tables-priority.html";
const SIZING = "https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html";
const GW = "https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html";

const questions: BankQuestionInput[] = [
  {
    id: "path-reserved-ips-28",
    track,
    difficulty: 1,
    type: "single",
    tags: ["subnet", "cidr", "interface-endpoint"],
    prompt:
      "A team plans a /28 subnet for 10 instances plus one ENI of an interface endpoint, and expects to add two more instances later. Is a /28 big enough?",
    choices: [
      { id: "a", text: "Yes: a /28 has 16 addresses, plenty for 13 interfaces" },
      { id: "b", text: "Yes: 14 usable addresses after the network and broadcast addresses" },
      {
        id: "c",
        text: "No: AWS reserves 5 addresses per subnet, leaving 11, and the plan needs 13; use a /27 (27 usable)",
      },
      { id: "d", text: "It doesn't matter, because endpoint ENIs don't use subnet addresses" },
    ],
    answer: "c",
    explanation:
      "AWS reserves five addresses in every subnet (network, VPC router, DNS, one for future use, and the last), so a /28 gives 11 usable addresses and a /27 gives 27. Endpoint ENIs take an address from the subnet like any other interface. Subtracting only the network and broadcast addresses is the on-premises habit that leads to running out of space.",
    source: SIZING,
  },
  {
    id: "path-local-route",
    track,
    difficulty: 1,
    type: "single",
    tags: ["routing", "route-table"],
    prompt: "What is true of the 'local' route that every VPC route table contains?",
    choices: [
      { id: "a", text: "You can delete it to isolate subnets from each other" },
      { id: "b", text: "It sends traffic to the internet gateway" },
      { id: "c", text: "It only exists in the main route table" },
      {
        id: "d",
        text: "It covers the VPC's CIDR blocks so that any subnet can reach any other subnet in the VPC, and it cannot be deleted",
      },
    ],
    answer: "d",
    explanation:
      "AWS adds a local route for each VPC CIDR to every route table and does not let you delete it, which is why subnets in one VPC can always route to each other. To isolate subnets you use security groups and network ACLs, not routing. The local route never points at an internet gateway; that would be a separate 0.0.0.0/0 route.",
    source: RT,
  },
  {
    id: "path-main-route-table",
    track,
    difficulty: 2,
    type: "single",
    tags: ["route-table", "security"],
    prompt:
      "Someone added 0.0.0.0/0 → igw-0aa1 to a VPC's main route table. A colleague then creates a new subnet for databases without associating it to any route table. What is the consequence?",
    choices: [
      { id: "a", text: "The new subnet has no routes at all until it is associated" },
      { id: "b", text: "New subnets always get a private copy of the main table without internet routes" },
      {
        id: "c",
        text: "The new subnet implicitly uses the main route table, so it is a public subnet from the moment it exists",
      },
      { id: "d", text: "Subnet creation fails until a route table is chosen" },
    ],
    answer: "c",
    explanation:
      "A subnet with no explicit association uses the main route table. If the main table routes to an internet gateway, every unassociated subnet becomes public, which is why the usual advice is to keep the main table private and associate public subnets explicitly. Subnets are never left without routes: the implicit association is automatic.",
    source: RT,
  },
  {
    id: "path-public-ip-needed",
    track,
    difficulty: 2,
    type: "single",
    tags: ["internet-gateway", "public-ip"],
    prompt:
      "An instance sits in a subnet whose route table has 0.0.0.0/0 → igw-0aa1, but it has only a private IP (no public IPv4, no Elastic IP). Can it download packages from the internet?",
    choices: [
      { id: "a", text: "Yes, the internet gateway translates any private address it receives" },
      { id: "b", text: "Yes, but only over IPv6" },
      {
        id: "c",
        text: "No: the internet gateway only maps addresses one-to-one for instances that have a public or Elastic IP",
      },
      { id: "d", text: "Only if the security group allows outbound 0.0.0.0/0, which it does not by default" },
    ],
    answer: "c",
    explanation:
      "An internet gateway performs one-to-one translation between an instance's private IPv4 address and its public or Elastic IP. With no public address there is nothing to translate to, so replies could never come back. That is the job a NAT gateway does for many private instances at once. Default security groups already allow all outbound traffic, so that is not the blocker.",
    source: IGW,
  },
  {
    id: "path-nat-placement",
    track,
    difficulty: 2,
    type: "single",
    tags: ["nat-gateway", "routing"],
    scenario: "private-subnet-nat",
    prompt:
      "A team creates a public NAT gateway with an Elastic IP in subnet-private-a (whose route table is 0.0.0.0/0 → nat-0bb2) and points the private route table at it. aws s3 ls from an instance in that subnet still times out. What is wrong?",
    choices: [
      { id: "a", text: "NAT gateways need a security group allowing 443" },
      { id: "b", text: "The Elastic IP must be attached to the instance instead" },
      {
        id: "c",
        text: "The NAT gateway must live in a public subnet whose route table sends 0.0.0.0/0 to the internet gateway; here its own traffic loops back to itself",
      },
      { id: "d", text: "S3 blocks requests that come from NAT gateways" },
    ],
    answer: "c",
    explanation:
      "A public NAT gateway forwards translated traffic using the route table of the subnet it is in. In a private subnet that table points 0.0.0.0/0 back at the NAT gateway, so nothing ever reaches an internet gateway. Put the NAT gateway in a public subnet (route to igw-...) and point the private subnets' default route at it. NAT gateways have no security groups to configure.",
    source: NAT,
  },
  {
    id: "path-nat-ha",
    track,
    difficulty: 3,
    type: "single",
    tags: ["nat-gateway", "ha", "cost"],
    prompt:
      "A VPC has private subnets in us-east-1a, 1b and 1c, all using one route table whose 0.0.0.0/0 points to a single NAT gateway in us-east-1a. What is the best improvement for resilience, and what else does it save?",
    choices: [
      {
        id: "a",
        text: "Create a NAT gateway in each AZ and give each AZ's private subnets a route table pointing at the local one; this also avoids cross-AZ data transfer",
      },
      { id: "b", text: "Nothing to improve: a NAT gateway is automatically redundant across all AZs in the Region" },
      {
        id: "c",
        text: "Add a second default route to a NAT gateway in us-east-1b in the same route table for load balancing",
      },
      { id: "d", text: "Replace the NAT gateway with an internet gateway in each subnet" },
    ],
    answer: "a",
    explanation:
      "A NAT gateway is redundant within its own Availability Zone only. If us-east-1a fails, every private subnet loses egress. One NAT gateway per AZ, with per-AZ route tables, removes that shared dependency and keeps traffic in its own AZ, avoiding cross-AZ data charges. A route table cannot hold two routes for the same destination, so a second default route for load balancing is impossible; internet gateways attach to the VPC, not subnets, and would not make private subnets private any more.",
    source: NAT,
  },
  {
    id: "path-nat-costs",
    track,
    difficulty: 2,
    type: "multiple",
    tags: ["cost", "nat-gateway"],
    scenario: "private-subnet-nat",
    prompt:
      "Private instances pull 20 TB a month from S3 in the same Region through a NAT gateway and an internet gateway. Which charges does this path create? Select all that apply.",
    choices: [
      { id: "a", text: "An hourly charge for the internet gateway" },
      { id: "b", text: "Cross-AZ data transfer for instances in a different AZ from the NAT gateway" },
      { id: "c", text: "A per-GB charge for a VPC endpoint" },
      { id: "d", text: "An hourly charge for the NAT gateway" },
      { id: "e", text: "A per-GB data processing charge on every byte through the NAT gateway" },
    ],
    answers: ["b", "d", "e"],
    explanation:
      "NAT gateways bill by the hour and by the gigabyte processed, and traffic from an instance in another AZ to the NAT gateway also incurs cross-AZ transfer. The internet gateway itself is free, and there is no endpoint in this path to bill. At 20 TB a month the per-GB processing charge dominates, which is the cost argument for an S3 gateway endpoint (free) on this path.",
    source: "https://aws.amazon.com/vpc/pricing/",
  },
  {
    id: "path-cli-timeout-duration",
    track,
    difficulty: 3,
    type: "single",
    tags: ["cli", "troubleshooting"],
    scenario: "private-subnet-no-endpoint",
    prompt:
      "In a private subnet whose route table holds only the local route, aws s3 ls s3://app-data runs for about three minutes before printing 'Connect timeout on endpoint URL'. Why does it take so long rather than failing at once?",
    choices: [
      { id: "a", text: "S3 holds the connection open while it evaluates the bucket policy" },
      {
        id: "b",
        text: "Dropped SYN packets give no answer, so the CLI waits its connect timeout (60 s by default) and retries the attempt, three attempts in total",
      },
      { id: "c", text: "DNS resolution of the bucket name takes three minutes without internet access" },
      { id: "d", text: "The VPC router queues the packets until a route appears" },
    ],
    answer: "b",
    explanation:
      "With no matching route, the VPC drops the packets silently; no RST or ICMP comes back, so the client only learns of the failure when its timer expires. The AWS CLI v2 defaults to a 60-second connect timeout and retries connection errors for three attempts in total, giving roughly three minutes. DNS is not the cause: the VPC resolver is reachable and answers immediately, which is why the error names an endpoint URL rather than a name-resolution failure. S3 never saw the request, so no policy was evaluated.",
    source: "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-retries.html",
  },
  {
    id: "path-dns-still-works",
    track,
    difficulty: 2,
    type: "single",
    tags: ["dns", "troubleshooting"],
    scenario: "private-subnet-no-endpoint",
    prompt:
      "On the same private instance (no NAT, no endpoint), dig s3.us-east-1.amazonaws.com returns public S3 addresses straight away. What does that tell you?",
    choices: [
      { id: "a", text: "S3 is reachable, so the timeout must be a permissions problem" },
      {
        id: "b",
        text: "Name resolution works through the VPC resolver; the failure is in routing, because nothing routes those public addresses out of the VPC",
      },
      { id: "c", text: "A gateway endpoint already exists, because it makes S3 names resolve" },
      { id: "d", text: "The instance is actually in a public subnet" },
    ],
    answer: "b",
    explanation:
      "The Amazon-provided resolver (VPC base + 2) is reachable from any subnet without internet access, so resolving public AWS names always works. Resolution is not connectivity: the addresses returned are public, and the route table has nothing that matches them. A gateway endpoint would not change the answer either; it changes routing, never DNS.",
    source: "https://docs.aws.amazon.com/vpc/latest/userguide/AmazonDNS-concepts.html",
  },
  {
    id: "path-longest-prefix-pick",
    track,
    difficulty: 2,
    type: "single",
    tags: ["routing", "longest-prefix"],
    prompt:
      "A route table contains: 10.0.0.0/16 → local; 172.16.0.0/12 → vgw-01; 172.16.8.0/24 → pcx-02; 0.0.0.0/0 → nat-03. Where does a packet to 172.16.8.20 go?",
    choices: [
      { id: "a", text: "vgw-01, because it was listed first among the matches" },
      { id: "b", text: "pcx-02, because /24 is the most specific matching prefix" },
      { id: "c", text: "nat-03, because the default route catches everything" },
      { id: "d", text: "It is dropped, because two routes overlap" },
    ],
    answer: "b",
    explanation:
      "The VPC router picks the longest prefix that matches the destination. 172.16.8.20 matches the /12, the /24 and the /0; the /24 is most specific, so it goes over the peering connection. Order of entry plays no part, and overlapping routes are normal: that is exactly how a gateway endpoint's prefix-list routes win over 0.0.0.0/0.",
    source: PRIORITY,
  },
  {
    id: "path-return-path-order",
    track,
    difficulty: 2,
    type: "ordering",
    tags: ["nat-gateway", "path"],
    prompt:
      "Order the hops of the S3 response travelling back to a private instance that called S3 through a NAT gateway.",
    items: [
      { id: "a", text: "S3 sends the response to the NAT gateway's Elastic IP" },
      { id: "b", text: "The internet gateway translates the Elastic IP to the NAT gateway's private address" },
      {
        id: "c",
        text: "The NAT gateway matches its connection table and rewrites the destination to the instance's private IP",
      },
      { id: "d", text: "The VPC router delivers the packet over the local route to the instance's subnet" },
    ],
    order: ["a", "b", "c", "d"],
    explanation:
      "S3 only knows the public address the request came from, the NAT gateway's Elastic IP. The internet gateway maps that to the NAT gateway's private address, the NAT gateway looks up the original connection and restores the instance's address, and the local route delivers it. The response never goes straight to the instance, because S3 never saw its private address.",
    source: NAT,
  },
  {
    id: "path-nat-no-sg",
    track,
    difficulty: 1,
    type: "single",
    tags: ["nat-gateway", "security-group"],
    prompt: "How do you restrict which traffic passes through a NAT gateway?",
    choices: [
      { id: "a", text: "Attach a security group to the NAT gateway" },
      { id: "b", text: "Use network ACLs on the NAT gateway's subnet and security groups on the instances behind it" },
      { id: "c", text: "Add a NAT gateway policy document" },
      { id: "d", text: "You cannot restrict it at all" },
    ],
    answer: "b",
    explanation:
      "A NAT gateway has no security group. Filtering happens at the instances' security groups (what they may send) and at the network ACLs of the subnets involved. NAT gateways also do not have resource policies. That absence of fine-grained control is one reason endpoint policies are attractive for AWS-service traffic.",
    source: NAT,
  },
  {
    id: "path-nat-inbound",
    track,
    difficulty: 1,
    type: "single",
    tags: ["nat-gateway"],
    prompt: "Can a host on the internet open a new connection to a private instance through a public NAT gateway?",
    choices: [
      {
        id: "a",
        text: "No: a NAT gateway only lets replies to connections the private instances started come back in",
      },
      { id: "b", text: "Yes, to any port the instance's security group allows" },
      { id: "c", text: "Yes, if port forwarding is configured on the NAT gateway" },
      { id: "d", text: "Only for ICMP" },
    ],
    answer: "a",
    explanation:
      "A NAT gateway tracks connections initiated from inside and translates their replies. It has no port-forwarding feature, so unsolicited inbound connections have nowhere to go, whatever the instance's security group says. Inbound access to private instances needs a load balancer in a public subnet, a bastion, or a VPN.",
    source: NAT,
  },
  {
    id: "path-ipv6-egress",
    track,
    difficulty: 1,
    type: "single",
    tags: ["ipv6", "egress"],
    prompt:
      "Instances in a dual-stack private subnet must reach IPv6 destinations on the internet but must not accept connections started from the internet. What do you route ::/0 to?",
    choices: [
      { id: "a", text: "An egress-only internet gateway" },
      { id: "b", text: "A NAT gateway" },
      { id: "c", text: "The internet gateway, with the security group blocking inbound" },
      { id: "d", text: "An S3 gateway endpoint" },
    ],
    answer: "a",
    explanation:
      "IPv6 addresses are globally unique, so there is no address translation to do; the egress-only internet gateway provides the 'outbound only' behaviour for IPv6 by allowing only return traffic in. A NAT gateway translates IPv4 (and NAT64 for IPv6-only clients to IPv4 destinations), which is not what is asked. Routing to a normal internet gateway relies on security groups alone, which does not meet the 'must not accept' requirement at the network level.",
    source: "https://docs.aws.amazon.com/vpc/latest/userguide/egress-only-internet-gateway.html",
  },
  {
    id: "path-why-endpoints",
    track,
    difficulty: 2,
    type: "multiple",
    tags: ["nat-gateway", "endpoints", "security"],
    prompt:
      "A data-processing VPC reads terabytes from S3 through NAT gateways. Which are real drawbacks of that path compared with a VPC endpoint? Select all that apply.",
    choices: [
      {
        id: "a",
        text: "The VPC needs an internet gateway and a route to the internet, which widens what a compromised instance could reach",
      },
      { id: "b", text: "The S3 traffic is unencrypted because it leaves through NAT" },
      {
        id: "c",
        text: "The NAT gateway is an extra hop with its own bandwidth ceiling shared by all other egress traffic",
      },
      { id: "d", text: "You cannot apply an endpoint policy to control which buckets are reachable" },
      { id: "e", text: "Every gigabyte pays the NAT gateway's data processing charge" },
    ],
    answers: ["a", "c", "d", "e"],
    explanation:
      "Through NAT you pay per GB, depend on a general internet path, share the NAT gateway's capacity with everything else, and have no endpoint policy to restrict which buckets or actions are allowed. The traffic is not unencrypted, though: the AWS CLI and SDKs use HTTPS to S3 whatever the network path, so encryption is not what endpoints add.",
    source: GW,
  },
  {
    id: "path-nacl-stateless",
    track,
    difficulty: 3,
    type: "single",
    tags: ["nacl", "troubleshooting"],
    scenario: "private-subnet-nat",
    prompt:
      "A private subnet has a working NAT route. A new custom network ACL on it allows outbound TCP 443 to 0.0.0.0/0 and inbound TCP 22 from 10.0.0.0/16, nothing else. Now aws s3 ls times out. The security groups are unchanged. What fixes it?",
    choices: [
      { id: "a", text: "Allow outbound TCP 443 in the instance's security group" },
      {
        id: "b",
        text: "Add an inbound NACL rule allowing TCP 1024–65535 from 0.0.0.0/0 so responses to the ephemeral ports get back in",
      },
      { id: "c", text: "Add an inbound NACL rule for TCP 443 from 0.0.0.0/0" },
      { id: "d", text: "Move the NAT gateway into the private subnet" },
    ],
    answer: "b",
    explanation:
      "Network ACLs are stateless: a reply is a new packet that must match an inbound rule. S3's responses come from port 443 to the client's ephemeral port (1024–65535), so an inbound rule for that range is needed. An inbound 443 rule is the tempting mistake: it matches packets whose destination port is 443, which replies are not. Security groups are stateful and already allow the outbound request.",
    source: "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html",
  },
  {
    id: "path-egress-setup-order",
    track,
    difficulty: 1,
    type: "ordering",
    tags: ["nat-gateway", "setup"],
    prompt: "Order the steps to give a private subnet IPv4 internet egress through a NAT gateway in a new VPC.",
    items: [
      { id: "a", text: "Create an internet gateway and attach it to the VPC" },
      { id: "b", text: "Route 0.0.0.0/0 to the internet gateway in the public subnet's route table" },
      { id: "c", text: "Create a public NAT gateway with an Elastic IP in the public subnet" },
      { id: "d", text: "Route 0.0.0.0/0 to the NAT gateway in the private subnet's route table" },
    ],
    order: ["a", "b", "c", "d"],
    after: { b: ["a"], c: ["a"], d: ["c"] },
    explanation:
      "A public NAT gateway needs an internet gateway attached to the VPC when it is created, and the public route needs the IGW as its target, so the IGW comes first. The public subnet's route and the NAT gateway can then be done in either order (the NAT gateway only sends traffic once the route exists). The private route needs a NAT gateway id to point at, so it comes after the NAT gateway.",
    source: NAT,
  },
];

export default questions;
