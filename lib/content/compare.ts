/**
 * Lesson 19's chooser: "VPN vs gateway endpoint vs interface endpoint / PrivateLink".
 * A pure function from the learner's situation to a recommendation (one tool or a combination),
 * the reasons, and why each of the other tools does not fit. No React here: the widget
 * (app/_components/widgets/compare.tsx) only renders what this returns.
 *
 * Facts encoded (AWS PrivateLink guide, Site-to-Site VPN guide):
 *  - Gateway endpoints exist only for S3 and DynamoDB, work only in their own Region, serve only traffic
 *    that starts in the VPC they are attached to (not on-premises over VPN/Direct Connect, not peered
 *    VPCs, not a transit gateway), cost nothing, and have no security groups.
 *  - Interface endpoints are ENIs in the subnets you pick (one per AZ) with security groups; they cost per
 *    endpoint per AZ-hour plus per GB processed; anything routed to the VPC (on-premises over VPN or Direct
 *    Connect, peered VPCs, transit gateway attachments) can reach them.
 *  - PrivateLink endpoint services put your own or a partner's (SaaS) service behind a Network Load
 *    Balancer; consumers reach it with an interface endpoint. Connections go one way, consumer to service,
 *    and overlapping CIDRs do not matter.
 *  - Site-to-Site VPN joins whole networks in both directions: two IPsec tunnels per connection, encrypted
 *    over the internet, per connection-hour plus data transfer out. The two sides' ranges must not overlap.
 */
import { z } from "zod";

export const SERVICE_KINDS = ["s3", "dynamodb", "aws-service", "own-service", "saas", "hosts"] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

export const CLIENT_LOCATIONS = ["same-vpc", "peered-vpc", "other-region", "on-prem", "remote-users"] as const;
export type ClientLocation = (typeof CLIENT_LOCATIONS)[number];

export const SituationSchema = /* @__PURE__ */ z.object({
  service: z.enum(SERVICE_KINDS),
  clients: z.array(z.enum(CLIENT_LOCATIONS)).min(1),
  overlappingCidrs: z.boolean(),
  needSecurityGroups: z.boolean(),
  costSensitive: z.boolean(),
});
export type Situation = z.infer<typeof SituationSchema>;

/** The four tools the lesson compares (the comparison table's columns). */
export const CORE_TOOLS = ["site-to-site-vpn", "gateway-endpoint", "interface-endpoint", "endpoint-service"] as const;
export type CoreTool = (typeof CORE_TOOLS)[number];
/** Also recommended where they are the honest answer, though outside the comparison. */
export type ToolId = CoreTool | "client-vpn" | "peering-or-tgw" | "nothing";

export interface Pick {
  tool: ToolId;
  /** e.g. "S3 interface endpoint" */
  label: string;
  /** the client locations this part of the answer serves */
  serves: ClientLocation[];
  why: string;
}

export interface Recommendation {
  picks: Pick[];
  /** one line: the picks joined with "+" and who each is for */
  summary: string;
  /** each core tool that is not picked, with the reason it does not fit */
  notFit: Array<{ tool: CoreTool; why: string }>;
  /** caveats worth knowing for this situation */
  notes: string[];
}

export const TOOL_NAMES: Record<ToolId, string> = {
  "site-to-site-vpn": "Site-to-Site VPN",
  "gateway-endpoint": "Gateway endpoint",
  "interface-endpoint": "Interface endpoint",
  "endpoint-service": "PrivateLink endpoint service",
  "client-vpn": "Client VPN",
  "peering-or-tgw": "VPC peering or transit gateway",
  nothing: "Nothing extra",
};

export const SERVICE_LABELS: Record<ServiceKind, string> = {
  s3: "Amazon S3",
  dynamodb: "Amazon DynamoDB",
  "aws-service": "Another AWS service (SQS, KMS, Secrets Manager, ECR…)",
  "own-service": "Your own service in another VPC or account",
  saas: "A partner or SaaS service",
  hosts: "Hosts and servers (the whole network, both directions)",
};

export const CLIENT_LABELS: Record<ClientLocation, string> = {
  "same-vpc": "In the VPC itself (same Region)",
  "peered-vpc": "In another VPC joined by peering or a transit gateway (same Region)",
  "other-region": "In a VPC in another Region",
  "on-prem": "On premises (data centre or office network)",
  "remote-users": "Individual remote users on laptops",
};

/** Short forms for "who this part of the answer is for". */
export const CLIENT_SHORT: Record<ClientLocation, string> = {
  "same-vpc": "the VPC's own instances",
  "peered-vpc": "peered or transit-gateway VPCs",
  "other-region": "VPCs in another Region",
  "on-prem": "the on-premises network",
  "remote-users": "remote users",
};

export type ComparisonAspect =
  "useCase" | "scope" | "reaches" | "path" | "securityGroups" | "overlap" | "complexity" | "cost" | "benefit";

export const ASPECT_LABELS: Record<ComparisonAspect, string> = {
  useCase: "Use case",
  scope: "Network scope",
  reaches: "What it reaches",
  path: "Traffic path",
  securityGroups: "Security groups",
  overlap: "Overlapping CIDRs",
  complexity: "Complexity",
  cost: "Cost drivers",
  benefit: "Key benefit",
};

/** The comparison table: one column per core tool, one row per aspect. */
export const COMPARISON: Record<CoreTool, Record<ComparisonAspect, string>> = {
  "site-to-site-vpn": {
    useCase: "Join an on-premises network to a VPC",
    scope: "Two whole networks, both directions",
    reaches: "Any host on the other side that routes allow",
    path: "Two encrypted IPsec tunnels over the internet",
    securityGroups: "On the instances, as usual (plus NACLs and routes)",
    overlap: "Breaks: the two ranges must not overlap (or NAT one side)",
    complexity: "Device config, two tunnels, static routes or BGP",
    cost: "Per connection-hour, plus data transfer out",
    benefit: "Joins whole networks securely",
  },
  "gateway-endpoint": {
    useCase: "S3 or DynamoDB from inside a VPC",
    scope: "One VPC's route tables, one Region",
    reaches: "S3 or DynamoDB only",
    path: "VPC router to the service, on the AWS network",
    securityGroups: "None on the endpoint; endpoint and bucket policies",
    overlap: "Not relevant (no addresses of its own)",
    complexity: "Very low: a route and a prefix list",
    cost: "Free",
    benefit: "Free, no DNS or code change",
  },
  "interface-endpoint": {
    useCase: "An AWS service at private IPs in your subnets",
    scope: "Subnets you pick (one ENI per AZ); reachable over VPN, Direct Connect, peering, TGW",
    reaches: "One service per endpoint",
    path: "Endpoint ENI, then PrivateLink to the service",
    securityGroups: "Yes, on the endpoint's ENIs",
    overlap: "Fine for the service; the clients still need a route to the ENIs",
    complexity: "Moderate: subnets, security groups, DNS",
    cost: "Per endpoint per AZ-hour, plus per GB processed",
    benefit: "Private access from anywhere routed to the VPC",
  },
  "endpoint-service": {
    useCase: "Your own or a partner's (SaaS) service offered to other VPCs and accounts",
    scope: "One service behind an NLB; consumers connect with interface endpoints",
    reaches: "That one service, consumer to provider only",
    path: "Consumer's endpoint ENI, PrivateLink, provider's NLB",
    securityGroups: "Yes, on the consumer's endpoint ENIs",
    overlap: "Fine: the two VPCs never route to each other",
    complexity: "Moderate: NLB, endpoint service, acceptance, DNS",
    cost: "Consumer pays endpoint hours and GB; provider pays for the NLB",
    benefit: "Exposes one service, not a network, across accounts",
  },
};

const SERVICE_NAME: Record<ServiceKind, string> = {
  s3: "S3",
  dynamodb: "DynamoDB",
  "aws-service": "the AWS service",
  "own-service": "your service",
  saas: "the partner service",
  hosts: "the hosts",
};

const WHERE: Record<ClientLocation, string> = {
  "same-vpc": "in-VPC traffic",
  "peered-vpc": "peered or transit-gateway VPCs",
  "other-region": "clients in another Region",
  "on-prem": "on-premises clients over the VPN",
  "remote-users": "remote users over Client VPN",
};

/** "for whom" in the one-line summary; tools that join networks are named by what they join. */
function forWhom(p: Pick): string {
  if (p.tool === "nothing" || p.tool === "endpoint-service") return p.label;
  if (p.tool === "site-to-site-vpn") return `${p.label} to join the on-premises network`;
  if (p.tool === "client-vpn") return `${p.label} for the remote users`;
  if (p.tool === "peering-or-tgw" && p.serves.length === 1 && p.serves[0] === "other-region")
    return `${p.label} from the other Region`;
  return `${p.label} for ${p.serves.map((c) => WHERE[c]).join(" and ")}`;
}

function isGatewayService(service: ServiceKind): service is "s3" | "dynamodb" {
  return service === "s3" || service === "dynamodb";
}

/** Recommend a tool, or a combination of tools, for a situation. Pure and total. */
export function recommend(situation: Situation): Recommendation {
  const s = normalise(situation);
  const picks: Pick[] = [];
  const notes: string[] = [];
  const add = (p: Pick) => {
    const same = picks.find((q) => q.tool === p.tool && q.label === p.label);
    if (same) {
      for (const c of p.serves) if (!same.serves.includes(c)) same.serves.push(c);
      if (!same.why.includes(p.why)) same.why = `${same.why} ${p.why}`;
    } else picks.push({ ...p, serves: [...p.serves] });
  };
  const has = (c: ClientLocation) => s.clients.includes(c);
  const svc = SERVICE_NAME[s.service];

  if (s.service === "hosts") hostsPicks(s, add);
  else {
    const endpointLabel =
      s.service === "own-service" || s.service === "saas"
        ? "Interface endpoint to the endpoint service"
        : s.service === "aws-service"
          ? "Interface endpoints (one per service)"
          : `${svc} interface endpoint`;
    const interfaceWhy = (c: ClientLocation): string => {
      switch (c) {
        case "same-vpc":
          return isGatewayService(s.service)
            ? "You need security groups on the path, and only an interface endpoint has them (its ENIs take security groups). It costs per AZ-hour and per GB, where the gateway endpoint is free."
            : `Puts ${svc} at private IPs in your subnets: one ENI per AZ where callers run, with security groups, and private DNS so the usual name resolves to them.`;
        case "on-prem":
          return `Traffic that arrives over a VPN or Direct Connect can reach an interface endpoint's private IPs; it cannot use a gateway endpoint. Resolve its name from on premises (Route 53 Resolver inbound endpoint or the vpce- DNS names).`;
        case "remote-users":
          return "Remote users reach the endpoint's private IPs through the Client VPN, like any other host in the VPC.";
        case "peered-vpc":
          return "Interface endpoints are reachable from peered VPCs and transit gateway attachments, so one set of endpoints can serve several VPCs (share the DNS with a private hosted zone).";
        case "other-region":
          return "Place it in the service's Region and reach it over inter-Region peering or transit gateway peering; endpoints are regional.";
      }
    };

    if (s.service === "own-service" || s.service === "saas") {
      add({
        tool: "endpoint-service",
        label:
          s.service === "saas"
            ? "The provider's PrivateLink endpoint service"
            : "PrivateLink endpoint service behind an NLB",
        serves: [...s.clients],
        why:
          s.service === "saas"
            ? "The partner publishes its API as an endpoint service; you connect to it privately, one way, and your ranges never have to fit around theirs."
            : "Put the service behind a Network Load Balancer and publish it as an endpoint service. Consumers connect one way, to this one service, and overlapping CIDRs do not matter.",
      });
    }

    for (const c of s.clients) {
      if (isGatewayService(s.service) && c === "same-vpc" && !s.needSecurityGroups) {
        add({
          tool: "gateway-endpoint",
          label: `${svc} gateway endpoint`,
          serves: ["same-vpc"],
          why: `Free, same Region, and only a route-table entry (a prefix list to the endpoint): the VPC's own instances reach ${svc} without NAT or the internet, with no DNS or code change.`,
        });
      } else if (isGatewayService(s.service) && c === "peered-vpc" && !s.needSecurityGroups) {
        add({
          tool: "gateway-endpoint",
          label: `${svc} gateway endpoint in each client VPC`,
          serves: ["peered-vpc"],
          why: "A gateway endpoint serves only the VPC it is attached to: traffic arriving over peering or a transit gateway cannot use this VPC's one. Give each client VPC its own; they are free.",
        });
      } else {
        add({ tool: "interface-endpoint", label: endpointLabel, serves: [c], why: interfaceWhy(c) });
      }
      if (c === "on-prem") add(vpnPick(s));
      if (c === "remote-users") add(clientVpnPick());
      if (c === "other-region") add(interRegionPick());
    }

    if (
      isGatewayService(s.service) &&
      s.needSecurityGroups &&
      s.costSensitive &&
      (has("same-vpc") || has("peered-vpc"))
    )
      notes.push(
        `A free alternative if policies are enough: a gateway endpoint with an endpoint policy, a ${s.service === "s3" ? "bucket" : "resource-based"} policy, and the ${svc} prefix list in your instances' outbound security-group rules.`,
      );
    if (isGatewayService(s.service) && has("other-region"))
      notes.push(
        `Gateway endpoints work only in their own Region. If the other Region's clients use ${svc} in their own Region, a gateway endpoint in their VPC is enough.`,
      );
    if (s.service === "aws-service" && s.costSensitive)
      notes.push(
        "Each interface endpoint is charged per AZ-hour plus per GB. Create only the endpoints you use, and consider sharing one set from a central VPC over a transit gateway.",
      );
    if (s.service === "own-service" && !s.overlappingCidrs)
      notes.push(
        "If the two sides must reach many hosts in both directions and their ranges do not overlap, VPC peering or a transit gateway is the alternative; PrivateLink exposes one service, one way.",
      );
    if (isGatewayService(s.service) && has("on-prem") && has("same-vpc") && !s.needSecurityGroups)
      notes.push(
        `Keep both: the gateway endpoint for the VPC's own instances and the interface endpoint for on-premises traffic. They coexist; only traffic routed to the endpoint's private IPs uses the interface endpoint.`,
      );
    if (s.costSensitive && isGatewayService(s.service) && picks.some((p) => p.tool === "interface-endpoint"))
      notes.push(
        "The interface endpoint is the part that costs money (per AZ-hour and per GB); route everything that can use the free gateway endpoint through it instead.",
      );
  }

  if (s.overlappingCidrs && picks.some((p) => p.tool === "site-to-site-vpn"))
    notes.push(
      s.service === "hosts"
        ? "Overlapping ranges break routing over a VPN: renumber or NAT one side. If the other side only needs a few services, expose them with PrivateLink instead."
        : "The VPN still needs the on-premises range and the VPC's range to differ (or NAT on one side). PrivateLink only removes the overlap problem between a consumer VPC and a service.",
    );

  const summary = picks.map(forWhom).join(" + ");
  const picked = new Set(picks.map((p) => p.tool));
  const notFit = CORE_TOOLS.filter((t) => !picked.has(t)).map((tool) => ({ tool, why: whyNot(tool, s) }));
  return { picks, summary, notFit, notes };
}

function hostsPicks(s: Situation, add: (p: Pick) => void) {
  for (const c of s.clients) {
    switch (c) {
      case "same-vpc":
        add({
          tool: "nothing",
          label: "Nothing extra: security groups and route tables",
          serves: ["same-vpc"],
          why: "Hosts in the same VPC already reach each other through the VPC's local route; control access with security groups and NACLs.",
        });
        break;
      case "on-prem":
        add(vpnPick(s));
        break;
      case "remote-users":
        add(clientVpnPick());
        break;
      case "peered-vpc":
      case "other-region":
        if (s.overlappingCidrs)
          add({
            tool: "endpoint-service",
            label: "PrivateLink endpoint services for the services that must be reached",
            serves: [c],
            why: "Overlapping ranges rule out peering and transit gateway routing. Publish the specific services behind an NLB as endpoint services; consumers reach them with interface endpoints, and the overlap does not matter.",
          });
        else
          add({
            tool: "peering-or-tgw",
            label:
              c === "other-region"
                ? "Inter-Region VPC peering or transit gateway peering"
                : "VPC peering or a transit gateway",
            serves: [c],
            why: "Joining VPCs is the job of peering (a few VPCs) or a transit gateway (many). No VPN is needed between VPCs, and endpoints carry service traffic, not whole networks.",
          });
        break;
    }
  }
}

function vpnPick(s: Situation): Pick {
  return {
    tool: "site-to-site-vpn",
    label: "Site-to-Site VPN (or Direct Connect)",
    serves: ["on-prem"],
    why:
      s.service === "hosts"
        ? "Joins the on-premises network and the VPC in both directions: two IPsec tunnels per connection, encrypted over the internet, routed statically or with BGP."
        : "On-premises clients first need a private path into the VPC: a Site-to-Site VPN (two encrypted IPsec tunnels over the internet) or Direct Connect if you already have one.",
  };
}

function clientVpnPick(): Pick {
  return {
    tool: "client-vpn",
    label: "Client VPN",
    serves: ["remote-users"],
    why: "Individual devices join the VPC through AWS Client VPN. Site-to-Site VPN joins networks, and endpoints carry service traffic, not people to hosts.",
  };
}

function interRegionPick(): Pick {
  return {
    tool: "peering-or-tgw",
    label: "Inter-Region peering or transit gateway peering",
    serves: ["other-region"],
    why: "Carries the other Region's traffic to the VPC that holds the endpoint; endpoints themselves are regional.",
  };
}

function whyNot(tool: CoreTool, s: Situation): string {
  const has = (c: ClientLocation) => s.clients.includes(c);
  switch (tool) {
    case "gateway-endpoint": {
      if (!isGatewayService(s.service))
        return s.service === "hosts"
          ? "A gateway endpoint only reaches S3 or DynamoDB; it cannot join networks or reach hosts."
          : "Gateway endpoints exist only for S3 and DynamoDB.";
      const reasons: string[] = [];
      if (s.needSecurityGroups) reasons.push("it has no security groups (it is a route, not an interface)");
      if (has("on-prem")) reasons.push("it is not reachable from on premises over a VPN or Direct Connect");
      if (has("remote-users")) reasons.push("remote users arriving through Client VPN cannot use it");
      if (has("peered-vpc")) reasons.push("it cannot be used from peered VPCs or through a transit gateway");
      if (has("other-region")) reasons.push("it works only within its own Region");
      return reasons.length > 0
        ? `Free and simple, but ${reasons.join("; ")}.`
        : "Not needed for the clients you described.";
    }
    case "interface-endpoint":
      if (isGatewayService(s.service))
        return "It would work, but it costs per AZ-hour and per GB, while the gateway endpoint is free. You need it only for on-premises or remote clients, or for security groups on the path.";
      return "An interface endpoint exposes one service; it cannot carry traffic to arbitrary hosts or join networks.";
    case "endpoint-service":
      if (s.service === "hosts")
        return "PrivateLink is one way, to one service behind an NLB; it cannot join networks in both directions.";
      return `AWS already publishes ${SERVICE_NAME[s.service] === "the AWS service" ? "the service" : SERVICE_NAME[s.service]} for you; endpoint services are for your own or a partner's service behind a Network Load Balancer.`;
    case "site-to-site-vpn":
      if (has("remote-users") && !has("on-prem"))
        return "Site-to-Site VPN joins networks, not individual devices; remote users need Client VPN.";
      if (s.service === "own-service" || s.service === "saas")
        return `Your clients are already in AWS. A VPN joins whole networks in both directions${s.overlappingCidrs ? ", and with overlapping CIDRs routing between the two sides would collide" : ""}; PrivateLink exposes just the one service.`;
      return "Your clients are all in AWS. A VPN joins an outside network to a VPC over the internet; inside AWS, traffic reaches services through endpoints and other VPCs through peering or a transit gateway.";
  }
}

function normalise(s: Situation): Situation {
  const clients = CLIENT_LOCATIONS.filter((c) => s.clients.includes(c));
  return { ...s, clients: clients.length > 0 ? clients : ["same-vpc"] };
}
