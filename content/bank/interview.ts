import type { InterviewPromptInput } from "@/lib/content/bank";

const prompts: InterviewPromptInput[] = [
  // ── Track 1: tunnels and VPNs ─────────────────────────────────────────────
  {
    id: "int-vpn-ipsec-modes",
    track: "tunnels-and-vpns",
    difficulty: 1,
    prompt: "Compare IPsec tunnel mode and transport mode. Where would you use each?",
    modelAnswer:
      "Both modes use the same protocols, usually ESP for encryption and integrity, negotiated by IKE. The difference is what gets wrapped. In transport mode the original IP header stays on the outside and ESP protects only the payload, so an observer can still see which two hosts are talking. That suits host-to-host protection, where the two endpoints of the conversation are also the two IPsec peers, for example securing a GRE tunnel or traffic between two servers. In tunnel mode the whole original packet, header included, is encrypted and becomes the payload of a new packet whose outer header carries only the two gateways' addresses. The far gateway decrypts, unwraps and forwards the inner packet to the real destination. That is what you need when a gateway protects traffic on behalf of a network, so it's the mode for site-to-site VPNs, including AWS Site-to-Site VPN. The cost is a little more overhead per packet, a second IP header, which shrinks the usable MTU; AWS documents 1446 bytes inside its tunnels. So: transport mode for end-to-end host security with lower overhead, tunnel mode whenever a gateway carries other hosts' traffic or you want to hide the inner addressing.",
    keyPoints: [
      "Transport mode protects the payload only; the original IP header stays visible",
      "Tunnel mode encrypts the whole original packet and adds a new outer header with the gateway addresses",
      "Site-to-site VPNs (including AWS Site-to-Site VPN) use tunnel mode because gateways forward other hosts' traffic",
      "Transport mode fits host-to-host protection where the hosts are the IPsec peers",
      "Tunnel mode adds overhead and reduces the inner MTU (1446 bytes on AWS tunnels)",
    ],
    source: "https://www.rfc-editor.org/rfc/rfc4303",
  },
  {
    id: "int-vpn-tunnel-bringup",
    track: "tunnels-and-vpns",
    difficulty: 2,
    prompt:
      "Walk me through how an IPsec tunnel comes up between a customer gateway and AWS, from the first packet to user traffic.",
    modelAnswer:
      "It starts with IKE on UDP 500, or UDP 4500 if NAT traversal kicks in because there's a NAT device in the path. In the first exchange the peers agree on encryption, integrity and Diffie-Hellman parameters and run the Diffie-Hellman exchange, which gives them a shared secret nobody on the wire can derive. Under that protection they authenticate each other, either with the pre-shared key AWS generated for the tunnel or with certificates from a private CA. That gives the IKE security association. Next, IKE negotiates the child or phase-2 security associations: the ESP keys and the traffic they cover. From then on user packets are encrypted and integrity-protected with ESP, IP protocol 50, or ESP inside UDP 4500 with NAT-T, each with a sequence number for replay protection. If the connection uses BGP, a BGP session comes up across the tunnel between the /30 inside addresses and exchanges prefixes; with static routing you configure the prefixes instead. Dead peer detection keeps checking the peer, and the SAs are rekeyed before their lifetimes expire. On AWS I'd configure both tunnels, since each terminates on a separate endpoint, and make sure the VPC route tables have propagation enabled so the on-prem routes actually get used.",
    keyPoints: [
      "IKE on UDP 500 (UDP 4500 with NAT-T) negotiates algorithms and runs Diffie-Hellman",
      "Peers authenticate with a pre-shared key or certificates inside the protected IKE channel",
      "Child/phase-2 SAs give the ESP keys; ESP (IP protocol 50) carries user traffic with integrity and anti-replay",
      "BGP runs over the tunnel inside addresses for dynamic routing, or static prefixes are configured",
      "DPD and periodic rekeying keep the tunnel healthy",
      "Configure both AWS tunnels and enable route propagation in the VPC",
    ],
    source: "https://docs.aws.amazon.com/vpn/latest/s2svpn/VPNTunnels.html",
  },
  {
    id: "int-vpn-mtu-blackhole",
    track: "tunnels-and-vpns",
    difficulty: 3,
    prompt:
      "Users say ping and SSH to a VPC over the company VPN work fine, but file downloads and some web pages hang. What do you suspect and how do you fix it?",
    modelAnswer:
      "That pattern, small packets fine and big transfers stalling, is the signature of an MTU problem. IPsec tunnel mode adds ESP headers, padding, an integrity tag and a second IP header, so the inner MTU is smaller than the 1500 bytes hosts assume; AWS documents 1446 bytes for Site-to-Site VPN with an MSS of 1406. A host that sends a full 1500-byte packet with Don't Fragment set should get an ICMP 'fragmentation needed' back and lower its packet size. That's Path MTU Discovery. If a firewall drops ICMP, the message never arrives, the large segments vanish, and TCP keeps retrying: a PMTUD black hole. The handshake and keystrokes are small, which is why those work. To confirm, I'd ping with DF set and growing sizes, or look for retransmissions in a capture. The robust fix is TCP MSS clamping on the customer gateway, set to 1406 or a bit lower, so both ends negotiate segments that fit the tunnel. I'd also allow the ICMP 'fragmentation needed' messages through the firewalls, and for non-TCP traffic lower the interface MTU where needed. Jumbo frames aren't an option across the VPN, even though they work inside the VPC.",
    keyPoints: [
      "Small packets working while bulk transfers hang points to MTU / PMTUD",
      "Tunnel overhead shrinks the inner MTU; AWS Site-to-Site VPN documents MTU 1446 and MSS 1406",
      "Blocked ICMP 'fragmentation needed' breaks Path MTU Discovery, creating a black hole",
      "Confirm with DF-bit pings of increasing size or packet captures showing retransmissions",
      "Fix with MSS clamping on the customer gateway and by allowing the relevant ICMP",
      "Jumbo frames aren't supported over the VPN",
    ],
    source: "https://docs.aws.amazon.com/vpn/latest/s2svpn/vpn-limits.html",
  },
  {
    id: "int-vpn-ha-design",
    track: "tunnels-and-vpns",
    difficulty: 3,
    prompt:
      "Design a resilient Site-to-Site VPN from a data center to several VPCs. What single points of failure do you remove, and how do you get more than one tunnel's bandwidth?",
    modelAnswer:
      "Every AWS Site-to-Site VPN connection already gives me two tunnels on separate AWS endpoints in different AZs, so the first rule is to configure both on the customer gateway and use BGP, so that when one tunnel goes down during AWS maintenance its routes are withdrawn and traffic moves automatically. The next single point of failure is on my side: one router and one internet circuit. I'd add a second customer gateway device, ideally on a different ISP, with its own VPN connection, giving four tunnels. For several VPCs I'd terminate the VPNs on a transit gateway rather than a virtual private gateway per VPC; it gives one place for routing, route tables for segmentation, and it supports ECMP across the tunnels of multiple BGP connections. That matters for bandwidth, because a standard tunnel tops out around 1.25 Gbps and a VGW only uses one tunnel at a time toward on-premises. With a transit gateway I can spread traffic across tunnels with ECMP, or choose large-bandwidth tunnels of up to 5 Gbps, which are available on transit gateway and Cloud WAN attachments. Finally I'd monitor tunnel state and BGP in CloudWatch, alarm on any tunnel going down, and test failover by disabling a tunnel deliberately.",
    keyPoints: [
      "Configure both AWS tunnels and use BGP so failover follows route withdrawal",
      "Remove on-prem single points of failure: second customer gateway device and a second ISP",
      "Terminate on a transit gateway for many VPCs instead of one VGW per VPC",
      "Standard tunnels are about 1.25 Gbps; use ECMP across BGP connections on a transit gateway, or large-bandwidth (5 Gbps) tunnels",
      "A VGW doesn't use ECMP across tunnels, so adding connections there doesn't add bandwidth",
      "Monitor tunnel and BGP state with CloudWatch alarms and test failover",
    ],
    source: "https://docs.aws.amazon.com/vpn/latest/s2svpn/VPNTunnels.html",
  },
  {
    id: "int-vpn-protocol-compare",
    track: "tunnels-and-vpns",
    difficulty: 2,
    prompt: "Compare IPsec, TLS-based VPNs like OpenVPN, and WireGuard. When would you pick each?",
    modelAnswer:
      "IPsec is the standards-based choice for connecting networks: IKE negotiates algorithms and keys, ESP carries traffic, and every router and firewall vendor supports it, which is why AWS Site-to-Site VPN is IPsec. Its weakness is complexity: many options, phase 1 and phase 2 mismatches, NAT traversal, and it can be blocked on restrictive networks. TLS VPNs such as OpenVPN use TLS for the control channel, to authenticate and agree keys, and carry packets in their own data channel with keys derived from that session, normally on UDP, with TCP 443 as a fallback that gets through almost any firewall. They're mature for remote users, with certificate, directory or SAML-based logins; AWS Client VPN is OpenVPN-based for exactly that reason. Running over TCP costs performance on lossy links, since two TCP layers retransmit and back off on top of each other. WireGuard is deliberately small: one fixed set of modern primitives, no negotiation, UDP only, peers identified by public keys and an AllowedIPs list that acts as both routing and access control. It's fast, easy to audit and roams well between networks, but it has no built-in user authentication or certificate management, so you build identity around it. My rule: IPsec to connect sites and cloud gateways, a TLS VPN or Client VPN for managed remote access, WireGuard for simple, fast links you control on both ends.",
    keyPoints: [
      "IPsec: standards-based, universal vendor support, used for site-to-site and AWS Site-to-Site VPN, but complex",
      "TLS VPNs (OpenVPN, AWS Client VPN): good for remote users, can fall back to TCP 443, user auth options",
      "TCP-over-TCP hurts throughput on lossy links; UDP transport is preferred",
      "WireGuard: fixed modern crypto, UDP, public-key peers, AllowedIPs, small and fast, roams easily",
      "WireGuard lacks built-in user identity management",
      "Match the tool to sites vs users vs simple self-managed links",
    ],
    source: "https://docs.aws.amazon.com/vpn/latest/clientvpn-admin/what-is.html",
  },
  {
    id: "int-vpn-auth",
    track: "tunnels-and-vpns",
    difficulty: 2,
    prompt:
      "Pre-shared keys or certificates for VPN authentication: what does each protect against, and which would you choose for 50 branch offices?",
    modelAnswer:
      "Both answer the same question: is the peer I'm building keys with really who I think? They only authenticate; the encryption keys come from the Diffie-Hellman exchange either way. A pre-shared key is a shared secret per tunnel. It's simple and every device supports it, but the secret has to be copied into the device and often sits in config files and tickets. Anyone who learns it can impersonate that peer, and rotating means touching both ends. With 50 branches that's 100 tunnel secrets to manage. Certificates give each device its own key pair, with a CA vouching for its identity. There is no static key shared by both ends of every tunnel, and if a branch router is stolen I revoke one certificate instead of rekeying everyone. It isn't secret-free, though: in AWS's workflow the device's certificate and private key are issued by AWS Private CA through ACM and exported to the router with a passphrase, so that export needs the same care as any credential. On AWS, Site-to-Site VPN supports private certificates from AWS Private CA for the customer gateway, and with certificate authentication the customer gateway doesn't even need a fixed public IP address. For 50 branches I'd choose certificates: better identity per device, revocation, and less secret sprawl. The cost is running the PKI: issuing, renewing before expiry, and making sure devices can check revocation. For a single lab tunnel, a strong, randomly generated PSK is fine.",
    keyPoints: [
      "Both methods authenticate peers; session keys come from Diffie-Hellman",
      "PSKs are simple but shared, copied around, and allow impersonation if leaked; rotation touches both ends",
      "Certificates give per-device identity and expiry, no shared static key, and revocation isolates one device; the exported private key still needs protecting",
      "AWS Site-to-Site VPN supports private certificates from AWS Private CA; then the customer gateway IP isn't required",
      "At scale (50 branches), certificates win; the trade-off is operating the PKI and renewals",
    ],
    source: "https://docs.aws.amazon.com/vpn/latest/s2svpn/vpn-tunnel-authentication-options.html",
  },

  // ── Track 2: the path to AWS services ─────────────────────────────────────
  {
    id: "int-path-private-subnet-s3",
    track: "path-to-aws-services",
    difficulty: 1,
    prompt:
      "An instance in a private subnet runs aws s3 ls. Describe what happens with no NAT gateway, and then with one.",
    modelAnswer:
      "First the CLI resolves the S3 endpoint for its Region, say s3.us-east-1.amazonaws.com, through the VPC resolver. That works from any subnet and returns public S3 addresses. Then it opens a TCP connection to port 443. The VPC router looks up the subnet's route table. In a private subnet with only the local route, nothing matches a public S3 address, so the SYN packets are silently dropped. Nothing comes back, no reset and no ICMP, so the CLI waits for its connect timeout, retries, and after a few minutes prints 'Connect timeout on endpoint URL'. That's a network failure: S3 never saw the request, which is why it isn't an AccessDenied. Now add a NAT gateway in a public subnet and 0.0.0.0/0 pointing to it. The packet matches the default route, goes to the NAT gateway, which rewrites the source to its own private address; the internet gateway maps that to the NAT's Elastic IP and the request reaches S3's public endpoint. Responses return the same way and the NAT restores the instance's address. It works, but every gigabyte pays NAT data processing, the NAT is a shared hop and bottleneck, and the VPC needs a general internet path. That's the problem VPC endpoints solve.",
    keyPoints: [
      "DNS resolves S3 to public addresses via the VPC resolver even without internet access",
      "Without a matching route, packets are dropped silently, giving a connect timeout (not AccessDenied)",
      "With NAT: default route to the NAT gateway in a public subnet, then the internet gateway and the Elastic IP",
      "Responses return through the NAT gateway, which restores the instance address",
      "NAT costs per GB and per hour, is a shared hop, and needs an internet path: the motivation for endpoints",
    ],
    source: "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html",
  },
  {
    id: "int-path-public-private",
    track: "path-to-aws-services",
    difficulty: 1,
    prompt: "What actually makes a subnet public or private in AWS, and what does a NAT gateway add?",
    modelAnswer:
      "It's entirely about routing. A subnet is public when its route table, whether explicitly associated or inherited from the main table, has a route such as 0.0.0.0/0 to an internet gateway. Instances there can talk to the internet directly, provided they also have a public IPv4 or Elastic IP, because the internet gateway does one-to-one translation between the private address and that public one. A private subnet has no route to an internet gateway, so its instances can't be reached from the internet and can't reach it either, at least not directly. Every route table also has the local route for the VPC CIDR, which can't be deleted, so subnets always reach each other. A NAT gateway gives private instances outbound-only access. It sits in a public subnet with an Elastic IP, private route tables point 0.0.0.0/0 at it, and it translates many private sources to its one address, allowing only replies back in; there's no port forwarding. It's zonal, so for resilience you run one per AZ with per-AZ route tables, and it bills hourly plus per GB processed. A small trap worth mentioning: if someone adds an internet route to the main route table, every subnet without an explicit association silently becomes public.",
    keyPoints: [
      "Public vs private is decided by the route table: a route to an internet gateway makes a subnet public",
      "Instances also need a public or Elastic IP; the IGW does 1:1 translation",
      "The local route covers the VPC CIDR and can't be removed",
      "A NAT gateway in a public subnet gives outbound-only access; no inbound connections or port forwarding",
      "NAT gateways are zonal and billed per hour and per GB; use one per AZ",
      "Unassociated subnets use the main route table, which is a common misconfiguration risk",
    ],
    source: "https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html",
  },
  {
    id: "int-path-nat-bill",
    track: "path-to-aws-services",
    difficulty: 2,
    prompt: "Finance asks why the NAT gateway line on the AWS bill is so large. How do you investigate and reduce it?",
    modelAnswer:
      "A NAT gateway has two charges, an hourly fee per gateway and a per-gigabyte data processing fee, and in busy VPCs the per-GB part dominates. There can also be cross-AZ transfer if instances use a NAT gateway in another AZ. First I'd find out where the bytes go. The NAT gateway's CloudWatch metrics show volume, and VPC flow logs on the NAT gateway's interface, grouped by destination, usually reveal that a large share goes to AWS services in the same Region: S3 is the classic one, plus ECR image pulls, CloudWatch Logs and DynamoDB. Then the fixes. For S3 and DynamoDB, add gateway endpoints to the private route tables. They're free, the prefix-list routes are more specific than 0.0.0.0/0, and no code changes. For other heavy services, an interface endpoint costs an hourly fee per AZ plus a per-GB rate well below NAT processing, so for high-volume services like ECR or Logs it usually pays for itself. I'd make sure every AZ has its own NAT gateway and route table to avoid cross-AZ charges, and I'd look for accidental traffic, like a job downloading the same dataset from the internet repeatedly. Finally I'd measure again afterwards to show the drop.",
    keyPoints: [
      "NAT charges: hourly per gateway plus per-GB processing; cross-AZ transfer if AZs are mixed",
      "Use NAT metrics and flow logs to find top destinations",
      "Move S3/DynamoDB traffic to free gateway endpoints (more specific routes, no code change)",
      "Use interface endpoints for other high-volume AWS services; their per-GB rate is lower than NAT's",
      "One NAT per AZ with per-AZ route tables avoids cross-AZ charges",
      "Measure before and after",
    ],
    source: "https://aws.amazon.com/vpc/pricing/",
  },

  // ── Track 3: gateway endpoints ────────────────────────────────────────────
  {
    id: "int-gw-walkthrough",
    track: "gateway-endpoints",
    difficulty: 1,
    prompt:
      "Walk me through what happens when an instance in a private subnet calls S3 after you add a gateway endpoint.",
    modelAnswer:
      "Creating the gateway endpoint and associating it with the private route table adds one route to that table: the destination is the Region's AWS-managed prefix list for S3, a pl- id whose CIDRs are S3's public ranges, and the target is the vpce- endpoint. Nothing else appears in the VPC: no network interface, no IP, no security group. When the application calls S3, DNS is unchanged. The SDK resolves the regional S3 name and gets a public S3 address, exactly as before. The VPC router then does longest-prefix match: the prefix-list CIDRs are more specific than 0.0.0.0/0, so even if a NAT route exists, S3 traffic goes to the endpoint, and everything else keeps using NAT. The request travels to S3 over the AWS network without touching an internet gateway or NAT. S3 authorizes it with the identity policy, the bucket policy and now the endpoint policy, which by default allows everything. The request also carries aws:SourceVpce and aws:SourceVpc, which bucket policies can test. There's no code change and no charge for the endpoint. The caveats: same Region only, only traffic originating in that VPC, and associating the route table resets connections that were open on the old path.",
    keyPoints: [
      "Association adds a route: destination is the S3 prefix list (pl-…), target is the endpoint (vpce-…)",
      "No ENI, IP or security group; DNS is unchanged and still returns public S3 addresses",
      "Longest-prefix match sends S3 traffic to the endpoint even with a 0.0.0.0/0 NAT route",
      "The endpoint policy joins identity and bucket policies in authorization; requests carry aws:SourceVpce/SourceVpc",
      "No code change and no charge; same Region and in-VPC traffic only",
      "Route changes reset open connections on that path",
    ],
    source: "https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html",
  },
  {
    id: "int-gw-limits",
    track: "gateway-endpoints",
    difficulty: 2,
    prompt: "What can't a gateway endpoint do? Give the limitations you'd warn a team about before they rely on one.",
    modelAnswer:
      "First, scope: gateway endpoints exist only for S3 and DynamoDB; everything else needs interface endpoints. Second, Region: an endpoint only reaches the service in its own Region, so a bucket in another Region either times out or silently goes out through NAT if there is a default route. That also means the client must actually use the right Region: a CLI profile pointing at another Region sends traffic elsewhere. Third, origin: only traffic that starts inside the VPC can use it. Traffic arriving over Site-to-Site VPN, Direct Connect, VPC peering or a transit gateway can't be forwarded into a gateway endpoint, so you can't centralise one for other networks; those need an S3 or DynamoDB interface endpoint. Fourth, it's a route, not an interface: no security groups, no IP address to target, no private DNS. You control it with route table associations and the endpoint policy, and a route table can point at only one endpoint per service. Fifth, network ACLs can't reference prefix lists, so restrictive NACLs need the actual S3 CIDRs, which change over time. And operationally, changing associations reroutes and drops existing connections. On the plus side, it's free and has no bandwidth limit to plan for.",
    keyPoints: [
      "Only S3 and DynamoDB",
      "Same Region only; other-Region traffic times out or leaks via NAT",
      "Not usable from on-prem (VPN/Direct Connect), peered VPCs or transit gateway; use interface endpoints there",
      "No ENI, security group or private DNS; one endpoint per service per route table",
      "NACLs can't reference prefix lists; security groups can",
      "Association changes drop open connections; the endpoint is free",
    ],
    source: "https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html",
  },
  {
    id: "int-gw-onprem-s3",
    track: "gateway-endpoints",
    difficulty: 2,
    prompt: "How would you give an on-prem data center private access to S3?",
    modelAnswer:
      "Assuming the data center already reaches a VPC over Site-to-Site VPN or Direct Connect, the first thing to rule out is the gateway endpoint: it only serves traffic that starts in the VPC, so on-prem packets can't use it however you route them. The tool is an S3 interface endpoint in that VPC, with ENIs in two or more AZs and a security group allowing 443 from the on-prem ranges. Those ENIs have private IPs that are reachable over the VPN or Direct Connect. Then DNS. The simplest option is for clients to use the endpoint-specific names, like bucket.vpce-….s3.us-east-1.vpce.amazonaws.com, as the endpoint URL. For transparency with standard S3 names, I'd enable private DNS on the interface endpoint, create a Route 53 Resolver inbound endpoint, and add a conditional forwarder for the S3 domain on the on-prem DNS servers. If the VPC's own workloads also use S3 heavily, I'd keep an S3 gateway endpoint for them and set the 'private DNS only for inbound Resolver endpoint' option, so on-prem lookups get the interface IPs while in-VPC traffic stays on the free gateway path. Finally, I'd lock buckets with aws:SourceVpce for the relevant endpoints and watch the interface endpoint's per-GB charges.",
    keyPoints: [
      "Gateway endpoints can't serve traffic arriving from on-prem",
      "Create an S3 interface endpoint (multi-AZ) with a security group allowing 443 from on-prem",
      "Use endpoint-specific DNS names, or private DNS plus a Route 53 Resolver inbound endpoint and conditional forwarding",
      "Keep a gateway endpoint for in-VPC traffic; 'private DNS only for inbound Resolver endpoint' splits the paths",
      "Lock buckets with aws:SourceVpce; watch interface endpoint per-GB costs",
    ],
    source: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/privatelink-interface-endpoints.html",
  },
  {
    id: "int-gw-cross-region",
    track: "gateway-endpoints",
    difficulty: 2,
    prompt:
      "A team says 'the S3 endpoint is broken': one bucket times out from private instances while others work. How do you reason about it?",
    modelAnswer:
      "A timeout means the request never reached S3, so I'm looking at the path, not the policies. An endpoint policy or bucket policy denial would come back quickly as AccessDenied. And since other buckets work, the route table association and the endpoint itself are fine. The classic cause is Region. A gateway endpoint only covers S3 in its own Region: the route's destination is that Region's prefix list. If the failing bucket lives elsewhere, the client talks to that Region's S3 addresses, which match no endpoint route; with no NAT the packets are dropped. I'd confirm with aws s3api get-bucket-location and check the client's configured Region, because a wrong default Region in a profile produces the same symptom even for a local bucket. The fix depends on need: use the right Region, or for genuinely cross-Region access use a NAT path (paying processing and losing endpoint controls), or an S3 interface endpoint. S3 is one of the services that support cross-Region PrivateLink, or you can use an endpoint in the bucket's Region reached over peering. I'd also warn that if a NAT route exists, the cross-Region request may silently succeed over NAT and then fail bucket policies that require aws:SourceVpce.",
    keyPoints: [
      "Timeout means a path problem; AccessDenied would mean policy",
      "Other buckets working rules out the association and the endpoint itself",
      "Gateway endpoints cover only their own Region's prefix list",
      "Check the bucket Region and the client's configured Region",
      "Options: correct Region, NAT path, interface endpoint with cross-Region support, or an endpoint in that Region via peering",
      "With NAT present, requests bypass the endpoint and lose aws:SourceVpce",
    ],
    source: "https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html",
  },
  {
    id: "int-gw-vs-interface-s3",
    track: "gateway-endpoints",
    difficulty: 2,
    prompt: "S3 supports both gateway and interface endpoints. How do you decide which to use, and can you use both?",
    modelAnswer:
      "They solve different reach problems. The gateway endpoint is a route-table target: free, no bandwidth planning, no DNS changes, and the default for any S3 traffic that starts inside the VPC and stays in the Region. Its limits are that only that VPC's own traffic can use it, so nothing from on-prem, peered VPCs or a transit gateway, and you can't attach security groups or address it by IP. The interface endpoint is a set of ENIs with private IPs in my subnets. That's what makes it reachable from on-prem over VPN or Direct Connect and from other VPCs, and it gets security groups and, for some services including S3, cross-Region support. It costs an hourly fee per AZ plus per GB, and clients need DNS to point at it, either via endpoint-specific names or private DNS. Yes, they coexist, and that's the common hybrid design: gateway endpoint for the VPC's workloads, interface endpoint for on-prem and other networks. S3's private DNS option 'only for inbound Resolver endpoint' exists for exactly this: on-prem queries coming in through Resolver get the interface IPs, while in-VPC queries get the normal answers and ride the free gateway route. Both types support endpoint policies and the aws:SourceVpce key.",
    keyPoints: [
      "Gateway: free, route-based, in-VPC same-Region traffic only, no SG or IP",
      "Interface: ENIs with private IPs, security groups, reachable from on-prem/peered/transit networks, cross-Region for S3",
      "Interface endpoints cost per hour per AZ and per GB and need DNS (endpoint names or private DNS)",
      "Use both: gateway for in-VPC, interface for on-prem",
      "'Private DNS only for inbound Resolver endpoint' keeps in-VPC lookups on the gateway path",
      "Both support endpoint policies and aws:SourceVpce",
    ],
    source: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/privatelink-interface-endpoints.html",
  },

  // ── Track 4: interface endpoints ──────────────────────────────────────────
  {
    id: "int-if-private-dns",
    track: "interface-endpoints",
    difficulty: 2,
    prompt:
      "Explain how private DNS works for an interface endpoint, what it requires, and what goes wrong without it.",
    modelAnswer:
      "Every interface endpoint gets its own DNS names: a regional vpce name that returns the ENI addresses in all its AZs, and zonal names with the AZ in them. Private DNS is the option that makes the service's normal name, like sqs.us-east-1.amazonaws.com, resolve to those private ENI addresses inside the VPC. AWS does that by associating a hidden, AWS-managed private hosted zone with the VPC, which the VPC resolver answers from. The benefit is that SDKs and CLIs work unchanged. It requires both VPC attributes, enableDnsSupport and enableDnsHostnames. The catch is that a VPC created outside the console wizard usually has DNS hostnames off, so enabling private DNS fails with an InvalidParameter error until you turn it on. It also only applies to the endpoint's own VPC and to clients using the VPC resolver; peered VPCs or on-prem need their own hosted zones or Resolver forwarding. Without private DNS, the standard name still resolves to public addresses, so clients either time out in an isolated subnet or, worse, succeed through a NAT gateway, bypassing the endpoint while you pay for both. I always check with dig: private 10.x answers mean it's working, public answers mean it's not.",
    keyPoints: [
      "Endpoints have regional and zonal vpce DNS names",
      "Private DNS maps the service's standard name to ENI IPs via an AWS-managed private hosted zone",
      "Requires enableDnsSupport and enableDnsHostnames (hostnames often off in non-default VPCs)",
      "Applies only within the endpoint's VPC using the VPC resolver",
      "Without it, clients resolve public IPs: timeout without NAT, silent bypass with NAT",
      "Verify with dig: private answers vs public answers",
    ],
    source: "https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-access-aws-services.html",
  },
  {
    id: "int-if-troubleshoot",
    track: "interface-endpoints",
    difficulty: 3,
    prompt:
      "An application can't reach SQS through a newly created interface endpoint. How do you troubleshoot it, step by step?",
    modelAnswer:
      "I go bottom-up, and the error type tells me where to start. A timeout is a network or DNS problem; an AccessDenied means packets arrived and it's policy. First, the endpoint state: it has to be available, not pending. Then DNS: from the instance, dig sqs.us-east-1.amazonaws.com. Private answers from the endpoint subnets are good. Public answers mean private DNS is off, not yet propagated, or the VPC's DNS hostnames attribute is off, or the instance uses a custom DNS server that doesn't forward to the VPC resolver. Next, connectivity: nc or curl to an endpoint IP on 443. If that hangs, look at the endpoint's security group, which needs inbound 443 from the clients. The VPC default group is a common trap because it only admits its own members. Also check the client's outbound rules and any custom NACLs, remembering NACLs are stateless. VPC flow logs on the endpoint ENI show REJECT records when a group or NACL is dropping traffic. Routing rarely matters since the ENIs are local, but on-prem or peered clients need routes. Once the connection works, an AccessDenied points at the endpoint policy, the queue policy or IAM, and the error message names which one. Also confirm the client uses the right Region.",
    keyPoints: [
      "Timeout points to network/DNS; AccessDenied points to policy",
      "Check the endpoint is available",
      "dig the service name: private vs public answers; check private DNS, VPC DNS attributes, custom DNS servers",
      "Test TCP 443 to the ENI; endpoint SG inbound 443 from clients (beware the default SG); NACLs are stateless",
      "Use flow logs on the endpoint ENI to spot REJECTs",
      "Then endpoint policy, resource policy, IAM; and the correct Region",
    ],
    source: "https://docs.aws.amazon.com/vpc/latest/privatelink/create-interface-endpoint.html",
  },
  {
    id: "int-if-ha",
    track: "interface-endpoints",
    difficulty: 2,
    prompt: "How do you make interface endpoints highly available, and what trade-offs come with zonal DNS names?",
    modelAnswer:
      "An interface endpoint has one ENI per subnet you select, and you can select one subnet per Availability Zone, so availability is a placement decision. I put the endpoint in every AZ where clients run, at least two. Clients should use the regional name or the private DNS name, which return the addresses of all the endpoint's AZs and stop returning an AZ that has a problem, so new connections shift to healthy ENIs. Each ENI scales on its own; AWS documents 10 Gbps per AZ by default, scaling up to 100 Gbps, so capacity also grows with AZ count. The cost side is that every AZ adds an hourly charge, which is why dev environments sometimes run single-AZ endpoints. That's acceptable only if you accept that one AZ's trouble takes down access for all AZs. Zonal DNS names pin a client to the ENI in one AZ. That can keep traffic in-zone, avoid cross-AZ hops and give predictable latency, and some designs use it deliberately with per-AZ client configuration. But you lose the automatic failover of the regional name: if that AZ's endpoint is impaired, the client keeps trying it. So I default to regional or private DNS names, and use zonal names only with a fallback.",
    keyPoints: [
      "One ENI per selected subnet, one subnet per AZ; deploy in every AZ with clients (at least two)",
      "Regional/private DNS names return all healthy AZs' IPs, giving failover",
      "Bandwidth is 10 Gbps per AZ by default, scaling to 100 Gbps",
      "Each AZ adds hourly cost; single-AZ is a shared single point of failure",
      "Zonal names keep traffic in-zone but lose automatic failover",
    ],
    source: "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-limits-endpoints.html",
  },
  {
    id: "int-if-centralized",
    track: "interface-endpoints",
    difficulty: 3,
    prompt: "You have 60 VPCs, each with the same 10 interface endpoints in 3 AZs. Would you centralise them, and how?",
    modelAnswer:
      "That's 1,800 endpoint-AZ hours every hour, so centralising is worth evaluating, but it isn't automatically cheaper. The pattern is a shared-services VPC attached to the transit gateway that all spokes already use, holding one set of interface endpoints across three AZs. Private DNS on those endpoints only works inside the hub, so I'd create them with private DNS off and build the DNS myself: a Route 53 private hosted zone per service name, like sqs.us-east-1.amazonaws.com, with an alias to the endpoint's regional name, associated with every spoke VPC, across accounts via association authorization, or through shared Resolver rules. Endpoint security groups must allow 443 from all spoke CIDRs. The trade-offs: spoke traffic now pays transit gateway data processing on top of the endpoint's per-GB charge, so high-volume services like ECR or CloudWatch Logs may be cheaper left local; the hub is a shared dependency, so it must be multi-AZ and guarded by change control; and one endpoint policy now serves many teams, so policies tend to become broader or use principal-based conditions. S3 and DynamoDB are excluded anyway: gateway endpoints are free and can't be centralised through a transit gateway. I'd centralise the long tail of low-traffic services and keep the heavy hitters local.",
    keyPoints: [
      "Hub VPC on the transit gateway with one set of multi-AZ interface endpoints",
      "Disable private DNS; use private hosted zones with alias records associated to all spokes (or Resolver rules)",
      "Endpoint SGs must allow 443 from spoke CIDRs",
      "Trade-offs: TGW per-GB charges, shared blast radius, broader endpoint policies",
      "Keep high-volume services local; S3/DynamoDB gateway endpoints stay per-VPC",
    ],
    source:
      "https://docs.aws.amazon.com/whitepapers/latest/building-scalable-secure-multi-vpc-network-infrastructure/centralized-access-to-vpc-private-endpoints.html",
  },
  {
    id: "int-if-gwlb",
    track: "interface-endpoints",
    difficulty: 3,
    prompt:
      "Explain how Gateway Load Balancer endpoints let you insert a third-party firewall fleet into traffic paths.",
    modelAnswer:
      "A Gateway Load Balancer is a layer-3 gateway combined with a load balancer. It sits in a security VPC in front of a fleet of appliances, listens for all IP packets on all ports, and sends them to a healthy appliance wrapped in GENEVE on UDP 6081, so the appliance sees the original packet, addresses untouched, and returns it after inspection. It keeps each flow on the same appliance, so stateful firewalls see both directions. To get traffic there, the security team publishes the GWLB as an endpoint service and application VPCs create GWLB endpoints, which are PrivateLink endpoints used as route-table next hops rather than addressed by clients. For egress inspection, the application subnet's default route points at the GWLB endpoint, and the endpoint's subnet routes onward to a NAT or internet gateway. For inbound inspection you also need an edge-associated route table on the internet gateway that sends the application subnets' CIDRs to the endpoint; otherwise inbound requests follow the local route straight to the servers and bypass the firewalls, which gives asymmetric flows. GWLB endpoints don't have security groups. The wins are horizontal scaling, health-checked failover and a central fleet serving many VPCs, without every team running appliances.",
    keyPoints: [
      "GWLB: layer 3, all ports, GENEVE on UDP 6081 to appliances, original packets unchanged",
      "Flow stickiness keeps both directions on one appliance; health checks drive failover",
      "Published as an endpoint service; consumers create GWLB endpoints used as route targets",
      "Egress: app subnet 0.0.0.0/0 to the GWLBE; endpoint subnet onward to NAT/IGW",
      "Ingress: edge-associated IGW route table sends app CIDRs to the GWLBE to keep symmetry",
      "No security groups on GWLB endpoints; a central fleet serves many VPCs",
    ],
    source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/introduction.html",
  },
  {
    id: "int-if-onprem-dns",
    track: "interface-endpoints",
    difficulty: 2,
    prompt:
      "On-prem servers reach your VPC over Direct Connect. How do you make them use your interface endpoints with the normal AWS service hostnames?",
    modelAnswer:
      "The network part is easy: the endpoint ENIs have private IPs in VPC subnets, so as long as on-prem has routes to the VPC CIDR over Direct Connect and the endpoint security group allows 443 from the on-prem ranges, packets can get there. The hard part is DNS. Private DNS works by attaching an AWS-managed private hosted zone to the VPC, and only the VPC's resolver answers from it. An on-prem DNS server asking the internet for secretsmanager.us-east-1.amazonaws.com gets public addresses, so on-prem clients would go out to the internet instead. The fix is a Route 53 Resolver inbound endpoint in the VPC, which gives me IP addresses in my subnets that accept DNS queries from outside. On the on-prem DNS servers I add conditional forwarders for the service names I've built endpoints for, pointing at those inbound endpoint IPs. Queries then get answered from the VPC's view, with the endpoint ENI addresses. I'd forward specific service names rather than the whole amazonaws.com domain, so services without endpoints still resolve publicly. Alternatives are hard-coding the vpce endpoint names in client configuration, or, for S3, using the 'private DNS only for inbound Resolver endpoint' option alongside a gateway endpoint.",
    keyPoints: [
      "Routing over Direct Connect plus endpoint SG inbound 443 from on-prem ranges",
      "Private DNS zones are answered only by the VPC resolver",
      "Create a Route 53 Resolver inbound endpoint in the VPC",
      "Conditional forwarders on on-prem DNS for the specific service names",
      "Don't forward all of amazonaws.com; services without endpoints must still resolve publicly",
      "Alternatives: vpce names in client config; S3's inbound-Resolver-only private DNS",
    ],
    source: "https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/resolver-forwarding-inbound-queries.html",
  },

  // ── Track 5: policies ─────────────────────────────────────────────────────
  {
    id: "int-pol-evaluation",
    track: "policies",
    difficulty: 2,
    prompt:
      "How does a VPC endpoint policy interact with IAM policies and a bucket policy when a request goes through the endpoint?",
    modelAnswer:
      "An endpoint policy is a resource-style policy attached to the endpoint, and it acts as an extra gate on that network path. It never grants anything by itself. For a request through the endpoint to succeed, the endpoint policy must allow that principal, action and resource; the normal IAM logic must also allow it, meaning an Allow in the identity policy or the bucket policy for same-account access, and both sides for cross-account; and nothing anywhere, whether identity policy, bucket policy, endpoint policy, SCP or permissions boundary, may explicitly deny it. An explicit Deny always wins, regardless of statement order or how powerful the role is. The default endpoint policy allows everything, so adding an endpoint changes nothing until you tighten it. For gateway endpoints I keep Principal star and narrow principals with conditions like aws:PrincipalArn or aws:PrincipalOrgID, because an account principal there grants only that account's root user, not its roles. Two practical points. The endpoint policy only applies to requests that cross that endpoint; the same role using another path isn't affected, so it's a path control, not an identity control. And the error messages tell you which layer refused: 'no VPC endpoint policy allows' is an implicit deny at the endpoint, while 'explicit deny in a VPC endpoint policy' means a Deny statement matched.",
    keyPoints: [
      "Endpoint policies filter; they never grant by themselves",
      "Endpoint policy AND identity/resource policy must allow; any explicit deny anywhere wins",
      "Default endpoint policy allows all",
      "Gateway endpoints: keep Principal * and narrow with aws:PrincipalArn / aws:PrincipalOrgID (an account principal means only its root user)",
      "Applies only to requests through that endpoint: a path control",
      "Error messages identify implicit vs explicit deny and which policy type",
    ],
    source: "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html",
  },
  {
    id: "int-pol-exfiltration",
    track: "policies",
    difficulty: 3,
    prompt:
      "How would you stop data being exfiltrated from a VPC to S3, including by someone using their own AWS credentials?",
    modelAnswer:
      "I think of it as closing each path out. The dangerous case is an attacker on a compromised instance uploading to a bucket they own with their own credentials: my IAM policies and bucket policies never see that request, because neither the identity nor the bucket is mine. The control that does see it is the endpoint policy, since the request passes through my VPC endpoint. So the S3 endpoint policy allows access only to resources in my accounts or organization, using s3:ResourceAccount or aws:ResourceOrgID, and optionally only to principals in my organization with aws:PrincipalOrgID. That blocks 'my network, their bucket' and 'their credentials, my network'. Then I remove bypasses. A gateway endpoint only covers S3 in its own Region, so if the subnet still has a NAT route, a bucket in another Region, or any HTTPS server on the internet, is still reachable. So I remove general egress from sensitive subnets, or force it through a firewall with domain filtering. For the inverse, stolen credentials used from outside, bucket policies with aws:SourceVpce or aws:SourceVpc deny requests that don't arrive through my endpoints. Finally I watch CloudTrail and S3 data events for denied attempts. Together those form a data perimeter: identity, resource and network conditions.",
    keyPoints: [
      "Own-credentials exfiltration bypasses your IAM and bucket policies",
      "Endpoint policy restricted to your resources (s3:ResourceAccount / aws:ResourceOrgID) and principals (aws:PrincipalOrgID)",
      "Gateway endpoints only cover same-Region S3; NAT paths let other Regions and the internet through",
      "Remove or filter general egress from sensitive subnets",
      "Bucket policies with aws:SourceVpce/SourceVpc stop stolen credentials used outside",
      "Monitor CloudTrail for denied attempts; the whole is a data perimeter",
    ],
    source: "https://aws.amazon.com/blogs/storage/limit-access-to-amazon-s3-buckets-owned-by-specific-aws-accounts/",
  },
  {
    id: "int-pol-lock-bucket",
    track: "policies",
    difficulty: 2,
    prompt:
      "You're asked to make a bucket accessible only from one VPC. How do you write the policy, and what tends to break?",
    modelAnswer:
      "I'd use a Deny statement in the bucket policy, not an Allow, because an Allow can't stop other principals that are allowed elsewhere. The statement denies s3:* on the bucket ARN and bucket/* for Principal star when aws:SourceVpce isn't my endpoint id, or aws:SourceVpc isn't my VPC id if several endpoints in that VPC should work. If two endpoints are allowed, both ids go in one StringNotEquals list; two separate Deny statements would deny everything. The main thing that breaks is everything that doesn't come through the endpoint, because the key simply isn't present on those requests. That includes the console, laptops and CI runners outside the VPC, instances in the same VPC whose subnets route S3 through NAT instead of the endpoint, and AWS services writing on your behalf, like CloudTrail or log delivery. So before applying it I add an exception for a break-glass admin role using aws:PrincipalArn, and exempt service principals with aws:PrincipalIsAWSService where needed. I also verify every subnet that should have access is associated with the endpoint. Then I test from inside the VPC and from outside, expecting an explicit-deny error outside, and watch CloudTrail for legitimate callers I missed.",
    keyPoints: [
      "Use a Deny with StringNotEquals on aws:SourceVpce (or aws:SourceVpc), covering bucket and bucket/*",
      "Multiple allowed endpoints go in one list; separate Deny statements deny everything",
      "Requests not through an endpoint lack the key: console, laptops, NAT-routed subnets, AWS services",
      "Add a break-glass exception (aws:PrincipalArn) and service exemptions (aws:PrincipalIsAWSService)",
      "Verify every subnet routes through the endpoint; test inside and outside; watch CloudTrail",
    ],
    source: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies-vpc-endpoint.html",
  },
  {
    id: "int-pol-sourceip",
    track: "policies",
    difficulty: 2,
    prompt:
      "A bucket policy restricted by aws:SourceIp to the office and NAT addresses broke when the team added VPC endpoints. Explain why and what to use instead.",
    modelAnswer:
      "aws:SourceIp is the public address S3 sees the request come from. Through a NAT gateway that's the NAT's Elastic IP, and from the office it's the office's egress IP, which is why the policy worked. Once a VPC endpoint is in the path, the request no longer arrives from a public address, and IAM documents that aws:SourceIp isn't available for requests that come through a VPC endpoint. So a Deny with NotIpAddress now matches every endpoint request and blocks the very traffic the team wanted to make more private. There's no IP you can add to fix it: the endpoint ENIs' addresses or the S3 prefix list won't match either. For endpoint traffic you use the VPC-aware keys instead: aws:SourceVpce for a specific endpoint, aws:SourceVpc for any endpoint in a VPC, and aws:VpcSourceIp if you really need the caller's private address, combined with one of the others because private ranges repeat across VPCs. If the office also needs access, either send office traffic through an S3 interface endpoint over VPN or Direct Connect so it carries aws:SourceVpce too, or keep a separate statement for the office's public IP joined with OR logic, for example a Deny that only applies when neither condition matches.",
    keyPoints: [
      "aws:SourceIp is the public source address: the NAT EIP or the office egress IP",
      "Requests through VPC endpoints don't carry a usable aws:SourceIp",
      "A NotIpAddress deny then blocks all endpoint traffic; no IP value fixes it",
      "Use aws:SourceVpce, aws:SourceVpc, or aws:VpcSourceIp paired with a VPC key",
      "Route office access via an S3 interface endpoint, or express combined conditions carefully",
    ],
    source: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html",
  },
  {
    id: "int-pol-data-perimeter",
    track: "policies",
    difficulty: 3,
    prompt: "What is a data perimeter on AWS, and which policies implement each part of it?",
    modelAnswer:
      "A data perimeter is a set of preventive guardrails that ensures only trusted identities access trusted resources from expected networks. It has three overlapping sides. Identity: only principals from my organization should access my data, and my network should only carry my principals. I enforce that with aws:PrincipalOrgID in resource policies like bucket policies, and in VPC endpoint policies so outside credentials can't use my endpoints. Resource: my identities and my network should only reach resources I own, which stops uploads to someone else's bucket. That's aws:ResourceOrgID or s3:ResourceAccount in endpoint policies, and in SCPs for identities. Network: my data should only be reached from my VPCs or known networks. That's aws:SourceVpc, aws:SourceVpce and aws:SourceIp, used in resource policies and SCPs, with exceptions for AWS services acting on my behalf, for instance via aws:PrincipalIsAWSService or aws:ViaAWSService. VPC endpoints are central because they're both the network boundary and a policy enforcement point. The practical cautions: a gateway endpoint only covers in-Region S3 and DynamoDB, so other egress paths need their own controls; and rollout needs CloudTrail analysis first, because broad denies catch legitimate automation and AWS service integrations.",
    keyPoints: [
      "Goal: trusted identities, trusted resources, expected networks",
      "Identity side: aws:PrincipalOrgID in resource and endpoint policies",
      "Resource side: aws:ResourceOrgID / s3:ResourceAccount in endpoint policies and SCPs",
      "Network side: aws:SourceVpc / aws:SourceVpce / aws:SourceIp in resource policies and SCPs",
      "Exceptions for AWS services (aws:PrincipalIsAWSService, aws:ViaAWSService)",
      "Endpoints are both boundary and enforcement point; roll out using CloudTrail analysis",
    ],
    source: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html",
  },

  // ── Track 6: PrivateLink for your own services ────────────────────────────
  {
    id: "int-pls-pending",
    track: "privatelink-services",
    difficulty: 2,
    prompt: "A customer's PrivateLink endpoint is stuck in pendingAcceptance. What do you check?",
    modelAnswer:
      "pendingAcceptance means the consumer's side is done. The endpoint exists and is waiting for the service owner, so the action is on the provider, me. First I confirm the service really requires acceptance and find the request: describe-vpc-endpoint-connections on my service, filtered on the pendingAcceptance state, which shows the endpoint id and the owner account. I check that the account is who I expect, because anyone in the allowed principals can send a request. Then I accept it with accept-vpc-endpoint-connections, passing the service id and the endpoint ids. The endpoint moves to pending and then available. If it had sat long enough it may already have expired, and the customer needs to create a new one. If requests keep getting missed, I'd set up a connection notification to SNS so someone, or an automated approver that checks the account against a customer list, acts on new requests. Once it's available, the next things that usually go wrong are the customer's security group not allowing my listener port, their endpoint being in an AZ where my NLB isn't, remembering to compare AZ IDs across accounts, or my NLB targets being unhealthy. Private DNS names only work once my domain is verified.",
    keyPoints: [
      "pendingAcceptance means the provider must act",
      "Find the request with describe-vpc-endpoint-connections and verify the owner account",
      "Accept with accept-vpc-endpoint-connections (service id + endpoint ids), then pending to available",
      "Unattended requests expire; the consumer must recreate them",
      "SNS connection notifications or automated approval prevent misses",
      "Next checks: consumer SG port, AZ ID overlap with the NLB, target health, private DNS verification",
    ],
    source: "https://docs.aws.amazon.com/vpc/latest/privatelink/accept-reject-endpoint-requests.html",
  },
  {
    id: "int-pls-overlap-design",
    track: "privatelink-services",
    difficulty: 3,
    prompt:
      "Design multi-account access to a shared internal API when many of the consumer VPCs use overlapping CIDRs.",
    modelAnswer:
      "Overlapping CIDRs rule out anything that routes between the networks. Peering is refused outright between identical ranges, and transit gateway or VPN routes can't beat the local route, so you'd need NAT layers everywhere. PrivateLink avoids routing entirely. On the provider side I'd put the API behind a Network Load Balancer in at least two or three AZs; if it's already behind an ALB, the NLB can target the ALB. Then I create an endpoint service on the NLB with acceptance required, or auto-accept if the allowed-principals list is tight, and allow consumer accounts individually or, in an organization, by account list managed through automation. I'd give it a private DNS name like api.internal.example.com, verified with a TXT record, so consumers use a stable hostname. Each consumer creates an interface endpoint in its own VPC, in AZs that match my NLB by AZ ID, with a security group allowing the API port from its clients. They reach the API at an address inside their own CIDR, so overlaps are irrelevant. On my side, targets see NLB addresses, so I'd enable Proxy Protocol v2 if I need the consumer's endpoint id, and authenticate at the application layer anyway. If the API ever needs to call consumers back, that's a separate PrivateLink in the other direction.",
    keyPoints: [
      "Overlapping CIDRs break peering, TGW and VPN routing; PrivateLink needs no routes",
      "Provider: NLB (optionally in front of an ALB) across AZs plus an endpoint service",
      "Control access with allowed principals and acceptance; automate onboarding",
      "Verified private DNS name gives consumers a stable hostname",
      "Consumers: interface endpoint in AZs matching by AZ ID, SG allowing the API port",
      "Proxy Protocol v2 for consumer identity, app-layer auth, one-way: callbacks need a reverse PrivateLink",
    ],
    source: "https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-share-your-services.html",
  },
  {
    id: "int-pls-provider-setup",
    track: "privatelink-services",
    difficulty: 1,
    prompt: "Explain what a provider has to build to offer a service over PrivateLink, and what the consumer builds.",
    modelAnswer:
      "The provider runs the service behind a Network Load Balancer, or a Gateway Load Balancer if the 'service' is a fleet of inspection appliances, in the AZs where consumers will need it. On that load balancer the provider creates a VPC endpoint service. AWS gives it a name like com.amazonaws.vpce.us-east-1.vpce-svc-0123…. The provider decides who may connect, with allowed principals (accounts, roles or users), and whether each request must be accepted manually. Optionally it sets a private DNS name, which it must verify with a TXT record, and connection notifications. Then it shares the service name with the consumer. The consumer creates an interface endpoint, or a GWLB endpoint for a GWLB-backed service, in its own VPC, naming that service, choosing subnets in supported AZs and a security group that allows the service's port. The endpoint waits in pendingAcceptance until the provider accepts, then becomes available, and clients connect to the endpoint's DNS name or the verified private name. The consumer pays for the endpoint hourly and per GB; the provider pays for its load balancer. Traffic only flows from consumer to provider, and neither side needs routes to the other's CIDR.",
    keyPoints: [
      "Provider: service behind an NLB (or GWLB), then an endpoint service on it",
      "Access control: allowed principals and optional acceptance",
      "Optional verified private DNS name and SNS notifications",
      "Consumer: interface (or GWLB) endpoint in supported AZs with an SG for the service port",
      "States: pendingAcceptance, pending, available",
      "Consumer pays endpoint charges; one-way traffic; no routes between VPCs",
    ],
    source: "https://docs.aws.amazon.com/vpc/latest/privatelink/create-endpoint-service.html",
  },
  {
    id: "int-pls-vs-peering-tgw",
    track: "privatelink-services",
    difficulty: 2,
    prompt: "Compare VPC peering, a transit gateway and PrivateLink for connecting VPCs. When do you choose each?",
    modelAnswer:
      "Peering connects two VPCs at the routing level. It's simple, has no hourly charge, and gives full bidirectional connectivity between any hosts the route tables and security groups allow. But it's non-transitive, needs non-overlapping CIDRs, and becomes a mesh of connections as VPCs grow. A transit gateway is a regional router hub: each VPC attaches once, route tables provide segmentation, and it also terminates VPNs and Direct Connect. It's the answer when many networks need general connectivity, at the cost of hourly attachment and per-GB processing charges, and it still can't route between overlapping ranges. PrivateLink doesn't connect networks at all: it exposes one service behind a load balancer as an endpoint inside the consumer's VPC. That gives the least privilege, since consumers reach only that service, and works with overlapping CIDRs and across accounts without any routes. It's one-way: consumers initiate, the provider can't reach back. It costs per endpoint-hour and per GB. So I'd use peering for a few VPCs needing broad access, a transit gateway for a hub-and-spoke estate with hybrid connectivity, and PrivateLink for sharing specific services, especially SaaS offerings or wherever CIDRs overlap or trust is limited.",
    keyPoints: [
      "Peering: simple, bidirectional, non-transitive, no overlapping CIDRs, mesh at scale",
      "Transit gateway: hub router with route tables, VPN/DX termination, per-attachment and per-GB costs, no overlaps",
      "PrivateLink: exposes one service, works with overlapping CIDRs, one-way, least privilege",
      "PrivateLink costs per endpoint-hour and per GB",
      "Choose by need: broad access vs many networks vs specific services/SaaS",
    ],
    source: "https://docs.aws.amazon.com/whitepapers/latest/aws-vpc-connectivity-options/vpc-peering.html",
  },
  {
    id: "int-pls-consumer-identity",
    track: "privatelink-services",
    difficulty: 3,
    prompt:
      "As a PrivateLink provider serving many customers, how do you tell which customer a connection comes from, and how do you secure the service?",
    modelAnswer:
      "At the network layer, my targets don't see customer addresses. PrivateLink connections arrive from my NLB's private IPs, and customer IPs would be ambiguous anyway because customers can use overlapping ranges. The reliable connection-level identifier is the consumer's VPC endpoint id. If I enable Proxy Protocol v2 on the NLB target group, each connection starts with a header that includes the original source details and a TLV carrying the VPC endpoint id. My application or proxy parses it and maps the endpoint id to a customer, using the connection records from describe-vpc-endpoint-connections, which list each endpoint and its owner account. For security I layer controls. Allowed principals limit who can even see the service, and acceptance lets me approve each endpoint. I can reject an endpoint later to cut a customer off. But I treat the network as untrusted and authenticate every request at the application layer: TLS, plus API keys, OAuth or mutual TLS tied to the customer, checked against the endpoint id where possible. Endpoint policies on the consumer side don't help me, because my service isn't an IAM-aware AWS service. Finally, I log endpoint ids with requests, so abuse can be traced to an account.",
    keyPoints: [
      "Targets see NLB IPs; customer IPs may overlap and aren't usable",
      "Proxy Protocol v2 on the NLB target group carries the VPC endpoint id",
      "Map endpoint ids to accounts via describe-vpc-endpoint-connections",
      "Allowed principals, acceptance, and rejection control network access",
      "Authenticate at the application layer (TLS plus keys/OAuth/mTLS); consumer endpoint policies don't apply",
      "Log endpoint ids for traceability",
    ],
    source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-target-groups.html",
  },

  // ── Track 7: choosing and operating ───────────────────────────────────────
  {
    id: "int-co-chooser",
    track: "choosing-and-operating",
    difficulty: 1,
    prompt: "How do you decide between a VPN, a gateway endpoint and an interface endpoint (PrivateLink)?",
    modelAnswer:
      "I start with two questions: what needs to be reached, and from where. If two networks need general connectivity, many hosts and ports in both directions, like a branch office and a VPC, that's a network connection: Site-to-Site VPN over the internet, or Direct Connect, usually landing on a transit gateway. Endpoints don't do that. If the target is an AWS service, it's an endpoint question. For S3 or DynamoDB, with traffic that starts inside the VPC and stays in the Region, the gateway endpoint is the default: free, just a route, no DNS or code changes. If the service is anything else, or the clients are on-prem, in peered VPCs or behind a transit gateway, or I need security groups or cross-Region access, it's an interface endpoint: ENIs with private IPs, private DNS, hourly and per-GB charges. If the target is my own service, or a partner's, shared with other accounts or overlapping networks, it's PrivateLink with an endpoint service behind an NLB, which is one-way and exposes just that service. In practice a mature VPC uses all three: a VPN or Direct Connect for the data center, gateway endpoints for S3 and DynamoDB, interface endpoints for other AWS APIs and for on-prem access to S3.",
    keyPoints: [
      "Ask what must be reached and from where",
      "Network-to-network, bidirectional: VPN or Direct Connect (often via transit gateway)",
      "S3/DynamoDB from inside the VPC, same Region: gateway endpoint (free)",
      "Other AWS services, on-prem/peered clients, SGs or cross-Region: interface endpoint",
      "Own or partner services across accounts or overlapping CIDRs: PrivateLink endpoint service",
      "Real designs combine all three",
    ],
    source: "https://docs.aws.amazon.com/vpc/latest/privatelink/what-is-privatelink.html",
  },
  {
    id: "int-co-cost-review",
    track: "choosing-and-operating",
    difficulty: 2,
    prompt:
      "You're asked to review private-connectivity costs across an AWS estate. What do you look at and what do you typically change?",
    modelAnswer:
      "I'd pull Cost Explorer by usage type for NAT gateway hours and bytes, VPC endpoint hours and bytes, transit gateway attachments and data processing, VPN connection hours, and inter-AZ data transfer, then map each to VPCs with tags and flow logs. Typical findings and fixes: S3 and DynamoDB traffic still going through NAT gateways. Adding gateway endpoints is free and usually the biggest single win. Other AWS services with heavy traffic through NAT, like ECR pulls, CloudWatch Logs or STS, where an interface endpoint's per-GB rate beats NAT processing. Interface endpoints that nobody uses: endpoint-AZ hours accumulate silently, so I check bytes processed per endpoint and delete idle ones. Development VPCs with endpoints in three AZs that could run in one. Duplicated endpoints across dozens of VPCs where a centralised hub with shared private hosted zones would cut hours, weighed against the transit gateway processing it adds. Cross-AZ charges from a single NAT gateway serving every AZ. I also check the reverse: someone sending S3 traffic through an interface endpoint from inside the VPC when a gateway endpoint would be free. Every change gets a before-and-after metric, and I'd keep availability requirements explicit, so production doesn't lose multi-AZ endpoints just to save a little.",
    keyPoints: [
      "Break down NAT, endpoint, TGW, VPN and inter-AZ charges by VPC",
      "Gateway endpoints for S3/DynamoDB instead of NAT",
      "Interface endpoints for heavy AWS-service traffic through NAT",
      "Delete idle endpoints; fewer AZs in dev",
      "Consider centralising endpoints, weighing TGW processing",
      "One NAT per AZ; avoid interface endpoints for in-VPC S3; measure before/after, keep prod HA",
    ],
    source: "https://aws.amazon.com/privatelink/pricing/",
  },
  {
    id: "int-co-symptoms",
    track: "choosing-and-operating",
    difficulty: 2,
    prompt: "In endpoint troubleshooting, how do you use the difference between a timeout and an AccessDenied error?",
    modelAnswer:
      "They tell me which half of the problem I'm in. A timeout, like 'Connect timeout on endpoint URL' from the CLI or a hanging curl, means the TCP connection never completed, so the service never saw the request and no policy was evaluated. The cause is in DNS, routing or filtering. Possible culprits: the name resolving to public addresses because private DNS is off; the client using the wrong Region, so a gateway endpoint's prefix list doesn't match; a route table that isn't associated with the gateway endpoint; a security group on the interface endpoint without inbound 443, or a stateless NACL missing the return ports; or a PrivateLink endpoint that isn't available yet or still awaits acceptance. An AccessDenied, or any HTTP error body, proves the network path works end to end, because the service answered. Now it's authorization: the endpoint policy, the bucket or queue policy, IAM, SCPs. The error text usually says which, for example 'no VPC endpoint policy allows' or 'explicit deny in a resource-based policy'. One trap: a request that succeeds isn't proof it used the endpoint, since a NAT route can carry it instead; dig answers and flow logs, or aws:SourceVpce conditions, confirm the path.",
    keyPoints: [
      "Timeout: TCP never completed; the service never saw the request",
      "Timeout causes: DNS/private DNS, wrong Region, missing route association, SG/NACL, endpoint not available or not accepted",
      "AccessDenied: the path works; look at endpoint, resource, IAM and SCP policies",
      "Error text names the denying policy type",
      "Success can hide a NAT bypass; verify the path with dig, flow logs or SourceVpce conditions",
    ],
    source: "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html",
  },
  {
    id: "int-co-hybrid-design",
    track: "choosing-and-operating",
    difficulty: 3,
    prompt:
      "A company with a data center on Direct Connect and 20 VPCs wants all access to AWS services to stay off the internet. Sketch the design.",
    modelAnswer:
      "Connectivity first: Direct Connect into a transit gateway, with a Site-to-Site VPN as encrypted backup, both using BGP; each VPC attaches to the transit gateway. For S3 and DynamoDB from inside the VPCs, I put gateway endpoints in every VPC. They're free, and they can't be shared through the transit gateway anyway. For other AWS services, I'd build a shared-services VPC with interface endpoints across three AZs for the commonly used APIs: STS, KMS, Secrets Manager, SSM, ECR, CloudWatch Logs and so on. I'd keep private DNS off there, and use Route 53 private hosted zones with alias records, associated with every spoke VPC. High-volume services might get local endpoints in the VPCs that use them most. For the data center, I add a Route 53 Resolver inbound endpoint in the shared VPC and conditional forwarders on-prem for those service names, plus an S3 interface endpoint, so on-prem S3 traffic has a private target. S3's 'private DNS only for inbound Resolver endpoint' option keeps VPC-internal S3 on gateway endpoints. Security: endpoint security groups allow 443 from the VPC and on-prem ranges; endpoint policies restrict access to the organization's principals and resources; bucket policies require aws:SourceVpc or aws:SourceVpce. Finally, remove NAT from sensitive VPCs, or force egress through inspection, so nothing quietly bypasses the endpoints.",
    keyPoints: [
      "Direct Connect plus backup VPN on a transit gateway, BGP, VPC attachments",
      "Gateway endpoints for S3/DynamoDB in every VPC (free, not shareable via TGW)",
      "Central interface endpoints with private hosted zones shared to spokes; local endpoints for heavy services",
      "Route 53 Resolver inbound endpoint and on-prem conditional forwarding; S3 interface endpoint for on-prem",
      "Endpoint SGs, endpoint policies with org conditions, bucket policies with SourceVpc/SourceVpce",
      "Remove or inspect NAT egress to prevent bypass",
    ],
    source:
      "https://docs.aws.amazon.com/whitepapers/latest/building-scalable-secure-multi-vpc-network-infrastructure/centralized-access-to-vpc-private-endpoints.html",
  },
];

export default prompts;
