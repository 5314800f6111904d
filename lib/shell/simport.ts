/**
 * The one door from lib/shell into lib/sim. Everything the shell needs from the simulation is
 * imported here, so an API change in lib/sim touches one file.
 */
export type {
  World,
  Instance,
  OnPremHost,
  Tag,
  Vpc,
  Subnet,
  RouteTable,
  Route,
  SecurityGroup,
  SgRule,
  Eni,
  VpcEndpoint,
  EndpointService,
  PrefixList,
  VpnConnection,
  VpcPeeringConnection,
  LoadBalancer,
  Bucket,
} from "../sim";
export type { Flow, TraceResult, DnsResult, AwsCallTarget, Hop } from "../sim";
export type { OpResult, UnsuccessfulItem } from "../sim";
export { isoTime } from "../sim";
export { callerOf as simCallerOf, visibleEndpointServices, idByName } from "../sim";
export { endpointDnsEntries } from "../sim";
export { createVpcEndpoint, modifyVpcEndpoint, deleteVpcEndpoints } from "../sim";
export {
  modifyVpcAttribute,
  createRoute,
  deleteRoute,
  authorizeSecurityGroupIngress,
  authorizeSecurityGroupEgress,
  revokeSecurityGroupIngress,
} from "../sim";
export type { OpContext } from "../sim";

export { resolve as simResolve, resolvePublic as simResolvePublic, vpcResolverIp as simVpcResolverIp } from "../sim";
export { tick as simTick } from "../sim";

export { trace as simTrace } from "../sim";
export {
  createVpcEndpointServiceConfiguration,
  modifyVpcEndpointServicePermissions,
  describeServicePermissions,
  connectionsOfService,
  acceptVpcEndpointConnections,
  rejectVpcEndpointConnections,
} from "../sim";
export { createVpcPeeringConnection } from "../sim";
export { createBucket, createTags, deleteBucket, deleteObject, putBucketPolicy, putObject } from "../sim";
export { acceptVpcPeeringConnection } from "../sim";
export {
  allocateAddress,
  associateRouteTable,
  createNatGateway,
  createRouteTable,
  createSecurityGroup,
  createSubnet,
  createVpnConnectionRoute,
  deleteNatGateway,
  deleteVpnConnectionRoute,
  disableVgwRoutePropagation,
  disassociateRouteTable,
  enableVgwRoutePropagation,
  replaceRoute,
  replaceRouteTableAssociation,
} from "../sim";
export type { NatGateway, Address } from "../sim";
