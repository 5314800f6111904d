// The exam-prep question bank and interview prompts. Imported only by server code and tests:
// answer keys and model answers never reach the browser through this module.
import type { BankQuestionInput, InterviewPromptInput } from "@/lib/content/bank";
import tunnelsAndVpns from "./tunnels-and-vpns";
import pathToAwsServices from "./path-to-aws-services";
import gatewayEndpoints from "./gateway-endpoints";
import interfaceEndpoints from "./interface-endpoints";
import policies from "./policies";
import privatelinkServices from "./privatelink-services";
import choosingAndOperating from "./choosing-and-operating";
import interview from "./interview";
import commands from "./commands";

export const BANK_QUESTIONS: ReadonlyArray<BankQuestionInput> = [
  ...tunnelsAndVpns,
  ...pathToAwsServices,
  ...gatewayEndpoints,
  ...interfaceEndpoints,
  ...policies,
  ...privatelinkServices,
  ...choosingAndOperating,
  ...commands,
];

export const INTERVIEW_PROMPTS: ReadonlyArray<InterviewPromptInput> = interview;
