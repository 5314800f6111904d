/**
 * lib/sim — the Pathwise simulation engine. Pure, deterministic, never throws from operations.
 * See API.md for the guide.
 */
export * from "./schema";
export type { SimError, OpResult, UnsuccessfulItem, IdPrefix } from "./core";
export { ok, fail, nextId, isoTime, nameTag, cloneJson, hexFor } from "./core";
export * from "./trace-types";
export {
  REGIONS,
  REGION_NAMES,
  AWS_SERVICES,
  awsServiceByKey,
  parseAwsServiceName,
  awsServiceName,
  publicHostOf,
  awsManagedPrefixLists,
  DEFAULT_GATEWAY_POLICY,
  DEFAULT_INTERFACE_POLICY,
  TIMINGS,
  type RegionInfo,
  type AwsServiceInfo,
} from "./catalog";
export { parseIp, formatIp, parseCidr, formatCidr, cidrContains, cidrsOverlap, inCidr, type Cidr } from "./ip";
export {
  emptyWorld,
  validateWorld,
  DEFAULT_CLOCK,
  rootArn,
  roleArn,
  findVpc,
  findSubnet,
  findRouteTable,
  findSecurityGroup,
  findEni,
  findInstance,
  findVpcEndpoint,
  findEndpointService,
  findEndpointServiceByName,
  findBucket,
  findPrincipal,
  subnetsOf,
  routeTablesOf,
  securityGroupsOf,
  instancesOf,
  endpointsOf,
  mainRouteTable,
  routeTableForSubnet,
  hasExplicitAssociation,
  networkAclForSubnet,
  isPublicSubnet,
  enisOfSubnet,
  idByName,
  idOf,
  callerOf,
  visibleEndpointServices,
  principalAllowedForService,
  isAwsServiceName,
  type EmptyWorldOptions,
  type ServiceDetail,
  type NamedCollection,
} from "./world";
export type { OpContext } from "./ops/common";
export * from "./ops/vpc";
export * from "./ops/endpoints";
export * from "./ops/privatelink";
export * from "./ops/connect";
export * from "./ops/data";
export { tick } from "./lifecycle";
export {
  parsePolicy,
  validatePolicyDocument,
  evaluatePolicy,
  evaluateRequest,
  globMatch,
  type Policy,
  type Statement,
  type EvaluateInput,
  type Evaluation,
  type RequestInfo,
  type PolicyDecision,
} from "./policy";
export { resolve, resolveInVpc, resolvePublic, vpcResolverIp, parseServiceHost, normalizeName, DNS_TTL } from "./dns";
export {
  lookupRoute,
  routeMatchLength,
  sgAllows,
  naclAllows,
  awsServiceAt,
  routeTargetId,
  routeDestination,
  type RouteMatch,
} from "./routing";
export { trace, INTERNET_SOURCE_IP } from "./trace";
export {
  encapsulate,
  AWS_S2S_CONSERVATIVE,
  type EncapInput,
  type EncapResult,
  type Layer,
  type TunnelProtocol,
  type EspCipher,
} from "./encap";
export {
  scenario,
  labWorld,
  sandboxWorld,
  VpcBuilder,
  LAB_ACCOUNT,
  APP_ROLE_POLICY,
  LAB_ADMIN_POLICY,
  LEARNER_USER_POLICY,
  type RuleSpec,
  type InstanceSpec,
  type EndpointSpec,
  type ScenarioBuilder,
} from "./scenario";
export {
  labWithGatewayEndpoint,
  labWithNat,
  hybridWorld,
  peeredWorld,
  privateLinkWorld,
  hubSpokeWorld,
  brokenLab,
  FAULTS,
  type Fault,
  type BrokenLab,
  PROVIDER_ACCOUNT,
  CORP_USER_POLICY,
} from "./fixtures";
