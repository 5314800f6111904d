/** Commands built on lib/sim: aws and the network tools. */
import type { CommandSpec } from "./types";
import { awsCommand, registerServices } from "./aws/cli";
import { ec2Service } from "./aws/ec2";
import { s3Service, s3apiService } from "./aws/s3";
import { dynamodbService, elbv2Service, kmsService, sqsService, stsService } from "./aws/services";
import { netTools } from "./tools/net";

registerServices([dynamodbService, ec2Service, elbv2Service, kmsService, s3Service, s3apiService, sqsService, stsService]);

export function extraCommands(): CommandSpec[] {
  return [awsCommand, ...netTools];
}
