import type { BankQuestionInput } from "@/lib/content/bank";

const track = "tunnels-and-vpns";
const S2S = "https://docs.aws.amazon.com/vpn/latest/s2svpn/VPC_VPN.html";
const HOW = "https://docs.aws.amazon.com/vpn/latest/s2svpn/how_it_works.html";
const TUNNELS = "https://docs.aws.amazon.com/vpn/latest/s2svpn/VPNTunnels.html";
const LIMITS = "https://docs.aws.amazon.com/vpn/latest/s2svpn/vpn-limits.html";
const FIREWALL = "https://docs.aws.amazon.com/vpn/latest/s2svpn/FirewallRules.html";
const BEST = "https://docs.aws.amazon.com/vpn/latest/s2svpn/cgw-best-practice.html";
const AUTH = "https://docs.aws.amazon.com/vpn/latest/s2svpn/vpn-tunnel-authentication-options.html";
const CLIENT_AUTH = "https://docs.aws.amazon.com/vpn/latest/clientvpn-admin/client-authentication.html";
const CLIENT = "https://docs.aws.amazon.com/vpn/latest/clientvpn-admin/what-is.html";
const ROUTING = "https://docs.aws.amazon.com/vpn/latest/s2svpn/VPNRoutingTypes.html";
const ESP_RFC = "https://www.rfc-editor.org/rfc/rfc4303";
const OPENVPN_MANUAL = "https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/";

const questions: BankQuestionInput[] = [
  {
    id: "vpn-onpath-https-visible",
    track,
    difficulty: 2,
    type: "multiple",
    tags: ["threat-model", "tls"],
    prompt:
      "A laptop on hotel Wi-Fi calls an HTTPS API with no VPN. What can an on-path observer at the hotel still learn? Select all that apply.",
    choices: [
      { id: "a", text: "The JSON body of the API request" },
      { id: "b", text: "Roughly how much data flows and when" },
      { id: "c", text: "The bearer token in the Authorization header" },
      { id: "d", text: "The source and destination IP addresses of every packet" },
      { id: "e", text: "The destination TCP port (443)" },
    ],
    answers: ["b", "d", "e"],
    explanation:
      "TLS encrypts the HTTP layer (headers, body, tokens), but the IP and TCP headers must stay readable so routers can deliver the packets. An observer therefore sees who talks to whom, on which port, and the size and timing of the traffic. The tempting wrong pick is the Authorization header: it is an HTTP header, so it travels inside the encrypted TLS records. A tunnel-mode VPN goes further and hides the inner addresses too, leaving only the two gateway addresses visible.",
    source: S2S,
  },
  {
    id: "vpn-integrity-bitflip",
    track,
    difficulty: 2,
    type: "single",
    tags: ["ipsec", "integrity"],
    prompt:
      "An attacker between two IPsec gateways cannot decrypt ESP packets but flips a few bits in one of them before forwarding it. What happens at the receiving gateway?",
    choices: [
      {
        id: "a",
        text: "The packet decrypts to garbage and is delivered anyway, because encryption alone was negotiated",
      },
      { id: "b", text: "The gateway asks the sender to retransmit the packet over IKE" },
      { id: "c", text: "The tunnel is torn down and IKE renegotiates new keys immediately" },
      { id: "d", text: "The integrity check value no longer matches, so the gateway discards the packet" },
    ],
    answer: "d",
    explanation:
      "ESP carries an integrity check (an HMAC or an AEAD tag such as AES-GCM's) computed over the protected data. Any modification makes the check fail, and the receiver silently drops the packet. That is the integrity promise, separate from confidentiality. Delivering a corrupted packet would only happen with encryption-only ESP; AWS tunnels always pair encryption with an integrity algorithm or use an authenticated cipher such as AES-GCM. A single bad packet does not tear the tunnel down; TCP above simply retransmits.",
    source: ESP_RFC,
  },
  {
    id: "vpn-replay-protection",
    track,
    difficulty: 1,
    type: "single",
    tags: ["ipsec", "replay"],
    prompt:
      "An attacker records a valid, authenticated ESP packet and re-sends an exact copy a second later. How does the receiver recognise the copy?",
    choices: [
      { id: "a", text: "The copy's source IP address is different" },
      { id: "b", text: "The copy fails decryption because the key changes for every packet" },
      { id: "c", text: "It cannot: IPsec has no defence against replay" },
      { id: "d", text: "The ESP sequence number has already been seen inside the anti-replay window" },
    ],
    answer: "d",
    explanation:
      "Every ESP packet carries a sequence number covered by the integrity check, and the receiver tracks a sliding window of numbers it has accepted. A duplicate number is dropped. The copy is bit-for-bit identical, so the integrity check passes and the addresses match; that is why integrity alone cannot catch it. Keys are per security association and are rekeyed periodically, not per packet.",
    source: ESP_RFC,
  },
  {
    id: "vpn-outer-header-routing",
    track,
    difficulty: 1,
    type: "single",
    tags: ["encapsulation"],
    prompt:
      "An ESP tunnel-mode packet from the branch gateway (203.0.113.5) arrives at the AWS tunnel endpoint (52.1.2.3). What does the receiving side do with it?",
    choices: [
      { id: "a", text: "Forwards it unchanged to the VPC, where the instance decrypts it" },
      { id: "b", text: "Rewrites the outer destination to the instance's private IP and forwards it" },
      {
        id: "c",
        text: "Checks integrity, decrypts it, removes the outer header and ESP, then routes the inner packet by its own destination address",
      },
      { id: "d", text: "Sends it back, because the inner destination is a private address" },
    ],
    answer: "c",
    explanation:
      "Decapsulation is the mirror of encapsulation: the receiver verifies the integrity check, decrypts the payload, discards the outer header and ESP wrapper, and forwards the recovered original packet according to its inner destination (here a VPC address). Instances never see ESP in a site-to-site design; the gateways do all the IPsec work. Rewriting the outer header would be NAT, not tunneling.",
    source: ESP_RFC,
  },
  {
    id: "vpn-encap-order",
    track,
    difficulty: 2,
    type: "ordering",
    tags: ["encapsulation", "ipsec"],
    prompt:
      "Put in order what the sending gateway does with a packet that must cross an IPsec tunnel (ESP, tunnel mode).",
    items: [
      { id: "a", text: "A packet for the remote network arrives on the LAN interface" },
      { id: "b", text: "The routing table (or policy) selects the tunnel for that destination" },
      { id: "c", text: "The whole original packet is encrypted and an integrity check value is computed" },
      { id: "d", text: "An ESP header and a new outer IP header addressed to the peer gateway are added" },
      { id: "e", text: "The outer packet is sent across the internet to the peer's public address" },
    ],
    order: ["a", "b", "c", "d", "e"],
    explanation:
      "The gateway first decides the packet belongs in the tunnel (route or traffic selector), then protects the entire original packet, then wraps it with ESP and an outer header that only names the two gateways, and only then sends it. A common mistake is to think the outer header is added first and encrypted along with the rest; it cannot be, because routers must read it in the clear.",
    source: ESP_RFC,
  },
  {
    id: "vpn-aws-mtu",
    track,
    difficulty: 1,
    type: "single",
    tags: ["mtu", "site-to-site"],
    prompt: "What is the largest packet (MTU) an AWS Site-to-Site VPN tunnel carries, and the matching TCP MSS?",
    choices: [
      { id: "a", text: "MTU 1500, MSS 1460: the tunnel is transparent to packet size" },
      { id: "b", text: "MTU 9001, MSS 8961: jumbo frames, as inside a VPC" },
      { id: "c", text: "MTU 1446, MSS 1406" },
      { id: "d", text: "MTU 1280, MSS 1240, the IPv6 minimum" },
    ],
    answer: "c",
    explanation:
      "The ESP header, padding, integrity tag and outer IP header take room out of the 1500-byte internet MTU, so AWS documents an inner MTU of 1446 bytes and an MSS of 1406 (1446 minus 20 bytes of IPv4 header and 20 of TCP header). Jumbo frames work inside a VPC but are not supported over Site-to-Site VPN, which is why the 9001 answer is the tempting trap.",
    source: LIMITS,
  },
  {
    id: "vpn-mss-arithmetic",
    track,
    difficulty: 2,
    type: "single",
    tags: ["mtu", "mss"],
    prompt:
      "A tunnel interface has an MTU of 1420 bytes (IPv4 inside). What TCP MSS should the router clamp to so that TCP segments never need fragmenting?",
    choices: [
      { id: "a", text: "1420" },
      { id: "b", text: "1400" },
      { id: "c", text: "1460" },
      { id: "d", text: "1380" },
    ],
    answer: "d",
    explanation:
      "MSS counts only TCP payload. Take the inner MTU and subtract a 20-byte IPv4 header and a 20-byte TCP header: 1420 − 40 = 1380. Subtracting only one header (1400) is the classic slip, and 1460 is the MSS for a plain 1500-byte Ethernet path with no tunnel overhead at all.",
    source: BEST,
  },
  {
    id: "vpn-pmtud-blackhole",
    track,
    difficulty: 3,
    type: "single",
    tags: ["mtu", "troubleshooting"],
    scenario: "site-to-site-vpn",
    prompt:
      "Over a working Site-to-Site VPN, ping and SSH from on-premises to a VPC instance succeed, but an HTTPS download of a large file stalls right after the TLS handshake. The on-prem firewall drops all ICMP. What is the most likely cause and fix?",
    choices: [
      { id: "a", text: "The security group blocks port 443; add an inbound rule" },
      { id: "b", text: "One tunnel is down; traffic must be pinned to the other tunnel" },
      {
        id: "c",
        text: "Full-size packets exceed the tunnel MTU and the 'fragmentation needed' messages are dropped; clamp the TCP MSS (1406 or lower) on the customer gateway",
      },
      { id: "d", text: "BGP is flapping; switch the connection to static routing" },
    ],
    answer: "c",
    explanation:
      "Small packets (ping, SSH keystrokes, the handshake) fit; the first full-size data segments do not. With Don't Fragment set and ICMP blocked, Path MTU Discovery never learns the smaller size, so those segments vanish: a PMTUD black hole. Clamping the MSS on the customer gateway makes both ends send segments that fit the 1446-byte tunnel MTU. It is not the security group: the handshake on 443 already worked, which proves the port is open.",
    source: BEST,
  },
  {
    id: "vpn-ike-esp-order",
    track,
    difficulty: 2,
    type: "ordering",
    tags: ["ipsec", "ike"],
    prompt: "Order the life of an IPsec tunnel from first contact to keeping data flowing.",
    items: [
      { id: "a", text: "IKE peers agree on algorithms and run Diffie-Hellman to build a protected IKE channel" },
      { id: "b", text: "Each peer proves its identity (pre-shared key or certificate) inside that channel" },
      { id: "c", text: "IKE negotiates the IPsec (child) security associations and their keys" },
      { id: "d", text: "ESP carries user traffic using those security associations" },
      { id: "e", text: "Before the lifetimes expire, the peers rekey without dropping the tunnel" },
    ],
    order: ["a", "b", "c", "d", "e"],
    explanation:
      "IKE first creates a secure channel (phase 1 / IKE_SA_INIT), authenticates the peers inside it, then creates the IPsec SAs (phase 2 / CREATE_CHILD_SA) that ESP uses for data. Rekeying happens periodically while traffic keeps flowing. Authentication cannot come before the Diffie-Hellman exchange, because the identities are exchanged under its protection.",
    source: TUNNELS,
  },
  {
    id: "vpn-firewall-ports",
    track,
    difficulty: 1,
    type: "single",
    tags: ["firewall", "ipsec", "nat-t"],
    prompt:
      "A customer gateway behind a NAT device never finishes bringing its tunnels up. A capture on the firewall shows IKE starting on UDP 500, then both sides switching to UDP 4500, after which nothing gets through. The firewall allows UDP 500 and IP protocol 50 only. What is missing?",
    choices: [
      { id: "a", text: "TCP 443, which IPsec falls back to behind NAT" },
      { id: "b", text: "TCP 179, so BGP can start" },
      { id: "c", text: "UDP 4500: once NAT is detected, NAT traversal carries IKE and ESP inside UDP 4500" },
      { id: "d", text: "ICMP echo, because IKE uses ping to find the peer" },
    ],
    answer: "c",
    explanation:
      "When IKE detects a NAT device between the peers, NAT-T moves the rest of IKE and the ESP traffic into UDP port 4500 so the NAT can track it by port. A firewall that only allows UDP 500 and raw ESP (protocol 50) therefore drops everything after the switch. IPsec never falls back to TCP 443; that is a TLS VPN behaviour. BGP runs inside the tunnel, so it can't be the reason the tunnel itself fails.",
    source: FIREWALL,
  },
  {
    id: "vpn-transport-vs-tunnel-use",
    track,
    difficulty: 2,
    type: "single",
    tags: ["ipsec", "modes"],
    prompt:
      "Two gateways protect traffic between a branch LAN (192.168.0.0/16) and a VPC (10.0.0.0/16). Which IPsec mode fits, and why?",
    choices: [
      {
        id: "a",
        text: "Tunnel mode, because the gateways protect packets for other hosts and must carry the original header inside",
      },
      { id: "b", text: "Transport mode, because it adds less overhead and the hosts are on private networks" },
      { id: "c", text: "Either; the two modes differ only in the cipher used" },
      { id: "d", text: "Transport mode, because tunnel mode cannot cross NAT" },
    ],
    answer: "a",
    explanation:
      "When a gateway secures traffic on behalf of hosts behind it, the original packet (header and payload) must travel inside, so the far gateway can unwrap it and forward it to the real destination: that is tunnel mode, and it is what AWS Site-to-Site VPN uses. Transport mode keeps the original header and only protects the payload, which suits end-to-end host protection. Its smaller overhead is real, but it cannot express 'deliver this to a host behind me'.",
    source: ESP_RFC,
  },
  {
    id: "vpn-tunnel-mode-observer",
    track,
    difficulty: 2,
    type: "single",
    tags: ["ipsec", "modes", "threat-model"],
    prompt:
      "With ESP in tunnel mode between 203.0.113.5 and 52.1.2.3, an observer captures traffic from host 192.168.1.10 to 10.0.2.15:5432. What does the observer see in the clear?",
    choices: [
      { id: "a", text: "The inner addresses and port 5432, but not the payload" },
      { id: "b", text: "Nothing at all, not even the outer addresses" },
      { id: "c", text: "Only the outer addresses 203.0.113.5 and 52.1.2.3 and the ESP header (SPI, sequence number)" },
      { id: "d", text: "The payload, because ESP only authenticates" },
    ],
    answer: "c",
    explanation:
      "Tunnel mode encrypts the entire original packet, including its IP and TCP headers, so the inner hosts and the database port are hidden. The outer header has to stay readable so the packet can be routed, and the ESP header's SPI and sequence number are sent in the clear. Seeing inner addresses but not the payload describes transport mode, where the original IP header is kept outside.",
    source: ESP_RFC,
  },
  {
    id: "vpn-wireguard-design",
    track,
    difficulty: 1,
    type: "single",
    tags: ["wireguard"],
    prompt: "Which statement describes WireGuard correctly?",
    choices: [
      { id: "a", text: "It uses a fixed set of modern primitives over UDP, and peers are identified by public keys" },
      { id: "b", text: "It negotiates a cipher suite with each peer, like IKE" },
      { id: "c", text: "It runs over TCP 443 so it can pass through web proxies" },
      { id: "d", text: "It requires a certificate authority to issue peer identities" },
    ],
    answer: "a",
    explanation:
      "WireGuard deliberately has no algorithm negotiation: one fixed, modern suite (Curve25519, ChaCha20-Poly1305, BLAKE2s), carried over UDP, with each peer identified by its static public key. That keeps the code small and removes downgrade attacks. Negotiating suites is what IKE and TLS do; TCP 443 is the typical transport for TLS VPNs; and WireGuard needs no CA because keys are configured directly.",
    source: "https://www.wireguard.com/papers/wireguard.pdf",
  },
  {
    id: "vpn-wireguard-roaming",
    track,
    difficulty: 2,
    type: "single",
    tags: ["wireguard"],
    prompt:
      "A WireGuard client on a phone moves from Wi-Fi to mobile data, so its public IP changes mid-session. What happens?",
    choices: [
      {
        id: "a",
        text: "The server updates the peer's endpoint when it receives a correctly authenticated packet from the new address",
      },
      { id: "b", text: "The tunnel breaks until an administrator updates the server's Endpoint setting" },
      { id: "c", text: "The server rejects the new address because peers are bound to IPs" },
      { id: "d", text: "A new CA certificate must be issued for the new address" },
    ],
    answer: "a",
    explanation:
      "WireGuard identifies peers by public key, not by address. When a packet from that peer arrives from a new IP and authenticates, the receiver records the new source as the peer's current endpoint and replies there, so roaming is seamless. The Endpoint setting is only a starting point, and WireGuard has no certificates to reissue.",
    source: "https://www.wireguard.com/papers/wireguard.pdf",
  },
  {
    id: "vpn-tcp-over-tcp",
    track,
    difficulty: 3,
    type: "single",
    tags: ["tls-vpn", "performance"],
    prompt:
      "A TLS-based VPN is configured to run over TCP. On a lossy mobile link, throughput inside the tunnel collapses far more than plain browsing does. What explains this?",
    choices: [
      { id: "a", text: "TLS encryption is too slow for mobile CPUs" },
      { id: "b", text: "TCP cannot carry IP packets, so packets are fragmented at every hop" },
      { id: "c", text: "The MTU of a TLS tunnel is always 576 bytes" },
      {
        id: "d",
        text: "Two TCP layers retransmit and back off independently, so loss triggers stacked retransmissions and timeouts",
      },
    ],
    answer: "d",
    explanation:
      "When the tunnel itself is a TCP connection, a lost outer segment stalls everything behind it while the inner TCP connections, seeing delay, also time out and retransmit. The two control loops fight ('TCP meltdown'). That is why OpenVPN-style VPNs prefer UDP transport and fall back to TCP 443 only to cross restrictive firewalls. Encryption cost is real but is not loss-dependent, so it does not explain a collapse that appears only when the link drops packets.",
    source: OPENVPN_MANUAL,
  },
  {
    id: "vpn-psk-vs-cert",
    track,
    difficulty: 2,
    type: "multiple",
    tags: ["authentication", "certificates"],
    prompt:
      "You have 40 branch routers. Compared with pre-shared keys, what does authenticating the Site-to-Site VPN tunnels with certificates from a private CA give you? Select all that apply.",
    choices: [
      { id: "a", text: "No static key shared by both tunnel ends has to be typed into both sides and rotated on both at once" },
      { id: "b", text: "IKE no longer runs, because certificates replace the key exchange" },
      { id: "c", text: "Each device proves its identity with its own private key instead of sharing a secret" },
      { id: "d", text: "A compromised device can be cut off by revoking its certificate without rekeying the others" },
      { id: "e", text: "The tunnels no longer need encryption, since the certificate authenticates the traffic" },
    ],
    answers: ["a", "c", "d"],
    explanation:
      "With certificates each device holds its own private key and presents a certificate a shared CA vouches for, so there is no key that both ends share and must change together, certificates expire on their own schedule, and revocation cuts off a single device; the customer gateway can even have a dynamic public IP. A secret still has to be protected: on AWS Site-to-Site VPN the customer gateway's certificate and private key come from AWS Private CA through ACM and are exported, passphrase-protected, to the device. Authentication is only one step of IKE: the Diffie-Hellman exchange and ESP encryption still happen exactly as with a pre-shared key, so neither 'no encryption' nor 'no IKE' is true.",
    source: AUTH,
  },
  {
    id: "vpn-psk-rules",
    track,
    difficulty: 1,
    type: "single",
    tags: ["authentication", "psk"],
    prompt: "What is a pre-shared key in an AWS Site-to-Site VPN tunnel used for?",
    choices: [
      { id: "a", text: "To encrypt every data packet directly" },
      {
        id: "b",
        text: "To authenticate the two IKE peers to each other while the session keys come from Diffie-Hellman",
      },
      { id: "c", text: "To log in to the AWS console from the customer gateway" },
      { id: "d", text: "To sign BGP updates" },
    ],
    answer: "b",
    explanation:
      "The PSK is an authentication secret: each IKE peer proves it knows it. The keys that actually encrypt traffic are derived from the Diffie-Hellman exchange and refreshed at every rekey, which is why leaking a PSK lets an attacker impersonate a peer but does not by itself decrypt recorded traffic protected with perfect forward secrecy. AWS generates a PSK per tunnel unless you supply one.",
    source: AUTH,
  },
  {
    id: "vpn-client-auth-methods",
    track,
    difficulty: 1,
    type: "single",
    tags: ["client-vpn", "authentication"],
    prompt: "Which set lists AWS Client VPN's client authentication options?",
    choices: [
      { id: "a", text: "Active Directory, mutual certificate authentication, or SAML-based federated authentication" },
      { id: "b", text: "Pre-shared key, IAM access keys, or SSH keys" },
      { id: "c", text: "Only mutual certificate authentication" },
      { id: "d", text: "Amazon Cognito user pools only" },
    ],
    answer: "a",
    explanation:
      "Client VPN authenticates users through AWS Directory Service (Active Directory), mutual certificate authentication, or single sign-on with a SAML 2.0 identity provider, and some combinations can be used together. Pre-shared keys belong to Site-to-Site VPN tunnels, not to per-user remote access, and IAM keys are API credentials, not VPN logins.",
    source: CLIENT_AUTH,
  },
  {
    id: "vpn-client-vs-s2s-choice",
    track,
    difficulty: 2,
    type: "single",
    tags: ["client-vpn", "site-to-site"],
    prompt:
      "A company has one office with a router that supports IPsec and 60 engineers who work from home on laptops. Both groups need private access to a VPC. What fits best?",
    choices: [
      { id: "a", text: "One Site-to-Site VPN per laptop" },
      { id: "b", text: "Client VPN for everyone, with the office router running the OpenVPN client" },
      { id: "c", text: "An interface endpoint for each engineer" },
      { id: "d", text: "A Site-to-Site VPN for the office router and AWS Client VPN for the remote laptops" },
    ],
    answer: "d",
    explanation:
      "Site-to-Site VPN joins a whole network through a customer gateway device with a static public IP, so it suits the office. Client VPN is a managed OpenVPN-based endpoint for individual devices that connect from anywhere, with user authentication, so it suits the laptops. A Site-to-Site connection per laptop fails because laptops have no fixed public IP or IPsec gateway role. Interface endpoints give access to a service, not a network path for people.",
    source: CLIENT,
  },
  {
    id: "vpn-two-tunnels",
    track,
    difficulty: 1,
    type: "single",
    tags: ["ha", "site-to-site"],
    prompt: "Why does every AWS Site-to-Site VPN connection come with two tunnels?",
    choices: [
      { id: "a", text: "One is for inbound traffic and the other for outbound traffic" },
      { id: "b", text: "One carries IKE and the other carries ESP" },
      {
        id: "c",
        text: "They end on different AWS endpoints in different Availability Zones, so one can carry traffic while the other is down or under maintenance",
      },
      { id: "d", text: "The second tunnel is only created if you pay for high availability" },
    ],
    answer: "c",
    explanation:
      "The two tunnels have separate AWS outside IPs that terminate in different AZs. AWS performs maintenance one tunnel at a time, so a customer gateway configured with both keeps connectivity. Both tunnels can carry traffic in both directions; they are not split by direction or protocol, and the pair comes with every connection at no extra charge.",
    source: TUNNELS,
  },
  {
    id: "vpn-bgp-failover",
    track,
    difficulty: 1,
    type: "single",
    tags: ["bgp", "routing", "ha"],
    prompt: "Why is dynamic (BGP) routing usually preferred over static routing for a Site-to-Site VPN?",
    choices: [
      { id: "a", text: "BGP encrypts the traffic more strongly" },
      {
        id: "b",
        text: "BGP advertises prefixes in both directions and withdraws them when a tunnel fails, so failover follows the routing protocol",
      },
      { id: "c", text: "Static routing cannot carry more than one prefix" },
      { id: "d", text: "Static routing is not supported with a virtual private gateway" },
    ],
    answer: "b",
    explanation:
      "With BGP, each tunnel's peering advertises the reachable networks; if a tunnel goes down its session drops and its routes disappear, so traffic moves to the surviving tunnel automatically, and new on-prem prefixes appear without console changes. Static routing is supported and can list many prefixes, but failover then depends on the device's own tunnel health checks. Encryption is the same either way.",
    source: ROUTING,
  },
  {
    id: "vpn-route-propagation",
    track,
    difficulty: 2,
    type: "single",
    tags: ["routing", "route-propagation"],
    scenario: "site-to-site-vpn",
    prompt:
      "VPC 10.0.0.0/16 has a virtual private gateway with a Site-to-Site VPN; both tunnels are UP and BGP advertises 192.168.0.0/16. The private subnet's route table has only 10.0.0.0/16 → local and 0.0.0.0/0 → nat-0abc. Instances cannot reach 192.168.1.20. What is missing?",
    choices: [
      {
        id: "a",
        text: "A route for 192.168.0.0/16 to the virtual private gateway, most simply by enabling route propagation on that route table",
      },
      { id: "b", text: "A security group rule on the virtual private gateway" },
      { id: "c", text: "A second customer gateway" },
      { id: "d", text: "Nothing; 0.0.0.0/0 already covers 192.168.0.0/16" },
    ],
    answer: "a",
    explanation:
      "Routes learned by the virtual private gateway appear in a subnet route table only if you enable route propagation there (or add a static route pointing at the VGW). Without it, 192.168.1.20 matches 0.0.0.0/0 and goes to the NAT gateway, which sends it toward the internet where a private address goes nowhere. Gateways have no security groups; those belong to the instances.",
    source: HOW,
  },
  {
    id: "vpn-sg-onprem-source",
    track,
    difficulty: 3,
    type: "single",
    tags: ["security-group", "troubleshooting"],
    scenario: "site-to-site-vpn",
    prompt:
      "Tunnels are UP, route propagation shows 192.168.0.0/16 → vgw in the private route table, and the network ACLs are default. SSH from 192.168.1.20 to 10.0.2.15 still times out. The instance's security group allows TCP 22 from 10.0.0.0/16 only. What do you change?",
    choices: [
      { id: "a", text: "Add an inbound rule allowing TCP 22 from 192.168.0.0/16 (or the specific on-prem host)" },
      { id: "b", text: "Add an outbound rule for TCP 22 to 192.168.0.0/16; inbound is already handled by the VPN" },
      { id: "c", text: "Enable source/destination check on the instance" },
      { id: "d", text: "Disable route propagation and add the same route statically" },
    ],
    answer: "a",
    explanation:
      "VPN traffic keeps its original on-prem source address, so the security group sees 192.168.1.20, which the 10.0.0.0/16 rule does not match. Allowing the on-prem range inbound fixes it. Security groups are stateful, so no outbound rule is needed for the replies. Route propagation already works; a static copy of the same route changes nothing.",
    source: "https://docs.aws.amazon.com/vpn/latest/s2svpn/SetUpVPNConnections.html",
  },
  {
    id: "vpn-setup-order",
    track,
    difficulty: 1,
    type: "ordering",
    tags: ["site-to-site", "setup"],
    prompt:
      "Order the steps to connect an office network to a VPC with a Site-to-Site VPN on a virtual private gateway.",
    items: [
      { id: "a", text: "Create a customer gateway resource describing the office device (public IP, BGP ASN)" },
      { id: "b", text: "Create a virtual private gateway and attach it to the VPC" },
      { id: "c", text: "Create the Site-to-Site VPN connection between the two gateways" },
      { id: "d", text: "Download the device configuration and apply it to the office router" },
      { id: "e", text: "Enable route propagation (or add routes) and allow the office range in security groups" },
    ],
    order: ["a", "b", "c", "d", "e"],
    // AWS's own get-started guide does routing and security groups (after the VGW) before it creates the connection.
    after: { c: ["a", "b"], d: ["c"], e: ["b"] },
    explanation:
      "The VPN connection references both gateways, so both must exist first, in either order. The device configuration only exists once the connection does. Routing and security groups only need the virtual private gateway: AWS's setup guide does them before creating the connection, and doing them at the end works too. Any order that respects those dependencies is accepted; without routes and rules an UP tunnel still carries nothing to the instances.",
    source: "https://docs.aws.amazon.com/vpn/latest/s2svpn/SetUpVPNConnections.html",
  },
  {
    id: "vpn-vgw-role",
    track,
    difficulty: 1,
    type: "single",
    tags: ["site-to-site", "vgw"],
    prompt: "In an AWS Site-to-Site VPN, what is the virtual private gateway?",
    choices: [
      { id: "a", text: "The AWS-side VPN concentrator attached to one VPC, used as a route target" },
      { id: "b", text: "The software you install on your office router" },
      { id: "c", text: "A NAT gateway that translates on-prem addresses" },
      { id: "d", text: "A security group for VPN traffic" },
    ],
    answer: "a",
    explanation:
      "The virtual private gateway is the AWS end of the connection: it attaches to a single VPC, terminates the tunnels, and appears as a target (vgw-...) in route tables. The device in your office is the customer gateway device; the customer gateway resource in AWS only records its address and ASN. A transit gateway can take the VGW's place when many VPCs share the VPN.",
    source: HOW,
  },
  {
    id: "vpn-bgp-asn",
    track,
    difficulty: 2,
    type: "single",
    tags: ["bgp", "customer-gateway"],
    prompt:
      "Your office has no public BGP ASN. Which ASN can you give the customer gateway for a BGP-routed Site-to-Site VPN?",
    choices: [
      { id: "a", text: "None; BGP over a VPN requires a public ASN registered to you" },
      { id: "b", text: "7224, the ASN AWS itself uses" },
      { id: "c", text: "Your 12-digit AWS account number" },
      { id: "d", text: "A private ASN, for example 65010 (64512–65534, or the 32-bit private range)" },
    ],
    answer: "d",
    explanation:
      "AWS accepts private ASNs (64512–65534 and 4200000000–4294967294) for the customer gateway, so a network without its own public ASN can still run BGP over the tunnels. A public ASN is only used if you already own one. 7224 is specifically reserved by AWS and rejected, and an account number is not an ASN at all.",
    source: "https://docs.aws.amazon.com/vpn/latest/s2svpn/cgw-options.html",
  },
  {
    id: "vpn-throughput-scale",
    track,
    difficulty: 3,
    type: "single",
    tags: ["performance", "transit-gateway", "ecmp"],
    prompt:
      "A data center needs about 4 Gbps of encrypted traffic into AWS over the internet. The current Site-to-Site VPN ends on a virtual private gateway with standard tunnels. What design can deliver the throughput?",
    choices: [
      {
        id: "a",
        text: "Terminate VPNs on a transit gateway, either with several BGP connections using ECMP or with large-bandwidth tunnels",
      },
      { id: "b", text: "Add more tunnels to the existing VGW connection; the VGW spreads traffic across all of them" },
      { id: "c", text: "Raise the tunnel MTU to 9001 to send fewer, bigger packets" },
      { id: "d", text: "Enable acceleration on the VGW connection" },
    ],
    answer: "a",
    explanation:
      "A standard tunnel is limited to about 1.25 Gbps, and a VGW uses one tunnel at a time for traffic toward on-premises, so adding connections to it does not add bandwidth. A transit gateway supports equal-cost multipath across the tunnels of several BGP connections, and large-bandwidth tunnels (up to 5 Gbps) are offered on transit gateway and Cloud WAN attachments, not on VGWs. Acceleration is also a transit-gateway-only option, and jumbo frames are not supported over VPN.",
    source: LIMITS,
  },
  {
    id: "vpn-inside-cidr",
    track,
    difficulty: 1,
    type: "single",
    tags: ["bgp", "tunnel-options"],
    prompt: "What are a Site-to-Site VPN tunnel's 'inside' IPv4 addresses used for?",
    choices: [
      { id: "a", text: "They are the public addresses the internet routes the tunnel over" },
      { id: "b", text: "They are the VPC CIDR advertised to on-premises" },
      {
        id: "c",
        text: "They are a small link network (a /30 from 169.254.0.0/16) on the tunnel interfaces, used as BGP peer addresses",
      },
      { id: "d", text: "They are addresses assigned to Client VPN users" },
    ],
    answer: "c",
    explanation:
      "Each tunnel gets a /30 link-local range: one address for the AWS side and one for the customer gateway, and BGP peers over those addresses inside the encrypted tunnel. The public 'outside' addresses are the ones the internet routes. Client VPN assigns user addresses from its own client CIDR, which has nothing to do with tunnel inside addresses.",
    source: TUNNELS,
  },
  {
    id: "vpn-dpd",
    track,
    difficulty: 1,
    type: "single",
    tags: ["tunnel-options", "ha"],
    prompt:
      "What does dead peer detection (DPD) do on a Site-to-Site VPN tunnel, and what is the AWS default action when the peer stops answering?",
    choices: [
      { id: "a", text: "It pings on-prem hosts; the default action is to page the account owner" },
      {
        id: "b",
        text: "It sends IKE liveness checks; by default AWS clears the IKE session and the tunnel goes down until it is re-established",
      },
      { id: "c", text: "It inspects traffic for attacks; the default action is to block the source IP" },
      { id: "d", text: "It measures latency; the default action is to switch routing to static" },
    ],
    answer: "b",
    explanation:
      "DPD uses IKE messages to check that the peer is alive. When the timeout expires, the configured action applies: Clear (the default) ends the session, Restart makes AWS try to bring it back up, None does nothing. DPD neither pings application hosts nor inspects traffic; it only tests the IKE peer.",
    source: TUNNELS,
  },
  {
    id: "vpn-ike-versions",
    track,
    difficulty: 1,
    type: "multiple",
    tags: ["ipsec", "ike", "site-to-site"],
    prompt: "Which statements about AWS Site-to-Site VPN tunnels are true? Select all that apply.",
    choices: [
      { id: "a", text: "Peers can authenticate with a pre-shared key or a certificate" },
      { id: "b", text: "Routing can be static or dynamic with BGP" },
      { id: "c", text: "Tunnels run over TLS on TCP 443" },
      { id: "d", text: "Each connection provides a single tunnel; a second requires another connection" },
      { id: "e", text: "Tunnels can use IKEv1 or IKEv2" },
    ],
    answers: ["a", "b", "e"],
    explanation:
      "AWS Site-to-Site VPN is IPsec: IKEv1 or IKEv2 for key exchange, pre-shared keys or private certificates for authentication, and static or BGP routing. TLS over TCP 443 describes OpenVPN-style client VPNs. Every connection has two tunnels.",
    source: S2S,
  },
  {
    id: "vpn-overlapping-onprem",
    track,
    difficulty: 3,
    type: "single",
    tags: ["routing", "cidr"],
    scenario: "site-to-site-vpn",
    prompt:
      "An acquired branch uses 10.0.0.0/16 on-premises, the same range as the VPC it must reach over a new Site-to-Site VPN. The tunnels come up and BGP advertises 10.0.0.0/16. What happens to traffic from a VPC instance to a branch server at 10.0.5.9?",
    choices: [
      { id: "a", text: "It goes over the VPN, because propagated routes take priority over local" },
      {
        id: "b",
        text: "It never leaves the VPC: the local route for 10.0.0.0/16 covers the address, so a connection to the branch cannot be routed",
      },
      { id: "c", text: "AWS translates the addresses automatically across the VPN" },
      { id: "d", text: "Half the traffic goes to each destination using ECMP" },
    ],
    answer: "b",
    explanation:
      "The local route always covers the VPC CIDR, and a propagated route for the same prefix cannot override it, so 10.0.5.9 is treated as an address inside the VPC. Routed connectivity between overlapping ranges needs re-addressing or NAT somewhere in the path. If the branch only needs to reach a few services, PrivateLink avoids the problem, since it does not route between the two ranges.",
    source: "https://docs.aws.amazon.com/vpc/latest/userguide/route-tables-priority.html",
  },
  {
    id: "vpn-cgw-static-ip",
    track,
    difficulty: 2,
    type: "single",
    tags: ["customer-gateway", "site-to-site"],
    prompt:
      "An office router gets a new public IP from its ISP every night. It uses pre-shared keys. What is the problem for a Site-to-Site VPN?",
    choices: [
      { id: "a", text: "None: the AWS endpoints accept any source address that knows the key" },
      { id: "b", text: "Only BGP breaks; static routing keeps working" },
      {
        id: "c",
        text: "The customer gateway resource records a fixed public IP, so once the address changes the tunnels stop matching until the customer gateway is replaced",
      },
      { id: "d", text: "The VPC CIDR must change too" },
    ],
    answer: "c",
    explanation:
      "The customer gateway resource records the device's external IP, which must be static, and AWS expects IKE from that address. A nightly change therefore breaks the tunnels, and the resource cannot be edited in place. Use a static address, or authenticate with a private certificate from AWS Private CA, in which case the IP address is not required. The routing type does not matter, because the IKE exchange fails before any route is exchanged.",
    source: "https://docs.aws.amazon.com/vpn/latest/s2svpn/cgw-options.html",
  },
];

export default questions;
