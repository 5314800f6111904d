/** The logical clock and resource lifecycles. */
import type { World } from "./schema";
import { put, remove } from "./core";
import { TIMINGS } from "./catalog";
import { purgeEndpoint } from "./ops/endpoints";
import { refreshAll } from "./ops/connect";
import { linkSameContent } from "./memo";

/**
 * Advance the clock by `seconds` (negative/NaN → 0) and move every lifecycle that is due:
 * interface/GWLB endpoints pending → available; pendingAcceptance → expired (7 days);
 * deleting endpoints disappear; NAT gateways pending → available, deleting → deleted;
 * VPN connections pending → available; peering requests expire after 7 days.
 * Never fails.
 */
export function tick(world: World, seconds: number): World {
  const s = Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
  const now = world.clock + Math.round(s * 1000);
  let w: World = { ...world, clock: now };
  const clockOnly = w;
  const due = (since: number, secs: number) => since + secs * 1000 <= now;
  for (const ep of Object.values(world.vpcEndpoints)) {
    if (
      ep.state === "pending" &&
      due(
        ep.stateChangedAt,
        ep.type === "GatewayLoadBalancer" ? TIMINGS.gwlbEndpointPending : TIMINGS.interfaceEndpointPending,
      )
    ) {
      const at =
        ep.stateChangedAt +
        (ep.type === "GatewayLoadBalancer" ? TIMINGS.gwlbEndpointPending : TIMINGS.interfaceEndpointPending) * 1000;
      w = put(w, "vpcEndpoints", ep.id, { ...ep, state: "available", stateChangedAt: at });
    } else if (ep.state === "deleting" && due(ep.stateChangedAt, TIMINGS.endpointDeleting)) {
      w = purgeEndpoint(w, ep.id);
    }
  }
  for (const nat of Object.values(world.natGateways)) {
    if (nat.state === "pending" && due(nat.stateChangedAt, TIMINGS.natGatewayPending)) {
      w = put(w, "natGateways", nat.id, {
        ...nat,
        state: "available",
        stateChangedAt: nat.stateChangedAt + TIMINGS.natGatewayPending * 1000,
      });
    } else if (nat.state === "deleting" && due(nat.stateChangedAt, TIMINGS.natGatewayDeleting)) {
      w = put(w, "natGateways", nat.id, {
        ...nat,
        state: "deleted",
        stateChangedAt: nat.stateChangedAt + TIMINGS.natGatewayDeleting * 1000,
      });
      w = remove(w, "networkInterfaces", nat.networkInterfaceId);
    }
  }
  for (const vpn of Object.values(world.vpnConnections)) {
    if (vpn.state === "pending" && due(vpn.stateChangedAt, TIMINGS.vpnConnectionPending)) {
      w = put(w, "vpnConnections", vpn.id, {
        ...vpn,
        state: "available",
        stateChangedAt: vpn.stateChangedAt + TIMINGS.vpnConnectionPending * 1000,
      });
    }
  }
  for (const pcx of Object.values(world.vpcPeeringConnections)) {
    if (pcx.status.code === "pending-acceptance" && pcx.expirationTime !== undefined && pcx.expirationTime <= now) {
      w = put(w, "vpcPeeringConnections", pcx.id, { ...pcx, status: { code: "expired", message: "Expired" } });
    }
  }
  const next = w === world ? world : refreshAll(w);
  // Nothing was due and refreshAll changed nothing: same content, new clock → share the caches.
  if (next === clockOnly) linkSameContent(next, world);
  return next;
}
