/** Worlds for shell tests: the canonical lab, plus an admin role on the bastion (see NEEDS-FROM-SIM.md). */
import { labWorld, sandboxWorld, scenario, type World } from "../../sim";

export const ADMIN_POLICY = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] });

export function withBastionAdmin(w: World): World {
  const acct = w.defaultAccountId;
  const arn = `arn:aws:iam::${acct}:role/LabAdminRole`;
  const account = w.accounts[acct];
  const bastion = Object.values(w.instances).find((i) => i.tags.some((t) => t.Key === "Name" && t.Value === "bastion"));
  if (!bastion) return w;
  return {
    ...w,
    accounts: { ...w.accounts, [acct]: { ...account, principals: { ...account.principals, [arn]: { arn, kind: "role", name: "LabAdminRole", accountId: acct, policies: [ADMIN_POLICY] } } } },
    instances: { ...w.instances, [bastion.id]: { ...bastion, iamRole: "LabAdminRole" } },
  };
}

export const lab = (): World => withBastionAdmin(labWorld());
export const sandbox = (): World => withBastionAdmin(sandboxWorld());

/** Two accounts for the PrivateLink lab (lesson 17): provider NLB + consumer VPC. */
export function privateLinkWorld(): World {
  return scenario({ seed: 11, regions: ["us-east-1"] })
    .account("444455556666", "provider")
    .region("us-east-1")
    .as("444455556666", "us-east-1")
    .role("ProviderAdmin", [ADMIN_POLICY])
    .vpc("provider-vpc", "10.1.0.0/16", (v) =>
      v.privateSubnet("prov-a", "10.1.1.0/24", "us-east-1a").securityGroup("svc-sg", "service hosts", { ingress: [{ port: 443, cidr: "10.1.0.0/16" }] }),
    )
    .instance("svc-host", { subnet: "prov-a", listeningPorts: [443], securityGroups: ["svc-sg"] })
    .nlb("svc-nlb", { subnets: ["prov-a"], targets: ["svc-host"], port: 443 })
    .account("111122223333", "consumer")
    .as("111122223333", "us-east-1")
    .role("ConsumerAdmin", [ADMIN_POLICY])
    .vpc("consumer-vpc", "10.0.0.0/16", (v) => v.publicSubnet("cons-pub", "10.0.1.0/24", "us-east-1a").privateSubnet("cons-a", "10.0.2.0/24", "us-east-1a"))
    .instance("client", { subnet: "cons-pub", publicIp: true, role: "ConsumerAdmin" })
    .build();
}

/** A VPC with a site-to-site VPN to an on-prem network, and a second VPC with an overlapping CIDR. */
export function vpnWorld(): World {
  return scenario({ seed: 5, regions: ["us-east-1"] })
    .account("111122223333", "learner")
    .region("us-east-1")
    .role("LabAdminRole", [ADMIN_POLICY])
    .vpc("lab-vpc", "10.0.0.0/16", (v) => v.publicSubnet("public-a", "10.0.1.0/24", "us-east-1a").privateSubnet("private-a", "10.0.2.0/24", "us-east-1a"))
    .vpc("other-vpc", "10.0.0.0/16", (v) => v.privateSubnet("other-a", "10.0.8.0/24", "us-east-1a"))
    .instance("bastion", { subnet: "public-a", publicIp: true, role: "LabAdminRole" })
    .onPrem("corp-dc", "192.168.0.0/16", { internetAccess: true })
    .onPremHost("corp-laptop", { network: "corp-dc", ip: "192.168.1.10", listeningPorts: [22] })
    .vpn("corp-vpn", { vpc: "lab-vpc", onPrem: "corp-dc", staticRoutes: ["192.168.0.0/16"], propagateTo: ["private-rt"], tunnelsUp: 1 })
    .build();
}
