/**
 * The course outline from shared/CURRICULUM.md: 7 tracks, 21 lessons. Lesson bodies live in
 * content/lessons/<track>/<nn-slug>.mdx; a lesson listed here without a file yet shows as
 * "coming soon" on /learn.
 */
export type TrackInfo = {
  slug: string;
  order: number;
  title: string;
  summary: string;
  lessons: ReadonlyArray<{ slug: string; title: string }>;
};

export const TRACKS: ReadonlyArray<TrackInfo> = [
  {
    slug: "tunnels-and-vpns",
    order: 1,
    title: "Tunnels and VPNs",
    summary: "What a VPN promises, how tunnels wrap packets, and how IPsec, TLS VPNs and WireGuard keep them.",
    lessons: [
      { slug: "01-why-the-internet-is-untrusted", title: "Why the internet is untrusted" },
      { slug: "02-tunneling-is-encapsulation", title: "Tunneling is encapsulation" },
      { slug: "03-ipsec", title: "IPsec" },
      { slug: "04-tls-vpns-and-wireguard", title: "TLS VPNs and WireGuard" },
      { slug: "05-authentication", title: "Authentication" },
      { slug: "06-vpns-into-a-vpc", title: "VPNs into a VPC" },
    ],
  },
  {
    slug: "path-to-aws-services",
    order: 2,
    title: "The path to AWS services",
    summary: "VPC routing basics and why traffic from a private subnet to S3 takes the long way round.",
    lessons: [
      { slug: "07-vpc-basics", title: "VPC basics that matter here" },
      { slug: "08-the-problem-endpoints-solve", title: "The problem endpoints solve" },
    ],
  },
  {
    slug: "gateway-endpoints",
    order: 3,
    title: "Gateway endpoints",
    summary: "Route-table targets for S3 and DynamoDB: prefix lists, longest-prefix match, and their limits.",
    lessons: [
      { slug: "09-gateway-endpoints", title: "Gateway endpoints for S3 and DynamoDB" },
      { slug: "10-gateway-endpoint-limits", title: "What gateway endpoints can't do" },
    ],
  },
  {
    slug: "interface-endpoints",
    order: 4,
    title: "Interface endpoints (AWS PrivateLink)",
    summary: "Endpoint network interfaces, private DNS, high availability and Gateway Load Balancer endpoints.",
    lessons: [
      { slug: "11-interface-endpoints", title: "Interface endpoints" },
      { slug: "12-private-dns", title: "Private DNS" },
      { slug: "13-high-availability-and-troubleshooting", title: "High availability and troubleshooting" },
      { slug: "14-gateway-load-balancer-endpoints", title: "Gateway Load Balancer endpoints" },
    ],
  },
  {
    slug: "policies",
    order: 5,
    title: "Policies: defense in depth",
    summary: "Endpoint policies, bucket policies and the conditions that keep data inside your network.",
    lessons: [
      { slug: "15-endpoint-policies", title: "Endpoint policies" },
      { slug: "16-locking-data-in", title: "Locking data in" },
    ],
  },
  {
    slug: "privatelink-services",
    order: 6,
    title: "PrivateLink for your own services",
    summary: "Publish a service behind a load balancer, accept consumers, and connect across overlapping CIDRs.",
    lessons: [
      { slug: "17-endpoint-services", title: "Endpoint services" },
      { slug: "18-overlapping-cidrs-and-saas", title: "Overlapping CIDRs and SaaS" },
    ],
  },
  {
    slug: "choosing-and-operating",
    order: 7,
    title: "Choosing and operating",
    summary: "Pick the right tool for each path, keep costs down, and fix what breaks.",
    lessons: [
      { slug: "19-vpn-vs-endpoints", title: "VPN vs gateway endpoint vs interface endpoint" },
      { slug: "20-cost-and-performance", title: "Cost and performance" },
      { slug: "21-break-and-fix", title: "Break-and-fix" },
    ],
  },
];

export const FIRST_LESSON = { track: TRACKS[0].slug, lesson: TRACKS[0].lessons[0].slug } as const;

export function lessonKey(track: string, lesson: string): string {
  return `${track}/${lesson}`;
}

export function isKnownLesson(key: string): boolean {
  const [track, lesson] = key.split("/");
  return TRACKS.some((t) => t.slug === track && t.lessons.some((l) => l.slug === lesson));
}
