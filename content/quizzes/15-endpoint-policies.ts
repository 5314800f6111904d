import type { QuizInput } from "@/lib/content/quiz";

export default {
  id: "15-endpoint-policies",
  title: "Endpoint policies",
  questions: [
    {
      id: "default",
      type: "single",
      prompt: "You create an interface endpoint for an AWS service without specifying a policy. What policy applies?",
      choices: [
        { id: "a", text: "None; all requests through the endpoint are denied until you add one" },
        { id: "b", text: "The default endpoint policy, which allows any principal any action on any resource" },
        { id: "c", text: "A copy of the calling role's identity policy" },
        { id: "d", text: "A read-only policy for the service" },
      ],
      answer: "b",
      explanation:
        "If you don't attach a policy, AWS attaches the default one, which allows everything. That is safe because endpoint policies never grant access on their own; identity and resource policies still decide what each caller may do.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html",
    },
    {
      id: "grant",
      type: "single",
      prompt:
        "An endpoint policy allows s3:* on all resources. A role with no S3 permissions in its identity policy calls GetObject on a bucket in the same account whose bucket policy does not mention it. What happens?",
      choices: [
        { id: "a", text: "Allowed, because the endpoint policy allows s3:*" },
        {
          id: "b",
          text: "Denied, because no identity or resource policy grants the action; the endpoint policy only filters",
        },
        { id: "c", text: "Allowed only for objects smaller than 5 GB" },
        { id: "d", text: "The request times out" },
      ],
      answer: "b",
      explanation:
        "An endpoint policy can only narrow what passes through the endpoint. The request still needs a grant from the identity policy or the bucket policy. With neither, it is implicitly denied, and S3 answers AccessDenied (not a timeout, because the network path works).",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html",
    },
    {
      id: "read-error",
      type: "single",
      prompt:
        "A call fails with: '... is not authorized to perform: s3:GetObject because no VPC endpoint policy allows the s3:GetObject action'. What should you change?",
      choices: [
        { id: "a", text: "The instance role's identity policy" },
        { id: "b", text: "The endpoint policy, to allow s3:GetObject on the object's bucket/* ARN" },
        { id: "c", text: "The security group of the endpoint" },
        { id: "d", text: "The route table association" },
      ],
      answer: "b",
      explanation:
        "S3's message names the policy type: an implicit deny from the VPC endpoint policy. Object actions need the bucket/* resource in the endpoint policy. Security groups and routes cause timeouts, not AccessDenied, and the identity policy is not what the message blames.",
      source: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/troubleshoot-403-errors.html",
    },
    {
      id: "gateway-principal",
      type: "single",
      prompt:
        "You want only the role app-server-role to use an S3 gateway endpoint. How do you express that in the endpoint policy?",
      choices: [
        { id: "a", text: "Set Principal to the role's ARN" },
        { id: "b", text: "Keep Principal as * and add a condition on aws:PrincipalArn" },
        { id: "c", text: "Omit the Principal element" },
        { id: "d", text: "It cannot be done with an endpoint policy" },
      ],
      answer: "b",
      explanation:
        "Endpoint policies must have a Principal element; omitting it makes the policy invalid. For gateway endpoints AWS's guidance is to keep Principal * and restrict callers with an aws:PrincipalArn condition, because an account principal there grants only that account's root user, not its roles and users.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html",
    },
    {
      id: "one-bucket",
      type: "multiple",
      prompt:
        "An S3 endpoint policy allows s3:ListBucket and s3:GetObject on arn:aws:s3:::pathwise-reports and arn:aws:s3:::pathwise-reports/* only. Which commands from a private instance behind the endpoint fail with AccessDenied? Select all that apply.",
      choices: [
        { id: "a", text: "aws s3 ls" },
        { id: "b", text: "aws s3 ls s3://pathwise-reports" },
        { id: "c", text: "aws s3 cp s3://pathwise-reports/q3.csv ." },
        { id: "d", text: "aws s3 cp notes.txt s3://pathwise-reports/notes.txt" },
      ],
      answers: ["a", "d"],
      explanation:
        "Listing all buckets needs s3:ListAllMyBuckets and uploading needs s3:PutObject; neither is allowed, so both are implicitly denied by the endpoint policy. Listing the bucket (ListBucket on the bucket ARN) and downloading an object (GetObject on bucket/*) are allowed, assuming the role grants them.",
      source: "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-s3.html",
    },
  ],
} satisfies QuizInput;
