import { describe, expect, it } from "vitest";
import { labWorld } from "../scenario";
import { idOf } from "../world";
import { tick } from "../lifecycle";
import { trace } from "../trace";
import { allocateAddress, createNatGateway, createRoute, deleteNatGateway } from "./vpc";

describe("Elastic IPs and NAT gateways", () => {
  it("allocateAddress: deterministic eipalloc ids, TEST-NET-1 addresses, lowest free first", () => {
    const a = allocateAddress(labWorld());
    const b = allocateAddress(labWorld());
    expect(a).toEqual(b);
    if (!a.ok) throw new Error("allocate failed");
    expect(a.value.allocationId).toMatch(/^eipalloc-0[0-9a-f]{16}$/);
    expect(a.value).toMatchObject({ publicIp: "192.0.2.1", domain: "vpc", publicIpv4Pool: "amazon", networkBorderGroup: "us-east-1" });
    const c = allocateAddress(a.world);
    expect(c.ok && c.value.publicIp).toBe("192.0.2.2");
    expect(allocateAddress(labWorld(), { domain: "classic" }).ok).toBe(false);
  });

  it("a NAT gateway uses the EIP once; deleting it releases the association", () => {
    const w0 = labWorld();
    const a = allocateAddress(w0);
    if (!a.ok) throw new Error("allocate failed");
    const n = createNatGateway(a.world, { subnetId: idOf(w0, "public-a"), allocationId: a.value.allocationId });
    if (!n.ok) throw new Error(n.error.message);
    expect(n.value.publicIp).toBe("192.0.2.1");
    expect(n.world.addresses?.[a.value.allocationId]?.networkInterfaceId).toBe(n.value.networkInterfaceId);
    const again = createNatGateway(n.world, { subnetId: idOf(w0, "public-b"), allocationId: a.value.allocationId });
    expect(again.ok ? "" : again.error.code).toBe("Resource.AlreadyAssociated");
    const missing = createNatGateway(n.world, { subnetId: idOf(w0, "public-b"), allocationId: "eipalloc-0123456789abcdef0" });
    expect(missing.ok ? "" : missing.error.code).toBe("InvalidAllocationID.NotFound");
    // The NAT works once available.
    const r = createRoute(tick(n.world, 60), { routeTableId: idOf(w0, "private-rt"), destinationCidrBlock: "0.0.0.0/0", natGatewayId: n.value.id });
    if (!r.ok) throw new Error(r.error.message);
    expect(trace(r.world, { from: idOf(w0, "app-server"), to: { name: "example.com" }, port: 443 }).outcome).toBe("ok");
    const d = deleteNatGateway(r.world, { natGatewayId: n.value.id });
    if (!d.ok) throw new Error(d.error.message);
    expect(d.world.addresses?.[a.value.allocationId]?.associationId).toBeUndefined();
  });

  it("without an allocation id a public NAT gateway still gets an address (as before)", () => {
    const w0 = labWorld();
    const n = createNatGateway(w0, { subnetId: idOf(w0, "public-a") });
    expect(n.ok && n.value.allocationId).toMatch(/^eipalloc-/);
    expect(n.ok && n.world.addresses).toBeUndefined();
  });
});
