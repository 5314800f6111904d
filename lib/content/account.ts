import { z } from "zod";

// Limits shared by the sign-up form (for instant feedback) and the server (lib/server/auth.ts).
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

export const SignUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(80, "Keep your name under 80 characters."),
  email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address, like ada@example.com.")),
  password: z
    .string()
    .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
    .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`),
});

export const SignInSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address, like ada@example.com.")),
  password: z.string().min(1, "Enter your password."),
});

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

export function fieldErrors<K extends string>(error: z.ZodError): FieldErrors<K> {
  const out: Partial<Record<string, string>> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out as FieldErrors<K>;
}

/** Only same-site paths may be used as a post-sign-in destination (no open redirects). */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith("/")) return "/account";
  // Resolve it the way a browser will: the URL parser drops tabs and newlines and reads "\\" as
  // "/", so "/\t/evil.example" or "/\\evil.example" would leave the site.
  const base = "https://pathwise.invalid";
  let url: URL;
  try {
    url = new URL(next, base);
  } catch {
    return "/account";
  }
  if (url.origin !== base) return "/account";
  return `${url.pathname}${url.search}${url.hash}`;
}

export const ChangeNameSchema = SignUpSchema.pick({ name: true });

export const ChangePasswordSchema = z.object({
  currentPassword: z.string().min(1, "Enter your current password."),
  newPassword: SignUpSchema.shape.password,
});
