import type { QuizInput } from "@/lib/content/quiz";

export default {
  id: "01-why-the-internet-is-untrusted",
  title: "Why the internet is untrusted",
  questions: [
    {
      id: "checksum",
      type: "single",
      prompt:
        "An attacker on the path changes the amount in an unencrypted HTTP request and forwards it. Why does the receiver not notice?",
      choices: [
        { id: "a", text: "TCP checksums are only verified by routers, not by the receiver" },
        { id: "b", text: "Checksums detect accidental corruption, and the attacker can simply recompute them" },
        { id: "c", text: "IP packets have no checksum at all" },
        { id: "d", text: "The receiver notices, but HTTP ignores checksum errors" },
      ],
      answer: "b",
      explanation:
        "IP and TCP checksums are not keyed: anyone can recalculate them after editing the packet. Detecting deliberate changes needs a keyed integrity check that only the two endpoints can compute, which is what a VPN adds.",
      source: "https://www.rfc-editor.org/rfc/rfc1071",
    },
    {
      id: "match-promise",
      type: "single",
      prompt:
        "A forged packet claims to come from your server's IP address and is accepted by the client. Which VPN promise was missing?",
      choices: [
        { id: "a", text: "Confidentiality" },
        { id: "b", text: "Authenticity" },
        { id: "c", text: "Availability" },
        { id: "d", text: "Compression" },
      ],
      answer: "b",
      explanation:
        "Nothing in plain IP proves who sent a packet. Authenticity means each packet provably comes from the authenticated peer, because only a holder of the shared keys can produce a valid integrity check. Confidentiality would hide contents but not stop a forgery on its own.",
      source: "https://docs.aws.amazon.com/vpn/latest/s2svpn/VPC_VPN.html",
    },
    {
      id: "observer-sees",
      type: "multiple",
      prompt:
        "Traffic between two offices runs through a working IPsec tunnel. What can an observer on the internet between the two gateways still learn? Select all that apply.",
      choices: [
        { id: "a", text: "The public IP addresses of the two tunnel endpoints" },
        { id: "b", text: "Roughly how much traffic flows and when" },
        { id: "c", text: "The contents of the database queries inside the tunnel" },
        { id: "d", text: "The private IP addresses and ports of the hosts talking inside the tunnel" },
      ],
      answers: ["a", "b"],
      explanation:
        "The outer packet must be routable, so the gateways' public addresses are visible, and packet sizes and timing leak volume. The inner packet, including the private addresses, ports and payload, is encrypted. This is why a VPN hides what you say but not that you are talking.",
      source: "https://docs.aws.amazon.com/vpn/latest/s2svpn/how_it_works.html",
    },
    {
      id: "beyond-endpoint",
      type: "single",
      prompt:
        "A laptop connects through a VPN to a corporate gateway, and the gateway forwards the traffic to an internal web server over the plain office LAN. Which statement is correct?",
      choices: [
        { id: "a", text: "The traffic is encrypted all the way to the web server because it entered a VPN" },
        {
          id: "b",
          text: "The traffic is protected only between the laptop and the gateway; after the gateway it is ordinary traffic",
        },
        { id: "c", text: "The gateway re-encrypts all traffic for the LAN automatically" },
        { id: "d", text: "VPN traffic cannot be forwarded past the gateway" },
      ],
      answer: "b",
      explanation:
        "A tunnel ends at its endpoints. The far endpoint decrypts and forwards the original packet, which then travels unprotected unless another layer (such as TLS) protects it. The myth that a VPN protects traffic end to end comes from treating the tunnel as if it reached the final server.",
      source: "https://docs.aws.amazon.com/vpn/latest/s2svpn/how_it_works.html",
    },
  ],
} satisfies QuizInput;
