import { labWorld, scenario, type World } from "@/lib/sim";
import { traceFrom, traceGoal, type GoalCheck, type LabDefinition } from "@/lib/content/lab";
import { VIA_BASTION_WELCOME } from "./common";
import { SQS_LIST, sqsResolvesPrivately } from "./interface-endpoint-private-dns";

function startWorld(seed: number): World {
  return scenario({ seed })
    .do(() => labWorld(seed))
    .vpcIn("lab-vpc", (v) =>
      v.securityGroup("sqs-endpoint-sg", "SQS endpoint (copied from the web tier template)", {
        ingress: [{ port: 80, cidr: "10.0.0.0/16" }],
      }),
    )
    .endpoint("sqs-endpoint", {
      vpc: "lab-vpc",
      service: "sqs",
      type: "Interface",
      subnets: ["private-a", "private-b"],
      securityGroups: ["sqs-endpoint-sg"],
      privateDns: true,
    })
    .build();
}

function covers443(r: { ipProtocol: string; fromPort?: number; toPort?: number }): boolean {
  if (r.ipProtocol === "-1") return true;
  if (r.ipProtocol !== "tcp" && r.ipProtocol !== "6") return false;
  return (r.fromPort ?? 0) <= 443 && 443 <= (r.toPort ?? 65535);
}

/** The SQS endpoint's security groups allow 443, but not from the whole internet. */
function sgIsTight(world: World): GoalCheck {
  const ep = Object.values(world.vpcEndpoints).find(
    (e) => e.type === "Interface" && e.serviceName.endsWith(".sqs") && e.state !== "deleted" && e.state !== "deleting",
  );
  if (!ep) return { done: false, code: "NO_ENDPOINT", detail: "There is no SQS interface endpoint any more." };
  const groups = ep.groupIds.map((g) => world.securityGroups[g]).filter((g) => !!g);
  const rules = groups.flatMap((g) => g.ingress);
  if (rules.some((r) => covers443(r) && (r.cidrIpv4 === "0.0.0.0/0" || r.cidrIpv4 === "::/0")))
    return {
      done: false,
      code: "SG_OPEN_TO_WORLD",
      detail:
        "The endpoint's security group allows 443 from 0.0.0.0/0. Allow only the VPC (10.0.0.0/16), a subnet, or the app's security group.",
    };
  if (!rules.some(covers443))
    return {
      done: false,
      code: "SG_INGRESS_BLOCKS_443",
      detail: "No security group on the endpoint has an inbound rule for TCP 443.",
    };
  return { done: true };
}

const lab = {
  id: "interface-endpoint-security-group",
  title: "An interface endpoint that nobody can reach",
  summary:
    "An SQS interface endpoint exists, DNS already points at it, and still every call times out. Find the security group on the endpoint's network interfaces and fix it — without opening it to the world.",
  story: [
    "Yesterday a teammate at Pathwise created an SQS **interface endpoint** for the private subnets, with private DNS on. `dig sqs.us-east-1.amazonaws.com` on `app-server` now returns private 10.0.x.x addresses — exactly as planned. Yet `aws sqs list-queues` still ends in `Connect timeout`.",
    "Unlike a gateway endpoint, an interface endpoint is a set of network interfaces in your subnets, and like any ENI they are guarded by **security groups**. The teammate copied the group from the web tier's template.",
    "Troubleshoot in order — DNS, then security groups, then routes and policies — and fix the endpoint's security group so that the app server can talk HTTPS to it. Keep it tight: an endpoint only needs inbound 443 from the clients that use it.",
  ].join("\n\n"),
  difficulty: "beginner",
  minutes: 15,
  track: "interface-endpoints",
  lessons: [
    "interface-endpoints/13-high-availability-and-troubleshooting",
    "interface-endpoints/11-interface-endpoints",
  ],
  start: (seed: number) => ({
    world: startWorld(seed),
    via: ["bastion"],
    host: "app-server",
    welcome: [...VIA_BASTION_WELCOME, "Try `dig +short sqs.us-east-1.amazonaws.com`, then `aws sqs list-queues`."].join(
      "\n",
    ),
  }),
  goals: [
    {
      id: "sqs-through-interface-endpoint",
      title: "`aws sqs list-queues` from app-server works through the interface endpoint",
      check: ({ world }) => traceGoal(traceFrom(world, "app-server", SQS_LIST), { through: ["vpce-interface"] }),
    },
    {
      id: "endpoint-sg-allows-443-from-vpc-only",
      title: "The endpoint's security group allows inbound 443, but not from 0.0.0.0/0",
      check: ({ world }) => sgIsTight(world),
    },
    {
      id: "private-dns-still-on",
      title: "sqs.us-east-1.amazonaws.com still resolves to the endpoint's private IPs",
      check: ({ world }) => sqsResolvesPrivately(world),
    },
  ],
  traceDefault: { from: "app-server", to: SQS_LIST },
} satisfies LabDefinition;

export default lab;
