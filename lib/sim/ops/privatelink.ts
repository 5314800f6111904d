/** PrivateLink provider side: load balancers, target groups, endpoint services, permissions, connections. */
import type { EndpointService, LoadBalancer, TargetGroup, VpcEndpoint, World } from "../schema";
import { fail, hexFor, nextId, ok, put, type OpResult, type UnsuccessfulItem } from "../core";
import {
  asStringArray,
  asTags,
  createEni,
  err,
  lookup,
  resolveCtx,
  type OpContext,
  badType,
  show,
  guardObj,
} from "./common";

// ── load balancers ──────────────────────────────────────────────────────────
export interface CreateLoadBalancerInput {
  name: string;
  type?: "network" | "gateway";
  subnets: string[];
  scheme?: "internal" | "internet-facing";
  tags?: Array<{ Key: string; Value: string }>;
}

export function createLoadBalancer(
  world: World,
  input: CreateLoadBalancerInput,
  ctx?: OpContext,
): OpResult<LoadBalancer> {
  return guardObj(input, () => {
    {
      const te = badType(input, { name: "string", type: "string", scheme: "string" });
      if (te) return fail(te.code, te.message);
    }
    const c = resolveCtx(world, ctx);
    if (!input?.name)
      return fail(
        "ValidationError",
        "1 validation error detected: Value null at 'name' failed to satisfy constraint: Member must not be null",
      );
    if (!/^[A-Za-z0-9-]{1,32}$/.test(input.name) || input.name.startsWith("-") || input.name.endsWith("-")) {
      return fail("ValidationError", `The load balancer name '${input.name}' is not valid`);
    }
    const type = input.type ?? "network";
    if (type !== "network" && type !== "gateway")
      return fail("ValidationError", `Load balancer type '${show(type)}' is not valid`);
    if (
      Object.values(world.loadBalancers).some(
        (l) => l.name === input.name && l.ownerId === c.accountId && l.region === c.region,
      )
    ) {
      return fail("DuplicateLoadBalancerName", "A load balancer with the same name already exists");
    }
    const subnets = asStringArray(input.subnets) ?? [];
    if (subnets.length === 0) return fail("ValidationError", "At least one subnet must be specified");
    let vpcId: string | undefined;
    const azs = new Set<string>();
    for (const s of subnets) {
      const r = lookup(world, "subnet", s, c, { param: "Subnets" });
      if (!r.ok) return fail("SubnetNotFound", `The specified subnet does not exist.`);
      if (vpcId && r.item.vpcId !== vpcId)
        return fail("InvalidConfigurationRequest", "All subnets must belong to the same VPC");
      if (azs.has(r.item.az))
        return fail("InvalidConfigurationRequest", "You cannot specify multiple subnets in the same Availability Zone");
      vpcId = r.item.vpcId;
      azs.add(r.item.az);
    }
    let w = world;
    const hex = hexFor(w.seed, w.seq + 1, 16);
    w = { ...w, seq: w.seq + 1 };
    const kind = type === "network" ? "net" : "gwy";
    const arn = `arn:aws:elasticloadbalancing:${c.region}:${c.accountId}:loadbalancer/${kind}/${input.name}/${hex}`;
    const eniIds: string[] = [];
    for (const s of subnets) {
      const r = createEni(w, w.subnets[s], {
        type: type === "network" ? "network_load_balancer" : "gateway_load_balancer",
        description: `ELB ${kind}/${input.name}/${hex}`,
        groupIds: [],
        requesterManaged: true,
        ownerId: c.accountId,
        sourceDestCheck: false,
      });
      if (!r.ok) return fail(r.error.code, r.error.message);
      w = r.world;
      eniIds.push(r.eni.id);
    }
    const lb: LoadBalancer = {
      arn,
      name: input.name,
      type,
      scheme: input.scheme ?? "internal",
      ownerId: c.accountId,
      region: c.region,
      vpcId: vpcId as string,
      subnetIds: subnets,
      networkInterfaceIds: eniIds,
      dnsName: `${input.name}-${hex}.elb.${c.region}.amazonaws.com`,
      state: "active",
      listeners: [],
      createdTime: w.clock,
      tags: asTags(input.tags),
    };
    return ok(put(w, "loadBalancers", arn, lb), lb);
  });
}

export interface CreateTargetGroupInput {
  name: string;
  protocol?: string;
  port?: number;
  vpcId: string;
  targetType?: "instance" | "ip";
}

export function createTargetGroup(world: World, input: CreateTargetGroupInput, ctx?: OpContext): OpResult<TargetGroup> {
  return guardObj(input, () => {
    {
      const te = badType(input, {
        name: "string",
        protocol: "string",
        port: "number",
        vpcId: "string",
        targetType: "string",
      });
      if (te) return fail(te.code, te.message);
    }
    const c = resolveCtx(world, ctx);
    if (!input?.name)
      return fail(
        "ValidationError",
        "1 validation error detected: Value null at 'name' failed to satisfy constraint: Member must not be null",
      );
    const v = lookup(world, "vpc", input.vpcId, c, { param: "VpcId" });
    if (!v.ok) return fail(v.error.code, v.error.message);
    if (Object.values(world.targetGroups).some((t) => t.name === input.name && t.ownerId === c.accountId)) {
      return fail("DuplicateTargetGroupName", "A target group with the same name already exists");
    }
    const hex = hexFor(world.seed, world.seq + 1, 16);
    const w = { ...world, seq: world.seq + 1 };
    const arn = `arn:aws:elasticloadbalancing:${c.region}:${c.accountId}:targetgroup/${input.name}/${hex}`;
    const tg: TargetGroup = {
      arn,
      name: input.name,
      protocol: input.protocol ?? "TCP",
      port: input.port ?? (input.protocol === "GENEVE" ? 6081 : 80),
      vpcId: v.item.id,
      ownerId: c.accountId,
      targetType: input.targetType ?? "instance",
      targets: [],
      tags: [],
    };
    return ok(put(w, "targetGroups", arn, tg), tg);
  });
}

export function registerTargets(
  world: World,
  input: { targetGroupArn: string; targets: Array<{ id: string; port?: number }> },
  ctx?: OpContext,
): OpResult<true> {
  return guardObj(input, () => {
    const c = resolveCtx(world, ctx);
    const tg = world.targetGroups[input?.targetGroupArn];
    if (!tg || tg.ownerId !== c.accountId) return fail("TargetGroupNotFound", "One or more target groups not found");
    const targets = [...tg.targets];
    for (const t of Array.isArray(input.targets) ? input.targets : []) {
      if (typeof t?.id !== "string") return fail("ValidationError", "Target id is required");
      if (
        t.port !== undefined &&
        (typeof t.port !== "number" || !Number.isInteger(t.port) || t.port < 1 || t.port > 65535)
      )
        return fail("ValidationError", `Invalid port ${show(t.port)}`);
      if (tg.targetType === "instance" && !world.instances[t.id])
        return fail(
          "InvalidTarget",
          `The following targets are not in a running state and cannot be registered: '${t.id}'`,
        );
      if (!targets.some((x) => x.id === t.id && x.port === (t.port ?? tg.port)))
        targets.push({ id: t.id, port: t.port ?? tg.port });
    }
    return ok(put(world, "targetGroups", tg.arn, { ...tg, targets }), true as const);
  });
}

export function createListener(
  world: World,
  input: { loadBalancerArn: string; port?: number; protocol?: string; targetGroupArn: string },
  ctx?: OpContext,
): OpResult<true> {
  return guardObj(input, () => {
    {
      const te = badType(input, {
        loadBalancerArn: "string",
        port: "number",
        protocol: "string",
        targetGroupArn: "string",
      });
      if (te) return fail(te.code, te.message);
    }
    const c = resolveCtx(world, ctx);
    const lb = world.loadBalancers[input?.loadBalancerArn];
    if (!lb || lb.ownerId !== c.accountId) return fail("LoadBalancerNotFound", "One or more load balancers not found");
    const tg = world.targetGroups[input.targetGroupArn];
    if (!tg || tg.ownerId !== c.accountId) return fail("TargetGroupNotFound", "One or more target groups not found");
    const port = lb.type === "gateway" ? 0 : (input.port ?? tg.port);
    if (lb.listeners.some((l) => l.port === port))
      return fail("DuplicateListener", "A listener already exists on this port for this load balancer");
    const listeners = [
      ...lb.listeners,
      { port, protocol: lb.type === "gateway" ? "GENEVE" : (input.protocol ?? "TCP"), targetGroupArn: tg.arn },
    ];
    return ok(put(world, "loadBalancers", lb.arn, { ...lb, listeners }), true as const);
  });
}

// ── endpoint services ───────────────────────────────────────────────────────
export interface CreateEndpointServiceInput {
  dryRun?: boolean;
  networkLoadBalancerArns?: string[];
  gatewayLoadBalancerArns?: string[];
  acceptanceRequired?: boolean;
  privateDnsName?: string;
  tags?: Array<{ Key: string; Value: string }>;
}

export function createVpcEndpointServiceConfiguration(
  world: World,
  input: CreateEndpointServiceInput,
  ctx?: OpContext,
): OpResult<EndpointService> {
  return guardObj(input, () => {
    {
      const te = badType(input, { acceptanceRequired: "boolean", privateDnsName: "string" });
      if (te) return fail(te.code, te.message);
    }
    const c = resolveCtx(world, ctx);
    const nlbs = asStringArray(input?.networkLoadBalancerArns) ?? [];
    const gwlbs = asStringArray(input?.gatewayLoadBalancerArns) ?? [];
    if (nlbs.length === 0 && gwlbs.length === 0) {
      // [Unverified] wording.
      return fail("InvalidParameter", "Either NetworkLoadBalancerArns or GatewayLoadBalancerArns must be specified.");
    }
    if (nlbs.length > 0 && gwlbs.length > 0)
      return fail("InvalidParameter", "Cannot specify both NetworkLoadBalancerArns and GatewayLoadBalancerArns.");
    const azs = new Set<string>();
    for (const arn of [...nlbs, ...gwlbs]) {
      const lb = world.loadBalancers[arn];
      const wantType = nlbs.length > 0 ? "network" : "gateway";
      if (!lb || lb.ownerId !== c.accountId || lb.region !== c.region || lb.type !== wantType) {
        return fail(
          "InvalidParameter",
          `Load balancer ${arn} does not exist or is not a ${wantType === "network" ? "Network" : "Gateway"} Load Balancer.`,
        );
      }
      for (const s of lb.subnetIds) {
        const az = world.subnets[s]?.az;
        if (az) azs.add(az);
      }
    }
    let w = world;
    const [id, w_id] = nextId(w, "vpce-svc");
    w = w_id;
    const svc: EndpointService = {
      id,
      serviceName: `com.amazonaws.vpce.${c.region}.${id}`,
      ownerId: c.accountId,
      region: c.region,
      type: nlbs.length > 0 ? "Interface" : "GatewayLoadBalancer",
      state: "Available",
      acceptanceRequired: input.acceptanceRequired ?? true,
      networkLoadBalancerArns: nlbs,
      gatewayLoadBalancerArns: gwlbs,
      allowedPrincipals: [],
      availabilityZones: [...azs].sort(),
      createdAt: w.clock,
      tags: asTags(input.tags),
    };
    if (input.privateDnsName) {
      svc.privateDnsName = input.privateDnsName;
      svc.privateDnsNameState = "pendingVerification";
    }
    return ok(put(w, "endpointServices", id, svc), svc);
  });
}

export interface ModifyEndpointServiceInput {
  dryRun?: boolean;
  serviceId: string;
  acceptanceRequired?: boolean;
  privateDnsName?: string;
  removePrivateDnsName?: boolean;
  addNetworkLoadBalancerArns?: string[];
  removeNetworkLoadBalancerArns?: string[];
}

export function modifyVpcEndpointServiceConfiguration(
  world: World,
  input: ModifyEndpointServiceInput,
  ctx?: OpContext,
): OpResult<true> {
  return guardObj(input, () => {
    {
      const te = badType(input, {
        acceptanceRequired: "boolean",
        privateDnsName: "string",
        removePrivateDnsName: "boolean",
      });
      if (te) return fail(te.code, te.message);
    }
    const c = resolveCtx(world, ctx);
    const r = lookup(world, "endpointService", input?.serviceId, c, { param: "ServiceId" });
    if (!r.ok) return fail(r.error.code, r.error.message);
    const svc = { ...r.item };
    if (typeof input.acceptanceRequired === "boolean") svc.acceptanceRequired = input.acceptanceRequired;
    if (input.removePrivateDnsName) {
      delete svc.privateDnsName;
      delete svc.privateDnsNameState;
    } else if (typeof input.privateDnsName === "string") {
      svc.privateDnsName = input.privateDnsName;
      svc.privateDnsNameState = "pendingVerification";
    }
    const add = asStringArray(input.addNetworkLoadBalancerArns) ?? [];
    const rem = asStringArray(input.removeNetworkLoadBalancerArns) ?? [];
    for (const arn of add) {
      const lb = world.loadBalancers[arn];
      if (!lb || lb.ownerId !== c.accountId || lb.type !== "network")
        return fail("InvalidParameter", `Load balancer ${arn} does not exist or is not a Network Load Balancer.`);
    }
    svc.networkLoadBalancerArns = [
      ...svc.networkLoadBalancerArns.filter((a) => !rem.includes(a)),
      ...add.filter((a) => !svc.networkLoadBalancerArns.includes(a)),
    ];
    if (svc.type === "Interface" && svc.networkLoadBalancerArns.length === 0)
      return fail("InvalidParameter", "An endpoint service must have at least one load balancer.");
    return ok(put(world, "endpointServices", svc.id, svc), true as const);
  });
}

/** Simulation of StartVpcEndpointServicePrivateDnsVerification: the TXT record is assumed present. */
export function startVpcEndpointServicePrivateDnsVerification(
  world: World,
  input: { serviceId: string },
  ctx?: OpContext,
): OpResult<true> {
  return guardObj(input, () => {
    const c = resolveCtx(world, ctx);
    const r = lookup(world, "endpointService", input?.serviceId, c, { param: "ServiceId" });
    if (!r.ok) return fail(r.error.code, r.error.message);
    if (!r.item.privateDnsName)
      return fail("InvalidParameter", `The service ${r.item.id} does not have a private DNS name.`);
    return ok(put(world, "endpointServices", r.item.id, { ...r.item, privateDnsNameState: "verified" }), true as const);
  });
}

function liveConnections(world: World, svc: EndpointService): VpcEndpoint[] {
  return Object.values(world.vpcEndpoints).filter(
    (e) =>
      e.serviceName === svc.serviceName &&
      (e.state === "available" || e.state === "pending" || e.state === "pendingAcceptance"),
  );
}

export function deleteVpcEndpointServiceConfigurations(
  world: World,
  input: { serviceIds: string[] },
  ctx?: OpContext,
): OpResult<{ unsuccessful: UnsuccessfulItem[] }> {
  return guardObj(input, () => {
    const c = resolveCtx(world, ctx);
    const ids = asStringArray(input?.serviceIds);
    if (!ids || ids.length === 0) return fail("MissingParameter", "The request must contain the parameter ServiceIds");
    let w = world;
    const unsuccessful: UnsuccessfulItem[] = [];
    for (const id of ids) {
      const r = lookup(w, "endpointService", id, c, { param: "ServiceId" });
      if (!r.ok) {
        unsuccessful.push({ resourceId: id, error: r.error });
        continue;
      }
      if (liveConnections(w, r.item).some((e) => e.state !== "pendingAcceptance")) {
        unsuccessful.push({
          resourceId: id,
          error: err("ExistingVpcEndpointConnections", "Service has existing active VPC Endpoint connections!"),
        });
        continue;
      }
      const copy = { ...w.endpointServices };
      delete copy[id];
      w = { ...w, endpointServices: copy };
    }
    return ok(w, { unsuccessful });
  });
}

export interface AllowedPrincipal {
  principalType: "All" | "Service" | "OrganizationUnit" | "Account" | "User" | "Role";
  principal: string;
}

function principalType(p: string): AllowedPrincipal["principalType"] {
  if (p === "*") return "All";
  if (/:root$/.test(p)) return "Account";
  if (/:role\//.test(p)) return "Role";
  if (/:user\//.test(p)) return "User";
  return "Account";
}

export function describeServicePermissions(world: World, serviceId: string): AllowedPrincipal[] {
  const svc = world.endpointServices[serviceId];
  return svc ? svc.allowedPrincipals.map((p) => ({ principalType: principalType(p), principal: p })) : [];
}

export function modifyVpcEndpointServicePermissions(
  world: World,
  input: { serviceId: string; addAllowedPrincipals?: string[]; removeAllowedPrincipals?: string[] },
  ctx?: OpContext,
): OpResult<{ addedPrincipals: AllowedPrincipal[]; returnValue: true }> {
  return guardObj(input, () => {
    const c = resolveCtx(world, ctx);
    const r = lookup(world, "endpointService", input?.serviceId, c, { param: "ServiceId" });
    if (!r.ok) return fail(r.error.code, r.error.message);
    const add = asStringArray(input.addAllowedPrincipals) ?? [];
    const rem = asStringArray(input.removeAllowedPrincipals) ?? [];
    for (const p of add) {
      if (p !== "*" && !/^arn:aws:iam::\d{12}:(root|user\/[\w+=,.@/-]+|role\/[\w+=,.@/-]+)$/.test(p)) {
        // [Unverified] wording.
        return fail("InvalidPrincipal", `Invalid principal ${p}`);
      }
    }
    const allowed = [...r.item.allowedPrincipals.filter((p) => !rem.includes(p))];
    const added: AllowedPrincipal[] = [];
    for (const p of add) {
      if (!allowed.includes(p)) {
        allowed.push(p);
        added.push({ principalType: principalType(p), principal: p });
      }
    }
    return ok(put(world, "endpointServices", r.item.id, { ...r.item, allowedPrincipals: allowed }), {
      addedPrincipals: added,
      returnValue: true as const,
    });
  });
}

/** describe-vpc-endpoint-connections for a service (provider view). */
export function connectionsOfService(
  world: World,
  serviceId: string,
): Array<{
  serviceId: string;
  vpcEndpointId: string;
  vpcEndpointOwner: string;
  vpcEndpointState: VpcEndpoint["state"];
  creationTimestamp: number;
}> {
  const svc = world.endpointServices[serviceId];
  if (!svc) return [];
  return Object.values(world.vpcEndpoints)
    .filter((e) => e.serviceName === svc.serviceName)
    .map((e) => ({
      serviceId,
      vpcEndpointId: e.id,
      vpcEndpointOwner: e.ownerId,
      vpcEndpointState: e.state,
      creationTimestamp: e.creationTimestamp,
    }));
}

function actOnConnections(kind: "accept" | "reject") {
  return (
    world: World,
    input: { serviceId: string; vpcEndpointIds: string[] },
    ctx?: OpContext,
  ): OpResult<{ unsuccessful: UnsuccessfulItem[] }> =>
    guardObj(input, () => {
      const c = resolveCtx(world, ctx);
      const r = lookup(world, "endpointService", input?.serviceId, c, { param: "ServiceId" });
      if (!r.ok) return fail(r.error.code, r.error.message);
      const ids = asStringArray(input.vpcEndpointIds);
      if (!ids || ids.length === 0)
        return fail("MissingParameter", "The request must contain the parameter VpcEndpointIds");
      let w = world;
      const unsuccessful: UnsuccessfulItem[] = [];
      for (const id of ids) {
        const ep = w.vpcEndpoints[id];
        if (!ep || ep.serviceName !== r.item.serviceName || ep.state === "deleted") {
          unsuccessful.push({
            resourceId: id,
            error: err("InvalidVpcEndpointId.NotFound", `The Vpc Endpoint Id '${id}' does not exist`),
          });
          continue;
        }
        const allowedFrom = kind === "accept" ? ["pendingAcceptance"] : ["pendingAcceptance", "pending", "available"];
        if (!allowedFrom.includes(ep.state)) {
          // [Unverified] wording.
          unsuccessful.push({
            resourceId: id,
            error: err("InvalidState", `Endpoint ${id} is in state ${ep.state} and cannot be ${kind}ed.`),
          });
          continue;
        }
        w = put(w, "vpcEndpoints", id, {
          ...ep,
          state: kind === "accept" ? "pending" : "rejected",
          stateChangedAt: w.clock,
        });
      }
      return ok(w, { unsuccessful });
    });
}

export const acceptVpcEndpointConnections = actOnConnections("accept");
export const rejectVpcEndpointConnections = actOnConnections("reject");
