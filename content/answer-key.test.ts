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
