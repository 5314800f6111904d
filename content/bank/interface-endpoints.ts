import type { BankQuestionInput } from "@/lib/content/bank";

const track = "interface-endpoints";
const SVC = "https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-access-aws-services.html";
const CREATE = "https://docs.aws.amazon.com/vpc/latest/privatelink/create-interface-endpoint.html";
const QUOTAS = "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-limits-endpoints.html";
const PRICING = "https://aws.amazon.com/privatelink/pricing/";
const DNS = "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-dns.html";
const S3IF = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/privatelink-interface-endpoints.html";
const XREGION = "https://docs.aws.amazon.com/vpc/latest/privatelink/aws-services-cross-region-privatelink-support.html";
const CENTRAL =
  "https://docs.aws.amazon.com/whitepapers/latest/building-scalable-secure-multi-vpc-network-infrastructure/centralized-access-to-vpc-private-endpoints.html";
const GWLB = "https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/introduction.html";
const GWLB_START = "https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/getting-started.html";
const FLOW = "https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html";
const RESOLVER = "https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/resolver-forwarding-inbound-queries.html";

const questions: BankQuestionInput[] = [
  {
    id: "if-billing-per-az",
    track,
    difficulty: 2,
    type: "single",
    tags: ["cost", "interface-endpoint"],
    prompt:
      "You create one interface endpoint for KMS and select subnets in three Availability Zones. How many endpoint network interfaces are created, and how does the hourly charge scale?",
    choices: [
      { id: "a", text: "One ENI for the whole endpoint; one hourly charge" },
      { id: "b", text: "Three ENIs, but interface endpoints have no hourly charge, only per-GB" },
      { id: "c", text: "One ENI per instance that uses the endpoint" },
      { id: "d", text: "Three ENIs, one per chosen subnet; the hourly charge applies per AZ the endpoint is in" },
    ],
    answer: "d",
    explanation:
      "An interface endpoint places one requester-managed ENI in each subnet you choose, one subnet per AZ, and PrivateLink bills each endpoint per hour for every AZ it is provisioned in, plus a per-GB data processing charge. So three AZs cost three times the hourly rate of one. ENIs are not created per client instance; all clients in the VPC share them.",
    source: PRICING,
  },
  {
    id: "if-eni-ip-stable",
    track,
    difficulty: 1,
    type: "single",
    tags: ["eni", "interface-endpoint"],
    prompt: "What happens to the private IP address of an interface endpoint's network interface over time?",
    choices: [
      { id: "a", text: "It changes whenever AWS scales the endpoint" },
      { id: "b", text: "It stays the same for the whole life of the endpoint" },
      { id: "c", text: "It is leased by DHCP and renewed daily" },
      { id: "d", text: "It is a public IP that AWS rotates" },
    ],
    answer: "b",
    explanation:
      "Each endpoint ENI gets a private address from its subnet that does not change until the endpoint is deleted. That makes it safe to reference from on-premises DNS or firewall rules, though DNS names remain the better interface. Scaling happens behind the ENI, not by swapping its address.",
    source: SVC,
  },
  {
    id: "if-one-subnet-per-az",
    track,
    difficulty: 1,
    type: "single",
    tags: ["subnet", "ha"],
    prompt: "Can one interface endpoint use two subnets in the same Availability Zone?",
    choices: [
      { id: "a", text: "Yes, to double its bandwidth in that AZ" },
      { id: "b", text: "No: you choose at most one subnet per AZ, and the endpoint gets one ENI there" },
      { id: "c", text: "Yes, but only for services that require acceptance" },
      { id: "d", text: "No: an interface endpoint can only use one subnet in total" },
    ],
    answer: "b",
    explanation:
      "An interface endpoint has one network interface per AZ, so you pick one subnet per AZ, across as many AZs as you need (and the service supports). Bandwidth scales automatically per AZ rather than by adding ENIs. For resilience, pick subnets in at least two AZs.",
    source: CREATE,
  },
  {
    id: "if-sg-missing-443",
    track,
    difficulty: 2,
    type: "single",
    tags: ["security-group", "troubleshooting"],
    scenario: "interface-endpoint-sg-blocks-443",
    prompt:
      "An SQS interface endpoint with private DNS is available in VPC 10.0.0.0/16. dig sqs.us-east-1.amazonaws.com returns 10.0.1.25 and 10.0.2.47, but aws sqs list-queues times out. The endpoint's security group sg-ep allows inbound TCP 22 from 10.0.0.0/16 only. What is the fix?",
    choices: [
      { id: "a", text: "Add an outbound rule on sg-ep for TCP 443 to 10.0.0.0/16" },
      {
        id: "b",
        text: "Add an inbound rule on sg-ep for TCP 443 from the clients (10.0.0.0/16 or their security group)",
      },
      { id: "c", text: "Disable private DNS so traffic goes to the public endpoint" },
      { id: "d", text: "Add a route to the endpoint's ENIs in the route table" },
    ],
    answer: "b",
    explanation:
      "DNS already points at the endpoint ENIs, so the remaining gate is the security group on those ENIs: AWS APIs are HTTPS, and the ENIs must accept inbound TCP 443 from the clients. Security groups are stateful, so no outbound rule is needed for replies. The ENIs live in the VPC's own subnets, so the local route already reaches them; no extra route exists or is needed.",
    source: CREATE,
  },
  {
    id: "if-default-sg-trap",
    track,
    difficulty: 3,
    type: "single",
    tags: ["security-group"],
    prompt:
      "An engineer creates an interface endpoint from the CLI without --security-group-ids. Instances in sg-app cannot connect to it on 443. Why?",
    choices: [
      { id: "a", text: "Without a security group, the endpoint blocks all traffic" },
      { id: "b", text: "The CLI creates a security group that only allows ICMP" },
      { id: "c", text: "Interface endpoints require a network ACL instead" },
      {
        id: "d",
        text: "The endpoint got the VPC's default security group, whose inbound rule only admits members of that same group",
      },
    ],
    answer: "d",
    explanation:
      "If you don't specify security groups, the endpoint ENIs get the VPC's default security group. Its standard inbound rule allows traffic only from resources that also carry the default group, so instances in sg-app are refused. Attach a dedicated group allowing 443 from the clients. Endpoints are never left without a security group.",
    source: CREATE,
  },
  {
    id: "if-sg-direction",
    track,
    difficulty: 3,
    type: "multiple",
    tags: ["security-group"],
    prompt:
      "Clients in sg-app call an interface endpoint whose ENIs use sg-ep. Which rules are required? Select all that apply.",
    choices: [
      { id: "a", text: "sg-ep: outbound TCP 1024–65535 to sg-app for the responses" },
      { id: "b", text: "sg-app: inbound TCP 1024–65535 from sg-ep for the responses" },
      { id: "c", text: "sg-ep: inbound TCP 443 from sg-app" },
      { id: "d", text: "sg-app: outbound TCP 443 to sg-ep (or wider), if outbound is restricted" },
    ],
    answers: ["c", "d"],
    explanation:
      "Each side's security group must allow the connection in the direction it is opened: clients outbound to 443, the endpoint inbound on 443. Because security groups are stateful, responses are allowed automatically, so no ephemeral-port rules are needed on either side. Ephemeral-port rules are a network ACL habit that does not apply here.",
    source: CREATE,
  },
  {
    id: "if-private-dns-attributes",
    track,
    difficulty: 2,
    type: "single",
    tags: ["dns", "private-dns", "errors"],
    scenario: "interface-endpoint-private-dns-off",
    prompt:
      "In a VPC created with the CLI (not the default VPC), create-vpc-endpoint for com.amazonaws.us-east-1.sqs with private DNS fails: 'Enabling private DNS requires both enableDnsSupport and enableDnsHostnames VPC attributes set to true'. What do you do?",
    choices: [
      { id: "a", text: "Create a Route 53 public hosted zone for sqs.us-east-1.amazonaws.com" },
      { id: "b", text: "Add --no-private-dns-enabled; private DNS is not available for SQS" },
      {
        id: "c",
        text: "Run modify-vpc-attribute --enable-dns-hostnames (the attribute that is off by default in non-default VPCs), then create the endpoint again",
      },
      { id: "d", text: "Enable DNS on the endpoint's security group" },
    ],
    answer: "c",
    explanation:
      "Private DNS needs both VPC attributes. A non-default VPC starts with enableDnsSupport on and enableDnsHostnames off, so the usual fix is turning on DNS hostnames (one attribute per modify-vpc-attribute call). SQS supports private DNS; disabling it would create the endpoint but leave clients resolving the public name. A public hosted zone could not override AWS's own names, and security groups have no DNS settings.",
    source: DNS,
  },
  {
    id: "if-private-dns-off-timeout",
    track,
    difficulty: 3,
    type: "multiple",
    tags: ["dns", "private-dns"],
    scenario: "interface-endpoint-private-dns-off",
    prompt:
      "An SQS interface endpoint exists with private DNS disabled, in a private subnet with no NAT gateway. aws sqs list-queues times out. Which changes would make it work? Select all that apply.",
    choices: [
      { id: "a", text: "Add a route for sqs.us-east-1.amazonaws.com to the endpoint" },
      { id: "b", text: "Open TCP 80 on the endpoint's security group" },
      { id: "c", text: "Enable private DNS on the endpoint (with both VPC DNS attributes on)" },
      {
        id: "d",
        text: "Call the endpoint-specific name: --endpoint-url https://vpce-02be0dfa2be4de0a8-7ju5ehp2.sqs.us-east-1.vpce.amazonaws.com",
      },
    ],
    answers: ["c", "d"],
    explanation:
      "Without private DNS, the default SQS hostname resolves to public addresses that this subnet cannot route anywhere, hence the timeout. Either make the default name resolve to the endpoint (private DNS) or point the client at the endpoint's own DNS name, which always resolves to its private IPs. Route tables take CIDRs and prefix lists, not hostnames, and AWS APIs use HTTPS on 443, not port 80.",
    source: SVC,
  },
  {
    id: "if-private-dns-off-nat",
    track,
    difficulty: 3,
    type: "multiple",
    tags: ["dns", "nat-gateway", "cost"],
    scenario: "interface-endpoint-private-dns-off",
    prompt:
      "Same SQS endpoint with private DNS disabled, but the subnet also has 0.0.0.0/0 → nat-0abc. aws sqs list-queues succeeds. Which statements are true? Select all that apply.",
    choices: [
      { id: "a", text: "A queue policy that requires aws:SourceVpce would deny these calls" },
      { id: "b", text: "The success proves private DNS is not needed for interface endpoints" },
      {
        id: "c",
        text: "The call went through the NAT gateway to the public SQS endpoint, not through the interface endpoint",
      },
      {
        id: "d",
        text: "You are paying for an endpoint that carries none of this traffic, plus NAT processing for the traffic",
      },
    ],
    answers: ["a", "c", "d"],
    explanation:
      "The default name resolved to public addresses and the NAT route carried the request, so the endpoint was bypassed. That is the classic silent failure: it works, but costs twice and leaks around any endpoint-based controls, since requests that did not pass through an endpoint have no aws:SourceVpce value. Success here proves only that a NAT path exists.",
    source: SVC,
  },
  {
    id: "if-dig-after-private-dns",
    track,
    difficulty: 1,
    type: "single",
    tags: ["dns", "private-dns"],
    scenario: "interface-endpoint-sqs",
    prompt:
      "An SQS interface endpoint with private DNS has ENIs in subnets 10.0.1.0/24 and 10.0.2.0/24. What does dig +short sqs.us-east-1.amazonaws.com return from an instance in the VPC?",
    choices: [
      { id: "a", text: "Public SQS addresses, because private DNS only affects the vpce- names" },
      { id: "b", text: "A CNAME to the NAT gateway" },
      {
        id: "c",
        text: "The endpoint ENIs' private addresses, one from each subnet (for example 10.0.1.25 and 10.0.2.47)",
      },
      { id: "d", text: "NXDOMAIN, because the public name is hidden" },
    ],
    answer: "c",
    explanation:
      "Private DNS associates a hidden private hosted zone with the VPC in which the service's regional name maps to the endpoint ENIs' private IPs, one per AZ. The VPC resolver answers from that zone, so unmodified SDKs connect to the endpoint. Public answers would mean private DNS is off or the query came from outside the VPC.",
    source: SVC,
  },
  {
    id: "if-dns-name-forms",
    track,
    difficulty: 1,
    type: "single",
    tags: ["dns"],
    prompt: "Which of these is the zonal DNS name of an interface endpoint?",
    choices: [
      { id: "a", text: "sqs.us-east-1.amazonaws.com" },
      { id: "b", text: "vpce-0f89a33420c1931d7-bluzidnv.sqs.us-east-1.vpce.amazonaws.com" },
      { id: "c", text: "us-east-1a.sqs.amazonaws.com" },
      { id: "d", text: "vpce-0f89a33420c1931d7-bluzidnv-us-east-1a.sqs.us-east-1.vpce.amazonaws.com" },
    ],
    answer: "d",
    explanation:
      "Every interface endpoint gets a regional name (vpce-id-token.service.region.vpce.amazonaws.com) that returns all its ENI addresses, plus one zonal name per AZ with the AZ inserted after the token, which returns only that AZ's address. So option d, with us-east-1a after the token, is the zonal name. The plain service name (a) points at the endpoint only when private DNS is on and returns every AZ's address, (b) is the regional name, and option c is not a real name form.",
    source: SVC,
  },
  {
    id: "if-onprem-dns-resolver",
    track,
    difficulty: 3,
    type: "single",
    tags: ["dns", "on-prem", "route53-resolver"],
    prompt:
      "On-premises servers reach VPC 10.0.0.0/16 over Direct Connect. The VPC has a Secrets Manager interface endpoint with private DNS. On-prem, secretsmanager.us-east-1.amazonaws.com still resolves to public IPs. What makes the on-prem servers use the endpoint without code changes?",
    choices: [
      { id: "a", text: "Nothing; private DNS automatically applies to networks connected by Direct Connect" },
      { id: "b", text: "A static route on-prem for the public Secrets Manager IPs into Direct Connect" },
      { id: "c", text: "A gateway endpoint for Secrets Manager" },
      {
        id: "d",
        text: "A Route 53 Resolver inbound endpoint in the VPC, and a conditional forwarder on the on-prem DNS servers sending that name to it",
      },
    ],
    answer: "d",
    explanation:
      "The private hosted zone created by private DNS is answered only by the VPC's resolver. On-prem resolvers must forward the service name to a Route 53 Resolver inbound endpoint, which answers from the VPC's view with the endpoint ENI addresses that are reachable over Direct Connect. Routing public IPs into Direct Connect would not reach a private endpoint, and gateway endpoints exist only for S3 and DynamoDB.",
    source: RESOLVER,
  },
  {
    id: "if-peered-vpc-dns",
    track,
    difficulty: 3,
    type: "single",
    tags: ["dns", "architecture", "centralized-endpoints"],
    prompt:
      "A shared-services VPC hosts interface endpoints for 10 services; 30 spoke VPCs connect to it through a transit gateway and can route to the endpoint IPs. In the spokes, service names still resolve publicly. What is the standard design?",
    choices: [
      { id: "a", text: "Enable private DNS on each endpoint; it propagates to attached VPCs" },
      {
        id: "b",
        text: "Disable private DNS on the central endpoints, create a private hosted zone per service name with alias records to each endpoint's regional DNS name, and associate those zones with every spoke VPC",
      },
      { id: "c", text: "Create the same interface endpoints again in every spoke, with private DNS off" },
      { id: "d", text: "Use a gateway endpoint for each service in the hub" },
    ],
    answer: "b",
    explanation:
      "Private DNS on an endpoint only affects its own VPC. For a hub design you manage the names yourself: a private hosted zone such as sqs.us-east-1.amazonaws.com with an alias to the endpoint's regional vpce name, associated with each spoke (across accounts by authorization, or via Route 53 Resolver rules). Duplicating endpoints in every spoke works but throws away the cost saving that motivated the hub, and gateway endpoints exist only for S3 and DynamoDB.",
    source: CENTRAL,
  },
  {
    id: "if-az-failure-dns",
    track,
    difficulty: 2,
    type: "single",
    tags: ["ha", "dns"],
    prompt:
      "An interface endpoint has ENIs in us-east-1a and us-east-1b. Clients use the regional (or private DNS) name. What happens if the endpoint's capacity in us-east-1a becomes unavailable?",
    choices: [
      { id: "a", text: "All clients fail until the endpoint is recreated" },
      {
        id: "b",
        text: "DNS stops returning the unavailable AZ's address, so clients resolving the name again are sent to the ENI in us-east-1b",
      },
      { id: "c", text: "The ENI in us-east-1a moves to us-east-1b with the same IP" },
      { id: "d", text: "Clients in us-east-1a are switched to a NAT gateway" },
    ],
    answer: "b",
    explanation:
      "The regional name returns the addresses of the endpoint's healthy AZs, so an AZ problem is handled by DNS: new lookups only get the surviving address. ENIs are tied to their subnets and never move between AZs. Clients that hard-code a zonal name or an IP lose this protection, which is the trade-off of zonal names.",
    source: SVC,
  },
  {
    id: "if-single-az",
    track,
    difficulty: 2,
    type: "single",
    tags: ["ha"],
    prompt:
      "To save money, an interface endpoint for STS is created only in us-east-1a. Instances run in us-east-1a, 1b and 1c. What is the main risk?",
    choices: [
      { id: "a", text: "Instances in 1b and 1c cannot reach the endpoint at all" },
      { id: "b", text: "The endpoint refuses more than one client at a time" },
      { id: "c", text: "There is no risk; AWS replicates the ENI automatically" },
      {
        id: "d",
        text: "Everything depends on one AZ: if us-east-1a has a problem, every instance loses STS access, even those in healthy AZs",
      },
    ],
    answer: "d",
    explanation:
      "Instances in other AZs can reach the ENI in us-east-1a across the VPC's local route, so it works day to day, but it is a single point of failure that couples every AZ to one. Provision the endpoint in each AZ where you run workloads. AWS does not replicate an ENI into AZs you did not select.",
    source: SVC,
  },
  {
    id: "if-bandwidth",
    track,
    difficulty: 1,
    type: "single",
    tags: ["performance", "quotas"],
    prompt: "What bandwidth does a VPC endpoint support by default?",
    choices: [
      { id: "a", text: "1.25 Gbps per endpoint, like a VPN tunnel" },
      { id: "b", text: "Whatever the instance type of the ENI allows" },
      { id: "c", text: "A fixed 5 Gbps per VPC" },
      { id: "d", text: "Up to 10 Gbps per AZ, scaling automatically up to 100 Gbps per AZ" },
    ],
    answer: "d",
    explanation:
      "The PrivateLink quotas page says each endpoint supports up to 10 Gbps per AZ by default and scales automatically to 100 Gbps; across AZs the maximum is the number of AZs times 100 Gbps. 1.25 Gbps is a Site-to-Site VPN tunnel figure. Endpoint ENIs are not instances, so instance bandwidth limits don't apply to them.",
    source: QUOTAS,
  },
  {
    id: "if-mtu",
    track,
    difficulty: 2,
    type: "multiple",
    tags: ["mtu"],
    prompt: "Which statements about packet size through a VPC endpoint are true? Select all that apply.",
    choices: [
      { id: "a", text: "Endpoints fragment large packets transparently" },
      { id: "b", text: "Packets larger than 8500 bytes arriving at the endpoint are dropped" },
      {
        id: "c",
        text: "The endpoint does not send ICMP 'fragmentation needed' messages, so Path MTU Discovery cannot work through it",
      },
      { id: "d", text: "The endpoint clamps the TCP MSS so TCP connections still work" },
    ],
    answers: ["b", "c", "d"],
    explanation:
      "An endpoint accepts packets up to 8500 bytes and drops larger ones without sending ICMP, so PMTUD gets no feedback; to keep TCP working, the endpoint enforces MSS clamping. That is why TCP is fine but oversized non-TCP traffic simply disappears. No fragmentation is performed for you.",
    source: QUOTAS,
  },
  {
    id: "if-lifecycle-order",
    track,
    difficulty: 2,
    type: "ordering",
    tags: ["lifecycle", "private-dns"],
    prompt: "Order what happens after you run create-vpc-endpoint for an AWS service with private DNS enabled.",
    items: [
      { id: "a", text: "The endpoint is returned in the pending state" },
      { id: "b", text: "AWS creates one requester-managed ENI in each chosen subnet" },
      { id: "c", text: "The endpoint becomes available" },
      {
        id: "d",
        text: "The service's default name resolves to the ENI addresses inside the VPC (this can take a few minutes)",
      },
      { id: "e", text: "Unmodified SDK calls from private instances reach the service through the endpoint" },
    ],
    order: ["a", "b", "c", "d", "e"],
    explanation:
      "Interface endpoints start pending while their ENIs are built, then become available; AWS services accept automatically, so there is no pendingAcceptance step. The private DNS answers and the ENI addresses may lag the state change by a few minutes, which is why a quick test right after creation can still see public answers.",
    source: CREATE,
  },
  {
    id: "if-flow-log-reject",
    track,
    difficulty: 3,
    type: "single",
    tags: ["flow-logs", "troubleshooting", "security-group"],
    scenario: "interface-endpoint-sg-blocks-443",
    prompt:
      "VPC flow logs on an endpoint ENI (10.0.1.25) show records like '10.0.3.14 10.0.1.25 49732 443 6 ... REJECT'. What does that tell you?",
    choices: [
      {
        id: "a",
        text: "The client reached the endpoint ENI on 443 but a security group or network ACL rejected it; check the endpoint's inbound rules",
      },
      { id: "b", text: "DNS is wrong, because the client sent traffic to the wrong IP" },
      { id: "c", text: "The endpoint policy denied the API call" },
      { id: "d", text: "The service returned an HTTP 403" },
    ],
    answer: "a",
    explanation:
      "Flow logs record network-level accept/reject decisions at the ENI. A REJECT on destination port 443 means the packets arrived at the right address (so DNS and routing are fine) and were filtered by a security group or NACL. Endpoint policies and HTTP status codes live above the network layer and never appear as REJECT in flow logs; a policy denial would show ACCEPTed packets and an AccessDenied error in the client.",
    source: FLOW,
  },
  {
    id: "if-one-way",
    track,
    difficulty: 1,
    type: "single",
    tags: ["privatelink", "security"],
    prompt: "Through an interface endpoint for an AWS service, who can open connections?",
    choices: [
      { id: "a", text: "Both sides: the service can also call into your VPC through the same ENIs" },
      { id: "b", text: "Only the service, which pushes messages to subscribers" },
      {
        id: "c",
        text: "Only clients in (or routed to) your VPC can open connections to the service; the service cannot start connections into your network through the endpoint",
      },
      { id: "d", text: "Anyone on the internet who knows the vpce DNS name" },
    ],
    answer: "c",
    explanation:
      "PrivateLink is consumer-initiated: requests flow from the endpoint side to the service and responses come back on the same connections, but the service side has no path to open new connections to your instances. The vpce names resolve to private IPs, so knowing them gives nothing to someone outside your network.",
    source: "https://docs.aws.amazon.com/vpc/latest/privatelink/concepts.html",
  },
  {
    id: "if-cost-drivers",
    track,
    difficulty: 1,
    type: "multiple",
    tags: ["cost"],
    prompt: "Which factors increase the monthly bill for interface endpoints? Select all that apply.",
    choices: [
      { id: "a", text: "The number of AZs each endpoint is provisioned in" },
      { id: "b", text: "The gigabytes processed through the endpoints" },
      { id: "c", text: "The number of instances that use an endpoint" },
      { id: "d", text: "The number of security group rules on the endpoint" },
      { id: "e", text: "The number of endpoints" },
    ],
    answers: ["a", "b", "e"],
    explanation:
      "PrivateLink charges per endpoint per AZ per hour plus per GB processed. How many clients share an endpoint and how many rules its security group has cost nothing, which is why sharing endpoints and pruning idle ones (or unneeded AZs) are the main cost levers.",
    source: PRICING,
  },
  {
    id: "if-s3-interface-names",
    track,
    difficulty: 2,
    type: "single",
    tags: ["s3", "dns"],
    prompt:
      "An S3 interface endpoint without private DNS has the DNS entry *.vpce-1a2b3c4d5e6f1a2b3-9hnenorg.s3.us-east-1.vpce.amazonaws.com. How does a client address bucket reports through it?",
    choices: [
      {
        id: "a",
        text: "By replacing the * with a prefix, e.g. https://bucket.vpce-1a2b3c4d5e6f1a2b3-9hnenorg.s3.us-east-1.vpce.amazonaws.com, with the bucket name in the request",
      },
      { id: "b", text: "https://reports.s3.us-east-1.amazonaws.com, and routing takes care of the rest" },
      { id: "c", text: "Through the gateway endpoint's prefix list" },
      { id: "d", text: "S3 interface endpoints cannot be addressed without private DNS" },
    ],
    answer: "a",
    explanation:
      "S3 interface endpoint names start with a wildcard: you substitute 'bucket' (or 'accesspoint', 'control') for the asterisk and pass that as the endpoint URL, for example aws s3 ls s3://reports --endpoint-url https://bucket.vpce-...vpce.amazonaws.com. Without private DNS, the standard S3 name still resolves publicly and would not use the interface endpoint.",
    source: S3IF,
  },
  {
    id: "if-s3-inbound-resolver-only",
    track,
    difficulty: 3,
    type: "single",
    tags: ["s3", "dns", "on-prem", "cost"],
    prompt:
      "A VPC serves S3 both to its own instances and to on-prem clients via a Resolver inbound endpoint. You want in-VPC traffic on the free gateway endpoint and on-prem traffic on the S3 interface endpoint, all using standard S3 names. Which configuration achieves that?",
    choices: [
      {
        id: "a",
        text: "Interface endpoint with private DNS enabled normally; the VPC's instances will automatically prefer the gateway endpoint",
      },
      { id: "b", text: "Two interface endpoints, one per client group" },
      { id: "c", text: "Only a gateway endpoint with a Resolver rule forwarding S3 names to it" },
      {
        id: "d",
        text: "A gateway endpoint plus an interface endpoint with private DNS and the 'private DNS only for inbound Resolver endpoint' option, which requires the gateway endpoint to exist",
      },
    ],
    answer: "d",
    explanation:
      "With 'private DNS only for inbound Resolver endpoint', queries arriving through the inbound Resolver endpoint (on-prem) get the interface endpoint's IPs, while queries from inside the VPC get the normal public answers, which the gateway endpoint's route then carries for free. AWS requires a gateway endpoint in the VPC before allowing the option. With ordinary private DNS, in-VPC clients would also resolve to the interface endpoint and pay its per-GB charge.",
    source: S3IF,
  },
  {
    id: "if-cross-region",
    track,
    difficulty: 3,
    type: "single",
    tags: ["region", "privatelink"],
    prompt:
      "Workloads in a us-east-1 VPC must call AWS KMS in us-west-2 privately, with no NAT gateway, no internet gateway and no VPC in us-west-2. What should you check first?",
    choices: [
      {
        id: "a",
        text: "Whether KMS is one of the AWS services that support cross-Region PrivateLink; if so, create an interface endpoint in the us-east-1 VPC for the us-west-2 service Region",
      },
      { id: "b", text: "Nothing will work: interface endpoints are strictly same-Region" },
      { id: "c", text: "Whether a KMS gateway endpoint can be associated with both Regions' route tables" },
      { id: "d", text: "Whether the KMS prefix list for us-west-2 can be added to the route table" },
    ],
    answer: "a",
    explanation:
      "Interface endpoints used to be same-Region only, and many articles still say so, but AWS now supports cross-Region PrivateLink for a list of AWS services (KMS, S3, ECR, Lambda and others) as well as for endpoint services whose providers enable it. You create the endpoint in your VPC and name the remote service Region. KMS has no gateway endpoint, and adding a prefix list route without an endpoint does nothing.",
    source: XREGION,
  },
  {
    id: "if-gwlbe-route-target",
    track,
    difficulty: 1,
    type: "single",
    tags: ["gwlb", "routing"],
    prompt: "How does traffic get sent to a Gateway Load Balancer endpoint?",
    choices: [
      {
        id: "a",
        text: "Route tables use the GWLB endpoint (vpce-...) as the target for the traffic you want inspected",
      },
      { id: "b", text: "Clients resolve its DNS name and connect to it on 443" },
      { id: "c", text: "It is attached to instances like a security group" },
      { id: "d", text: "Through a prefix-list route like a gateway endpoint" },
    ],
    answer: "a",
    explanation:
      "A GWLB endpoint is used as a next hop: you point routes (in subnet route tables, or in an edge-associated gateway route table) at it, and it transparently delivers packets to the Gateway Load Balancer in the appliance VPC. Clients never address it by name, which is the key difference from interface endpoints, and there is no prefix list involved.",
    source: GWLB,
  },
  {
    id: "if-gwlb-ingress-routing",
    track,
    difficulty: 3,
    type: "single",
    tags: ["gwlb", "routing", "inspection"],
    scenario: "gwlb-inspection",
    prompt:
      "Inbound internet traffic to web servers in subnet 10.0.1.0/24 must pass a firewall fleet behind a GWLB. The app subnet's route table sends 0.0.0.0/0 to the GWLB endpoint vpce-gwlbe, and the endpoint's subnet routes 0.0.0.0/0 to the internet gateway. Responses are inspected but new inbound requests reach the servers without inspection. What is missing?",
    choices: [
      { id: "a", text: "A security group on the GWLB endpoint" },
      { id: "b", text: "A second GWLB endpoint in the app subnet" },
      {
        id: "c",
        text: "A route table associated with the internet gateway (edge association) that sends 10.0.1.0/24 to vpce-gwlbe",
      },
      { id: "d", text: "Private DNS on the GWLB endpoint" },
    ],
    answer: "c",
    explanation:
      "Traffic entering through the internet gateway is routed by the IGW's own route table; by default it follows the local route straight to the servers. An edge-associated gateway route table with 10.0.1.0/24 → vpce-gwlbe sends inbound packets through the appliances, making both directions symmetric. GWLB endpoints don't use security groups or DNS, and a second endpoint does not change where the IGW delivers packets.",
    source: GWLB_START,
  },
  {
    id: "if-gwlb-path-order",
    track,
    difficulty: 2,
    type: "ordering",
    tags: ["gwlb", "path"],
    prompt:
      "Order the path of an inbound packet from the internet to a web server in a VPC protected by GWLB endpoints.",
    items: [
      { id: "a", text: "The internet gateway receives the packet and consults its edge-associated route table" },
      { id: "b", text: "The route sends it to the GWLB endpoint" },
      {
        id: "c",
        text: "The Gateway Load Balancer picks a healthy appliance and sends the packet to it wrapped in GENEVE (UDP 6081)",
      },
      { id: "d", text: "The appliance inspects it and returns it to the GWLB, which hands it back to the endpoint" },
      { id: "e", text: "The endpoint subnet's route table delivers it to the web server over the local route" },
    ],
    order: ["a", "b", "c", "d", "e"],
    explanation:
      "The edge route table diverts traffic to the endpoint; PrivateLink carries it to the GWLB in the security VPC; the GWLB encapsulates it in GENEVE so the appliance sees the original packet with its original addresses; after inspection it returns the same way and is delivered locally. The GWLB never rewrites source or destination addresses, which is what makes it a transparent bump in the wire.",
    source: GWLB,
  },
  {
    id: "if-gwlb-facts",
    track,
    difficulty: 1,
    type: "multiple",
    tags: ["gwlb"],
    prompt: "Which statements about Gateway Load Balancers and their endpoints are true? Select all that apply.",
    choices: [
      { id: "a", text: "The GWLB terminates TLS so appliances can read HTTPS payloads" },
      { id: "b", text: "The GWLB works at layer 3 and forwards all IP traffic on all ports" },
      { id: "c", text: "Its target groups use the GENEVE protocol on port 6081" },
      { id: "d", text: "GWLB endpoints have security groups that must allow the inspected ports" },
      { id: "e", text: "Flows stay pinned to one appliance so it sees both directions of a connection" },
    ],
    answers: ["b", "c", "e"],
    explanation:
      "A GWLB is a layer-3 gateway plus load balancer: it listens for all IP packets, sends them to appliances over GENEVE on 6081, and keeps each flow on the same healthy appliance so stateful firewalls see both directions. GWLB endpoints do not use security groups (filtering is the appliances' job), and the GWLB never terminates TLS; it passes packets through unchanged.",
    source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/target-groups.html",
  },
  {
    id: "if-requester-managed-eni",
    track,
    difficulty: 1,
    type: "single",
    tags: ["eni"],
    prompt:
      "You see an ENI described as 'VPC Endpoint Interface vpce-...' and try to detach and delete it. What happens?",
    choices: [
      {
        id: "a",
        text: "You cannot: it is requester-managed by the endpoint; remove its subnet from the endpoint or delete the endpoint instead",
      },
      { id: "b", text: "It is deleted and the endpoint keeps working in the other AZs" },
      { id: "c", text: "It is deleted and automatically recreated with a new IP" },
      { id: "d", text: "It can be moved to another instance" },
    ],
    answer: "a",
    explanation:
      "Endpoint ENIs are managed on your behalf by the endpoint, so you cannot detach, delete or reuse them directly. You change them through the endpoint: modify its subnets, or delete the endpoint. That is also why their IP stays fixed for the endpoint's lifetime.",
    source: SVC,
  },
  {
    id: "if-sg-reference-source",
    track,
    difficulty: 2,
    type: "single",
    tags: ["security-group", "least-privilege"],
    prompt:
      "Only the payment service (instances in sg-payments) may use the Secrets Manager interface endpoint in a VPC shared by many teams. What network control is tightest and simplest?",
    choices: [
      { id: "a", text: "Endpoint security group: inbound TCP 443 with source sg-payments only" },
      { id: "b", text: "Endpoint security group: inbound TCP 443 from the VPC CIDR" },
      { id: "c", text: "A network ACL on every other team's subnet denying 443" },
      { id: "d", text: "Disable private DNS so other teams don't find it" },
    ],
    answer: "a",
    explanation:
      "Security group rules can reference another security group as the source, which admits exactly the instances that carry it, wherever they are in the VPC. A VPC-CIDR rule lets every team in. NACLs are subnet-wide, stateless and clumsy here, and hiding the DNS name is not a control: the vpce names and IPs remain reachable. Combine this with an endpoint policy or resource policy for defence in depth.",
    source: CREATE,
  },
  {
    id: "if-onprem-sg-range",
    track,
    difficulty: 2,
    type: "single",
    tags: ["security-group", "on-prem"],
    prompt:
      "In-VPC clients use an STS interface endpoint without trouble. On-prem servers (172.20.0.0/16) resolve sts.us-east-1.amazonaws.com to the endpoint IPs through a Resolver inbound endpoint and have a route over the VPN, yet their connections time out. The endpoint's security group allows TCP 443 from 10.0.0.0/16. What do you change?",
    choices: [
      { id: "a", text: "Add inbound TCP 443 from 172.20.0.0/16 to the endpoint's security group" },
      { id: "b", text: "Enable private DNS for on-prem in the endpoint settings" },
      { id: "c", text: "Create a gateway endpoint for STS" },
      { id: "d", text: "Add an outbound rule for 172.20.0.0/16, because replies need it" },
    ],
    answer: "a",
    explanation:
      "VPN traffic keeps its on-prem source address, so the endpoint ENIs see 172.20.x.x, which the VPC-only rule doesn't admit. DNS and routing already work (the name resolves to the ENIs and the route exists), so the security group is the remaining gate. Replies are allowed automatically because security groups are stateful, and there is no gateway endpoint type for STS.",
    source: CREATE,
  },
  {
    id: "if-gwlbe-subnet-route",
    track,
    difficulty: 2,
    type: "single",
    tags: ["gwlb", "routing", "inspection"],
    scenario: "gwlb-inspection",
    prompt:
      "For egress inspection, private app subnets route 0.0.0.0/0 to a GWLB endpoint in an 'inspection' subnet. Internet access must still go through the VPC's NAT gateway after inspection. Where should the inspection subnet's 0.0.0.0/0 route point?",
    choices: [
      { id: "a", text: "Back to the GWLB endpoint" },
      { id: "b", text: "To the app subnets' CIDR" },
      { id: "c", text: "Nowhere; the GWLB forwards packets to the internet itself" },
      { id: "d", text: "To the NAT gateway" },
    ],
    answer: "d",
    explanation:
      "When inspected packets come back from the appliances, the GWLB endpoint hands them to its subnet's route table for the next hop. That table must continue the journey, here to the NAT gateway, which then uses the internet gateway. Pointing it back at the endpoint makes a loop, and the GWLB never sends traffic to the internet on its own; it only returns packets to the endpoint they came from.",
    source: GWLB_START,
  },
  {
    id: "if-peered-vpc-usable",
    track,
    difficulty: 2,
    type: "single",
    tags: ["peering", "comparison"],
    prompt:
      "VPC-B is peered with VPC-A, which has a Secrets Manager interface endpoint and an S3 gateway endpoint. Which of them can instances in VPC-B use across the peering connection (given routes, security groups and DNS are set up)?",
    choices: [
      { id: "a", text: "Only the interface endpoint: its ENIs are addresses in VPC-A that peering can route to" },
      { id: "b", text: "Both" },
      { id: "c", text: "Only the gateway endpoint" },
      { id: "d", text: "Neither; endpoints never work across peering" },
    ],
    answer: "a",
    explanation:
      "An interface endpoint is a set of ENIs with private IPs, and peering routes to those IPs like any other address in VPC-A; VPC-B only needs DNS that points the service name (or the vpce name) at them. A gateway endpoint is a route target inside VPC-A's route tables and serves only traffic that starts in VPC-A, so peered traffic can't use it.",
    source: SVC,
  },
];

export default questions;
