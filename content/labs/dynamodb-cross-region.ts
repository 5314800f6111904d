import { labWithGatewayEndpoint, scenario } from "@/lib/sim";
import { nameToId, traceFrom, traceGoal, type LabDefinition } from "@/lib/content/lab";
import { check, gatewayEndpoints, hasPrefixListRouteTo, tableArn, VIA_BASTION_WELCOME } from "./common";

const EU_ARCHIVE = { service: "s3", action: "s3:ListBucket", bucket: "pathwise-archive-eu" } as const;
const REPORTS = { service: "s3", action: "s3:ListBucket", bucket: "pathwise-reports" } as const;

function startWorld(seed: number) {
  // lab + S3 gateway endpoint on private-rt + a NAT gateway in public-a that no route uses yet
  return scenario({ seed })
    .do(() => labWithGatewayEndpoint(seed))
    .vpcIn("lab-vpc", (v) => v.natGateway("lab-nat", "public-a", []))
    .build();
}

const lab = {
  id: "dynamodb-cross-region",
  title: "DynamoDB endpoint, and a bucket in another Region",
  summary:
    "Add a DynamoDB gateway endpoint for the in-Region table, then find out why the eu-west-1 archive bucket still times out — and give it a path without losing the free in-Region one.",
  story: [
    "Pathwise Analytics already reaches its report bucket privately: `private-rt` has an S3 **gateway endpoint**. Now the report generator on `app-server` also has to read the `lab-table` DynamoDB table in us-east-1, and once a month copy last year's data from `pathwise-archive-eu`, a bucket the EU team keeps in **eu-west-1**.",
    "Both calls time out today. The platform team created a NAT gateway (`lab-nat`) in the public subnet for exactly this kind of traffic, but nobody routed anything to it yet — and finance insists that in-Region S3 and DynamoDB traffic keep using the free gateway endpoints instead of paying NAT processing charges.",
    "Make DynamoDB in us-east-1 work through a gateway endpoint, make the eu-west-1 bucket reachable some working way, and check with the path trace that in-Region S3 still takes the endpoint. Ask yourself why the existing S3 endpoint does not help with the EU bucket.",
  ].join("\n\n"),
  difficulty: "intermediate",
  minutes: 20,
  track: "gateway-endpoints",
  lessons: ["gateway-endpoints/10-gateway-endpoint-limits", "gateway-endpoints/09-gateway-endpoints"],
  start: (seed: number) => ({
    world: startWorld(seed),
    via: ["bastion"],
    host: "app-server",
    welcome: [
      ...VIA_BASTION_WELCOME,
      "Try `aws dynamodb scan --table-name lab-table` and `aws s3 ls s3://pathwise-archive-eu`.",
    ].join("\n"),
  }),
  goals: [
    {
      id: "dynamodb-through-gateway-endpoint",
      title: "app-server can scan lab-table (us-east-1) through a DynamoDB gateway endpoint",
      check: ({ world }) =>
        traceGoal(
          traceFrom(world, "app-server", {
            service: "dynamodb",
            action: "dynamodb:Scan",
            resourceArn: tableArn(world, "lab-table"),
          }),
          {
            through: ["vpce-gateway"],
            avoid: ["nat"],
          },
        ),
    },
    {
      id: "dynamodb-endpoint-on-private-rt",
      title: "private-rt has a route to the DynamoDB prefix list via the endpoint",
      check: ({ world }) =>
        check(
          hasPrefixListRouteTo(world, nameToId(world, "private-rt"), gatewayEndpoints(world, "dynamodb")),
          "GATEWAY_ENDPOINT_NOT_ASSOCIATED",
          "private-rt has no pl-… route whose target is a DynamoDB gateway endpoint.",
        ),
    },
    {
      id: "eu-bucket-reachable",
      title: "app-server can list the eu-west-1 bucket pathwise-archive-eu",
      check: ({ world }) => traceGoal(traceFrom(world, "app-server", EU_ARCHIVE)),
    },
    {
      id: "in-region-s3-stays-on-endpoint",
      title: "In-Region S3 (pathwise-reports) still goes through the gateway endpoint, not the NAT gateway",
      check: ({ world }) =>
        traceGoal(traceFrom(world, "app-server", REPORTS), { through: ["vpce-gateway"], avoid: ["nat"] }),
    },
  ],
  traceDefault: { from: "app-server", to: EU_ARCHIVE },
} satisfies LabDefinition;

export default lab;
