import type { QuizInput } from "@/lib/content/quiz";

export default {
  id: "03-ipsec",
  title: "IPsec",
  questions: [
    {
      id: "tunnel-protects",
      type: "single",
      prompt: "What does ESP in tunnel mode protect that ESP in transport mode does not?",
      choices: [
        { id: "a", text: "The TCP payload" },
        { id: "b", text: "The original IP header, including the real source and destination addresses" },
        { id: "c", text: "The outer IP header" },
        { id: "d", text: "Nothing: the two modes protect exactly the same bytes" },
      ],
      answer: "b",
      explanation:
        "Transport mode keeps the original IP header in the clear and encrypts what follows it. Tunnel mode encrypts the whole original packet, header included, and puts a new outer header between the gateways in front. The outer header is never encrypted in either mode, because routers must read it.",
      source: "https://www.rfc-editor.org/rfc/rfc4303",
    },
    {
      id: "roles",
      type: "single",
      prompt: "Which statement describes the split of work between IKE and ESP correctly?",
      choices: [
        { id: "a", text: "IKE encrypts the data packets; ESP authenticates the peers" },
        {
          id: "b",
          text: "IKE authenticates the peers and agrees keys; ESP uses those keys to protect each data packet",
        },
        { id: "c", text: "IKE and ESP are two names for the same protocol in different IPsec versions" },
        { id: "d", text: "IKE carries the data over UDP 500; ESP is only used for keepalives" },
      ],
      answer: "b",
      explanation:
        "IKE is the handshake: Diffie-Hellman key agreement, peer authentication with a pre-shared key or certificate, and negotiation of the security associations. ESP (IP protocol 50) is the per-packet format that encrypts, checks integrity and numbers packets against replay.",
      source: "https://www.rfc-editor.org/rfc/rfc7296",
    },
    {
      id: "firewall",
      type: "multiple",
      prompt:
        "The customer gateway sits behind a NAT device and a firewall. Which must the firewall allow between the gateway and the AWS tunnel endpoints? Select all that apply.",
      choices: [
        { id: "a", text: "UDP 500" },
        { id: "b", text: "UDP 4500" },
        { id: "c", text: "TCP 443" },
        { id: "d", text: "IP protocol 50 (ESP)" },
        { id: "e", text: "IP protocol 51 (AH)" },
      ],
      answers: ["a", "b", "d"],
      explanation:
        "IKE uses UDP 500, ESP is IP protocol 50, and with NAT traversal ESP is wrapped in UDP 4500 because NAT cannot track a protocol without ports. AWS Site-to-Site VPN does not use AH, and IPsec does not run over TCP 443 (that is typical of TLS VPNs).",
      source: "https://docs.aws.amazon.com/vpn/latest/s2svpn/FirewallRules.html",
    },
    {
      id: "phases",
      type: "ordering",
      prompt: "Order the steps that bring an IPsec tunnel up and start carrying traffic.",
      items: [
        { id: "a", text: "ESP packets carry encrypted traffic using the phase 2 keys" },
        { id: "b", text: "Phase 1: Diffie-Hellman exchange and peer authentication create the IKE SA" },
        { id: "c", text: "Phase 2: inside the IKE SA, the peers create one IPsec SA per direction" },
        { id: "d", text: "The first IKE message is sent to UDP 500 on the peer" },
      ],
      order: ["d", "b", "c", "a"],
      explanation:
        "IKE starts on UDP 500, builds the protected IKE SA in phase 1 (key agreement plus authentication), negotiates the IPsec SAs in phase 2 inside that channel, and only then does ESP carry data. Each direction has its own SA and SPI.",
      source: "https://docs.aws.amazon.com/vpn/latest/s2svpn/VPNTunnels.html",
    },
    {
      id: "which-mode",
      type: "single",
      prompt:
        "Two offices with private ranges 192.168.0.0/16 and 10.0.0.0/16 must exchange traffic across the internet through their gateways. Which mode fits?",
      choices: [
        { id: "a", text: "Transport mode, because it has less overhead" },
        {
          id: "b",
          text: "Tunnel mode, because the private inner packets must travel inside packets addressed between the gateways",
        },
        { id: "c", text: "Either, because routers on the internet can route private addresses" },
        { id: "d", text: "AH, because no encryption is needed between offices" },
      ],
      answer: "b",
      explanation:
        "Private addresses are not routable on the internet, so the gateways must wrap each packet in a new header carrying their own public addresses: that is tunnel mode. Transport mode keeps the original (private) header, which could not be delivered. AH would also leave the data readable.",
      source: "https://www.rfc-editor.org/rfc/rfc4303",
    },
  ],
} satisfies QuizInput;
