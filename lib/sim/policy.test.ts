import { describe, expect, it } from "vitest";
import {
  evaluatePolicy,
  evaluateRequest,
  globMatch,
  parsePolicy,
  validatePolicyDocument,
  type EvaluateInput,
} from "./policy";
import { DEFAULT_GATEWAY_POLICY, DEFAULT_INTERFACE_POLICY } from "./catalog";

const ACCT = "111122223333";
const OTHER = "444455556666";
const ROLE = `arn:aws:iam::${ACCT}:role/AppS3Role`;
const SESSION = `arn:aws:sts::${ACCT}:assumed-role/AppS3Role/i-0123456789abcdef0`;

const ALLOW_S3 = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "*" }],
});

function req(over: Partial<EvaluateInput> = {}): EvaluateInput {
  return {
    principalArn: SESSION,
    principalAccount: ACCT,
    roleArn: ROLE,
    action: "s3:ListBucket",
    resourceArn: "arn:aws:s3:::my_secure_bucket",
    context: { "aws:PrincipalAccount": ACCT, "aws:PrincipalArn": ROLE },
    identityPolicies: [ALLOW_S3],
    resourceOwnerId: ACCT,
    ...over,
  };
}

// https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies-vpc-endpoint.html
// (awsdocs/amazon-s3-userguide doc_source/example-bucket-policies-vpc-endpoint.md, quoted in aws-reference §6.3)
const VPCE_ONLY = JSON.stringify({
  Version: "2012-10-17",
  Id: "Policy1415115909152",
  Statement: [
    {
      Sid: "Access-to-specific-VPCE-only",
      Principal: "*",
      Action: "s3:*",
      Effect: "Deny",
      Resource: ["arn:aws:s3:::my_secure_bucket", "arn:aws:s3:::my_secure_bucket/*"],
      Condition: { StringNotEquals: { "aws:sourceVpce": "vpce-1a2b3c4d" } },
    },
  ],
});
const VPC_ONLY = JSON.stringify({
  Version: "2012-10-17",
  Statement: [
    {
      Sid: "Access-to-specific-VPC-only",
      Principal: "*",
      Action: "s3:*",
      Effect: "Deny",
      Resource: ["arn:aws:s3:::my_secure_bucket", "arn:aws:s3:::my_secure_bucket/*"],
      Condition: { StringNotEquals: { "aws:sourceVpc": "vpc-111bbb22" } },
    },
  ],
});

// https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-s3.html — endpoint policy limiting access to one bucket
const ONE_BUCKET_ENDPOINT_POLICY = JSON.stringify({
  Statement: [
    {
      Sid: "Access-to-specific-bucket-only",
      Principal: "*",
      Action: ["s3:ListBucket", "s3:GetObject", "s3:PutObject"],
      Effect: "Allow",
      Resource: ["arn:aws:s3:::example-bucket", "arn:aws:s3:::example-bucket/*"],
    },
  ],
});
// https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-s3.html — restrict to buckets of one account (s3:ResourceAccount)
const OWN_ACCOUNT_BUCKETS = JSON.stringify({
  Statement: [
    {
      Sid: "Access-to-bucket-in-specific-account-only",
      Principal: "*",
      Action: "s3:*",
      Effect: "Allow",
      Resource: "*",
      Condition: { StringEquals: { "s3:ResourceAccount": ACCT } },
    },
  ],
});

describe("bucket policies with aws:SourceVpce / aws:SourceVpc (S3 user guide examples)", () => {
  const rows: Array<{
    name: string;
    policy: string;
    context: Record<string, string>;
    allowed: boolean;
    deniedBy?: string;
  }> = [
    {
      name: "through the named endpoint",
      policy: VPCE_ONLY,
      context: { "aws:SourceVpce": "vpce-1a2b3c4d", "aws:SourceVpc": "vpc-111bbb22" },
      allowed: true,
    },
    {
      name: "through another endpoint",
      policy: VPCE_ONLY,
      context: { "aws:SourceVpce": "vpce-99999999", "aws:SourceVpc": "vpc-111bbb22" },
      allowed: false,
      deniedBy: "resource",
    },
    {
      name: "not through an endpoint (console / laptop / NAT): key absent → StringNotEquals is true → Deny",
      policy: VPCE_ONLY,
      context: { "aws:SourceIp": "203.0.113.5" },
      allowed: false,
      deniedBy: "resource",
    },
    {
      name: "aws:SourceVpc: from the named VPC",
      policy: VPC_ONLY,
      context: { "aws:SourceVpce": "vpce-any", "aws:SourceVpc": "vpc-111bbb22" },
      allowed: true,
    },
    {
      name: "aws:SourceVpc: from another VPC",
      policy: VPC_ONLY,
      context: { "aws:SourceVpce": "vpce-any", "aws:SourceVpc": "vpc-other" },
      allowed: false,
      deniedBy: "resource",
    },
    {
      name: "condition keys are case-insensitive (aws:sourceVpce vs aws:SourceVpce)",
      policy: VPCE_ONLY,
      context: { "AWS:SOURCEVPCE": "vpce-1a2b3c4d" },
      allowed: true,
    },
  ];
  it.each(rows)("$name", (row) => {
    const ev = evaluateRequest(req({ resourcePolicy: row.policy, context: { ...req().context, ...row.context } }));
    expect(ev.allowed).toBe(row.allowed);
    if (row.deniedBy) {
      expect(ev.deniedBy).toBe(row.deniedBy);
      expect(ev.explicit).toBe(true);
      expect(ev.message).toBe(
        `User: ${SESSION} is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::my_secure_bucket" with an explicit deny in a resource-based policy`,
      );
    }
  });
});

describe("IAM evaluation logic (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html)", () => {
  const BUCKET_ALLOWS_ROLE = JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      { Effect: "Allow", Principal: { AWS: ROLE }, Action: "s3:ListBucket", Resource: "arn:aws:s3:::my_secure_bucket" },
    ],
  });
  const BUCKET_ALLOWS_ACCOUNT = JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      {
        Effect: "Allow",
        Principal: { AWS: ACCT },
        Action: "s3:*",
        Resource: ["arn:aws:s3:::my_secure_bucket", "arn:aws:s3:::my_secure_bucket/*"],
      },
    ],
  });
  const DENY_LIST = JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Deny", Action: "s3:ListBucket", Resource: "*" }],
  });
  const rows: Array<{
    name: string;
    over: Partial<EvaluateInput>;
    allowed: boolean;
    deniedBy?: string;
    explicit?: boolean;
    message?: string;
  }> = [
    { name: "same account: identity allows, no bucket policy", over: {}, allowed: true },
    {
      name: "same account: no identity allow, bucket policy names the role",
      over: { identityPolicies: [], resourcePolicy: BUCKET_ALLOWS_ROLE },
      allowed: true,
    },
    {
      name: "same account: nothing allows → implicit deny, enhanced message",
      over: { identityPolicies: [] },
      allowed: false,
      deniedBy: "identity",
      explicit: false,
      message: `User: ${SESSION} is not authorized to perform: s3:ListBucket because no identity-based policy allows the s3:ListBucket action`,
    },
    {
      name: "explicit deny in an identity policy beats a bucket allow",
      over: { identityPolicies: [ALLOW_S3, DENY_LIST], resourcePolicy: BUCKET_ALLOWS_ROLE },
      allowed: false,
      deniedBy: "identity",
      explicit: true,
      message: `User: ${SESSION} is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::my_secure_bucket" with an explicit deny in an identity-based policy`,
    },
    {
      name: "cross-account: identity allows but the bucket policy does not → Access Denied",
      over: { resourceOwnerId: OTHER },
      allowed: false,
      deniedBy: "resource",
      message: "Access Denied",
    },
    {
      name: "cross-account: bucket allows the account but identity does not",
      over: { resourceOwnerId: OTHER, identityPolicies: [], resourcePolicy: BUCKET_ALLOWS_ACCOUNT },
      allowed: false,
      deniedBy: "identity",
      message: "Access Denied",
    },
    {
      name: "cross-account: both allow",
      over: { resourceOwnerId: OTHER, resourcePolicy: BUCKET_ALLOWS_ACCOUNT },
      allowed: true,
    },
    {
      name: "account root principal",
      over: { identityPolicies: [], isRoot: true, principalArn: `arn:aws:iam::${ACCT}:root`, roleArn: undefined },
      allowed: true,
    },
  ];
  it.each(rows)("$name", (row) => {
    const ev = evaluateRequest(req(row.over));
    expect(ev.allowed).toBe(row.allowed);
    if (row.deniedBy) expect(ev.deniedBy).toBe(row.deniedBy);
    if (row.explicit !== undefined) expect(ev.explicit).toBe(row.explicit);
    if (row.message) expect(ev.message).toBe(row.message);
  });
});

describe("endpoint policies (https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html)", () => {
  const rows: Array<{
    name: string;
    over: Partial<EvaluateInput>;
    allowed: boolean;
    deniedBy?: string;
    message?: string;
  }> = [
    { name: "default gateway policy allows", over: { endpointPolicy: DEFAULT_GATEWAY_POLICY }, allowed: true },
    { name: "default interface policy allows", over: { endpointPolicy: DEFAULT_INTERFACE_POLICY }, allowed: true },
    {
      name: "an endpoint policy never grants by itself",
      over: { endpointPolicy: DEFAULT_GATEWAY_POLICY, identityPolicies: [] },
      allowed: false,
      deniedBy: "identity",
    },
    {
      name: "one-bucket policy: that bucket",
      over: { endpointPolicy: ONE_BUCKET_ENDPOINT_POLICY, resourceArn: "arn:aws:s3:::example-bucket" },
      allowed: true,
    },
    {
      name: "one-bucket policy: another bucket → implicit deny by the VPC endpoint policy",
      over: { endpointPolicy: ONE_BUCKET_ENDPOINT_POLICY, resourceArn: "arn:aws:s3:::other-bucket" },
      allowed: false,
      deniedBy: "endpoint",
      message: `User: ${SESSION} is not authorized to perform: s3:ListBucket because no VPC endpoint policy allows the s3:ListBucket action`,
    },
    {
      name: "one-bucket policy: ListAllMyBuckets is not covered",
      over: {
        endpointPolicy: ONE_BUCKET_ENDPOINT_POLICY,
        action: "s3:ListAllMyBuckets",
        resourceArn: "arn:aws:s3:::*",
      },
      allowed: false,
      deniedBy: "endpoint",
    },
    {
      name: "s3:ResourceAccount: own bucket",
      over: { endpointPolicy: OWN_ACCOUNT_BUCKETS, context: { ...req().context, "s3:ResourceAccount": ACCT } },
      allowed: true,
    },
    {
      name: "s3:ResourceAccount: a bucket in another account (exfiltration)",
      over: {
        endpointPolicy: OWN_ACCOUNT_BUCKETS,
        resourceOwnerId: OTHER,
        context: { ...req().context, "s3:ResourceAccount": OTHER },
      },
      allowed: false,
      deniedBy: "endpoint",
      message: "Access Denied",
    },
    {
      name: "explicit deny in the endpoint policy",
      over: {
        endpointPolicy: JSON.stringify({
          Statement: [
            { Effect: "Allow", Principal: "*", Action: "*", Resource: "*" },
            { Effect: "Deny", Principal: "*", Action: "s3:ListBucket", Resource: "*" },
          ],
        }),
      },
      allowed: false,
      deniedBy: "endpoint",
      message: `User: ${SESSION} is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::my_secure_bucket" with an explicit deny in a VPC endpoint policy`,
    },
    {
      name: "aws:PrincipalArn condition restricts principals on a gateway endpoint",
      over: {
        endpointPolicy: JSON.stringify({
          Statement: [
            {
              Effect: "Allow",
              Principal: "*",
              Action: "*",
              Resource: "*",
              Condition: { ArnLike: { "aws:PrincipalArn": `arn:aws:iam::${ACCT}:role/Other*` } },
            },
          ],
        }),
      },
      allowed: false,
      deniedBy: "endpoint",
    },
  ];
  it.each(rows)("$name", (row) => {
    const ev = evaluateRequest(req(row.over));
    expect(ev.allowed).toBe(row.allowed);
    if (row.deniedBy) expect(ev.deniedBy).toBe(row.deniedBy);
    if (row.message) expect(ev.message).toBe(row.message);
  });
});

describe("condition operators (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html)", () => {
  const stmt = (op: string, key: string, value: string | string[]) =>
    JSON.stringify({
      Statement: [
        { Effect: "Allow", Principal: "*", Action: "s3:*", Resource: "*", Condition: { [op]: { [key]: value } } },
      ],
    });
  const rows: Array<{ op: string; value: string | string[]; actual?: string; match: boolean }> = [
    { op: "StringEquals", value: "vpce-1", actual: "vpce-1", match: true },
    { op: "StringEquals", value: ["vpce-2", "vpce-1"], actual: "vpce-1", match: true },
    { op: "StringEquals", value: "vpce-1", actual: undefined, match: false },
    { op: "StringNotEquals", value: "vpce-1", actual: "vpce-2", match: true },
    { op: "StringNotEquals", value: "vpce-1", actual: undefined, match: true },
    { op: "StringNotEquals", value: ["vpce-1", "vpce-2"], actual: "vpce-2", match: false },
    { op: "StringLike", value: "vpce-1*", actual: "vpce-1abc", match: true },
    { op: "StringLike", value: "vpce-?", actual: "vpce-12", match: false },
    { op: "StringNotLike", value: "vpce-1*", actual: "vpce-2", match: true },
    { op: "StringEqualsIgnoreCase", value: "VPCE-1", actual: "vpce-1", match: true },
    { op: "ArnLike", value: "arn:aws:iam::*:role/App*", actual: ROLE, match: true },
    { op: "ArnNotLike", value: "arn:aws:iam::*:role/App*", actual: ROLE, match: false },
    { op: "StringEqualsIfExists", value: "vpce-1", actual: undefined, match: true },
    { op: "StringEqualsIfExists", value: "vpce-1", actual: "vpce-2", match: false },
    { op: "Null", value: "true", actual: undefined, match: true },
    { op: "Null", value: "false", actual: "x", match: true },
    { op: "Null", value: "true", actual: "x", match: false },
    { op: "IpAddress", value: "203.0.113.0/24", actual: "203.0.113.9", match: true },
    { op: "NotIpAddress", value: "203.0.113.0/24", actual: undefined, match: true },
    { op: "Bool", value: "true", actual: "true", match: true },
    { op: "NumericLessThan", value: "5", actual: "3", match: false },
  ];
  it.each(rows)("$op $value vs $actual → $match", (row) => {
    const r = evaluatePolicy(
      stmt(row.op, "test:Key", row.value),
      { ...req(), context: row.actual === undefined ? {} : { "test:key": row.actual } },
      { resourcePolicy: true },
    );
    expect(r === "allow").toBe(row.match);
  });

  it("aws:SourceIp never matches through an endpoint: a NotIpAddress deny blocks endpoint traffic (aws-reference §6.3)", () => {
    const policy = JSON.stringify({
      Statement: [
        {
          Effect: "Deny",
          Principal: "*",
          Action: "s3:*",
          Resource: "*",
          Condition: { NotIpAddress: { "aws:SourceIp": "203.0.113.0/24" } },
        },
      ],
    });
    const ev = evaluateRequest(
      req({ resourcePolicy: policy, context: { ...req().context, "aws:SourceVpce": "vpce-1a2b3c4d" } }),
    );
    expect(ev).toMatchObject({ allowed: false, deniedBy: "resource", explicit: true });
  });
});

describe("elements and wildcards", () => {
  const rows: Array<{
    name: string;
    statement: Record<string, unknown>;
    action?: string;
    resource?: string;
    match: boolean;
  }> = [
    { name: "Action wildcard", statement: { Action: "s3:List*", Resource: "*" }, action: "s3:ListBucket", match: true },
    {
      name: "Action is case-insensitive",
      statement: { Action: "S3:listbucket", Resource: "*" },
      action: "s3:ListBucket",
      match: true,
    },
    {
      name: "Resource is case-sensitive",
      statement: { Action: "s3:*", Resource: "arn:aws:s3:::My_Secure_Bucket" },
      match: false,
    },
    {
      name: "NotAction",
      statement: { NotAction: "s3:DeleteBucket", Resource: "*" },
      action: "s3:ListBucket",
      match: true,
    },
    {
      name: "NotAction excludes",
      statement: { NotAction: "s3:List*", Resource: "*" },
      action: "s3:ListBucket",
      match: false,
    },
    { name: "NotResource", statement: { Action: "s3:*", NotResource: "arn:aws:s3:::other*" }, match: true },
    {
      name: "object ARN does not match the bucket ARN",
      statement: { Action: "s3:*", Resource: "arn:aws:s3:::my_secure_bucket" },
      resource: "arn:aws:s3:::my_secure_bucket/key",
      match: false,
    },
    {
      name: "object ARN matches bucket/*",
      statement: { Action: "s3:*", Resource: "arn:aws:s3:::my_secure_bucket/*" },
      resource: "arn:aws:s3:::my_secure_bucket/key",
      match: true,
    },
  ];
  it.each(rows)("$name", (row) => {
    const policy = JSON.stringify({ Statement: [{ Effect: "Allow", Principal: "*", ...row.statement }] });
    const r = evaluatePolicy(
      policy,
      { ...req(), action: row.action ?? "s3:ListBucket", resourceArn: row.resource ?? "arn:aws:s3:::my_secure_bucket" },
      { resourcePolicy: true },
    );
    expect(r === "allow").toBe(row.match);
  });

  it("Principal forms", () => {
    const p = (principal: unknown) =>
      JSON.stringify({ Statement: [{ Effect: "Allow", Principal: principal, Action: "s3:*", Resource: "*" }] });
    expect(evaluatePolicy(p("*"), req(), { resourcePolicy: true })).toBe("allow");
    expect(evaluatePolicy(p({ AWS: "*" }), req(), { resourcePolicy: true })).toBe("allow");
    expect(evaluatePolicy(p({ AWS: ACCT }), req(), { resourcePolicy: true })).toBe("allow");
    expect(evaluatePolicy(p({ AWS: `arn:aws:iam::${ACCT}:root` }), req(), { resourcePolicy: true })).toBe("allow");
    expect(evaluatePolicy(p({ AWS: ROLE }), req(), { resourcePolicy: true })).toBe("allow");
    expect(evaluatePolicy(p({ AWS: SESSION }), req(), { resourcePolicy: true })).toBe("allow");
    expect(evaluatePolicy(p({ AWS: `arn:aws:iam::${OTHER}:root` }), req(), { resourcePolicy: true })).toBe("none");
    expect(evaluatePolicy(p({ Service: "ec2.amazonaws.com" }), req(), { resourcePolicy: true })).toBe("none");
    const notPrincipal = JSON.stringify({
      Statement: [{ Effect: "Deny", NotPrincipal: { AWS: ROLE }, Action: "s3:*", Resource: "*" }],
    });
    expect(evaluatePolicy(notPrincipal, req(), { resourcePolicy: true })).toBe("none");
    expect(
      evaluatePolicy(
        notPrincipal,
        { ...req(), roleArn: undefined, principalArn: `arn:aws:iam::${ACCT}:user/bob` },
        { resourcePolicy: true },
      ),
    ).toBe("deny");
  });

  it("globMatch", () => {
    expect(globMatch("a*c", "abbbc", false)).toBe(true);
    expect(globMatch("a?c", "abc", false)).toBe(true);
    expect(globMatch("a.c", "abc", false)).toBe(false);
    expect(globMatch("*", "", false)).toBe(true);
  });
});

describe("validation (S3 put-bucket-policy, IAM, endpoint policies)", () => {
  const rows: Array<{
    name: string;
    json: string;
    kind: "bucket" | "identity" | "endpoint";
    gateway?: boolean;
    ok: boolean;
    code?: string;
    message?: string;
  }> = [
    {
      name: "not JSON",
      json: "nope",
      kind: "bucket",
      ok: false,
      code: "MalformedPolicy",
      message: "Policies must be valid JSON and the first byte must be '{'",
    },
    {
      name: "bucket policy without Principal",
      json: '{"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::b/*"}]}',
      kind: "bucket",
      ok: false,
      code: "MalformedPolicy",
      message: "Missing required field Principal",
    },
    {
      name: "bucket policy with an invalid action",
      json: '{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3ListBucket","Resource":"arn:aws:s3:::b"}]}',
      kind: "bucket",
      ok: false,
      code: "MalformedPolicy",
      message: "Policy has invalid action",
    },
    {
      name: "bucket policy for another bucket",
      json: '{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::other"}]}',
      kind: "bucket",
      ok: false,
      code: "MalformedPolicy",
      message: "Policy has invalid resource",
    },
    {
      name: "identity policy with Principal",
      json: '{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:*","Resource":"*"}]}',
      kind: "identity",
      ok: false,
      code: "MalformedPolicyDocument",
    },
    {
      name: "default gateway endpoint policy",
      json: DEFAULT_GATEWAY_POLICY,
      kind: "endpoint",
      gateway: true,
      ok: true,
    },
    { name: "default interface endpoint policy", json: DEFAULT_INTERFACE_POLICY, kind: "endpoint", ok: true },
    {
      name: "too long endpoint policy",
      json: `{"Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*","Sid":"${"x".repeat(20500)}"}]}`,
      kind: "endpoint",
      ok: false,
      code: "InvalidParameter",
    },
  ];
  it.each(rows)("$name", (row) => {
    const r = validatePolicyDocument(row.json, { kind: row.kind, gateway: row.gateway, bucketName: "b" });
    expect(r.ok).toBe(row.ok);
    if (!r.ok) {
      expect(r.error.code).toBe(row.code);
      if (row.message) expect(r.error.message).toBe(row.message);
    }
  });

  it("parses single statements and scalar fields", () => {
    const r = parsePolicy('{"Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}}');
    expect(r.ok && r.policy.Statement[0].Action).toEqual(["s3:GetObject"]);
  });
});

describe("KMS key policies (https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html)", () => {
  const KEY_ARN = `arn:aws:kms:us-east-1:${ACCT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
  const DEFAULT_KEY_POLICY = JSON.stringify({
    Version: "2012-10-17",
    Id: "key-default-1",
    Statement: [
      {
        Sid: "Enable IAM User Permissions",
        Effect: "Allow",
        Principal: { AWS: `arn:aws:iam::${ACCT}:root` },
        Action: "kms:*",
        Resource: "*",
      },
    ],
  });
  const ROLE_IN_KEY_POLICY = JSON.stringify({
    Statement: [{ Effect: "Allow", Principal: { AWS: ROLE }, Action: "kms:Decrypt", Resource: "*" }],
  });
  const ALLOW_DECRYPT = JSON.stringify({ Statement: [{ Effect: "Allow", Action: "kms:Decrypt", Resource: "*" }] });
  const base = (over: Partial<EvaluateInput>) =>
    req({ action: "kms:Decrypt", resourceArn: KEY_ARN, keyPolicy: true, ...over });
  const rows: Array<{ name: string; over: Partial<EvaluateInput>; allowed: boolean }> = [
    {
      name: "default key policy delegates to IAM: identity allows",
      over: { resourcePolicy: DEFAULT_KEY_POLICY, identityPolicies: [ALLOW_DECRYPT] },
      allowed: true,
    },
    {
      name: "default key policy delegates to IAM: identity silent → denied (root statement does not grant by itself)",
      over: { resourcePolicy: DEFAULT_KEY_POLICY, identityPolicies: [] },
      allowed: false,
    },
    {
      name: "key policy names the role directly",
      over: { resourcePolicy: ROLE_IN_KEY_POLICY, identityPolicies: [] },
      allowed: true,
    },
    {
      name: "no delegation and no direct grant: IAM alone is not enough",
      over: {
        resourcePolicy: ROLE_IN_KEY_POLICY.replace("kms:Decrypt", "kms:Encrypt"),
        identityPolicies: [ALLOW_DECRYPT],
      },
      allowed: false,
    },
  ];
  it.each(rows)("$name", (row) => {
    expect(evaluateRequest(base(row.over)).allowed).toBe(row.allowed);
  });
});
