import { LAB_ACCOUNT, labWorld, scenario, type World } from "@/lib/sim";
import { nameToId, traceFrom, traceGoal, type GoalCheck, type LabDefinition } from "@/lib/content/lab";
import { ipInCidr } from "./common";

const LEARNER = `arn:aws:iam::${LAB_ACCOUNT}:user/learner`;
const ONPREM_CIDR = "192.168.0.0/16";
const LAPTOP_IP = "192.168.1.10";

function startWorld(seed: number): World {
  return scenario({ seed })
    .do(() => labWorld(seed))
    .onPrem("corp-dc", ONPREM_CIDR, { internetAccess: true })
    .onPremHost("corp-laptop", { network: "corp-dc", ip: LAPTOP_IP, listeningPorts: [22], principal: LEARNER })
    .vpn("corp-vpn", { vpc: "lab-vpc", onPrem: "corp-dc", tunnelsUp: 1 })
    .build();
}

function privateRtHasVgwRoute(world: World): GoalCheck {
  const rt = world.routeTables[nameToId(world, "private-rt")];
  const routes = (rt?.routes ?? []).filter(
    (r) => r.gatewayId?.startsWith("vgw-") && r.state === "active" && r.destinationCidrBlock,
  );
  const covering = routes.filter((r) => ipInCidr(r.destinationCidrBlock!, LAPTOP_IP));
  if (!covering.length)
    return {
      done: false,
      code: "NO_RETURN_ROUTE",
      detail: `private-rt has no route for the on-premises range ${ONPREM_CIDR} via the virtual private gateway.`,
    };
  if (covering.every((r) => r.destinationCidrBlock === "0.0.0.0/0"))
    return {
      done: false,
      code: "ROUTE_TOO_BROAD",
      detail: "private-rt sends 0.0.0.0/0 to the VGW; route only the on-premises range.",
    };
  return { done: true };
}

function sshFromOnPremOnly(world: World): GoalCheck {
  const sg = Object.values(world.securityGroups).find((g) => g.groupName === "app-sg");
  const rules = (sg?.ingress ?? []).filter(
    (r) => (r.ipProtocol === "-1" || ((r.fromPort ?? 0) <= 22 && 22 <= (r.toPort ?? 65535))) && r.cidrIpv4,
  );
  if (rules.some((r) => r.cidrIpv4 === "0.0.0.0/0"))
    return {
      done: false,
      code: "SG_OPEN_TO_WORLD",
      detail: "app-sg allows SSH from 0.0.0.0/0; allow only the on-premises range.",
    };
  if (!rules.some((r) => ipInCidr(ONPREM_CIDR, r.cidrIpv4!.split("/")[0]) && ipInCidr(r.cidrIpv4!, LAPTOP_IP)))
    return {
      done: false,
      code: "SG_INGRESS_BLOCKS",
      detail: `app-sg has no inbound SSH rule for the on-premises range (${ONPREM_CIDR}).`,
    };
  return { done: true };
}

const lab = {
  id: "site-to-site-vpn",
  title: "Site-to-site VPN: reach a private instance from the data centre",
  summary:
    "The tunnels are up but nothing gets through. Fix the VPC side of a site-to-site VPN so the office reaches a private instance and the instance reaches the office.",
  story: [
    "Pathwise still runs its finance systems in a small data centre, `corp-dc` (192.168.0.0/16). The network team set up an AWS **Site-to-Site VPN**: a customer gateway for the office router, a virtual private gateway attached to `lab-vpc`, and a VPN connection with two IPsec tunnels. One tunnel reports `UP`; the second is down while the office replaces a router, which costs redundancy but not connectivity.",
    "Still, `ssh 10.0.2.10` from the office laptop just hangs, and the app server cannot reach the office either. The tunnel is only half the story: the VPC must know that 192.168.0.0/16 lives behind the virtual private gateway, and the app server's security group must let the office in.",
    "Your terminal is on `corp-laptop` (192.168.1.10) in the data centre, with the learner's AWS credentials. Make traffic flow both ways, keeping every rule as narrow as the job needs.",
  ].join("\n\n"),
  difficulty: "intermediate",
  minutes: 25,
  track: "tunnels-and-vpns",
  lessons: ["tunnels-and-vpns/06-vpns-into-a-vpc"],
  start: (seed: number) => ({
    world: startWorld(seed),
    host: "corp-laptop",
    credentials: LEARNER,
    welcome: [
      "You are on corp-laptop (192.168.1.10) in the corp-dc data centre. The AWS CLI uses the learner's IAM user.",
      "The VPN connection corp-vpn joins corp-dc to lab-vpc. app-server is at 10.0.2.10.",
      "Try `ssh 10.0.2.10`, then `aws ec2 describe-vpn-connections`.",
    ].join("\n"),
  }),
  goals: [
    {
      id: "onprem-reaches-app-server",
      title: "corp-laptop can open SSH to app-server (10.0.2.10) through the VPN",
      check: ({ world }) =>
        traceGoal(traceFrom(world, "corp-laptop", { ip: "10.0.2.10" }, { port: 22 }), { through: ["tunnel", "vgw"] }),
    },
    {
      id: "app-server-reaches-onprem",
      title: "app-server can reach corp-laptop (192.168.1.10) through the VPN",
      check: ({ world }) =>
        traceGoal(traceFrom(world, "app-server", { ip: LAPTOP_IP }, { port: 22 }), { through: ["vgw", "tunnel"] }),
    },
    {
      id: "private-rt-routes-onprem-to-vgw",
      title: "private-rt routes the on-premises range (not everything) to the virtual private gateway",
      check: ({ world }) => privateRtHasVgwRoute(world),
    },
    {
      id: "ssh-from-onprem-only",
      title: "app-sg allows SSH from the on-premises range, not from the whole internet",
      check: ({ world }) => sshFromOnPremOnly(world),
    },
  ],
  traceDefault: { from: "corp-laptop", to: { ip: "10.0.2.10" }, port: 22 },
} satisfies LabDefinition;

export default lab;
