import type { QuizInput } from "@/lib/content/quiz";

export default {
  id: "04-tls-vpns-and-wireguard",
  title: "TLS VPNs and WireGuard",
  questions: [
    {
      id: "client-vpn-protocol",
      type: "single",
      prompt: "Which protocol do AWS Client VPN clients use to connect to a Client VPN endpoint?",
      choices: [
        { id: "a", text: "IPsec with IKEv2" },
        { id: "b", text: "OpenVPN (a TLS-based VPN)" },
        { id: "c", text: "WireGuard" },
        { id: "d", text: "Plain HTTPS without a tunnel interface" },
      ],
      answer: "b",
      explanation:
        "AWS Client VPN is built on OpenVPN: the AWS-provided client and other OpenVPN-compatible clients can connect. IPsec is what AWS Site-to-Site VPN uses between gateways, and WireGuard is not offered as a managed AWS service.",
      source: "https://docs.aws.amazon.com/vpn/latest/clientvpn-user/release-notes.html",
    },
    {
      id: "tcp-over-tcp",
      type: "single",
      prompt:
        "A team runs OpenVPN over TCP 443. Under mild packet loss, file transfers through the tunnel slow to a crawl. What is the best explanation?",
      choices: [
        { id: "a", text: "TLS cannot encrypt more than a few megabytes per session" },
        { id: "b", text: "Inner and outer TCP both retransmit and back off, amplifying each loss" },
        { id: "c", text: "Port 443 is rate-limited by every ISP" },
        { id: "d", text: "OpenVPN disables encryption over TCP" },
      ],
      answer: "b",
      explanation:
        "Tunnelling TCP inside TCP stacks two sets of retransmission timers and congestion control. A loss on the outer connection delays everything behind it, the inner TCP sees timeouts too and backs off as well. UDP transport avoids the problem.",
      source: "https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/",
    },
    {
      id: "allowed-ips",
      type: "single",
      prompt: "In WireGuard, what does a peer's AllowedIPs list do?",
      choices: [
        { id: "a", text: "Lists which public IPs may connect to the listening port" },
        {
          id: "b",
          text: "Acts as the route for outbound traffic to that peer and as the filter for the source of inbound packets from it",
        },
        { id: "c", text: "Lists the DNS servers the peer should use" },
        { id: "d", text: "Sets the address pool handed out to clients" },
      ],
      answer: "b",
      explanation:
        "WireGuard's cryptokey routing ties addresses to public keys. Outbound, a destination inside a peer's AllowedIPs is encrypted to that peer. Inbound, a decrypted packet is dropped unless its source is in the sender's AllowedIPs. WireGuard has no built-in address pool or source-IP allowlist for the outer connection.",
      source: "https://www.wireguard.com/papers/wireguard.pdf",
    },
    {
      id: "compare",
      type: "multiple",
      prompt: "Which statements about WireGuard are true? Select all that apply.",
      choices: [
        { id: "a", text: "It negotiates a cipher suite with each peer" },
        { id: "b", text: "It runs over UDP only" },
        { id: "c", text: "Peers are identified by public keys rather than certificates" },
        { id: "d", text: "It has built-in username and password login for remote users" },
        { id: "e", text: "AWS Site-to-Site VPN can terminate WireGuard tunnels" },
      ],
      answers: ["b", "c"],
      explanation:
        "WireGuard uses one fixed cipher suite (no negotiation), runs only over UDP, and identifies peers by their public keys. It has no user login of its own, and AWS's managed Site-to-Site VPN speaks IPsec only, so a WireGuard gateway on AWS is something you run yourself.",
      source: "https://www.wireguard.com/papers/wireguard.pdf",
    },
  ],
} satisfies QuizInput;
