/** The public lab catalogue (no hints, no solutions — those are in ./secrets, server-only). */
import type { LabDefinition } from "@/lib/content/lab";
import s3GatewayEndpoint from "./s3-gateway-endpoint";
import dynamodbCrossRegion from "./dynamodb-cross-region";
import interfaceEndpointPrivateDns from "./interface-endpoint-private-dns";
import interfaceEndpointSecurityGroup from "./interface-endpoint-security-group";
import endpointPolicyLockdown from "./endpoint-policy-lockdown";
import privatelinkEndpointService from "./privatelink-endpoint-service";
import overlappingCidrPrivatelink from "./overlapping-cidr-privatelink";
import siteToSiteVpn from "./site-to-site-vpn";
import gwlbInspection from "./gwlb-inspection";
import breakAndFix from "./break-and-fix";

export const LABS: LabDefinition[] = [
  s3GatewayEndpoint,
  dynamodbCrossRegion,
  interfaceEndpointPrivateDns,
  interfaceEndpointSecurityGroup,
  endpointPolicyLockdown,
  privatelinkEndpointService,
  overlappingCidrPrivatelink,
  siteToSiteVpn,
  gwlbInspection,
  breakAndFix,
];

export function labById(id: string): LabDefinition | undefined {
  return LABS.find((l) => l.id === id);
}
