import { describe, expect, it } from "vitest";
import { QuestionSchema, QuizSchema, acceptedOrders, orderingCorrect, type Quiz } from "./quiz";
import { gradeQuiz, publicQuiz, validateSubmission, QuizSubmissionSchema } from "./grade";

const SRC = "https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html";
const quiz: Quiz = QuizSchema.parse({
  id: "sample",
  title: "Sample quiz",
  questions: [
    {
      id: "one",
      type: "single",
      prompt: "Which target does a gateway endpoint route use?",
      choices: [
        { id: "a", text: "An ENI" },
        { id: "b", text: "The vpce- id" },
      ],
      answer: "b",
      explanation: "Gateway endpoint routes point at the endpoint id, with a prefix list as destination.",
      source: SRC,
    },
    {
      id: "many",
      type: "multiple",
      prompt: "Which services have gateway endpoints?",
      choices: [
        { id: "s3", text: "S3" },
        { id: "ddb", text: "DynamoDB" },
        { id: "sqs", text: "SQS" },
      ],
      answers: ["s3", "ddb"],
      explanation: "Only S3 and DynamoDB offer gateway endpoints; everything else uses interface endpoints.",
      source: SRC,
    },
    {
      id: "order",
      type: "ordering",
      prompt: "Order the steps of a private S3 request through a gateway endpoint.",
      items: [
        { id: "dns", text: "Resolve the public S3 name" },
        { id: "route", text: "Match the prefix-list route" },
        { id: "policy", text: "Evaluate the endpoint policy" },
      ],
      order: ["dns", "route", "policy"],
      explanation: "DNS first, then the route table sends the packet to the endpoint, where the policy applies.",
      source: SRC,
    },
  ],
});

describe("publicQuiz", () => {
  it("never contains answers or explanations", () => {
    const text = JSON.stringify(publicQuiz(quiz));
    expect(text).not.toContain("answer");
    expect(text).not.toContain("explanation");
    expect(text).not.toContain("Gateway endpoint routes point");
    expect(text).not.toContain(SRC);
  });

  it("never shows ordering items in the correct order", () => {
    const q = publicQuiz(quiz).questions[2];
    expect(q.type).toBe("ordering");
    if (q.type === "ordering") expect(q.items.map((i) => i.id)).not.toEqual(["dns", "route", "policy"]);
  });
});

describe("gradeQuiz", () => {
  it.each([
    [{ one: "b", many: ["ddb", "s3"], order: ["dns", "route", "policy"] }, 3, true],
    [{ one: "a", many: ["s3"], order: ["route", "dns", "policy"] }, 0, false],
    [{ one: "b", many: ["s3", "ddb", "sqs"] }, 1, false],
    [{ one: "b", many: ["s3", "ddb"] }, 2, false], // 2/3 < 0.7
    [{}, 0, false],
  ])("%j → %i points", (answers, score, passed) => {
    const result = gradeQuiz(quiz, { answers });
    expect(result.score).toBe(score);
    expect(result.passed).toBe(passed);
    expect(result.results.every((r) => r.explanation && r.source)).toBe(true);
  });
});

describe("validateSubmission", () => {
  it.each([
    [{ nope: "a" }, 'Question "nope" is not part of quiz "sample".'],
    [{ one: ["b"] }, 'Question "one" takes one choice id.'],
    [{ one: "z" }, '"z" is not a choice of question "one".'],
    [{ many: "s3" }, 'Question "many" takes a list of choice ids.'],
    [{ many: ["s3", "s3"] }, 'Question "many" lists a choice twice.'],
    [{ order: ["dns", "route"] }, 'Question "order" must list each item exactly once.'],
  ])("refuses %j", (answers, message) => {
    expect(validateSubmission(quiz, { answers })?.message).toBe(message);
  });

  it("refuses oversized or odd bodies at the schema", () => {
    expect(QuizSubmissionSchema.safeParse({ answers: { one: "x".repeat(5000) } }).success).toBe(false);
    expect(QuizSubmissionSchema.safeParse({ answers: {}, score: 100 }).success).toBe(false);
    expect(QuizSubmissionSchema.safeParse({ answers: { one: 3 } }).success).toBe(false);
  });
});

describe("ordering questions that declare which steps may swap", () => {
  // CGW and VGW are independent; the connection needs both; routes need the VGW.
  const q = QuestionSchema.parse({
    id: "vpn",
    type: "ordering",
    prompt: "Put the steps of a site-to-site VPN in a workable order.",
    items: [
      { id: "cgw", text: "Create the customer gateway" },
      { id: "vgw", text: "Create and attach the virtual private gateway" },
      { id: "conn", text: "Create the VPN connection" },
      { id: "routes", text: "Enable route propagation" },
    ],
    order: ["cgw", "vgw", "conn", "routes"],
    after: { conn: ["cgw", "vgw"], routes: ["vgw"] },
    explanation: "The connection needs both gateways; propagation needs the VGW only, so it may come before the connection.",
    source: SRC,
  });
  const one = QuizSchema.parse({ id: "q", title: "Quiz", questions: [q, quiz.questions[0], quiz.questions[1]] });
  const grade = (order: string[]) => gradeQuiz(one, { answers: { vpn: order } }).results[0].correct;

  it.each([
    [["cgw", "vgw", "conn", "routes"], true],
    [["vgw", "cgw", "conn", "routes"], true],
    [["vgw", "routes", "cgw", "conn"], true],
    [["cgw", "conn", "vgw", "routes"], false],
    [["routes", "vgw", "cgw", "conn"], false],
    [["cgw", "vgw", "conn"], false],
  ])("%j → %s", (order, correct) => {
    expect(grade(order)).toBe(correct);
  });

  it("lists every accepted order, and the public quiz never shows one of them", () => {
    if (q.type !== "ordering") throw new Error("ordering");
    expect(acceptedOrders(q)).toHaveLength(5);
    const shown = publicQuiz(one).questions[0];
    if (shown.type !== "ordering") throw new Error("ordering");
    expect(orderingCorrect(q, shown.items.map((i) => i.id))).toBe(false);
  });

  it("refuses dependencies the canonical order breaks, or unknown ids", () => {
    const base = { ...q, after: undefined };
    expect(() => QuestionSchema.parse({ ...base, after: { cgw: ["conn"] } })).toThrow(/order must respect after/);
    expect(() => QuestionSchema.parse({ ...base, after: { nope: ["cgw"] } })).toThrow(/only item ids/);
  });
});
