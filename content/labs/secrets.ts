/** Hints, reference solutions and fault fixes — server-only: import from server code and tests only. */
import type { LabSecrets } from "@/lib/content/lab";
import s3GatewayEndpoint from "./s3-gateway-endpoint.secrets";
import dynamodbCrossRegion from "./dynamodb-cross-region.secrets";
import interfaceEndpointPrivateDns from "./interface-endpoint-private-dns.secrets";
import interfaceEndpointSecurityGroup from "./interface-endpoint-security-group.secrets";
import endpointPolicyLockdown from "./endpoint-policy-lockdown.secrets";
import privatelinkEndpointService from "./privatelink-endpoint-service.secrets";
import overlappingCidrPrivatelink from "./overlapping-cidr-privatelink.secrets";
import siteToSiteVpn from "./site-to-site-vpn.secrets";
import gwlbInspection from "./gwlb-inspection.secrets";
import breakAndFix from "./break-and-fix.secrets";

export const LAB_SECRETS: Record<string, LabSecrets> = Object.fromEntries(
  [
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
  ].map((s) => [s.id, s]),
);
