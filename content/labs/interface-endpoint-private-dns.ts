import { labWorld, modifyVpcAttribute, resolve, scenario, type World } from "@/lib/sim";
import { instanceByName, nameToId, traceFrom, traceGoal, type GoalCheck, type LabDefinition } from "@/lib/content/lab";
import { check, liveNatGateways, VIA_BASTION_WELCOME } from "./common";

export const SQS_LIST = { service: "sqs", action: "sqs:ListQueues" } as const;
export const SQS_HOST = "sqs.us-east-1.amazonaws.com";

function startWorld(seed: number): World {
  const w = scenario({ seed })
    .do(() => labWorld(seed))
    .vpcIn("lab-vpc", (v) =>
      v.securityGroup("endpoint-sg", "Interface endpoints: HTTPS from the VPC", {
        ingress: [{ port: 443, cidr: "10.0.0.0/16" }],
      }),
    )
    .build();
  const r = modifyVpcAttribute(w, { vpcId: nameToId(w, "lab-vpc"), enableDnsHostnames: false });
  return r.ok ? r.world : w;
}

/** The public SQS name resolves, from the app server, to private endpoint IPs inside lab-vpc. */
export function sqsResolvesPrivately(world: World, from = "app-server"): GoalCheck {
  const d = resolve(world, instanceByName(world, from), SQS_HOST);
  const a = d.answers.filter((x) => x.type === "A");
  const priv = a.length > 0 && a.every((x) => x.value.startsWith("10.0."));
  if (priv && d.code === "DNS_RESOLVES_PRIVATE_ENDPOINT") return { done: true };
  return {
    done: false,
    code: d.code || "DNS_RESOLVES_PUBLIC",
    detail: `${SQS_HOST} resolves to ${a.map((x) => x.value).join(", ") || "nothing"} from ${from}. ${d.message}`,
  };
}

const lab = {
  id: "interface-endpoint-private-dns",
  title: "SQS through an interface endpoint with private DNS",
  summary:
    "Create an SQS interface endpoint so that the public SQS name resolves to private IPs inside the VPC — and discover which VPC attribute private DNS depends on.",
  story: [
    "Pathwise's report generator now publishes a message to the `lab-queue` SQS queue whenever a report is ready. From `app-server`, in a private subnet without a NAT gateway, `aws sqs list-queues` just hangs until it times out.",
    "SQS has no gateway endpoint: the private path is an **interface endpoint** (AWS PrivateLink) — network interfaces with private IPs in your subnets. With **private DNS**, the ordinary name `sqs.us-east-1.amazonaws.com` answers with those private IPs inside the VPC, so the application needs no change at all.",
    "The VPC was created by an old template that switched one DNS attribute off. A security group for endpoints, `endpoint-sg`, already allows HTTPS from the VPC. Use `dig` before and after: the answer should change from public to private addresses.",
  ].join("\n\n"),
  difficulty: "intermediate",
  minutes: 20,
  track: "interface-endpoints",
  lessons: ["interface-endpoints/12-private-dns", "interface-endpoints/11-interface-endpoints"],
  start: (seed: number) => ({
    world: startWorld(seed),
    via: ["bastion"],
    host: "app-server",
    welcome: [...VIA_BASTION_WELCOME, `Try \`dig +short ${SQS_HOST}\` and \`aws sqs list-queues\`.`].join("\n"),
  }),
  goals: [
    {
      id: "dns-hostnames-on",
      title: "lab-vpc has both DNS attributes (DNS support and DNS hostnames) turned on",
      check: ({ world }) => {
        const vpc = world.vpcs[nameToId(world, "lab-vpc")];
        return check(
          !!vpc?.enableDnsSupport && !!vpc?.enableDnsHostnames,
          "DNS_HOSTNAMES_DISABLED",
          "Private DNS for interface endpoints needs enableDnsSupport and enableDnsHostnames on the VPC.",
        );
      },
    },
    {
      id: "sqs-name-resolves-privately",
      title: `${SQS_HOST} resolves to private IPs from app-server`,
      check: ({ world }) => sqsResolvesPrivately(world),
    },
    {
      id: "sqs-through-interface-endpoint",
      title: "`aws sqs list-queues` from app-server goes through the interface endpoint",
      check: ({ world }) =>
        traceGoal(traceFrom(world, "app-server", SQS_LIST), { through: ["vpce-interface"], avoid: ["nat", "igw"] }),
    },
    {
      id: "no-nat-gateway",
      title: "No NAT gateway is created",
      check: ({ world }) =>
        check(
          liveNatGateways(world).length === 0,
          "NAT_GATEWAY_EXISTS",
          "A NAT gateway exists; this lab is about the private path.",
        ),
    },
  ],
  traceDefault: { from: "app-server", to: SQS_LIST },
} satisfies LabDefinition;

export default lab;
