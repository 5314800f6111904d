/**
 * Two-account PrivateLink lab (CURRICULUM lesson 17) through the CLI: provider profile via
 * role_arn in ~/.aws/config, consumer via the instance role. Shapes per aws-reference §2.10.
 */
import { describe, expect, it } from "vitest";
import { idOf } from "../../sim";
import { createShell } from "../shell";
import { privateLinkWorld } from "../test/worlds";
import { joinStream, playTranscript } from "../test/transcript";

describe("PrivateLink provider/consumer", () => {
  it("invisible until allowed, pendingAcceptance, accept, pending, available", () => {
    const w = privateLinkWorld();
    const nlb = Object.values(w.loadBalancers)[0].arn;
    const vpc = idOf(w, "consumer-vpc");
    const sub = idOf(w, "cons-a");
    const s0 = createShell({ world: w, host: "client", profiles: { provider: { roleArn: "arn:aws:iam::444455556666:role/ProviderAdmin", region: "us-east-1" } } });
    const { results } = playTranscript(s0, [
      { in: "aws sts get-caller-identity --profile provider --query Arn --output text", out: "arn:aws:sts::444455556666:assumed-role/ProviderAdmin/botocore-session-1\n", code: 0 },
      { in: `aws ec2 create-vpc-endpoint-service-configuration --network-load-balancer-arns ${nlb} --acceptance-required --profile provider`, code: 0, source: "§2.10 create-vpc-endpoint-service-configuration.rst" },
      { in: "SVC=$(aws ec2 describe-vpc-endpoint-service-configurations --profile provider --query 'ServiceConfigurations[0].ServiceId' --output text)", code: 0 },
      {
        in: `aws ec2 create-vpc-endpoint --vpc-id ${vpc} --vpc-endpoint-type Interface --service-name com.amazonaws.vpce.us-east-1.$SVC --subnet-ids ${sub}`,
        err: /^\naws: \[ERROR\]: An error occurred \(InvalidServiceName\) when calling the CreateVpcEndpoint operation: The Vpc Endpoint Service 'com\.amazonaws\.vpce\.us-east-1\.vpce-svc-[0-9a-f]{17}' does not exist\n$/,
        code: 254,
        source: "§2.10: a consumer that is not allowed cannot see the service [Unverified, widely reported]",
      },
      { in: "aws ec2 modify-vpc-endpoint-service-permissions --service-id $SVC --add-allowed-principals arn:aws:iam::111122223333:root --profile provider --query ReturnValue", out: "true\n", code: 0, source: "§2.10 modify-vpc-endpoint-service-permissions.rst" },
      {
        in: "aws ec2 describe-vpc-endpoint-service-permissions --service-id $SVC --profile provider",
        out: '{\n    "AllowedPrincipals": [\n        {\n            "PrincipalType": "Account",\n            "Principal": "arn:aws:iam::111122223333:root"\n        }\n    ]\n}\n',
        code: 0,
        source: "§2.10 describe-vpc-endpoint-service-permissions.rst",
      },
      { in: `aws ec2 create-vpc-endpoint --vpc-id ${vpc} --vpc-endpoint-type Interface --service-name com.amazonaws.vpce.us-east-1.$SVC --subnet-ids ${sub} --query VpcEndpoint.State --output text`, out: "pendingAcceptance\n", code: 0, source: "§2.4/§2.10 lifecycle" },
      { in: "aws ec2 describe-vpc-endpoint-connections --profile provider --filters Name=vpc-endpoint-state,Values=pendingAcceptance", code: 0 },
      { in: "EP=$(aws ec2 describe-vpc-endpoints --query 'VpcEndpoints[0].VpcEndpointId' --output text)", code: 0 },
      { in: "aws ec2 accept-vpc-endpoint-connections --service-id $SVC --vpc-endpoint-ids $EP --profile provider", out: '{\n    "Unsuccessful": []\n}\n', code: 0, source: "§2.10 captured accept" },
      { in: "aws ec2 describe-vpc-endpoints --query 'VpcEndpoints[0].State' --output text", out: "pending\n", code: 0 },
      { in: "sleep 60; aws ec2 describe-vpc-endpoints --query 'VpcEndpoints[0].State' --output text", out: "available\n", code: 0, source: "sleep advances the World's logical clock" },
    ]);
    const conn = JSON.parse(joinStream(results[7], "stdout")).VpcEndpointConnections[0] as Record<string, unknown>;
    expect(Object.keys(conn).slice(0, 5)).toEqual(["ServiceId", "VpcEndpointId", "VpcEndpointOwner", "VpcEndpointState", "CreationTimestamp"]);
    expect(conn.VpcEndpointOwner).toBe("111122223333");
    const cfg = JSON.parse(joinStream(results[1], "stdout")).ServiceConfiguration as Record<string, unknown>;
    expect(Object.keys(cfg).slice(0, 7)).toEqual(["ServiceType", "ServiceId", "ServiceName", "ServiceState", "AvailabilityZones", "AcceptanceRequired", "ManagesVpcEndpoints"]);
    expect(cfg.ServiceName).toMatch(/^com\.amazonaws\.vpce\.us-east-1\.vpce-svc-[0-9a-f]{17}$/);
  });

  it("aws configure list/get/set", () => {
    const s0 = createShell({ world: privateLinkWorld(), host: "client" });
    playTranscript(s0, [
      { in: "aws configure get region", out: "", code: 1, source: "no ~/.aws/config on a fresh instance; get reads only the config file" },
      {
        in: "aws configure list",
        out: /^NAME       : VALUE                    : TYPE             : LOCATION\nprofile    : <not set>                : None             : None\naccess_key : \*{16}\w{4}     : iam-role         : \nsecret_key : \*{16}\w{4}     : iam-role         : \nregion     : us-east-1                : imds             : \n$/,
        code: 0,
        source: "awscli/customizations/configure/list.py (v2 2.36.7): IMDS Region fallback",
      },
      { in: "aws configure set region us-west-2 && aws configure get region", out: "us-west-2\n", code: 0 },
      { in: "aws configure get nothing", out: "", code: 1 },
      { in: "aws configure list | tail -n 1", out: "region     : us-west-2                : config-file      : ~/.aws/config\n", code: 0 },
    ]);
  });
});
