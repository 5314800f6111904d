import { z } from "zod";
import { TRACKS } from "./catalog";

const trackSlugs = TRACKS.map((t) => t.slug) as [string, ...string[]];

/**
 * Where a fact may be cited from: AWS documentation for AWS behaviour, and the primary source for
 * protocol facts AWS doesn't document (IETF RFCs, the WireGuard paper and site, OpenVPN's docs).
 * A learner must be able to open the page and find the fact stated there.
 */
export const SOURCE_HOSTS = [
  "docs.aws.amazon.com",
  "aws.amazon.com",
  "www.rfc-editor.org",
  "datatracker.ietf.org",
  "www.wireguard.com",
  "openvpn.net",
  "community.openvpn.net",
] as const;

export const SourceUrl = z
  .url()
  .refine((u) => SOURCE_HOSTS.some((h) => u.startsWith(`https://${h}/`)), {
    message: `sources must be AWS documentation or a primary source (${SOURCE_HOSTS.join(", ")})`,
  });

export const LessonFrontMatterSchema = z
  .object({
    title: z.string().min(3).max(90),
    summary: z.string().min(20).max(300),
    track: z.enum(trackSlugs),
    order: z.number().int().min(1).max(99),
    minutes: z.number().int().min(5).max(12),
    objectives: z.array(z.string().min(5).max(200)).min(2).max(6),
    sources: z.array(z.object({ title: z.string().min(3).max(160), url: SourceUrl }).strict()).min(1).max(12),
    quiz: z.string().regex(/^[a-z0-9-]+$/, "quiz ids are lowercase-kebab-case"),
    /**
     * The scenario whose world the lesson's addresses and names are drawn from, for a lesson that
     * embeds none (its widgets and examples still talk about that world). Checked by a content test.
     */
    world: z.string().regex(/^[a-z0-9-]+$/).optional(),
    /**
     * Private addresses, CIDRs and names the lesson quotes as examples outside its live world (e.g.
     * the reserved addresses of a subnet). Everything else it quotes must exist in the world.
     */
    examples: z.array(z.string().min(1).max(60)).max(40).optional(),
  })
  .strict();

export type LessonFrontMatter = z.infer<typeof LessonFrontMatterSchema>;

/** The components a lesson may use; anything else fails the build (lib/server/mdx.ts). */
export const MDX_COMPONENTS = [
  "Callout",
  "Scenario",
  "Lab",
  "PathTrace",
  "Encapsulation",
  "Compare",
  "Quiz",
  "Figure",
  "Terminal",
] as const;
