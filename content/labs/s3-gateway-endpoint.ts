import { labWorld } from "@/lib/sim";
import { nameToId, ranSuccessfully, traceFrom, traceGoal, type LabDefinition } from "@/lib/content/lab";
import { check, gatewayEndpoints, hasPrefixListRouteTo, liveNatGateways, S3_LIST_REPORTS } from "./common";

const lab = {
  id: "s3-gateway-endpoint",
  title: "Reach S3 from a private subnet with a gateway endpoint",
  summary:
    "An app server in a private subnet cannot reach S3. Give it a private path with an S3 gateway endpoint — no NAT gateway, no internet.",
  story: [
    "Pathwise Analytics crunches customer usage data into monthly reports and stores them in the S3 bucket `pathwise-reports`. The report generator runs on `app-server`, an EC2 instance in a **private subnet**: it has no public IP and its route table, `private-rt`, has nothing but the `local` route.",
    "Last week the nightly job started failing with `Connect timeout on endpoint URL`. A colleague proposed a NAT gateway, but the security team wants report data to stay on the AWS network, and finance would rather not pay NAT data-processing charges for gigabytes of CSV files every night.",
    "Your terminal is open on `app-server`, reached through the `bastion` host in the public subnet. The app server's role may use S3 but not the EC2 API; the bastion's role may. Type `exit` to go back to the bastion, and `ssh 10.0.2.10` to return.",
    "Fix the path so that `aws s3 ls` works from the app server, through an S3 **gateway endpoint** on the private route table.",
  ].join("\n\n"),
  difficulty: "beginner",
  minutes: 15,
  track: "gateway-endpoints",
  lessons: ["gateway-endpoints/09-gateway-endpoints", "path-to-aws-services/08-the-problem-endpoints-solve"],
  start: (seed: number) => ({
    world: labWorld(seed),
    via: ["bastion"],
    host: "app-server",
    welcome: [
      "You are on app-server (10.0.2.10) in the private subnet private-a, reached through the bastion.",
      "app-server's role can call S3, SQS and DynamoDB, but not the EC2 API.",
      "Type `exit` to go back to the bastion (its role can call the EC2 API), and `ssh 10.0.2.10` to return.",
      "Try `aws s3 ls` first.",
    ].join("\n"),
  }),
  goals: [
    {
      id: "s3-through-gateway-endpoint",
      title: "app-server can list pathwise-reports through a gateway endpoint",
      check: ({ world }) => traceGoal(traceFrom(world, "app-server", S3_LIST_REPORTS), { through: ["vpce-gateway"] }),
    },
    {
      id: "private-rt-has-endpoint-route",
      title: "The S3 gateway endpoint is associated with private-rt (a pl-… route to the vpce)",
      check: ({ world }) =>
        check(
          hasPrefixListRouteTo(world, nameToId(world, "private-rt"), gatewayEndpoints(world, "s3")),
          "GATEWAY_ENDPOINT_NOT_ASSOCIATED",
          "private-rt has no route whose destination is the S3 prefix list (pl-…) and whose target is an S3 gateway endpoint.",
        ),
    },
    {
      id: "no-nat-gateway",
      title: "No NAT gateway is used",
      check: ({ world }) => {
        if (liveNatGateways(world).length > 0)
          return {
            done: false,
            code: "NAT_GATEWAY_EXISTS",
            detail: "A NAT gateway exists. The point of this lab is a private path to S3 without one; delete it.",
          };
        return traceGoal(traceFrom(world, "app-server", S3_LIST_REPORTS), { avoid: ["nat", "igw"] });
      },
    },
    {
      id: "ran-s3-ls",
      title: "You ran `aws s3 ls` successfully on app-server",
      check: (ctx) =>
        check(
          ranSuccessfully(ctx, /\baws\s+(?:--\S+\s+)*s3\s+ls\b/, "app-server"),
          "NOT_RUN_YET",
          "Run `aws s3 ls` on app-server once the endpoint is in place and see the bucket list.",
        ),
    },
  ],
  traceDefault: { from: "app-server", to: S3_LIST_REPORTS },
} satisfies LabDefinition;

export default lab;
