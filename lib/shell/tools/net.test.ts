/**
 * Network tools. dig/nslookup layout: shared/aws-reference.md §5.3 (captured BIND 9.18);
 * curl/ssh/nc wording from curl 8 / OpenSSH / Ncat [Unverified where the reference is silent].
 */
import { describe, expect, it } from "vitest";
import { createShell, run } from "../shell";
import { digQuestionLine, digRecordLine } from "./net";
import { lab, sandbox } from "../test/worlds";
import { joinStream, playTranscript } from "../test/transcript";
import { idOf } from "../../sim";

const app = () => createShell({ world: lab(), host: "app-server" });
const bastion = () => createShell({ world: lab(), host: "bastion" });

describe("dig record-line columns (§5.3 rule and examples)", () => {
  it("matches the captured lines", () => {
    expect(digQuestionLine("sqs.us-east-1.amazonaws.com.")).toBe(";sqs.us-east-1.amazonaws.com.\tIN\tA");
    expect(digQuestionLine("nosuchname.invalid.")).toBe(";nosuchname.invalid.\t\tIN\tA");
    expect(digRecordLine("sqs.us-east-1.amazonaws.com.", 60, "A", "10.0.1.25")).toBe("sqs.us-east-1.amazonaws.com. 60\tIN\tA\t10.0.1.25");
    expect(digRecordLine("vpce-0f89a33420c1931d7-bluzidnv.sqs.us-east-1.vpce.amazonaws.com.", 60, "A", "10.0.2.47")).toBe(
      "vpce-0f89a33420c1931d7-bluzidnv.sqs.us-east-1.vpce.amazonaws.com. 60 IN\tA 10.0.2.47",
    );
    expect(digQuestionLine("vpce-0f89a33420c1931d7-bluzidnv.sqs.us-east-1.vpce.amazonaws.com.")).toBe(";vpce-0f89a33420c1931d7-bluzidnv.sqs.us-east-1.vpce.amazonaws.com. IN A");
  });
});

describe("dig options and reverse lookups (measured against BIND 9.18.49 by npm run fidelity)", () => {
  it("counts question columns from the name, not the ';' (a 23-character name gets two TABs)", () => {
    expect(digQuestionLine("10.1.0.10.in-addr.arpa.", "PTR")).toBe(";10.1.0.10.in-addr.arpa.\t\tIN\tPTR");
  });
  it.each([
    ["dig +noall +answer s3.amazonaws.com", /^s3\.amazonaws\.com\.\t60\tIN\tA\t[\d.]+\n$/],
    ["dig +noall +answer nosuchname.invalid", /^$/],
    ["dig +short -x 10.0.1.10", /^ip-10-0-1-10\.ec2\.internal\.\n$/],
    ["dig -t MX s3.amazonaws.com", /;s3\.amazonaws\.com\.\t\tIN\tMX\n\n;; Query time/],
    ["dig s3.amazonaws.com MX", /ANSWER: 0,/],
    ["host 10.0.1.10", /^10\.1\.0\.10\.in-addr\.arpa domain name pointer ip-10-0-1-10\.ec2\.internal\.\n$/],
    ["nslookup 10.0.1.10", /^10\.1\.0\.10\.in-addr\.arpa\tname = ip-10-0-1-10\.ec2\.internal\.\n\nAuthoritative answers can be found from:\n\n$/],
  ])("%s", (line, want) => {
    const r = run(bastion(), line);
    expect(joinStream(r, "stdout")).toMatch(want);
  });
  it("the +nocmd header is gone; +nostats drops the stats block", () => {
    expect(joinStream(run(bastion(), "dig +nocmd s3.amazonaws.com"), "stdout")).toMatch(/^;; Got answer:\n/);
    expect(joinStream(run(bastion(), "dig +nostats s3.amazonaws.com"), "stdout")).not.toContain(";; SERVER:");
  });
  it("a reverse lookup of an address outside the VPC is NXDOMAIN", () => {
    expect(joinStream(run(bastion(), "host 10.9.9.9"), "stdout")).toBe("Host 9.9.9.10.in-addr.arpa. not found: 3(NXDOMAIN)\n");
  });
});

describe("dig / nslookup / host", () => {
  it("public answer before an interface endpoint exists (§5.2 without private DNS)", () => {
    const { results } = playTranscript(app(), [
      { in: "dig +short nosuchname.invalid", out: "", code: 0 },
      { in: "nslookup nosuchname.invalid", out: "Server:\t\t127.0.0.53\nAddress:\t127.0.0.53#53\n\n** server can't find nosuchname.invalid: NXDOMAIN\n\n", code: 1, source: "§5.3 NXDOMAIN capture; nslookup exits 1" },
      { in: "host example.com", out: "example.com has address 93.184.215.14\n", code: 0 },
      { in: "dig sqs.us-east-1.amazonaws.com", code: 0 },
    ]);
    const full = joinStream(results[3], "stdout");
    const lines = full.split("\n");
    expect(lines.slice(0, 11)).toEqual([
      "",
      "; <<>> DiG 9.18.33 <<>> sqs.us-east-1.amazonaws.com",
      ";; global options: +cmd",
      ";; Got answer:",
      expect.stringMatching(/^;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: \d+$/),
      ";; flags: qr rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1",
      "",
      ";; OPT PSEUDOSECTION:",
      "; EDNS: version: 0, flags:; udp: 65494",
      ";; QUESTION SECTION:",
      ";sqs.us-east-1.amazonaws.com.\tIN\tA",
    ]);
    expect(full).toContain(";; SERVER: 127.0.0.53#53(127.0.0.53) (UDP)\n;; WHEN: Mon Jan  5 09:00:00 UTC 2026\n;; MSG SIZE  rcvd: 72\n");
  });

  it("private DNS: after an SQS interface endpoint the public name resolves to private IPs (§5.2, lesson 12)", () => {
    const vpc = idOf(lab(), "lab-vpc");
    const a = idOf(lab(), "private-a");
    const b = idOf(lab(), "private-b");
    let s = bastion();
    s = run(s, `aws ec2 create-vpc-endpoint --vpc-id ${vpc} --vpc-endpoint-type Interface --service-name com.amazonaws.us-east-1.sqs --subnet-ids ${a} ${b}`).state;
    s = run(s, "sleep 60").state;
    const r = run(s, "dig +short sqs.us-east-1.amazonaws.com");
    const ips = joinStream(r, "stdout").trim().split("\n");
    expect(ips.length).toBe(2);
    for (const ip of ips) expect(ip).toMatch(/^10\.0\.[24]\.\d+$/);
    const ns = joinStream(run(s, "nslookup sqs.us-east-1.amazonaws.com"), "stdout");
    expect(ns).toMatch(/^Server:\t\t127\.0\.0\.53\nAddress:\t127\.0\.0\.53#53\n\nNon-authoritative answer:\nName:\tsqs\.us-east-1\.amazonaws\.com\nAddress: 10\.0\./);
  });
});

describe("curl, instance metadata, ping, nc, ssh, ip", () => {
  it("IMDSv2 token flow and 401 without a token", () => {
    const app0 = app();
    const { results } = playTranscript(app0, [
      { in: "curl -s http://169.254.169.254/latest/meta-data/instance-id", code: 0 },
      {
        in: 'TOKEN=$(curl -s -X PUT http://169.254.169.254/latest/api/token -H "X-aws-ec2-metadata-token-ttl-seconds: 21600"); curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/instance-id',
        out: idOf(lab(), "app-server"),
        code: 0,
      },
      { in: 'curl -s -H "X-aws-ec2-metadata-token: t" http://169.254.169.254/latest/meta-data/iam/security-credentials/', out: "AppS3Role", code: 0 },
      { in: 'curl -s -H "X-aws-ec2-metadata-token: t" http://169.254.169.254/latest/dynamic/instance-identity/document | jq -r .region', out: "us-east-1\n", code: 0 },
    ]);
    expect(joinStream(results[0], "stdout")).toContain("<title>401 - Unauthorized</title>");
  });

  it("timeouts are compressed and explained (curl exit 28, ssh 255, nc 1)", () => {
    const { results } = playTranscript(app(), [
      { in: "curl https://example.com", err: /^curl: \(28\) Failed to connect to example\.com port 443 after \d+ ms: Couldn't connect to server\n$/, code: 28, note: /Path trace:/ },
      { in: "curl --connect-timeout 5 -s -S https://example.com", err: "curl: (28) Failed to connect to example.com port 443 after 5001 ms: Timeout was reached\n", code: 28 },
      { in: "curl -s https://nosuch.invalid", out: "", err: "", code: 6 },
      { in: "curl https://nosuch.invalid", err: "curl: (6) Could not resolve host: nosuch.invalid\n", code: 6, source: "§8: curl 7.88 wording" },
      { in: "nc -zv 10.0.1.10 22", err: "Ncat: Version 7.93 ( https://nmap.org/ncat )\nNcat: Connected to 10.0.1.10:22.\nNcat: 0 bytes sent, 0 bytes received in 0.01 seconds.\n", code: 0 },
      { in: "nc -zv 10.0.1.10 443", err: "Ncat: Version 7.93 ( https://nmap.org/ncat )\nNcat: TIMEOUT.\n", code: 1 },
      { in: "ping -c 1 10.0.1.10", code: 1 },
    ]);
    expect(results[0].wait?.realSeconds).toBeGreaterThan(100);
    expect(joinStream(results[6], "stdout")).toContain("1 packets transmitted, 0 received, 100% packet loss");
  });

  it("ssh bastion → app-server, prompt changes, exit returns", () => {
    const { state } = playTranscript(bastion(), [
      { in: "ssh ec2-user@10.0.2.10", code: 0 },
      { in: "hostname", out: "ip-10-0-2-10.ec2.internal\n" },
      { in: "exit", out: "logout\nConnection to 10.0.2.10 closed.\n", code: 0 },
      { in: "hostname", out: "ip-10-0-1-10.ec2.internal\n" },
      { in: "ssh admin@10.0.2.10", err: "admin@10.0.2.10: Permission denied (publickey,gssapi-keyex,gssapi-with-mic).\n", code: 255 },
      { in: "ssh app-server hostname", out: "ip-10-0-2-10.ec2.internal\n", note: /resolved the instance name/ },
      { in: "export X=1; ssh 10.0.2.10; echo \"[$X]\"", out: /\n\[\]\n$/, code: 0, source: "a new login shell does not inherit exported variables" },
      { in: "exit; echo $X", out: "logout\nConnection to 10.0.2.10 closed.\n1\n" },
    ]);
    expect(state.hostStack.length).toBe(1);
  });

  it("ssh into the private instance from the internet-facing side is refused by its security group", () => {
    const s = createShell({ world: sandbox(), host: "corp-laptop" });
    const r = run(s, "ssh 10.0.2.10");
    expect(r.exitCode).toBe(255);
    expect(joinStream(r, "stderr")).toBe("ssh: connect to host 10.0.2.10 port 22: Connection timed out\n");
  });

  it("ip addr / ip route show the subnet", () => {
    playTranscript(app(), [
      { in: "ip route | head -n 1", out: "default via 10.0.2.1 dev ens5 proto dhcp src 10.0.2.10 metric 512\n" },
      { in: "ip addr | grep 'inet '", out: "    inet 127.0.0.1/8 scope host lo\n    inet 10.0.2.10/24 metric 512 brd 10.0.2.255 scope global dynamic ens5\n" },
      { in: "ifconfig", code: 127 },
    ]);
  });
});
