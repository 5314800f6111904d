import type { BankQuestionInput } from "@/lib/content/bank";

const track = "policies";
const ACCESS = "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html";
const S3GW = "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-s3.html";
const BUCKET = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies-vpc-endpoint.html";
const KEYS = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html";
const EVAL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html";
const T403 = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/troubleshoot-403-errors.html";
const QUOTAS = "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-limits-endpoints.html";

const questions: BankQuestionInput[] = [
  {
    id: "pol-does-not-grant",
    track,
    difficulty: 2,
    type: "single",
    tags: ["endpoint-policy", "evaluation"],
    prompt:
      "An S3 gateway endpoint has the default full-access policy. An instance role with no S3 permissions at all calls GetObject through it on a bucket in the same account whose bucket policy doesn't mention the role. What happens?",
    choices: [
      { id: "a", text: "Allowed: the endpoint policy allows s3:* for Principal *" },
      { id: "b", text: "The request times out" },
      {
        id: "c",
        text: "AccessDenied: an endpoint policy only limits what passes through; it never grants permissions on its own",
      },
      { id: "d", text: "Allowed, but only for objects smaller than 5 GB" },
    ],
    answer: "c",
    explanation:
      "An endpoint policy is a filter on the path, evaluated together with the identity and resource policies. 'Principal *' in it means 'any principal may use this endpoint', not 'anyone is allowed'. The role still needs an Allow from an identity policy or the bucket policy. The request reached S3, so the answer is AccessDenied rather than a timeout.",
    source: ACCESS,
  },
  {
    id: "pol-all-must-allow",
    track,
    difficulty: 2,
    type: "multiple",
    tags: ["evaluation", "endpoint-policy", "bucket-policy"],
    prompt:
      "A role in account 111122223333 reads an object from a bucket in the same account through an S3 gateway endpoint. Which conditions must hold for the read to succeed? Select all that apply.",
    choices: [
      { id: "a", text: "The endpoint policy names the role as Principal" },
      { id: "b", text: "The endpoint policy allows s3:GetObject on that object" },
      { id: "c", text: "The role's identity policy or the bucket policy allows s3:GetObject" },
      { id: "d", text: "No applicable policy (identity, endpoint, bucket, SCP) explicitly denies it" },
      { id: "e", text: "The bucket policy names the endpoint in an Allow statement" },
    ],
    answers: ["b", "c", "d"],
    explanation:
      "Through an endpoint, the endpoint policy must allow the action, the normal same-account rule applies (an Allow in the identity policy or the bucket policy), and any explicit Deny anywhere wins. The bucket policy doesn't have to mention the endpoint unless you choose to lock it to one, and gateway endpoint policies use Principal * rather than naming roles.",
    source: ACCESS,
  },
  {
    id: "pol-explicit-deny-wins",
    track,
    difficulty: 2,
    type: "single",
    tags: ["endpoint-policy", "explicit-deny"],
    scenario: "endpoint-policy-deny",
    prompt:
      'The S3 gateway endpoint policy is: {"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:*","Resource":"*"},{"Effect":"Deny","Principal":"*","Action":"s3:DeleteObject","Resource":"*"}]}. An admin role with AdministratorAccess runs aws s3 rm s3://app-data/old.csv from an instance behind the endpoint. What happens?',
    choices: [
      { id: "a", text: "It succeeds, because AdministratorAccess overrides endpoint policies" },
      { id: "b", text: "It succeeds, because the Allow statement comes first" },
      { id: "c", text: "It times out" },
      { id: "d", text: "It fails with AccessDenied caused by an explicit deny in a VPC endpoint policy" },
    ],
    answer: "d",
    explanation:
      "An explicit Deny in any applicable policy beats every Allow, whatever order statements appear in and whatever the identity's permissions. The admin can still delete from a network path that doesn't use this endpoint, which is a reminder that endpoint policies control the path, not the principal everywhere.",
    source: EVAL,
  },
  {
    id: "pol-listbucket-resource",
    track,
    difficulty: 3,
    type: "single",
    tags: ["endpoint-policy", "s3", "resources"],
    scenario: "endpoint-policy-deny",
    prompt:
      'The endpoint policy allows Action ["s3:GetObject","s3:PutObject","s3:ListBucket"] on Resource "arn:aws:s3:::app-data/*" only. aws s3 cp works for a known key, but aws s3 ls s3://app-data fails with AccessDenied. Why?',
    choices: [
      {
        id: "a",
        text: "ListBucket acts on the bucket ARN arn:aws:s3:::app-data, which the /* resource does not match; add the bucket ARN",
      },
      { id: "b", text: "ListBucket is not allowed through gateway endpoints" },
      { id: "c", text: "The CLI needs s3:ListAllMyBuckets to list one bucket" },
      { id: "d", text: "The instance role lacks s3:GetObject" },
    ],
    answer: "a",
    explanation:
      "Object actions (GetObject, PutObject) apply to object ARNs, bucket/key, so they match app-data/*. ListBucket applies to the bucket itself, arn:aws:s3:::app-data, which that wildcard doesn't cover, so the endpoint policy gives it no Allow and the result is an implicit deny. ListAllMyBuckets is only needed for a bare aws s3 ls, and cp working proves GetObject is fine.",
    source: S3GW,
  },
  {
    id: "pol-ls-all-buckets",
    track,
    difficulty: 3,
    type: "single",
    tags: ["endpoint-policy", "s3"],
    scenario: "endpoint-policy-deny",
    prompt:
      "An endpoint policy allows s3:ListBucket on arn:aws:s3:::app-data and s3:GetObject on arn:aws:s3:::app-data/*. aws s3 ls s3://app-data works, but a plain aws s3 ls (no bucket) fails with AccessDenied. What is going on, and is it a problem?",
    choices: [
      { id: "a", text: "The endpoint is broken; recreate it" },
      { id: "b", text: "The account has too many buckets to list through an endpoint" },
      { id: "c", text: "A plain aws s3 ls must go through a NAT gateway" },
      {
        id: "d",
        text: 'Listing all buckets is the ListBuckets API, authorized as s3:ListAllMyBuckets on "*", which the policy doesn\'t allow; that is expected for a bucket-scoped policy and only needs adding if tools rely on it',
      },
    ],
    answer: "d",
    explanation:
      'aws s3 ls with no argument calls ListBuckets, whose permission is s3:ListAllMyBuckets and whose resource is "*", not any one bucket. A least-privilege endpoint policy scoped to app-data implicitly denies it, which is usually fine and even desirable, because enumerating buckets is rarely needed. Both calls go to S3 in the same Region, so both use the endpoint.',
    source: S3GW,
  },
  {
    id: "pol-sourcevpc-vs-sourcevpce",
    track,
    difficulty: 3,
    type: "single",
    tags: ["condition-keys", "bucket-policy"],
    prompt:
      "A VPC has two S3 gateway endpoints (one per tier). A bucket must be usable from either tier, and from nowhere else. Which bucket policy condition fits best?",
    choices: [
      { id: "a", text: "Deny when aws:SourceIp is not the VPC CIDR" },
      { id: "b", text: "Allow when aws:SourceVpce is the first endpoint's id" },
      { id: "c", text: "Deny when aws:PrincipalOrgID is not your organization" },
      { id: "d", text: "Deny when aws:SourceVpc is not the VPC's id" },
    ],
    answer: "d",
    explanation:
      "aws:SourceVpc matches requests arriving through any endpoint in that VPC, so both tiers pass and everything else, having no such value, is denied. aws:SourceIp never matches endpoint traffic, an Allow for one endpoint doesn't restrict anything on its own, and PrincipalOrgID limits who, not from where. Use aws:SourceVpce when you need to pin a bucket to specific endpoints.",
    source: BUCKET,
  },
  {
    id: "pol-console-lockout",
    track,
    difficulty: 3,
    type: "single",
    tags: ["bucket-policy", "condition-keys"],
    scenario: "bucket-policy-sourcevpce",
    prompt:
      "You attach this bucket policy: Deny s3:* on the bucket and its objects for Principal * when StringNotEquals aws:SourceVpce = vpce-0a75330454fede014. Afterwards, an administrator can no longer even view the bucket's objects in the S3 console. Why?",
    choices: [
      { id: "a", text: "Console users are exempt from bucket policies, so this must be an IAM problem" },
      { id: "b", text: "The console uses a different bucket ARN" },
      { id: "c", text: "The deny only applies to the root user" },
      {
        id: "d",
        text: "Console requests do not travel through the endpoint, so they carry no aws:SourceVpce value; the StringNotEquals condition matches and the explicit deny applies to everyone, administrators included",
      },
    ],
    answer: "d",
    explanation:
      "aws:SourceVpce only exists on requests that came through a VPC endpoint. For anything else the key is absent, and a StringNotEquals test against an absent key evaluates to true, so the Deny hits. Explicit denies beat any IAM permission, which is why you plan an exception (for example a break-glass role matched with aws:PrincipalArn) before applying such a policy.",
    source: BUCKET,
  },
  {
    id: "pol-sourceip-via-endpoint",
    track,
    difficulty: 3,
    type: "single",
    tags: ["condition-keys", "on-prem"],
    prompt:
      "On-prem clients (192.168.0.0/16) reach S3 over Direct Connect through an S3 interface endpoint. The bucket policy denies requests unless aws:SourceIp is in 192.168.0.0/16, and every on-prem request is now denied. What is the right correction?",
    choices: [
      {
        id: "a",
        text: "Requests through a VPC endpoint can't be matched by aws:SourceIp; condition on aws:SourceVpce (the interface endpoint id) instead",
      },
      { id: "b", text: "Change the range to the endpoint ENIs' private addresses" },
      { id: "c", text: "Add the Direct Connect public virtual interface addresses" },
      { id: "d", text: "Move the condition into the endpoint policy, where aws:SourceIp works" },
    ],
    answer: "a",
    explanation:
      "The IAM condition key documentation is explicit that aws:SourceIp does not work for requests that pass through a VPC endpoint, whatever address you put in it. The reliable network control is aws:SourceVpce (or aws:SourceVpc) identifying the endpoint the request came through. Listing the ENI addresses or public DX ranges doesn't help because the key never carries a usable value on this path.",
    source: KEYS,
  },
  {
    id: "pol-resource-account-exfil",
    track,
    difficulty: 3,
    type: "single",
    tags: ["exfiltration", "endpoint-policy", "side-effects"],
    prompt:
      "To stop exfiltration, you restrict an S3 gateway endpoint's policy to buckets owned by your organization (aws:ResourceOrgID). The next morning, private build agents can still fetch package metadata from AWS CodeArtifact (through its interface endpoints), but downloading the package files fails. Why?",
    choices: [
      { id: "a", text: "CodeArtifact requires a NAT gateway for downloads" },
      {
        id: "b",
        text: "CodeArtifact serves package assets from an AWS-owned S3 bucket, which your policy now excludes; add a statement allowing read access to that Region's CodeArtifact assets bucket",
      },
      { id: "c", text: "The endpoint policy exceeded 20,480 characters" },
      { id: "d", text: "The build agents' IAM roles lost codeartifact:ReadFromRepository" },
    ],
    answer: "b",
    explanation:
      "The policy does exactly what you asked: only your organization's buckets are reachable through the endpoint. But CodeArtifact stores package assets in an S3 bucket owned by AWS, and the download goes through your S3 endpoint, so it now meets an implicit deny. CodeArtifact's documentation lists the bucket ARN per Region to allow; data-perimeter endpoint policies routinely carry such exceptions. Metadata calls still work, which shows the roles and the CodeArtifact endpoints are fine.",
    source: "https://docs.aws.amazon.com/codeartifact/latest/ug/create-s3-gateway-endpoint.html",
  },
  {
    id: "pol-exfil-nat-bypass",
    track,
    difficulty: 3,
    type: "multiple",
    tags: ["exfiltration", "nat-gateway", "data-perimeter"],
    prompt:
      "A private subnet in us-east-1 routes the S3 prefix list to a gateway endpoint restricted to your organization's buckets, and 0.0.0.0/0 to a NAT gateway. Which exfiltration attempts still succeed? Select all that apply.",
    choices: [
      { id: "a", text: "Uploading to one of your organization's buckets in us-east-1" },
      { id: "b", text: "Uploading to an attacker's bucket in eu-west-1" },
      { id: "c", text: "Uploading to an attacker's bucket in us-east-1" },
      { id: "d", text: "Posting the data to an attacker's HTTPS server on the internet" },
    ],
    answers: ["b", "d"],
    explanation:
      "Only traffic to S3 in the endpoint's Region follows the prefix-list route and meets the endpoint policy, so the upload to an attacker's us-east-1 bucket is denied. An eu-west-1 bucket's addresses fall through to the NAT route, bypassing the endpoint policy, and any non-AWS destination goes out through NAT as well. Uploading to your own bucket is allowed but isn't exfiltration. Closing the gaps needs egress control (remove NAT, or filter with a firewall) on top of the endpoint policy.",
    source: S3GW,
  },
  {
    id: "pol-principal-org",
    track,
    difficulty: 2,
    type: "single",
    tags: ["endpoint-policy", "data-perimeter"],
    prompt:
      "You want your VPC endpoints to be usable only by identities that belong to your AWS Organization, so that credentials from any other account are refused on your network path. Which condition do you add to the endpoint policy?",
    choices: [
      { id: "a", text: "aws:SourceVpce equals the endpoint id" },
      { id: "b", text: "aws:SourceIp equals the VPC CIDR" },
      { id: "c", text: "s3:x-amz-acl equals bucket-owner-full-control" },
      { id: "d", text: "aws:PrincipalOrgID equals your organization id" },
    ],
    answer: "d",
    explanation:
      "aws:PrincipalOrgID compares the calling principal's organization, so an endpoint policy conditioned on it rejects outside credentials: the identity side of a data perimeter. aws:SourceVpce would always be true inside the endpoint's own policy, aws:SourceIp doesn't match endpoint traffic, and an ACL header condition says nothing about who is calling.",
    source: KEYS,
  },
  {
    id: "pol-size-limit",
    track,
    difficulty: 1,
    type: "single",
    tags: ["quotas", "endpoint-policy"],
    prompt: "What is the maximum size of a VPC endpoint policy?",
    choices: [
      { id: "a", text: "2,048 characters, adjustable" },
      { id: "b", text: "10 statements" },
      { id: "c", text: "There is no limit" },
      { id: "d", text: "20,480 characters including white space, not adjustable" },
    ],
    answer: "d",
    explanation:
      "Endpoint policies are capped at 20,480 characters, white space included, and the quota can't be raised. Long lists of bucket ARNs hit it quickly, which is one reason to use account- or organization-level conditions (s3:ResourceAccount, aws:ResourceOrgID) instead of enumerating resources.",
    source: QUOTAS,
  },
  {
    id: "pol-not-supported",
    track,
    difficulty: 1,
    type: "single",
    tags: ["endpoint-policy"],
    prompt:
      "describe-vpc-endpoint-services shows VpcEndpointPolicySupported: false for a service you reach through an interface endpoint. What does that mean?",
    choices: [
      { id: "a", text: "The endpoint denies all traffic until a policy is supported" },
      { id: "b", text: "You must attach the policy to the endpoint's security group instead" },
      { id: "c", text: "The endpoint only works for the account root user" },
      {
        id: "d",
        text: "You can't restrict that endpoint with a policy; it allows full access, so control access with IAM and the service's own resource policies",
      },
    ],
    answer: "d",
    explanation:
      "Not every service evaluates endpoint policies. Where it's unsupported, the endpoint behaves as if the default full-access policy were attached, so the path adds no authorization filter and identity and resource policies carry the whole load. Security groups filter packets, not API actions.",
    source: ACCESS,
  },
  {
    id: "pol-propagation",
    track,
    difficulty: 1,
    type: "single",
    tags: ["endpoint-policy", "operations"],
    prompt:
      "You tighten an endpoint policy and immediately test a call that should now be denied. It still succeeds. What is the most likely explanation?",
    choices: [
      { id: "a", text: "Policy changes can take a few minutes to take effect; wait and test again" },
      { id: "b", text: "Endpoint policies only apply to new instances" },
      { id: "c", text: "The policy was too long and was silently truncated" },
      { id: "d", text: "Endpoint policies only apply to new TCP connections opened after a reboot" },
    ],
    answer: "a",
    explanation:
      "AWS notes that endpoint policy updates can take a few minutes to apply. Testing immediately may show the old behaviour. Oversized policies are rejected outright rather than truncated, and policies don't depend on instance age or reboots.",
    source: ACCESS,
  },
  {
    id: "pol-error-no-endpoint-allow",
    track,
    difficulty: 2,
    type: "single",
    tags: ["errors", "troubleshooting"],
    prompt:
      "Through an S3 gateway endpoint with the default policy, an upload to s3://reports/q3.csv fails with: '... is not authorized to perform: s3:PutObject because no identity-based policy allows the s3:PutObject action'. What do you change?",
    choices: [
      { id: "a", text: "Add an Allow for s3:PutObject to the endpoint policy" },
      {
        id: "b",
        text: "Grant s3:PutObject on arn:aws:s3:::reports/* in the caller's IAM policy (or allow the role in the bucket policy)",
      },
      { id: "c", text: "Remove the endpoint so the request goes through NAT" },
      { id: "d", text: "Open port 443 on the endpoint" },
    ],
    answer: "b",
    explanation:
      "The message names the layer that lacked an Allow: the identity-based policy. The default endpoint policy already allows everything, so editing it changes nothing, and the fact that S3 answered shows the network path works. Grant the permission to the role (or name the role in the bucket policy). Sending the request around the endpoint would hit the same missing permission.",
    source: T403,
  },
  {
    id: "pol-lock-bucket-order",
    track,
    difficulty: 2,
    type: "ordering",
    tags: ["bucket-policy", "operations"],
    prompt: "Order the steps to lock a production bucket to one VPC endpoint without locking yourself out.",
    items: [
      { id: "a", text: "Confirm workloads already reach the bucket through the endpoint (note its vpce id)" },
      { id: "b", text: "Write a Deny-unless-aws:SourceVpce statement with an exception for a break-glass admin role" },
      { id: "c", text: "Apply the bucket policy" },
      { id: "d", text: "Test from an instance behind the endpoint (allowed) and from a laptop (denied)" },
      { id: "e", text: "Watch CloudTrail for denied calls from legitimate callers you forgot" },
    ],
    order: ["a", "b", "c", "d", "e"],
    explanation:
      "First prove the endpoint path works, so the deny doesn't cut off production. Write the exception before applying, because once applied, every role outside the endpoint is denied, administrators included; only the bucket-owning account's root user can still change the policy, and that is a recovery path, not a plan. Then test both the allowed and the denied path and watch the logs for callers, such as other services or teams, that the policy catches unintentionally.",
    source: BUCKET,
  },
  {
    id: "pol-least-privilege-order",
    track,
    difficulty: 2,
    type: "ordering",
    tags: ["endpoint-policy", "least-privilege"],
    prompt: "Order a safe way to replace an endpoint's default full-access policy with a least-privilege one.",
    items: [
      {
        id: "a",
        text: "List the actions and resources actually used through the endpoint (for example from CloudTrail)",
      },
      {
        id: "b",
        text: "Write Allow statements for those actions, with bucket ARNs for bucket actions and bucket/* for object actions",
      },
      { id: "c", text: "Apply the policy with modify-vpc-endpoint --policy-document" },
      { id: "d", text: "Wait a few minutes for it to take effect" },
      { id: "e", text: "Test one allowed and one disallowed operation from behind the endpoint" },
    ],
    order: ["a", "b", "c", "d", "e"],
    explanation:
      "Starting from observed usage avoids breaking workloads; resource ARNs must match each action's resource type; changes take a few minutes to apply, so test after waiting, and test both what must work and what must not.",
    source: ACCESS,
  },
  {
    id: "pol-sqs-queue-policy",
    track,
    difficulty: 2,
    type: "single",
    tags: ["sqs", "resource-policy", "condition-keys"],
    prompt:
      "You want an SQS queue to accept SendMessage only from clients using your SQS interface endpoint vpce-0f89a33420c1931d7. Where do you enforce it?",
    choices: [
      { id: "a", text: "In the endpoint's security group, by referencing the queue ARN" },
      { id: "b", text: "Only in the endpoint policy; queue policies don't support VPC conditions" },
      { id: "c", text: "In the queue policy, with a Deny when aws:SourceVpce is not vpce-0f89a33420c1931d7" },
      { id: "d", text: "In a network ACL rule on the queue" },
    ],
    answer: "c",
    explanation:
      "Resource policies of services reached through interface endpoints, such as SQS queue policies, can use aws:SourceVpce just like bucket policies. The endpoint policy controls what passes through that endpoint, but only the queue's own policy can refuse requests that arrive by some other path. Security groups and NACLs work on addresses and ports, not ARNs.",
    source: KEYS,
  },
  {
    id: "pol-two-denies-mistake",
    track,
    difficulty: 3,
    type: "single",
    tags: ["bucket-policy", "condition-keys"],
    scenario: "bucket-policy-sourcevpce",
    prompt:
      "A bucket must be reachable through vpce-aaa (prod VPC) or vpce-bbb (analytics VPC). Someone writes two Deny statements: one denying when aws:SourceVpce is not vpce-aaa, another denying when it is not vpce-bbb. What happens, and how should it be written?",
    choices: [
      { id: "a", text: "Works as intended: each statement protects one VPC" },
      { id: "b", text: "Only vpce-bbb works, because the last statement wins" },
      {
        id: "c",
        text: "Everything is denied, because every request fails at least one of the two tests; use one Deny with StringNotEquals and both ids in a list",
      },
      { id: "d", text: "Only vpce-aaa works, because the first statement wins" },
    ],
    answer: "c",
    explanation:
      'A request through vpce-aaa is \'not vpce-bbb\' and hits the second Deny; a request through vpce-bbb hits the first. One statement with StringNotEquals aws:SourceVpce ["vpce-aaa","vpce-bbb"] denies only requests matching neither, because multiple values for one key are ORed. Statement order never matters in IAM evaluation.',
    source: EVAL,
  },
  {
    id: "pol-aws-service-exception",
    track,
    difficulty: 3,
    type: "single",
    tags: ["bucket-policy", "condition-keys"],
    prompt:
      "A bucket receives CloudTrail logs delivered by the CloudTrail service principal. After adding 'Deny s3:* unless aws:SourceVpce = vpce-1a2b3c4d', log delivery stops. What is a sound fix?",
    choices: [
      { id: "a", text: "Create an endpoint for CloudTrail in the VPC" },
      {
        id: "b",
        text: "Exclude AWS service principals from the Deny, for example with a condition that the deny only applies when aws:PrincipalIsAWSService is false",
      },
      { id: "c", text: "Remove the Deny and rely on the endpoint policy" },
      { id: "d", text: "Allow aws:SourceIp of CloudTrail's addresses" },
    ],
    answer: "b",
    explanation:
      "Service principals such as CloudTrail write to S3 from AWS's own infrastructure, not through your VPC endpoint, so their requests have no aws:SourceVpce and the Deny catches them. Adding aws:PrincipalIsAWSService to the Deny's conditions exempts service principals while keeping the network restriction for everyone else. An endpoint in your VPC does not change CloudTrail's delivery path, and dropping the Deny removes the protection entirely.",
    source: KEYS,
  },
  {
    id: "pol-dynamodb-table-scope",
    track,
    difficulty: 2,
    type: "single",
    tags: ["dynamodb", "endpoint-policy"],
    prompt:
      "A DynamoDB gateway endpoint policy allows dynamodb:GetItem, PutItem and Query on arn:aws:dynamodb:us-east-1:111122223333:table/orders only. An instance with full DynamoDB IAM permissions runs a Scan on table/orders and a GetItem on table/users. What happens?",
    choices: [
      { id: "a", text: "Both succeed, because IAM allows them" },
      { id: "b", text: "Only the GetItem on users succeeds" },
      { id: "c", text: "Both time out" },
      { id: "d", text: "Both are denied: Scan isn't in the endpoint policy, and users isn't a listed resource" },
    ],
    answer: "d",
    explanation:
      "A request through the endpoint must be allowed by the endpoint policy as well as IAM. Scan is not among the allowed actions, and the users table is not among the allowed resources, so both get an implicit deny at the endpoint. They reach DynamoDB and come back as access-denied errors, not timeouts.",
    source: ACCESS,
  },
  {
    id: "pol-sourcevpc-which-denied",
    track,
    difficulty: 3,
    type: "multiple",
    tags: ["bucket-policy", "condition-keys", "nat-gateway"],
    scenario: "bucket-policy-sourcevpce",
    prompt:
      "Bucket policy: Deny s3:* for Principal * when StringNotEquals aws:SourceVpc = vpc-111. VPC vpc-111 (us-east-1) has subnet A routing S3 through a gateway endpoint and subnet B routing 0.0.0.0/0 to a NAT gateway with no endpoint association. Which requests are denied? Select all that apply.",
    choices: [
      { id: "a", text: "An instance in subnet B reading the bucket" },
      { id: "b", text: "An administrator using the S3 console" },
      { id: "c", text: "A laptop with valid credentials using the CLI" },
      { id: "d", text: "An instance in subnet A reading the bucket" },
    ],
    answers: ["a", "b", "c"],
    explanation:
      "aws:SourceVpc is set only when the request passes through an endpoint in that VPC. Subnet B is inside vpc-111, but its requests leave via NAT and arrive at S3 from a public address with no VPC context, so they are denied just like the console and the laptop. Being 'in the VPC' isn't enough; the request must use the endpoint.",
    source: BUCKET,
  },
  {
    id: "pol-endpoint-scope",
    track,
    difficulty: 1,
    type: "single",
    tags: ["endpoint-policy"],
    prompt: "An S3 endpoint policy denies s3:DeleteBucket. Does that stop the same IAM role from deleting buckets?",
    choices: [
      { id: "a", text: "Yes, everywhere, because the policy is attached to the account" },
      { id: "b", text: "No, endpoint policies can't deny actions" },
      {
        id: "c",
        text: "Only for requests that pass through that endpoint; the same role can still delete buckets from another network path unless IAM, an SCP or the bucket policy also denies it",
      },
      { id: "d", text: "Yes, but only in that VPC's Region" },
    ],
    answer: "c",
    explanation:
      "An endpoint policy is evaluated only for requests that traverse that endpoint. It is a path control. To stop an action for a principal everywhere you need identity-side controls (IAM policy, permission boundary, SCP) or resource-side controls (bucket policy). Endpoint policies can certainly contain Deny statements.",
    source: ACCESS,
  },
  {
    id: "pol-stolen-creds-laptop",
    track,
    difficulty: 2,
    type: "single",
    tags: ["exfiltration", "bucket-policy"],
    scenario: "bucket-policy-sourcevpce",
    prompt:
      "An attacker copies an instance role's temporary credentials and uses them from a laptop at home to read your bucket. Which control blocks this?",
    choices: [
      { id: "a", text: "The endpoint policy on your S3 gateway endpoint" },
      { id: "b", text: "The instance's security group" },
      { id: "c", text: "The VPC's network ACL" },
      {
        id: "d",
        text: "A bucket policy that denies requests not arriving through your endpoint (aws:SourceVpce) or VPC (aws:SourceVpc)",
      },
    ],
    answer: "d",
    explanation:
      "From the laptop, the request never touches your VPC, so nothing attached to the VPC (endpoint policy, security groups, NACLs) sees it. The bucket policy is evaluated for every request to the bucket, wherever it comes from, so a network condition there rejects the stolen credentials used outside the VPC. This is the complement of the endpoint-policy control, which stops exfiltration out through your VPC.",
    source: BUCKET,
  },
  {
    id: "pol-resource-org-key",
    track,
    difficulty: 1,
    type: "single",
    tags: ["condition-keys", "data-perimeter"],
    prompt:
      "Which condition key, used in an endpoint policy, limits access to resources owned by accounts in your AWS Organization?",
    choices: [
      { id: "a", text: "aws:PrincipalOrgID" },
      { id: "b", text: "aws:SourceVpc" },
      { id: "c", text: "aws:RequestedRegion" },
      { id: "d", text: "aws:ResourceOrgID" },
    ],
    answer: "d",
    explanation:
      "aws:ResourceOrgID is the organization of the account that owns the target resource, so it keeps traffic on your endpoint pointed at your own resources. aws:PrincipalOrgID is the mirror image: it checks who is calling. Both are used in data-perimeter endpoint policies, and confusing them is the usual mistake.",
    source: KEYS,
  },
  {
    id: "pol-vpcsourceip",
    track,
    difficulty: 2,
    type: "single",
    tags: ["condition-keys"],
    prompt:
      "You need a bucket policy that only allows requests from one subnet's private range (10.0.3.0/24) arriving through your VPC endpoint. Which keys do you combine?",
    choices: [
      { id: "a", text: "aws:SourceIp with 10.0.3.0/24" },
      { id: "b", text: "aws:VpcSourceIp with 10.0.3.0/24, together with aws:SourceVpc (or aws:SourceVpce)" },
      { id: "c", text: "aws:SourceVpce with 10.0.3.0/24" },
      { id: "d", text: "It can't be done; S3 never sees private addresses" },
    ],
    answer: "b",
    explanation:
      "For requests that come through a VPC endpoint, aws:VpcSourceIp carries the caller's private IP, while aws:SourceIp doesn't apply. Private ranges repeat across VPCs, so pair it with aws:SourceVpc or aws:SourceVpce to say which network the range belongs to. aws:SourceVpce holds an endpoint id, not a CIDR.",
    source: KEYS,
  },
];

export default questions;
