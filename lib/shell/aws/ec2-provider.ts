/** `aws ec2` PrivateLink provider side, peering, VPN, and waiters. */
import type { AwsCall, OpDef, OpOutcome } from "./cli";
import { cliTime } from "./cli";
import { applyFilters, bool, dryRun, opCtx, simOp, str, strs, tagFilter, tagsField, tagsFromSpecs } from "./common";
import { peeringShape } from "./ec2-more";
import {
  acceptVpcEndpointConnections,
  connectionsOfService,
  createVpcEndpointServiceConfiguration,
  createVpcPeeringConnection,
  describeServicePermissions,
  endpointDnsEntries,
  modifyVpcEndpointServicePermissions,
  rejectVpcEndpointConnections,
  type EndpointService,
  type VpnConnection,
  type World,
} from "../simport";

const ec2Target = (action: string) => () => ({ service: "ec2", action: `ec2:${action}` });

function serviceConfigShape(s: EndpointService): unknown {
  // ServiceConfiguration order (aws-reference §1.5).
  const o: Record<string, unknown> = {
    ServiceType: [{ ServiceType: s.type }],
    ServiceId: s.id,
    ServiceName: s.serviceName,
    ServiceState: s.state,
    AvailabilityZones: s.availabilityZones,
    AcceptanceRequired: s.acceptanceRequired,
    ManagesVpcEndpoints: false,
  };
  if (s.networkLoadBalancerArns.length) o.NetworkLoadBalancerArns = s.networkLoadBalancerArns;
  if (s.gatewayLoadBalancerArns.length) o.GatewayLoadBalancerArns = s.gatewayLoadBalancerArns;
  o.SupportedIpAddressTypes = ["ipv4"];
  o.BaseEndpointDnsNames = [`${s.id}.${s.region}.vpce.amazonaws.com`];
  if (s.privateDnsName) {
    o.PrivateDnsName = s.privateDnsName;
    o.PrivateDnsNameConfiguration = {
      State: s.privateDnsNameState ?? "pendingVerification",
      Type: "TXT",
      Value: `vpce:${s.id.slice(9)}`,
      Name: `_${s.id.slice(9, 17)}`,
    };
  }
  o.Tags = s.tags.map((t) => ({ Key: t.Key, Value: t.Value }));
  return o;
}

const createServiceConfig: OpDef = {
  name: "create-vpc-endpoint-service-configuration",
  api: "CreateVpcEndpointServiceConfiguration",
  summary: "Creates a VPC endpoint service (PrivateLink provider) in front of an NLB or GWLB.",
  params: [],
  target: ec2Target("CreateVpcEndpointServiceConfiguration"),
  run(call) {
    if (call.values["dry-run"] === true) return dryRun("CreateVpcEndpointServiceConfiguration");
    const v = call.values;
    const r = createVpcEndpointServiceConfiguration(
      call.state.world,
      {
        networkLoadBalancerArns: strs(v["network-load-balancer-arns"]),
        gatewayLoadBalancerArns: strs(v["gateway-load-balancer-arns"]),
        acceptanceRequired: bool(v["acceptance-required"]),
        privateDnsName: str(v["private-dns-name"]),
        tags: tagsFromSpecs(v["tag-specifications"]),
      },
      opCtx(call),
    );
    return simOp(call, r, (s) => ({ ServiceConfiguration: serviceConfigShape(s) }));
  },
};

function ownServices(call: AwsCall): EndpointService[] {
  return Object.values(call.state.world.endpointServices).filter((s) => s.ownerId === call.accountId && s.region === call.region && s.state !== "Deleted");
}

function svcNotFound(id: string): OpOutcome {
  return { kind: "error", code: "InvalidVpcEndpointServiceId.NotFound", message: `The Vpc Endpoint Service Id '${id}' does not exist` };
}

const describeServiceConfigs: OpDef = {
  name: "describe-vpc-endpoint-service-configurations",
  api: "DescribeVpcEndpointServiceConfigurations",
  summary: "Describes the VPC endpoint service configurations in your account (your services).",
  params: [{ name: "service-ids", type: "strings", ids: "vpce-svc" }],
  target: ec2Target("DescribeVpcEndpointServiceConfigurations"),
  run(call) {
    let items = ownServices(call);
    const ids = strs(call.values["service-ids"]);
    if (ids) {
      for (const id of ids) if (!items.some((s) => s.id === id)) return svcNotFound(id);
      items = items.filter((s) => ids.includes(s.id));
    }
    const f = applyFilters(items, call.values.filters, (s, name) => {
      if (!s) return ["probe"];
      if (name === "service-name") return [s.serviceName];
      if (name === "service-id") return [s.id];
      if (name === "service-state") return [s.state];
      return tagFilter(s.tags, name);
    });
    if (!f.ok) return { kind: "error", code: f.code, message: f.message };
    return { kind: "data", data: { ServiceConfigurations: f.items.map(serviceConfigShape) } };
  },
};

function principalList(v: unknown): string[] | undefined {
  const list = strs(v as string[] | undefined);
  if (!list) return undefined;
  // Accepts JSON ('["arn:…"]', handled by the parser) or plain values.
  return list;
}

const modifyPermissions: OpDef = {
  name: "modify-vpc-endpoint-service-permissions",
  api: "ModifyVpcEndpointServicePermissions",
  summary: "Adds or removes principals allowed to discover and connect to your endpoint service.",
  params: [
    { name: "service-id", type: "string", required: true, ids: "vpce-svc" },
  ],
  target: ec2Target("ModifyVpcEndpointServicePermissions"),
  run(call) {
    if (call.values["dry-run"] === true) return dryRun("ModifyVpcEndpointServicePermissions");
    const v = call.values;
    const r = modifyVpcEndpointServicePermissions(
      call.state.world,
      { serviceId: str(v["service-id"]) ?? "", addAllowedPrincipals: principalList(v["add-allowed-principals"]), removeAllowedPrincipals: principalList(v["remove-allowed-principals"]) },
      opCtx(call),
    );
    // v2 model: AddedPrincipals before ReturnValue (aws-reference §2.10).
    return simOp(call, r, (x) => {
      const o: Record<string, unknown> = {};
      if (x.addedPrincipals.length) {
        o.AddedPrincipals = x.addedPrincipals.map((p, i) => ({
          PrincipalType: p.principalType,
          Principal: p.principal,
          ServicePermissionId: `sp-${(str(v["service-id"]) ?? "").slice(9, 26)}${i}`.slice(0, 20),
          ServiceId: str(v["service-id"]),
        }));
      }
      o.ReturnValue = true;
      return o;
    });
  },
};

const describePermissions: OpDef = {
  name: "describe-vpc-endpoint-service-permissions",
  api: "DescribeVpcEndpointServicePermissions",
  summary: "Describes the principals allowed to connect to your endpoint service.",
  params: [{ name: "service-id", type: "string", required: true, ids: "vpce-svc" }],
  target: ec2Target("DescribeVpcEndpointServicePermissions"),
  run(call) {
    const id = str(call.values["service-id"]) ?? "";
    if (!ownServices(call).some((s) => s.id === id)) return svcNotFound(id);
    const list = describeServicePermissions(call.state.world, id);
    // AllowedPrincipal: PrincipalType, Principal, … (§1.5; doc example shows just these two).
    return { kind: "data", data: { AllowedPrincipals: list.map((p) => ({ PrincipalType: p.principalType, Principal: p.principal })) } };
  },
};

const describeConnections: OpDef = {
  name: "describe-vpc-endpoint-connections",
  api: "DescribeVpcEndpointConnections",
  summary: "Describes the VPC endpoint connections to your endpoint services (provider side).",
  params: [],
  target: ec2Target("DescribeVpcEndpointConnections"),
  run(call) {
    const w = call.state.world;
    const conns = ownServices(call).flatMap((s) => connectionsOfService(w, s.id));
    const f = applyFilters(conns, call.values.filters, (c, name) => {
      if (!c) return ["probe"];
      if (name === "service-id") return [c.serviceId];
      if (name === "vpc-endpoint-id") return [c.vpcEndpointId];
      if (name === "vpc-endpoint-owner") return [c.vpcEndpointOwner];
      if (name === "vpc-endpoint-state") return [c.vpcEndpointState];
      if (name === "ip-address-type") return ["ipv4"];
      return undefined;
    });
    if (!f.ok) return { kind: "error", code: f.code, message: f.message };
    // VpcEndpointConnection: ServiceId, VpcEndpointId, VpcEndpointOwner, VpcEndpointState, CreationTimestamp, DnsEntries, … (§1.5).
    return {
      kind: "data",
      data: {
        VpcEndpointConnections: f.items.map((c) => {
          const ep = w.vpcEndpoints[c.vpcEndpointId];
          return {
            ServiceId: c.serviceId,
            VpcEndpointId: c.vpcEndpointId,
            VpcEndpointOwner: c.vpcEndpointOwner,
            VpcEndpointState: c.vpcEndpointState,
            CreationTimestamp: cliTime(c.creationTimestamp),
            DnsEntries: ep ? endpointDnsEntries(w, ep).map((d) => ({ DnsName: d.dnsName, HostedZoneId: d.hostedZoneId })) : [],
            NetworkLoadBalancerArns: w.endpointServices[c.serviceId]?.networkLoadBalancerArns ?? [],
            IpAddressType: "ipv4",
          };
        }),
      },
    };
  },
};

function actOn(name: string, api: string, fn: typeof acceptVpcEndpointConnections): OpDef {
  return {
    name,
    api,
    summary: `${api}: per-item failures are listed in Unsuccessful (rc 0).`,
    params: [{ name: "service-id", type: "string", required: true, ids: "vpce-svc" }, { name: "vpc-endpoint-ids", type: "strings", required: true, ids: "vpce" }],
    target: ec2Target(api),
    run(call) {
      if (call.values["dry-run"] === true) return dryRun(api);
      const r = fn(call.state.world, { serviceId: str(call.values["service-id"]) ?? "", vpcEndpointIds: strs(call.values["vpc-endpoint-ids"]) ?? [] }, opCtx(call));
      return simOp(call, r, (v) => ({ Unsuccessful: v.unsuccessful.map((u) => ({ Error: { Code: u.error.code, Message: u.error.message }, ResourceId: u.resourceId })) }));
    },
  };
}

const createPeering: OpDef = {
  name: "create-vpc-peering-connection",
  api: "CreateVpcPeeringConnection",
  summary: "Requests a VPC peering connection between two VPCs.",
  params: [
    { name: "vpc-id", type: "string", required: true, ids: "vpc" },
    { name: "peer-vpc-id", type: "string", required: true, ids: "vpc" },
  ],
  target: ec2Target("CreateVpcPeeringConnection"),
  run(call) {
    if (call.values["dry-run"] === true) return dryRun("CreateVpcPeeringConnection");
    const v = call.values;
    const r = createVpcPeeringConnection(
      call.state.world,
      { vpcId: str(v["vpc-id"]) ?? "", peerVpcId: str(v["peer-vpc-id"]) ?? "", peerOwnerId: str(v["peer-owner-id"]), peerRegion: str(v["peer-region"]), tags: tagsFromSpecs(v["tag-specifications"]) },
      opCtx(call),
    );
    return simOp(call, r, (p) => ({ VpcPeeringConnection: peeringShape(p) }));
  },
};

function vpnShape(v: VpnConnection, w: World): unknown {
  void w;
  // VpnConnection member order from botocore's ec2 service-2.json; CustomerGatewayConfiguration (the device config XML) omitted.
  return {
    Category: "VPN",
    Options: { EnableAcceleration: false, StaticRoutesOnly: v.staticRoutesOnly, LocalIpv4NetworkCidr: "0.0.0.0/0", RemoteIpv4NetworkCidr: "0.0.0.0/0", OutsideIpAddressType: "PublicIpv4", TunnelInsideIpVersion: "ipv4" },
    Routes: v.routes.map((r) => ({ DestinationCidrBlock: r.destinationCidrBlock, Source: r.source, State: r.state })),
    ...tagsField(v.tags),
    VgwTelemetry: v.tunnels.map((t) => ({
      AcceptedRouteCount: t.acceptedRouteCount,
      LastStatusChange: cliTime(t.lastStatusChange),
      OutsideIpAddress: t.outsideIpAddress,
      Status: t.status,
      StatusMessage: t.statusMessage,
    })),
    VpnConnectionId: v.id,
    State: v.state,
    Type: v.type,
    CustomerGatewayId: v.customerGatewayId,
    VpnGatewayId: v.vpnGatewayId,
  };
}

const describeVpn: OpDef = {
  name: "describe-vpn-connections",
  api: "DescribeVpnConnections",
  summary: "Describes your Site-to-Site VPN connections and their two tunnels.",
  params: [],
  target: ec2Target("DescribeVpnConnections"),
  run(call) {
    const w = call.state.world;
    let items = Object.values(w.vpnConnections).filter((v) => v.ownerId === call.accountId && v.region === call.region);
    const ids = strs(call.values["vpn-connection-ids"]);
    if (ids) {
      for (const id of ids) if (!items.some((v) => v.id === id)) return { kind: "error", code: "InvalidVpnConnectionID.NotFound", message: `The vpnConnection ID '${id}' does not exist` };
      items = items.filter((v) => ids.includes(v.id));
    }
    const f = applyFilters(items, call.values.filters, (v, name) => {
      if (!v) return ["probe"];
      if (name === "vpn-connection-id") return [v.id];
      if (name === "state") return [v.state];
      if (name === "customer-gateway-id") return [v.customerGatewayId];
      if (name === "vpn-gateway-id") return [v.vpnGatewayId];
      return tagFilter(v.tags, name);
    });
    if (!f.ok) return { kind: "error", code: f.code, message: f.message };
    return { kind: "data", data: { VpnConnections: f.items.map((v) => vpnShape(v, w)) } };
  },
};

export const providerOps: OpDef[] = [
  createServiceConfig,
  describeServiceConfigs,
  modifyPermissions,
  describePermissions,
  describeConnections,
  actOn("accept-vpc-endpoint-connections", "AcceptVpcEndpointConnections", acceptVpcEndpointConnections),
  actOn("reject-vpc-endpoint-connections", "RejectVpcEndpointConnections", rejectVpcEndpointConnections),
  createPeering,
  describeVpn,
];
