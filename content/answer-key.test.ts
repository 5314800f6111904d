// The answer key is tested too (issue 13). An explanation must never contradict its key: an option
// letter it names must exist and be described consistently with the key (the review's row 1 called
// the keyed answer "not a real name form"). An ordering question whose explanation admits another
// order ("either order", "does not matter") must declare which steps may swap, so the grader
// accepts it (rows 14-16).
import { describe, expect, it } from "vitest";
import { BANK_QUESTIONS } from "@/content/bank";
import { QUIZ_SOURCES } from "@/content/quizzes";
import { BankQuestionSchema } from "@/lib/content/bank";
import { QuizSchema, acceptedOrders, type Question } from "@/lib/content/quiz";
import { checkFacts, mergeFacts, worldFacts } from "@/lib/content/facts";
import { SCENARIOS, scenarioById } from "@/content/scenarios";
import { startShellOn } from "@/content/scenarios/shell";
import { createShell, run } from "@/lib/shell";
import { LAB_ACCOUNT, scenario } from "@/lib/sim";

const questions: Array<[string, Question]> = [
  ...QUIZ_SOURCES.flatMap((quiz) => QuizSchema.parse(quiz).questions.map((q): [string, Question] => [`${quiz.id}/${q.id}`, q])),
  ...BANK_QUESTIONS.map((input): [string, Question] => {
    const q = BankQuestionSchema.parse(input) as Question;
    return [`bank/${q.id}`, q];
  }),
];

const NEGATIVE = /\b(?:fake|invented|made[- ]up|not a real|not real|wrong|incorrect|false|is not (?:true|correct|right)|never works|distractor|doesn't exist|does not exist)\b/i;
const POSITIVE = /\b(?:is (?:the )?(?:correct|right|true)|are (?:correct|right|true)|the (?:right|correct) answer)\b/i;

/** The clauses of an explanation that name option letters: "option d", "(c)", "choice b". */
export function letterMentions(text: string): Array<{ letter: string; clause: string }> {
  const out: Array<{ letter: string; clause: string }> = [];
  for (const clause of text.split(/(?<=[.;!?])\s+|,\s+(?:but|while|whereas)\s+/)) {
    for (const m of clause.matchAll(/\b(?:[Oo]ptions?|[Cc]hoices?)\s+\(?([a-h])\)?(?![\w-])|\(([a-h])\)(?!\w)/g)) out.push({ letter: m[1] ?? m[2], clause });
  }
  return out;
}

export function keyContradictions(q: Question): string[] {
  if (q.type !== "single" && q.type !== "multiple") return [];
  const key = q.type === "single" ? [q.answer] : q.answers;
  const ids = q.choices.map((c) => c.id);
  const problems: string[] = [];
  for (const { letter, clause } of letterMentions(q.explanation)) {
    if (!ids.includes(letter)) {
      problems.push(`names option ${letter}, which the question does not have: "${clause}"`);
      continue;
    }
    // only judge a clause that speaks of one option, so "a is right and c is fake" is read per part
    const letters = new Set(letterMentions(clause).map((x) => x.letter));
    if (letters.size !== 1) continue;
    if (key.includes(letter) && NEGATIVE.test(clause)) problems.push(`calls keyed option ${letter} wrong: "${clause}"`);
    if (!key.includes(letter) && POSITIVE.test(clause)) problems.push(`calls option ${letter} right, but the key is ${key.join(", ")}: "${clause}"`);
  }
  return problems;
}

describe("answer keys", () => {
  it.each(questions)("%s: the explanation agrees with the key", (_id, q) => {
    expect(keyContradictions(q)).toEqual([]);
  });

  it.each(questions.filter(([, q]) => q.type === "ordering"))("%s: an explanation that admits other orders declares them", (_id, q) => {
    if (q.type !== "ordering") return;
    const admits = /\b(?:either order|any order|in any order|order (?:does not|doesn't) matter|does not matter|interchangeab|can be swapped|can come (?:first|before))\b/i.test(q.explanation);
    if (admits) expect(q.after, "the explanation admits another order: declare `after` so the grader accepts it").toBeDefined();
    if (q.after) expect(acceptedOrders(q).length).toBeGreaterThan(1);
  });

  // the check itself must be able to fail: the review's row 1, as it was
  it("catches an explanation that calls the keyed answer fake", () => {
    const q: Question = {
      id: "if-dns-name-forms",
      type: "single",
      prompt: "Which is the zonal DNS name form of an interface endpoint?",
      choices: ["a", "b", "c", "d"].map((id) => ({ id, text: `choice ${id}` })),
      answer: "d",
      explanation: "The zonal name adds the AZ to the endpoint label, and option d is not a real name form.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-access-aws-services.html",
    };
    expect(keyContradictions(q)).toEqual([expect.stringMatching(/calls keyed option d wrong/)]);
    expect(keyContradictions({ ...q, explanation: "Option c is invented; the zonal form is the right one." })).toEqual([]);
    expect(keyContradictions({ ...q, explanation: "Option e is a trap." })).toEqual([expect.stringMatching(/does not have/)]);
  });
});

// Questions that show a scenario (bank `scenario`, type-the-command questions): names and private
// addresses they quote must be that world's, like a lesson's.
describe("questions tied to a world", () => {
  const KNOWN = mergeFacts([...SCENARIOS.map((s) => worldFacts(s.build().world))]).names;
  const tied = questions.flatMap(([id, q]): Array<[string, Question, string]> => {
    const scenario = "scenario" in q && typeof q.scenario === "string" ? q.scenario : undefined;
    return scenario ? [[id, q, scenario]] : [];
  });
  it.each(tied)("%s quotes only names of its world", (_id, q, scenario) => {
    const s = scenarioById(scenario);
    expect(s, scenario).toBeDefined();
    if (!s) return;
    const texts = [q.prompt, q.explanation, ...("choices" in q ? q.choices.map((c) => c.text) : []), ...(q.type === "command" ? [q.solution] : [])];
    const misses = checkFacts(texts.map((text, i) => ({ line: i + 1, text })), worldFacts(s.build().world), { known: KNOWN, examples: [], worldLabel: scenario }).filter((m) => !/ is not in /.test(m.message));
    expect(misses.map((m) => m.message)).toEqual([]);
  });
});

// Questions that quote what a terminal prints must quote it the way the simulator (and so the real
// CLI it is held to) prints it. Every quoted fragment that looks like tool output is looked up in
// outputs the simulator really produces; ids, ARNs, IAM actions and quotes may differ, the words
// may not. A new quoted message must get a way to produce it here. (This caught pol-error-no-endpoint-allow
// quoting `on resource: …` in an implicit deny, which S3 omits: shared/aws-reference.md §S3 403 messages.)
describe("questions that quote terminal output", () => {
  const OUTPUT = /ERROR|error occurred|[Tt]imeout|Denied|not authorized|[Cc]ould not|requires|does not exist|curl: \(|Ncat|NXDOMAIN|SERVFAIL|timed out/;
  const norm = (s: string) =>
    s
      .replace(/["“”]/g, "")
      .replace(/arn:aws:[^\s,]+/g, "ARN")
      .replace(/\b[a-z0-9]+:[A-Z][A-Za-z]+\b/g, "ACTION")
      .replace(/\b(?:vpce|vpc|subnet|rtb|sg|eni|i)-[0-9a-f]{8,17}\b/g, "ID")
      .replace(/\s+/g, " ")
      .trim();
  const transcript = (id: string, lines: string[]) => {
    const s = scenarioById(id);
    if (!s) throw new Error(id);
    let shell = startShellOn(s.build());
    let out = "";
    for (const line of lines) {
      const r = run(shell, line);
      shell = r.state;
      out += r.output.filter((c) => c.stream !== "note").map((c) => c.text).join("");
    }
    return out;
  };
  /** A lab VPC whose app role may read S3 but not write it: an identity-based denial with a resource. */
  const identityDenial = () => {
    const readOnly = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: ["s3:GetObject", "s3:ListBucket"], Resource: "*" }] });
    const world = scenario({ seed: 3, regions: ["us-east-1"] })
      .account(LAB_ACCOUNT, "learner")
      .region("us-east-1")
      .role("ReadOnlyS3", [readOnly])
      .vpc("lab-vpc", "10.0.0.0/16", (v) => v.privateSubnet("private-a", "10.0.2.0/24", "us-east-1a").securityGroup("app-sg", "app"))
      .instance("app-server", { subnet: "private-a", role: "ReadOnlyS3", securityGroups: ["app-sg"], privateIp: "10.0.2.10" })
      .endpoint("s3-gateway", { vpc: "lab-vpc", service: "s3", type: "Gateway", routeTables: ["private-rt"] })
      .bucket("reports", { region: "us-east-1" })
      .build();
    const shell = createShell({ world, host: "app-server" });
    return run(run(shell, "touch q3.csv").state, "aws s3 cp q3.csv s3://reports/q3.csv").output.map((c) => c.text).join("");
  };
  const denyPolicy = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: "*", Action: "*", Resource: "*" }, { Effect: "Deny", Principal: "*", Action: "s3:PutObject", Resource: "*" }] });
  const corpus = [
    transcript("private-subnet-no-endpoint", ["aws s3 ls"]),
    transcript("interface-endpoint-sg-blocks-443", ["aws sqs list-queues"]),
    transcript("endpoint-policy-deny", ["aws s3 ls s3://pathwise-reports", "aws s3api get-object --bucket pathwise-reports --key index.html /tmp/x"]),
    transcript("interface-endpoint-private-dns-off", ["exit", "aws ec2 modify-vpc-endpoint --vpc-endpoint-id vpce-02be0dfa2be4de0a8 --private-dns-enabled"]),
    transcript("s3-gateway-endpoint", ["exit", `EP=$(aws ec2 describe-vpc-endpoints --query 'VpcEndpoints[0].VpcEndpointId' --output text)`, `aws ec2 modify-vpc-endpoint --vpc-endpoint-id $EP --policy-document '${denyPolicy}'`, "ssh 10.0.2.10 touch r.csv", "ssh 10.0.2.10 aws s3 cp r.csv s3://pathwise-reports/r.csv"]),
    identityDenial(),
  ].map(norm);

  const quoted = questions.flatMap(([id, q]) => {
    const texts = [q.prompt, q.explanation, ...("choices" in q ? q.choices.map((c) => c.text) : [])];
    return texts.flatMap((t) => [...t.matchAll(/'([^']{12,300})'/g)].map((m) => m[1]).filter((f) => OUTPUT.test(f)).map((f): [string, string] => [id, f]));
  });

  it("finds the questions that quote output", () => {
    expect(quoted.length).toBeGreaterThanOrEqual(5);
  });

  it.each(quoted)("%s quotes %s as the terminal prints it", (_id, fragment) => {
    const pieces = fragment.split(/\.\.\.|…/).map(norm).filter((p) => p.length >= 8);
    for (const piece of pieces) expect(corpus.some((c) => c.includes(piece)), `"${piece}" is not something the terminal prints`).toBe(true);
  });
});
