/**
 * Path tracer: "can this source reach that destination, and why (not)?" — an ordered list of hops
 * in the spirit of VPC Reachability Analyzer, then (for AWS API calls) endpoint/resource/identity
 * policy evaluation.
 */
import type {
  Eni,
  Instance,
  LoadBalancer,
  OnPremHost,
  OnPremNetwork,
  Route,
  VpcEndpoint,
  VpnConnection,
  World,
} from "./schema";
import type { AwsCallTarget, Flow, Hop, HopKind, TraceOutcome, TraceResult } from "./trace-types";
import { awsServiceByKey, parseAwsServiceName, publicHostOf, REGIONS } from "./catalog";
import { cidrContains, inCidr, isPrivateIp, parseCidr, parseIp } from "./ip";
import { callerOf, findPrincipal, roleArn } from "./world";
import { resolve as dnsResolve } from "./dns";
import { memoTable } from "./memo";
import { evaluateRequest } from "./policy";
import {
  aclOf,
  awsServiceAt,
  EPHEMERAL_PORT,
  eniAt,
  indexOf,
  lookupRoute,
  naclAllows,
  routeDestination,
  routeTableOf,
  routeTargetId,
  sgAllows,
  type Proto,
} from "./routing";

type Arrival =
  | { kind: "eni"; eni: Eni }
  | {
      kind: "aws";
      region: string;
      service: string;
      endpoint?: VpcEndpoint;
      sourceVpcId?: string;
      sourcePublicIp?: string;
    }
  | { kind: "internet"; ip: string }
  | { kind: "onprem"; host: OnPremHost }
  | { kind: "target"; eni: Eni };

type Path = { ok: true; arrival: Arrival } | { ok: false; outcome: "timeout" | "refused"; code: string };

interface T {
  world: World;
  hops: Hop[];
  port: number;
  proto: Proto;
}

function hop(t: T, kind: HopKind, resourceId: string, verdict: Hop["verdict"], code: string, message: string): void {
  t.hops.push({ kind, resourceId, verdict, code, message });
}

/** "tcp/443", "udp/53" or "ICMP" for messages. */
function flowDesc(t: T): string {
  return t.proto === "icmp" ? "ICMP" : `${t.proto}/${t.port}`;
}

function drop(
  t: T,
  kind: HopKind,
  resourceId: string,
  code: string,
  message: string,
  outcome: "timeout" | "refused" = "timeout",
): Path {
  hop(t, kind, resourceId, "block", code, message);
  return { ok: false, outcome, code };
}

// ── helpers ─────────────────────────────────────────────────────────────────
function vpcContains(world: World, vpcId: string, ip: string): boolean {
  const n = parseIp(ip);
  if (n === undefined) return false;
  return (world.vpcs[vpcId]?.cidrBlocks ?? []).some((b) => {
    const c = parseCidr(b);
    return !!c && cidrContains(c, n);
  });
}

/** Gateway endpoints in a VPC whose prefix list covers `ip`. */
function gatewayEndpointsCovering(world: World, vpcId: string, ip: string): VpcEndpoint[] {
  const n = parseIp(ip);
  if (n === undefined) return [];
  return (indexOf(world).endpointsByVpc.get(vpcId) ?? []).filter((ep) => {
    if (ep.type !== "Gateway" || ep.state !== "available") return false;
    const key = parseAwsServiceName(ep.serviceName)?.info.key;
    const pl = Object.values(world.prefixLists).find(
      (p) => p.ownerId === "AWS" && p.region === ep.region && p.service === key,
    );
    return !!pl && pl.cidrs.some((c) => inCidr(c, n));
  });
}

/** Gateway-endpoint prefix-list routes in a table that serve the same service in another region. */
function wrongRegionGatewayRoute(
  world: World,
  rtRoutes: Route[],
  ip: string,
): { route: Route; region: string } | undefined {
  const svc = awsServiceAt(ip);
  if (!svc) return undefined;
  for (const r of rtRoutes) {
    if (!r.destinationPrefixListId || !r.gatewayId?.startsWith("vpce-")) continue;
    const pl = world.prefixLists[r.destinationPrefixListId];
    if (pl && pl.service === svc.service && pl.region !== svc.region) return { route: r, region: pl.region };
  }
  return undefined;
}

function endpointOfEni(world: World, eni: Eni): VpcEndpoint | undefined {
  return indexOf(world).endpointByEni.get(eni.id);
}

function lbOfEni(world: World, eni: Eni): LoadBalancer | undefined {
  for (const lb of Object.values(world.loadBalancers)) if (lb.networkInterfaceIds.includes(eni.id)) return lb;
  return undefined;
}

function describeRoute(r: Route): string {
  return `${routeDestination(r)} → ${routeTargetId(r)}`;
}

// ── delivery into a VPC ─────────────────────────────────────────────────────
interface SourceInfo {
  ip: string;
  groupIds: string[];
  subnetId?: string;
  /** the original sender's public IPv4 (for the IGW's 1:1 NAT) */
  publicIp?: string;
}

function deliverInVpc(t: T, vpcId: string, destIp: string, src: SourceInfo): Path {
  const w = t.world;
  const eni = eniAt(w, vpcId, destIp);
  if (!eni)
    return drop(
      t,
      "host",
      vpcId,
      "NO_HOST_AT_ADDRESS",
      `Nothing in ${vpcId} has the address ${destIp}; the packets are dropped.`,
    );
  const dstSubnet = w.subnets[eni.subnetId];
  const crossSubnet = src.subnetId !== eni.subnetId;
  if (crossSubnet && dstSubnet) {
    const acl = aclOf(w, dstSubnet);
    const a = naclAllows(acl, false, src.ip, t.port, t.proto);
    if (!a.allowed)
      return drop(
        t,
        "nacl-in",
        acl?.id ?? "",
        "NACL_DENY",
        `Network ACL ${acl?.id} of ${dstSubnet.id} denies inbound ${flowDesc(t)} from ${src.ip} (rule ${a.ruleNumber}).`,
      );
    hop(
      t,
      "nacl-in",
      acl?.id ?? "",
      "pass",
      "NACL_ALLOWS",
      `Network ACL ${acl?.id} allows inbound ${flowDesc(t)} from ${src.ip} (rule ${a.ruleNumber}).`,
    );
  }
  const endpoint = eni.interfaceType === "vpc_endpoint" ? endpointOfEni(w, eni) : undefined;
  if (eni.groupIds.length > 0 || eni.interfaceType === "interface" || eni.interfaceType === "vpc_endpoint") {
    const s = sgAllows(w, eni.groupIds, "ingress", { ip: src.ip, groupIds: src.groupIds }, t.port, t.proto);
    const what = endpoint ? `the endpoint network interface ${eni.id}` : eni.id;
    if (!s.allowed) {
      const code = t.port === 443 && t.proto === "tcp" ? "SG_INGRESS_BLOCKS_443" : "SG_INGRESS_BLOCKS";
      return drop(
        t,
        "sg-ingress",
        eni.groupIds.join(",") || eni.id,
        code,
        `No inbound rule in ${eni.groupIds.join(", ") || "its security groups"} on ${what} allows ${flowDesc(t)} from ${src.ip}; ${t.proto === "tcp" ? "the SYN is" : "the packets are"} silently dropped.`,
      );
    }
    hop(
      t,
      "sg-ingress",
      s.groupId ?? "",
      "pass",
      "SG_INGRESS_ALLOWS",
      `Security group ${s.groupId} (rule ${s.ruleId}) on ${what} allows ${flowDesc(t)} from ${src.ip}.`,
    );
  }
  if (crossSubnet && dstSubnet) {
    const acl = aclOf(w, dstSubnet);
    const a = naclAllows(acl, true, src.ip, EPHEMERAL_PORT, t.proto);
    if (!a.allowed)
      return drop(
        t,
        "nacl-out",
        acl?.id ?? "",
        "NACL_RETURN_DENY",
        `Network ACLs are stateless: ${acl?.id} of ${dstSubnet.id} denies the reply to ${src.ip} on ephemeral ports (rule ${a.ruleNumber}).`,
      );
    if (src.subnetId) {
      const srcSubnet = w.subnets[src.subnetId];
      const acl2 = srcSubnet ? aclOf(w, srcSubnet) : undefined;
      const b = naclAllows(acl2, false, destIp, EPHEMERAL_PORT, t.proto);
      if (!b.allowed)
        return drop(
          t,
          "nacl-in",
          acl2?.id ?? "",
          "NACL_RETURN_DENY",
          `Network ACLs are stateless: ${acl2?.id} of ${src.subnetId} denies the reply from ${destIp} on ephemeral ports (rule ${b.ruleNumber}).`,
        );
    }
  }
  return { ok: true, arrival: { kind: "eni", eni } };
}

// ── the public internet ─────────────────────────────────────────────────────
function deliverPublic(t: T, destIp: string, srcPublicIp: string): Path {
  const w = t.world;
  const svc = awsServiceAt(destIp);
  if (svc) {
    hop(
      t,
      "service",
      `${svc.service}.${svc.region}`,
      "info",
      "PUBLIC_SERVICE_ENDPOINT",
      `${destIp} is a public ${svc.service.toUpperCase()} address in ${svc.region}; the request arrives from ${srcPublicIp} over the internet.`,
    );
    return {
      ok: true,
      arrival: { kind: "aws", region: svc.region, service: svc.service, sourcePublicIp: srcPublicIp },
    };
  }
  const eni = indexOf(w).eniByPublicIp.get(destIp);
  if (eni) {
    const igw = Object.values(w.internetGateways).find((g) => g.attachments.some((a) => a.vpcId === eni.vpcId));
    const subnet = w.subnets[eni.subnetId];
    const rt = subnet ? routeTableOf(w, subnet) : undefined;
    const back = rt ? lookupRoute(w, rt, srcPublicIp) : undefined;
    if (!igw || !back || !back.route.gatewayId?.startsWith("igw-") || back.route.state !== "active") {
      return drop(
        t,
        "igw",
        igw?.id ?? eni.vpcId,
        "NO_INTERNET_PATH_TO_TARGET",
        `${destIp} belongs to ${eni.id}, but its subnet has no active route to an internet gateway, so replies cannot return.`,
      );
    }
    hop(
      t,
      "igw",
      igw.id,
      "pass",
      "IGW_INBOUND",
      `Internet gateway ${igw.id} translates ${destIp} to ${eni.privateIpAddress}.`,
    );
    return deliverInVpc(t, eni.vpcId, eni.privateIpAddress, { ip: srcPublicIp, groupIds: [] });
  }
  if (isPrivateIp(parseIp(destIp) ?? 0))
    return drop(
      t,
      "internet",
      destIp,
      "PRIVATE_ADDRESS_ON_INTERNET",
      `${destIp} is a private address; it is not routable on the internet.`,
    );
  hop(t, "internet", destIp, "pass", "INTERNET_HOST", `${destIp} is reached over the public internet.`);
  return { ok: true, arrival: { kind: "internet", ip: destIp } };
}

/** Stateless NACLs: the reply from `peerIp` must be allowed back into the source subnet on an ephemeral port. */
function returnIntoSubnet(t: T, subnetId: string | undefined, peerIp: string): Path | undefined {
  if (!subnetId) return undefined;
  const subnet = t.world.subnets[subnetId];
  if (!subnet) return undefined;
  const acl = aclOf(t.world, subnet);
  const b = naclAllows(acl, false, peerIp, EPHEMERAL_PORT, t.proto);
  if (!b.allowed)
    return drop(
      t,
      "nacl-in",
      acl?.id ?? "",
      "NACL_RETURN_DENY",
      `Network ACLs are stateless: ${acl?.id} of ${subnetId} denies the replies from ${peerIp} on ephemeral ports (rule ${b.ruleNumber}).`,
    );
  return undefined;
}

// ── from an ENI inside a VPC ────────────────────────────────────────────────
function pathFromEni(t: T, eni: Eni, destIp: string, depth: number, srcOverride?: SourceInfo): Path {
  const w = t.world;
  if (depth > 6)
    return drop(t, "route", eni.id, "ROUTING_LOOP", "The packet loops between route targets and is dropped.");
  const subnet = w.subnets[eni.subnetId];
  const vpc = w.vpcs[eni.vpcId];
  if (!subnet || !vpc) return drop(t, "host", eni.id, "SOURCE_NOT_FOUND", `Source ${eni.id} is not in a subnet.`);
  const src: SourceInfo = srcOverride ?? {
    ip: eni.privateIpAddress,
    groupIds: eni.groupIds,
    subnetId: subnet.id,
    publicIp: eni.publicIp,
  };
  if (depth === 0 && (eni.interfaceType === "interface" || eni.groupIds.length > 0)) {
    const s = sgAllows(
      w,
      eni.groupIds,
      "egress",
      { ip: destIp, groupIds: eniAt(w, vpc.id, destIp)?.groupIds ?? [] },
      t.port,
      t.proto,
    );
    if (!s.allowed)
      return drop(
        t,
        "sg-egress",
        eni.groupIds.join(","),
        "SG_EGRESS_BLOCKS",
        `No outbound rule in ${eni.groupIds.join(", ")} allows ${flowDesc(t)} to ${destIp}.`,
      );
    hop(
      t,
      "sg-egress",
      s.groupId ?? "",
      "pass",
      "SG_EGRESS_ALLOWS",
      `Security group ${s.groupId} (rule ${s.ruleId}) allows outbound ${flowDesc(t)} to ${destIp}.`,
    );
  }
  const rt = routeTableOf(w, subnet);
  if (!rt) return drop(t, "route", subnet.id, "NO_ROUTE", `Subnet ${subnet.id} has no route table.`);
  const m = lookupRoute(w, rt, destIp);
  const sameSubnetLocal =
    m?.route.gatewayId === "local" &&
    (() => {
      const d = eniAt(w, vpc.id, destIp);
      return d?.subnetId === subnet.id;
    })();
  if (!sameSubnetLocal && depth === 0) {
    const acl = aclOf(w, subnet);
    const a = naclAllows(acl, true, destIp, t.port, t.proto);
    if (!a.allowed)
      return drop(
        t,
        "nacl-out",
        acl?.id ?? "",
        "NACL_DENY",
        `Network ACL ${acl?.id} of ${subnet.id} denies outbound ${flowDesc(t)} to ${destIp} (rule ${a.ruleNumber}).`,
      );
    hop(
      t,
      "nacl-out",
      acl?.id ?? "",
      "pass",
      "NACL_ALLOWS",
      `Network ACL ${acl?.id} allows outbound ${flowDesc(t)} to ${destIp} (rule ${a.ruleNumber}).`,
    );
  }
  if (!m) {
    const wrong = wrongRegionGatewayRoute(w, rt.routes, destIp);
    if (wrong) {
      const svc = awsServiceAt(destIp);
      return drop(
        t,
        "route",
        rt.id,
        "GATEWAY_ENDPOINT_WRONG_REGION",
        `${rt.id} has a gateway endpoint route for ${svc?.service} in ${wrong.region} (${wrong.route.destinationPrefixListId}), but ${destIp} is in ${svc?.region}. Gateway endpoints only serve their own Region, and there is no other route: the packets are dropped.`,
      );
    }
    const unassociated = gatewayEndpointsCovering(w, vpc.id, destIp).filter((ep) => !ep.routeTableIds.includes(rt.id));
    if (unassociated.length > 0) {
      return drop(
        t,
        "route",
        rt.id,
        "GATEWAY_ENDPOINT_NOT_ASSOCIATED",
        `Gateway endpoint ${unassociated[0].id} covers ${destIp}, but route table ${rt.id} is not associated with it, so this subnet has no route for ${destIp}. Add the route table to the endpoint (modify-vpc-endpoint --add-route-table-ids ${rt.id}).`,
      );
    }
    for (const pcx of Object.values(w.vpcPeeringConnections)) {
      if (pcx.status.code !== "active") continue;
      const peer =
        pcx.requester.vpcId === vpc.id
          ? pcx.accepter.vpcId
          : pcx.accepter.vpcId === vpc.id
            ? pcx.requester.vpcId
            : undefined;
      if (peer && gatewayEndpointsCovering(w, peer, destIp).length > 0) {
        return drop(
          t,
          "route",
          rt.id,
          "GATEWAY_ENDPOINT_NOT_REACHABLE_FROM_PEERED_VPC",
          `The peered VPC ${peer} has a gateway endpoint covering ${destIp}, but gateway endpoints cannot be used from a peered VPC; ${rt.id} has no route for ${destIp}.`,
        );
      }
    }
    return drop(
      t,
      "route",
      rt.id,
      "NO_ROUTE",
      `Route table ${rt.id} has no route that matches ${destIp}; the packets are dropped and the client times out.`,
    );
  }
  const r = m.route;
  if (r.state === "blackhole")
    return drop(
      t,
      "route",
      rt.id,
      "BLACKHOLE_ROUTE",
      `The best route in ${rt.id} (${describeRoute(r)}) is a blackhole: its target no longer exists or is not attached.`,
    );
  // local
  if (r.gatewayId === "local") {
    hop(
      t,
      "route",
      rt.id,
      "pass",
      "ROUTE_LOCAL",
      `${rt.id}: ${destIp} matches the local route ${r.destinationCidrBlock}; it stays inside ${vpc.id}.`,
    );
    return deliverInVpc(t, vpc.id, destIp, src);
  }
  // internet gateway
  if (r.gatewayId?.startsWith("igw-")) {
    hop(
      t,
      "route",
      rt.id,
      "pass",
      "ROUTE_VIA_IGW",
      `${rt.id}: ${destIp} matches ${describeRoute(r)} (internet gateway).`,
    );
    const pub = src.publicIp;
    const wrong = wrongRegionGatewayRoute(w, rt.routes, destIp);
    if (wrong)
      hop(
        t,
        "route",
        rt.id,
        "info",
        "GATEWAY_ENDPOINT_WRONG_REGION",
        `The gateway endpoint route ${wrong.route.destinationPrefixListId} serves ${wrong.region} only; this traffic leaves through the internet gateway instead.`,
      );
    if (!pub)
      return drop(
        t,
        "igw",
        r.gatewayId,
        "NO_PUBLIC_IP",
        `${src.ip} has no public IPv4 address, so the internet gateway cannot translate its traffic; the packets are dropped.`,
      );
    hop(
      t,
      "igw",
      r.gatewayId,
      "pass",
      "IGW_TRANSLATES",
      `Internet gateway ${r.gatewayId} translates ${src.ip} to ${pub}.`,
    );
    const back = returnIntoSubnet(t, src.subnetId, destIp);
    if (back) return back;
    return deliverPublic(t, destIp, pub);
  }
  // NAT gateway
  if (r.natGatewayId) {
    const nat = w.natGateways[r.natGatewayId];
    hop(t, "route", rt.id, "pass", "ROUTE_VIA_NAT", `${rt.id}: ${destIp} matches ${describeRoute(r)} (NAT gateway).`);
    const wrong = wrongRegionGatewayRoute(w, rt.routes, destIp);
    if (wrong)
      hop(
        t,
        "route",
        rt.id,
        "info",
        "GATEWAY_ENDPOINT_WRONG_REGION",
        `The gateway endpoint route ${wrong.route.destinationPrefixListId} serves ${wrong.region} only; ${destIp} is elsewhere, so this traffic takes the NAT gateway and bypasses the endpoint and its policy.`,
      );
    if (!nat || nat.state !== "available")
      return drop(
        t,
        "nat",
        r.natGatewayId,
        "NAT_NOT_AVAILABLE",
        `NAT gateway ${r.natGatewayId} is ${nat?.state ?? "gone"}; traffic is dropped.`,
      );
    const natSubnet = w.subnets[nat.subnetId];
    const natEni = w.networkInterfaces[nat.networkInterfaceId];
    if (nat.connectivityType === "private" || !natSubnet || !natEni) {
      hop(
        t,
        "nat",
        nat.id,
        "pass",
        "NAT_PRIVATE",
        `Private NAT gateway ${nat.id} translates the source to ${nat.privateIp}.`,
      );
      return natEni
        ? pathFromEni(t, natEni, destIp, depth + 1, { ip: nat.privateIp, groupIds: [], subnetId: nat.subnetId })
        : drop(t, "nat", nat.id, "NAT_NOT_AVAILABLE", "The NAT gateway has no interface.");
    }
    const natRt = routeTableOf(w, natSubnet);
    const nm = natRt ? lookupRoute(w, natRt, destIp) : undefined;
    if (!nm || !nm.route.gatewayId?.startsWith("igw-") || nm.route.state !== "active") {
      return drop(
        t,
        "nat",
        nat.id,
        "NAT_NO_INTERNET_ROUTE",
        `NAT gateway ${nat.id} sits in ${natSubnet.id}, whose route table has no active route to an internet gateway for ${destIp}; traffic is dropped.`,
      );
    }
    const back = returnIntoSubnet(t, src.subnetId, destIp);
    if (back) return back;
    hop(
      t,
      "nat",
      nat.id,
      "pass",
      "NAT_TRANSLATES",
      `NAT gateway ${nat.id} translates ${src.ip} to its public address ${nat.publicIp}.`,
    );
    hop(
      t,
      "igw",
      nm.route.gatewayId,
      "pass",
      "IGW_TRANSLATES",
      `The NAT gateway's subnet routes ${destIp} to internet gateway ${nm.route.gatewayId}.`,
    );
    return deliverPublic(t, destIp, nat.publicIp ?? nat.privateIp);
  }
  // VPC endpoints as route targets (gateway / GWLB)
  if (r.gatewayId?.startsWith("vpce-")) {
    const ep = w.vpcEndpoints[r.gatewayId];
    if (!ep) return drop(t, "route", rt.id, "BLACKHOLE_ROUTE", `Route target ${r.gatewayId} no longer exists.`);
    if (ep.type === "Gateway") {
      const key = parseAwsServiceName(ep.serviceName)?.info.key ?? "";
      hop(
        t,
        "route",
        rt.id,
        "pass",
        "ROUTE_VIA_GATEWAY_ENDPOINT",
        `${rt.id}: ${destIp} is in prefix list ${r.destinationPrefixListId} (/${m.prefix} beats any shorter route such as 0.0.0.0/0), target ${ep.id}.`,
      );
      if (ep.state !== "available")
        return drop(t, "vpce-gateway", ep.id, "ENDPOINT_NOT_AVAILABLE", `Gateway endpoint ${ep.id} is ${ep.state}.`);
      const back = returnIntoSubnet(t, src.subnetId, destIp);
      if (back) return back;
      hop(
        t,
        "vpce-gateway",
        ep.id,
        "pass",
        "GATEWAY_ENDPOINT",
        `Gateway endpoint ${ep.id} carries the traffic to ${key.toUpperCase()} in ${ep.region} privately, without an internet gateway or NAT.`,
      );
      return { ok: true, arrival: { kind: "aws", region: ep.region, service: key, endpoint: ep, sourceVpcId: vpc.id } };
    }
    if (ep.type === "GatewayLoadBalancer") {
      hop(
        t,
        "route",
        rt.id,
        "pass",
        "ROUTE_VIA_GWLB_ENDPOINT",
        `${rt.id}: ${destIp} matches ${describeRoute(r)} (Gateway Load Balancer endpoint).`,
      );
      if (ep.state !== "available")
        return drop(
          t,
          "vpce-gwlb",
          ep.id,
          "ENDPOINT_NOT_AVAILABLE",
          `Gateway Load Balancer endpoint ${ep.id} is ${ep.state}; traffic is dropped.`,
        );
      const epEni = w.networkInterfaces[ep.networkInterfaceIds[0] ?? ""];
      const svc = Object.values(w.endpointServices).find((x) => x.serviceName === ep.serviceName);
      const gwlb = svc ? w.loadBalancers[svc.gatewayLoadBalancerArns[0] ?? ""] : undefined;
      const healthy = gwlb?.listeners.some((l) =>
        (w.targetGroups[l.targetGroupArn]?.targets ?? []).some(
          (x) => w.instances[x.id]?.state === "running" || !w.instances[x.id],
        ),
      );
      if (!healthy)
        return drop(
          t,
          "vpce-gwlb",
          ep.id,
          "GWLB_NO_HEALTHY_TARGET",
          `The Gateway Load Balancer behind ${ep.id} has no healthy appliance; traffic is dropped (it fails closed).`,
        );
      hop(
        t,
        "vpce-gwlb",
        ep.id,
        "pass",
        "GWLB_INSPECTED",
        `Traffic is sent through ${ep.id} to the inspection appliances behind the Gateway Load Balancer and comes back.`,
      );
      if (!epEni)
        return drop(t, "vpce-gwlb", ep.id, "ENDPOINT_NOT_AVAILABLE", "The endpoint has no network interface.");
      return pathFromEni(t, epEni, destIp, depth + 1, src);
    }
    return drop(t, "route", rt.id, "BLACKHOLE_ROUTE", `Route target ${ep.id} cannot carry traffic.`);
  }
  // virtual private gateway
  if (r.gatewayId?.startsWith("vgw-")) {
    hop(
      t,
      "route",
      rt.id,
      "pass",
      "ROUTE_VIA_VGW",
      `${rt.id}: ${destIp} matches ${describeRoute(r)} (${r.origin === "EnableVgwRoutePropagation" ? "propagated" : "static"} route to the virtual private gateway).`,
    );
    return vgwToOnPrem(t, r.gatewayId, destIp);
  }
  // peering
  if (r.vpcPeeringConnectionId) {
    const pcx = w.vpcPeeringConnections[r.vpcPeeringConnectionId];
    hop(
      t,
      "route",
      rt.id,
      "pass",
      "ROUTE_VIA_PEERING",
      `${rt.id}: ${destIp} matches ${describeRoute(r)} (VPC peering).`,
    );
    if (!pcx || pcx.status.code !== "active")
      return drop(
        t,
        "pcx",
        r.vpcPeeringConnectionId,
        "PEERING_NOT_ACTIVE",
        `Peering connection ${r.vpcPeeringConnectionId} is ${pcx?.status.code ?? "gone"}.`,
      );
    const peer = pcx.requester.vpcId === vpc.id ? pcx.accepter.vpcId : pcx.requester.vpcId;
    if (!vpcContains(w, peer, destIp)) {
      if (gatewayEndpointsCovering(w, peer, destIp).length > 0) {
        return drop(
          t,
          "pcx",
          pcx.id,
          "GATEWAY_ENDPOINT_NOT_REACHABLE_FROM_PEERED_VPC",
          `${peer} has a gateway endpoint for ${destIp}, but traffic arriving over peering connection ${pcx.id} cannot use it (no edge-to-edge routing).`,
        );
      }
      return drop(
        t,
        "pcx",
        pcx.id,
        "PEERING_NO_TRANSIT",
        `${destIp} is not inside the peer VPC ${peer}; VPC peering is not transitive, so the peer drops the packets.`,
      );
    }
    hop(t, "pcx", pcx.id, "pass", "PEERING_ACTIVE", `Peering connection ${pcx.id} delivers the packets into ${peer}.`);
    const dst = eniAt(w, peer, destIp);
    if (dst) {
      const dstSubnet = w.subnets[dst.subnetId];
      const backRt = dstSubnet ? routeTableOf(w, dstSubnet) : undefined;
      const back = backRt ? lookupRoute(w, backRt, src.ip) : undefined;
      if (!back || back.route.vpcPeeringConnectionId !== pcx.id || back.route.state !== "active") {
        return drop(
          t,
          "route",
          backRt?.id ?? peer,
          "NO_RETURN_ROUTE",
          `${backRt?.id ?? "The destination's route table"} has no route back to ${src.ip} through ${pcx.id}; replies are lost.`,
        );
      }
    }
    return deliverInVpc(t, peer, destIp, { ip: src.ip, groupIds: src.groupIds });
  }
  // transit gateway
  if (r.transitGatewayId) {
    hop(
      t,
      "route",
      rt.id,
      "pass",
      "ROUTE_VIA_TGW",
      `${rt.id}: ${destIp} matches ${describeRoute(r)} (transit gateway).`,
    );
    return viaTransitGateway(t, r.transitGatewayId, vpc.id, destIp, src, depth);
  }
  // an appliance ENI / instance
  if (r.networkInterfaceId) {
    const next = w.networkInterfaces[r.networkInterfaceId];
    hop(
      t,
      "route",
      rt.id,
      "pass",
      "ROUTE_VIA_ENI",
      `${rt.id}: ${destIp} matches ${describeRoute(r)} (network interface).`,
    );
    if (!next)
      return drop(t, "route", rt.id, "BLACKHOLE_ROUTE", `Network interface ${r.networkInterfaceId} no longer exists.`);
    if (next.sourceDestCheck)
      return drop(
        t,
        "host",
        next.id,
        "SOURCE_DEST_CHECK",
        `${next.id} has source/destination check enabled, so it drops traffic not addressed to itself.`,
      );
    hop(t, "host", next.id, "info", "APPLIANCE_FORWARDS", `Appliance ${next.id} forwards the traffic.`);
    return pathFromEni(t, next, destIp, depth + 1, src);
  }
  return drop(t, "route", rt.id, "UNSUPPORTED_TARGET", `Route target ${routeTargetId(r)} is not simulated.`);
}

// ── transit gateway ─────────────────────────────────────────────────────────
function viaTransitGateway(
  t: T,
  tgwId: string,
  fromVpcId: string,
  destIp: string,
  src: SourceInfo,
  depth: number,
): Path {
  const w = t.world;
  const tgw = w.transitGateways?.[tgwId];
  if (!tgw || tgw.state !== "available")
    return drop(t, "tgw", tgwId, "BLACKHOLE_ROUTE", `Transit gateway ${tgwId} is not available.`);
  const n = parseIp(destIp) ?? 0;
  let best: (typeof tgw.routes)[number] | undefined;
  let bestLen = -1;
  for (const r of tgw.routes) {
    const c = parseCidr(r.destinationCidrBlock);
    if (c && cidrContains(c, n) && (c.prefix > bestLen || (c.prefix === bestLen && r.type === "static"))) {
      best = r;
      bestLen = c.prefix;
    }
  }
  if (!best)
    return drop(
      t,
      "tgw",
      tgw.id,
      "TGW_NO_ROUTE",
      `The transit gateway route table of ${tgw.id} has no route for ${destIp}.`,
    );
  if (best.state === "blackhole")
    return drop(
      t,
      "tgw",
      tgw.id,
      "BLACKHOLE_ROUTE",
      `The transit gateway route ${best.destinationCidrBlock} is a blackhole.`,
    );
  const att = tgw.attachments.find((a) => a.id === best?.attachmentId && a.state === "available");
  if (!att || att.vpcId === fromVpcId)
    return drop(
      t,
      "tgw",
      tgw.id,
      "TGW_NO_ROUTE",
      `The transit gateway route ${best.destinationCidrBlock} does not lead anywhere useful.`,
    );
  hop(
    t,
    "tgw",
    tgw.id,
    "pass",
    "TGW_FORWARDS",
    `Transit gateway ${tgw.id} forwards ${destIp} (${best.type} route ${best.destinationCidrBlock}) to attachment ${att.id} in ${att.vpcId}.`,
  );
  if (vpcContains(w, att.vpcId, destIp)) {
    const dst = eniAt(w, att.vpcId, destIp);
    if (dst) {
      const dstSubnet = w.subnets[dst.subnetId];
      const backRt = dstSubnet ? routeTableOf(w, dstSubnet) : undefined;
      const back = backRt ? lookupRoute(w, backRt, src.ip) : undefined;
      if (!back || back.route.transitGatewayId !== tgw.id || back.route.state !== "active") {
        return drop(
          t,
          "route",
          backRt?.id ?? att.vpcId,
          "NO_RETURN_ROUTE",
          `${backRt?.id ?? "The destination's route table"} has no route back to ${src.ip} through ${tgw.id}; replies are lost.`,
        );
      }
    }
    return deliverInVpc(t, att.vpcId, destIp, { ip: src.ip, groupIds: [] });
  }
  // the packet enters the attached VPC and is routed by the attachment subnet's route table
  const attSubnet = w.subnets[att.subnetIds[0] ?? ""];
  const attRt = attSubnet ? routeTableOf(w, attSubnet) : undefined;
  const m = attRt ? lookupRoute(w, attRt, destIp) : undefined;
  if (m && m.route.gatewayId?.startsWith("vpce-") && w.vpcEndpoints[m.route.gatewayId]?.type === "Gateway") {
    return drop(
      t,
      "tgw",
      att.id,
      "GATEWAY_ENDPOINT_NOT_REACHABLE_THROUGH_TRANSIT_GATEWAY",
      `${att.vpcId} has a gateway endpoint for ${destIp}, but traffic arriving through transit gateway ${tgw.id} cannot use a gateway endpoint; use an interface endpoint in the shared VPC instead.`,
    );
  }
  if (!m && gatewayEndpointsCovering(w, att.vpcId, destIp).length > 0) {
    return drop(
      t,
      "tgw",
      att.id,
      "GATEWAY_ENDPOINT_NOT_REACHABLE_THROUGH_TRANSIT_GATEWAY",
      `${att.vpcId} has a gateway endpoint for ${destIp}, but traffic arriving through transit gateway ${tgw.id} cannot use a gateway endpoint; use an interface endpoint instead.`,
    );
  }
  if (!attSubnet) return drop(t, "tgw", att.id, "TGW_NO_ROUTE", `Attachment ${att.id} has no subnet.`);
  const virtualEni: Eni = {
    id: att.id,
    ownerId: tgw.ownerId,
    subnetId: attSubnet.id,
    vpcId: att.vpcId,
    az: attSubnet.az,
    privateIpAddress: src.ip,
    groupIds: [],
    interfaceType: "interface",
    description: `Transit gateway attachment ${att.id}`,
    requesterManaged: true,
    sourceDestCheck: false,
    status: "in-use",
    tags: [],
  };
  return pathFromEni(t, virtualEni, destIp, depth + 1, { ip: src.ip, groupIds: [], subnetId: attSubnet.id });
}

// ── VPN ─────────────────────────────────────────────────────────────────────
function vpnsOnVgw(w: World, vgwId: string): VpnConnection[] {
  return Object.values(w.vpnConnections).filter((v) => v.vpnGatewayId === vgwId && v.state !== "deleted");
}

function vgwToOnPrem(t: T, vgwId: string, destIp: string): Path {
  const w = t.world;
  const n = parseIp(destIp) ?? 0;
  const vpns = vpnsOnVgw(w, vgwId);
  if (vpns.length === 0)
    return drop(t, "vgw", vgwId, "NO_VPN_CONNECTION", `Virtual private gateway ${vgwId} has no VPN connection.`);
  const candidates = vpns.filter((v) => {
    const net = w.onPremNetworks[w.customerGateways[v.customerGatewayId]?.onPremNetworkId ?? ""];
    return net && inCidr(net.cidrBlock, n);
  });
  if (candidates.length === 0)
    return drop(
      t,
      "vgw",
      vgwId,
      "NO_VPN_FOR_DESTINATION",
      `None of the VPN connections on ${vgwId} leads to ${destIp}.`,
    );
  const up = candidates.find((v) => v.state === "available" && v.tunnels.some((x) => x.status === "UP"));
  if (!up)
    return drop(
      t,
      "tunnel",
      candidates[0].id,
      "TUNNEL_DOWN",
      `Both tunnels of ${candidates[0].id} are DOWN (or the connection is ${candidates[0].state}); the virtual private gateway drops the traffic.`,
    );
  if (up.staticRoutesOnly && !up.routes.some((r) => inCidr(r.destinationCidrBlock, n))) {
    return drop(
      t,
      "vgw",
      vgwId,
      "VPN_STATIC_ROUTE_MISSING",
      `${up.id} uses static routing and has no static route covering ${destIp}.`,
    );
  }
  const tIdx = up.tunnels.findIndex((x) => x.status === "UP");
  hop(t, "vgw", vgwId, "pass", "VGW_FORWARDS", `Virtual private gateway ${vgwId} sends the traffic into ${up.id}.`);
  hop(
    t,
    "tunnel",
    up.id,
    "pass",
    "TUNNEL_UP",
    `Tunnel ${tIdx + 1} (${up.tunnels[tIdx].outsideIpAddress}) is UP; the packet is encrypted with IPsec ESP and crosses the internet.`,
  );
  const cgw = w.customerGateways[up.customerGatewayId];
  const net = w.onPremNetworks[cgw?.onPremNetworkId ?? ""] as OnPremNetwork;
  const host = Object.values(w.onPremHosts).find((h) => h.networkId === net.id && h.ip === destIp);
  if (!host) return drop(t, "host", net.id, "NO_HOST_AT_ADDRESS", `No on-premises host has the address ${destIp}.`);
  return { ok: true, arrival: { kind: "onprem", host } };
}

function pathFromOnPrem(t: T, host: OnPremHost, destIp: string): Path {
  const w = t.world;
  const net = w.onPremNetworks[host.networkId];
  if (!net) return drop(t, "host", host.id, "SOURCE_NOT_FOUND", `Host ${host.name} has no network.`);
  const n = parseIp(destIp);
  if (n === undefined) return drop(t, "host", host.id, "BAD_ADDRESS", `${destIp} is not an IPv4 address.`);
  if (inCidr(net.cidrBlock, n)) {
    const h = Object.values(w.onPremHosts).find((x) => x.networkId === net.id && x.ip === destIp);
    if (!h) return drop(t, "host", net.id, "NO_HOST_AT_ADDRESS", `No host at ${destIp} in ${net.name}.`);
    hop(t, "route", net.id, "pass", "ON_PREM_LOCAL", `${destIp} is on the same on-premises network.`);
    return { ok: true, arrival: { kind: "onprem", host: h } };
  }
  const vpns = Object.values(w.vpnConnections).filter(
    (v) => w.customerGateways[v.customerGatewayId]?.onPremNetworkId === net.id && v.state !== "deleted",
  );
  const vpcOf = (v: VpnConnection) =>
    w.vpnGateways[v.vpnGatewayId]?.attachments.find((a) => a.state === "attached")?.vpcId;
  const target = vpns.find((v) => {
    const vpcId = vpcOf(v);
    return vpcId !== undefined && vpcContains(w, vpcId, destIp);
  });
  const cgwIp = w.customerGateways[vpns[0]?.customerGatewayId ?? ""]?.ipAddress || "198.51.100.10";
  if (target) {
    const vpcId = vpcOf(target) as string;
    hop(
      t,
      "route",
      net.id,
      "pass",
      "ON_PREM_ROUTE_TO_VPN",
      `The on-premises router sends ${destIp} to the customer gateway ${target.customerGatewayId}.`,
    );
    const upIdx = target.tunnels.findIndex((x) => x.status === "UP");
    if (target.state !== "available" || upIdx < 0) {
      return drop(
        t,
        "tunnel",
        target.id,
        "TUNNEL_DOWN",
        `Both tunnels of ${target.id} are DOWN (connection ${target.state}); nothing reaches AWS.`,
      );
    }
    hop(
      t,
      "tunnel",
      target.id,
      "pass",
      "TUNNEL_UP",
      `Tunnel ${upIdx + 1} (${target.tunnels[upIdx].outsideIpAddress}) is UP; the packet is encrypted with IPsec ESP.`,
    );
    hop(
      t,
      "vgw",
      target.vpnGatewayId,
      "pass",
      "VGW_DELIVERS",
      `Virtual private gateway ${target.vpnGatewayId} decrypts the packet and delivers it into ${vpcId}.`,
    );
    if (target.staticRoutesOnly && !target.routes.some((r) => inCidr(r.destinationCidrBlock, parseIp(host.ip) ?? 0))) {
      return drop(
        t,
        "vgw",
        target.vpnGatewayId,
        "VPN_STATIC_ROUTE_MISSING",
        `${target.id} uses static routing and has no static route for ${host.ip}; replies cannot be sent back.`,
      );
    }
    const dst = eniAt(w, vpcId, destIp);
    if (dst) {
      const subnet = w.subnets[dst.subnetId];
      const rt = subnet ? routeTableOf(w, subnet) : undefined;
      const back = rt ? lookupRoute(w, rt, host.ip) : undefined;
      if (!back || back.route.gatewayId !== target.vpnGatewayId || back.route.state !== "active") {
        return drop(
          t,
          "route",
          rt?.id ?? vpcId,
          "NO_RETURN_ROUTE",
          `${rt?.id ?? "The destination's route table"} has no route back to ${host.ip} through ${target.vpnGatewayId} (add a static route or enable route propagation); replies are lost.`,
        );
      }
      hop(
        t,
        "route",
        rt?.id ?? "",
        "pass",
        "RETURN_ROUTE_VIA_VGW",
        `${rt?.id} routes replies to ${host.ip} back through ${target.vpnGatewayId} (${back.route.origin === "EnableVgwRoutePropagation" ? "propagated" : "static"} route).`,
      );
    }
    return deliverInVpc(t, vpcId, destIp, { ip: host.ip, groupIds: [] });
  }
  const connectedVpcs = vpns.map(vpcOf).filter((x): x is string => !!x);
  const gwHint = connectedVpcs.some((v) => gatewayEndpointsCovering(w, v, destIp).length > 0);
  if (isPrivateIp(n)) {
    return drop(t, "route", net.id, "NO_ROUTE", `The on-premises network has no route to ${destIp}.`);
  }
  if (net.defaultRouteViaVpn) {
    const up = vpns.find((v) => v.state === "available" && v.tunnels.some((x) => x.status === "UP"));
    if (up) {
      hop(t, "tunnel", up.id, "pass", "TUNNEL_UP", `The site sends all traffic, including ${destIp}, over ${up.id}.`);
      if (gwHint) {
        return drop(
          t,
          "vgw",
          up.vpnGatewayId,
          "GATEWAY_ENDPOINT_NOT_REACHABLE_FROM_ON_PREM",
          `Gateway endpoints only serve traffic that originates in the VPC. Traffic from on-premises over the VPN cannot use them; use an interface endpoint instead.`,
        );
      }
      return drop(
        t,
        "vgw",
        up.vpnGatewayId,
        "VGW_NO_TRANSIT",
        `A virtual private gateway only delivers to addresses inside its VPC; ${destIp} is dropped.`,
      );
    }
  }
  if (net.internetAccess) {
    hop(
      t,
      "internet",
      net.id,
      "pass",
      "ON_PREM_INTERNET_BREAKOUT",
      `The site reaches ${destIp} through its own internet connection${gwHint ? " — not through the VPN or the VPC's gateway endpoint, which on-premises traffic cannot use" : ""}.`,
    );
    return deliverPublic(t, destIp, cgwIp);
  }
  if (gwHint) {
    return drop(
      t,
      "route",
      net.id,
      "GATEWAY_ENDPOINT_NOT_REACHABLE_FROM_ON_PREM",
      `The site has no internet access and gateway endpoints cannot be reached from on-premises over VPN or Direct Connect; use an interface endpoint.`,
    );
  }
  return drop(
    t,
    "route",
    net.id,
    "NO_ROUTE",
    `The on-premises network has no route to ${destIp} (no internet access).`,
  );
}

// ── PrivateLink provider side ───────────────────────────────────────────────
function throughNlb(t: T, lb: LoadBalancer, viaIp: string): Path {
  const w = t.world;
  const listener = lb.listeners.find((l) => l.port === t.port);
  if (!listener)
    return drop(t, "nlb", lb.arn, "NLB_NO_LISTENER", `Load balancer ${lb.name} has no listener on port ${t.port}.`);
  hop(
    t,
    "nlb",
    lb.arn,
    "pass",
    "NLB_LISTENER",
    `Load balancer ${lb.name} accepts ${flowDesc(t)} and forwards to its target group; the target sees the load balancer's private IP ${viaIp} as the source.`,
  );
  const tg = w.targetGroups[listener.targetGroupArn];
  for (const target of tg?.targets ?? []) {
    const inst = w.instances[target.id];
    const eni = inst
      ? w.networkInterfaces[inst.networkInterfaceId]
      : Object.values(w.networkInterfaces).find((e) => e.privateIpAddress === target.id && e.vpcId === lb.vpcId);
    if (!eni) continue;
    if (inst && (inst.state !== "running" || !inst.listeningPorts.includes(target.port))) continue;
    const s = sgAllows(w, eni.groupIds, "ingress", { ip: viaIp, groupIds: [] }, target.port, t.proto);
    if (!s.allowed) continue;
    hop(
      t,
      "sg-ingress",
      s.groupId ?? "",
      "pass",
      "SG_INGRESS_ALLOWS",
      `Target ${target.id} (port ${target.port}) is healthy and its security group ${s.groupId} allows the load balancer.`,
    );
    hop(t, "host", target.id, "pass", "TARGET_REACHED", `The request reaches target ${target.id}.`);
    return { ok: true, arrival: { kind: "target", eni } };
  }
  return drop(
    t,
    "nlb",
    lb.arn,
    "NLB_NO_HEALTHY_TARGET",
    `Load balancer ${lb.name} has no healthy target for port ${t.port} (no targets, not running, not listening, or their security groups block the load balancer).`,
  );
}

function throughCustomEndpoint(t: T, ep: VpcEndpoint, eni: Eni): Path {
  const w = t.world;
  const svc = Object.values(w.endpointServices).find((s) => s.serviceName === ep.serviceName);
  if (!svc)
    return drop(
      t,
      "endpoint-service",
      ep.serviceName,
      "ENDPOINT_SERVICE_GONE",
      `The endpoint service ${ep.serviceName} no longer exists.`,
    );
  hop(
    t,
    "endpoint-service",
    svc.id,
    "pass",
    "PRIVATELINK",
    `PrivateLink carries the connection one-way from ${ep.id} in the consumer VPC to service ${svc.id} in ${svc.ownerId}; the consumer's and provider's address ranges may overlap.`,
  );
  const lb = w.loadBalancers[svc.networkLoadBalancerArns.find((a) => w.loadBalancers[a]) ?? ""];
  if (!lb) return drop(t, "nlb", svc.id, "NLB_MISSING", `Endpoint service ${svc.id} has no load balancer.`);
  const lbEni =
    lb.networkInterfaceIds.map((id) => w.networkInterfaces[id]).find((e) => e && e.az === eni.az) ??
    w.networkInterfaces[lb.networkInterfaceIds[0] ?? ""];
  return throughNlb(t, lb, lbEni?.privateIpAddress ?? "");
}

// ── the AWS service: policies and service errors ────────────────────────────
interface Finish {
  outcome: TraceOutcome;
  code: string;
  extra?: Partial<TraceResult>;
}

function awsCallAt(
  t: T,
  arrival: Extract<Arrival, { kind: "aws" }>,
  call: AwsCallTarget,
  caller: { arn: string; accountId: string; roleArn?: string; policies: string[]; isRoot: boolean },
): Finish | { redirectTo: string } {
  const w = t.world;
  const service = call.service.toLowerCase();
  if (arrival.service !== service) {
    return { outcome: "refused", code: "WRONG_SERVICE", extra: {} };
  }
  const ep = arrival.endpoint;
  const epPolicy = ep && awsServiceByKey(service)?.policySupported ? ep.policyDocument : undefined;
  const context: Record<string, string | undefined> = {
    "aws:PrincipalAccount": caller.accountId,
    "aws:PrincipalArn": caller.roleArn ?? caller.arn,
    "aws:SecureTransport": "true",
    "aws:SourceVpce": ep?.id,
    "aws:SourceVpc": ep ? ep.vpcId : undefined,
    "aws:SourceIp": ep ? undefined : arrival.sourcePublicIp,
    "aws:RequestedRegion": arrival.region,
  };
  let resourceArn = call.resourceArn ?? "*";
  let resourcePolicy: string | undefined;
  let resourceOwner: string | undefined;
  let notFound: { code: string; message: string } | undefined;
  if (service === "s3") {
    if (call.bucket) {
      const b = w.buckets[call.bucket];
      resourceArn =
        call.action.toLowerCase() === "s3:listbucket" || !call.key
          ? `arn:aws:s3:::${call.bucket}`
          : `arn:aws:s3:::${call.bucket}/${call.key}`;
      if (!b) notFound = { code: "NoSuchBucket", message: "The specified bucket does not exist" };
      else {
        if (b.region !== arrival.region) return { redirectTo: b.region };
        resourcePolicy = b.policy;
        resourceOwner = b.ownerId;
        context["s3:ResourceAccount"] = b.ownerId;
        if (call.key && /getobject|headobject/i.test(call.action) && !b.objects[call.key])
          notFound = { code: "NoSuchKey", message: "The specified key does not exist." };
      }
    } else {
      resourceArn = "arn:aws:s3:::*";
    }
  } else if (call.resourceArn) {
    const q = w.sqsQueues[call.resourceArn];
    const d = w.dynamoTables[call.resourceArn];
    const k = w.kmsKeys[call.resourceArn] ?? Object.values(w.kmsKeys).find((x) => x.arn === call.resourceArn);
    const item = service === "sqs" ? q : service === "dynamodb" ? d : service === "kms" ? k : undefined;
    if (!item || item.region !== arrival.region) {
      notFound =
        service === "sqs"
          ? { code: "AWS.SimpleQueueService.NonExistentQueue", message: "The specified queue does not exist." }
          : service === "dynamodb"
            ? { code: "ResourceNotFoundException", message: "Requested resource not found" }
            : service === "kms"
              ? { code: "NotFoundException", message: `Key '${call.resourceArn}' does not exist` }
              : undefined;
    } else {
      resourcePolicy = item.policy;
      resourceOwner = item.ownerId;
    }
  }
  if (service === "sts" && /getcalleridentity/i.test(call.action)) {
    hop(
      t,
      "service",
      `sts.${arrival.region}`,
      "pass",
      "STS_ALWAYS_ALLOWED",
      "sts:GetCallerIdentity needs no permission.",
    );
    return { outcome: "ok", code: "OK" };
  }
  const ev = evaluateRequest({
    principalArn: caller.arn,
    principalAccount: caller.accountId,
    roleArn: caller.roleArn,
    action: call.action,
    resourceArn,
    context,
    identityPolicies: caller.policies,
    isRoot: caller.isRoot,
    resourceOwnerId: resourceOwner,
    resourcePolicy,
    endpointPolicy: epPolicy,
    keyPolicy: service === "kms" && resourcePolicy !== undefined,
  });
  // endpoint policy
  if (epPolicy !== undefined && ep) {
    const d = ev.decisions.endpoint;
    if (d === "deny")
      hop(
        t,
        "endpoint-policy",
        ep.id,
        "block",
        "ENDPOINT_POLICY_DENY",
        `The endpoint policy of ${ep.id} explicitly denies ${call.action} on ${resourceArn}.`,
      );
    else if (d === "none")
      hop(
        t,
        "endpoint-policy",
        ep.id,
        "block",
        "ENDPOINT_POLICY_NO_ALLOW",
        `The endpoint policy of ${ep.id} does not allow ${call.action} on ${resourceArn}; an endpoint policy never grants, but it can stop a request.`,
      );
    else
      hop(
        t,
        "endpoint-policy",
        ep.id,
        "pass",
        "ENDPOINT_POLICY_ALLOWS",
        `The endpoint policy of ${ep.id} allows ${call.action}.`,
      );
    if (d !== "allow") {
      return {
        outcome: "denied",
        code: d === "deny" ? "ENDPOINT_POLICY_DENY" : "ENDPOINT_POLICY_NO_ALLOW",
        extra: { deniedBy: "endpoint", explicitDeny: d === "deny", accessDeniedMessage: ev.message },
      };
    }
  }
  if (notFound) {
    hop(
      t,
      "service",
      call.bucket ?? call.resourceArn ?? service,
      "block",
      notFound.code.toUpperCase().replace(/[^A-Z]/g, "_"),
      `The service answers ${notFound.code}: ${notFound.message}`,
    );
    return { outcome: "error", code: notFound.code, extra: { serviceError: notFound } };
  }
  const resId = call.bucket ?? call.resourceArn ?? service;
  const resDecision = ev.decisions.resource;
  if (resourcePolicy !== undefined) {
    const codeDeny = service === "s3" ? "BUCKET_POLICY_DENY" : "RESOURCE_POLICY_DENY";
    if (resDecision === "deny")
      hop(
        t,
        "resource-policy",
        resId,
        "block",
        codeDeny,
        `The ${service === "s3" ? "bucket" : "resource"} policy of ${resId} explicitly denies ${call.action} for this request${ep ? "" : " (it did not come through a VPC endpoint, so aws:SourceVpce/aws:SourceVpc are absent)"}.`,
      );
    else if (resDecision === "allow")
      hop(
        t,
        "resource-policy",
        resId,
        "pass",
        "RESOURCE_POLICY_ALLOWS",
        `The resource policy of ${resId} allows ${call.action}.`,
      );
    else
      hop(
        t,
        "resource-policy",
        resId,
        "info",
        "RESOURCE_POLICY_NO_STATEMENT",
        `The resource policy of ${resId} neither allows nor denies ${call.action}.`,
      );
  }
  const idDecision = ev.decisions.identity;
  hop(
    t,
    "identity-policy",
    caller.roleArn ?? caller.arn,
    idDecision === "allow" ? "pass" : idDecision === "deny" ? "block" : ev.allowed ? "info" : "block",
    idDecision === "allow"
      ? "IDENTITY_POLICY_ALLOWS"
      : idDecision === "deny"
        ? "IDENTITY_POLICY_DENY"
        : "IDENTITY_POLICY_NO_ALLOW",
    idDecision === "allow"
      ? `The caller's identity policies allow ${call.action}.`
      : idDecision === "deny"
        ? `An identity policy explicitly denies ${call.action}.`
        : `No identity policy of ${caller.roleArn ?? caller.arn} allows ${call.action}.`,
  );
  if (!ev.allowed) {
    const code =
      ev.deniedBy === "resource"
        ? ev.explicit
          ? service === "s3"
            ? "BUCKET_POLICY_DENY"
            : "RESOURCE_POLICY_DENY"
          : "RESOURCE_POLICY_NO_ALLOW"
        : ev.deniedBy === "identity"
          ? ev.explicit
            ? "IDENTITY_POLICY_DENY"
            : "IDENTITY_POLICY_NO_ALLOW"
          : ev.explicit
            ? "ENDPOINT_POLICY_DENY"
            : "ENDPOINT_POLICY_NO_ALLOW";
    return {
      outcome: "denied",
      code,
      extra: { deniedBy: ev.deniedBy, explicitDeny: ev.explicit, accessDeniedMessage: ev.message },
    };
  }
  hop(
    t,
    "service",
    resId,
    "pass",
    "REQUEST_AUTHORIZED",
    `${call.action} is allowed${ep ? ` through ${ep.id}` : ""}; ${service.toUpperCase()} in ${arrival.region} answers.`,
  );
  return { outcome: "ok", code: "OK" };
}

function hostForCall(call: AwsCallTarget, region: string): { host: string; url: string } {
  const svc = call.service.toLowerCase();
  if (svc === "s3") {
    const host =
      call.endpointHost ?? (call.bucket ? `${call.bucket}.s3.${region}.amazonaws.com` : `s3.${region}.amazonaws.com`);
    let path = "/";
    if (call.bucket && /listbucket$/i.test(call.action))
      path = `/?list-type=2&prefix=${encodeURIComponent(call.key ?? "")}&delimiter=%2F&encoding-type=url`;
    else if (call.bucket && call.key) path = `/${call.key.split("/").map(encodeURIComponent).join("/")}`;
    return { host, url: `https://${host}${path}` };
  }
  const info = awsServiceByKey(svc);
  const host = call.endpointHost ?? (info ? publicHostOf(region, info) : `${svc}.${region}.amazonaws.com`);
  return { host, url: `https://${host}/` };
}

// ── entry point ─────────────────────────────────────────────────────────────
type Source =
  | { kind: "vpc"; eni: Eni; instance?: Instance; region: string }
  | { kind: "onprem"; host: OnPremHost }
  | { kind: "internet"; ip: string };

/** The address used for the pseudo-source "internet" (a laptop somewhere; TEST-NET-3). */
export const INTERNET_SOURCE_IP = "203.0.113.10";

function findSource(w: World, from: string): Source | { error: string } {
  const inst = w.instances[from];
  if (inst) {
    if (inst.state !== "running") return { error: `Instance ${inst.id} is ${inst.state}.` };
    const eni = w.networkInterfaces[inst.networkInterfaceId];
    return eni
      ? { kind: "vpc", eni, instance: inst, region: inst.region }
      : { error: `Instance ${inst.id} has no network interface.` };
  }
  const eni = w.networkInterfaces[from];
  if (eni) return { kind: "vpc", eni, region: w.vpcs[eni.vpcId]?.region ?? w.defaultRegion };
  const host = w.onPremHosts[from] ?? Object.values(w.onPremHosts).find((h) => h.name === from);
  if (host) return { kind: "onprem", host };
  if (from === "internet") return { kind: "internet", ip: INTERNET_SOURCE_IP };
  const byName = Object.values(w.instances).find(
    (i) => i.tags.some((x) => x.Key === "Name" && x.Value === from) && i.state === "running",
  );
  if (byName) return findSource(w, byName.id);
  return { error: `Unknown source ${from}.` };
}

function networkPath(t: T, src: Source, destIp: string): Path {
  if (src.kind === "vpc") return pathFromEni(t, src.eni, destIp, 0);
  if (src.kind === "onprem") return pathFromOnPrem(t, src.host, destIp);
  if (isPrivateIp(parseIp(destIp) ?? 0))
    return drop(
      t,
      "internet",
      destIp,
      "PRIVATE_ADDRESS_ON_INTERNET",
      `${destIp} is a private address; it cannot be reached from the internet.`,
    );
  return deliverPublic(t, destIp, src.ip);
}

function finishArrival(t: T, arrival: Arrival, src: Source): Finish {
  const w = t.world;
  if (arrival.kind === "internet") return { outcome: "ok", code: "INTERNET_HOST" };
  if (arrival.kind === "target") return { outcome: "ok", code: "TARGET_REACHED" };
  if (arrival.kind === "onprem") {
    if (t.proto === "tcp" && !arrival.host.listeningPorts.includes(t.port)) {
      hop(
        t,
        "host",
        arrival.host.id,
        "block",
        "PORT_CLOSED",
        `${arrival.host.name} answers with a TCP reset: nothing listens on port ${t.port}.`,
      );
      return { outcome: "refused", code: "PORT_CLOSED" };
    }
    hop(t, "host", arrival.host.id, "pass", "HOST_REACHED", `${arrival.host.name} (${arrival.host.ip}) is reached.`);
    return { outcome: "ok", code: "HOST_REACHED" };
  }
  if (arrival.kind === "aws") {
    if (t.port !== 443 && t.port !== 80) {
      hop(
        t,
        "service",
        arrival.service,
        "block",
        "PORT_CLOSED",
        `AWS service endpoints only accept HTTPS (443) and HTTP (80).`,
      );
      return { outcome: "timeout", code: "PORT_CLOSED" };
    }
    return { outcome: "ok", code: "SERVICE_REACHED" };
  }
  const eni = arrival.eni;
  if (eni.interfaceType === "vpc_endpoint") {
    const ep = endpointOfEni(w, eni);
    if (!ep) return { outcome: "timeout", code: "ENDPOINT_GONE" };
    return (
      endpointState(t, ep) ??
      (parseAwsServiceName(ep.serviceName)
        ? { outcome: "ok", code: "SERVICE_REACHED" }
        : finishPath(t, throughCustomEndpoint(t, ep, eni), src))
    );
  }
  if (eni.interfaceType === "network_load_balancer") {
    const lb = lbOfEni(w, eni);
    return lb
      ? finishPath(t, throughNlb(t, lb, eni.privateIpAddress), src)
      : { outcome: "timeout", code: "NLB_MISSING" };
  }
  const inst = eni.attachment?.instanceId ? w.instances[eni.attachment.instanceId] : undefined;
  if (!inst) {
    hop(t, "host", eni.id, "block", "NOT_A_HOST", `${eni.id} (${eni.interfaceType}) does not accept connections.`);
    return { outcome: "timeout", code: "NOT_A_HOST" };
  }
  if (inst.state !== "running") {
    hop(t, "host", inst.id, "block", "INSTANCE_NOT_RUNNING", `Instance ${inst.id} is ${inst.state}.`);
    return { outcome: "timeout", code: "INSTANCE_NOT_RUNNING" };
  }
  if (t.proto === "tcp" && !inst.listeningPorts.includes(t.port)) {
    hop(
      t,
      "host",
      inst.id,
      "block",
      "PORT_CLOSED",
      `${inst.id} answers with a TCP reset: nothing listens on port ${t.port}.`,
    );
    return { outcome: "refused", code: "PORT_CLOSED" };
  }
  hop(t, "host", inst.id, "pass", "HOST_REACHED", `Instance ${inst.id} (${eni.privateIpAddress}) is reached.`);
  return { outcome: "ok", code: "HOST_REACHED" };
}

function finishPath(t: T, p: Path, src: Source): Finish {
  if (!p.ok) return { outcome: p.outcome, code: p.code };
  return finishArrival(t, p.arrival, src);
}

function endpointState(t: T, ep: VpcEndpoint): Finish | undefined {
  if (ep.state === "available") {
    hop(
      t,
      "vpce-interface",
      ep.id,
      "pass",
      "INTERFACE_ENDPOINT",
      `Interface endpoint ${ep.id} (${ep.serviceName}) receives the connection.`,
    );
    return undefined;
  }
  const code =
    ep.state === "pendingAcceptance"
      ? "CONNECTION_PENDING_ACCEPTANCE"
      : ep.state === "pending"
        ? "ENDPOINT_PENDING"
        : ep.state === "rejected"
          ? "CONNECTION_REJECTED"
          : "ENDPOINT_NOT_AVAILABLE";
  const msg =
    ep.state === "pendingAcceptance"
      ? `Endpoint ${ep.id} is pendingAcceptance: the service provider has not accepted the connection request yet, so nothing answers.`
      : `Endpoint ${ep.id} is ${ep.state}; it does not carry traffic.`;
  hop(t, "vpce-interface", ep.id, "block", code, msg);
  return { outcome: "timeout", code };
}

function result(t: T, f: Finish, extra: Partial<TraceResult>): TraceResult {
  return { outcome: f.outcome, hops: t.hops, code: f.code, ...extra, ...(f.extra ?? {}) };
}

/** Trace a flow through the World. Pure; never throws. */
export function trace(world: World, flow: Flow): TraceResult {
  const key = flowKey(flow);
  const table = key === undefined ? undefined : traceTable(world);
  const hit = key === undefined ? undefined : table?.get(key);
  if (hit) return hit;
  const r = traceUncached(world, flow);
  if (key !== undefined) table?.set(key, r);
  return r;
}

// Results are shared between callers tracing the same flow in the same World: treat them as immutable.
const traceTable = memoTable<TraceResult>();

/**
 * A cache key covering every Flow field traceInner reads (length-prefixed strings, so the encoding
 * is unambiguous); undefined (no caching) for odd input.
 */
function flowKey(flow: Flow): string | undefined {
  if (!flow || typeof flow !== "object") return undefined;
  const to = flow.to as Partial<AwsCallTarget> & { ip?: unknown; name?: unknown };
  if (!to || typeof to !== "object") return undefined;
  const port: unknown = flow.port;
  if (port !== undefined && typeof port !== "number") return undefined;
  const parts: unknown[] = [
    flow.from,
    to.ip,
    to.name,
    to.service,
    to.action,
    to.region,
    to.bucket,
    to.key,
    to.resourceArn,
    to.endpointHost,
    flow.protocol,
    flow.principalArn,
  ];
  let k = String(port);
  for (const v of parts) {
    if (v === undefined) k += "|";
    else if (typeof v === "string") k += "|" + v.length + ":" + v;
    else return undefined;
  }
  return k;
}

function traceUncached(world: World, flow: Flow): TraceResult {
  try {
    return traceInner(world, flow);
  } catch (e) {
    return {
      outcome: "refused",
      hops: [],
      code: "INTERNAL_ERROR",
      serviceError: { code: "InternalError", message: e instanceof Error ? e.message : "unknown" },
    };
  }
}

function traceInner(world: World, flow: Flow): TraceResult {
  const to = flow?.to as Partial<AwsCallTarget> & { ip?: string; name?: string };
  const isCall = !!to && typeof to.service === "string" && typeof to.action === "string";
  const t: T = {
    world,
    hops: [],
    port:
      typeof flow?.port === "number" && Number.isInteger(flow.port) && flow.port >= 0 && flow.port <= 65535
        ? flow.port
        : isCall || (to && typeof to.name === "string")
          ? 443
          : 22,
    proto: flow?.protocol === "udp" || flow?.protocol === "icmp" ? flow.protocol : "tcp",
  };
  const fromStr = typeof flow?.from === "string" ? flow.from : "";
  const src = findSource(world, fromStr);
  if ("error" in src) {
    hop(t, "host", fromStr, "block", "SOURCE_NOT_FOUND", src.error);
    return { outcome: "refused", hops: t.hops, code: "SOURCE_NOT_FOUND" };
  }
  const fromId =
    src.kind === "vpc" ? (src.instance?.id ?? src.eni.id) : src.kind === "onprem" ? src.host.id : "internet";

  if (!isCall) {
    let destIp: string | undefined = typeof to?.ip === "string" ? to.ip : undefined;
    const extra: Partial<TraceResult> = {};
    if (destIp === undefined && typeof to?.name === "string") {
      const d = dnsResolve(world, fromId, to.name);
      extra.host = d.name;
      const a = d.answers.find((x) => x.type === "A");
      hop(t, "dns", d.server || "dns", a ? "pass" : "block", d.code, d.message);
      if (!a) return { outcome: "dns-failure", hops: t.hops, code: d.code, host: d.name };
      destIp = a.value;
      if (d.vpcEndpointId) extra.vpcEndpointId = d.vpcEndpointId;
    }
    if (destIp === undefined || parseIp(destIp) === undefined) {
      hop(t, "host", String(destIp), "block", "BAD_ADDRESS", `${String(destIp)} is not an IPv4 address.`);
      return { outcome: "dns-failure", hops: t.hops, code: "BAD_ADDRESS" };
    }
    extra.resolvedIp = destIp;
    const p = networkPath(t, src, destIp);
    if (p.ok && p.arrival.kind === "aws") {
      extra.serviceRegion = p.arrival.region;
      if (p.arrival.endpoint) extra.vpcEndpointId = p.arrival.endpoint.id;
    }
    if (p.ok && p.arrival.kind === "eni" && p.arrival.eni.interfaceType === "vpc_endpoint") {
      const ep = endpointOfEni(world, p.arrival.eni);
      if (ep) extra.vpcEndpointId = ep.id;
    }
    return result(t, finishPath(t, p, src), extra);
  }

  // ── an AWS API call ──
  const str = (x: unknown) => (typeof x === "string" && x.length > 0 ? x : undefined);
  const call: AwsCallTarget = {
    service: to.service as string,
    action: to.action as string,
    region: str(to.region),
    bucket: str(to.bucket),
    key: str(to.key),
    resourceArn: str(to.resourceArn),
    endpointHost: str(to.endpointHost),
  };
  const srcRegion = src.kind === "vpc" ? src.region : world.defaultRegion;
  let region = call.region ?? srcRegion;
  if (!REGIONS[region]) {
    hop(t, "dns", region, "block", "UNKNOWN_REGION", `Region ${region} does not exist.`);
    return { outcome: "dns-failure", hops: t.hops, code: "UNKNOWN_REGION" };
  }
  const who = flow.principalArn ? principalFromArn(world, flow.principalArn) : callerFor(world, fromId);
  if (!who) {
    hop(
      t,
      "identity-policy",
      fromId,
      "block",
      "NO_CREDENTIALS",
      `No credentials are configured on ${fromId} (no instance role / profile).`,
    );
    return { outcome: "no-credentials", hops: t.hops, code: "NO_CREDENTIALS" };
  }
  let redirectedFrom: string | undefined;
  for (let attempt = 0; attempt < 2; attempt++) {
    const { host, url } = hostForCall(call, region);
    const base: Partial<TraceResult> = {
      host,
      url,
      principalArn: who.arn,
      ...(redirectedFrom ? { redirectedFromRegion: redirectedFrom } : {}),
    };
    const d = dnsResolve(world, fromId, host);
    const a = d.answers.find((x) => x.type === "A");
    hop(
      t,
      "dns",
      d.server || "dns",
      a ? (d.source === "endpoint-private-dns" ? "pass" : "info") : "block",
      d.code,
      d.message,
    );
    if (!a) return { outcome: "dns-failure", hops: t.hops, code: d.code, ...base };
    base.resolvedIp = a.value;
    const p = networkPath(t, src, a.value);
    if (!p.ok) return { outcome: p.outcome, hops: t.hops, code: p.code, ...base };
    let arrival = p.arrival;
    if (arrival.kind === "eni" && arrival.eni.interfaceType === "vpc_endpoint") {
      const ep = endpointOfEni(world, arrival.eni);
      if (!ep) return { outcome: "timeout", hops: t.hops, code: "ENDPOINT_GONE", ...base };
      const bad = endpointState(t, ep);
      if (bad) return result(t, bad, { ...base, vpcEndpointId: ep.id });
      const aws = parseAwsServiceName(ep.serviceName);
      if (!aws) return { outcome: "refused", hops: t.hops, code: "NOT_AN_AWS_ENDPOINT", ...base, vpcEndpointId: ep.id };
      arrival = { kind: "aws", region: aws.region, service: aws.info.key, endpoint: ep, sourceVpcId: ep.vpcId };
    }
    if (arrival.kind !== "aws") {
      hop(t, "service", a.value, "block", "NOT_AN_AWS_ENDPOINT", `${a.value} is not an endpoint of ${call.service}.`);
      return { outcome: "refused", hops: t.hops, code: "NOT_AN_AWS_ENDPOINT", ...base };
    }
    base.serviceRegion = arrival.region;
    if (arrival.endpoint) base.vpcEndpointId = arrival.endpoint.id;
    const fin = awsCallAt(t, arrival, call, who);
    if ("redirectTo" in fin) {
      hop(
        t,
        "service",
        call.bucket ?? "s3",
        "info",
        "S3_PERMANENT_REDIRECT",
        `Bucket ${call.bucket} is in ${fin.redirectTo}, not ${arrival.region}: S3 answers 301 PermanentRedirect and the CLI retries against ${fin.redirectTo}.`,
      );
      if (attempt === 1)
        return {
          outcome: "error",
          hops: t.hops,
          code: "PermanentRedirect",
          ...base,
          serviceError: {
            code: "PermanentRedirect",
            message:
              "The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint.",
          },
        };
      redirectedFrom = region;
      region = fin.redirectTo;
      continue;
    }
    return result(t, fin, base);
  }
  return { outcome: "error", hops: t.hops, code: "INTERNAL_ERROR" };
}

interface Caller {
  arn: string;
  accountId: string;
  roleArn?: string;
  policies: string[];
  isRoot: boolean;
}

function callerFor(world: World, fromId: string): Caller | undefined {
  const c = callerOf(world, fromId);
  if (!c) return undefined;
  const p = c.principal;
  return {
    arn: c.arn,
    accountId: p.accountId,
    roleArn: p.kind === "role" ? p.arn : undefined,
    policies: p.policies,
    isRoot: p.kind === "root",
  };
}

function principalFromArn(world: World, arn: string): Caller | undefined {
  const p = findPrincipal(world, arn);
  if (!p) return undefined;
  const isSession = arn.includes(":assumed-role/");
  return {
    arn: isSession ? arn : p.arn,
    accountId: p.accountId,
    roleArn: p.kind === "role" ? roleArn(p.accountId, p.name) : undefined,
    policies: p.policies,
    isRoot: p.kind === "root",
  };
}
