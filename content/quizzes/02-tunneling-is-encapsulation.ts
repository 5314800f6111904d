import type { QuizInput } from "@/lib/content/quiz";

export default {
  id: "02-tunneling-is-encapsulation",
  title: "Tunneling is encapsulation",
  questions: [
    {
      id: "router-sees",
      type: "single",
      prompt:
        "A packet from 192.168.1.20 to 10.0.2.15 crosses the internet inside a site-to-site tunnel between gateways 203.0.113.10 and 198.51.100.20. Which addresses do internet routers use to forward it?",
      choices: [
        { id: "a", text: "192.168.1.20 and 10.0.2.15" },
        { id: "b", text: "203.0.113.10 and 198.51.100.20" },
        { id: "c", text: "Both pairs, checked one after the other" },
        { id: "d", text: "None: tunnelled packets are switched by MAC address" },
      ],
      answer: "b",
      explanation:
        "Routers only look at the outer header, which carries the two gateways' public addresses. The inner addresses are private, not routable on the internet, and in a VPN they are encrypted anyway. The receiving gateway uses the inner destination only after unwrapping.",
      source: "https://docs.aws.amazon.com/vpn/latest/s2svpn/how_it_works.html",
    },
    {
      id: "mss-calc",
      type: "single",
      prompt:
        "A tunnel leaves an inner MTU of 1446 bytes for IPv4 traffic. What is the largest TCP segment payload (MSS) a host behind it should use, assuming no IP or TCP options?",
      choices: [
        { id: "a", text: "1460" },
        { id: "b", text: "1426" },
        { id: "c", text: "1406" },
        { id: "d", text: "1386" },
      ],
      answer: "c",
      explanation:
        "MSS = inner MTU minus the 20-byte inner IPv4 header minus the 20-byte TCP header: 1446 - 40 = 1406. That matches the figures AWS documents for Site-to-Site VPN. 1460 is the MSS for a plain 1500-byte link with no tunnel; it would produce packets too big for the tunnel.",
      source: "https://docs.aws.amazon.com/vpn/latest/s2svpn/cgw-best-practice.html",
    },
    {
      id: "wireguard-1420",
      type: "single",
      prompt: "Why does WireGuard default to an interface MTU of 1420 on a 1500-byte link?",
      choices: [
        {
          id: "a",
          text: "1500 minus 80 bytes, the overhead when the outer header is IPv6 (40 IP + 8 UDP + 16 header + 16 tag)",
        },
        { id: "b", text: "1420 is the largest size ChaCha20 can encrypt in one block" },
        { id: "c", text: "1500 minus the 60-byte IPv4 overhead, rounded down to a multiple of 20" },
        { id: "d", text: "It is a value copied from IPsec defaults" },
      ],
      answer: "a",
      explanation:
        "WireGuard adds an outer IP header, an 8-byte UDP header, a 16-byte WireGuard header and a 16-byte Poly1305 tag. Over IPv6 that is 80 bytes, so 1420 fits in every case. Over IPv4 the overhead is 60 bytes, so 1420 wastes 20 bytes there but never breaks.",
      source: "https://www.wireguard.com/papers/wireguard.pdf",
    },
    {
      id: "black-hole",
      type: "single",
      prompt:
        "Through a new tunnel, SSH logins succeed but the session hangs as soon as a command prints a lot of output. A firewall drops all ICMP. What is the most likely cause?",
      choices: [
        { id: "a", text: "The tunnel's encryption key expired during the session" },
        {
          id: "b",
          text: "Large packets with 'don't fragment' set are dropped and the ICMP 'fragmentation needed' reply never reaches the sender",
        },
        { id: "c", text: "SSH does not support encapsulated traffic" },
        { id: "d", text: "The inner addresses overlap with the outer addresses" },
      ],
      answer: "b",
      explanation:
        "Small packets (the login) fit; full-size packets do not. Path MTU discovery relies on the ICMP message to tell the sender to shrink, and blocking ICMP breaks it, so big packets disappear. MSS clamping on the gateway, or allowing the ICMP, fixes it.",
      source: "https://docs.aws.amazon.com/vpn/latest/s2svpn/cgw-best-practice.html",
    },
    {
      id: "endpoint-steps",
      type: "ordering",
      prompt: "Put the life of a tunnelled packet in order.",
      items: [
        { id: "a", text: "The receiving gateway verifies and strips the outer layers" },
        { id: "b", text: "The laptop sends a normal packet to 10.0.2.15" },
        { id: "c", text: "The sending gateway wraps it in an outer packet addressed to the other gateway" },
        { id: "d", text: "Internet routers forward the outer packet" },
        { id: "e", text: "The receiving gateway forwards the original packet to 10.0.2.15" },
      ],
      order: ["b", "c", "d", "a", "e"],
      explanation:
        "The host knows nothing about the tunnel; it sends an ordinary packet. The gateway wraps it, the internet carries only the outer packet, and the far gateway unwraps it and forwards the untouched original using its inner destination address.",
      source: "https://docs.aws.amazon.com/vpn/latest/s2svpn/how_it_works.html",
    },
  ],
} satisfies QuizInput;
