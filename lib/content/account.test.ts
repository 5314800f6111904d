import { describe, expect, it } from "vitest";
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
  ])("%s → %s", (input, expected) => {
    expect(safeNextPath(input)).toBe(expected);
  });
});
