/**
 * IAM-style policy parsing, validation and evaluation.
 *
 * Semantics follow
 *  - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 *    (explicit deny wins; same-account: identity OR resource policy; cross-account: both)
 *  - https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html
 *    (the endpoint policy must also allow; it never grants by itself)
 *  - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 *    (negated operators are true when the key is missing; `…IfExists` is true when missing)
 */
import type { SimError } from "./core";
import { inCidr, parseIp } from "./ip";

export interface Statement {
  Sid?: string;
  Effect: "Allow" | "Deny";
  Principal?: PrincipalSpec;
  NotPrincipal?: PrincipalSpec;
  Action?: string[];
  NotAction?: string[];
  Resource?: string[];
  NotResource?: string[];
  Condition?: Record<string, Record<string, string[]>>;
}

export type PrincipalSpec = "*" | Record<string, string[]>;

export interface Policy {
  Version?: string;
  Id?: string;
  Statement: Statement[];
}

export type ParseResult = { ok: true; policy: Policy } | { ok: false; error: string };

const parseCache = new Map<string, ParseResult>();

function toStrArray(x: unknown): string[] | undefined {
  if (typeof x === "string") return [x];
  if (typeof x === "boolean" || typeof x === "number") return [String(x)];
  if (Array.isArray(x) && x.every((v) => typeof v === "string" || typeof v === "boolean" || typeof v === "number"))
    return x.map(String);
  return undefined;
}

function parsePrincipal(x: unknown): PrincipalSpec | undefined | null {
  if (x === undefined) return undefined;
  if (x === "*") return "*";
  if (x && typeof x === "object" && !Array.isArray(x)) {
    const out: Record<string, string[]> = {};
    for (const [k, v] of Object.entries(x as Record<string, unknown>)) {
      const arr = toStrArray(v);
      if (!arr) return null;
      out[k] = arr;
    }
    return out;
  }
  return null;
}

/** Parse a policy JSON string. Never throws. Results are cached by string. */
export function parsePolicy(json: string): ParseResult {
  if (typeof json !== "string")
    return { ok: false, error: "Policies must be valid JSON and the first byte must be '{'" };
  const hit = parseCache.get(json);
  if (hit) return hit;
  const result = parseUncached(json);
  if (parseCache.size > 5000) parseCache.clear();
  parseCache.set(json, result);
  return result;
}

function parseUncached(json: string): ParseResult {
  let raw: unknown;
  if (!json.trimStart().startsWith("{"))
    return { ok: false, error: "Policies must be valid JSON and the first byte must be '{'" };
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, error: "Policies must be valid JSON and the first byte must be '{'" };
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw))
    return { ok: false, error: "Policies must be valid JSON and the first byte must be '{'" };
  const obj = raw as Record<string, unknown>;
  const stmtsRaw = obj.Statement;
  const list = Array.isArray(stmtsRaw) ? stmtsRaw : stmtsRaw && typeof stmtsRaw === "object" ? [stmtsRaw] : undefined;
  if (!list) return { ok: false, error: "Missing required field Statement" };
  const statements: Statement[] = [];
  for (const s of list) {
    if (!s || typeof s !== "object") return { ok: false, error: "Statement is not an object" };
    const r = s as Record<string, unknown>;
    if (r.Effect !== "Allow" && r.Effect !== "Deny") return { ok: false, error: "Invalid effect: " + String(r.Effect) };
    const st: Statement = { Effect: r.Effect };
    if (typeof r.Sid === "string") st.Sid = r.Sid;
    for (const key of ["Action", "NotAction", "Resource", "NotResource"] as const) {
      if (r[key] !== undefined) {
        const arr = toStrArray(r[key]);
        if (!arr) return { ok: false, error: `Invalid ${key}` };
        st[key] = arr;
      }
    }
    if (!st.Action && !st.NotAction) return { ok: false, error: "Missing required field Action" };
    for (const key of ["Principal", "NotPrincipal"] as const) {
      const p = parsePrincipal(r[key]);
      if (p === null) return { ok: false, error: "Invalid principal in policy" };
      if (p !== undefined) st[key] = p;
    }
    if (r.Condition !== undefined) {
      if (!r.Condition || typeof r.Condition !== "object" || Array.isArray(r.Condition))
        return { ok: false, error: "Invalid Condition" };
      const cond: Record<string, Record<string, string[]>> = {};
      for (const [op, block] of Object.entries(r.Condition as Record<string, unknown>)) {
        if (!block || typeof block !== "object" || Array.isArray(block))
          return { ok: false, error: `Invalid Condition block ${op}` };
        const b: Record<string, string[]> = {};
        for (const [k, v] of Object.entries(block as Record<string, unknown>)) {
          const arr = toStrArray(v);
          if (!arr) return { ok: false, error: `Invalid Condition value for ${k}` };
          b[k] = arr;
        }
        cond[op] = b;
      }
      st.Condition = cond;
    }
    statements.push(st);
  }
  const policy: Policy = { Statement: statements };
  if (typeof obj.Version === "string") policy.Version = obj.Version;
  if (typeof obj.Id === "string") policy.Id = obj.Id;
  return { ok: true, policy };
}

const KNOWN_SERVICE_PREFIXES = new Set([
  "s3",
  "dynamodb",
  "sqs",
  "sns",
  "sts",
  "kms",
  "ec2",
  "ssm",
  "logs",
  "iam",
  "secretsmanager",
  "lambda",
  "ecr",
  "execute-api",
  "kinesis",
  "cloudwatch",
  "elasticloadbalancing",
  "*",
]);

/**
 * Validate a policy for a given attachment point. Error codes:
 * bucket → S3's `MalformedPolicy`; identity → IAM's `MalformedPolicyDocument`;
 * endpoint → EC2 `InvalidPolicyDocument` [Unverified code].
 */
export function validatePolicyDocument(
  json: string,
  opts: { kind: "bucket" | "identity" | "endpoint"; gateway?: boolean; bucketName?: string },
): { ok: true; policy: Policy } | { ok: false; error: SimError } {
  const code =
    opts.kind === "bucket"
      ? "MalformedPolicy"
      : opts.kind === "identity"
        ? "MalformedPolicyDocument"
        : "InvalidPolicyDocument";
  if (typeof json === "string" && opts.kind === "endpoint" && json.length > 20480) {
    return {
      ok: false,
      error: { code: "InvalidParameter", message: "Policy document exceeds the maximum size of 20480 characters." },
    };
  }
  const p = parsePolicy(json);
  if (!p.ok) return { ok: false, error: { code, message: p.error } };
  for (const s of p.policy.Statement) {
    const hasPrincipal = s.Principal !== undefined || s.NotPrincipal !== undefined;
    if (opts.kind === "identity" && hasPrincipal)
      return { ok: false, error: { code, message: "Policy document should not specify a principal." } };
    if (opts.kind !== "identity" && !hasPrincipal)
      return { ok: false, error: { code, message: "Missing required field Principal" } };
    if (
      opts.kind === "endpoint" &&
      opts.gateway &&
      !(
        s.Principal === "*" ||
        (s.Principal && typeof s.Principal === "object" && s.Principal.AWS?.length === 1 && s.Principal.AWS[0] === "*")
      )
    ) {
      // Gateway endpoints require "Principal": "*" (aws-reference §6.2).
      return {
        ok: false,
        error: {
          code,
          message:
            'Gateway endpoint policies must specify "Principal": "*"; use the aws:PrincipalArn condition key to restrict principals.',
        },
      };
    }
    for (const a of [...(s.Action ?? []), ...(s.NotAction ?? [])]) {
      const prefix = a === "*" ? "*" : a.split(":")[0]?.toLowerCase();
      if (a !== "*" && (!a.includes(":") || !KNOWN_SERVICE_PREFIXES.has(prefix))) {
        return {
          ok: false,
          error: { code, message: opts.kind === "bucket" ? "Policy has invalid action" : `Invalid action: ${a}` },
        };
      }
    }
    if (opts.kind === "bucket" && opts.bucketName) {
      for (const r of [...(s.Resource ?? []), ...(s.NotResource ?? [])]) {
        const b = /^arn:aws:s3:::([^/]+)/.exec(r)?.[1];
        if (!b || !globMatch(b, opts.bucketName, false))
          return { ok: false, error: { code, message: "Policy has invalid resource" } };
      }
    }
  }
  return { ok: true, policy: p.policy };
}

// ── matching ────────────────────────────────────────────────────────────────
const globCache = new Map<string, RegExp>();

/** IAM glob: `*` any run, `?` one char. */
export function globMatch(pattern: string, value: string, ignoreCase: boolean): boolean {
  if (pattern === "*") return true;
  if (!pattern.includes("*") && !pattern.includes("?"))
    return ignoreCase ? pattern.toLowerCase() === value.toLowerCase() : pattern === value;
  const key = (ignoreCase ? "i:" : "c:") + pattern;
  let re = globCache.get(key);
  if (!re) {
    const src = pattern
      .replace(/[.+^${}()|[\]\\]/g, "\\$&")
      .replace(/\*/g, ".*")
      .replace(/\?/g, ".");
    re = new RegExp(`^${src}$`, ignoreCase ? "is" : "s");
    if (globCache.size > 5000) globCache.clear();
    globCache.set(key, re);
  }
  return re.test(value);
}

export interface RequestInfo {
  /** caller ARN (user ARN, or assumed-role session ARN) */
  principalArn: string;
  principalAccount: string;
  /** for assumed-role sessions: the role ARN */
  roleArn?: string;
  action: string;
  resourceArn: string;
  /** condition context; keys are matched case-insensitively */
  context: Record<string, string | undefined>;
}

function principalMatches(spec: PrincipalSpec, req: RequestInfo): boolean {
  if (spec === "*") return true;
  for (const [type, values] of Object.entries(spec)) {
    if (type !== "AWS") continue;
    for (const v of values) {
      if (v === "*") return true;
      if (v === req.principalAccount || v === `arn:aws:iam::${req.principalAccount}:root`) return true;
      if (v === req.principalArn || (req.roleArn !== undefined && v === req.roleArn)) return true;
    }
  }
  return false;
}

function lookupKey(ctx: Record<string, string | undefined>, key: string): string | undefined {
  const lower = key.toLowerCase();
  for (const [k, v] of Object.entries(ctx)) if (k.toLowerCase() === lower) return v;
  return undefined;
}

function conditionHolds(
  opRaw: string,
  block: Record<string, string[]>,
  ctx: Record<string, string | undefined>,
): boolean {
  let op = opRaw.replace(/^(ForAnyValue|ForAllValues):/i, "");
  let ifExists = false;
  if (op.endsWith("IfExists")) {
    ifExists = true;
    op = op.slice(0, -"IfExists".length);
  }
  for (const [key, values] of Object.entries(block)) {
    const actual = lookupKey(ctx, key);
    if (op === "Null") {
      const wantMissing = values.some((v) => v.toLowerCase() === "true");
      if ((actual === undefined) !== wantMissing) return false;
      continue;
    }
    const negated = /Not/.test(op);
    if (actual === undefined) {
      if (ifExists || negated) continue;
      return false;
    }
    let any: boolean;
    switch (op) {
      case "StringEquals":
      case "StringNotEquals":
      case "ArnEquals":
      case "ArnNotEquals":
        any = values.includes(actual);
        break;
      case "StringEqualsIgnoreCase":
      case "StringNotEqualsIgnoreCase":
        any = values.some((v) => v.toLowerCase() === actual.toLowerCase());
        break;
      case "StringLike":
      case "StringNotLike":
      case "ArnLike":
      case "ArnNotLike":
        any = values.some((v) => globMatch(v, actual, false));
        break;
      case "Bool":
        any = values.some((v) => v.toLowerCase() === actual.toLowerCase());
        break;
      case "IpAddress":
      case "NotIpAddress": {
        const ip = parseIp(actual);
        any = ip !== undefined && values.some((v) => inCidr(v.includes("/") ? v : `${v}/32`, ip));
        break;
      }
      default:
        // Unknown operator: the condition cannot match (AWS would have rejected the policy).
        return false;
    }
    if (negated ? any : !any) return false;
  }
  return true;
}

function statementApplies(s: Statement, req: RequestInfo, checkPrincipal: boolean): boolean {
  if (checkPrincipal) {
    if (s.Principal !== undefined && !principalMatches(s.Principal, req)) return false;
    if (s.NotPrincipal !== undefined && principalMatches(s.NotPrincipal, req)) return false;
  }
  if (s.Action && !s.Action.some((a) => globMatch(a, req.action, true))) return false;
  if (s.NotAction && s.NotAction.some((a) => globMatch(a, req.action, true))) return false;
  if (s.Resource && !s.Resource.some((r) => globMatch(r, req.resourceArn, false))) return false;
  if (s.NotResource && s.NotResource.some((r) => globMatch(r, req.resourceArn, false))) return false;
  if (!s.Resource && !s.NotResource && checkPrincipal === false) {
    // identity statements without Resource are invalid in IAM; treat as no match
    return false;
  }
  if (s.Condition) {
    for (const [op, block] of Object.entries(s.Condition)) if (!conditionHolds(op, block, req.context)) return false;
  }
  return true;
}

export type PolicyDecision = "allow" | "deny" | "none";

/** Evaluate one policy: explicit deny → "deny", else any allow → "allow", else "none". Malformed → "none". */
export function evaluatePolicy(
  json: string | undefined,
  req: RequestInfo,
  opts: { resourcePolicy: boolean },
): PolicyDecision {
  if (json === undefined) return "none";
  const p = parsePolicy(json);
  if (!p.ok) return "none";
  let allowed = false;
  for (const s of p.policy.Statement) {
    if (!statementApplies(s, req, opts.resourcePolicy)) continue;
    if (s.Effect === "Deny") return "deny";
    allowed = true;
  }
  return allowed ? "allow" : "none";
}

export type PolicyKindName = "identity" | "resource" | "endpoint";

export interface EvaluateInput extends RequestInfo {
  /** identity-based policies of the caller (JSON strings). Root callers: pass `isRoot`. */
  identityPolicies: string[];
  isRoot?: boolean;
  /** account owning the resource (bucket owner); undefined → same account */
  resourceOwnerId?: string;
  resourcePolicy?: string;
  /**
   * KMS key-policy semantics: the key policy must allow. A key-policy statement whose principal is
   * the key owner's account (root) does not grant by itself: it delegates to the account's IAM
   * policies (https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html).
   */
  keyPolicy?: boolean;
  /** set when the request traverses a VPC endpoint */
  endpointPolicy?: string;
}

export interface Evaluation {
  allowed: boolean;
  deniedBy?: PolicyKindName;
  explicit: boolean;
  /** the AWS AccessDenied message (enhanced same-account form, or "Access Denied") */
  message: string;
  decisions: { identity: PolicyDecision; resource: PolicyDecision; endpoint: PolicyDecision | "not-applicable" };
}

const TYPE_TEXT: Record<PolicyKindName, string> = {
  identity: "identity-based",
  resource: "resource-based",
  endpoint: "VPC endpoint",
};

function article(t: string): string {
  return /^[aeiou]/i.test(t) ? "an" : "a";
}

/** Combine identity, resource and endpoint policies with IAM semantics. */
export function evaluateRequest(input: EvaluateInput): Evaluation {
  const identity: PolicyDecision = input.isRoot
    ? "allow"
    : input.identityPolicies.reduce<PolicyDecision>((acc, p) => {
        if (acc === "deny") return acc;
        const d = evaluatePolicy(p, input, { resourcePolicy: false });
        return d === "deny" ? "deny" : d === "allow" ? "allow" : acc;
      }, "none");
  const resource = evaluatePolicy(input.resourcePolicy, input, { resourcePolicy: true });
  const endpoint: PolicyDecision | "not-applicable" =
    input.endpointPolicy === undefined
      ? "not-applicable"
      : evaluatePolicy(input.endpointPolicy, input, { resourcePolicy: true });
  const decisions = { identity, resource, endpoint };
  const sameAccount = input.resourceOwnerId === undefined || input.resourceOwnerId === input.principalAccount;
  const explicitMsg = (k: PolicyKindName) =>
    sameAccount
      ? `User: ${input.principalArn} is not authorized to perform: ${input.action} on resource: "${input.resourceArn}" with an explicit deny in ${article(TYPE_TEXT[k])} ${TYPE_TEXT[k]} policy`
      : "Access Denied";
  const implicitMsg = (k: PolicyKindName) =>
    sameAccount
      ? `User: ${input.principalArn} is not authorized to perform: ${input.action} because no ${TYPE_TEXT[k]} policy allows the ${input.action} action`
      : "Access Denied";
  const deny = (k: PolicyKindName, explicit: boolean): Evaluation => ({
    allowed: false,
    deniedBy: k,
    explicit,
    message: explicit ? explicitMsg(k) : implicitMsg(k),
    decisions,
  });
  // 1. explicit deny anywhere wins (endpoint first: it is met first on the path)
  if (endpoint === "deny") return deny("endpoint", true);
  if (resource === "deny") return deny("resource", true);
  if (identity === "deny") return deny("identity", true);
  // 2. the endpoint policy must allow
  if (endpoint === "none") return deny("endpoint", false);
  // 3. identity/resource combination
  if (input.keyPolicy) {
    const owner = input.resourceOwnerId ?? input.principalAccount;
    const parsed = input.resourcePolicy === undefined ? undefined : parsePolicy(input.resourcePolicy);
    const statements = parsed?.ok ? parsed.policy.Statement : [];
    const isDelegation = (st: Statement) =>
      st.Principal !== undefined &&
      st.Principal !== "*" &&
      Object.keys(st.Principal).every((k) => k === "AWS") &&
      (st.Principal.AWS ?? []).every((p) => p === owner || p === `arn:aws:iam::${owner}:root`);
    const direct = evaluatePolicy(JSON.stringify({ Statement: statements.filter((st) => !isDelegation(st)) }), input, {
      resourcePolicy: true,
    });
    const delegated = evaluatePolicy(JSON.stringify({ Statement: statements.filter(isDelegation) }), input, {
      resourcePolicy: true,
    });
    if (direct === "allow") return { allowed: true, explicit: false, message: "", decisions };
    if (delegated === "allow" && input.principalAccount === owner) {
      return identity === "allow"
        ? { allowed: true, explicit: false, message: "", decisions }
        : deny("identity", false);
    }
    if (delegated === "allow" && identity === "allow")
      return { allowed: true, explicit: false, message: "", decisions };
    return deny(identity === "allow" ? "resource" : "identity", false);
  }
  if (sameAccount) {
    if (identity === "allow" || resource === "allow") return { allowed: true, explicit: false, message: "", decisions };
    return deny("identity", false);
  }
  if (identity !== "allow") return deny("identity", false);
  if (resource !== "allow") return deny("resource", false);
  return { allowed: true, explicit: false, message: "", decisions };
}
