import { LAB_ACCOUNT, labWorld, scenario, type World } from "@/lib/sim";
import { nameToId, traceFrom, traceGoal, type GoalCheck, type LabDefinition } from "@/lib/content/lab";
import { ipInCidr, S3_LIST_REPORTS, VIA_BASTION_WELCOME } from "./common";

const WEB = { name: "example.com" } as const;

function startWorld(seed: number): World {
  return scenario({ seed })
    .do(() => labWorld(seed))
    .vpcIn("lab-vpc", (v) => v.routeTable("inspection-rt"))
    .vpcIn("lab-vpc", (v) => v.privateSubnet("inspection-a", "10.0.5.0/24", "us-east-1a"), {
      privateRouteTable: "inspection-rt",
    })
    .vpcIn("lab-vpc", (v) => v.natGateway("lab-nat", "public-a", ["private-rt", "inspection-rt"]))
    .vpc(
      "security-vpc",
      "10.100.0.0/16",
      (v) =>
        v
          .privateSubnet("appliance-a", "10.100.1.0/24", "us-east-1a")
          .securityGroup("appliance-sg", "GENEVE from the GWLB", {
            ingress: [{ port: 6081, protocol: "udp", cidr: "10.100.0.0/16" }],
          }),
      { privateRouteTable: "security-rt" },
    )
    .instance("firewall-1", {
      subnet: "appliance-a",
      securityGroups: ["appliance-sg"],
      privateIp: "10.100.1.10",
      listeningPorts: [6081],
    })
    .nlb("inspection-gwlb", { subnets: ["appliance-a"], targets: ["firewall-1"], port: 6081, type: "gateway" })
    .endpointService("inspection-svc", { nlb: "inspection-gwlb", acceptanceRequired: false, allow: [LAB_ACCOUNT] })
    .endpoint("inspection-gwlbe", {
      vpc: "lab-vpc",
      service: "inspection-svc",
      type: "GatewayLoadBalancer",
      subnets: ["inspection-a"],
    })
    .build();
}

function gwlbEndpointIds(world: World): string[] {
  return Object.values(world.vpcEndpoints ?? {})
    .filter((e) => e.type === "GatewayLoadBalancer" && e.state === "available")
    .map((e) => e.id);
}

/** public-rt (the NAT gateway's subnet) sends replies for the app subnet back through the GWLB endpoint. */
function returnPathInspected(world: World): GoalCheck {
  const rt = world.routeTables[nameToId(world, "public-rt")];
  const eps = gwlbEndpointIds(world);
  const ok = (rt?.routes ?? []).some(
    (r) =>
      r.state === "active" &&
      !!r.gatewayId &&
      eps.includes(r.gatewayId) &&
      !!r.destinationCidrBlock &&
      r.destinationCidrBlock !== "0.0.0.0/0" &&
      ipInCidr(r.destinationCidrBlock, "10.0.2.10"),
  );
  return ok
    ? { done: true }
    : {
        done: false,
        code: "ASYMMETRIC_INSPECTION",
        detail:
          "Replies from the NAT gateway to private-a (10.0.2.0/24) follow public-rt's local route and skip the firewall. Add a more specific route for 10.0.2.0/24 to the GWLB endpoint in public-rt.",
      };
}

const lab = {
  id: "gwlb-inspection",
  title: "Send outbound traffic through a firewall with a GWLB endpoint",
  summary:
    "The security team's firewall fleet sits behind a Gateway Load Balancer. Steer the app subnet's outbound traffic — both directions — through its endpoint with route table changes only.",
  story: [
    "Pathwise's auditors want every packet that leaves the private subnets to pass a firewall. The security team runs a fleet of inspection appliances (`firewall-1`, …) in `security-vpc`, behind a **Gateway Load Balancer**, and has already created a **GWLB endpoint**, `inspection-gwlbe`, in a dedicated subnet `inspection-a` of `lab-vpc`. The endpoint's own route table, `inspection-rt`, forwards to the NAT gateway.",
    "Today `private-rt` still sends 0.0.0.0/0 straight to the NAT gateway, so the firewall never sees anything. A GWLB endpoint is a route target — like a gateway endpoint, no application changes and no DNS — so the fix is purely in route tables.",
    "Make app-server's outbound traffic go through the endpoint, and make the replies come back the same way: an appliance that only sees one direction of a flow cannot inspect it. Watch the path trace for the inspection hop.",
  ].join("\n\n"),
  difficulty: "advanced",
  minutes: 25,
  track: "interface-endpoints",
  lessons: ["interface-endpoints/14-gateway-load-balancer-endpoints"],
  start: (seed: number) => ({
    world: startWorld(seed),
    via: ["bastion"],
    host: "app-server",
    welcome: [...VIA_BASTION_WELCOME, "Try `curl -sI https://example.com` and open the path trace."].join("\n"),
  }),
  goals: [
    {
      id: "egress-inspected",
      title: "app-server's traffic to the internet passes the GWLB endpoint (inspection hop) and still works",
      check: ({ world }) => traceGoal(traceFrom(world, "app-server", WEB, { port: 443 }), { through: ["vpce-gwlb"] }),
    },
    {
      id: "return-path-inspected",
      title: "Replies for private-a come back through the GWLB endpoint (route in public-rt)",
      check: ({ world }) => returnPathInspected(world),
    },
    {
      id: "aws-calls-still-work",
      title: "app-server can still list pathwise-reports",
      check: ({ world }) => traceGoal(traceFrom(world, "app-server", S3_LIST_REPORTS)),
    },
  ],
  traceDefault: { from: "app-server", to: WEB, port: 443 },
} satisfies LabDefinition;

export default lab;
