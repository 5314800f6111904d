/**
 * Formatter goldens. Every expected text below is copied from shared/aws-reference.md captures
 * (real AWS CLI v2 2.36.7 output); the section is named on each test.
 */
import { describe, expect, it } from "vitest";
import jmespath from "jmespath";
import { formatOutput, toJson, formatTable, formatText, formatYaml } from "./index";

const INTERFACE_POLICY = '{\n  "Statement": [\n    {\n      "Action": "*", \n      "Effect": "Allow", \n      "Principal": "*", \n      "Resource": "*"\n    }\n  ]\n}';
const GATEWAY_POLICY = '{"Version":"2008-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}';

const gatewayEp = {
  VpcEndpointId: "vpce-0a1b2c3d4e5f67890",
  VpcEndpointType: "Gateway",
  VpcId: "vpc-0abc1234def567890",
  ServiceName: "com.amazonaws.us-east-1.s3",
  State: "available",
  PolicyDocument: GATEWAY_POLICY,
  RouteTableIds: ["rtb-0123456789abcdef0"],
  SubnetIds: [],
  Groups: [],
  IpAddressType: "ipv4",
  PrivateDnsEnabled: false,
  RequesterManaged: false,
  NetworkInterfaceIds: [],
  DnsEntries: [],
  CreationTimestamp: "2024-05-14T09:40:50+00:00",
  Tags: [],
  OwnerId: "123456789012",
};

const interfaceEp = {
  VpcEndpointId: "vpce-0f89a33420c1931d7",
  VpcEndpointType: "Interface",
  VpcId: "vpc-0abc1234def567890",
  ServiceName: "com.amazonaws.us-east-1.sqs",
  State: "pending",
  PolicyDocument: INTERFACE_POLICY,
  RouteTableIds: [],
  SubnetIds: ["subnet-0aaa1111bbbb22223", "subnet-0ccc3333dddd44445"],
  Groups: [{ GroupId: "sg-054e8bf31aaaa0000", GroupName: "default" }],
  IpAddressType: "ipv4",
  DnsOptions: { DnsRecordIpType: "ipv4" },
  PrivateDnsEnabled: true,
  RequesterManaged: false,
  NetworkInterfaceIds: ["eni-0b16f0581c8ac6877", "eni-01e3b1a5f2e8d9c70"],
  DnsEntries: [
    { DnsName: "vpce-0f89a33420c1931d7-bluzidnv.sqs.us-east-1.vpce.amazonaws.com", HostedZoneId: "Z7HUB22UULQXV" },
    { DnsName: "vpce-0f89a33420c1931d7-bluzidnv-us-east-1a.sqs.us-east-1.vpce.amazonaws.com", HostedZoneId: "Z7HUB22UULQXV" },
    { DnsName: "vpce-0f89a33420c1931d7-bluzidnv-us-east-1b.sqs.us-east-1.vpce.amazonaws.com", HostedZoneId: "Z7HUB22UULQXV" },
    { DnsName: "sqs.us-east-1.amazonaws.com", HostedZoneId: "Z01234567EXAMPLEPHZ" },
  ],
  CreationTimestamp: "2024-05-14T10:02:11.583000+00:00",
  Tags: [],
  OwnerId: "123456789012",
};

const routeTables = {
  RouteTables: [
    {
      Associations: [
        { Main: false, RouteTableAssociationId: "rtbassoc-0fedcba9876543210", RouteTableId: "rtb-0123456789abcdef0", SubnetId: "subnet-0aaa1111bbbb22223", AssociationState: { State: "associated" } },
      ],
      PropagatingVgws: [],
      RouteTableId: "rtb-0123456789abcdef0",
      Routes: [
        { DestinationCidrBlock: "10.0.0.0/16", GatewayId: "local", Origin: "CreateRouteTable", State: "active" },
        { DestinationPrefixListId: "pl-63a5400a", GatewayId: "vpce-0a1b2c3d4e5f67890", Origin: "CreateRoute", State: "active" },
      ],
      Tags: [{ Key: "Name", Value: "private-rt" }],
      VpcId: "vpc-0abc1234def567890",
      OwnerId: "123456789012",
    },
  ],
};

describe("json (aws-reference §1.5, §2.4)", () => {
  it("prints the gateway create-vpc-endpoint capture byte for byte", () => {
    const expected = `{
    "VpcEndpoint": {
        "VpcEndpointId": "vpce-0a1b2c3d4e5f67890",
        "VpcEndpointType": "Gateway",
        "VpcId": "vpc-0abc1234def567890",
        "ServiceName": "com.amazonaws.us-east-1.s3",
        "State": "available",
        "PolicyDocument": "{\\"Version\\":\\"2008-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Principal\\":\\"*\\",\\"Action\\":\\"*\\",\\"Resource\\":\\"*\\"}]}",
        "RouteTableIds": [
            "rtb-0123456789abcdef0"
        ],
        "SubnetIds": [],
        "Groups": [],
        "IpAddressType": "ipv4",
        "PrivateDnsEnabled": false,
        "RequesterManaged": false,
        "NetworkInterfaceIds": [],
        "DnsEntries": [],
        "CreationTimestamp": "2024-05-14T09:40:50+00:00",
        "Tags": [],
        "OwnerId": "123456789012"
    }
}
`;
    expect(formatOutput("json", "CreateVpcEndpoint", { VpcEndpoint: gatewayEp })).toBe(expected);
  });

  it("keeps the interface policy as an escaped string (§2.4 interface capture)", () => {
    const j = toJson({ PolicyDocument: INTERFACE_POLICY });
    expect(j).toBe('{\n    "PolicyDocument": "{\\n  \\"Statement\\": [\\n    {\\n      \\"Action\\": \\"*\\", \\n      \\"Effect\\": \\"Allow\\", \\n      \\"Principal\\": \\"*\\", \\n      \\"Resource\\": \\"*\\"\\n    }\\n  ]\\n}"\n}');
  });

  it("prints null for a query that matches nothing (§1.9)", () => {
    expect(formatOutput("json", "X", null)).toBe("null\n");
  });
});

describe("--query + text/table (aws-reference §2.5 captures)", () => {
  const data = { VpcEndpoints: [gatewayEp, interfaceEp] };
  const q = jmespath.search(data, "VpcEndpoints[].[VpcEndpointId,VpcEndpointType,ServiceName,State]");

  it("text", () => {
    expect(formatText(q)).toBe("vpce-0a1b2c3d4e5f67890\tGateway\tcom.amazonaws.us-east-1.s3\tavailable\nvpce-0f89a33420c1931d7\tInterface\tcom.amazonaws.us-east-1.sqs\tpending\n");
  });

  it("table", () => {
    expect(formatTable("DescribeVpcEndpoints", q)).toBe(
      [
        "-------------------------------------------------------------------------------------",
        "|                               DescribeVpcEndpoints                                |",
        "+-------------------------+------------+-------------------------------+------------+",
        "|  vpce-0a1b2c3d4e5f67890 |  Gateway   |  com.amazonaws.us-east-1.s3   |  available |",
        "|  vpce-0f89a33420c1931d7 |  Interface |  com.amazonaws.us-east-1.sqs  |  pending   |",
        "+-------------------------+------------+-------------------------------+------------+",
        "",
      ].join("\n"),
    );
  });

  it("json list of DNS names", () => {
    const names = jmespath.search(data, "VpcEndpoints[?VpcEndpointType==`Interface`].DnsEntries[].DnsName");
    expect(toJson(names) + "\n").toBe(`[
    "vpce-0f89a33420c1931d7-bluzidnv.sqs.us-east-1.vpce.amazonaws.com",
    "vpce-0f89a33420c1931d7-bluzidnv-us-east-1a.sqs.us-east-1.vpce.amazonaws.com",
    "vpce-0f89a33420c1931d7-bluzidnv-us-east-1b.sqs.us-east-1.vpce.amazonaws.com",
    "sqs.us-east-1.amazonaws.com"
]
`);
  });

  it("a scalar prints bare in text (§2.5: --query 'VpcEndpoints[0].VpcEndpointId' --output text)", () => {
    expect(formatText(jmespath.search(data, "VpcEndpoints[0].VpcEndpointId"))).toBe("vpce-0a1b2c3d4e5f67890\n");
  });

  it("text of the gateway endpoint: VPCENDPOINTS line then ROUTETABLEIDS (§2.5 full text)", () => {
    const t = formatText({ VpcEndpoints: [{ ...gatewayEp, Tags: [] }] });
    expect(t).toBe(
      "VPCENDPOINTS\t2024-05-14T09:40:50+00:00\tipv4\t123456789012\t" +
        GATEWAY_POLICY +
        "\tFalse\tFalse\tcom.amazonaws.us-east-1.s3\tavailable\tvpce-0a1b2c3d4e5f67890\tGateway\tvpc-0abc1234def567890\nROUTETABLEIDS\trtb-0123456789abcdef0\n",
    );
  });
});

describe("route tables (aws-reference §2.7 captures)", () => {
  it("table", () => {
    const expected = `-----------------------------------------------------------------------------------------------------------------
|                                              DescribeRouteTables                                              |
+---------------------------------------------------------------------------------------------------------------+
||                                                 RouteTables                                                 ||
|+-----------------------------------------+-------------------------------------------------------------------+|
||  OwnerId                                |  123456789012                                                     ||
||  RouteTableId                           |  rtb-0123456789abcdef0                                            ||
||  VpcId                                  |  vpc-0abc1234def567890                                            ||
|+-----------------------------------------+-------------------------------------------------------------------+|
|||                                               Associations                                                |||
||+--------------------------------------------------+--------------------------------------------------------+||
|||  Main                                            |  False                                                 |||
|||  RouteTableAssociationId                         |  rtbassoc-0fedcba9876543210                            |||
|||  RouteTableId                                    |  rtb-0123456789abcdef0                                 |||
|||  SubnetId                                        |  subnet-0aaa1111bbbb22223                              |||
||+--------------------------------------------------+--------------------------------------------------------+||
||||                                            AssociationState                                             ||||
|||+----------------------------------------+----------------------------------------------------------------+|||
||||  State                                 |  associated                                                    ||||
|||+----------------------------------------+----------------------------------------------------------------+|||
|||                                                  Routes                                                   |||
||+----------------------+---------------------------+-------------------------+-------------------+----------+||
||| DestinationCidrBlock |  DestinationPrefixListId  |        GatewayId        |      Origin       |  State   |||
||+----------------------+---------------------------+-------------------------+-------------------+----------+||
|||  10.0.0.0/16         |                           |  local                  |  CreateRouteTable |  active  |||
|||                      |  pl-63a5400a              |  vpce-0a1b2c3d4e5f67890 |  CreateRoute      |  active  |||
||+----------------------+---------------------------+-------------------------+-------------------+----------+||
|||                                                   Tags                                                    |||
||+-----------------------------------------+-----------------------------------------------------------------+||
|||  Key                                    |  Name                                                           |||
|||  Value                                  |  private-rt                                                     |||
||+-----------------------------------------+-----------------------------------------------------------------+||
`;
    expect(formatOutput("table", "DescribeRouteTables", routeTables)).toBe(expected);
  });

  it("text", () => {
    expect(formatOutput("text", "DescribeRouteTables", routeTables)).toBe(
      "ROUTETABLES\t123456789012\trtb-0123456789abcdef0\tvpc-0abc1234def567890\n" +
        "ASSOCIATIONS\tFalse\trtbassoc-0fedcba9876543210\trtb-0123456789abcdef0\tsubnet-0aaa1111bbbb22223\n" +
        "ASSOCIATIONSTATE\tassociated\n" +
        "ROUTES\t10.0.0.0/16\t\tlocal\tCreateRouteTable\tactive\n" +
        "ROUTES\t\tpl-63a5400a\tvpce-0a1b2c3d4e5f67890\tCreateRoute\tactive\n" +
        "TAGS\tName\tprivate-rt\n",
    );
  });

  it("a --query of routes is one 109-wide columnar section (§2.7)", () => {
    const t = formatTable("DescribeRouteTables", jmespath.search(routeTables, "RouteTables[].Routes[]"));
    const lines = t.split("\n");
    expect(lines[0].length).toBe(109);
    expect(lines[3]).toBe("| DestinationCidrBlock |  DestinationPrefixListId  |        GatewayId        |      Origin       |  State   |");
  });

  it("prefix lists: no flip; each list its own section; text shape (§2.8)", () => {
    const pl = {
      PrefixLists: [
        { Cidrs: ["3.5.0.0/19", "16.15.176.0/20"], PrefixListId: "pl-63a5400a", PrefixListName: "com.amazonaws.us-east-1.s3" },
        { Cidrs: ["3.218.180.0/22", "52.94.0.0/22"], PrefixListId: "pl-02cd2c6b", PrefixListName: "com.amazonaws.us-east-1.dynamodb" },
      ],
    };
    const t = formatTable("DescribePrefixLists", pl);
    const lines = t.split("\n");
    // "56 wide, so nothing is flipped" (§2.8 capture with these two lists).
    expect(lines[0].length).toBe(56);
    expect(t.match(/\|\|\s+PrefixLists\s+\|\|/g)?.length).toBe(2);
    expect(t).toContain("|||  3.5.0.0/19  ");
    expect(formatText(pl)).toBe(
      "PREFIXLISTS\tpl-63a5400a\tcom.amazonaws.us-east-1.s3\nCIDRS\t3.5.0.0/19\nCIDRS\t16.15.176.0/20\n" +
        "PREFIXLISTS\tpl-02cd2c6b\tcom.amazonaws.us-east-1.dynamodb\nCIDRS\t3.218.180.0/22\nCIDRS\t52.94.0.0/22\n",
    );
  });
});

describe("yaml (aws-reference §1.8, §2.5 excerpt)", () => {
  it("matches the captured interface-endpoint excerpt", () => {
    const y = formatYaml([interfaceEp]);
    expect(y).toContain(
      [
        "- CreationTimestamp: '2024-05-14T10:02:11.583000+00:00'",
        "  DnsEntries:",
        "  - DnsName: vpce-0f89a33420c1931d7-bluzidnv.sqs.us-east-1.vpce.amazonaws.com",
        "    HostedZoneId: Z7HUB22UULQXV",
        "  - DnsName: ",
        "      vpce-0f89a33420c1931d7-bluzidnv-us-east-1a.sqs.us-east-1.vpce.amazonaws.com",
        "    HostedZoneId: Z7HUB22UULQXV",
      ].join("\n"),
    );
    expect(y).toContain(
      [
        "  OwnerId: '123456789012'",
        '  PolicyDocument: "{\\n  \\"Statement\\": [\\n    {\\n      \\"Action\\": \\"*\\", \\n     \\',
        '    \\ \\"Effect\\": \\"Allow\\", \\n      \\"Principal\\": \\"*\\", \\n      \\"Resource\\": \\"\\',
        '    *\\"\\n    }\\n  ]\\n}"',
        "  PrivateDnsEnabled: true",
      ].join("\n"),
    );
  });

  it("a scalar --query result is written as JSON (awscli/formatter.py YAMLDumper)", () => {
    expect(formatOutput("yaml", "X", "vpc-1")).toBe('"vpc-1"\n');
    expect(formatOutput("yaml", "X", null)).toBe("null\n");
    expect(formatOutput("yaml", "X", 3)).toBe("3\n");
  });

  it("quoting and wrapping follow ruamel.yaml 0.19.1, the version aws-cli 2.36.7 bundles", () => {
    // Expected text produced by ruamel.yaml 0.19.1 YAML(typ='safe') with default_flow_style=False
    // (awscli/formatter.py YAMLDumper; version pinned in requirements/download-deps/portable-exe-lock.txt):
    // YAML 1.2 resolver (off/yes/1:20 stay plain), a list item's long scalar stays after "- ",
    // a plain scalar folds at a space past column 80, a non-plain string with ' is double-quoted.
    const arn = "arn:aws:elasticloadbalancing:us-east-1:444455556666:loadbalancer/net/svc-nlb/dd38550597a1d1ec";
    const y = formatYaml({
      NetworkLoadBalancerArns: [arn],
      Values: ["off", "yes", "true", "1:20", "?a", "it's: here", "a b: c"],
      Description: "Allows SSH from the corporate network and the VPN clients that connect through it",
    });
    expect(y).toBe(
      "Description: Allows SSH from the corporate network and the VPN clients that \n  connect through it\nNetworkLoadBalancerArns:\n- arn:aws:elasticloadbalancing:us-east-1:444455556666:loadbalancer/net/svc-nlb/dd38550597a1d1ec\nValues:\n- off\n- yes\n- 'true'\n- 1:20\n- ?a\n- \"it's: here\"\n- 'a b: c'\n",
    );
  });

  it("compact policy single-quoted, empty lists as []", () => {
    const y = formatYaml({ PolicyDocument: GATEWAY_POLICY, DnsEntries: [] });
    expect(y).toBe(`DnsEntries: []\nPolicyDocument: '${GATEWAY_POLICY}'\n`);
  });
});
