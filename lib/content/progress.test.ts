import { describe, expect, it } from "vitest";
import { GuestProgressSchema, parseStoredGuestProgress } from "./progress";

describe("guest progress", () => {
  it("accepts known lessons with ISO timestamps", () => {
    const ok = { version: 1, lessons: { "gateway-endpoints/09-gateway-endpoints": "2026-11-01T10:00:00.000Z" } };
    expect(GuestProgressSchema.safeParse(ok).success).toBe(true);
  });

  it.each([
    [{ version: 1, lessons: { "nope/lesson": "2026-11-01T10:00:00.000Z" } }, "unknown lesson"],
    [{ version: 1, lessons: { "gateway-endpoints/09-gateway-endpoints": "yesterday" } }, "ISO 8601"],
    [{ version: 2, lessons: {} }, ""],
    [{ version: 1, lessons: {}, extra: true }, ""],
  ])("rejects %j", (input, message) => {
    const parsed = GuestProgressSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    if (message) expect(JSON.stringify(parsed.error?.issues)).toContain(message);
  });

  it("treats corrupt storage as empty instead of failing", () => {
    expect(parseStoredGuestProgress("{not json")).toEqual({ version: 1, lessons: {} });
    expect(parseStoredGuestProgress(null)).toEqual({ version: 1, lessons: {} });
    expect(parseStoredGuestProgress('{"version":1,"lessons":{"x/y":"2026-01-01T00:00:00Z"}}')).toEqual({
      version: 1,
      lessons: {},
    });
  });
});
