import type { QuizInput } from "@/lib/content/quiz";

export default {
  id: "05-authentication",
  title: "Authentication",
  questions: [
    {
      id: "mitm",
      type: "single",
      prompt:
        "Two gateways run a Diffie-Hellman exchange but skip peer authentication. What can an active attacker on the path do?",
      choices: [
        { id: "a", text: "Nothing, because Diffie-Hellman never sends the secret" },
        { id: "b", text: "Run a separate exchange with each gateway and relay traffic, reading everything in between" },
        { id: "c", text: "Only read packet sizes and timing" },
        { id: "d", text: "Only drop packets" },
      ],
      answer: "b",
      explanation:
        "Diffie-Hellman defeats a passive eavesdropper, but without authentication neither side knows who it exchanged keys with. A man-in-the-middle completes one exchange with each side and re-encrypts between them. Authentication (PSK or certificate) binds the exchange to the expected peer.",
      source: "https://docs.aws.amazon.com/vpn/latest/s2svpn/vpn-tunnel-authentication-options.html",
    },
    {
      id: "psk-leak",
      type: "single",
      prompt:
        "The pre-shared key for a Site-to-Site VPN tunnel was pasted into a public ticket. What is the main risk, and the fix?",
      choices: [
        { id: "a", text: "No risk: the PSK only names the tunnel" },
        {
          id: "b",
          text: "Anyone with the key can authenticate as a peer; replace it on both ends with a new long random key",
        },
        { id: "c", text: "The key lets anyone decrypt all past traffic; nothing can be done" },
        { id: "d", text: "AWS rotates the key automatically every hour, so no action is needed" },
      ],
      answer: "b",
      explanation:
        "A PSK is what each peer proves it knows during IKE, so a leaked key lets an attacker impersonate a gateway. Replace it (modify-vpn-tunnel-options sets a new one per tunnel) and update the customer gateway at the same time. Phase keys are fresh Diffie-Hellman secrets, so the PSK alone does not decrypt past traffic.",
      source: "https://docs.aws.amazon.com/vpn/latest/s2svpn/VPNTunnels.html",
    },
    {
      id: "cert-benefits",
      type: "multiple",
      prompt: "What does certificate authentication give you that a pre-shared key does not? Select all that apply.",
      choices: [
        { id: "a", text: "No secret has to be shared between the two ends" },
        { id: "b", text: "A single peer can be cut off by revoking its certificate" },
        { id: "c", text: "No need to renew anything, ever" },
        { id: "d", text: "Identities are vouched for by a CA both sides trust" },
      ],
      answers: ["a", "b", "d"],
      explanation:
        "Each peer keeps its own private key, the CA signs the binding of name to key, and one certificate can be revoked without touching others. Certificates do expire, so renewal is a real operational cost.",
      source: "https://docs.aws.amazon.com/vpn/latest/s2svpn/vpn-tunnel-authentication-options.html",
    },
    {
      id: "client-vpn-methods",
      type: "multiple",
      prompt: "Which are client authentication methods offered by AWS Client VPN? Select all that apply.",
      choices: [
        { id: "a", text: "Mutual authentication with client certificates" },
        { id: "b", text: "Active Directory authentication" },
        { id: "c", text: "SAML-based federated single sign-on" },
        { id: "d", text: "IPsec pre-shared keys" },
        { id: "e", text: "SSH public keys" },
      ],
      answers: ["a", "b", "c"],
      explanation:
        "Client VPN supports certificate-based mutual authentication, Active Directory and SAML federation, and can combine mutual authentication with one user-based method. PSKs belong to IPsec site-to-site tunnels, and SSH keys are not a Client VPN option.",
      source: "https://docs.aws.amazon.com/vpn/latest/clientvpn-admin/client-authentication.html",
    },
    {
      id: "combined",
      type: "single",
      prompt:
        "A Client VPN endpoint uses mutual authentication combined with SAML SSO. A user's SSO password is phished and used from the attacker's own laptop. What happens?",
      choices: [
        { id: "a", text: "The attacker connects, because SSO succeeded" },
        {
          id: "b",
          text: "The connection fails, because the attacker's laptop has no client certificate from your CA and both methods must pass",
        },
        { id: "c", text: "The attacker connects but with read-only access" },
        { id: "d", text: "The endpoint falls back to certificate-only authentication" },
      ],
      answer: "b",
      explanation:
        "When mutual authentication is combined with a user-based method, both are required. A stolen password without a device certificate issued by your CA is not enough, which is the point of combining them.",
      source: "https://docs.aws.amazon.com/vpn/latest/clientvpn-admin/client-authentication.html",
    },
  ],
} satisfies QuizInput;
