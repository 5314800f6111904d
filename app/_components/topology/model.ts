import type { World } from "@/lib/sim";

/**
 * Turns a World into the boxes the topology picture draws: accounts → VPCs → AZ → subnets with
 * their instances, NAT gateways and endpoint interfaces; VPC-edge gateways and gateway endpoints;
 * S3 buckets by region; on-premises networks; VPN tunnels and peering links. Pure and ordered by
 * creation, so the picture is stable as commands change the World.
 */
export type Node = { id: string; label: string; detail?: string; kind: string; state?: string };
export type SubnetBox = Node & { routeTable: string; public: boolean; members: Node[] };
export type VpcBox = Node & { account: string; region: string; azs: Array<{ az: string; subnets: SubnetBox[] }>; edge: Node[]; routeTables: Node[] };
export type Link = { id: string; label: string; state: string; kind: "vpn" | "peering" };
export type TopologyModel = {
  vpcs: VpcBox[];
  buckets: Array<{ region: string; items: Node[] }>;
  onPrem: Array<Node & { hosts: Node[] }>;
  links: Link[];
};

type Tagged = { id: string; tags?: Array<{ Key: string; Value: string }> };
const nameOf = (r: Tagged) => r.tags?.find((t) => t.Key === "Name")?.Value;
const label = (r: Tagged) => nameOf(r) ?? r.id;

const shortService = (serviceName: string) => serviceName.split(".").at(-1) ?? serviceName;

export function topologyModel(world: World): TopologyModel {
  const subnets = Object.values(world.subnets ?? {});
  const routeTables = Object.values(world.routeTables ?? {});
  const instances = Object.values(world.instances ?? {});
  const endpoints = Object.values(world.vpcEndpoints ?? {});
  const nats = Object.values(world.natGateways ?? {});

  const rtFor = (subnetId: string, vpcId: string) => {
    const explicit = routeTables.find((rt) => rt.associations.some((a) => a.subnetId === subnetId));
    const main = routeTables.find((rt) => rt.vpcId === vpcId && rt.associations.some((a) => a.main));
    return explicit ?? main;
  };
  const isPublic = (rtId?: string) =>
    Boolean(rtId && routeTables.find((r) => r.id === rtId)?.routes.some((r) => r.destinationCidrBlock === "0.0.0.0/0" && r.gatewayId?.startsWith("igw-")));

  const vpcs: VpcBox[] = Object.values(world.vpcs ?? {}).map((vpc) => {
    const own = subnets.filter((s) => s.vpcId === vpc.id);
    const azNames = [...new Set(own.map((s) => s.az))].sort();
    const azs = azNames.map((az) => ({
      az,
      subnets: own
        .filter((s) => s.az === az)
        .map((s): SubnetBox => {
          const rt = rtFor(s.id, vpc.id);
          const members: Node[] = [
            ...instances
              .filter((i) => i.subnetId === s.id && i.state !== "terminated")
              .map((i) => ({ id: i.id, label: label(i), detail: i.privateIpAddress, kind: "instance", state: i.state })),
            ...nats
              .filter((n) => n.subnetId === s.id && n.state !== "deleted")
              .map((n) => ({ id: n.id, label: label(n), detail: "NAT gateway", kind: "nat", state: n.state })),
            ...endpoints
              .filter((e) => e.type !== "Gateway" && e.subnetIds.includes(s.id) && e.state !== "deleted")
              .map((e) => ({
                id: e.id,
                label: `${shortService(e.serviceName)} endpoint`,
                detail: e.type === "Interface" ? "interface ENI" : "GWLB endpoint",
                kind: e.type === "Interface" ? "vpce-interface" : "vpce-gwlb",
                state: e.state,
              })),
          ];
          return { id: s.id, label: label(s), detail: s.cidrBlock, kind: "subnet", routeTable: rt ? label(rt) : "—", public: isPublic(rt?.id), members };
        }),
    }));
    const edge: Node[] = [
      ...Object.values(world.internetGateways ?? {})
        .filter((g) => g.attachments.some((a) => a.vpcId === vpc.id))
        .map((g) => ({ id: g.id, label: label(g), detail: "internet gateway", kind: "igw" })),
      ...Object.values(world.vpnGateways ?? {})
        .filter((g) => g.attachments.some((a) => a.vpcId === vpc.id && a.state === "attached"))
        .map((g) => ({ id: g.id, label: label(g), detail: "virtual private gateway", kind: "vgw" })),
      ...endpoints
        .filter((e) => e.type === "Gateway" && e.vpcId === vpc.id && e.state !== "deleted")
        .map((e) => ({
          id: e.id,
          label: `${shortService(e.serviceName)} gateway endpoint`,
          detail: e.routeTableIds.map((id) => label(routeTables.find((r) => r.id === id) ?? { id })).join(", ") || "no route tables",
          kind: "vpce-gateway",
          state: e.state,
        })),
    ];
    return {
      id: vpc.id,
      label: label(vpc),
      detail: vpc.cidrBlock,
      kind: "vpc",
      account: vpc.ownerId,
      region: vpc.region,
      azs,
      edge,
      routeTables: routeTables.filter((r) => r.vpcId === vpc.id).map((r) => ({ id: r.id, label: label(r), kind: "rtb" })),
    };
  });

  const regions = [...new Set(Object.values(world.buckets ?? {}).map((b) => b.region))].sort();
  const buckets = regions.map((region) => ({
    region,
    items: Object.values(world.buckets ?? {})
      .filter((b) => b.region === region)
      .map((b) => ({ id: b.name, label: b.name, kind: "bucket" })),
  }));

  const onPrem = Object.values(world.onPremNetworks ?? {}).map((n) => ({
    id: n.id,
    label: n.name,
    detail: n.cidrBlock,
    kind: "onprem",
    hosts: Object.values(world.onPremHosts ?? {})
      .filter((h) => h.networkId === n.id)
      .map((h) => ({ id: h.id, label: h.name, detail: h.ip, kind: "host" })),
  }));

  const links: Link[] = [
    ...Object.values(world.vpnConnections ?? {})
      .filter((v) => v.state !== "deleted")
      .map((v): Link => {
        const up = v.tunnels.filter((t) => t.status === "UP").length;
        return { id: v.id, label: `VPN ${label(v)}: ${up} of ${v.tunnels.length} tunnels up`, state: up > 0 ? "up" : "down", kind: "vpn" };
      }),
    ...Object.values(world.vpcPeeringConnections ?? {})
      .filter((p) => p.status.code !== "deleted")
      .map((p): Link => ({
        id: p.id,
        label: `Peering ${label(p)}: ${label(world.vpcs[p.requester.vpcId] ?? { id: p.requester.vpcId })} ↔ ${label(world.vpcs[p.accepter.vpcId] ?? { id: p.accepter.vpcId })}`,
        state: p.status.code,
        kind: "peering",
      })),
  ];

  return { vpcs, buckets, onPrem, links };
}
