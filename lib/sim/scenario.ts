/**
 * Scenario builders: describe a World by Name tags; ids are generated deterministically.
 * `build()` throws a descriptive Error when the description is inconsistent (author error) —
 * the operations it uses never throw.
 */
import type { World } from "./schema";
import type { OpResult } from "./core";
import { put } from "./core";
import { emptyWorld, idByName, rootArn, type EmptyWorldOptions } from "./world";
import { awsServiceName } from "./catalog";
import {
  associateRouteTable,
  attachInternetGateway,
  authorizeSecurityGroupEgress,
  authorizeSecurityGroupIngress,
  createInternetGateway,
  createNatGateway,
  createRoute,
  createRouteTable,
  createSecurityGroup,
  createSubnet,
  createVpc,
  runInstances,
  type IpPermission,
} from "./ops/vpc";
import { createVpcEndpoint } from "./ops/endpoints";
import {
  createListener,
  createLoadBalancer,
  createTargetGroup,
  createVpcEndpointServiceConfiguration,
  modifyVpcEndpointServicePermissions,
  registerTargets,
} from "./ops/privatelink";
import {
  acceptVpcPeeringConnection,
  attachVpnGateway,
  createCustomerGateway,
  createVpcPeeringConnection,
  createVpnConnection,
  createVpnConnectionRoute,
  createVpnGateway,
  enableVgwRoutePropagation,
  refreshAll,
  createTransitGateway,
  createTransitGatewayRoute,
  createTransitGatewayVpcAttachment,
} from "./ops/connect";
import {
  createAccount,
  createBucket,
  createOnPremHost,
  createOnPremNetwork,
  createQueue,
  createRole,
  createTable,
  createUser,
  putBucketPolicy,
  putObject,
} from "./ops/data";
import type { OpContext } from "./ops/common";

export interface RuleSpec {
  protocol?: "tcp" | "udp" | "icmp" | "-1";
  port?: number;
  ports?: [number, number];
  cidr?: string;
  /** security group name (same VPC) */
  sg?: string;
  prefixList?: string;
}

export interface InstanceSpec {
  subnet: string;
  publicIp?: boolean;
  role?: string;
  securityGroups?: string[];
  privateIp?: string;
  listeningPorts?: number[];
  instanceType?: string;
}

export interface EndpointSpec {
  vpc: string;
  /** catalog key ("s3", "sqs") for AWS services in the VPC's region, a full service name, or an endpoint-service Name tag */
  service: string;
  type?: "Gateway" | "Interface" | "GatewayLoadBalancer";
  routeTables?: string[];
  subnets?: string[];
  securityGroups?: string[];
  privateDns?: boolean;
  policy?: string;
  /** leave interface endpoints pending (default: made available) */
  pending?: boolean;
}

class Builder {
  w: World;
  ctx: OpContext = {};
  private opts: EmptyWorldOptions;
  private started = false;
  private pendingAccounts: Array<{ id: string; alias?: string }> = [];

  constructor(opts: EmptyWorldOptions = {}) {
    this.opts = opts;
    this.w = emptyWorld(opts);
  }

  private ensure(): void {
    if (!this.started) {
      this.started = true;
      const accounts = this.pendingAccounts.length > 0 ? this.pendingAccounts : undefined;
      const regions = this.opts.regions;
      this.w = emptyWorld({
        ...this.opts,
        accounts,
        regions,
        defaultRegion: this.ctx.region ?? this.opts.defaultRegion,
      });
    }
  }

  run<T>(label: string, r: OpResult<T>): T {
    if (!r.ok) throw new Error(`scenario: ${label}: ${r.error.code}: ${r.error.message}`);
    this.w = r.world;
    return r.value;
  }

  id(name: string, what: string): string {
    this.ensure();
    const id = idByName(this.w, name);
    if (!id) throw new Error(`scenario: unknown ${what} '${name}'`);
    return id;
  }

  account(id: string, alias?: string): this {
    if (!this.started) {
      this.pendingAccounts.push({ id, alias });
      if (this.pendingAccounts.length === 1) this.ctx.accountId = id;
    } else {
      this.run(`account ${id}`, createAccount(this.w, { accountId: id, alias }));
    }
    return this;
  }

  region(name: string): this {
    this.ctx.region = name;
    if (this.started) this.w = { ...this.w, defaultRegion: this.w.defaultRegion };
    else this.opts = { ...this.opts, defaultRegion: name };
    return this;
  }

  /** act as another account (and optionally region) for the following resources */
  as(accountId: string, region?: string): this {
    this.ensure();
    if (!this.w.accounts[accountId]) this.run(`account ${accountId}`, createAccount(this.w, { accountId }));
    this.ctx = { accountId, region: region ?? this.ctx.region };
    return this;
  }

  role(name: string, policies: string[] = []): this {
    this.ensure();
    this.run(`role ${name}`, createRole(this.w, { name, policies }, this.ctx));
    return this;
  }

  user(name: string, policies: string[] = []): this {
    this.ensure();
    this.run(`user ${name}`, createUser(this.w, { name, policies }, this.ctx));
    return this;
  }

  vpc(
    name: string,
    cidr: string,
    fn?: (v: VpcBuilder) => unknown,
    opts: {
      dnsHostnames?: boolean;
      dnsSupport?: boolean;
      igw?: string;
      publicRouteTable?: string;
      privateRouteTable?: string;
    } = {},
  ): this {
    this.ensure();
    const vpc = this.run(
      `vpc ${name}`,
      createVpc(
        this.w,
        {
          cidrBlock: cidr,
          tags: [{ Key: "Name", Value: name }],
          enableDnsHostnames: opts.dnsHostnames ?? true,
          enableDnsSupport: opts.dnsSupport ?? true,
        },
        this.ctx,
      ),
    );
    const vb = new VpcBuilder(this, vpc.id, name, opts);
    fn?.(vb);
    return this;
  }

  /** Continue building inside an existing VPC (route tables named as in `opts` are reused). */
  vpcIn(
    name: string,
    fn: (v: VpcBuilder) => unknown,
    opts: { igw?: string; publicRouteTable?: string; privateRouteTable?: string } = {},
  ): this {
    this.ensure();
    const vpcId = this.id(name, "vpc");
    const vb = new VpcBuilder(this, vpcId, name, opts);
    const find = (n: string) =>
      Object.values(this.w.routeTables).find(
        (r) => r.vpcId === vpcId && r.tags.some((t) => t.Key === "Name" && t.Value === n),
      )?.id;
    vb.adopt(find(opts.publicRouteTable ?? "public-rt"), find(opts.privateRouteTable ?? "private-rt"));
    fn(vb);
    return this;
  }

  instance(name: string, spec: InstanceSpec): this {
    this.ensure();
    const subnetId = this.id(spec.subnet, "subnet");
    const vpcId = this.w.subnets[subnetId].vpcId;
    const groups = spec.securityGroups?.map((g) => this.sgId(vpcId, g));
    this.run(
      `instance ${name}`,
      runInstances(
        this.w,
        {
          subnetId,
          securityGroupIds: groups,
          associatePublicIpAddress: spec.publicIp ?? false,
          iamRole: spec.role,
          privateIpAddress: spec.privateIp,
          listeningPorts: spec.listeningPorts,
          instanceType: spec.instanceType,
          tags: [{ Key: "Name", Value: name }],
        },
        this.ctx,
      ),
    );
    return this;
  }

  sgId(vpcId: string, name: string): string {
    const g = Object.values(this.w.securityGroups).find(
      (s) => s.vpcId === vpcId && (s.groupName === name || s.tags.some((t) => t.Key === "Name" && t.Value === name)),
    );
    if (!g) throw new Error(`scenario: unknown security group '${name}' in ${vpcId}`);
    return g.id;
  }

  bucket(
    name: string,
    opts: { region?: string; objects?: Record<string, string | number>; policy?: string } = {},
  ): this {
    this.ensure();
    this.run(`bucket ${name}`, createBucket(this.w, { bucket: name, region: opts.region }, this.ctx));
    for (const [key, v] of Object.entries(opts.objects ?? {})) {
      this.run(
        `object ${key}`,
        putObject(this.w, typeof v === "number" ? { bucket: name, key, size: v } : { bucket: name, key, body: v }),
      );
    }
    if (opts.policy)
      this.run(`bucket policy ${name}`, putBucketPolicy(this.w, { bucket: name, policy: opts.policy }, this.ctx));
    return this;
  }

  queue(name: string, policy?: string): this {
    this.ensure();
    this.run(`queue ${name}`, createQueue(this.w, { queueName: name, policy }, this.ctx));
    return this;
  }

  table(name: string): this {
    this.ensure();
    this.run(`table ${name}`, createTable(this.w, { tableName: name }, this.ctx));
    return this;
  }

  endpoint(name: string, spec: EndpointSpec): this {
    this.ensure();
    const vpcId = this.id(spec.vpc, "vpc");
    const vpc = this.w.vpcs[vpcId];
    let serviceName = spec.service;
    if (!serviceName.includes(".")) {
      const custom = idByName(this.w, spec.service, "endpointServices");
      serviceName = custom ? this.w.endpointServices[custom].serviceName : awsServiceName(vpc.region, spec.service);
    }
    const type = spec.type ?? (spec.routeTables ? "Gateway" : "Interface");
    const ep = this.run(
      `endpoint ${name}`,
      createVpcEndpoint(
        this.w,
        {
          vpcId,
          serviceName,
          vpcEndpointType: type,
          routeTableIds: spec.routeTables?.map((r) => this.id(r, "route table")),
          subnetIds: spec.subnets?.map((s) => this.id(s, "subnet")),
          securityGroupIds: spec.securityGroups?.map((g) => this.sgId(vpcId, g)),
          privateDnsEnabled: spec.privateDns,
          policyDocument: spec.policy,
          tags: [{ Key: "Name", Value: name }],
        },
        { ...this.ctx, region: vpc.region },
      ),
    );
    if (!spec.pending && ep.state === "pending")
      this.w = put(this.w, "vpcEndpoints", ep.id, { ...this.w.vpcEndpoints[ep.id], state: "available" });
    return this;
  }

  /** NLB in front of instances (for endpoint services). */
  nlb(name: string, spec: { subnets: string[]; targets: string[]; port: number; type?: "network" | "gateway" }): this {
    this.ensure();
    const subnetIds = spec.subnets.map((s) => this.id(s, "subnet"));
    const vpcId = this.w.subnets[subnetIds[0]].vpcId;
    const lb = this.run(
      `nlb ${name}`,
      createLoadBalancer(this.w, { name, type: spec.type ?? "network", subnets: subnetIds }, this.ctx),
    );
    const tg = this.run(
      `tg ${name}`,
      createTargetGroup(
        this.w,
        {
          name: `${name}-tg`.slice(0, 32),
          vpcId,
          port: spec.port,
          protocol: spec.type === "gateway" ? "GENEVE" : "TCP",
        },
        this.ctx,
      ),
    );
    this.run(
      `targets ${name}`,
      registerTargets(
        this.w,
        { targetGroupArn: tg.arn, targets: spec.targets.map((t) => ({ id: this.id(t, "instance"), port: spec.port })) },
        this.ctx,
      ),
    );
    this.run(
      `listener ${name}`,
      createListener(this.w, { loadBalancerArn: lb.arn, port: spec.port, targetGroupArn: tg.arn }, this.ctx),
    );
    return this;
  }

  endpointService(
    name: string,
    spec: { nlb: string; acceptanceRequired?: boolean; allow?: string[]; privateDnsName?: string },
  ): this {
    this.ensure();
    const lb = Object.values(this.w.loadBalancers).find((l) => l.name === spec.nlb);
    if (!lb) throw new Error(`scenario: unknown load balancer '${spec.nlb}'`);
    const key = lb.type === "network" ? "networkLoadBalancerArns" : "gatewayLoadBalancerArns";
    const svc = this.run(
      `endpoint service ${name}`,
      createVpcEndpointServiceConfiguration(
        this.w,
        {
          [key]: [lb.arn],
          acceptanceRequired: spec.acceptanceRequired ?? true,
          privateDnsName: spec.privateDnsName,
          tags: [{ Key: "Name", Value: name }],
        },
        this.ctx,
      ),
    );
    if (spec.allow?.length) {
      const principals = spec.allow.map((p) => (/^\d{12}$/.test(p) ? rootArn(p) : p));
      this.run(
        `permissions ${name}`,
        modifyVpcEndpointServicePermissions(this.w, { serviceId: svc.id, addAllowedPrincipals: principals }, this.ctx),
      );
    }
    return this;
  }

  onPrem(
    name: string,
    cidr: string,
    opts: { internetAccess?: boolean; defaultRouteViaVpn?: boolean; dnsForwardToVpc?: string } = {},
  ): this {
    this.ensure();
    this.run(
      `on-prem ${name}`,
      createOnPremNetwork(this.w, {
        name,
        cidrBlock: cidr,
        internetAccess: opts.internetAccess,
        defaultRouteViaVpn: opts.defaultRouteViaVpn,
        dnsForwardToVpcId: opts.dnsForwardToVpc ? this.id(opts.dnsForwardToVpc, "vpc") : undefined,
      }),
    );
    return this;
  }

  onPremHost(name: string, spec: { network: string; ip: string; principal?: string; listeningPorts?: number[] }): this {
    this.ensure();
    this.run(
      `host ${name}`,
      createOnPremHost(this.w, {
        name,
        networkId: this.id(spec.network, "on-prem network"),
        ip: spec.ip,
        principalArn: spec.principal,
        listeningPorts: spec.listeningPorts,
      }),
    );
    return this;
  }

  /** Site-to-site VPN between an on-prem network and a VPC (customer gateway, VGW, connection). */
  vpn(
    name: string,
    spec: {
      vpc: string;
      onPrem: string;
      cgwIp?: string;
      staticRoutes?: string[];
      propagateTo?: string[];
      staticRouteIn?: string[];
      tunnelsUp?: boolean | number;
    },
  ): this {
    this.ensure();
    const vpcId = this.id(spec.vpc, "vpc");
    const netId = this.id(spec.onPrem, "on-prem network");
    const cgw = this.run(
      `cgw ${name}`,
      createCustomerGateway(
        this.w,
        {
          ipAddress: spec.cgwIp ?? "198.51.100.10",
          bgpAsn: 65000,
          onPremNetworkId: netId,
          tags: [{ Key: "Name", Value: `${name}-cgw` }],
        },
        this.ctx,
      ),
    );
    const vgw = this.run(
      `vgw ${name}`,
      createVpnGateway(this.w, { tags: [{ Key: "Name", Value: `${name}-vgw` }] }, this.ctx),
    );
    this.run(`attach ${name}`, attachVpnGateway(this.w, { vpnGatewayId: vgw.id, vpcId }, this.ctx));
    const vpn = this.run(
      `vpn ${name}`,
      createVpnConnection(
        this.w,
        {
          customerGatewayId: cgw.id,
          vpnGatewayId: vgw.id,
          staticRoutesOnly: !!spec.staticRoutes,
          tags: [{ Key: "Name", Value: name }],
        },
        this.ctx,
      ),
    );
    // the builder skips the provisioning wait
    this.w = put(this.w, "vpnConnections", vpn.id, { ...this.w.vpnConnections[vpn.id], state: "available" });
    for (const cidr of spec.staticRoutes ?? [])
      this.run(
        `vpn route ${cidr}`,
        createVpnConnectionRoute(this.w, { vpnConnectionId: vpn.id, destinationCidrBlock: cidr }, this.ctx),
      );
    const up =
      spec.tunnelsUp === undefined || spec.tunnelsUp === true ? 2 : spec.tunnelsUp === false ? 0 : spec.tunnelsUp;
    const cur = this.w.vpnConnections[vpn.id];
    this.w = put(this.w, "vpnConnections", vpn.id, {
      ...cur,
      tunnels: cur.tunnels.map((t, i) => (i < up ? { ...t, status: "UP" as const, statusMessage: "1 BGP ROUTES" } : t)),
    });
    for (const rt of spec.propagateTo ?? [])
      this.run(
        `propagate ${rt}`,
        enableVgwRoutePropagation(this.w, { gatewayId: vgw.id, routeTableId: this.id(rt, "route table") }, this.ctx),
      );
    const onPremCidr = this.w.onPremNetworks[netId].cidrBlock;
    for (const rt of spec.staticRouteIn ?? [])
      this.run(
        `route ${rt}`,
        createRoute(
          this.w,
          { routeTableId: this.id(rt, "route table"), destinationCidrBlock: onPremCidr, gatewayId: vgw.id },
          this.ctx,
        ),
      );
    this.w = refreshAll(this.w);
    return this;
  }

  /** VPC peering (accepted by default, with routes in the given tables on both sides). */
  peering(
    name: string,
    spec: {
      requester: string;
      accepter: string;
      accept?: boolean;
      requesterRouteTables?: string[];
      accepterRouteTables?: string[];
    },
  ): this {
    this.ensure();
    const a = this.id(spec.requester, "vpc");
    const b = this.id(spec.accepter, "vpc");
    const va = this.w.vpcs[a];
    const vb = this.w.vpcs[b];
    const pcx = this.run(
      `peering ${name}`,
      createVpcPeeringConnection(
        this.w,
        {
          vpcId: a,
          peerVpcId: b,
          peerOwnerId: vb.ownerId,
          peerRegion: vb.region,
          tags: [{ Key: "Name", Value: name }],
        },
        { accountId: va.ownerId, region: va.region },
      ),
    );
    if ((spec.accept ?? true) && pcx.status.code === "pending-acceptance") {
      this.run(
        `accept ${name}`,
        acceptVpcPeeringConnection(
          this.w,
          { vpcPeeringConnectionId: pcx.id },
          { accountId: vb.ownerId, region: vb.region },
        ),
      );
      for (const rt of spec.requesterRouteTables ?? [])
        this.run(
          `route ${rt}`,
          createRoute(
            this.w,
            {
              routeTableId: this.id(rt, "route table"),
              destinationCidrBlock: vb.cidrBlock,
              vpcPeeringConnectionId: pcx.id,
            },
            { accountId: va.ownerId },
          ),
        );
      for (const rt of spec.accepterRouteTables ?? [])
        this.run(
          `route ${rt}`,
          createRoute(
            this.w,
            {
              routeTableId: this.id(rt, "route table"),
              destinationCidrBlock: va.cidrBlock,
              vpcPeeringConnectionId: pcx.id,
            },
            { accountId: vb.ownerId },
          ),
        );
    }
    return this;
  }

  /**
   * Transit gateway with VPC attachments (VPC CIDRs propagate), optional static TGW routes
   * (`{cidr, vpc}` → that VPC's attachment) and VPC routes to the TGW (`{routeTable, cidr}`).
   */
  transitGateway(
    name: string,
    spec: {
      attachments: Array<{ vpc: string; subnets: string[] }>;
      staticRoutes?: Array<{ cidr: string; vpc: string }>;
      vpcRoutes?: Array<{ routeTable: string; cidr: string }>;
    },
  ): this {
    this.ensure();
    const tgw = this.run(
      `tgw ${name}`,
      createTransitGateway(this.w, { tags: [{ Key: "Name", Value: name }] }, this.ctx),
    );
    const attByVpc = new Map<string, string>();
    for (const a of spec.attachments) {
      const att = this.run(
        `tgw attachment ${a.vpc}`,
        createTransitGatewayVpcAttachment(
          this.w,
          {
            transitGatewayId: tgw.id,
            vpcId: this.id(a.vpc, "vpc"),
            subnetIds: a.subnets.map((s) => this.id(s, "subnet")),
          },
          this.ctx,
        ),
      );
      attByVpc.set(a.vpc, att.id);
    }
    for (const r of spec.staticRoutes ?? []) {
      this.run(
        `tgw route ${r.cidr}`,
        createTransitGatewayRoute(
          this.w,
          { transitGatewayId: tgw.id, destinationCidrBlock: r.cidr, transitGatewayAttachmentId: attByVpc.get(r.vpc) },
          this.ctx,
        ),
      );
    }
    for (const r of spec.vpcRoutes ?? []) {
      this.run(
        `route ${r.routeTable} ${r.cidr}`,
        createRoute(
          this.w,
          {
            routeTableId: this.id(r.routeTable, "route table"),
            destinationCidrBlock: r.cidr,
            transitGatewayId: tgw.id,
          },
          this.ctx,
        ),
      );
    }
    return this;
  }

  /** Escape hatch: apply any function to the World. */
  do(fn: (w: World) => World): this {
    this.ensure();
    this.w = fn(this.w);
    return this;
  }

  build(): World {
    this.ensure();
    return this.w;
  }
}

export class VpcBuilder {
  private igwId?: string;
  private publicRt?: string;
  private privateRt?: string;
  constructor(
    private b: Builder,
    readonly vpcId: string,
    readonly name: string,
    private opts: { igw?: string; publicRouteTable?: string; privateRouteTable?: string },
  ) {}

  /** reuse existing route tables (see Builder.vpcIn) */
  adopt(publicRt: string | undefined, privateRt: string | undefined): void {
    this.publicRt = publicRt;
    this.privateRt = privateRt;
  }

  private ensurePublic(): string {
    if (!this.publicRt) {
      const igw = this.b.run(
        "igw",
        createInternetGateway(
          this.b.w,
          { tags: [{ Key: "Name", Value: this.opts.igw ?? `${this.name}-igw` }] },
          this.b.ctx,
        ),
      );
      this.b.run(
        "attach igw",
        attachInternetGateway(this.b.w, { internetGatewayId: igw.id, vpcId: this.vpcId }, this.b.ctx),
      );
      this.igwId = igw.id;
      const rt = this.b.run(
        "public rt",
        createRouteTable(
          this.b.w,
          { vpcId: this.vpcId, tags: [{ Key: "Name", Value: this.opts.publicRouteTable ?? "public-rt" }] },
          this.b.ctx,
        ),
      );
      this.b.run(
        "default route",
        createRoute(
          this.b.w,
          { routeTableId: rt.id, destinationCidrBlock: "0.0.0.0/0", gatewayId: igw.id },
          this.b.ctx,
        ),
      );
      this.publicRt = rt.id;
    }
    return this.publicRt;
  }

  private ensurePrivate(): string {
    if (!this.privateRt) {
      const rt = this.b.run(
        "private rt",
        createRouteTable(
          this.b.w,
          { vpcId: this.vpcId, tags: [{ Key: "Name", Value: this.opts.privateRouteTable ?? "private-rt" }] },
          this.b.ctx,
        ),
      );
      this.privateRt = rt.id;
    }
    return this.privateRt;
  }

  private subnet(name: string, cidr: string, az: string | undefined, rt: string | undefined): string {
    const region = this.b.w.vpcs[this.vpcId].region;
    const s = this.b.run(
      `subnet ${name}`,
      createSubnet(
        this.b.w,
        {
          vpcId: this.vpcId,
          cidrBlock: cidr,
          availabilityZone: az ?? `${region}a`,
          tags: [{ Key: "Name", Value: name }],
        },
        this.b.ctx,
      ),
    );
    if (rt)
      this.b.run(`associate ${name}`, associateRouteTable(this.b.w, { routeTableId: rt, subnetId: s.id }, this.b.ctx));
    return s.id;
  }

  publicSubnet(name: string, cidr: string, az?: string): this {
    this.subnet(name, cidr, az, this.ensurePublic());
    return this;
  }

  privateSubnet(name: string, cidr: string, az?: string): this {
    this.subnet(name, cidr, az, this.ensurePrivate());
    return this;
  }

  /** A subnet that uses the main route table (no explicit association). */
  subnetOnMain(name: string, cidr: string, az?: string): this {
    this.subnet(name, cidr, az, undefined);
    return this;
  }

  routeTable(name: string): this {
    this.b.run(
      `rt ${name}`,
      createRouteTable(this.b.w, { vpcId: this.vpcId, tags: [{ Key: "Name", Value: name }] }, this.b.ctx),
    );
    return this;
  }

  securityGroup(name: string, description: string, rules: { ingress?: RuleSpec[]; egress?: RuleSpec[] } = {}): this {
    this.b.run(
      `sg ${name}`,
      createSecurityGroup(
        this.b.w,
        { groupName: name, description, vpcId: this.vpcId, tags: [{ Key: "Name", Value: name }] },
        this.b.ctx,
      ),
    );
    const id = this.b.sgId(this.vpcId, name);
    const perm = (r: RuleSpec): IpPermission => ({
      ipProtocol: r.protocol ?? "tcp",
      fromPort: r.ports ? r.ports[0] : r.port,
      toPort: r.ports ? r.ports[1] : r.port,
      ipRanges: r.cidr ? [{ cidrIp: r.cidr }] : undefined,
      userIdGroupPairs: r.sg ? [{ groupId: this.b.sgId(this.vpcId, r.sg) }] : undefined,
      prefixListIds: r.prefixList ? [{ prefixListId: r.prefixList }] : undefined,
    });
    if (rules.ingress?.length)
      this.b.run(
        `sg ${name} ingress`,
        authorizeSecurityGroupIngress(this.b.w, { groupId: id, ipPermissions: rules.ingress.map(perm) }, this.b.ctx),
      );
    if (rules.egress) {
      // replace the default allow-all egress rule
      const sg = this.b.w.securityGroups[id];
      this.b.w = put(this.b.w, "securityGroups", id, { ...sg, egress: [] });
      if (rules.egress.length)
        this.b.run(
          `sg ${name} egress`,
          authorizeSecurityGroupEgress(this.b.w, { groupId: id, ipPermissions: rules.egress.map(perm) }, this.b.ctx),
        );
    }
    return this;
  }

  /** NAT gateway in `subnet`; adds 0.0.0.0/0 → NAT to the given route tables (default: the private table). Made available immediately. */
  natGateway(name: string, subnet: string, routeTables?: string[]): this {
    const subnetId = this.b.id(subnet, "subnet");
    const nat = this.b.run(
      `nat ${name}`,
      createNatGateway(this.b.w, { subnetId, tags: [{ Key: "Name", Value: name }] }, this.b.ctx),
    );
    this.b.w = put(this.b.w, "natGateways", nat.id, { ...this.b.w.natGateways[nat.id], state: "available" });
    const tables = routeTables?.map((r) => this.b.id(r, "route table")) ?? [this.ensurePrivate()];
    for (const rt of tables)
      this.b.run(
        `nat route`,
        createRoute(
          this.b.w,
          { routeTableId: rt, destinationCidrBlock: "0.0.0.0/0", natGatewayId: nat.id },
          this.b.ctx,
        ),
      );
    return this;
  }

  igw(): string | undefined {
    return this.igwId;
  }
}

export function scenario(opts: EmptyWorldOptions = {}): Builder {
  return new Builder(opts);
}

export type ScenarioBuilder = Builder;

// ── canonical worlds ────────────────────────────────────────────────────────
export const LAB_ACCOUNT = "111122223333";

export const APP_ROLE_POLICY = JSON.stringify({
  Version: "2012-10-17",
  Statement: [
    { Effect: "Allow", Action: ["s3:*", "sqs:*", "dynamodb:*", "kms:Decrypt", "sts:GetCallerIdentity"], Resource: "*" },
  ],
});

/** The bastion's instance role: EC2 API access for the lab terminal, plus S3 and STS. */
export const LAB_ADMIN_POLICY = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Action: ["ec2:*", "s3:*", "sts:GetCallerIdentity"], Resource: "*" }],
});

/** The learner's IAM user (the terminal's default credentials when not on an instance). */
export const LEARNER_USER_POLICY = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }],
});

function labBuilder(seed: number): Builder {
  return scenario({ seed, regions: ["us-east-1", "us-east-2", "us-west-2", "eu-west-1", "eu-central-1"] })
    .account(LAB_ACCOUNT, "learner")
    .region("us-east-1")
    .role("AppS3Role", [APP_ROLE_POLICY])
    .role("LabAdminRole", [LAB_ADMIN_POLICY])
    .user("learner", [LEARNER_USER_POLICY])
    .vpc(
      "lab-vpc",
      "10.0.0.0/16",
      (v) =>
        v
          .publicSubnet("public-a", "10.0.1.0/24", "us-east-1a")
          .privateSubnet("private-a", "10.0.2.0/24", "us-east-1a")
          .publicSubnet("public-b", "10.0.3.0/24", "us-east-1b")
          .privateSubnet("private-b", "10.0.4.0/24", "us-east-1b")
          .securityGroup("bastion-sg", "SSH from anywhere", { ingress: [{ port: 22, cidr: "0.0.0.0/0" }] })
          .securityGroup("app-sg", "App servers", {
            ingress: [
              { port: 22, sg: "bastion-sg" },
              { port: 443, cidr: "10.0.0.0/16" },
            ],
          }),
      { igw: "lab-igw" },
    )
    .instance("bastion", {
      subnet: "public-a",
      publicIp: true,
      role: "LabAdminRole",
      securityGroups: ["bastion-sg"],
      privateIp: "10.0.1.10",
    })
    .instance("app-server", {
      subnet: "private-a",
      role: "AppS3Role",
      securityGroups: ["app-sg"],
      privateIp: "10.0.2.10",
      listeningPorts: [22, 443],
    })
    .bucket("pathwise-reports", {
      region: "us-east-1",
      objects: { "reports/2026-01.csv": "month,total\n2026-01,42\n", "index.html": "<h1>Pathwise reports</h1>\n" },
    })
    .bucket("pathwise-archive-eu", { region: "eu-west-1", objects: { "archive/2025.tar.gz": 2863288 } })
    .queue("lab-queue")
    .table("lab-table");
}

/** The canonical lab World (see API.md). Deterministic for a given seed. */
export function labWorld(seed = 42): World {
  return builtOnce(`lab:${String(seed)}`, typeof seed === "number", () => labBuilder(seed).build());
}

// The canonical Worlds are rebuilt for every lab start; building is deterministic, so build once per
// seed and hand out deep copies (callers own what they get, as before).
const builtWorlds = new Map<string, string>();

function builtOnce(key: string, cacheable: boolean, build: () => World): World {
  if (!cacheable) return build();
  let json = builtWorlds.get(key);
  if (json === undefined) {
    json = JSON.stringify(build());
    if (builtWorlds.size > 64) builtWorlds.clear();
    builtWorlds.set(key, json);
  }
  return JSON.parse(json) as World;
}

/** The playground World: the lab plus an on-premises site (no VPN yet). */
export function sandboxWorld(seed = 7): World {
  return builtOnce(`sandbox:${String(seed)}`, typeof seed === "number", () =>
    labBuilder(seed)
      .onPrem("corp-dc", "192.168.0.0/16", { internetAccess: true })
      .onPremHost("corp-laptop", { network: "corp-dc", ip: "192.168.1.10", listeningPorts: [22] })
      .build(),
  );
}
