/**
 * Bash arithmetic expansion `$(( … ))` on 64-bit integers: variables by name (unset or empty is 0,
 * a value is itself evaluated), unary + - ! ~, ** (right-assoc), * / %, + -, << >>, comparisons,
 * == !=, & ^ |, && ||, ?:, = += -= *= /= %= <<= >>= &= ^= |=, ++ and -- (pre and post), the
 * comma operator, parentheses — bash's precedence (bash(1), ARITHMETIC EVALUATION).
 * Pure: reads variables through `lookup` and writes assignments through `store`.
 */
export type ArithResult = { ok: true; value: bigint } | { ok: false; message: string };

const BINARY: Array<string[]> = [["||"], ["&&"], ["|"], ["^"], ["&"], ["==", "!="], ["<=", ">=", "<", ">"], ["<<", ">>"], ["+", "-"], ["*", "/", "%"]];
const TOKEN = /\s*(0[xX][0-9a-fA-F]+|\d+|[A-Za-z_][A-Za-z0-9_]*|\*\*=|<<=|>>=|\*\*|\+\+|--|<<|>>|<=|>=|==|!=|&&|\|\||[-+*/%&^|]=|=|[-+*/%()<>!~&^|?:,])/y;
const ASSIGN_OPS = new Set(["=", "+=", "-=", "*=", "/=", "%=", "<<=", ">>=", "&=", "^=", "|=", "**="]);
const IDENT = /^[A-Za-z_]/;

class ArithError {
  constructor(readonly message: string) {}
}

const wrap = (v: bigint) => BigInt.asIntN(64, v);

export function evalArith(expr: string, lookup: (name: string) => string | undefined, depth = 0, store?: (name: string, value: string) => void): ArithResult {
  const toks: string[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < expr.length) {
    if (/^\s*$/.test(expr.slice(at))) break;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(expr);
    if (!m) return { ok: false, message: `${expr.trim()}: syntax error: invalid arithmetic operator (error token is "${expr.slice(at).trim()}")` };
    toks.push(m[1]);
    at = TOKEN.lastIndex;
  }
  let i = 0;
  const peek = () => toks[i];
  const fail = (): never => {
    throw new ArithError(`${expr.trim()}: syntax error: operand expected (error token is "${toks.slice(i).join(" ")}")`);
  };
  const primary = (): bigint => {
    const t = toks[i++];
    if (t === undefined) return fail();
    if (t === "(") {
      const v = comma();
      if (toks[i++] !== ")") throw new ArithError(`${expr.trim()}: missing \`)' (error token is "${toks.slice(i - 1).join(" ")}")`);
      return v;
    }
    if (t === "-") return wrap(-unary());
    if (t === "+") return unary();
    if (t === "!") return unary() === 0n ? 1n : 0n;
    if (t === "~") return wrap(~unary());
    if ((t === "++" || t === "--") && IDENT.test(peek() ?? "")) {
      const name = toks[i++];
      const v = wrap(valueOf(name) + (t === "++" ? 1n : -1n));
      set(name, v);
      return v;
    }
    if (t === "--") return wrap(unary());
    if (t === "++") return unary();
    if (/^\d/.test(t)) return wrap(BigInt(/^0\d/.test(t) ? "0o" + t.slice(1) : t));
    if (IDENT.test(t)) {
      const v = valueOf(t);
      if (peek() === "++" || peek() === "--") {
        set(t, wrap(v + (toks[i++] === "++" ? 1n : -1n)));
      }
      return v;
    }
    i--;
    return fail();
  };
  const valueOf = (name: string): bigint => {
    const raw = (lookup(name) ?? "").trim();
    if (raw === "") return 0n;
    if (depth > 8) throw new ArithError(`${name}: expression recursion level exceeded`);
    const r = evalArith(raw, lookup, depth + 1);
    if (!r.ok) throw new ArithError(r.message);
    return r.value;
  };
  const set = (name: string, v: bigint) => store?.(name, String(v));
  const unary = (): bigint => {
    const base = primary();
    if (peek() === "**") {
      i++;
      const exp = unary();
      if (exp < 0n) throw new ArithError(`${expr.trim()}: exponent less than 0 (error token is "${String(exp)}")`);
      return wrap(base ** exp);
    }
    return base;
  };
  const binary = (level: number): bigint => {
    if (level >= BINARY.length) return unary();
    let left = binary(level + 1);
    while (peek() !== undefined && BINARY[level].includes(peek())) {
      const op = toks[i++];
      const errTok = toks.slice(i).join(" ");
      const right = binary(level + 1);
      left = apply(op, left, right, errTok);
    }
    return left;
  };
  const apply = (op: string, a: bigint, b: bigint, errTok: string): bigint => {
    switch (op) {
      case "+": return wrap(a + b);
      case "-": return wrap(a - b);
      case "*": return wrap(a * b);
      case "/":
      case "%":
        if (b === 0n) throw new ArithError(`${expr.trim()}: division by 0 (error token is "${errTok}")`);
        return wrap(op === "/" ? a / b : a % b);
      case "<<": return wrap(a << b);
      case ">>": return wrap(a >> b);
      case "<": return a < b ? 1n : 0n;
      case ">": return a > b ? 1n : 0n;
      case "<=": return a <= b ? 1n : 0n;
      case ">=": return a >= b ? 1n : 0n;
      case "==": return a === b ? 1n : 0n;
      case "!=": return a !== b ? 1n : 0n;
      case "&": return a & b;
      case "^": return a ^ b;
      case "|": return a | b;
      case "&&": return a !== 0n && b !== 0n ? 1n : 0n;
      default: return a !== 0n || b !== 0n ? 1n : 0n;
    }
  };
  const ternary = (): bigint => {
    const c = binary(0);
    if (peek() !== "?") return c;
    i++;
    const a = ternary();
    if (toks[i++] !== ":") fail();
    const b = ternary();
    return c !== 0n ? a : b;
  };
  const assignment = (): bigint => {
    const t = toks[i];
    if (t !== undefined && IDENT.test(t) && ASSIGN_OPS.has(toks[i + 1])) {
      const op = toks[i + 1];
      i += 2;
      const errTok = toks.slice(i).join(" ");
      const right = assignment();
      const v = op === "=" ? right : op === "**=" ? wrap(valueOf(t) ** right) : apply(op.slice(0, -1), valueOf(t), right, errTok);
      set(t, v);
      return v;
    }
    return ternary();
  };
  const comma = (): bigint => {
    let v = assignment();
    while (peek() === ",") {
      i++;
      v = assignment();
    }
    return v;
  };
  try {
    if (!toks.length) return { ok: true, value: 0n };
    const v = comma();
    if (i < toks.length) return { ok: false, message: `${expr.trim()}: syntax error in expression (error token is "${toks.slice(i).join(" ")}")` };
    return { ok: true, value: v };
  } catch (e) {
    if (e instanceof ArithError) return { ok: false, message: e.message };
    throw e;
  }
}
