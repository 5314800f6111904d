import { endpointDnsEntries, LAB_ACCOUNT, labWorld, PROVIDER_ACCOUNT, scenario, type World } from "@/lib/sim";
import {
  breakAndFixFault,
  traceFrom,
  traceGoal,
  type BreakAndFixFault,
  type GoalCheck,
  type GoalContext,
  type LabDefinition,
  type LabStart,
} from "@/lib/content/lab";
import { VIA_BASTION_WELCOME } from "./common";
import { ADMIN_POLICY, PROVIDER_ADMIN } from "./privatelink-common";

const REPORTS_ONLY_GET = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "arn:aws:s3:::pathwise-reports/*" }],
});

/** The healthy design with one fault injected. */
export function breakAndFixWorld(seed: number, fault: BreakAndFixFault): World {
  return scenario({ seed })
    .do(() => labWorld(seed))
    .as(PROVIDER_ACCOUNT, "us-east-1")
    .user("provider-admin", [ADMIN_POLICY])
    .vpc(
      "provider-vpc",
      "10.20.0.0/16",
      (v) =>
        v
          .privateSubnet("svc-a", "10.20.1.0/24", "us-east-1a")
          .privateSubnet("svc-b", "10.20.2.0/24", "us-east-1b")
          .securityGroup("api-sg", "billing API", { ingress: [{ port: 443, cidr: "10.20.0.0/16" }] }),
      { privateRouteTable: "provider-rt" },
    )
    .instance("billing-api", {
      subnet: "svc-a",
      securityGroups: ["api-sg"],
      privateIp: "10.20.1.20",
      listeningPorts: [443],
    })
    .nlb("billing-nlb", { subnets: ["svc-a", "svc-b"], targets: ["billing-api"], port: 443 })
    .endpointService("billing-svc", {
      nlb: "billing-nlb",
      acceptanceRequired: fault === "connection-not-accepted",
      allow: [LAB_ACCOUNT],
    })
    .as(LAB_ACCOUNT, "us-east-1")
    .vpcIn("lab-vpc", (v) =>
      v.securityGroup("endpoint-sg", "Interface endpoints", {
        ingress: [fault === "sg-no-443" ? { port: 80, cidr: "10.0.0.0/16" } : { port: 443, cidr: "10.0.0.0/16" }],
      }),
    )
    .endpoint("s3-gateway", {
      vpc: "lab-vpc",
      service: "s3",
      type: "Gateway",
      routeTables: [fault === "missing-route-association" ? "public-rt" : "private-rt"],
      ...(fault === "restrictive-endpoint-policy" ? { policy: REPORTS_ONLY_GET } : {}),
    })
    .endpoint("sqs-endpoint", {
      vpc: "lab-vpc",
      service: "sqs",
      type: "Interface",
      subnets: ["private-a", "private-b"],
      securityGroups: ["endpoint-sg"],
      privateDns: fault !== "private-dns-off",
    })
    .endpoint("billing-endpoint", {
      vpc: "lab-vpc",
      service: "billing-svc",
      type: "Interface",
      subnets: ["private-a", "private-b"],
      securityGroups: ["endpoint-sg"],
    })
    .build();
}

/** The Region the app's AWS CLI uses: ~/.aws/config [default] region, else the instance's (IMDS). */
export function appRegion(ctx: Pick<GoalContext, "shell">): string {
  const text =
    ctx.shell.files[`/home/${ctx.shell.user}/.aws/config`] ?? ctx.shell.files["/home/ec2-user/.aws/config"] ?? "";
  let section = "";
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    const h = /^\[(.+)\]$/.exec(line);
    if (h) section = h[1].trim();
    else if (section === "default") {
      const m = /^region\s*=\s*(\S+)/.exec(line);
      if (m) return m[1];
    }
  }
  return "us-east-1";
}

function billingEndpointName(world: World): string {
  const ep = Object.values(world.vpcEndpoints).find((e) =>
    e.tags?.some((t) => t.Key === "Name" && t.Value === "billing-endpoint"),
  );
  return ep ? (endpointDnsEntries(world, ep)[0]?.dnsName ?? "") : "";
}

function billingGoal(world: World): GoalCheck {
  const name = billingEndpointName(world);
  if (!name) return { done: false, code: "NO_ENDPOINT", detail: "The billing endpoint is gone." };
  return traceGoal(traceFrom(world, "app-server", { name }, { port: 443 }), { through: ["vpce-interface"] });
}

const PROFILES = { provider: { region: "us-east-1", principalArn: PROVIDER_ADMIN } };

const lab = {
  id: "break-and-fix",
  title: "Break-and-fix: the app is down",
  summary:
    "Something in the private paths broke overnight. Find the fault with describe commands, dig and the path trace, and fix it. Every seed breaks something different.",
  story: [
    "It is 07:40 and the Pathwise report generator on `app-server` has been failing since the night's change window. The app talks to three things, all privately: S3 (`pathwise-reports`) through a **gateway endpoint**, SQS through an **interface endpoint** with private DNS, and Ledgerly's billing API through a **PrivateLink** endpoint (`billing-endpoint`).",
    'The change log is unhelpful — "minor network clean-up". Exactly one thing is wrong: a route-table association, a Region, a security group, private DNS, an endpoint policy, or a PrivateLink connection.',
    "Troubleshoot like an operator: reproduce from `app-server`, read the error, check DNS, then security groups, then routes and policies, and use the path trace to confirm. Fix the cause, not the symptom — no NAT gateways. If the billing provider needs to act, you can use `--profile provider`.",
  ].join("\n\n"),
  difficulty: "advanced",
  minutes: 20,
  track: "choosing-and-operating",
  lessons: ["choosing-and-operating/21-break-and-fix", "interface-endpoints/13-high-availability-and-troubleshooting"],
  start: (seed: number): LabStart => {
    const fault = breakAndFixFault(seed);
    return {
      world: breakAndFixWorld(seed, fault),
      via: ["bastion"],
      host: "app-server",
      profiles: fault === "wrong-region" ? { default: { region: "us-west-2" }, ...PROFILES } : PROFILES,
      welcome: [
        ...VIA_BASTION_WELCOME,
        "`--profile provider` acts as the billing provider (account 444455556666).",
        "The app runs `aws s3 ls s3://pathwise-reports`, `aws sqs list-queues` and calls the billing endpoint on 443. Which one fails?",
      ].join("\n"),
    };
  },
  goals: [
    {
      id: "s3-works",
      title: "The app can list pathwise-reports through the S3 gateway endpoint",
      check: (ctx) =>
        traceGoal(
          traceFrom(ctx.world, "app-server", {
            service: "s3",
            action: "s3:ListBucket",
            bucket: "pathwise-reports",
            region: appRegion(ctx),
          }),
          {
            through: ["vpce-gateway"],
          },
        ),
    },
    {
      id: "sqs-works",
      title: "The app can call SQS through the interface endpoint",
      check: (ctx) =>
        traceGoal(
          traceFrom(ctx.world, "app-server", { service: "sqs", action: "sqs:ListQueues", region: appRegion(ctx) }),
          { through: ["vpce-interface"] },
        ),
    },
    {
      id: "billing-works",
      title: "The app reaches the billing API on 443 through its PrivateLink endpoint",
      check: ({ world }) => billingGoal(world),
    },
  ],
  traceDefault: { from: "app-server", to: { service: "s3", action: "s3:ListBucket", bucket: "pathwise-reports" } },
} satisfies LabDefinition;

export default lab;
