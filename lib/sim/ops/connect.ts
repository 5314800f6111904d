/** VPC peering and Site-to-Site VPN operations. */
import type {
  CustomerGateway,
  Route,
  TransitGateway,
  TransitGatewayAttachment,
  VpcPeeringConnection,
  VpnConnection,
  VpnGateway,
  World,
} from "../schema";
import { fail, nextId, ok, put, tokenFor, type OpResult } from "../core";
import { cidrsOverlap, formatIp, parseCidr, parseIp } from "../ip";
import { TIMINGS } from "../catalog";
import { allocatePublicIp, asTags, lookup, resolveCtx, type OpContext, badType, show, guardObj } from "./common";
import { refreshRouteStates } from "./vpc";

// ── peering ─────────────────────────────────────────────────────────────────
export interface CreatePeeringInput {
  dryRun?: boolean;
  vpcId: string;
  peerVpcId: string;
  peerOwnerId?: string;
  peerRegion?: string;
  tags?: Array<{ Key: string; Value: string }>;
}

/**
 * Overlapping CIDRs: per the EC2 API reference for CreateVpcPeeringConnection, "If you create a VPC
 * peering connection request between VPCs with overlapping CIDR blocks, the VPC peering connection
 * has a status of failed" — so the call succeeds and the connection is `failed`
 * (status message "Overlapping CIDR range" [Unverified wording]).
 */
export function createVpcPeeringConnection(
  world: World,
  input: CreatePeeringInput,
  ctx?: OpContext,
): OpResult<VpcPeeringConnection> {
  return guardObj(input, () => {
    {
      const te = badType(input, { vpcId: "string", peerVpcId: "string", peerOwnerId: "string", peerRegion: "string" });
      if (te) return fail(te.code, te.message);
    }
    const c = resolveCtx(world, ctx);
    const v = lookup(world, "vpc", input?.vpcId, c, { param: "VpcId" });
    if (!v.ok) return fail(v.error.code, v.error.message);
    const peerOwner = input.peerOwnerId ?? c.accountId;
    const peerRegion = input.peerRegion ?? v.item.region;
    const p = lookup(
      world,
      "vpc",
      input.peerVpcId,
      { accountId: peerOwner, region: peerRegion },
      { param: "PeerVpcId" },
    );
    if (!p.ok) return fail(p.error.code, p.error.message);
    if (p.item.region !== peerRegion)
      return fail("InvalidVpcID.NotFound", `The vpc ID '${input.peerVpcId}' does not exist`);
    if (p.item.id === v.item.id)
      return fail("InvalidParameterValue", "The requester VPC and accepter VPC must be different.");
    const overlap = v.item.cidrBlocks.some((a) =>
      p.item.cidrBlocks.some((b) => {
        const ca = parseCidr(a);
        const cb = parseCidr(b);
        return ca !== undefined && cb !== undefined && cidrsOverlap(ca, cb);
      }),
    );
    const [id, w] = nextId(world, "pcx");
    const pcx: VpcPeeringConnection = {
      id,
      requester: { vpcId: v.item.id, ownerId: v.item.ownerId, region: v.item.region, cidrBlock: v.item.cidrBlock },
      accepter: { vpcId: p.item.id, ownerId: p.item.ownerId, region: p.item.region, cidrBlock: p.item.cidrBlock },
      status: overlap
        ? { code: "failed", message: "Overlapping CIDR range" }
        : { code: "pending-acceptance", message: `Pending Acceptance by ${p.item.ownerId}` },
      expirationTime: overlap ? undefined : w.clock + TIMINGS.peeringPendingExpires * 1000,
      tags: asTags(input.tags),
    };
    if (pcx.expirationTime === undefined) delete pcx.expirationTime;
    return ok(put(w, "vpcPeeringConnections", id, pcx), pcx);
  });
}

export function acceptVpcPeeringConnection(
  world: World,
  input: { vpcPeeringConnectionId: string },
  ctx?: OpContext,
): OpResult<VpcPeeringConnection> {
  return guardObj(input, () => {
    const c = resolveCtx(world, ctx);
    const r = lookup(world, "peering", input?.vpcPeeringConnectionId, c, {
      param: "VpcPeeringConnectionId",
      anyOwner: true,
    });
    if (!r.ok) return fail(r.error.code, r.error.message);
    const pcx = r.item;
    if (pcx.accepter.ownerId !== c.accountId && pcx.requester.ownerId !== c.accountId) {
      return fail("InvalidVpcPeeringConnectionID.NotFound", `The vpcPeeringConnection ID '${pcx.id}' does not exist`);
    }
    if (pcx.status.code !== "pending-acceptance") {
      return fail(
        "InvalidStateTransition",
        `Invalid state transition for ${pcx.id}, attempted to transition from ${pcx.status.code} to active`,
      );
    }
    if (pcx.accepter.ownerId !== c.accountId)
      return fail("OperationNotPermitted", `User ${c.accountId} cannot accept peering ${pcx.id}`);
    const next: VpcPeeringConnection = { ...pcx, status: { code: "active", message: "Active" } };
    delete next.expirationTime;
    return ok(refreshRouteStates(put(world, "vpcPeeringConnections", pcx.id, next)), next);
  });
}

export function deleteVpcPeeringConnection(
  world: World,
  input: { vpcPeeringConnectionId: string },
  ctx?: OpContext,
): OpResult<true> {
  return guardObj(input, () => {
    const c = resolveCtx(world, ctx);
    const r = lookup(world, "peering", input?.vpcPeeringConnectionId, c, {
      param: "VpcPeeringConnectionId",
      anyOwner: true,
    });
    if (!r.ok) return fail(r.error.code, r.error.message);
    const pcx = r.item;
    if (pcx.accepter.ownerId !== c.accountId && pcx.requester.ownerId !== c.accountId) {
      return fail("InvalidVpcPeeringConnectionID.NotFound", `The vpcPeeringConnection ID '${pcx.id}' does not exist`);
    }
    const next: VpcPeeringConnection = { ...pcx, status: { code: "deleted", message: `Deleted by ${c.accountId}` } };
    return ok(refreshRouteStates(put(world, "vpcPeeringConnections", pcx.id, next)), true as const);
  });
}

// ── Site-to-Site VPN ────────────────────────────────────────────────────────
export interface CreateCustomerGatewayInput {
  dryRun?: boolean;
  ipAddress: string;
  bgpAsn?: number;
  type?: string;
  certificateArn?: string;
  /** simulation: which on-prem network this device fronts */
  onPremNetworkId?: string;
  tags?: Array<{ Key: string; Value: string }>;
}

export function createCustomerGateway(
  world: World,
  input: CreateCustomerGatewayInput,
  ctx?: OpContext,
): OpResult<CustomerGateway> {
  return guardObj(input, () => {
    {
      const te = badType(input, {
        ipAddress: "string",
        bgpAsn: "number",
        certificateArn: "string",
        onPremNetworkId: "string",
      });
      if (te) return fail(te.code, te.message);
    }
    const c = resolveCtx(world, ctx);
    if ((input?.type ?? "ipsec.1") !== "ipsec.1")
      return fail(
        "InvalidParameterValue",
        `Value (${show(input.type)}) for parameter type is invalid. Valid values: ipsec.1`,
      );
    if (!input.ipAddress && !input.certificateArn)
      return fail("MissingParameter", "The request must contain the parameter IpAddress");
    if (input.ipAddress !== undefined && parseIp(input.ipAddress) === undefined) {
      return fail(
        "InvalidParameterValue",
        `Value (${input.ipAddress}) for parameter ipAddress is invalid. Invalid Format.`,
      );
    }
    if (input.onPremNetworkId !== undefined && !world.onPremNetworks[input.onPremNetworkId]) {
      return fail("InvalidParameterValue", `Unknown on-premises network ${input.onPremNetworkId}`);
    }
    const [id, w] = nextId(world, "cgw");
    const cgw: CustomerGateway = {
      id,
      ownerId: c.accountId,
      region: c.region,
      ipAddress: input.ipAddress ?? "",
      bgpAsn: input.bgpAsn ?? 65000,
      type: "ipsec.1",
      state: "available",
      tags: asTags(input.tags),
    };
    if (input.onPremNetworkId) cgw.onPremNetworkId = input.onPremNetworkId;
    if (input.certificateArn) cgw.certificateArn = input.certificateArn;
    return ok(put(w, "customerGateways", id, cgw), cgw);
  });
}

export function createVpnGateway(
  world: World,
  input: { type?: string; amazonSideAsn?: number; tags?: Array<{ Key: string; Value: string }> } = {},
  ctx?: OpContext,
): OpResult<VpnGateway> {
  return guardObj(input, () => {
    {
      const te = badType(input, { amazonSideAsn: "number" });
      if (te) return fail(te.code, te.message);
    }
    const c = resolveCtx(world, ctx);
    if ((input?.type ?? "ipsec.1") !== "ipsec.1")
      return fail(
        "InvalidParameterValue",
        `Value (${show(input.type)}) for parameter type is invalid. Valid values: ipsec.1`,
      );
    const [id, w] = nextId(world, "vgw");
    const vgw: VpnGateway = {
      id,
      ownerId: c.accountId,
      region: c.region,
      type: "ipsec.1",
      state: "available",
      amazonSideAsn: input?.amazonSideAsn ?? 64512,
      attachments: [],
      tags: asTags(input?.tags),
    };
    return ok(put(w, "vpnGateways", id, vgw), vgw);
  });
}

export function attachVpnGateway(
  world: World,
  input: { vpnGatewayId: string; vpcId: string },
  ctx?: OpContext,
): OpResult<{ vpcId: string; state: "attached" }> {
  return guardObj(input, () => {
    const c = resolveCtx(world, ctx);
    const g = lookup(world, "vpnGateway", input?.vpnGatewayId, c, { param: "VpnGatewayId" });
    if (!g.ok) return fail(g.error.code, g.error.message);
    const v = lookup(world, "vpc", input.vpcId, c, { param: "VpcId" });
    if (!v.ok) return fail(v.error.code, v.error.message);
    if (g.item.attachments.some((a) => a.state === "attached")) {
      return fail(
        "InvalidVpnGatewayAttachment.LimitExceeded",
        `The VPN gateway ${g.item.id} is already attached to a VPC.`,
      );
    }
    if (
      Object.values(world.vpnGateways).some((x) =>
        x.attachments.some((a) => a.vpcId === v.item.id && a.state === "attached"),
      )
    ) {
      return fail("VpnGatewayAttachmentLimitExceeded", `The VPC ${v.item.id} already has a VPN gateway attached.`);
    }
    const w = put(world, "vpnGateways", g.item.id, {
      ...g.item,
      attachments: [{ vpcId: v.item.id, state: "attached" }],
    });
    return ok(refreshAll(w), { vpcId: v.item.id, state: "attached" as const });
  });
}

export function detachVpnGateway(
  world: World,
  input: { vpnGatewayId: string; vpcId: string },
  ctx?: OpContext,
): OpResult<true> {
  return guardObj(input, () => {
    const c = resolveCtx(world, ctx);
    const g = lookup(world, "vpnGateway", input?.vpnGatewayId, c, { param: "VpnGatewayId" });
    if (!g.ok) return fail(g.error.code, g.error.message);
    if (!g.item.attachments.some((a) => a.vpcId === input.vpcId)) {
      return fail(
        "InvalidVpnGatewayAttachment.NotFound",
        `The attachment with vpn gateway ID '${g.item.id}' and vpc ID '${show(input.vpcId)}' does not exist`,
      );
    }
    const w = put(world, "vpnGateways", g.item.id, { ...g.item, attachments: [] });
    return ok(refreshAll(w), true as const);
  });
}

export interface CreateVpnConnectionInput {
  dryRun?: boolean;
  customerGatewayId: string;
  vpnGatewayId: string;
  type?: string;
  staticRoutesOnly?: boolean;
  tunnelOptions?: Array<{ preSharedKey?: string; tunnelInsideCidr?: string }>;
  tags?: Array<{ Key: string; Value: string }>;
}

export function createVpnConnection(
  world: World,
  input: CreateVpnConnectionInput,
  ctx?: OpContext,
): OpResult<VpnConnection> {
  return guardObj(input, () => {
    {
      const te = badType(input, { staticRoutesOnly: "boolean" });
      if (te) return fail(te.code, te.message);
    }
    const c = resolveCtx(world, ctx);
    if ((input?.type ?? "ipsec.1") !== "ipsec.1")
      return fail(
        "InvalidParameterValue",
        `Value (${show(input.type)}) for parameter type is invalid. Valid values: ipsec.1`,
      );
    const cg = lookup(world, "customerGateway", input.customerGatewayId, c, { param: "CustomerGatewayId" });
    if (!cg.ok) return fail(cg.error.code, cg.error.message);
    const vg = lookup(world, "vpnGateway", input.vpnGatewayId, c, { param: "VpnGatewayId" });
    if (!vg.ok) return fail(vg.error.code, vg.error.message);
    const opts = Array.isArray(input.tunnelOptions) ? input.tunnelOptions : [];
    for (const o of opts) {
      if (o?.preSharedKey !== undefined && !/^[A-Za-z0-9._]{8,64}$/.test(o.preSharedKey)) {
        return fail(
          "InvalidParameterValue",
          "The pre-shared key must be between 8 and 64 characters, contain only alphanumeric characters, periods (.) and underscores (_), and cannot start with zero (0).",
        );
      }
      if (o?.preSharedKey?.startsWith("0")) {
        return fail(
          "InvalidParameterValue",
          "The pre-shared key must be between 8 and 64 characters, contain only alphanumeric characters, periods (.) and underscores (_), and cannot start with zero (0).",
        );
      }
    }
    let w = world;
    const [id, w_id] = nextId(w, "vpn");
    w = w_id;
    const tunnels = [0, 1].map((i) => {
      const outside = allocatePublicIp({ ...w, seq: w.seq + i * 1000 + 500 }, c.region);
      const inside = opts[i]?.tunnelInsideCidr ?? `169.254.${(w.seq * 2 + i) % 250}.${(i * 4 + 8) % 252}/30`;
      const auth: "psk" | "certificate" = cg.item.certificateArn ? "certificate" : "psk";
      return {
        outsideIpAddress: outside,
        tunnelInsideCidr: inside,
        status: "DOWN" as const,
        statusMessage: "",
        lastStatusChange: w.clock,
        authentication: auth,
        ...(auth === "psk"
          ? { preSharedKey: opts[i]?.preSharedKey ?? tokenFor(w.seed, w.seq * 10 + i, 32).replace(/^0/, "a") }
          : {}),
        acceptedRouteCount: 0,
      };
    });
    const vpn: VpnConnection = {
      id,
      ownerId: c.accountId,
      region: c.region,
      customerGatewayId: cg.item.id,
      vpnGatewayId: vg.item.id,
      type: "ipsec.1",
      state: "pending",
      staticRoutesOnly: input.staticRoutesOnly ?? false,
      routes: [],
      tunnels,
      createTime: w.clock,
      stateChangedAt: w.clock,
      tags: asTags(input.tags),
    };
    return ok(put(w, "vpnConnections", id, vpn), vpn);
  });
}

export function createVpnConnectionRoute(
  world: World,
  input: { vpnConnectionId: string; destinationCidrBlock: string },
  ctx?: OpContext,
): OpResult<true> {
  return guardObj(input, () => {
    const c = resolveCtx(world, ctx);
    const r = lookup(world, "vpnConnection", input?.vpnConnectionId, c, { param: "VpnConnectionId" });
    if (!r.ok) return fail(r.error.code, r.error.message);
    if (!parseCidr(input.destinationCidrBlock))
      return fail(
        "InvalidParameterValue",
        `Value (${show(input.destinationCidrBlock)}) for parameter destinationCidrBlock is invalid. This is not a valid CIDR block.`,
      );
    if (!r.item.staticRoutesOnly)
      return fail("InvalidVpnConnection.InvalidType", `The VPN connection ${r.item.id} does not use static routing.`);
    if (r.item.routes.some((x) => x.destinationCidrBlock === input.destinationCidrBlock)) {
      return fail("RouteAlreadyExists", `The route identified by ${input.destinationCidrBlock} already exists.`);
    }
    const vpn = {
      ...r.item,
      routes: [
        ...r.item.routes,
        { destinationCidrBlock: input.destinationCidrBlock, source: "Static" as const, state: "available" as const },
      ],
    };
    return ok(refreshAll(put(world, "vpnConnections", vpn.id, vpn)), true as const);
  });
}

export function deleteVpnConnectionRoute(
  world: World,
  input: { vpnConnectionId: string; destinationCidrBlock: string },
  ctx?: OpContext,
): OpResult<true> {
  return guardObj(input, () => {
    const c = resolveCtx(world, ctx);
    const r = lookup(world, "vpnConnection", input?.vpnConnectionId, c, { param: "VpnConnectionId" });
    if (!r.ok) return fail(r.error.code, r.error.message);
    if (!r.item.routes.some((x) => x.destinationCidrBlock === input.destinationCidrBlock)) {
      return fail(
        "InvalidRoute.NotFound",
        `The route identified by ${show(input.destinationCidrBlock)} does not exist.`,
      );
    }
    const vpn = {
      ...r.item,
      routes: r.item.routes.filter((x) => x.destinationCidrBlock !== input.destinationCidrBlock),
    };
    return ok(refreshAll(put(world, "vpnConnections", vpn.id, vpn)), true as const);
  });
}

function propagation(enable: boolean) {
  return (world: World, input: { gatewayId: string; routeTableId: string }, ctx?: OpContext): OpResult<true> =>
    guardObj(input, () => {
      const c = resolveCtx(world, ctx);
      const rt = lookup(world, "routeTable", input?.routeTableId, c, { param: "RouteTableId" });
      if (!rt.ok) return fail(rt.error.code, rt.error.message);
      const g = lookup(world, "vpnGateway", input.gatewayId, c, { param: "GatewayId" });
      if (!g.ok) return fail(g.error.code, g.error.message);
      if (enable && !g.item.attachments.some((a) => a.vpcId === rt.item.vpcId && a.state === "attached")) {
        return fail("Gateway.NotAttached", `resource ${g.item.id} is not attached to network ${rt.item.vpcId}`);
      }
      const list = rt.item.propagatingVgws.filter((x) => x !== g.item.id);
      if (enable) list.push(g.item.id);
      return ok(
        refreshAll(put(world, "routeTables", rt.item.id, { ...rt.item, propagatingVgws: list })),
        true as const,
      );
    });
}

export const enableVgwRoutePropagation = propagation(true);
export const disableVgwRoutePropagation = propagation(false);

/** Simulation-only: the customer's device brings a tunnel up or down. */
export function setVpnTunnelStatus(
  world: World,
  input: { vpnConnectionId: string; tunnelIndex?: number; status: "UP" | "DOWN" },
  ctx?: OpContext,
): OpResult<VpnConnection> {
  return guardObj(input, () => {
    const c = resolveCtx(world, ctx);
    const r = lookup(world, "vpnConnection", input?.vpnConnectionId, c, { param: "VpnConnectionId" });
    if (!r.ok) return fail(r.error.code, r.error.message);
    if (input.status !== "UP" && input.status !== "DOWN")
      return fail("InvalidParameterValue", `Invalid tunnel status ${show(input.status)}`);
    if (input.status === "UP" && r.item.state !== "available") {
      return fail(
        "IncorrectState",
        `VPN connection ${r.item.id} is ${r.item.state}; tunnels can only come up once it is available.`,
      );
    }
    const idx = input.tunnelIndex;
    if (idx !== undefined && idx !== 0 && idx !== 1) return fail("InvalidParameterValue", "tunnelIndex must be 0 or 1");
    const tunnels = r.item.tunnels.map((t, i) =>
      idx === undefined || idx === i
        ? {
            ...t,
            status: input.status,
            lastStatusChange: world.clock,
            statusMessage: input.status === "UP" ? `${vpnRouteCount(world, r.item)} BGP ROUTES` : "",
          }
        : t,
    );
    const vpn = { ...r.item, tunnels };
    return ok(refreshAll(put(world, "vpnConnections", vpn.id, vpn)), vpn);
  });
}

function vpnRouteCount(world: World, vpn: VpnConnection): number {
  return vpn.staticRoutesOnly
    ? vpn.routes.length
    : world.onPremNetworks[world.customerGateways[vpn.customerGatewayId]?.onPremNetworkId ?? ""]
      ? 1
      : 0;
}

/** CIDRs a VPN connection currently advertises into AWS (static routes, or the on-prem network via BGP). */
export function vpnAdvertisedCidrs(world: World, vpn: VpnConnection): string[] {
  if (vpn.state !== "available" || !vpn.tunnels.some((t) => t.status === "UP")) return [];
  if (vpn.staticRoutesOnly) return vpn.routes.filter((r) => r.state === "available").map((r) => r.destinationCidrBlock);
  const net = world.onPremNetworks[world.customerGateways[vpn.customerGatewayId]?.onPremNetworkId ?? ""];
  return net ? [net.cidrBlock] : [];
}

/** Recompute propagated (EnableVgwRoutePropagation) routes from VPN state. */
export function refreshPropagatedRoutes(world: World): World {
  let w = world;
  for (const rt of Object.values(world.routeTables)) {
    const wanted: Route[] = [];
    for (const vgwId of rt.propagatingVgws) {
      const vgw = world.vpnGateways[vgwId];
      if (!vgw || !vgw.attachments.some((a) => a.vpcId === rt.vpcId && a.state === "attached")) continue;
      for (const vpn of Object.values(world.vpnConnections)) {
        if (vpn.vpnGatewayId !== vgwId) continue;
        for (const cidr of vpnAdvertisedCidrs(world, vpn)) {
          if (rt.routes.some((r) => r.origin !== "EnableVgwRoutePropagation" && r.destinationCidrBlock === cidr))
            continue;
          if (wanted.some((r) => r.destinationCidrBlock === cidr)) continue;
          wanted.push({
            destinationCidrBlock: cidr,
            gatewayId: vgwId,
            origin: "EnableVgwRoutePropagation",
            state: "active",
          });
        }
      }
    }
    const current = rt.routes.filter((r) => r.origin === "EnableVgwRoutePropagation");
    const same =
      current.length === wanted.length &&
      current.every(
        (r, i) => r.destinationCidrBlock === wanted[i].destinationCidrBlock && r.gatewayId === wanted[i].gatewayId,
      );
    if (!same)
      w = put(w, "routeTables", rt.id, {
        ...rt,
        routes: [...rt.routes.filter((r) => r.origin !== "EnableVgwRoutePropagation"), ...wanted],
      });
  }
  return w;
}

export function refreshAll(world: World): World {
  return refreshRouteStates(refreshPropagatedRoutes(world));
}

/** Used by formatters: tunnel outside IP as number (exported for tests). */
export function tunnelOutsideIps(vpn: VpnConnection): string[] {
  return vpn.tunnels.map((t) => formatIp(parseIp(t.outsideIpAddress) ?? 0));
}

// ── transit gateways (simplified) ───────────────────────────────────────────
export function createTransitGateway(
  world: World,
  input: { description?: string; tags?: Array<{ Key: string; Value: string }> } = {},
  ctx?: OpContext,
): OpResult<TransitGateway> {
  return guardObj(input, () => {
    const c = resolveCtx(world, ctx);
    const [id, w] = nextId(world, "tgw");
    const tgw: TransitGateway = {
      id,
      ownerId: c.accountId,
      region: c.region,
      state: "available",
      attachments: [],
      routes: [],
      tags: asTags(input.tags),
    };
    return ok(put(w, "transitGateways", id, tgw), tgw);
  });
}

/** Attach a VPC (one subnet per AZ); its CIDRs propagate into the TGW route table. */
export function createTransitGatewayVpcAttachment(
  world: World,
  input: { transitGatewayId: string; vpcId: string; subnetIds: string[] },
  ctx?: OpContext,
): OpResult<TransitGatewayAttachment> {
  return guardObj(input, () => {
    const c = resolveCtx(world, ctx);
    const g = lookup(world, "transitGateway", input.transitGatewayId, c, { param: "TransitGatewayId" });
    if (!g.ok) return fail(g.error.code, g.error.message);
    const v = lookup(world, "vpc", input.vpcId, c, { param: "VpcId" });
    if (!v.ok) return fail(v.error.code, v.error.message);
    const subnets = Array.isArray(input.subnetIds) ? input.subnetIds : [];
    if (subnets.length === 0) return fail("MissingParameter", "The request must contain the parameter SubnetIds");
    const azs = new Set<string>();
    for (const sid of subnets) {
      const s = lookup(world, "subnet", sid, c, { param: "SubnetIds" });
      if (!s.ok) return fail(s.error.code, s.error.message);
      if (s.item.vpcId !== v.item.id)
        return fail("InvalidParameterValue", `Subnet ${sid} does not belong to ${v.item.id}`);
      if (azs.has(s.item.az)) return fail("DuplicateSubnetsInSameZone", `Duplicate Subnets for same AZ`);
      azs.add(s.item.az);
    }
    if (g.item.attachments.some((a) => a.vpcId === v.item.id && a.state !== "deleted")) {
      return fail(
        "DuplicateTransitGatewayAttachment",
        `${g.item.id} has non-deleted Transit Gateway Attachments with same VPC ID.`,
      );
    }
    for (const cidr of v.item.cidrBlocks) {
      const cc = parseCidr(cidr);
      const clash = g.item.routes.find((r) => {
        const rc = parseCidr(r.destinationCidrBlock);
        return r.type === "propagated" && rc && cc && cidrsOverlap(rc, cc);
      });
      if (clash) {
        // overlapping VPCs cannot both propagate (the later one would be ignored); keep it simple and refuse
        return fail(
          "InvalidParameterValue",
          `The CIDR ${cidr} of ${v.item.id} overlaps ${clash.destinationCidrBlock}, already propagated to ${g.item.id}.`,
        );
      }
    }
    const [id, w] = nextId(world, "tgw-attach");
    const att: TransitGatewayAttachment = { id, vpcId: v.item.id, subnetIds: subnets, state: "available" };
    const routes = [
      ...g.item.routes,
      ...v.item.cidrBlocks.map((cidr) => ({
        destinationCidrBlock: cidr,
        attachmentId: id,
        type: "propagated" as const,
        state: "active" as const,
      })),
    ];
    return ok(
      refreshAll(
        put(w, "transitGateways", g.item.id, { ...g.item, attachments: [...g.item.attachments, att], routes }),
      ),
      att,
    );
  });
}

export function createTransitGatewayRoute(
  world: World,
  input: {
    transitGatewayId: string;
    destinationCidrBlock: string;
    transitGatewayAttachmentId?: string;
    blackhole?: boolean;
  },
  ctx?: OpContext,
): OpResult<true> {
  return guardObj(input, () => {
    const c = resolveCtx(world, ctx);
    const g = lookup(world, "transitGateway", input.transitGatewayId, c, { param: "TransitGatewayId" });
    if (!g.ok) return fail(g.error.code, g.error.message);
    if (typeof input.destinationCidrBlock !== "string" || !parseCidr(input.destinationCidrBlock)) {
      return fail(
        "InvalidParameterValue",
        `Value (${show(input.destinationCidrBlock)}) for parameter destinationCidrBlock is invalid. This is not a valid CIDR block.`,
      );
    }
    if (!input.blackhole && !g.item.attachments.some((a) => a.id === input.transitGatewayAttachmentId)) {
      return fail(
        "InvalidTransitGatewayAttachmentID.NotFound",
        `Transit Gateway Attachment ${show(input.transitGatewayAttachmentId)} was deleted or does not exist.`,
      );
    }
    if (g.item.routes.some((r) => r.destinationCidrBlock === input.destinationCidrBlock && r.type === "static")) {
      return fail(
        "RouteAlreadyExists",
        `Route ${input.destinationCidrBlock} already exists in Transit Gateway Route Table of ${g.item.id}.`,
      );
    }
    const route = {
      destinationCidrBlock: input.destinationCidrBlock,
      attachmentId: input.blackhole ? "" : (input.transitGatewayAttachmentId as string),
      type: "static" as const,
      state: input.blackhole ? ("blackhole" as const) : ("active" as const),
    };
    return ok(
      put(world, "transitGateways", g.item.id, { ...g.item, routes: [...g.item.routes, route] }),
      true as const,
    );
  });
}
