import type { QuizInput } from "@/lib/content/quiz";

export default {
  id: "06-vpns-into-a-vpc",
  title: "VPNs into a VPC",
  questions: [
    {
      id: "cgw-resource",
      type: "single",
      prompt: "What does creating a customer gateway resource in AWS do?",
      choices: [
        { id: "a", text: "It pushes an IPsec configuration to your on-premises router" },
        { id: "b", text: "It records information about your device, such as its public IP address and BGP ASN" },
        { id: "c", text: "It launches a managed router in your office" },
        { id: "d", text: "It attaches the VPN to the VPC" },
      ],
      answer: "b",
      explanation:
        "The customer gateway is only a description of your device for AWS. It does not create or configure anything on premises; you configure the device yourself, typically from the downloadable sample configuration. Attaching to the VPC is the virtual private gateway's job.",
      source: "https://docs.aws.amazon.com/vpn/latest/s2svpn/your-cgw.html",
    },
    {
      id: "two-tunnels",
      type: "single",
      prompt: "Why should you configure both tunnels of a Site-to-Site VPN connection on your device?",
      choices: [
        { id: "a", text: "Each tunnel carries traffic in only one direction" },
        {
          id: "b",
          text: "AWS may take one tunnel endpoint down for maintenance, and the other keeps the connection up",
        },
        { id: "c", text: "The second tunnel is required for IKE, the first for ESP" },
        { id: "d", text: "Two tunnels double the encryption strength" },
      ],
      answer: "b",
      explanation:
        "The two tunnels terminate on separate AWS endpoints for availability. If one fails or is replaced during routine maintenance, traffic fails over to the other. Each tunnel carries both IKE and ESP, in both directions.",
      source: "https://docs.aws.amazon.com/vpn/latest/s2svpn/your-cgw.html",
    },
    {
      id: "tunnel-up-no-reply",
      type: "single",
      prompt:
        "Tunnel 1 shows UP, but pings from 192.168.10.5 to app-server (10.0.2.15) get no reply. The private route table has only the local route. What is missing?",
      choices: [
        { id: "a", text: "A second VPN connection" },
        { id: "b", text: "A route for 192.168.0.0/16 to the virtual private gateway, static or propagated" },
        { id: "c", text: "A NAT gateway in the private subnet" },
        { id: "d", text: "An internet gateway route for 0.0.0.0/0" },
      ],
      answer: "b",
      explanation:
        "Requests arrive through the tunnel, but the replies from app-server need a route back to the office range. Enabling route propagation from the virtual private gateway (or adding a static route) fixes it. Security groups must also allow the traffic.",
      source: "https://docs.aws.amazon.com/vpc/latest/userguide/route-tables-priority.html",
    },
    {
      id: "static-vs-propagated",
      type: "single",
      prompt:
        "A route table has a static route 192.168.0.0/16 to a network interface and a propagated route 192.168.0.0/16 to the virtual private gateway. Which one is used?",
      choices: [
        { id: "a", text: "The propagated route, because it came from BGP" },
        { id: "b", text: "The static route, because for identical destinations static routes take priority" },
        { id: "c", text: "Both, with traffic split evenly" },
        { id: "d", text: "Neither: duplicate destinations are rejected" },
      ],
      answer: "b",
      explanation:
        "Longest-prefix match cannot decide between identical prefixes, so the VPC applies a tie-break: static routes take priority over propagated ones. That lets you override a propagated route deliberately.",
      source: "https://docs.aws.amazon.com/vpc/latest/userguide/route-tables-priority.html",
    },
    {
      id: "which-service",
      type: "multiple",
      prompt: "Which needs point to AWS Client VPN rather than Site-to-Site VPN? Select all that apply.",
      choices: [
        { id: "a", text: "Thirty engineers working from home need to reach private instances" },
        { id: "b", text: "A branch office router must connect its whole LAN to the VPC" },
        { id: "c", text: "Access must follow each user's SSO group membership" },
        { id: "d", text: "The other end is a firewall appliance that speaks only IPsec" },
      ],
      answers: ["a", "c"],
      explanation:
        "Client VPN connects individual devices and can authenticate users through SAML or Active Directory, with authorization rules per group. Joining a whole LAN through an IPsec-only appliance is the Site-to-Site VPN case.",
      source: "https://docs.aws.amazon.com/vpn/latest/clientvpn-admin/client-authentication.html",
    },
  ],
} satisfies QuizInput;
