import { describe, expect, it } from "vitest";
import type { World } from "../schema";
import type { OpResult } from "../core";
import { labWorld } from "../scenario";
import { idOf } from "../world";
import { tick } from "../lifecycle";
import { trace } from "../trace";
import {
  attachVpnGateway,
  createCustomerGateway,
  createVpnConnection,
  createVpnConnectionRoute,
  createVpnGateway,
  enableVgwRoutePropagation,
  setVpnTunnelStatus,
} from "./connect";
import { createOnPremHost, createOnPremNetwork, createBucket, putBucketPolicy, createRole } from "./data";
import { authorizeSecurityGroupIngress, createRoute } from "./vpc";

function must<T>(r: OpResult<T>): { world: World; value: T } {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r;
}

describe("site-to-site VPN, step by step (CURRICULUM lesson 6 lab)", () => {
  it("customer gateway → VGW → connection → tunnels up → routes → reach the private instance", () => {
    let w = labWorld();
    const net = must(createOnPremNetwork(w, { name: "corp-dc", cidrBlock: "192.168.0.0/16", internetAccess: false }));
    w = net.world;
    w = must(createOnPremHost(w, { name: "corp-laptop", networkId: net.value.id, ip: "192.168.1.10" })).world;
    const cgw = must(
      createCustomerGateway(w, { ipAddress: "198.51.100.10", bgpAsn: 65000, onPremNetworkId: net.value.id }),
    );
    w = cgw.world;
    const vgw = must(createVpnGateway(w, {}));
    w = vgw.world;
    w = must(attachVpnGateway(w, { vpnGatewayId: vgw.value.id, vpcId: idOf(w, "lab-vpc") })).world;
    const vpn = must(
      createVpnConnection(w, { customerGatewayId: cgw.value.id, vpnGatewayId: vgw.value.id, staticRoutesOnly: true }),
    );
    w = vpn.world;
    expect(vpn.value.state).toBe("pending");
    expect(vpn.value.tunnels).toHaveLength(2);
    expect(
      vpn.value.tunnels.every(
        (t) => t.status === "DOWN" && t.authentication === "psk" && (t.preSharedKey ?? "").length === 32,
      ),
    ).toBe(true);
    const host = idOf(w, "corp-laptop", "onPremHosts");
    // tunnels cannot come up before the connection is available
    expect(setVpnTunnelStatus(w, { vpnConnectionId: vpn.value.id, status: "UP" })).toMatchObject({
      ok: false,
      error: { code: "IncorrectState" },
    });
    w = tick(w, 120);
    expect(w.vpnConnections[vpn.value.id].state).toBe("available");
    w = must(setVpnTunnelStatus(w, { vpnConnectionId: vpn.value.id, status: "UP" })).world;
    // no static route on the VPN yet
    expect(trace(w, { from: host, to: { ip: "10.0.2.10" }, port: 22 }).code).toBe("VPN_STATIC_ROUTE_MISSING");
    w = must(
      createVpnConnectionRoute(w, { vpnConnectionId: vpn.value.id, destinationCidrBlock: "192.168.0.0/16" }),
    ).world;
    // no route back from the VPC
    expect(trace(w, { from: host, to: { ip: "10.0.2.10" }, port: 22 }).code).toBe("NO_RETURN_ROUTE");
    w = must(enableVgwRoutePropagation(w, { gatewayId: vgw.value.id, routeTableId: idOf(w, "private-rt") })).world;
    expect(w.routeTables[idOf(w, "private-rt")].routes).toContainEqual({
      destinationCidrBlock: "192.168.0.0/16",
      gatewayId: vgw.value.id,
      origin: "EnableVgwRoutePropagation",
      state: "active",
    });
    // the app SG only allows ssh from the bastion SG
    expect(trace(w, { from: host, to: { ip: "10.0.2.10" }, port: 22 }).code).toBe("SG_INGRESS_BLOCKS");
    w = must(
      authorizeSecurityGroupIngress(w, {
        groupId: idOf(w, "app-sg"),
        ipProtocol: "tcp",
        fromPort: 22,
        toPort: 22,
        cidrIp: "192.168.0.0/16",
      }),
    ).world;
    const ok = trace(w, { from: host, to: { ip: "10.0.2.10" }, port: 22 });
    expect(ok).toMatchObject({ outcome: "ok", code: "HOST_REACHED" });
    expect(ok.hops.map((h) => h.kind)).toEqual(["route", "tunnel", "vgw", "route", "nacl-in", "sg-ingress", "host"]);
  });

  it("validation", () => {
    const w = labWorld();
    expect(createCustomerGateway(w, { ipAddress: "not-an-ip" })).toMatchObject({
      ok: false,
      error: { code: "InvalidParameterValue" },
    });
    expect(
      createVpnConnection(w, { customerGatewayId: "cgw-0000000000000dead", vpnGatewayId: "vgw-0000000000000dead" }),
    ).toMatchObject({ ok: false, error: { code: "InvalidCustomerGatewayID.NotFound" } });
    const vgw = must(createVpnGateway(w, {}));
    expect(
      createRoute(vgw.world, {
        routeTableId: idOf(w, "private-rt"),
        destinationCidrBlock: "192.168.0.0/16",
        gatewayId: vgw.value.id,
      }),
    ).toMatchObject({ ok: false, error: { code: "InvalidParameterValue" } });
    expect(
      enableVgwRoutePropagation(vgw.world, { gatewayId: vgw.value.id, routeTableId: idOf(w, "private-rt") }),
    ).toMatchObject({ ok: false, error: { code: "Gateway.NotAttached" } });
  });
});

describe("S3 and IAM operations", () => {
  const w = labWorld();
  const rows: Array<{ name: string; run: () => OpResult<unknown>; code: string; message?: string }> = [
    {
      name: "bucket name taken by you",
      run: () => createBucket(w, { bucket: "pathwise-reports" }),
      code: "BucketAlreadyOwnedByYou",
      message: "Your previous request to create the named bucket succeeded and you already own it.",
    },
    {
      name: "bucket name taken by someone else",
      run: () => createBucket(w, { bucket: "pathwise-reports" }, { accountId: "999988887777" }),
      code: "BucketAlreadyExists",
    },
    {
      name: "invalid bucket name",
      run: () => createBucket(w, { bucket: "Bad_Name" }),
      code: "InvalidBucketName",
      message: "The specified bucket is not valid.",
    },
    {
      name: "policy on a missing bucket",
      run: () => putBucketPolicy(w, { bucket: "nope-bucket", policy: "{}" }),
      code: "NoSuchBucket",
      message: "The specified bucket does not exist",
    },
    {
      name: "policy that is not JSON",
      run: () => putBucketPolicy(w, { bucket: "pathwise-reports", policy: "x" }),
      code: "MalformedPolicy",
      message: "Policies must be valid JSON and the first byte must be '{'",
    },
    {
      name: "policy naming a role that does not exist",
      run: () =>
        putBucketPolicy(w, {
          bucket: "pathwise-reports",
          policy: JSON.stringify({
            Statement: [
              {
                Effect: "Allow",
                Principal: { AWS: "arn:aws:iam::111122223333:role/Ghost" },
                Action: "s3:GetObject",
                Resource: "arn:aws:s3:::pathwise-reports/*",
              },
            ],
          }),
        }),
      code: "MalformedPolicy",
      message: "Invalid principal in policy",
    },
    {
      name: "policy on another account's bucket",
      run: () => putBucketPolicy(w, { bucket: "pathwise-reports", policy: "{}" }, { accountId: "999988887777" }),
      code: "AccessDenied",
    },
    {
      name: "duplicate role",
      run: () => createRole(w, { name: "AppS3Role" }),
      code: "EntityAlreadyExists",
      message: "Role with name AppS3Role already exists.",
    },
  ];
  it.each(rows)("$name → $code", (row) => {
    const r = row.run();
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(row.code);
      if (row.message) expect(r.error.message).toBe(row.message);
    }
  });
});
