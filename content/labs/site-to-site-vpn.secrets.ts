import type { LabSecrets } from "@/lib/content/lab";
import { lookupRt, lookupSg } from "./common";

const secrets = {
  id: "site-to-site-vpn",
  hints: [
    "Check the tunnels first (`aws ec2 describe-vpn-connections`, VgwTelemetry): is at least one UP? Then open the path trace from corp-laptop to 10.0.2.10 — which hop blocks?",
    "Packets arrive through the tunnel, but the answer has to go back: private-rt needs a route for 192.168.0.0/16 whose target is the virtual private gateway (`aws ec2 describe-vpn-gateways`).",
    "`aws ec2 create-route --route-table-id <private-rt> --destination-cidr-block 192.168.0.0/16 --gateway-id <vgw-…>`. Then trace again: the next blocker is app-sg.",
    "`aws ec2 authorize-security-group-ingress --group-id <app-sg> --protocol tcp --port 22 --cidr 192.168.0.0/16`, then `ssh 10.0.2.10` and, from there, `nc -zv 192.168.1.10 22`.",
  ],
  solution: [
    "aws ec2 describe-vpn-connections --query 'VpnConnections[0].VgwTelemetry'",
    "VGW=$(aws ec2 describe-vpn-gateways --query 'VpnGateways[0].VpnGatewayId' --output text)",
    lookupRt("private-rt"),
    "aws ec2 create-route --route-table-id $RT --destination-cidr-block 192.168.0.0/16 --gateway-id $VGW",
    lookupSg("app-sg", "SG"),
    "aws ec2 authorize-security-group-ingress --group-id $SG --protocol tcp --port 22 --cidr 192.168.0.0/16",
    "ssh 10.0.2.10",
    "nc -zv 192.168.1.10 22",
  ],
} satisfies LabSecrets;

export default secrets;
