import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { SignUpSchema, safeNextPath } from "./account";

describe("SignUpSchema", () => {
  it.each([
    [{ name: "Ada", email: "ada@example.com", password: "long-enough-1" }, true],
    [{ name: "  ", email: "ada@example.com", password: "long-enough-1" }, false],
    [{ name: "Ada", email: "ada@", password: "long-enough-1" }, false],
    [{ name: "Ada", email: "ada@example.com", password: "short" }, false],
    [{ name: "Ada", email: "ada@example.com", password: "x".repeat(129) }, false],
  ])("%j → valid=%s", (input, valid) => {
    expect(SignUpSchema.safeParse(input).success).toBe(valid);
  });

  it("normalizes the email", () => {
    expect(SignUpSchema.parse({ name: "Ada", email: " Ada@Example.COM ", password: "long-enough-1" }).email).toBe(
      "ada@example.com",
    );
  });
});

describe("safeNextPath", () => {
  it.each([
    [null, "/account"],
    ["/learn", "/learn"],
    ["https://evil.example/", "/account"],
    ["//evil.example", "/account"],
    ["/\\evil.example", "/account"],
    ["learn", "/account"],
    ["/\t/evil.example", "/account"],
    ["/\n/evil.example", "/account"],
    ["/\r\n\\evil.example", "/account"],
    ["/classes/join/K7QM-3XPA?x=1#top", "/classes/join/K7QM-3XPA?x=1#top"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
  ])("%j → %s", (input, expected) => {
    expect(safeNextPath(input)).toBe(expected);
  });

  it("never leaves the site, whatever the string (property)", () => {
    fc.assert(
      fc.property(fc.tuple(fc.boolean(), fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.webUrl(), fc.constantFrom("/", "//", "/\\", "/\t", "\\"))).map(([slash, s]) => (slash ? `/${s}` : s)), (input) => {
        const out = safeNextPath(input);
        expect(new URL(out, "https://pathwise.example").origin).toBe("https://pathwise.example");
        expect(out.startsWith("/")).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
