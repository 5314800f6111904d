import type { BankQuestionInput } from "@/lib/content/bank";

const track = "privatelink-services";
const SHARE = "https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-share-your-services.html";
const CREATE_SVC = "https://docs.aws.amazon.com/vpc/latest/privatelink/create-endpoint-service.html";
const ACCEPT = "https://docs.aws.amazon.com/vpc/latest/privatelink/accept-reject-endpoint-requests.html";
const CONCEPTS = "https://docs.aws.amazon.com/vpc/latest/privatelink/concepts.html";
const ACCESS = "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html";
const PEERING = "https://docs.aws.amazon.com/whitepapers/latest/aws-vpc-connectivity-options/vpc-peering.html";
const DNS_CFG = "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_PrivateDnsNameConfiguration.html";
const NLB_TG = "https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-target-groups.html";

const questions: BankQuestionInput[] = [
  {
    id: "pls-alb-behind-nlb",
    track,
    difficulty: 2,
    type: "single",
    tags: ["endpoint-service", "load-balancer"],
    prompt:
      "A provider's internal API sits behind an Application Load Balancer that does path-based routing. They want to offer it to other accounts through PrivateLink without rebuilding it. What do they do?",
    choices: [
      { id: "a", text: "Create the endpoint service directly on the ALB" },
      {
        id: "b",
        text: "Put a Network Load Balancer in front, with a target group of type alb pointing at the ALB, and create the endpoint service on the NLB",
      },
      { id: "c", text: "Use a Gateway Load Balancer in front of the ALB" },
      { id: "d", text: "Share the ALB through VPC peering instead; PrivateLink can't reach ALB-based apps" },
    ],
    answer: "b",
    explanation:
      "Endpoint services are backed by a Network Load Balancer (or a Gateway Load Balancer for inspection appliances), not an ALB. An NLB can register an ALB as its target, so the layer-7 routing stays in place behind it. A GWLB is for transparent traffic inspection, not for publishing an API.",
    source: NLB_TG,
  },
  {
    id: "pls-service-name",
    track,
    difficulty: 1,
    type: "single",
    tags: ["endpoint-service"],
    prompt:
      "What does the service name of a provider's endpoint service look like, which consumers use to create their endpoint?",
    choices: [
      { id: "a", text: "com.amazonaws.us-east-1.s3" },
      { id: "b", text: "com.amazonaws.vpce.us-east-1.vpce-svc-03d5ebb7d9579a2b3" },
      { id: "c", text: "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/api/abc" },
      { id: "d", text: "vpce-0abed31004e618123" },
    ],
    answer: "b",
    explanation:
      "Endpoint services you create get a generated name of the form com.amazonaws.vpce.<region>.vpce-svc-<id>, which the provider shares with consumers. com.amazonaws.<region>.<service> names belong to AWS services. The NLB ARN stays private to the provider, and vpce-... ids identify a consumer's endpoint, not the service.",
    source: CREATE_SVC,
  },
  {
    id: "pls-not-allowed",
    track,
    difficulty: 2,
    type: "single",
    tags: ["allowed-principals", "troubleshooting"],
    scenario: "privatelink-service",
    prompt:
      "Consumer account 222233334444 runs create-vpc-endpoint with the provider's service name and gets InvalidServiceName: the endpoint service 'does not exist'. The provider confirms the name is right and the service is Available. What should the provider check first?",
    choices: [
      { id: "a", text: "That the NLB has a listener on port 443" },
      { id: "b", text: "That acceptance is required" },
      { id: "c", text: "That the consumer's VPC CIDR doesn't overlap the provider's" },
      {
        id: "d",
        text: "That the consumer is in the service's allowed principals, e.g. arn:aws:iam::222233334444:root",
      },
    ],
    answer: "d",
    explanation:
      "Only principals on the endpoint service's permissions list can see and connect to it; for anyone else it behaves as if it didn't exist. Adding the consumer account (or a specific role/user) fixes this. Listener ports and acceptance matter later, once the endpoint exists, and overlapping CIDRs never matter for PrivateLink.",
    source: SHARE,
  },
  {
    id: "pls-pending-acceptance",
    track,
    difficulty: 2,
    type: "single",
    tags: ["acceptance", "states"],
    scenario: "fault-connection-not-accepted",
    prompt:
      "A consumer's endpoint vpce-0c9d5681f408357be to service vpce-svc-0aa3fda56b193e814 has been in pendingAcceptance for an hour. What does the provider run?",
    choices: [
      { id: "a", text: "aws ec2 modify-vpc-endpoint --vpc-endpoint-id vpce-0c9d5681f408357be --accept" },
      { id: "b", text: "Nothing: endpoints leave pendingAcceptance automatically after DNS propagates" },
      { id: "c", text: "aws ec2 create-vpc-peering-connection to the consumer VPC" },
      {
        id: "d",
        text: "aws ec2 accept-vpc-endpoint-connections --service-id vpce-svc-0aa3fda56b193e814 --vpc-endpoint-ids vpce-0c9d5681f408357be",
      },
    ],
    answer: "d",
    explanation:
      "With acceptance required, the provider must accept each request, naming both the service id and the endpoint ids. The endpoint then goes to pending and available. The consumer can't accept its own request, and unanswered requests eventually expire rather than proceed. Peering has nothing to do with PrivateLink.",
    source: ACCEPT,
  },
  {
    id: "pls-provider-setup-order",
    track,
    difficulty: 1,
    type: "ordering",
    tags: ["endpoint-service", "setup"],
    prompt: "Order the provider's steps to offer an internal service to another account through PrivateLink.",
    items: [
      { id: "a", text: "Run the service behind a Network Load Balancer with healthy targets" },
      { id: "b", text: "Create an endpoint service on the NLB, with acceptance required" },
      { id: "c", text: "Add the consumer account to the service's allowed principals" },
      { id: "d", text: "Send the service name to the consumer" },
      { id: "e", text: "Accept the consumer's endpoint connection request" },
    ],
    order: ["a", "b", "c", "d", "e"],
    explanation:
      "The endpoint service is created on an existing load balancer, permissions are set on the service, and only then can the consumer find it with the name you send. The acceptance step comes last because there is nothing to accept until the consumer has created an endpoint.",
    source: SHARE,
  },
  {
    id: "pls-consumer-order",
    track,
    difficulty: 2,
    type: "ordering",
    tags: ["consumer", "setup"],
    prompt: "Order the consumer's steps to start using a partner's PrivateLink service.",
    items: [
      { id: "a", text: "Receive the service name and check which AZs the service supports" },
      { id: "b", text: "Create a security group allowing the service port from your clients" },
      {
        id: "c",
        text: "Create an interface endpoint with the service name, subnets in supported AZs and that security group",
      },
      { id: "d", text: "Wait for the provider to accept (pendingAcceptance → pending → available)" },
      { id: "e", text: "Point clients at the endpoint's DNS name (or the service's verified private DNS name)" },
    ],
    order: ["a", "b", "c", "d", "e"],
    explanation:
      "You can only place the endpoint in AZs where the provider's load balancer runs, and the security group should exist before the endpoint uses it. After creation the endpoint waits for the provider's acceptance; clients can only connect once it is available.",
    source: CONCEPTS,
  },
  {
    id: "pls-reject-available",
    track,
    difficulty: 2,
    type: "multiple",
    tags: ["states", "acceptance"],
    prompt:
      "A provider stops working with a customer whose endpoint is currently available. Which statements are true? Select all that apply.",
    choices: [
      { id: "a", text: "The provider can delete the consumer's endpoint from the consumer's VPC" },
      { id: "b", text: "After rejection, the consumer's endpoint shows the rejected state" },
      { id: "c", text: "Only the consumer can delete its endpoint resource" },
      { id: "d", text: "The provider can reject the already-available endpoint connection, cutting off access" },
    ],
    answers: ["b", "c", "d"],
    explanation:
      "Providers control the connection: they can reject requests, including ones already accepted, and the consumer sees the endpoint as rejected. The endpoint itself is a resource in the consumer's account, so only the consumer can delete it. Removing the account from allowed principals also prevents new requests.",
    source: ACCEPT,
  },
  {
    id: "pls-expired",
    track,
    difficulty: 1,
    type: "single",
    tags: ["states"],
    prompt: "What happens to a consumer's endpoint request that the provider never accepts or rejects?",
    choices: [
      { id: "a", text: "It eventually moves to the expired state" },
      { id: "b", text: "It becomes available automatically after 24 hours" },
      { id: "c", text: "It stays in pending forever and is billed" },
      { id: "d", text: "It is converted into a peering request" },
    ],
    answer: "a",
    explanation:
      "A request left in pendingAcceptance eventually expires; the consumer then deletes it and creates a new one if still needed. Acceptance is never implied by silence, so nothing becomes available on its own.",
    source: ACCEPT,
  },
  {
    id: "pls-az-ids",
    track,
    difficulty: 3,
    type: "single",
    tags: ["availability-zones", "cross-account"],
    prompt:
      "The provider's NLB runs in us-east-1a and us-east-1b of the provider account. The consumer tries to create the endpoint in its own us-east-1a and us-east-1c subnets and is told us-east-1c isn't supported; it also turns out that its own 'us-east-1a' is a different physical zone from the provider's. What is the underlying issue?",
    choices: [
      {
        id: "a",
        text: "AZ names are mapped independently per account; only AZ IDs (such as use1-az1) are the same everywhere, so match on AZ IDs and enable the NLB in the consumer's AZs",
      },
      { id: "b", text: "PrivateLink only works within one account" },
      { id: "c", text: "The consumer must use exactly two subnets" },
      { id: "d", text: "The provider must enable cross-zone load balancing to add AZs" },
    ],
    answer: "a",
    explanation:
      "A consumer can only place endpoint ENIs in AZs where the provider's load balancer has a presence, and names like us-east-1a may point to different physical zones in different accounts. Comparing AZ IDs shows the real overlap. The provider can add subnets in more AZs to the NLB; cross-zone load balancing spreads traffic across targets but doesn't add AZs to the load balancer.",
    source: CONCEPTS,
  },
  {
    id: "pls-overlap-works",
    track,
    difficulty: 2,
    type: "single",
    tags: ["overlapping-cidrs"],
    scenario: "overlapping-cidrs",
    prompt:
      "Consumer VPC and provider VPC both use 10.0.0.0/16. A peering request between them is refused. The provider then publishes its service through PrivateLink. Why does that work?",
    choices: [
      { id: "a", text: "PrivateLink translates both VPCs to a non-overlapping 100.64.0.0/10 range" },
      {
        id: "b",
        text: "The consumer reaches the service at an endpoint ENI address from its own subnet; the provider side sees traffic from its NLB. No route between the two CIDRs is ever needed",
      },
      { id: "c", text: "PrivateLink silently renumbers the provider VPC" },
      { id: "d", text: "It only works if both sides use different subnets inside 10.0.0.0/16" },
    ],
    answer: "b",
    explanation:
      "PrivateLink doesn't join the networks. The consumer talks to an address in its own VPC, and AWS carries the flow to the provider's NLB, which connects to targets from its own addresses. Neither route table contains the other side's CIDR, so the overlap is irrelevant. No renumbering or carrier-grade NAT range is involved.",
    source: CONCEPTS,
  },
  {
    id: "pls-one-way-callback",
    track,
    difficulty: 3,
    type: "single",
    tags: ["one-way", "architecture"],
    scenario: "overlapping-cidrs",
    prompt:
      "A SaaS provider consumes nothing from customers today; customers call its API through PrivateLink. A new feature needs the provider to call each customer's webhook receiver privately. Both sides use 10.0.0.0/16. What works?",
    choices: [
      {
        id: "a",
        text: "Each customer publishes its own endpoint service (NLB in front of the receiver) and the provider creates an interface endpoint to it: PrivateLink in the reverse direction",
      },
      { id: "b", text: "Reuse the existing endpoint: the provider can open connections back through it" },
      { id: "c", text: "Peer the VPCs for the callback only" },
      { id: "d", text: "Add a route in the provider VPC to the consumer's endpoint ENI" },
    ],
    answer: "a",
    explanation:
      "PrivateLink connections are initiated only from the endpoint (consumer) side; the provider can reply but never open new connections through it. For traffic in the other direction you add a second PrivateLink in the opposite orientation. Peering fails because of the overlap, and the provider VPC has no route to the consumer's ENI because the networks are never connected.",
    source: CONCEPTS,
  },
  {
    id: "pls-source-ip",
    track,
    difficulty: 3,
    type: "single",
    tags: ["nlb", "proxy-protocol", "logging"],
    prompt:
      "The provider's application logs show every PrivateLink request coming from a few 10.1.x.x addresses that belong to its own NLB, so it can't tell customers apart. What gives it the consumer's identity at the connection level?",
    choices: [
      {
        id: "a",
        text: "Enable Proxy Protocol v2 on the NLB target group; its header carries the source address and the VPC endpoint id of the consumer",
      },
      { id: "b", text: "Enable client IP preservation; PrivateLink passes consumer IPs through unchanged" },
      { id: "c", text: "Read the X-Forwarded-For header the NLB adds" },
      { id: "d", text: "Look up the consumer in the provider VPC's flow logs by consumer IP" },
    ],
    answer: "a",
    explanation:
      "For PrivateLink traffic the targets see the NLB's private addresses; consumer addresses would be meaningless anyway, since they may overlap. Proxy Protocol v2 prepends a header with connection details, including a TLV with the consumer's VPC endpoint id, which the provider can map to a customer. An NLB is layer 4 and adds no X-Forwarded-For header, and the provider's flow logs only show NLB addresses.",
    source: NLB_TG,
  },
  {
    id: "pls-consumer-sg-port",
    track,
    difficulty: 2,
    type: "single",
    tags: ["security-group", "troubleshooting"],
    scenario: "privatelink-service",
    prompt:
      "The provider's NLB listens on TCP 8443. The consumer's endpoint is available, and the consumer copied the security group it uses for AWS service endpoints (inbound 443 from the VPC). curl https://vpce-...:8443 times out. What is wrong?",
    choices: [
      { id: "a", text: "Endpoint services only support port 443" },
      { id: "b", text: "The endpoint's security group must allow the service's port, 8443, from the clients" },
      { id: "c", text: "The provider must accept the connection again" },
      { id: "d", text: "The consumer needs a route to the provider's NLB" },
    ],
    answer: "b",
    explanation:
      "The endpoint's security group filters what reaches its ENIs, and this service uses 8443, not 443. AWS service endpoints happen to use 443, which is why copying their group is a common trap. The endpoint is already available, so acceptance is done, and the ENIs are in the consumer's own subnets, reachable by the local route.",
    source: CONCEPTS,
  },
  {
    id: "pls-private-dns-name",
    track,
    difficulty: 2,
    type: "single",
    tags: ["dns", "private-dns", "endpoint-service"],
    prompt:
      "A provider wants consumers to reach its service as api.partner.example.com instead of a vpce-... name. What is required?",
    choices: [
      {
        id: "a",
        text: "Configure that private DNS name on the endpoint service and prove ownership of the domain with the TXT record AWS provides; consumers can use it once the state is verified",
      },
      { id: "b", text: "Consumers create a public DNS record pointing at their endpoint IPs" },
      { id: "c", text: "Nothing; endpoint services use the provider's public DNS automatically" },
      { id: "d", text: "Register the name in the consumer's VPC DHCP options" },
    ],
    answer: "a",
    explanation:
      "Endpoint services can carry a private DNS name, but AWS first requires the provider to verify the domain by publishing a TXT record with the name and value it supplies; the state goes from pendingVerification to verified. Consumers with private DNS enabled then resolve the name to their own endpoint ENIs. A public record pointing at private IPs would leak internal addressing and differs per consumer.",
    source: DNS_CFG,
  },
  {
    id: "pls-wide-open",
    track,
    difficulty: 2,
    type: "single",
    tags: ["allowed-principals", "security"],
    scenario: "privatelink-service",
    prompt: "A provider sets allowed principals to * and turns acceptance off. What is the effect?",
    choices: [
      { id: "a", text: "Only accounts in the provider's organization can connect" },
      { id: "b", text: "Nobody can connect until a principal is named" },
      { id: "c", text: "Consumers still need the provider to accept each request" },
      {
        id: "d",
        text: "Any AWS account that learns the service name can connect immediately, which makes the service effectively public to AWS customers",
      },
    ],
    answer: "d",
    explanation:
      "'*' allows every AWS principal to see the service, and with acceptance off every request is accepted automatically. That combination is appropriate for some public SaaS listings but, for an internal service, it removes both gates. Keep an explicit allow list, acceptance, or both, and authenticate at the application layer anyway.",
    source: SHARE,
  },
  {
    id: "pls-vs-peering-saas",
    track,
    difficulty: 3,
    type: "multiple",
    tags: ["saas", "comparison", "peering"],
    prompt:
      "A SaaS vendor must serve 300 customer VPCs, many using 10.0.0.0/16, and expose only one API. Why is PrivateLink better than VPC peering here? Select all that apply.",
    choices: [
      { id: "a", text: "Customers reach only the published service, not the vendor's whole VPC" },
      { id: "b", text: "Neither side has to add the other's CIDR to route tables" },
      { id: "c", text: "It lets the vendor reach all instances in customer VPCs for support" },
      { id: "d", text: "It is free for consumers" },
      { id: "e", text: "Overlapping customer CIDRs don't matter" },
    ],
    answers: ["a", "b", "e"],
    explanation:
      "PrivateLink exposes a single service behind a load balancer, uses addresses from each consumer's own subnets (so overlaps are fine) and needs no routes between the networks, which is why it scales to hundreds of customers. It doesn't give the vendor access into customer VPCs (it is one-way), and consumers pay for their interface endpoints by the hour and GB.",
    source: PEERING,
  },
  {
    id: "pls-notifications",
    track,
    difficulty: 1,
    type: "single",
    tags: ["operations", "acceptance"],
    prompt:
      "Acceptance is required on an endpoint service, and requests keep expiring because nobody notices them. What AWS feature helps?",
    choices: [
      { id: "a", text: "VPC flow logs on the NLB" },
      {
        id: "b",
        text: "A connection notification on the endpoint service that publishes to an Amazon SNS topic on events such as Connect",
      },
      { id: "c", text: "Private DNS name verification" },
      { id: "d", text: "An endpoint policy on the service" },
    ],
    answer: "b",
    explanation:
      "Endpoint services support connection notifications to SNS for events such as a new connection request, accept, reject and delete, so an on-call person or an automated approver can act. Flow logs record packets, not connection requests, and a request only produces traffic after it is accepted.",
    source: ACCEPT,
  },
  {
    id: "pls-gwlb-service",
    track,
    difficulty: 1,
    type: "single",
    tags: ["gwlb", "endpoint-service"],
    prompt:
      "A security team creates an endpoint service backed by a Gateway Load Balancer in front of its firewall fleet. What do application teams create in their VPCs to use it?",
    choices: [
      { id: "a", text: "Interface endpoints, addressed by DNS on port 443" },
      { id: "b", text: "Gateway endpoints with the firewall's prefix list" },
      { id: "c", text: "A VPC peering connection to the security VPC" },
      { id: "d", text: "Gateway Load Balancer endpoints, used as targets in their route tables" },
    ],
    answer: "d",
    explanation:
      "An endpoint service on a GWLB is consumed through GWLB endpoints, which act as route-table next hops so traffic flows transparently through the appliances. Interface endpoints are for services clients address directly. The same PrivateLink plumbing (allowed principals, acceptance) applies to both kinds.",
    source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/getting-started.html",
  },
  {
    id: "pls-connectivity-overlap",
    track,
    difficulty: 3,
    type: "multiple",
    tags: ["overlapping-cidrs", "comparison"],
    scenario: "overlapping-cidrs",
    prompt:
      "VPC-A and VPC-B both use 10.0.0.0/16 and cannot be renumbered. An app in VPC-A must call one HTTPS service in VPC-B. Which options can work without adding NAT appliances? Select all that apply.",
    choices: [
      { id: "a", text: "A Site-to-Site VPN between two instances in A and B" },
      { id: "b", text: "VPC peering between A and B" },
      { id: "c", text: "Attaching both VPCs to a transit gateway and routing 10.0.0.0/16 between them" },
      { id: "d", text: "An endpoint service on an NLB in VPC-B and an interface endpoint in VPC-A" },
    ],
    answers: ["d"],
    explanation:
      "Routed options need each side to send the other's CIDR somewhere other than local, which is impossible when they are identical: peering is refused outright and transit gateway or VPN routes can't override the local route. PrivateLink works because the service appears as an address inside VPC-A's own range.",
    source: CONCEPTS,
  },
  {
    id: "pls-consumer-view",
    track,
    difficulty: 1,
    type: "single",
    tags: ["consumer", "eni"],
    prompt: "In the consumer's VPC, what represents a connection to a provider's endpoint service?",
    choices: [
      { id: "a", text: "A route to the provider's CIDR" },
      { id: "b", text: "A copy of the provider's NLB" },
      { id: "c", text: "A peering connection in the accepted state" },
      { id: "d", text: "An interface endpoint: ENIs with private IPs from the consumer's own subnets" },
    ],
    answer: "d",
    explanation:
      "The consumer sees an ordinary interface endpoint: one ENI per chosen subnet, addresses from its own CIDR, its own security group. Nothing about the provider's network appears in the consumer's route tables, which is the whole point.",
    source: CONCEPTS,
  },
  {
    id: "pls-cross-region",
    track,
    difficulty: 3,
    type: "single",
    tags: ["region", "endpoint-service"],
    prompt:
      "A provider's endpoint service is in us-east-1. A customer needs private access from a VPC in us-west-2 and doesn't want to peer VPCs. What do current AWS docs allow?",
    choices: [
      { id: "a", text: "Nothing; endpoint services are only reachable from the same Region" },
      { id: "b", text: "The consumer creates a gateway endpoint to the service" },
      {
        id: "c",
        text: "The provider can enable cross-Region access for the service's supported Regions, and the consumer creates an interface endpoint in us-west-2 naming us-east-1 as the service Region",
      },
      { id: "d", text: "The provider must copy its NLB's ARN to the consumer" },
    ],
    answer: "c",
    explanation:
      "PrivateLink now supports cross-Region connectivity for endpoint services: the provider opts in and lists the Regions it supports, and consumers create endpoints in their own Region that specify the service Region. Older articles say PrivateLink is strictly same-Region, which was true before this feature. Gateway endpoints exist only for S3 and DynamoDB.",
    source: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyVpcEndpointServiceConfiguration.html",
  },
  {
    id: "pls-no-endpoint-policy",
    track,
    difficulty: 2,
    type: "single",
    tags: ["endpoint-policy", "security"],
    prompt:
      "A consumer wants to restrict which API calls its staff can make to a partner's PrivateLink service by attaching an endpoint policy. What should they know?",
    choices: [
      { id: "a", text: "Endpoint policies fully control partner APIs, the same way as for S3" },
      {
        id: "b",
        text: "The endpoint policy isn't evaluated by a non-AWS service, so access is effectively full; authorization must come from the partner's application (and network rules on the consumer side)",
      },
      { id: "c", text: "Endpoint policies for partner services must be written in the partner's own format" },
      { id: "d", text: "The partner must accept the policy before it applies" },
    ],
    answer: "b",
    explanation:
      "Endpoint policies are enforced by AWS services that understand IAM authorization. A partner's service behind an NLB sees TCP connections, not IAM requests, so for endpoints to such services the policy doesn't restrict anything. The consumer limits who can reach the endpoint with security groups, and the partner's application authenticates and authorizes requests.",
    source: ACCESS,
  },
];

export default questions;
