/** The part of the instance metadata service the real CLI reads: the IMDSv2 token, the role's credentials, the Region. */
export interface ImdsIdentity {
  role?: string;
  availabilityZone: string;
}

export function imdsAnswer(method: string, path: string, id: ImdsIdentity | null): { status: number; body: string; headers?: Record<string, string> } | null {
  if (!path.startsWith("/latest/")) return null;
  if (!id) return { status: 404, body: "" };
  if (method === "PUT" && path === "/latest/api/token") return { status: 200, body: "FIDELITY-IMDS-TOKEN", headers: { "x-aws-ec2-metadata-token-ttl-seconds": "21600" } };
  if (path === "/latest/meta-data/placement/availability-zone" || path === "/latest/meta-data/placement/availability-zone/") return { status: 200, body: id.availabilityZone };
  if (path === "/latest/meta-data/iam/security-credentials/" || path === "/latest/meta-data/iam/security-credentials") {
    return id.role ? { status: 200, body: id.role } : { status: 404, body: "" };
  }
  if (id.role && path === `/latest/meta-data/iam/security-credentials/${id.role}`) {
    return {
      status: 200,
      body: JSON.stringify({
        Code: "Success",
        LastUpdated: "2026-01-01T00:00:00Z",
        Type: "AWS-HMAC",
        AccessKeyId: "ASIAFIDELITYIMDS0001",
        SecretAccessKey: "fidelity",
        Token: "fidelity-token",
        Expiration: "2099-01-01T00:00:00Z",
      }),
    };
  }
  if (path === "/latest/dynamic/instance-identity/document") {
    return { status: 200, body: JSON.stringify({ region: id.availabilityZone.slice(0, -1), availabilityZone: id.availabilityZone }) };
  }
  return { status: 404, body: "" };
}
