/** Expected messages measured with Python jmespath 1.0.1 (Debian's python3-jmespath, the parser /usr/bin/aws uses). */
import { describe, expect, it } from "vitest";
import { pythonQuerySyntaxError } from "./jmespath-syntax";

const CASES: Array<[string, string | null]> = [
  ["Vpcs[", "Invalid jmespath expression: Incomplete expression:\n\"Vpcs[\"\n      ^"],
  ["Vpcs[].", "Expecting: ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'], got: eof: Parse error at column 7, token \"\" (EOF), for expression:\n\"Vpcs[].\"\n        ^"],
  ["Vpcs$", "Bad jmespath expression: Unknown token $:\nVpcs$\n    ^"],
  ["[?a==]", "invalid token: Parse error at column 5, token \"]\" (RBRACKET), for expression:\n\"[?a==]\"\n      ^"],
  ["a.b)", "Unexpected token: ): Parse error at column 3, token \")\" (RPAREN), for expression:\n\"a.b)\"\n    ^"],
  ["length(Vpcs, 1)", "invalid token: Parse error at column 13, token \"1\" (NUMBER), for expression:\n\"length(Vpcs, 1)\"\n              ^"],
  ["a b", "Unexpected token: b: Parse error at column 2, token \"b\" (UNQUOTED_IDENTIFIER), for expression:\n\"a b\"\n   ^"],
  ["a[1:2:3:4]", "syntax error: Parse error at column 7, token \":\" (COLON), for expression:\n\"a[1:2:3:4]\"\n        ^"],
  ["a[-]", "Bad jmespath expression: Unknown token '-':\na[-]\n  ^"],
  ["\"a\"(b)", "Quoted identifier not allowed for function names.: Parse error at column 0, token \"(\" (LPAREN), for expression:\n\"\"a\"(b)\"\n ^"],
  ["{a: b, c}", "Expecting: colon, got: rbrace: Parse error at column 8, token \"}\" (RBRACE), for expression:\n\"{a: b, c}\"\n         ^"],
  ["a=b", "Bad jmespath expression: Unknown token '=':\na=b\n ^"],
  ["a.@", "Expecting: ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'], got: current: Parse error at column 2, token \"@\" (CURRENT), for expression:\n\"a.@\"\n   ^"],
  ["(a", "Invalid jmespath expression: Incomplete expression:\n\"(a\"\n   ^"],
  ["Vpcs[?State==`available`].VpcId", null],
  ["a[?b == `1`].c | [0]", null],
  ["reverse(@)[0]", null],
  ["", "Invalid JMESPath expression: cannot be empty."],
];

describe("--query syntax errors in the AWS CLI's words", () => {
  it.each(CASES)("%s", (q, expected) => {
    expect(pythonQuerySyntaxError(q)).toBe(expected);
  });
});
