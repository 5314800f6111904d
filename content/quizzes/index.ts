// The lesson quizzes, by id. Imported only by server code and tests: answer keys never reach the browser.
import type { QuizInput } from "@/lib/content/quiz";
import q01 from "./01-why-the-internet-is-untrusted";
import q02 from "./02-tunneling-is-encapsulation";
import q03 from "./03-ipsec";
import q04 from "./04-tls-vpns-and-wireguard";
import q05 from "./05-authentication";
import q06 from "./06-vpns-into-a-vpc";
import q07 from "./07-vpc-basics";
import q08 from "./08-the-problem-endpoints-solve";
import q09 from "./09-gateway-endpoints";
import q10 from "./10-gateway-endpoint-limits";
import q11 from "./11-interface-endpoints";
import q12 from "./12-private-dns";
import q13 from "./13-high-availability-and-troubleshooting";
import q14 from "./14-gateway-load-balancer-endpoints";
import q15 from "./15-endpoint-policies";
import q16 from "./16-locking-data-in";
import q17 from "./17-endpoint-services";
import q18 from "./18-overlapping-cidrs-and-saas";
import q19 from "./19-vpn-vs-endpoints";
import q20 from "./20-cost-and-performance";
import q21 from "./21-break-and-fix";

export const QUIZ_SOURCES: ReadonlyArray<QuizInput> = [
  q01,
  q02,
  q03,
  q04,
  q05,
  q06,
  q07,
  q08,
  q09,
  q10,
  q11,
  q12,
  q13,
  q14,
  q15,
  q16,
  q17,
  q18,
  q19,
  q20,
  q21,
];
