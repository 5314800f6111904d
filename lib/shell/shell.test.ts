/**
 * Shell core: tokenizer, expansion, pipes, redirects, builtins, text tools — golden transcripts
 * against bash/GNU coreutils behaviour — plus the never-throw property.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createShell, interrupt, promptOf, run } from "./shell";
import { parse } from "./tokenize";
import { lab } from "./test/worlds";
import { playTranscript } from "./test/transcript";
import type { ShellState } from "./types";

const fresh = (): ShellState => createShell({ world: lab(), host: "app-server" });

describe("prompt and basics", () => {
  it("Amazon Linux prompt with the private-IP hostname", () => {
    const s = fresh();
    expect(promptOf(s)).toBe("[ec2-user@ip-10-0-2-10 ~]$ ");
    const r = run(s, "mkdir -p work/a && cd work/a");
    expect(promptOf(r.state)).toBe("[ec2-user@ip-10-0-2-10 a]$ ");
  });

  it("unknown command → 127; syntax errors → 2; interrupt → 130", () => {
    playTranscript(fresh(), [
      { in: "foo --bar", out: "", err: "bash: foo: command not found\n", code: 127 },
      { in: "echo $?", out: "127\n", code: 0 },
      { in: "echo a | | b", err: "bash: syntax error near unexpected token `|'\n", code: 2 },
      { in: "echo 'oops", err: "bash: unexpected EOF while looking for matching `''\nbash: syntax error: unexpected end of file\n", code: 2 },
      { in: "ls &&", err: "bash: syntax error: unexpected end of file\n", code: 2 },
      { in: "./run.sh", err: "bash: ./run.sh: No such file or directory\n", code: 127 },
    ]);
    const i = interrupt(fresh());
    expect(i.exitCode).toBe(130);
    expect(i.output).toEqual([{ stream: "stdout", text: "^C\n" }]);
    expect(run(i.state, "echo $?").output[0].text).toBe("130\n");
  });

  it("caps variables at 256 KiB and output at 1 MiB", () => {
    let s = fresh();
    s = run(s, "A=" + "x".repeat(60_000)).state;
    s = run(s, "B=$A$A$A$A").state;
    expect(s.env.B.length).toBe(240_000);
    const big = run(s, "C=$B$B");
    expect(big.exitCode).toBe(1);
    expect(big.output[0].text).toMatch(/value too large/);
    const out = run(s, "echo $B$B$B$B$B");
    const stdout = out.output.filter((c) => c.stream === "stdout").map((c) => c.text).join("");
    expect(stdout.length).toBe(1024 * 1024);
    expect(out.output[out.output.length - 1]).toEqual({ stream: "note", text: "\n(Output truncated at 1 MiB.)\n" });
  });

  it("refuses lines over 64 KB", () => {
    const r = run(fresh(), "echo " + "x".repeat(70_000));
    expect(r.exitCode).toBe(1);
    expect(r.output[0].stream).toBe("stderr");
    expect(r.output[0].text).toMatch(/too long/);
  });
});

describe("quoting, expansion, control operators", () => {
  it("quotes, escapes, continuation, variables, $(…)", () => {
    playTranscript(fresh(), [
      { in: "echo 'single $HOME' \"double $USER\" back\\ slash", out: "single $HOME double ec2-user back slash\n" },
      { in: "echo one \\\ntwo", out: "one two\n" },
      // measured against GNU bash 5.2 / coreutils 9 by npm run fidelity (tools/fidelity/corpus/06-bash.txt)
      { in: "x=5; y=$((x + 1)); echo $x $y $(( 2 ** 10 )) $(( $(echo 6) * 7 ))", out: "5 6 1024 42\n" },
      { in: "echo $((1 / 0)); echo after", err: 'bash: 1 / 0: division by 0 (error token is "0")\n', out: "after\n" },
      { in: 'V=; echo "[${V-unset}] [${V:-empty}] [${V+set}] [${NOPE:-d}] ${#HOME}"', out: "[] [empty] [set] [d] 14\n" },
      { in: "seq 10 -3 1 | wc -l", out: "4\n" },
      { in: "export VPC=vpc-123 && echo ${VPC}-x $VPC", out: "vpc-123-x vpc-123\n" },
      { in: "A='a  b'; echo $A; echo \"$A\"", out: "a b\na  b\n" },
      { in: "X=$(echo hi there); echo \"[$X]\"", out: "[hi there]\n" },
      { in: "false || echo fallback; true && echo yes; false && echo no", out: "fallback\nyes\n" },
      { in: "echo ~ ~/x", out: "/home/ec2-user /home/ec2-user/x\n" },
      { in: "echo \"$(echo nested $(echo deep))\"", out: "nested deep\n" },
      { in: "echo a # comment", out: "a\n" },
      { in: "FOO=bar env | grep FOO", out: "FOO=bar\n" },
      { in: "echo $FOO", out: "\n" },
      { in: "X=$(false) || echo failed", out: "failed\n", source: "bash: an assignment's status is that of its last command substitution" },
      { in: "X=$(true) && echo ok", out: "ok\n" },
    ]);
  });

  it("parse() never throws and reports bash-style errors", () => {
    expect(parse("a | b && c; d").ok).toBe(true);
    expect(parse("a &")).toEqual({ ok: false, error: "background jobs (&) are not supported in this terminal" });
    expect(parse('echo "x').ok).toBe(false);
  });
});

describe("files and redirects", () => {
  it(">, >>, 2>, 2>&1, <, here-documents, cat/ls/rm", () => {
    playTranscript(fresh(), [
      { in: "echo one > f.txt; echo two >> f.txt; cat f.txt", out: "one\ntwo\n" },
      { in: "cat nope 2> err.txt; cat err.txt", out: "cat: nope: No such file or directory\n" },
      { in: "cat nope 2>&1 | wc -l", out: "1\n" },
      { in: "wc -l < f.txt", out: "2\n" },
      { in: "cat > p.json <<EOF\n{\"user\": \"$USER\"}\nEOF", out: "" },
      { in: "cat p.json", out: '{"user": "ec2-user"}\n' },
      { in: "cat > q.txt <<'EOF'\n$USER\nEOF\ncat q.txt", out: "$USER\n" },
      { in: "ls", out: "err.txt  f.txt  p.json  q.txt\n", source: "GNU ls on a terminal: names in columns" },
      { in: "ls | cat", out: "err.txt\nf.txt\np.json\nq.txt\n", source: "GNU ls when piped: one name per line" },
      { in: "ls nope", err: "ls: cannot access 'nope': No such file or directory\n", code: 2 },
      { in: "rm f.txt && cat f.txt", err: "cat: f.txt: No such file or directory\n", code: 1 },
      { in: "cd /nope", err: "bash: cd: /nope: No such file or directory\n", code: 1 },
      { in: "echo x > /nodir/file", err: "bash: /nodir/file: No such file or directory\n", code: 1 },
      { in: "cat /etc/os-release | grep PRETTY", out: 'PRETTY_NAME="Amazon Linux 2023"\n' },
    ]);
  });
});

describe("text tools (GNU coreutils / grep / jq 1.6 behaviour)", () => {
  it("grep, head, tail, wc, sort, uniq, cut, tr, jq", () => {
    playTranscript(fresh(), [
      { in: "printf 'b\\na\\nc\\na\\n' > l.txt", out: "" },
      { in: "grep -c a l.txt", out: "2\n" },
      { in: "grep -v a l.txt", out: "b\nc\n" },
      { in: "grep -i A l.txt | head -n 1", out: "a\n" },
      { in: "grep -E 'b|c' l.txt", out: "b\nc\n" },
      { in: "grep 'b|c' l.txt", out: "", code: 1, source: "BRE: | is literal" },
      { in: "grep zzz l.txt; echo $?", out: "1\n" },
      { in: "grep x missing.txt", err: "grep: missing.txt: No such file or directory\n", code: 2 },
      { in: "grep -z a l.txt", err: "grep: invalid option -- 'z'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n", code: 2 },
      { in: "sort l.txt | uniq -c", out: "      2 a\n      1 b\n      1 c\n" },
      { in: "sort -r l.txt | head -2", out: "c\nb\n" },
      { in: "printf '10\\n9\\n100\\n' | sort -n", out: "9\n10\n100\n" },
      { in: "tail -n 1 l.txt", out: "a\n" },
      { in: "tail -n +3 l.txt", out: "c\na\n" },
      { in: "wc -l l.txt", out: "4 l.txt\n" },
      { in: "echo 'a b c' | wc", out: "      1       3       6\n" },
      { in: "echo 'k=v;x' | cut -d= -f2", out: "v;x\n" },
      { in: "echo hello | tr a-z A-Z", out: "HELLO\n" },
      { in: "echo '{\"Vpcs\":[{\"VpcId\":\"vpc-1\"},{\"VpcId\":\"vpc-2\"}]}' | jq -r '.Vpcs[].VpcId'", out: "vpc-1\nvpc-2\n" },
      { in: "echo '{\"a\":{\"b\":[1,2]}}' | jq '.a'", out: '{\n  "b": [\n    1,\n    2\n  ]\n}\n' },
      { in: "echo '{\"a\":[1,2,3]}' | jq '.a | length'", out: "3\n" },
      { in: "echo '[{\"n\":\"x\",\"s\":\"up\"},{\"n\":\"y\",\"s\":\"down\"}]' | jq -r '.[] | select(.s == \"up\") | .n'", out: "x\n" },
      { in: "echo '[1]' | jq '.a'", err: 'jq: error (at <stdin>:0): Cannot index array with "a"\n', code: 5 },
      { in: "echo nope | jq .", err: "parse error: Invalid numeric literal at line 1, column 2\n", code: 2 },
    ]);
  });

  it("aws JSON piped into jq and grep", () => {
    playTranscript(createShell({ world: lab(), host: "bastion" }), [
      { in: "aws ec2 describe-vpcs | jq -r '.Vpcs[0].CidrBlock'", out: "10.0.0.0/16\n", code: 0 },
      { in: "aws ec2 describe-subnets --output text --query 'Subnets[].CidrBlock' | tr '\\t' '\\n' | sort | head -n 2", out: "10.0.1.0/24\n10.0.2.0/24\n", code: 0 },
    ]);
  });
});

describe("builtins", () => {
  it("history, export, env, which, help, markers", () => {
    let s = fresh();
    s = run(s, "echo a").state;
    s = run(s, "echo b").state;
    const h = run(s, "history");
    expect(h.output[0].text).toBe("    1  echo a\n    2  echo b\n    3  history\n");
    expect(run(s, "clear").control).toBe("clear");
    expect(run(s, "hint").control).toBe("hint");
    expect(run(s, "reset").control).toBe("clear"); // as on Linux: the screen, not the lab
    expect(run(s, "exit").control).toBe("logout");
    expect(run(s, "which aws").output[0].text).toBe("/usr/bin/aws\n");
    expect(run(s, "help").output[0].text).toMatch(/aws\s+the AWS CLI v2/);
    expect(run(s, "whoami").output[0].text).toBe("ec2-user\n");
    expect(run(s, "export 1x=2").output[0].text).toBe("bash: export: `1x=2': not a valid identifier\n");
    expect(run(s, "sudo whoami").output[0].text).toBe("root\n");
    const root = run(s, "sudo -i").state;
    expect(promptOf(root)).toBe("[root@ip-10-0-2-10 ~]# ");
    const back = run(root, "exit");
    expect(back.output[0].text).toBe("logout\n");
    expect(promptOf(back.state)).toBe("[ec2-user@ip-10-0-2-10 ~]$ ");
  });
});

describe("property: aws argument soup never reaches an internal error", () => {
  const ops = ["ec2 create-vpc-endpoint", "ec2 describe-vpcs", "ec2 describe-route-tables", "ec2 modify-vpc-endpoint", "ec2 delete-vpc-endpoints", "ec2 create-route", "ec2 authorize-security-group-ingress", "ec2 modify-vpc-attribute", "ec2 describe-vpc-endpoint-services", "ec2 wait", "ec2 accept-vpc-endpoint-connections", "ec2 create-vpc-endpoint-service-configuration", "ec2 modify-vpc-endpoint-service-permissions", "s3 ls", "s3 cp", "s3api put-bucket-policy", "sqs send-message", "dynamodb scan", "sts get-caller-identity", "configure set", "ec2 create-vpc-peering-connection"];
  const flags = ["--vpc-id", "--service-name", "--vpc-endpoint-type", "--route-table-ids", "--subnet-ids", "--security-group-ids", "--policy-document", "--filters", "--query", "--output", "--region", "--profile", "--vpc-endpoint-id", "--vpc-endpoint-ids", "--reset-policy", "--private-dns-enabled", "--no-private-dns-enabled", "--enable-dns-support", "--ip-permissions", "--protocol", "--port", "--cidr", "--group-id", "--service-id", "--add-allowed-principals", "--bucket", "--policy", "--queue-url", "--message-body", "--table-name", "--recursive", "--debug", "--dry-run", "--tag-specifications", "--destination-cidr-block", "--gateway-id", "--cli-connect-timeout", "--endpoint-url", "--network-load-balancer-arns"];
  const vals = ["vpc-1", "Gateway", "Interface", "Name=x,Values=y", "Value=true", '{"Value":false}', "[]", "{", "file://nope", "com.amazonaws.us-east-1.s3", "s3://pathwise-reports/", "s3://x", ".", "-", "json", "table", "yaml", "text", "us-east-1", "eu-west-1", "0", "-1", "443", "10.0.0.0/16", "IpProtocol=tcp,FromPort=1,ToPort=2,IpRanges=[{CidrIp=1.2.3.4/32}]", "ResourceType=vpc-endpoint,Tags=[{Key=Name,Value=x}]", "a,b", "''", "vpc-available", "https://x", "arn:aws:iam::111122223333:root", "Name=", "=", ",,", "[{}]", "Values=a,b,c"];
  const token = fc.oneof(fc.constantFrom(...flags), fc.constantFrom(...vals));
  it("random aws invocations", () => {
    const start = createShell({ world: lab(), host: "bastion" });
    fc.assert(
      fc.property(fc.constantFrom(...ops), fc.array(token, { maxLength: 8 }), (op, args) => {
        const quoted = args.map((a) => "'" + a.replace(/'/g, "'\\''") + "'").join(" ");
        const r = run(start, `aws ${op} ${quoted}`);
        const all = r.output.map((c) => c.text).join("");
        expect(all).not.toMatch(/internal error/);
        expect([0, 1, 252, 253, 254, 255]).toContain(r.exitCode);
      }),
      { numRuns: 400 },
    );
  });
});

describe("property: the shell never throws and always returns an exit code", () => {
  const alphabet = fc.constantFrom(..."abcz019 -_=|&;<>'\"\\$(){}~#*?.\n\t/:@+,[]`!".split(""));
  const words = fc.constantFrom("aws", "ec2", "s3", "ls", "echo", "cat", "grep", "jq", "dig", "curl", "ssh", "--query", "--output", "table", "s3://", "$(", ")", "|", "&&", ";", "<<EOF", ">", "2>&1", "'", '"', "create-vpc-endpoint", "--vpc-id", "describe-vpcs", "--filters", "Name=x,Values=y", "file://p.json", "exit", "cd", "..");
  const line = fc.oneof(
    fc.array(alphabet, { maxLength: 60 }).map((a) => a.join("")),
    fc.array(words, { maxLength: 12 }).map((a) => a.join(" ")),
    fc.string({ maxLength: 80 }),
  );
  it("random lines", () => {
    const start = fresh();
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (lines) => {
        let s = start;
        for (const l of lines) {
          const r = run(s, l);
          expect(Number.isInteger(r.exitCode)).toBe(true);
          expect(r.exitCode).toBeGreaterThanOrEqual(0);
          expect(r.exitCode).toBeLessThan(256);
          for (const c of r.output) expect(typeof c.text).toBe("string");
          s = r.state;
        }
      }),
      { numRuns: 300 },
    );
  });
});

// Expected outputs measured with GNU bash 5.2 (the same lines run in tools/fidelity/corpus/06-bash.txt).
describe("compound commands, test, brace expansion, printf", () => {
  it("runs for / while / until / if / case / { } / ( ) / (( )) like bash", () => {
    playTranscript(fresh(), [
      { in: "for i in 1 2 3; do echo item $i; done", out: "item 1\nitem 2\nitem 3\n", code: 0 },
      { in: "i=0; while [ $i -lt 3 ]; do echo $i; i=$((i + 1)); done", out: "0\n1\n2\n", code: 0 },
      { in: "n=0; until [ $n -ge 2 ]; do n=$((n+1)); done; echo $n", out: "2\n", code: 0 },
      { in: "if [ 1 -eq 2 ]; then echo yes; elif false; then echo el; else echo no; fi", out: "no\n", code: 0 },
      { in: "if false; then echo x; fi; echo $?", out: "0\n", code: 0 },
      { in: "case a.txt in *.csv) echo csv;; *.txt|*.md) echo text;; esac", out: "text\n", code: 0 },
      { in: "for i in 1 2 3 4; do if [ $i = 3 ]; then break; fi; echo $i; done", out: "1\n2\n", code: 0 },
      { in: "for i in 1 2 3; do [ $i = 2 ] && continue; echo $i; done", out: "1\n3\n", code: 0 },
      { in: "for a in 1 2; do for b in x y; do [ $b = y ] && continue 2; echo $a$b; done; done", out: "1x\n2x\n", code: 0 },
      { in: "for ((i = 0; i < 3; i++)); do echo c$i; done", out: "c0\nc1\nc2\n", code: 0 },
      { in: "x=5; ((x += 2)); echo $x; (( x > 100 )); echo $?", out: "7\n1\n", code: 0 },
      { in: "{ echo g1; echo g2; } | wc -l", out: "2\n", code: 0 },
      { in: "(cd /tmp; X=1); pwd; echo \"[$X]\"", out: "/home/ec2-user\n[]\n", code: 0 },
      { in: "! false; echo $?", out: "0\n", code: 0 },
      { in: "printf '%s\\n' a b | while read line; do echo \"[$line]\"; done", out: "[a]\n[b]\n", code: 0 },
      { in: "printf 'x y z\\n' | { read a b; echo \"$b|$a\"; }", out: "y z|x\n", code: 0 },
      { in: "echo one | read v; echo \"[$v]\"", out: "[]\n", code: 0 },
      { in: "read -r w <<< 'from here'; echo \"$w\"", out: "from here\n", code: 0 },
      { in: "echo \"$(for i in 1 2; do echo $i; done)\"", out: "1\n2\n", code: 0 },
      { in: "for i in 1 2\ndo echo $i\ndone", out: "1\n2\n", code: 0 },
      { in: "break; echo $?", err: "bash: break: only meaningful in a `for', `while', or `until' loop\n", out: "0\n", code: 0 },
      { in: "if then; fi", err: "bash: syntax error near unexpected token `then'\n", code: 2 },
      { in: "for i in 1; do echo; done done", err: "bash: syntax error near unexpected token `done'\n", code: 2 },
    ]);
  });

  it("stops a runaway loop and says why", () => {
    const r = run(fresh(), "while true; do :; done");
    expect(r.exitCode).toBe(1);
    expect(r.output.at(-1)?.text).toMatch(/loop stopped after 10000 iterations/);
  });

  it("test and [ with bash's errors", () => {
    playTranscript(fresh(), [
      { in: "[ -n \"\" ] && echo set || echo empty", out: "empty\n", code: 0 },
      { in: "[ 1 -eq a ]", err: "bash: [: a: integer expression expected\n", code: 2 },
      { in: "[ a b ]", err: "bash: [: a: unary operator expected\n", code: 2 },
      { in: "[ a b c ]", err: "bash: [: b: binary operator expected\n", code: 2 },
      { in: "[ a = b c ]", err: "bash: [: too many arguments\n", code: 2 },
      { in: "[ 1 -eq 1", err: "bash: [: missing `]'\n", code: 2 },
      { in: "[ 1 -lt 2 -a 3 -gt 2 ]", code: 0 },
      { in: "[ -d /tmp ] && [ ! -f /tmp ] && test -z '' && echo ok", out: "ok\n", code: 0 },
    ]);
  });

  it("brace expansion, backquotes, here-strings, printf formats", () => {
    playTranscript(fresh(), [
      { in: "echo a{b,c}d {01..03} {a..c} {5..1..2} {x}", out: "abd acd 01 02 03 a b c 5 3 1 {x}\n", code: 0 },
      { in: "echo `echo back` \"`echo q`\"", out: "back q\n", code: 0 },
      { in: "cat <<< \"here $USER\"", out: "here ec2-user\n", code: 0 },
      { in: "printf '%-6s|%04d|%.2f|%x|%o|%5.1s|\\n' ab 7 3.14159 255 8 xyz", out: "ab    |0007|3.14|ff|10|    x|\n", code: 0 },
      { in: "printf '%s %s\\n' a b c", out: "a b\nc \n", code: 0 },
      { in: "printf '%d\\n' abc", out: "0\n", err: "bash: printf: abc: invalid number\n", code: 1 },
    ]);
  });

  it("needsMore: an open quote, loop or here-document asks for another line", async () => {
    const { needsMore } = await import("./tokenize");
    expect(needsMore("for i in 1 2")).toBe(true);
    expect(needsMore("for i in 1 2\ndo echo $i")).toBe(true);
    expect(needsMore("for i in 1 2\ndo echo $i\ndone")).toBe(false);
    expect(needsMore("echo \"b")).toBe(true);
    expect(needsMore("cat <<EOF\nline")).toBe(true);
    expect(needsMore("cat <<EOF\nline\nEOF")).toBe(false);
    expect(needsMore("if then")).toBe(false);
  });
});
