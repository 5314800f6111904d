import { expect, type Page } from "@playwright/test";

/** Helpers to drive the xterm.js terminal like a person: focus it, type, press keys, read output. */
export function terminalLog(page: Page) {
  return page.getByRole("log", { name: "Terminal output" });
}

export async function focusTerminal(page: Page) {
  const screen = page.getByTestId("terminal");
  await expect(screen).toHaveAttribute("data-ready", "true");
  await screen.click();
}

/** Types a command, presses Enter and waits until `expected` appears in the output. */
export async function runCommand(page: Page, command: string, expected?: string | RegExp, timeout = 15_000) {
  await page.keyboard.type(command);
  await page.keyboard.press("Enter");
  if (expected) await expect(terminalLog(page)).toContainText(expected, { timeout });
}

/** The last match of `pattern` in the terminal output so far. */
export async function lastMatch(page: Page, pattern: RegExp): Promise<string> {
  const text = (await terminalLog(page).textContent()) ?? "";
  const all = [...text.matchAll(new RegExp(pattern, "g"))];
  const last = all.at(-1);
  if (!last) throw new Error(`no ${pattern} in the terminal output`);
  return last[0];
}

/**
 * The canonical S3 gateway endpoint lab, typed as a learner would: see the timeout, find the ids
 * with describe commands, create the endpoint on private-rt, and list the buckets from app-server.
 */
export async function fixS3Lab(page: Page) {
  await runCommand(page, "aws s3 ls", "Connect timeout on endpoint URL");
  await runCommand(page, "exit", "closed.");
  await runCommand(page, 'aws ec2 describe-vpcs --filters Name=tag:Name,Values=lab-vpc --query "Vpcs[0].VpcId" --output text', /vpc-[0-9a-f]{17}/);
  const vpc = await lastMatch(page, /vpc-[0-9a-f]{17}/);
  await runCommand(
    page,
    'aws ec2 describe-route-tables --filters Name=tag:Name,Values=private-rt --query "RouteTables[0].RouteTableId" --output text',
    /rtb-[0-9a-f]{17}/,
  );
  const rtb = await lastMatch(page, /rtb-[0-9a-f]{17}/);
  await runCommand(
    page,
    `aws ec2 create-vpc-endpoint --vpc-id ${vpc} --service-name com.amazonaws.us-east-1.s3 --route-table-ids ${rtb}`,
    '"VpcEndpointType": "Gateway"',
  );
  await runCommand(page, "ssh 10.0.2.10", "Amazon Linux 2023");
  await runCommand(page, "aws s3 ls", "pathwise-reports");
}
