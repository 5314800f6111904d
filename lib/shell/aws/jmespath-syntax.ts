/**
 * The AWS CLI validates `--query` with Python's jmespath (1.0.1 in Debian's awscli), and a learner's
 * typo is answered with that parser's words: "Incomplete expression" with a caret, "Expecting: [...],
 * got: eof", "Unknown token $". The JavaScript `jmespath` package evaluates queries here, but its
 * parse errors are worded differently, so this module re-implements the Python parser's *syntax
 * checking* — the same tokens, binding powers and the point where each error is raised — and renders
 * its messages (jmespath/lexer.py, parser.py, exceptions.py). It builds no tree: it only finds the
 * first error. Checked against /usr/bin/aws by `npm run fidelity` (corpus "Bad --query expressions").
 */

interface Tok {
  type: string;
  /** the value as Python prints it in a message (`str(value)`) */
  value: string;
  start: number;
}

class SyntaxFail {
  constructor(readonly text: string) {}
}

const SIMPLE: Record<string, string> = { ".": "dot", "*": "star", "]": "rbracket", ",": "comma", ":": "colon", "@": "current", "(": "lparen", ")": "rparen", "{": "lbrace", "}": "rbrace" };
const START_ID = /[A-Za-z_]/;
const ID = /[A-Za-z0-9_]/;
const DIGIT = /[0-9]/;

function lexError(expr: string, pos: number, message: string): SyntaxFail {
  return new SyntaxFail(`Bad jmespath expression: ${message}:\n${expr}\n${" ".repeat(pos)}^`);
}

/** Python's str() of a parsed JSON value, for the rare message that shows a literal. */
function pyStr(v: unknown): string {
  if (v === null) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  const repr = (x: unknown): string =>
    typeof x === "string" ? `'${x}'` : Array.isArray(x) ? `[${x.map(repr).join(", ")}]` : x && typeof x === "object" ? `{${Object.entries(x).map(([k, y]) => `'${k}': ${repr(y)}`).join(", ")}}` : pyStr(x);
  return repr(v);
}

function tokenize(expr: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  const n = expr.length;
  const untilDelim = (delim: string): string => {
    const start = i;
    let buff = "";
    i++;
    while (expr[i] !== delim) {
      if (expr[i] === "\\") {
        buff += "\\";
        i++;
      }
      if (i >= n) throw lexError(expr, start, `Unclosed ${delim} delimiter`);
      buff += expr[i];
      i++;
    }
    i++;
    return buff;
  };
  const orElse = (expected: string, match: string, other: string): void => {
    const start = i;
    const c = expr[i];
    if (expr[i + 1] === expected) {
      toks.push({ type: match, value: c + expected, start });
      i += 2;
    } else {
      toks.push({ type: other, value: c, start });
      i += 1;
    }
  };
  while (i < n) {
    const c = expr[i];
    if (c in SIMPLE) {
      toks.push({ type: SIMPLE[c], value: c, start: i });
      i++;
    } else if (START_ID.test(c)) {
      const start = i;
      while (i < n && ID.test(expr[i])) i++;
      toks.push({ type: "unquoted_identifier", value: expr.slice(start, i), start });
    } else if (c === " " || c === "\t" || c === "\n" || c === "\r") {
      i++;
    } else if (c === "[") {
      const start = i;
      if (expr[i + 1] === "]") {
        toks.push({ type: "flatten", value: "[]", start });
        i += 2;
      } else if (expr[i + 1] === "?") {
        toks.push({ type: "filter", value: "[?", start });
        i += 2;
      } else {
        toks.push({ type: "lbracket", value: "[", start });
        i++;
      }
    } else if (c === "'") {
      const start = i;
      const text = untilDelim("'").replace(/\\'/g, "'");
      toks.push({ type: "literal", value: text, start });
    } else if (c === "|") orElse("|", "or", "pipe");
    else if (c === "&") orElse("&", "and", "expref");
    else if (c === "`") {
      const start = i;
      const lexeme = untilDelim("`").replace(/\\`/g, "`");
      let value: unknown;
      try {
        value = JSON.parse(lexeme);
      } catch {
        try {
          value = JSON.parse(`"${lexeme.trimStart()}"`);
        } catch {
          throw lexError(expr, start, `Bad token ${lexeme}`);
        }
      }
      toks.push({ type: "literal", value: pyStr(value), start });
    } else if (DIGIT.test(c) || c === "-") {
      const start = i;
      i++;
      while (i < n && DIGIT.test(expr[i])) i++;
      const buff = expr.slice(start, i);
      if (buff === "-") throw lexError(expr, start, "Unknown token '-'");
      toks.push({ type: "number", value: String(Number(buff)), start });
    } else if (c === '"') {
      const start = i;
      const lexeme = '"' + untilDelim('"') + '"';
      let value: unknown;
      try {
        value = JSON.parse(lexeme);
      } catch {
        // Python's json error text up to its first colon, e.g. "Invalid \\escape"
        throw lexError(expr, start, "Invalid control character or escape");
      }
      toks.push({ type: "quoted_identifier", value: pyStr(value), start });
    } else if (c === "<") orElse("=", "lte", "lt");
    else if (c === ">") orElse("=", "gte", "gt");
    else if (c === "!") orElse("=", "ne", "not");
    else if (c === "=") {
      if (expr[i + 1] === "=") {
        toks.push({ type: "eq", value: "==", start: i });
        i += 2;
      } else throw lexError(expr, i, "Unknown token '='");
    } else throw lexError(expr, i, `Unknown token ${c}`);
  }
  toks.push({ type: "eof", value: "", start: n });
  return toks;
}

const BP: Record<string, number> = {
  eof: 0, unquoted_identifier: 0, quoted_identifier: 0, literal: 0, rbracket: 0, rparen: 0, comma: 0, rbrace: 0, number: 0, current: 0, expref: 0, colon: 0,
  pipe: 1, or: 2, and: 3, eq: 5, gt: 5, lt: 5, gte: 5, lte: 5, ne: 5, flatten: 9, star: 20, filter: 21, dot: 40, not: 45, lbrace: 50, lbracket: 55, lparen: 60,
};
const PROJECTION_STOP = 10;
const COMPARATORS = new Set(["eq", "ne", "gt", "gte", "lt", "lte"]);

/** Python's repr() of a list of token type names, as in "Expecting: ['a', 'b'], got: eof". */
const pyList = (xs: string[]) => `[${xs.map((x) => `'${x}'`).join(", ")}]`;

function check(expr: string): void {
  const toks = tokenize(expr);
  let at = 0;
  const cur = () => toks[at].type;
  const tok = (k = 0) => toks[Math.max(0, at + k)];
  const parseError = (t: Tok, msg: string): never => {
    throw new SyntaxFail(`${msg}: Parse error at column ${t.start}, token "${t.value}" (${t.type.toUpperCase()}), for expression:\n"${expr}"\n${" ".repeat(t.start + 1)}^`);
  };
  const incomplete = (): never => {
    throw new SyntaxFail(`Invalid jmespath expression: Incomplete expression:\n"${expr}"\n${" ".repeat(expr.length + 1)}^`);
  };
  const maybeEof = (expected: string, t: Tok): never => (t.type === "eof" ? incomplete() : parseError(t, `Expecting: ${expected}, got: ${t.type}`));
  const match = (type: string) => {
    if (cur() === type) at++;
    else maybeEof(type, tok());
  };

  // Each parse function returns the node type the Python parser would build (only "field" matters).
  const expression = (bp = 0): string => {
    const left = tok();
    at++;
    let node = nud(left);
    while (bp < BP[cur()]) {
      const t = cur();
      if (!LED.has(t)) parseError(tok(), "invalid token");
      at++;
      node = led(t, node);
    }
    return node;
  };
  const projectionRhs = (bp: number): void => {
    const t = cur();
    if (BP[t] < PROJECTION_STOP) return;
    if (t === "lbracket" || t === "filter") expression(bp);
    else if (t === "dot") {
      match("dot");
      dotRhs(bp);
    } else parseError(tok(), "syntax error");
  };
  const dotRhs = (bp: number): void => {
    const t = cur();
    if (t === "quoted_identifier" || t === "unquoted_identifier" || t === "star") expression(bp);
    else if (t === "lbracket") {
      match("lbracket");
      multiList();
    } else if (t === "lbrace") {
      match("lbrace");
      multiHash();
    } else parseError(tok(), `Expecting: ${pyList(["quoted_identifier", "unquoted_identifier", "lbracket", "lbrace"])}, got: ${t}`);
  };
  const multiList = (): void => {
    for (;;) {
      expression();
      if (cur() === "rbracket") break;
      match("comma");
    }
    match("rbracket");
  };
  const multiHash = (): void => {
    for (;;) {
      if (cur() !== "quoted_identifier" && cur() !== "unquoted_identifier") maybeEof(pyList(["quoted_identifier", "unquoted_identifier"]), tok());
      at++;
      match("colon");
      expression(0);
      if (cur() === "comma") match("comma");
      else if (cur() === "rbrace") {
        match("rbrace");
        break;
      }
    }
  };
  const indexExpr = (): string => {
    if (cur() === "colon" || tok(1).type === "colon") {
      let index = 0;
      while (cur() !== "rbracket" && index < 3) {
        if (cur() === "colon") {
          index++;
          if (index === 3) parseError(tok(), "syntax error");
          at++;
        } else if (cur() === "number") at++;
        else parseError(tok(), "syntax error");
      }
      match("rbracket");
      projectionRhs(BP.star);
      return "projection";
    }
    at++;
    match("rbracket");
    return "index_expression";
  };
  const filterLed = (): string => {
    expression(0);
    match("rbracket");
    if (cur() !== "flatten") projectionRhs(BP.filter);
    return "filter_projection";
  };
  const nud = (t: Tok): string => {
    switch (t.type) {
      case "literal":
        return "literal";
      case "unquoted_identifier":
        return "field";
      case "quoted_identifier":
        if (cur() === "lparen") {
          const p = tok();
          throw new SyntaxFail(`Quoted identifier not allowed for function names.: Parse error at column 0, token "${p.value}" (${p.type.toUpperCase()}), for expression:\n"${expr}"\n ^`);
        }
        return "field";
      case "star":
        if (cur() !== "rbracket") projectionRhs(BP.star);
        return "value_projection";
      case "filter":
        return filterLed();
      case "lbrace":
        multiHash();
        return "multi_select_dict";
      case "lparen":
        expression();
        match("rparen");
        return "expression";
      case "flatten":
        projectionRhs(BP.flatten);
        return "projection";
      case "not":
        expression(BP.not);
        return "not_expression";
      case "lbracket":
        if (cur() === "number" || cur() === "colon") return indexExpr();
        if (cur() === "star" && tok(1).type === "rbracket") {
          at += 2;
          projectionRhs(BP.star);
          return "projection";
        }
        multiList();
        return "multi_select_list";
      case "current":
        return "current";
      case "expref":
        expression(BP.expref);
        return "expref";
      case "eof":
        return incomplete();
      default:
        return parseError(t, "invalid token");
    }
  };
  const LED = new Set(["dot", "pipe", "or", "and", "lparen", "filter", "flatten", "lbracket", ...COMPARATORS]);
  const led = (type: string, left: string): string => {
    switch (type) {
      case "dot":
        if (cur() !== "star") {
          dotRhs(BP.dot);
          return "subexpression";
        }
        at++;
        projectionRhs(BP.dot);
        return "value_projection";
      case "pipe":
      case "or":
      case "and":
        expression(BP[type]);
        return type;
      case "lparen": {
        if (left !== "field") {
          const p = tok(-2);
          parseError(p, `Invalid function name '${p.value}'`);
        }
        while (cur() !== "rparen") {
          expression();
          if (cur() === "comma") match("comma");
        }
        match("rparen");
        return "function_expression";
      }
      case "filter":
        return filterLed();
      case "flatten":
        projectionRhs(BP.flatten);
        return "projection";
      case "lbracket":
        if (cur() === "number" || cur() === "colon") return indexExpr();
        match("star");
        match("rbracket");
        projectionRhs(BP.star);
        return "projection";
      default:
        expression(BP[type]);
        return "comparator";
    }
  };

  expression(0);
  if (cur() !== "eof") {
    const t = tok();
    parseError(t, `Unexpected token: ${t.value}`);
  }
}

/** The message Python's jmespath gives for a --query it cannot parse, or null when it parses. */
export function pythonQuerySyntaxError(expr: string): string | null {
  if (expr === "") return "Invalid JMESPath expression: cannot be empty.";
  try {
    check(expr);
    return null;
  } catch (e) {
    if (e instanceof SyntaxFail) return e.text;
    // A malformed expression must never crash the terminal; leave it to the evaluator.
    return null;
  }
}
