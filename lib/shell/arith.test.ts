// Expected values from GNU bash 5.2 (`bash -c 'echo $(( … ))'`), run through npm run fidelity too.
import { describe, expect, it } from "vitest";
import { evalArith } from "./arith";

const vars: Record<string, string> = { x: "5", y: "x + 1", empty: "" };
const lookup = (n: string) => vars[n];

describe("arithmetic expansion", () => {
  it.each([
    ["2 + 3 * 4", 14n],
    [" 10 / 3 ", 3n],
    ["10 % 3", 1n],
    ["2 ** 10", 1024n],
    ["2 ** 3 ** 2", 512n],
    ["-7 / 2", -3n],
    ["x * 2", 10n],
    ["y * 2", 12n],
    ["empty + nope", 0n],
    ["(1 + 2) * 3", 9n],
    ["1 < 2 && 3 > 4", 0n],
    ["x == 5 ? 10 : 20", 10n],
    ["010 + 0x10", 24n],
    ["!0 + ~0", 0n],
    ["", 0n],
  ])("%s = %s", (expr, value) => {
    expect(evalArith(expr, lookup)).toEqual({ ok: true, value });
  });
  it("division by zero names the expression and the token, as bash does", () => {
    expect(evalArith("1 / 0", lookup)).toEqual({ ok: false, message: '1 / 0: division by 0 (error token is "0")' });
  });
});
