import { test, expect } from "./fixtures";
import { focusTerminal, lastMatch, runCommand, terminalLog } from "./terminal";

test("a new user times out on S3, creates a gateway endpoint and lists the buckets", async ({ page }) => {
  await page.goto("/playground");
  await focusTerminal(page);
  await expect(terminalLog(page)).toContainText("[ec2-user@ip-10-0-2-10 ~]$");

  // From the private subnet there is no path to S3 yet: the CLI's connect timeout (aws-reference §3).
  await runCommand(page, "aws s3 ls", 'Connect timeout on endpoint URL: "https://s3.us-east-1.amazonaws.com/"');
  await expect(terminalLog(page)).toContainText("The real AWS CLI would have waited");

  // Back to the bastion, which can call the EC2 API, to find the ids.
  await runCommand(page, "exit", "Connection to 10.0.2.10 closed.");
  await runCommand(
    page,
    'aws ec2 describe-route-tables --filters Name=tag:Name,Values=private-rt --query "RouteTables[0].RouteTableId" --output text',
    /rtb-[0-9a-f]{17}/,
  );
  const rtb = await lastMatch(page, /rtb-[0-9a-f]{17}/);
  await runCommand(page, 'aws ec2 describe-vpcs --filters Name=tag:Name,Values=lab-vpc --query "Vpcs[0].VpcId" --output text', /vpc-[0-9a-f]{17}/);
  const vpc = await lastMatch(page, /vpc-[0-9a-f]{17}/);

  // Tab completes the route table id from the World.
  await page.keyboard.type(`aws ec2 create-vpc-endpoint --vpc-id ${vpc} --service-name com.amazonaws.us-east-1.s3 --route-table-ids ${rtb.slice(0, 9)}`);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(terminalLog(page)).toContainText(`--route-table-ids ${rtb}`);
  await expect(terminalLog(page)).toContainText('"VpcEndpointType": "Gateway"');

  await runCommand(page, "ssh app-server", "Amazon Linux 2023");
  await runCommand(page, "aws s3 ls", "pathwise-reports");

  // ↑ recalls the last command.
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  await expect(terminalLog(page)).toContainText(/aws s3 ls[\s\S]*pathwise-reports[\s\S]*aws s3 ls[\s\S]*pathwise-reports/);
});

test("unknown commands and overlong lines answer like bash and the prompt survives", async ({ page }) => {
  await page.goto("/playground");
  await focusTerminal(page);
  await runCommand(page, "frobnicate --now", "bash: frobnicate: command not found");
  await runCommand(page, "echo $?", "127");
});
