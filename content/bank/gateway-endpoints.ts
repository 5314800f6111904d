import type { BankQuestionInput } from "@/lib/content/bank";

const track = "gateway-endpoints";
const GW = "https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html";
const S3GW = "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-s3.html";
const S3IF = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/privatelink-interface-endpoints.html";
const PL = "https://docs.aws.amazon.com/vpc/latest/userguide/working-with-aws-managed-prefix-lists.html";
const QUOTAS = "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-limits-endpoints.html";
const ACCESS = "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html";

const questions: BankQuestionInput[] = [
  {
    id: "gw-services-supported",
    track,
    difficulty: 1,
    type: "single",
    tags: ["gateway-endpoint"],
    prompt: "Which AWS services can you reach through a gateway VPC endpoint?",
    choices: [
      { id: "a", text: "Any AWS service that has a regional API" },
      { id: "b", text: "S3, DynamoDB, SQS and SNS" },
      { id: "c", text: "Only Amazon S3" },
      { id: "d", text: "Amazon S3 and Amazon DynamoDB only" },
    ],
    answer: "d",
    explanation:
      "Gateway endpoints exist for exactly two services, S3 and DynamoDB. Everything else (SQS, SNS, KMS, STS and hundreds more) is reached privately through interface endpoints. Both S3 and DynamoDB now also offer interface endpoints, which is why 'only S3' and 'any service' are both tempting but wrong.",
    source: GW,
  },
  {
    id: "gw-route-shape",
    track,
    difficulty: 1,
    type: "single",
    tags: ["route-table", "prefix-list"],
    prompt:
      "Which route in describe-route-tables output shows that an S3 gateway endpoint is associated with the table?",
    choices: [
      { id: "a", text: "DestinationCidrBlock 0.0.0.0/0, GatewayId vpce-0a1b2c3d4e5f67890" },
      { id: "b", text: "DestinationCidrBlock 10.0.0.0/16, GatewayId local" },
      { id: "c", text: "DestinationPrefixListId pl-63a5400a, NetworkInterfaceId eni-0123abcd" },
      { id: "d", text: "DestinationPrefixListId pl-63a5400a, GatewayId vpce-0a1b2c3d4e5f67890" },
    ],
    answer: "d",
    explanation:
      "The endpoint's route uses the Region's AWS-managed prefix list for S3 as its destination and the endpoint id as its target. It is never a default route, so it coexists with 0.0.0.0/0. A network interface target would describe an interface-style design, but a gateway endpoint has no ENI at all.",
    source: GW,
  },
  {
    id: "gw-pricing",
    track,
    difficulty: 1,
    type: "single",
    tags: ["cost", "gateway-endpoint"],
    prompt: "How are S3 and DynamoDB gateway endpoints billed?",
    choices: [
      { id: "a", text: "Per hour per AZ, like interface endpoints" },
      { id: "b", text: "Per GB processed, but no hourly fee" },
      { id: "c", text: "A flat monthly fee per VPC" },
      { id: "d", text: "There is no additional charge for gateway endpoints" },
    ],
    answer: "d",
    explanation:
      "Gateway endpoints carry no hourly or data-processing charge; you pay only the normal S3 or DynamoDB request and storage prices. That is why they are the default choice for S3 and DynamoDB traffic that starts inside the VPC. Hourly-per-AZ plus per-GB is the interface endpoint model.",
    source: GW,
  },
  {
    id: "gw-dns-public-answer",
    track,
    difficulty: 2,
    type: "single",
    tags: ["dns", "gateway-endpoint"],
    scenario: "s3-gateway-endpoint",
    prompt:
      "After adding an S3 gateway endpoint to private-rt, aws s3 ls works from the private instance. A colleague runs dig s3.us-east-1.amazonaws.com, sees public S3 addresses, and says the endpoint 'isn't being used'. Who is right?",
    choices: [
      { id: "a", text: "The colleague: a working endpoint makes S3 names resolve to 10.x addresses" },
      {
        id: "b",
        text: "You: gateway endpoints never change DNS; the public S3 addresses match the prefix-list route, which sends them to the endpoint",
      },
      { id: "c", text: "Neither: the request is going through an interface endpoint created automatically" },
      { id: "d", text: "The colleague: private DNS must be enabled on the gateway endpoint" },
    ],
    answer: "b",
    explanation:
      "A gateway endpoint works purely in the route table. S3 names keep resolving to public S3 addresses, and because those addresses are in the prefix list, the more specific endpoint route catches them. Private DNS and 10.x answers belong to interface endpoints; a gateway endpoint has no private DNS setting at all. Without a NAT gateway in this subnet, the fact that aws s3 ls works at all proves the endpoint is carrying the traffic.",
    source: GW,
  },
  {
    id: "gw-missing-association",
    track,
    difficulty: 2,
    type: "single",
    tags: ["route-table", "troubleshooting"],
    scenario: "s3-gateway-endpoint",
    prompt:
      "VPC 10.0.0.0/16 has subnet-a (rtb-a) and subnet-b (rtb-b); neither table has a NAT route. The S3 gateway endpoint vpce-0s3 lists RouteTableIds [rtb-a]. aws s3 ls works on an instance in subnet-a and times out in subnet-b. What is the fix?",
    choices: [
      { id: "a", text: "Create a second S3 gateway endpoint in subnet-b" },
      { id: "b", text: "Associate rtb-b with the existing endpoint (modify-vpc-endpoint --add-route-table-ids rtb-b)" },
      { id: "c", text: "Add a security group to the endpoint allowing subnet-b's CIDR" },
      { id: "d", text: "Enable private DNS on the endpoint" },
    ],
    answer: "b",
    explanation:
      "A gateway endpoint serves exactly the subnets whose route tables it is associated with, because the association is what inserts the prefix-list route. rtb-b has no such route, so S3 traffic from subnet-b has nowhere to go. One endpoint can be associated with many route tables; gateway endpoints are not placed in subnets and have no security groups or DNS settings.",
    source: GW,
  },
  {
    id: "gw-cross-region-timeout",
    track,
    difficulty: 2,
    type: "single",
    tags: ["region", "design"],
    scenario: "gateway-endpoint-cross-region",
    prompt:
      "Instances in a us-east-1 VPC (with an S3 gateway endpoint, no NAT) must read a bucket in eu-west-1 privately. Which design works?",
    choices: [
      { id: "a", text: "Add eu-west-1's S3 prefix list as a second route to the us-east-1 gateway endpoint" },
      {
        id: "b",
        text: "Create an S3 interface endpoint in a VPC in eu-west-1 and reach its private IPs over inter-Region VPC peering",
      },
      { id: "c", text: "Create a second gateway endpoint in the us-east-1 VPC for com.amazonaws.eu-west-1.s3" },
      { id: "d", text: "Create a gateway endpoint in a VPC in eu-west-1 and reach it over inter-Region VPC peering" },
    ],
    answer: "b",
    explanation:
      "Gateway endpoints only serve their own Region, and only traffic that starts in their own VPC, so adding another Region's prefix list, creating a second gateway endpoint for eu-west-1, or using a gateway endpoint across peering all fail: you can't attach another Region's service or prefix list, and peered traffic can't use a gateway endpoint. An S3 interface endpoint has private IPs that peered VPCs, including inter-Region peers, can route to. (Cross-Region PrivateLink support for S3 is another route to check in current docs.)",
    source: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/privatelink-interface-endpoints.html",
  },
  {
    id: "gw-cross-region-with-nat",
    track,
    difficulty: 3,
    type: "multiple",
    tags: ["region", "cost", "nat-gateway"],
    scenario: "gateway-endpoint-cross-region",
    prompt:
      "Same us-east-1 VPC, but the private route table now also has 0.0.0.0/0 → nat-0abc. The eu-west-1 bucket's policy denies requests whose aws:SourceVpce is not vpce-0s3 (the us-east-1 gateway endpoint). What happens when the instance reads from the eu-west-1 bucket? Select all that apply.",
    choices: [
      { id: "a", text: "The call times out exactly as without NAT" },
      { id: "b", text: "The request leaves through the NAT gateway and internet gateway, not the endpoint" },
      { id: "c", text: "The request carries aws:SourceVpce = vpce-0s3 because the VPC has that endpoint" },
      {
        id: "d",
        text: "The bucket policy denies it, because no endpoint id is attached to a request that did not pass through an endpoint",
      },
      { id: "e", text: "The NAT gateway's per-GB processing charge applies to this traffic" },
    ],
    answers: ["b", "d", "e"],
    explanation:
      "With a default route to NAT, eu-west-1 S3 addresses fall through to 0.0.0.0/0, so the request reaches S3 over the NAT path and you pay NAT processing for it. Because it never crossed an endpoint, the request has no aws:SourceVpce value at all; a StringNotEquals deny on that key matches and S3 returns AccessDenied. Having an endpoint somewhere in the VPC does not tag requests that bypass it.",
    source: ACCESS,
  },
  {
    id: "gw-onprem-vpn",
    track,
    difficulty: 2,
    type: "single",
    tags: ["on-prem", "vpn", "limitations"],
    scenario: "gateway-endpoint-from-on-prem",
    prompt:
      "A data center reaches VPC 10.0.0.0/16 over a Site-to-Site VPN. The VPC has an S3 gateway endpoint. The team adds a static route on-prem sending the S3 prefix-list CIDRs into the tunnel, but uploads from on-prem still fail. What should they use instead?",
    choices: [
      { id: "a", text: "Enable route propagation for the prefix list on the virtual private gateway" },
      { id: "b", text: "A second gateway endpoint attached to the virtual private gateway" },
      { id: "c", text: "Nothing; it will start working after the prefix list propagates" },
      {
        id: "d",
        text: "An S3 interface endpoint in the VPC, with on-prem clients using its endpoint-specific DNS names or resolving S3 names to its private IPs",
      },
    ],
    answer: "d",
    explanation:
      "Gateway endpoints only serve traffic that originates in the VPC; packets arriving from a VPN, Direct Connect, peering or a transit gateway cannot use them, however the routes are arranged. An S3 interface endpoint has private IPs in your subnets that on-prem hosts can reach across the VPN. Clients either use the endpoint's vpce DNS names or, with a Route 53 Resolver inbound endpoint, resolve S3 names to the endpoint's addresses.",
    source: S3IF,
  },
  {
    id: "gw-peered-vpc",
    track,
    difficulty: 2,
    type: "single",
    tags: ["peering", "limitations"],
    prompt:
      "VPC-A has an S3 gateway endpoint. VPC-B is peered with VPC-A. How should instances in VPC-B reach S3 privately?",
    choices: [
      { id: "a", text: "Route the S3 prefix list in VPC-B's table to the peering connection" },
      { id: "b", text: "Enable 'allow remote endpoint' on the peering connection" },
      { id: "c", text: "Share vpce-... with VPC-B's account through AWS RAM" },
      {
        id: "d",
        text: "Create VPC-B's own S3 gateway endpoint; a gateway endpoint cannot be used across a peering connection",
      },
    ],
    answer: "d",
    explanation:
      "Gateway endpoints are not transitive: traffic entering VPC-A from a peering connection is not forwarded to VPC-A's gateway endpoint. Since gateway endpoints are free, the simple answer is one per VPC. There is no peering option that changes this, and gateway endpoints are not shareable resources.",
    source: GW,
  },
  {
    id: "gw-tgw-centralize",
    track,
    difficulty: 3,
    type: "single",
    tags: ["transit-gateway", "architecture", "cost"],
    prompt:
      "A platform team wants 40 spoke VPCs, attached to a transit gateway, to use one S3 gateway endpoint in a shared-services VPC 'to save money'. What is the correct assessment?",
    choices: [
      { id: "a", text: "It works if the spokes route the S3 prefix list to the transit gateway" },
      { id: "b", text: "It works only with appliance mode enabled on the attachment" },
      { id: "c", text: "It works, but only for DynamoDB" },
      {
        id: "d",
        text: "It cannot work, because traffic arriving through a transit gateway cannot use a gateway endpoint; and it saves nothing, since gateway endpoints are free. Put a gateway endpoint in each spoke",
      },
    ],
    answer: "d",
    explanation:
      "Gateway endpoints serve only traffic that originates in their own VPC, so a centralised one is unreachable through a transit gateway. There is also no saving to chase: a gateway endpoint in each spoke costs nothing and avoids transit gateway data processing. Centralising does make sense for interface endpoints (which cost per hour per AZ), combined with Route 53 private hosted zones shared to the spokes.",
    source:
      "https://docs.aws.amazon.com/whitepapers/latest/building-scalable-secure-multi-vpc-network-infrastructure/centralized-access-to-vpc-private-endpoints.html",
  },
  {
    id: "gw-prefix-list-sg",
    track,
    difficulty: 2,
    type: "single",
    tags: ["security-group", "prefix-list"],
    prompt:
      "A hardened instance's security group allows outbound only to 10.0.0.0/16. You add an S3 gateway endpoint. What is the cleanest outbound rule to let it reach S3 through the endpoint?",
    choices: [
      { id: "a", text: "Outbound TCP 443 to the endpoint id vpce-0s3" },
      { id: "b", text: "Outbound TCP 443 to the endpoint's private IP" },
      { id: "c", text: "Outbound TCP 443 to the S3 prefix list (pl-63a5400a in us-east-1)" },
      { id: "d", text: "Nothing: traffic to a gateway endpoint bypasses security groups" },
    ],
    answer: "c",
    explanation:
      "Security group rules can reference AWS-managed prefix lists, and the S3 list tracks S3's ranges for you. The packets still carry public S3 destination addresses, so a rule that only allows 10.0.0.0/16 blocks them; gateway endpoints do not bypass security groups. An endpoint id is not a valid rule destination, and a gateway endpoint has no private IP to point at.",
    source: PL,
  },
  {
    id: "gw-nacl-no-prefix-list",
    track,
    difficulty: 3,
    type: "single",
    tags: ["nacl", "prefix-list", "troubleshooting"],
    scenario: "s3-gateway-endpoint",
    prompt:
      "After the S3 gateway endpoint is added, aws s3 ls still times out from one subnet. Its route table has the pl-63a5400a route. The instance's security group allows all outbound. The subnet's custom network ACL allows outbound and inbound only for 10.0.0.0/16. What do you change?",
    choices: [
      { id: "a", text: "Add NACL rules referencing pl-63a5400a for outbound 443 and inbound ephemeral ports" },
      { id: "b", text: "Nothing in the NACL; gateway endpoint traffic is exempt from network ACLs" },
      { id: "c", text: "Replace the NACL with a security group on the endpoint" },
      {
        id: "d",
        text: "Add NACL rules for the S3 CIDRs listed in the prefix list: outbound TCP 443 and inbound TCP 1024–65535",
      },
    ],
    answer: "d",
    explanation:
      "The packets still go to and come from public S3 addresses, so a NACL that only allows 10.0.0.0/16 drops them. Network ACL rules cannot reference prefix lists (security groups can), so you must list the CIDRs from the S3 prefix list, outbound on 443 and inbound on the ephemeral range because NACLs are stateless. The CIDRs can change over time, which is one reason many teams keep NACLs permissive and filter with security groups.",
    source: GW,
  },
  {
    id: "gw-route-already-exists",
    track,
    difficulty: 1,
    type: "single",
    tags: ["route-table", "errors"],
    prompt:
      "You try to associate a second S3 gateway endpoint with rtb-0356 that is already associated with another S3 gateway endpoint. What happens?",
    choices: [
      { id: "a", text: "Traffic is split between the two endpoints" },
      { id: "b", text: "The newer endpoint silently replaces the older one" },
      { id: "c", text: "It succeeds, and the endpoint with the more permissive policy wins" },
      {
        id: "d",
        text: "The request fails with RouteAlreadyExists: a route table can hold only one route for the S3 prefix list",
      },
    ],
    answer: "d",
    explanation:
      "Each association inserts a route for the service's prefix list, and a route table cannot contain two routes for the same destination. You can have several S3 gateway endpoints in one VPC, but each route table can be associated with only one of them. There is no load balancing or policy-based selection between endpoints.",
    source: GW,
  },
  {
    id: "gw-two-policies-two-tiers",
    track,
    difficulty: 3,
    type: "single",
    tags: ["endpoint-policy", "architecture"],
    prompt:
      "In one VPC, the web tier may only read from the assets bucket, while the batch tier must write to the data-lake buckets. Both tiers are private and have separate route tables. How do you enforce different S3 access at the network edge?",
    choices: [
      { id: "a", text: "One gateway endpoint whose policy has a statement per subnet CIDR using aws:SourceIp" },
      {
        id: "b",
        text: "Two S3 gateway endpoints, one associated with each tier's route table, each with its own endpoint policy",
      },
      { id: "c", text: "Security groups that reference bucket ARNs" },
      { id: "d", text: "It is impossible; a VPC can have only one S3 gateway endpoint" },
    ],
    answer: "b",
    explanation:
      "A VPC can have multiple gateway endpoints for the same service as long as each route table is associated with only one of them. Each endpoint carries its own policy, so each tier's traffic is limited by the policy of the endpoint its route table points at. aws:SourceIp does not match traffic arriving through a VPC endpoint, so a per-subnet aws:SourceIp policy would fail, and security groups know nothing about buckets.",
    source: S3GW,
  },
  {
    id: "gw-policy-principal-star",
    track,
    difficulty: 2,
    type: "single",
    tags: ["endpoint-policy", "iam"],
    prompt:
      "You want an S3 gateway endpoint to let only the role arn:aws:iam::111122223333:role/etl through. How must the endpoint policy express that?",
    choices: [
      { id: "a", text: '"Principal": "*" with a Condition on aws:PrincipalArn equal to the role ARN' },
      { id: "b", text: '"Principal": {"AWS": "arn:aws:iam::111122223333:role/etl"}' },
      { id: "c", text: "Leave out Principal; endpoint policies do not use it" },
      { id: "d", text: "Attach the endpoint policy to the role instead" },
    ],
    answer: "a",
    explanation:
      'Gateway endpoint policies must use Principal "*"; to narrow who may use the endpoint you add a condition such as aws:PrincipalArn (or aws:PrincipalAccount). Naming a specific principal works in many interface endpoint policies but is not accepted for gateway endpoints. Every endpoint policy needs a Principal element, and endpoint policies attach to the endpoint, not to IAM identities.',
    source: ACCESS,
  },
  {
    id: "gw-connection-reset",
    track,
    difficulty: 2,
    type: "single",
    tags: ["operations", "route-table"],
    prompt:
      "A long-running job streams a multi-hour upload to S3 through a NAT gateway. An engineer associates an S3 gateway endpoint with that subnet's route table mid-transfer. What should you expect?",
    choices: [
      {
        id: "a",
        text: "The path for the open connection changes, so the TCP connection is dropped and the client must retry",
      },
      { id: "b", text: "Nothing: existing connections finish on the NAT path and new ones use the endpoint" },
      { id: "c", text: "The upload is automatically paused and resumed by S3" },
      { id: "d", text: "The route change is rejected while connections are open" },
    ],
    answer: "a",
    explanation:
      "Adding or modifying a gateway endpoint route moves matching traffic to a new path immediately, and connections that were flowing through the NAT gateway are interrupted, because the NAT gateway's translation state does not follow them. Plan the change for a quiet period or make sure clients retry (multipart uploads can resume). The route change is accepted regardless of open connections.",
    source: GW,
  },
  {
    id: "gw-packet-path-order",
    track,
    difficulty: 2,
    type: "ordering",
    tags: ["path", "gateway-endpoint"],
    prompt: "Order what happens when an app in a private subnet with an S3 gateway endpoint calls GetObject.",
    items: [
      {
        id: "a",
        text: "The SDK resolves bucket.s3.us-east-1.amazonaws.com through the VPC resolver and gets a public S3 address",
      },
      {
        id: "b",
        text: "The VPC router matches the destination against the subnet's route table; the prefix-list route is the longest match",
      },
      {
        id: "c",
        text: "The packet is handed to the gateway endpoint, and the endpoint policy is part of the authorization S3 performs",
      },
      { id: "d", text: "S3 evaluates IAM, bucket and endpoint policies and returns the object along the same path" },
    ],
    order: ["a", "b", "c", "d"],
    explanation:
      "DNS comes first and is unchanged by the endpoint. Routing then steers the public S3 address to the endpoint because the prefix-list route is more specific than any default route. S3 authorises the request with the endpoint policy alongside identity and bucket policies. Thinking the endpoint answers DNS first is the interface-endpoint model, not this one.",
    source: GW,
  },
  {
    id: "gw-dynamodb-facts",
    track,
    difficulty: 2,
    type: "multiple",
    tags: ["dynamodb", "gateway-endpoint"],
    prompt: "Which statements about private access to DynamoDB are true? Select all that apply.",
    choices: [
      { id: "a", text: "A DynamoDB gateway endpoint adds a route with the DynamoDB prefix list as destination" },
      { id: "b", text: "Applications keep using dynamodb.<region>.amazonaws.com with no code change" },
      { id: "c", text: "On-premises clients over Direct Connect can use the VPC's DynamoDB gateway endpoint" },
      {
        id: "d",
        text: "DynamoDB also offers interface endpoints, which on-premises clients can reach over VPN or Direct Connect",
      },
      { id: "e", text: "A DynamoDB gateway endpoint costs the same per hour as an interface endpoint" },
    ],
    answers: ["a", "b", "d"],
    explanation:
      "The DynamoDB gateway endpoint works exactly like S3's: a prefix-list route, unchanged DNS, no code changes, no charge. Like every gateway endpoint it cannot be used by traffic arriving from on-premises. For that, DynamoDB now supports interface endpoints (AWS PrivateLink), which have private IPs reachable over VPN or Direct Connect and are billed per hour and per GB.",
    source: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/privatelink-interface-endpoints.html",
  },
  {
    id: "gw-sourceip-breaks",
    track,
    difficulty: 3,
    type: "single",
    tags: ["bucket-policy", "condition-keys"],
    scenario: "s3-gateway-endpoint",
    prompt:
      "A bucket policy allows access only when aws:SourceIp is 54.10.20.30, the NAT gateway's Elastic IP. Right after an S3 gateway endpoint is added to the instances' route table, reads fail with AccessDenied. Why, and what is the better condition?",
    choices: [
      {
        id: "a",
        text: "The endpoint changes the source IP to a random AWS address; allow the whole S3 prefix list instead",
      },
      {
        id: "b",
        text: "Requests now arrive through the endpoint, where aws:SourceIp does not match the NAT address; condition on aws:SourceVpce (the endpoint id) or aws:SourceVpc instead",
      },
      { id: "c", text: "The endpoint policy denies the bucket; switch it to allow *" },
      { id: "d", text: "The instance role lost its permissions when the route changed" },
    ],
    answer: "b",
    explanation:
      "Traffic no longer goes through the NAT gateway, so S3 never sees the Elastic IP, and public-IP conditions do not work for requests that come through a VPC endpoint. The VPC-aware keys exist for this: aws:SourceVpce names the endpoint, aws:SourceVpc the VPC. The default endpoint policy still allows everything, and IAM permissions are unaffected by routing.",
    source: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies-vpc-endpoint.html",
  },
  {
    id: "gw-needs-dns",
    track,
    difficulty: 2,
    type: "single",
    tags: ["dns", "troubleshooting"],
    prompt:
      "A VPC's DHCP options point instances at a custom DNS server on-premises that cannot be reached since a firewall change. The S3 gateway endpoint and routes are correct. What will aws s3 ls do?",
    choices: [
      {
        id: "a",
        text: "Fail to resolve the S3 hostname, because the client still needs DNS to find S3's address before routing can take over",
      },
      { id: "b", text: "Work, because gateway endpoints do not depend on DNS" },
      { id: "c", text: "Work, because the endpoint answers DNS queries for S3" },
      { id: "d", text: "Fail with AccessDenied" },
    ],
    answer: "a",
    explanation:
      "A gateway endpoint only acts on packets addressed to S3, and the client only learns that address through DNS. If DNS is broken the request never starts; the CLI reports that it could not connect because the name does not resolve. Gateway endpoints have no DNS role, so they cannot answer for S3 either. No request reaches S3, so there is no AccessDenied.",
    source: GW,
  },
  {
    id: "gw-quotas",
    track,
    difficulty: 1,
    type: "single",
    tags: ["quotas"],
    prompt: "What are the default quotas for gateway endpoints?",
    choices: [
      { id: "a", text: "1 per VPC, not adjustable" },
      { id: "b", text: "50 per VPC, shared with interface endpoints" },
      { id: "c", text: "Unlimited" },
      { id: "d", text: "20 per Region (adjustable), with a hard ceiling of 255 per VPC" },
    ],
    answer: "d",
    explanation:
      "The PrivateLink quotas page lists 20 gateway endpoints per Region by default, adjustable, and at most 255 per VPC. The 50-per-VPC figure is the combined quota for interface and Gateway Load Balancer endpoints, which is the likely source of confusion.",
    source: QUOTAS,
  },
  {
    id: "gw-no-eni-no-sg",
    track,
    difficulty: 1,
    type: "multiple",
    tags: ["gateway-endpoint"],
    prompt: "Which of these does a gateway endpoint have? Select all that apply.",
    choices: [
      { id: "a", text: "Associations with one or more route tables" },
      { id: "b", text: "Security groups" },
      { id: "c", text: "A private DNS option" },
      { id: "d", text: "An endpoint policy" },
      { id: "e", text: "A network interface with a private IP in each subnet" },
    ],
    answers: ["a", "d"],
    explanation:
      "A gateway endpoint is a route target plus a policy, associated with route tables. It has no network interface, so nothing to give an IP address, a security group or a private hosted zone. Those three belong to interface endpoints, which is why mixing the two models is the usual mistake.",
    source: GW,
  },
  {
    id: "gw-cli-default-region",
    track,
    difficulty: 3,
    type: "single",
    tags: ["region", "cli", "troubleshooting"],
    scenario: "gateway-endpoint-cross-region",
    prompt:
      "Bucket app-data and the VPC with its S3 gateway endpoint are both in us-east-1; there is no NAT gateway. On one instance, aws s3 ls s3://app-data times out, while on another it works. The failing instance's ~/.aws/config sets region = us-west-2. What is happening?",
    choices: [
      {
        id: "a",
        text: "The CLI sends the request to the us-west-2 S3 endpoint, whose addresses are not in the us-east-1 prefix list; pass --region us-east-1 or fix the profile",
      },
      { id: "b", text: "The bucket policy denies requests from us-west-2 credentials" },
      { id: "c", text: "The instance is in a different AZ from the endpoint" },
      { id: "d", text: "Gateway endpoints only work with the default profile" },
    ],
    answer: "a",
    explanation:
      "The client picks the S3 hostname from its configured Region, so it addresses s3.us-west-2. Those addresses are not covered by the us-east-1 prefix-list route, and with no NAT the packets are dropped: a timeout, not an error from S3. Gateway endpoints are regional, not zonal, and have nothing to do with CLI profiles.",
    source: GW,
  },
  {
    id: "gw-add-route-table",
    track,
    difficulty: 1,
    type: "single",
    tags: ["route-table", "cli"],
    prompt: "How do you extend an existing S3 gateway endpoint to a new private route table?",
    choices: [
      { id: "a", text: "aws ec2 modify-vpc-endpoint --vpc-endpoint-id vpce-0s3 --add-route-table-ids rtb-new" },
      {
        id: "b",
        text: "aws ec2 create-route --route-table-id rtb-new --destination-prefix-list-id pl-63a5400a --gateway-id vpce-0s3",
      },
      { id: "c", text: "Create a second endpoint; associations are fixed at creation" },
      { id: "d", text: "Associate the new subnet with the endpoint's subnet list" },
    ],
    answer: "a",
    explanation:
      "Endpoint routes are managed through the endpoint itself: adding a route table id to the endpoint makes AWS insert the prefix-list route. You cannot create or edit endpoint routes through the ordinary route APIs, and gateway endpoints have no subnet list. Associations can be added and removed at any time.",
    source: GW,
  },
  {
    id: "gw-troubleshoot-order",
    track,
    difficulty: 2,
    type: "ordering",
    tags: ["troubleshooting"],
    prompt:
      "aws s3 ls fails from a private subnet that should use an S3 gateway endpoint. Order the checks from the network path outward to authorization.",
    items: [
      { id: "a", text: "Confirm the client's Region matches the endpoint's Region" },
      { id: "b", text: "Confirm the subnet's route table has the prefix-list route to the endpoint" },
      { id: "c", text: "Confirm security group and network ACL rules allow 443 to and from S3's ranges" },
      {
        id: "d",
        text: "If the error is AccessDenied, read the endpoint policy, then the bucket policy and IAM policy",
      },
    ],
    order: ["a", "b", "c", "d"],
    // The three path checks are equally cheap; only "policies last" is principled.
    after: { d: ["a", "b", "c"] },
    explanation:
      "A timeout means the packets never reached S3: wrong Region, missing route, or filtering. Those three path checks come first, in any order (each takes one command). Only an AccessDenied response proves the path works, at which point the policies (endpoint, bucket, identity) are the suspects. Reading policies first wastes time when the symptom is a timeout.",
    source: GW,
  },
  {
    id: "gw-vs-interface-s3",
    track,
    difficulty: 2,
    type: "multiple",
    tags: ["s3", "comparison"],
    prompt: "Compare S3 gateway and S3 interface endpoints. Which statements are true? Select all that apply.",
    choices: [
      { id: "a", text: "The gateway endpoint is free; the interface endpoint is billed per hour per AZ and per GB" },
      { id: "b", text: "Only the interface endpoint can be reached from on-premises over VPN or Direct Connect" },
      { id: "c", text: "Only the interface endpoint has security groups" },
      { id: "d", text: "A VPC can't have both types of S3 endpoint at once" },
      { id: "e", text: "Only the gateway endpoint supports an endpoint policy" },
    ],
    answers: ["a", "b", "c"],
    explanation:
      "Gateway endpoints are free route targets for traffic from inside the VPC; interface endpoints are ENIs with private IPs and security groups, reachable from on-premises and peered networks, and they cost money. The two coexist in one VPC, a common pattern being gateway for in-VPC traffic and interface for on-prem traffic. Both types support endpoint policies.",
    source: S3IF,
  },
  {
    id: "gw-cannot-move",
    track,
    difficulty: 1,
    type: "single",
    tags: ["operations"],
    prompt: "You created an S3 gateway endpoint in the wrong VPC. What can you do?",
    choices: [
      { id: "a", text: "Modify the endpoint's VPC id" },
      {
        id: "b",
        text: "Delete it and create a new endpoint in the right VPC; an endpoint cannot be moved or switched to another service",
      },
      { id: "c", text: "Share it with the other VPC through a peering connection" },
      { id: "d", text: "Change its service name to the other VPC's" },
    ],
    answer: "b",
    explanation:
      "An endpoint's VPC and service are fixed for its life. Since gateway endpoints are free and quick to create, deleting and recreating is the normal fix. Peering does not make a gateway endpoint usable from another VPC.",
    source: GW,
  },
];

export default questions;
