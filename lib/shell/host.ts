/** Where the terminal runs: an EC2 instance or an on-premises host of the World. */
import type { World } from "./simport";

export interface HostInfo {
  id: string;
  kind: "instance" | "onprem";
  name: string;
  hostname: string;
  ip: string;
  publicIp?: string;
  accountId?: string;
  region?: string;
  vpcId?: string;
  subnetId?: string;
  az?: string;
  role?: string;
  instanceType?: string;
  imageId?: string;
  launchTime?: number;
  listeningPorts: number[];
  principalArn?: string;
}

function nameTag(tags: Array<{ Key: string; Value: string }> | undefined): string | undefined {
  return tags?.find((t) => t.Key === "Name")?.Value;
}

// HostInfo values are shared between callers asking about the same World (treat as read-only).
const hostCache = new WeakMap<World, Map<string, HostInfo | null>>();

export function hostInfo(world: World, ref: string): HostInfo | null {
  if (typeof ref !== "string" || typeof world !== "object" || world === null) return hostInfoUncached(world, ref);
  let m = hostCache.get(world);
  if (!m) hostCache.set(world, (m = new Map()));
  let hit = m.get(ref);
  if (hit === undefined) {
    hit = hostInfoUncached(world, ref);
    if (m.size < 500) m.set(ref, hit);
  }
  return hit;
}

function hostInfoUncached(world: World, ref: string): HostInfo | null {
  const instances = world.instances ?? {};
  let inst = instances[ref];
  if (!inst) {
    for (const i of Object.values(instances)) {
      if (nameTag(i.tags) === ref || i.privateIpAddress === ref || (i.publicIpAddress && i.publicIpAddress === ref)) {
        if (i.state !== "terminated") {
          inst = i;
          break;
        }
      }
    }
  }
  if (inst) {
    return {
      id: inst.id,
      kind: "instance",
      name: nameTag(inst.tags) ?? inst.id,
      hostname: "ip-" + inst.privateIpAddress.replace(/\./g, "-"),
      ip: inst.privateIpAddress,
      publicIp: inst.publicIpAddress,
      accountId: inst.ownerId,
      region: inst.region,
      vpcId: inst.vpcId,
      subnetId: inst.subnetId,
      az: inst.az,
      role: inst.iamRole,
      instanceType: inst.instanceType,
      imageId: inst.imageId,
      launchTime: inst.launchTime,
      listeningPorts: inst.listeningPorts,
    };
  }
  const hosts = world.onPremHosts ?? {};
  let h = hosts[ref];
  if (!h) h = Object.values(hosts).find((x) => x.name === ref || x.ip === ref) as typeof h;
  if (h) {
    return {
      id: h.id,
      kind: "onprem",
      name: h.name,
      hostname: h.name,
      ip: h.ip,
      listeningPorts: h.listeningPorts,
      principalArn: h.principalArn,
    };
  }
  return null;
}

export function currentHost(state: { world: World; hostStack: string[] }): HostInfo | null {
  return hostInfo(state.world, state.hostStack[state.hostStack.length - 1] ?? "");
}
