/**
 * The World: every simulated resource, as plain JSON.
 *
 * Types are inferred from the zod schemas so the two can never drift apart.
 * Collections are `Record<id, T>` (insertion order = creation order = describe order).
 * Timestamps are epoch milliseconds taken from `world.clock`.
 */
import { z } from "zod";

export const TagSchema = z.object({ Key: z.string(), Value: z.string() });
export type Tag = z.infer<typeof TagSchema>;
const Tags = z.array(TagSchema);

// ── identity ────────────────────────────────────────────────────────────────
export const PrincipalSchema = z.object({
  arn: z.string(),
  kind: z.enum(["root", "user", "role"]),
  name: z.string(),
  accountId: z.string(),
  /** identity-based policies (JSON strings), attached + inline */
  policies: z.array(z.string()),
});
export type Principal = z.infer<typeof PrincipalSchema>;

export const AccountSchema = z.object({
  id: z.string(),
  alias: z.string(),
  /** keyed by ARN (`arn:aws:iam::<acct>:role/Name`, `…:user/Name`, `…:root`) */
  principals: z.record(z.string(), PrincipalSchema),
});
export type Account = z.infer<typeof AccountSchema>;

export const RegionSchema = z.object({
  name: z.string(),
  azs: z.array(z.object({ name: z.string(), id: z.string() })),
});
export type Region = z.infer<typeof RegionSchema>;

export const PrefixListSchema = z.object({
  id: z.string(),
  name: z.string(),
  region: z.string(),
  /** "AWS" for AWS-managed lists, else the owning account id */
  ownerId: z.string(),
  cidrs: z.array(z.string()),
  /** e.g. "s3" / "dynamodb" for AWS-managed lists */
  service: z.string().optional(),
});
export type PrefixList = z.infer<typeof PrefixListSchema>;

// ── VPC core ────────────────────────────────────────────────────────────────
export const VpcSchema = z.object({
  id: z.string(),
  ownerId: z.string(),
  region: z.string(),
  cidrBlock: z.string(),
  /** primary first; secondary CIDRs after */
  cidrBlocks: z.array(z.string()),
  enableDnsSupport: z.boolean(),
  enableDnsHostnames: z.boolean(),
  isDefault: z.boolean(),
  state: z.enum(["pending", "available"]),
  mainRouteTableId: z.string(),
  defaultSecurityGroupId: z.string(),
  defaultNetworkAclId: z.string(),
  tags: Tags,
});
export type Vpc = z.infer<typeof VpcSchema>;

export const SubnetSchema = z.object({
  id: z.string(),
  vpcId: z.string(),
  ownerId: z.string(),
  region: z.string(),
  az: z.string(),
  azId: z.string(),
  cidrBlock: z.string(),
  mapPublicIpOnLaunch: z.boolean(),
  state: z.enum(["pending", "available"]),
  tags: Tags,
});
export type Subnet = z.infer<typeof SubnetSchema>;

export const RouteOriginSchema = z.enum([
  "CreateRouteTable",
  "CreateRoute",
  "EnableVgwRoutePropagation",
  "Advertisement",
]);
export const RouteSchema = z.object({
  destinationCidrBlock: z.string().optional(),
  destinationPrefixListId: z.string().optional(),
  /** "local", igw-…, vgw-…, or vpce-… (gateway / GWLB endpoints use GatewayId, as AWS does) */
  gatewayId: z.string().optional(),
  natGatewayId: z.string().optional(),
  networkInterfaceId: z.string().optional(),
  instanceId: z.string().optional(),
  vpcPeeringConnectionId: z.string().optional(),
  transitGatewayId: z.string().optional(),
  origin: RouteOriginSchema,
  state: z.enum(["active", "blackhole"]),
});
export type Route = z.infer<typeof RouteSchema>;

export const RouteTableAssociationSchema = z.object({
  id: z.string(),
  main: z.boolean(),
  subnetId: z.string().optional(),
  gatewayId: z.string().optional(),
  state: z.enum(["associating", "associated", "disassociating", "disassociated", "failed"]),
});
export type RouteTableAssociation = z.infer<typeof RouteTableAssociationSchema>;

export const RouteTableSchema = z.object({
  id: z.string(),
  vpcId: z.string(),
  ownerId: z.string(),
  routes: z.array(RouteSchema),
  associations: z.array(RouteTableAssociationSchema),
  propagatingVgws: z.array(z.string()),
  tags: Tags,
});
export type RouteTable = z.infer<typeof RouteTableSchema>;

export const InternetGatewaySchema = z.object({
  id: z.string(),
  ownerId: z.string(),
  region: z.string(),
  attachments: z.array(z.object({ vpcId: z.string(), state: z.enum(["attaching", "available", "detaching"]) })),
  tags: Tags,
});
export type InternetGateway = z.infer<typeof InternetGatewaySchema>;

export const NatGatewaySchema = z.object({
  id: z.string(),
  ownerId: z.string(),
  vpcId: z.string(),
  subnetId: z.string(),
  connectivityType: z.enum(["public", "private"]),
  state: z.enum(["pending", "failed", "available", "deleting", "deleted"]),
  privateIp: z.string(),
  publicIp: z.string().optional(),
  allocationId: z.string().optional(),
  networkInterfaceId: z.string(),
  createTime: z.number(),
  stateChangedAt: z.number(),
  tags: Tags,
});
export type NatGateway = z.infer<typeof NatGatewaySchema>;

/** An Elastic IP address (AllocateAddress). Public IPs come from TEST-NET-1 (192.0.2.0/24, RFC 5737). */
export const AddressSchema = z.object({
  allocationId: z.string(),
  publicIp: z.string(),
  ownerId: z.string(),
  region: z.string(),
  domain: z.literal("vpc"),
  publicIpv4Pool: z.string(),
  networkBorderGroup: z.string(),
  associationId: z.string().optional(),
  networkInterfaceId: z.string().optional(),
  privateIpAddress: z.string().optional(),
  tags: Tags,
});
export type Address = z.infer<typeof AddressSchema>;

// ── VPN ─────────────────────────────────────────────────────────────────────
export const CustomerGatewaySchema = z.object({
  id: z.string(),
  ownerId: z.string(),
  region: z.string(),
  ipAddress: z.string(),
  bgpAsn: z.number(),
  type: z.literal("ipsec.1"),
  state: z.enum(["pending", "available", "deleting", "deleted"]),
  /** the on-premises network this device fronts (simulation link) */
  onPremNetworkId: z.string().optional(),
  certificateArn: z.string().optional(),
  tags: Tags,
});
export type CustomerGateway = z.infer<typeof CustomerGatewaySchema>;

export const VpnGatewaySchema = z.object({
  id: z.string(),
  ownerId: z.string(),
  region: z.string(),
  type: z.literal("ipsec.1"),
  state: z.enum(["pending", "available", "deleting", "deleted"]),
  amazonSideAsn: z.number(),
  attachments: z.array(
    z.object({ vpcId: z.string(), state: z.enum(["attaching", "attached", "detaching", "detached"]) }),
  ),
  tags: Tags,
});
export type VpnGateway = z.infer<typeof VpnGatewaySchema>;

export const VpnTunnelSchema = z.object({
  outsideIpAddress: z.string(),
  tunnelInsideCidr: z.string(),
  status: z.enum(["UP", "DOWN"]),
  statusMessage: z.string(),
  lastStatusChange: z.number(),
  authentication: z.enum(["psk", "certificate"]),
  preSharedKey: z.string().optional(),
  acceptedRouteCount: z.number(),
});
export type VpnTunnel = z.infer<typeof VpnTunnelSchema>;

export const VpnConnectionSchema = z.object({
  id: z.string(),
  ownerId: z.string(),
  region: z.string(),
  customerGatewayId: z.string(),
  vpnGatewayId: z.string(),
  type: z.literal("ipsec.1"),
  state: z.enum(["pending", "available", "deleting", "deleted"]),
  staticRoutesOnly: z.boolean(),
  routes: z.array(
    z.object({
      destinationCidrBlock: z.string(),
      source: z.literal("Static"),
      state: z.enum(["pending", "available", "deleting", "deleted"]),
    }),
  ),
  tunnels: z.array(VpnTunnelSchema),
  createTime: z.number(),
  stateChangedAt: z.number(),
  tags: Tags,
});
export type VpnConnection = z.infer<typeof VpnConnectionSchema>;

// ── peering ─────────────────────────────────────────────────────────────────
const PeeringSideSchema = z.object({
  vpcId: z.string(),
  ownerId: z.string(),
  region: z.string(),
  cidrBlock: z.string(),
});
export const VpcPeeringConnectionSchema = z.object({
  id: z.string(),
  requester: PeeringSideSchema,
  accepter: PeeringSideSchema,
  status: z.object({
    code: z.enum([
      "initiating-request",
      "pending-acceptance",
      "active",
      "deleted",
      "rejected",
      "failed",
      "expired",
      "provisioning",
      "deleting",
    ]),
    message: z.string(),
  }),
  expirationTime: z.number().optional(),
  tags: Tags,
});
export type VpcPeeringConnection = z.infer<typeof VpcPeeringConnectionSchema>;

// ── transit gateways (simplified: one route table per TGW, default association/propagation) ──
export const TransitGatewayAttachmentSchema = z.object({
  id: z.string(),
  vpcId: z.string(),
  subnetIds: z.array(z.string()),
  state: z.enum(["pending", "available", "deleting", "deleted"]),
});
export type TransitGatewayAttachment = z.infer<typeof TransitGatewayAttachmentSchema>;

export const TransitGatewayRouteSchema = z.object({
  destinationCidrBlock: z.string(),
  attachmentId: z.string(),
  type: z.enum(["static", "propagated"]),
  state: z.enum(["active", "blackhole"]),
});
export type TransitGatewayRoute = z.infer<typeof TransitGatewayRouteSchema>;

export const TransitGatewaySchema = z.object({
  id: z.string(),
  ownerId: z.string(),
  region: z.string(),
  state: z.enum(["pending", "available", "deleting", "deleted"]),
  attachments: z.array(TransitGatewayAttachmentSchema),
  routes: z.array(TransitGatewayRouteSchema),
  tags: Tags,
});
export type TransitGateway = z.infer<typeof TransitGatewaySchema>;

// ── security groups, NACLs, ENIs, instances ─────────────────────────────────
export const SgRuleSchema = z.object({
  ruleId: z.string(),
  /** "-1" (all), "tcp", "udp", "icmp" */
  ipProtocol: z.string(),
  fromPort: z.number().optional(),
  toPort: z.number().optional(),
  cidrIpv4: z.string().optional(),
  referencedGroupId: z.string().optional(),
  prefixListId: z.string().optional(),
  description: z.string().optional(),
});
export type SgRule = z.infer<typeof SgRuleSchema>;

export const SecurityGroupSchema = z.object({
  id: z.string(),
  groupName: z.string(),
  description: z.string(),
  vpcId: z.string(),
  ownerId: z.string(),
  ingress: z.array(SgRuleSchema),
  egress: z.array(SgRuleSchema),
  tags: Tags,
});
export type SecurityGroup = z.infer<typeof SecurityGroupSchema>;

export const NaclEntrySchema = z.object({
  ruleNumber: z.number(),
  egress: z.boolean(),
  /** "-1" (all), "6" (tcp), "17" (udp), "1" (icmp) — as AWS stores it */
  protocol: z.string(),
  ruleAction: z.enum(["allow", "deny"]),
  cidrBlock: z.string(),
  portRange: z.object({ from: z.number(), to: z.number() }).optional(),
});
export type NaclEntry = z.infer<typeof NaclEntrySchema>;

export const NetworkAclSchema = z.object({
  id: z.string(),
  vpcId: z.string(),
  ownerId: z.string(),
  isDefault: z.boolean(),
  /** sorted by (egress, ruleNumber); the catch-all 32767 deny rules are included */
  entries: z.array(NaclEntrySchema),
  associations: z.array(z.object({ id: z.string(), subnetId: z.string() })),
  tags: Tags,
});
export type NetworkAcl = z.infer<typeof NetworkAclSchema>;

export const EniSchema = z.object({
  id: z.string(),
  ownerId: z.string(),
  subnetId: z.string(),
  vpcId: z.string(),
  az: z.string(),
  privateIpAddress: z.string(),
  publicIp: z.string().optional(),
  groupIds: z.array(z.string()),
  interfaceType: z.enum([
    "interface",
    "vpc_endpoint",
    "nat_gateway",
    "network_load_balancer",
    "gateway_load_balancer",
    "gateway_load_balancer_endpoint",
  ]),
  description: z.string(),
  requesterManaged: z.boolean(),
  sourceDestCheck: z.boolean(),
  status: z.enum(["available", "in-use"]),
  attachment: z.object({ instanceId: z.string().optional(), deviceIndex: z.number() }).optional(),
  tags: Tags,
});
export type Eni = z.infer<typeof EniSchema>;

export const InstanceSchema = z.object({
  id: z.string(),
  ownerId: z.string(),
  region: z.string(),
  vpcId: z.string(),
  subnetId: z.string(),
  az: z.string(),
  networkInterfaceId: z.string(),
  privateIpAddress: z.string(),
  publicIpAddress: z.string().optional(),
  instanceType: z.string(),
  imageId: z.string(),
  keyName: z.string().optional(),
  /** IAM role name (instance profile) in the owner account */
  iamRole: z.string().optional(),
  state: z.enum(["pending", "running", "stopping", "stopped", "shutting-down", "terminated"]),
  launchTime: z.number(),
  /** TCP ports something listens on (for reachability; 22 by default) */
  listeningPorts: z.array(z.number()),
  tags: Tags,
});
export type Instance = z.infer<typeof InstanceSchema>;

// ── load balancers ──────────────────────────────────────────────────────────
export const LoadBalancerSchema = z.object({
  arn: z.string(),
  name: z.string(),
  type: z.enum(["network", "gateway"]),
  scheme: z.enum(["internal", "internet-facing"]),
  ownerId: z.string(),
  region: z.string(),
  vpcId: z.string(),
  subnetIds: z.array(z.string()),
  networkInterfaceIds: z.array(z.string()),
  dnsName: z.string(),
  state: z.enum(["provisioning", "active", "failed"]),
  listeners: z.array(z.object({ port: z.number(), protocol: z.string(), targetGroupArn: z.string() })),
  createdTime: z.number(),
  tags: Tags,
});
export type LoadBalancer = z.infer<typeof LoadBalancerSchema>;

export const TargetGroupSchema = z.object({
  arn: z.string(),
  name: z.string(),
  protocol: z.string(),
  port: z.number(),
  vpcId: z.string(),
  ownerId: z.string(),
  targetType: z.enum(["instance", "ip"]),
  targets: z.array(z.object({ id: z.string(), port: z.number() })),
  tags: Tags,
});
export type TargetGroup = z.infer<typeof TargetGroupSchema>;

// ── endpoints and endpoint services ─────────────────────────────────────────
export const EndpointStateSchema = z.enum([
  "pendingAcceptance",
  "pending",
  "available",
  "deleting",
  "deleted",
  "rejected",
  "failed",
  "expired",
]);
export type EndpointState = z.infer<typeof EndpointStateSchema>;

export const VpcEndpointSchema = z.object({
  id: z.string(),
  type: z.enum(["Interface", "Gateway", "GatewayLoadBalancer"]),
  vpcId: z.string(),
  ownerId: z.string(),
  region: z.string(),
  serviceName: z.string(),
  state: EndpointStateSchema,
  /** always set (default policies are the exact AWS strings) */
  policyDocument: z.string(),
  routeTableIds: z.array(z.string()),
  subnetIds: z.array(z.string()),
  groupIds: z.array(z.string()),
  privateDnsEnabled: z.boolean(),
  networkInterfaceIds: z.array(z.string()),
  /** the 8-character token in the endpoint DNS names */
  dnsToken: z.string(),
  ipAddressType: z.enum(["ipv4", "dualstack", "ipv6"]),
  creationTimestamp: z.number(),
  stateChangedAt: z.number(),
  lastError: z.object({ code: z.string(), message: z.string() }).optional(),
  tags: Tags,
});
export type VpcEndpoint = z.infer<typeof VpcEndpointSchema>;

export const EndpointServiceSchema = z.object({
  id: z.string(),
  serviceName: z.string(),
  ownerId: z.string(),
  region: z.string(),
  type: z.enum(["Interface", "GatewayLoadBalancer"]),
  state: z.enum(["Pending", "Available", "Deleting", "Deleted", "Failed"]),
  acceptanceRequired: z.boolean(),
  networkLoadBalancerArns: z.array(z.string()),
  gatewayLoadBalancerArns: z.array(z.string()),
  /** principal ARNs; "*" = everyone; arn:aws:iam::<acct>:root = whole account */
  allowedPrincipals: z.array(z.string()),
  availabilityZones: z.array(z.string()),
  privateDnsName: z.string().optional(),
  privateDnsNameState: z.enum(["pendingVerification", "verified", "failed"]).optional(),
  createdAt: z.number(),
  tags: Tags,
});
export type EndpointService = z.infer<typeof EndpointServiceSchema>;

// ── data services ───────────────────────────────────────────────────────────
export const S3ObjectSchema = z.object({ size: z.number(), lastModified: z.number(), body: z.string().optional() });
export type S3Object = z.infer<typeof S3ObjectSchema>;

export const BucketSchema = z.object({
  name: z.string(),
  region: z.string(),
  ownerId: z.string(),
  creationDate: z.number(),
  policy: z.string().optional(),
  objects: z.record(z.string(), S3ObjectSchema),
  tags: Tags,
});
export type Bucket = z.infer<typeof BucketSchema>;

export const DynamoTableSchema = z.object({
  arn: z.string(),
  name: z.string(),
  region: z.string(),
  ownerId: z.string(),
  itemCount: z.number(),
  policy: z.string().optional(),
});
export type DynamoTable = z.infer<typeof DynamoTableSchema>;

export const SqsQueueSchema = z.object({
  arn: z.string(),
  name: z.string(),
  region: z.string(),
  ownerId: z.string(),
  url: z.string(),
  policy: z.string().optional(),
  messages: z.array(z.string()),
});
export type SqsQueue = z.infer<typeof SqsQueueSchema>;

export const KmsKeySchema = z.object({
  keyId: z.string(),
  arn: z.string(),
  region: z.string(),
  ownerId: z.string(),
  alias: z.string().optional(),
  policy: z.string(),
});
export type KmsKey = z.infer<typeof KmsKeySchema>;

// ── DNS ─────────────────────────────────────────────────────────────────────
export const DnsRecordSchema = z.object({
  name: z.string(),
  type: z.enum(["A", "CNAME", "TXT"]),
  ttl: z.number(),
  values: z.array(z.string()),
});
export type DnsRecord = z.infer<typeof DnsRecordSchema>;

export const HostedZoneSchema = z.object({
  id: z.string(),
  name: z.string(),
  ownerId: z.string(),
  private: z.boolean(),
  vpcs: z.array(z.object({ vpcId: z.string(), region: z.string() })),
  records: z.array(DnsRecordSchema),
});
export type HostedZone = z.infer<typeof HostedZoneSchema>;

// ── on-premises ─────────────────────────────────────────────────────────────
export const OnPremNetworkSchema = z.object({
  id: z.string(),
  name: z.string(),
  cidrBlock: z.string(),
  /** the customer's own DNS server (sees only public DNS, unless forwarding is set) */
  dnsServerIp: z.string(),
  /** conditional forwarding to a Route 53 Resolver inbound endpoint in this VPC (sees its private zones) */
  dnsForwardToVpcId: z.string().optional(),
  /** does the site have its own internet breakout? */
  internetAccess: z.boolean(),
  /** does the site send 0.0.0.0/0 over the VPN (full tunnel) instead of its own internet? */
  defaultRouteViaVpn: z.boolean(),
  tags: Tags,
});
export type OnPremNetwork = z.infer<typeof OnPremNetworkSchema>;

export const OnPremHostSchema = z.object({
  id: z.string(),
  name: z.string(),
  networkId: z.string(),
  ip: z.string(),
  /** credentials configured on the host, if any (e.g. an IAM user) */
  principalArn: z.string().optional(),
  listeningPorts: z.array(z.number()),
});
export type OnPremHost = z.infer<typeof OnPremHostSchema>;

// ── the World ───────────────────────────────────────────────────────────────
export const WorldSchema = z.object({
  /** schema version */
  version: z.literal(1),
  /** id counter: every generated id consumes one value */
  seq: z.number().int(),
  /** seed mixed into id hashing (different seeds → different-looking ids) */
  seed: z.number().int(),
  /** logical clock, epoch milliseconds */
  clock: z.number(),
  /** the account the learner acts as by default */
  defaultAccountId: z.string(),
  defaultRegion: z.string(),
  accounts: z.record(z.string(), AccountSchema),
  regions: z.record(z.string(), RegionSchema),
  prefixLists: z.record(z.string(), PrefixListSchema),
  vpcs: z.record(z.string(), VpcSchema),
  subnets: z.record(z.string(), SubnetSchema),
  routeTables: z.record(z.string(), RouteTableSchema),
  internetGateways: z.record(z.string(), InternetGatewaySchema),
  natGateways: z.record(z.string(), NatGatewaySchema),
  /** Elastic IP addresses by allocation id; added later, so absent in older Worlds (treat as {}) */
  addresses: z.record(z.string(), AddressSchema).optional(),
  customerGateways: z.record(z.string(), CustomerGatewaySchema),
  vpnGateways: z.record(z.string(), VpnGatewaySchema),
  vpnConnections: z.record(z.string(), VpnConnectionSchema),
  vpcPeeringConnections: z.record(z.string(), VpcPeeringConnectionSchema),
  /** added after v1 shipped: absent in older stored Worlds, so it defaults to {} */
  transitGateways: z.record(z.string(), TransitGatewaySchema).default({}),
  securityGroups: z.record(z.string(), SecurityGroupSchema),
  networkAcls: z.record(z.string(), NetworkAclSchema),
  networkInterfaces: z.record(z.string(), EniSchema),
  instances: z.record(z.string(), InstanceSchema),
  loadBalancers: z.record(z.string(), LoadBalancerSchema),
  targetGroups: z.record(z.string(), TargetGroupSchema),
  vpcEndpoints: z.record(z.string(), VpcEndpointSchema),
  endpointServices: z.record(z.string(), EndpointServiceSchema),
  /** keyed by bucket name (global namespace) */
  buckets: z.record(z.string(), BucketSchema),
  /** keyed by ARN */
  dynamoTables: z.record(z.string(), DynamoTableSchema),
  /** keyed by ARN */
  sqsQueues: z.record(z.string(), SqsQueueSchema),
  /** keyed by key id */
  kmsKeys: z.record(z.string(), KmsKeySchema),
  hostedZones: z.record(z.string(), HostedZoneSchema),
  onPremNetworks: z.record(z.string(), OnPremNetworkSchema),
  onPremHosts: z.record(z.string(), OnPremHostSchema),
});
export type World = z.infer<typeof WorldSchema>;

/** The collections of a World (every key that holds a Record of resources). */
export type CollectionKey = {
  [K in keyof World]: World[K] extends Record<string, unknown> ? (World[K] extends unknown[] ? never : K) : never;
}[keyof World];
