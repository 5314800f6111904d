/**
 * curl to a customer's own PrivateLink service: the endpoint's DNS name leads through the
 * endpoint service and the provider's NLB to an instance, so the provider's application answers
 * (not an AWS API front end). Connection failures keep curl 8's error texts.
 */
import { describe, expect, it } from "vitest";
import { createShell, run } from "../shell";
import { createVpcEndpoint, endpointDnsEntries, idOf, privateLinkWorld, tick, type World } from "../../sim";
import { joinStream } from "../test/transcript";

function consumerWith(opts: { acceptanceRequired: boolean; sg?: string }): { world: World; dns: string } {
  const w0 = privateLinkWorld(9, { acceptanceRequired: opts.acceptanceRequired });
  const svc = Object.values(w0.endpointServices)[0];
  const r = createVpcEndpoint(
    w0,
    {
      vpcId: idOf(w0, "consumer-vpc"),
      serviceName: svc.serviceName,
      vpcEndpointType: "Interface",
      subnetIds: [idOf(w0, "app-a")],
      securityGroupIds: [idOf(w0, opts.sg ?? "billing-endpoint-sg")],
    },
    { accountId: "111122223333", region: "us-east-1" },
  );
  if (!r.ok) throw new Error(r.error.message);
  const world = tick(r.world, 120);
  const ep = Object.values(world.vpcEndpoints)[0];
  return { world, dns: endpointDnsEntries(world, ep)[0].dnsName };
}

describe("curl through a PrivateLink endpoint service", () => {
  it("the provider's app answers: -I shows HTTP/1.1 200 OK, the body is its JSON", () => {
    const { world, dns } = consumerWith({ acceptanceRequired: false });
    const s = createShell({ world, host: "client" });
    const head = run(s, `curl -sI https://${dns}`);
    expect(head.exitCode).toBe(0);
    expect(joinStream(head, "stdout")).toMatch(/^HTTP\/1\.1 200 OK\r\nContent-Type: application\/json\r\n/);
    const get = run(s, `curl -s https://${dns}/health`);
    expect(get.exitCode).toBe(0);
    expect(joinStream(get, "stdout")).toBe('{"service":"billing-api","status":"ok"}\n');
    expect(joinStream(get, "stdout")).not.toContain("UnknownOperationException");
  });

  it("a port nobody allows still times out with curl's error", () => {
    const { world, dns } = consumerWith({ acceptanceRequired: false });
    const r = run(createShell({ world, host: "client" }), `curl https://${dns}:8443`);
    expect(r.exitCode).toBe(28);
    expect(joinStream(r, "stderr")).toContain(`curl: (28) Failed to connect to ${dns} port 8443 after`);
  });

  it("an endpoint still waiting for acceptance does not connect", () => {
    const { world, dns } = consumerWith({ acceptanceRequired: true });
    const r = run(createShell({ world, host: "client" }), `curl -sS https://${dns}`);
    expect(r.exitCode).not.toBe(0);
    expect(joinStream(r, "stderr")).toMatch(/^curl: \((7|28)\) Failed to connect to /);
    expect(joinStream(r, "stdout")).toBe("");
  });

  it("AWS service endpoints keep their API answer", () => {
    const { world } = consumerWith({ acceptanceRequired: false });
    const r = run(createShell({ world, host: "client" }), "curl -s https://sqs.us-east-1.amazonaws.com");
    expect(joinStream(r, "stdout")).not.toContain("billing-api");
  });
});
