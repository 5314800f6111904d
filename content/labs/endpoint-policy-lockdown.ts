import { labWithGatewayEndpoint, scenario, type World } from "@/lib/sim";
import { blocked, traceFrom, traceGoal, type LabDefinition } from "@/lib/content/lab";
import { VIA_BASTION_WELCOME } from "./common";

export const OUTSIDE_ACCOUNT = "999988887777";
export const EXFIL_BUCKET = "exfil-drop";
const READ_REPORT = {
  service: "s3",
  action: "s3:GetObject",
  bucket: "pathwise-reports",
  key: "reports/2026-01.csv",
} as const;
const EXFIL_PUT = { service: "s3", action: "s3:PutObject", bucket: EXFIL_BUCKET, key: "loot/2026-01.csv" } as const;

const EXFIL_POLICY = JSON.stringify({
  Version: "2012-10-17",
  Statement: [
    {
      Sid: "AnyoneMayDrop",
      Effect: "Allow",
      Principal: "*",
      Action: "s3:PutObject",
      Resource: `arn:aws:s3:::${EXFIL_BUCKET}/*`,
    },
  ],
});

function startWorld(seed: number): World {
  return scenario({ seed })
    .do(() => labWithGatewayEndpoint(seed))
    .account(OUTSIDE_ACCOUNT, "outsider")
    .as(OUTSIDE_ACCOUNT, "us-east-1")
    .bucket(EXFIL_BUCKET, { region: "us-east-1", policy: EXFIL_POLICY })
    .build();
}

const lab = {
  id: "endpoint-policy-lockdown",
  title: "Lock data in: endpoint policy and aws:SourceVpce",
  summary:
    "Stop an exfiltration path through your own S3 gateway endpoint, and make the company bucket refuse any request that does not come through that endpoint.",
  story: [
    "A penetration test at Pathwise ended with an uncomfortable finding: with the app server's credentials, the testers copied a report to `exfil-drop`, a bucket in an account nobody at Pathwise owns. The upload went straight through Pathwise's own S3 **gateway endpoint**, because its policy is still the default — allow everything, to every bucket in the world.",
    "The report also noted the reverse problem: `pathwise-reports` answers anyone with valid credentials from anywhere, including the bastion's path over the internet gateway.",
    "Close both doors. Restrict the endpoint's policy to the organization's bucket, and give `pathwise-reports` a bucket policy that refuses data access unless it arrives through the endpoint (`aws:SourceVpce`). The report generator on `app-server` must keep working. Careful with the order: a bucket policy that denies too much can lock you out, too.",
  ].join("\n\n"),
  difficulty: "advanced",
  minutes: 25,
  track: "policies",
  lessons: ["policies/16-locking-data-in", "policies/15-endpoint-policies"],
  start: (seed: number) => ({
    world: startWorld(seed),
    via: ["bastion"],
    host: "app-server",
    welcome: [
      ...VIA_BASTION_WELCOME,
      "Try `aws s3 cp s3://pathwise-reports/reports/2026-01.csv .` and then `aws s3 cp 2026-01.csv s3://exfil-drop/`.",
    ].join("\n"),
  }),
  goals: [
    {
      id: "reports-readable-through-endpoint",
      title: "app-server can still read pathwise-reports through the gateway endpoint",
      check: ({ world }) => traceGoal(traceFrom(world, "app-server", READ_REPORT), { through: ["vpce-gateway"] }),
    },
    {
      id: "exfiltration-blocked",
      title: "An upload from app-server to the outside bucket exfil-drop is denied by the endpoint policy",
      check: ({ world }) => {
        const tr = traceFrom(world, "app-server", EXFIL_PUT);
        if (tr.outcome === "denied" && tr.deniedBy === "endpoint") return { done: true };
        if (tr.outcome === "ok")
          return {
            done: false,
            code: "EXFILTRATION_POSSIBLE",
            detail: "The upload to exfil-drop succeeds: the endpoint policy still allows every bucket.",
          };
        if (tr.outcome === "denied")
          return {
            done: false,
            code: tr.code,
            detail:
              "The upload is denied, but not by the endpoint policy — the endpoint should be the control that stops it.",
          };
        return blocked(tr, "The upload does not even reach S3 through the endpoint.");
      },
    },
    {
      id: "bucket-locked-to-endpoint",
      title: "pathwise-reports refuses reads that do not come through the endpoint (e.g. from the bastion)",
      check: ({ world }) => {
        const tr = traceFrom(world, "bastion", READ_REPORT);
        if (tr.outcome === "denied" && tr.deniedBy === "resource") return { done: true };
        if (tr.outcome === "ok")
          return {
            done: false,
            code: "BUCKET_NOT_LOCKED",
            detail:
              "The bastion can read pathwise-reports over the internet gateway: the bucket policy does not require the endpoint.",
          };
        return blocked(tr, "The bastion's read should be refused by the bucket policy.");
      },
    },
  ],
  traceDefault: { from: "app-server", to: EXFIL_PUT },
} satisfies LabDefinition;

export default lab;
