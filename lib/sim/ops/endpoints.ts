/** VPC endpoints (consumer side): create / modify / delete, and DNS entries. */
import type { EndpointService, Route, VpcEndpoint, World } from "../schema";
import { fail, hexFor, nextId, ok, put, tokenFor, type OpResult, type UnsuccessfulItem } from "../core";
import {
  DEFAULT_GATEWAY_POLICY,
  DEFAULT_INTERFACE_POLICY,
  parseAwsServiceName,
  REGIONS,
  type AwsServiceInfo,
} from "../catalog";
import { findEndpointServiceByName, principalAllowedForService } from "../world";
import { validatePolicyDocument } from "../policy";
import {
  asStringArray,
  asTags,
  createEni,
  err,
  lookup,
  resolveCtx,
  type Ctx,
  type OpContext,
  badType,
  guardObj,
} from "./common";

export type EndpointType = VpcEndpoint["type"];

export interface CreateVpcEndpointInput {
  dryRun?: boolean;
  vpcId: string;
  serviceName?: string;
  /** default "Gateway" (as the EC2 API) */
  vpcEndpointType?: string;
  routeTableIds?: string[];
  subnetIds?: string[];
  securityGroupIds?: string[];
  policyDocument?: string;
  /** undefined → AWS default: true for AWS services' interface endpoints (except S3), false otherwise */
  privateDnsEnabled?: boolean;
  ipAddressType?: "ipv4" | "dualstack" | "ipv6";
  tags?: Array<{ Key: string; Value: string }>;
}

interface ResolvedService {
  aws?: { region: string; info: AwsServiceInfo };
  custom?: EndpointService;
  region: string;
}

function notExist(name: string) {
  return err("InvalidServiceName", `The Vpc Endpoint Service '${name}' does not exist`);
}

function resolveService(
  world: World,
  name: string,
  vpcRegion: string,
  c: Ctx,
): { ok: true; svc: ResolvedService } | { ok: false; error: { code: string; message: string } } {
  const aws = parseAwsServiceName(name);
  if (aws) {
    if (aws.region !== vpcRegion || !world.regions[aws.region]) return { ok: false, error: notExist(name) };
    return { ok: true, svc: { aws, region: aws.region } };
  }
  const custom = findEndpointServiceByName(world, name);
  if (!custom || custom.region !== vpcRegion || custom.state !== "Available")
    return { ok: false, error: notExist(name) };
  // A consumer that is not allowed cannot see the service (aws-reference §2.10, [Unverified]).
  if (custom.ownerId !== c.accountId && !principalAllowedForService(custom, c.accountId))
    return { ok: false, error: notExist(name) };
  return { ok: true, svc: { custom, region: custom.region } };
}

function supportsType(svc: ResolvedService, type: EndpointType): boolean {
  if (svc.aws) return type === "Gateway" ? svc.aws.info.gateway : type === "Interface" ? svc.aws.info.interface : false;
  return svc.custom?.type === type;
}

/** The part of the vpce DNS name after the token: "sqs", "s3", "vpce-svc-…". */
function dnsServicePart(serviceName: string): string {
  const aws = parseAwsServiceName(serviceName);
  if (aws) return aws.info.host;
  const m = /(vpce-svc-[0-9a-f]+)$/.exec(serviceName);
  return m ? m[1] : serviceName;
}

/** The public DNS name that private DNS overrides for an interface endpoint (undefined if none). */
export function privateDnsNameOf(world: World, ep: VpcEndpoint): string | undefined {
  const aws = parseAwsServiceName(ep.serviceName);
  if (aws)
    return aws.info.key === "s3" ? `s3.${aws.region}.amazonaws.com` : `${aws.info.host}.${aws.region}.amazonaws.com`;
  const custom = findEndpointServiceByName(world, ep.serviceName);
  return custom?.privateDnsNameState === "verified" ? custom.privateDnsName : undefined;
}

/** Deterministic private hosted zone id for an endpoint's private DNS. */
export function privateHostedZoneId(ep: VpcEndpoint): string {
  let h = 0;
  for (let i = 0; i < ep.id.length; i++) h = (h * 33 + ep.id.charCodeAt(i)) >>> 0;
  return ("Z" + hexFor(h, 1, 20).toUpperCase()).slice(0, 21);
}

export interface DnsEntry {
  dnsName: string;
  hostedZoneId: string;
}

/** DnsEntries in AWS order: regional, zonal per subnet, then the private DNS name (aws-reference §2.4). */
export function endpointDnsEntries(world: World, ep: VpcEndpoint): DnsEntry[] {
  if (ep.type !== "Interface") return [];
  const zone = REGIONS[ep.region]?.vpceHostedZoneId ?? "Z7HUB22UULQXV";
  const svcPart = dnsServicePart(ep.serviceName);
  const star = svcPart === "s3" ? "*." : "";
  const out: DnsEntry[] = [
    { dnsName: `${star}${ep.id}-${ep.dnsToken}.${svcPart}.${ep.region}.vpce.amazonaws.com`, hostedZoneId: zone },
  ];
  for (const sid of ep.subnetIds) {
    const az = world.subnets[sid]?.az;
    if (az)
      out.push({
        dnsName: `${star}${ep.id}-${ep.dnsToken}-${az}.${svcPart}.${ep.region}.vpce.amazonaws.com`,
        hostedZoneId: zone,
      });
  }
  if (ep.privateDnsEnabled) {
    const name = privateDnsNameOf(world, ep);
    if (name) out.push({ dnsName: name, hostedZoneId: privateHostedZoneId(ep) });
    if (name && svcPart === "s3") out.push({ dnsName: `*.${name}`, hostedZoneId: privateHostedZoneId(ep) });
  }
  return out;
}

function checkPrivateDns(world: World, vpcId: string, serviceName: string, selfId?: string) {
  const vpc = world.vpcs[vpcId];
  if (!vpc.enableDnsSupport || !vpc.enableDnsHostnames) {
    return err(
      "InvalidParameter",
      `Enabling private DNS requires both enableDnsSupport and enableDnsHostnames VPC attributes set to true for ${vpcId}`,
    );
  }
  const clash = Object.values(world.vpcEndpoints).find(
    (e) =>
      e.vpcId === vpcId &&
      e.id !== selfId &&
      e.serviceName === serviceName &&
      e.privateDnsEnabled &&
      e.state !== "deleting" &&
      e.state !== "deleted",
  );
  if (clash) {
    const fake: VpcEndpoint = { ...clash };
    // [Unverified] wording (aws-reference §2.4, "from memory").
    return err(
      "InvalidParameter",
      `private-dns-enabled cannot be set because there is already a conflicting DNS domain for ${privateDnsNameOf(world, fake) ?? serviceName} in the VPC ${vpcId}`,
    );
  }
  return undefined;
}

function endpointRoute(plId: string, vpceId: string): Route {
  return { destinationPrefixListId: plId, gatewayId: vpceId, origin: "CreateRoute", state: "active" };
}

function prefixListFor(world: World, region: string, key: string): string | undefined {
  for (const pl of Object.values(world.prefixLists))
    if (pl.ownerId === "AWS" && pl.region === region && pl.service === key) return pl.id;
  return undefined;
}

function addGatewayRoutes(
  world: World,
  rtbIds: string[],
  plId: string,
  vpceId: string,
): { ok: true; world: World } | { ok: false; error: { code: string; message: string } } {
  let w = world;
  for (const id of rtbIds) {
    const rt = w.routeTables[id];
    if (rt.routes.some((r) => r.destinationPrefixListId === plId)) {
      return {
        ok: false,
        error: err(
          "RouteAlreadyExists",
          `route table ${id} already has a route with destination-prefix-list-id ${plId}`,
        ),
      };
    }
    w = put(w, "routeTables", id, { ...rt, routes: [...rt.routes, endpointRoute(plId, vpceId)] });
  }
  return { ok: true, world: w };
}

function removeGatewayRoutes(world: World, rtbIds: string[], vpceId: string): World {
  let w = world;
  for (const id of rtbIds) {
    const rt = w.routeTables[id];
    if (!rt) continue;
    w = put(w, "routeTables", id, { ...rt, routes: rt.routes.filter((r) => r.gatewayId !== vpceId) });
  }
  return w;
}

function checkRouteTables(world: World, ids: string[], vpcId: string, c: Ctx) {
  for (const id of ids) {
    const r = lookup(world, "routeTable", id, c, { param: "RouteTableId" });
    if (!r.ok) return r.error;
    if (r.item.vpcId !== vpcId) {
      // [Unverified] wording.
      return err("InvalidParameter", `Route table ${id} does not belong to the VPC ${vpcId}`);
    }
  }
  if (new Set(ids).size !== ids.length) return err("InvalidParameter", "Duplicate route table ids");
  return undefined;
}

function checkSubnets(
  world: World,
  ids: string[],
  vpcId: string,
  c: Ctx,
  existing: string[],
  svc: ResolvedService,
  type: EndpointType,
) {
  const azs = new Set(existing.map((s) => world.subnets[s]?.az));
  for (const id of ids) {
    const r = lookup(world, "subnet", id, c, { param: "SubnetId" });
    if (!r.ok) return r.error;
    if (r.item.vpcId !== vpcId)
      return err("InvalidParameter", `The subnet ID '${id}' does not belong to the VPC ${vpcId}`);
    if (azs.has(r.item.az)) {
      return err(
        "DuplicateSubnetsInSameZone",
        `Found another VPC endpoint subnet in the availability zone of ${id}. VPC endpoint subnets should be in different availability zones supported by the VPC endpoint service.`,
      );
    }
    if (svc.custom && !svc.custom.availabilityZones.includes(r.item.az)) {
      return err(
        "InvalidParameter",
        `The VPC endpoint service ${svc.custom.serviceName} does not support the availability zone of the subnet: ${id}.`,
      );
    }
    azs.add(r.item.az);
  }
  if (type === "GatewayLoadBalancer" && existing.length + ids.length !== 1) {
    return err("InvalidParameter", "Gateway Load Balancer endpoints require exactly one subnet.");
  }
  return undefined;
}

function checkGroups(world: World, ids: string[], vpcId: string, c: Ctx) {
  for (const id of ids) {
    const r = lookup(world, "securityGroup", id, c, { param: "SecurityGroupId" });
    if (!r.ok) return r.error;
    if (r.item.vpcId !== vpcId) return err("InvalidParameter", `Security group ${id} does not belong to VPC ${vpcId}`);
  }
  return undefined;
}

function createEndpointEnis(
  world: World,
  ep: VpcEndpoint,
  subnetIds: string[],
): { ok: true; world: World; eniIds: string[] } | { ok: false; error: { code: string; message: string } } {
  let w = world;
  const ids: string[] = [];
  for (const sid of subnetIds) {
    const r = createEni(w, w.subnets[sid], {
      type: ep.type === "GatewayLoadBalancer" ? "gateway_load_balancer_endpoint" : "vpc_endpoint",
      description: `VPC Endpoint Interface ${ep.id}`,
      groupIds: ep.type === "Interface" ? ep.groupIds : [],
      requesterManaged: true,
      ownerId: ep.ownerId,
      sourceDestCheck: false,
    });
    if (!r.ok) return r;
    w = r.world;
    ids.push(r.eni.id);
  }
  return { ok: true, world: w, eniIds: ids };
}

export function createVpcEndpoint(world: World, input: CreateVpcEndpointInput, ctx?: OpContext): OpResult<VpcEndpoint> {
  return guardObj(input, () => {
    {
      const te = badType(input, {
        vpcId: "string",
        serviceName: "string",
        vpcEndpointType: "string",
        policyDocument: "string",
        privateDnsEnabled: "boolean",
        routeTableIds: "string[]",
        subnetIds: "string[]",
        securityGroupIds: "string[]",
      });
      if (te) return fail(te.code, te.message);
    }
    const c = resolveCtx(world, ctx);
    if (!input || input.vpcId === undefined)
      return fail("MissingParameter", "The request must contain the parameter VpcId");
    const v = lookup(world, "vpc", input.vpcId, c, { param: "VpcId" });
    if (!v.ok) {
      if (v.error.code === "InvalidVpcID.NotFound")
        return fail("InvalidVpcId.NotFound", `The Vpc Id '${input.vpcId}' does not exist`);
      return fail(v.error.code, v.error.message);
    }
    const vpc = v.item;
    const type = (input.vpcEndpointType ?? "Gateway") as string;
    if (type !== "Gateway" && type !== "Interface" && type !== "GatewayLoadBalancer") {
      // [Unverified] wording (aws-reference §2.4: EC2's rejection text is unverified).
      return fail("InvalidParameter", `The VPC endpoint type '${type}' is not supported.`);
    }
    if (!input.serviceName) return fail("MissingParameter", "The request must contain the parameter ServiceName");
    const s = resolveService(world, input.serviceName, vpc.region, c);
    if (!s.ok) return fail(s.error.code, s.error.message);
    const svc = s.svc;
    if (!supportsType(svc, type)) {
      return fail(
        "InvalidServiceName",
        `The Vpc Endpoint Service '${input.serviceName}' does not support the endpoint type '${type}'.`,
      );
    }
    const rtbIds = asStringArray(input.routeTableIds) ?? [];
    const subnetIds = asStringArray(input.subnetIds) ?? [];
    const sgIds = asStringArray(input.securityGroupIds);
    if (type === "Gateway" && subnetIds.length > 0)
      return fail(
        "InvalidParameter",
        "Subnet IDs are only supported for Interface and GatewayLoadBalancer type VPC Endpoints.",
      );
    if (type !== "Gateway" && rtbIds.length > 0)
      return fail("InvalidParameter", "Route table IDs are only supported for Gateway type VPC Endpoint.");
    if (type !== "Interface" && sgIds && sgIds.length > 0)
      return fail("InvalidParameter", "Security group IDs are only supported for Interface type VPC Endpoints.");
    if (type !== "Interface" && input.privateDnsEnabled === true)
      return fail("InvalidParameter", "Private DNS can only be enabled for Interface type VPC Endpoints.");
    const policySupported = svc.aws ? svc.aws.info.policySupported : false;
    if (input.policyDocument !== undefined) {
      if (!policySupported || type === "GatewayLoadBalancer")
        return fail("InvalidParameter", `The VPC endpoint service ${input.serviceName} does not support policies.`);
      const pv = validatePolicyDocument(input.policyDocument, { kind: "endpoint", gateway: type === "Gateway" });
      if (!pv.ok) return fail(pv.error.code, pv.error.message);
    }
    if (type === "Gateway") {
      const e = checkRouteTables(world, rtbIds, vpc.id, c);
      if (e) return fail(e.code, e.message);
    } else {
      const e = checkSubnets(world, subnetIds, vpc.id, c, [], svc, type);
      if (e) return fail(e.code, e.message);
    }
    const groups = type === "Interface" ? (sgIds ?? [vpc.defaultSecurityGroupId]) : [];
    const ge = checkGroups(world, groups, vpc.id, c);
    if (ge) return fail(ge.code, ge.message);
    const isS3 = svc.aws?.info.key === "s3";
    const privateDns = type === "Interface" ? (input.privateDnsEnabled ?? (svc.aws ? !isS3 : false)) : false;
    if (privateDns) {
      if (svc.custom && !(svc.custom.privateDnsName && svc.custom.privateDnsNameState === "verified")) {
        return fail(
          "InvalidParameter",
          `Private DNS can't be enabled because the service ${input.serviceName} does not provide a private DNS name.`,
        );
      }
      const e = checkPrivateDns(world, vpc.id, input.serviceName);
      if (e) return fail(e.code, e.message);
    }
    let w = world;
    const [id, w_id] = nextId(w, "vpce");
    w = w_id;
    const state: VpcEndpoint["state"] =
      type === "Gateway"
        ? "available"
        : svc.custom?.acceptanceRequired && svc.custom.ownerId !== ""
          ? "pendingAcceptance"
          : "pending";
    const ep: VpcEndpoint = {
      id,
      type,
      vpcId: vpc.id,
      ownerId: c.accountId,
      region: vpc.region,
      serviceName: input.serviceName,
      state,
      policyDocument: input.policyDocument ?? (type === "Gateway" ? DEFAULT_GATEWAY_POLICY : DEFAULT_INTERFACE_POLICY),
      routeTableIds: type === "Gateway" ? rtbIds : [],
      subnetIds: type === "Gateway" ? [] : subnetIds,
      groupIds: groups,
      privateDnsEnabled: privateDns,
      networkInterfaceIds: [],
      dnsToken: tokenFor(w.seed, w.seq, 8),
      ipAddressType: input.ipAddressType ?? "ipv4",
      creationTimestamp: w.clock,
      stateChangedAt: w.clock,
      tags: asTags(input.tags),
    };
    if (type === "Gateway") {
      const plId = prefixListFor(w, vpc.region, svc.aws?.info.key ?? "");
      if (!plId) return fail("InvalidServiceName", `The Vpc Endpoint Service '${input.serviceName}' does not exist`);
      const r = addGatewayRoutes(w, rtbIds, plId, id);
      if (!r.ok) return fail(r.error.code, r.error.message);
      w = r.world;
    } else {
      const r = createEndpointEnis(w, ep, subnetIds);
      if (!r.ok) return fail(r.error.code, r.error.message);
      w = r.world;
      ep.networkInterfaceIds = r.eniIds;
    }
    return ok(put(w, "vpcEndpoints", id, ep), ep);
  });
}

export interface ModifyVpcEndpointInput {
  dryRun?: boolean;
  vpcEndpointId: string;
  resetPolicy?: boolean;
  policyDocument?: string;
  addRouteTableIds?: string[];
  removeRouteTableIds?: string[];
  addSubnetIds?: string[];
  removeSubnetIds?: string[];
  addSecurityGroupIds?: string[];
  removeSecurityGroupIds?: string[];
  privateDnsEnabled?: boolean;
}

export function modifyVpcEndpoint(world: World, input: ModifyVpcEndpointInput, ctx?: OpContext): OpResult<true> {
  return guardObj(input, () => {
    {
      const te = badType(input, {
        vpcEndpointId: "string",
        resetPolicy: "boolean",
        policyDocument: "string",
        privateDnsEnabled: "boolean",
      });
      if (te) return fail(te.code, te.message);
    }
    const c = resolveCtx(world, ctx);
    const r = lookup(world, "vpcEndpoint", input?.vpcEndpointId, c, { param: "VpcEndpointId" });
    if (!r.ok) return fail(r.error.code, r.error.message);
    let ep: VpcEndpoint = { ...r.item };
    if (ep.state === "deleting" || ep.state === "deleted")
      return fail("IncorrectState", `The VPC endpoint ${ep.id} is in state ${ep.state}.`);
    let w = world;
    const addRt = asStringArray(input.addRouteTableIds) ?? [];
    const remRt = asStringArray(input.removeRouteTableIds) ?? [];
    const addSn = asStringArray(input.addSubnetIds) ?? [];
    const remSn = asStringArray(input.removeSubnetIds) ?? [];
    const addSg = asStringArray(input.addSecurityGroupIds) ?? [];
    const remSg = asStringArray(input.removeSecurityGroupIds) ?? [];
    if (ep.type !== "Gateway" && (addRt.length || remRt.length))
      return fail("InvalidParameter", "Route table IDs are only supported for Gateway type VPC Endpoint.");
    if (ep.type === "Gateway" && (addSn.length || remSn.length))
      return fail(
        "InvalidParameter",
        "Subnet IDs are only supported for Interface and GatewayLoadBalancer type VPC Endpoints.",
      );
    if (ep.type !== "Interface" && (addSg.length || remSg.length))
      return fail("InvalidParameter", "Security group IDs are only supported for Interface type VPC Endpoints.");
    if (ep.type !== "Interface" && input.privateDnsEnabled === true)
      return fail("InvalidParameter", "Private DNS can only be enabled for Interface type VPC Endpoints.");
    // policy
    if (input.resetPolicy && input.policyDocument !== undefined)
      return fail("InvalidParameterCombination", "The parameter PolicyDocument cannot be used with ResetPolicy");
    if (input.resetPolicy)
      ep.policyDocument = ep.type === "Gateway" ? DEFAULT_GATEWAY_POLICY : DEFAULT_INTERFACE_POLICY;
    if (input.policyDocument !== undefined) {
      const aws = parseAwsServiceName(ep.serviceName);
      if (!aws?.info.policySupported)
        return fail("InvalidParameter", `The VPC endpoint service ${ep.serviceName} does not support policies.`);
      const pv = validatePolicyDocument(input.policyDocument, { kind: "endpoint", gateway: ep.type === "Gateway" });
      if (!pv.ok) return fail(pv.error.code, pv.error.message);
      ep.policyDocument = input.policyDocument;
    }
    // route tables
    if (addRt.length || remRt.length) {
      const e = checkRouteTables(w, [...addRt, ...remRt], ep.vpcId, c);
      if (e) return fail(e.code, e.message);
      const aws = parseAwsServiceName(ep.serviceName);
      const plId = prefixListFor(w, ep.region, aws?.info.key ?? "");
      if (!plId) return fail("InvalidServiceName", `The Vpc Endpoint Service '${ep.serviceName}' does not exist`);
      w = removeGatewayRoutes(
        w,
        remRt.filter((x) => ep.routeTableIds.includes(x)),
        ep.id,
      );
      const toAdd = addRt.filter((x) => !ep.routeTableIds.includes(x));
      const ar = addGatewayRoutes(w, toAdd, plId, ep.id);
      if (!ar.ok) return fail(ar.error.code, ar.error.message);
      w = ar.world;
      ep.routeTableIds = [...ep.routeTableIds.filter((x) => !remRt.includes(x)), ...toAdd];
    }
    // subnets
    if (addSn.length || remSn.length) {
      const aws = parseAwsServiceName(ep.serviceName);
      const custom = aws ? undefined : findEndpointServiceByName(w, ep.serviceName);
      const svc: ResolvedService = { aws, custom, region: ep.region };
      for (const id of remSn)
        if (!ep.subnetIds.includes(id))
          return fail("InvalidParameter", `The subnet ID '${id}' is not associated with the VPC endpoint ${ep.id}`);
      const keep = ep.subnetIds.filter((x) => !remSn.includes(x));
      const e = checkSubnets(
        w,
        addSn.filter((x) => !keep.includes(x)),
        ep.vpcId,
        c,
        keep,
        svc,
        ep.type,
      );
      if (e) return fail(e.code, e.message);
      // remove ENIs of removed subnets
      const removedEnis = ep.networkInterfaceIds.filter((id) =>
        remSn.includes(w.networkInterfaces[id]?.subnetId ?? ""),
      );
      let nw = w;
      for (const id of removedEnis) {
        const copy = { ...nw.networkInterfaces };
        delete copy[id];
        nw = { ...nw, networkInterfaces: copy };
      }
      const cr = createEndpointEnis(
        nw,
        ep,
        addSn.filter((x) => !keep.includes(x)),
      );
      if (!cr.ok) return fail(cr.error.code, cr.error.message);
      w = cr.world;
      ep.subnetIds = [...keep, ...addSn.filter((x) => !keep.includes(x))];
      ep.networkInterfaceIds = [...ep.networkInterfaceIds.filter((x) => !removedEnis.includes(x)), ...cr.eniIds];
    }
    // security groups
    if (addSg.length || remSg.length) {
      const e = checkGroups(w, addSg, ep.vpcId, c);
      if (e) return fail(e.code, e.message);
      const groups = [
        ...ep.groupIds.filter((g) => !remSg.includes(g)),
        ...addSg.filter((g) => !ep.groupIds.includes(g)),
      ];
      if (groups.length === 0)
        return fail("InvalidParameter", "An interface endpoint must have at least one security group.");
      ep.groupIds = groups;
      for (const eniId of ep.networkInterfaceIds) {
        const eni = w.networkInterfaces[eniId];
        if (eni) w = put(w, "networkInterfaces", eniId, { ...eni, groupIds: groups });
      }
    }
    if (typeof input.privateDnsEnabled === "boolean" && input.privateDnsEnabled !== ep.privateDnsEnabled) {
      if (input.privateDnsEnabled) {
        const e = checkPrivateDns(w, ep.vpcId, ep.serviceName, ep.id);
        if (e) return fail(e.code, e.message);
      }
      ep = { ...ep, privateDnsEnabled: input.privateDnsEnabled };
    }
    return ok(put(w, "vpcEndpoints", ep.id, ep), true as const);
  });
}

export function deleteVpcEndpoints(
  world: World,
  input: { vpcEndpointIds: string[]; dryRun?: boolean },
  ctx?: OpContext,
): OpResult<{ unsuccessful: UnsuccessfulItem[] }> {
  return guardObj(input, () => {
    const c = resolveCtx(world, ctx);
    const ids = asStringArray(input?.vpcEndpointIds);
    if (!ids || ids.length === 0)
      return fail("MissingParameter", "The request must contain the parameter VpcEndpointId");
    let w = world;
    const unsuccessful: UnsuccessfulItem[] = [];
    for (const id of ids) {
      const r = lookup(w, "vpcEndpoint", id, c, { param: "VpcEndpointId" });
      if (!r.ok || r.item.state === "deleted") {
        unsuccessful.push({
          resourceId: id,
          error: err("InvalidVpcEndpointId.NotFound", `The Vpc Endpoint Id '${id}' does not exist`),
        });
        continue;
      }
      const ep = r.item;
      if (ep.state === "deleting") continue;
      if (ep.type === "Gateway") w = removeGatewayRoutes(w, ep.routeTableIds, ep.id);
      w = put(w, "vpcEndpoints", ep.id, { ...ep, state: "deleting", stateChangedAt: w.clock });
    }
    return ok(w, { unsuccessful });
  });
}

/** Hard-remove an endpoint and its ENIs (used by the lifecycle after `deleting`). */
export function purgeEndpoint(world: World, id: string): World {
  const ep = world.vpcEndpoints[id];
  if (!ep) return world;
  const enis = { ...world.networkInterfaces };
  for (const e of ep.networkInterfaceIds) delete enis[e];
  const eps = { ...world.vpcEndpoints };
  delete eps[id];
  let w: World = { ...world, networkInterfaces: enis, vpcEndpoints: eps };
  if (ep.type === "Gateway") w = removeGatewayRoutes(w, ep.routeTableIds, id);
  // GWLB endpoint routes become blackholes
  for (const rt of Object.values(w.routeTables)) {
    if (rt.routes.some((r) => r.gatewayId === id)) {
      w = put(w, "routeTables", rt.id, {
        ...rt,
        routes: rt.routes.map((r) => (r.gatewayId === id ? { ...r, state: "blackhole" as const } : r)),
      });
    }
  }
  return w;
}
