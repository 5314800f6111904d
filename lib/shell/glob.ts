/**
 * Shell-style patterns as regular expressions: `*`, `?` and `[…]` (with `!` or `^` negating), every
 * other character literal (bash(1) "Pattern Matching"; Python's fnmatch, which `aws s3
 * --exclude/--include` use, has the same three). Used by `case` and by the s3 filters.
 */
export const escapeRe = (t: string) => t.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** The regular-expression source (unanchored) of a pattern. */
export function globToRe(g: string): string {
  let re = "";
  for (let i = 0; i < g.length; i++) {
    const ch = g[i];
    if (ch === "*") re += ".*";
    else if (ch === "?") re += ".";
    else if (ch === "[") {
      const j = g.indexOf("]", i + 2);
      if (j < 0) re += "\\[";
      else {
        let cls = g.slice(i + 1, j);
        if (cls.startsWith("!") || cls.startsWith("^")) cls = "^" + cls.slice(1);
        re += `[${cls.replace(/\\/g, "\\\\")}]`;
        i = j;
      }
    } else re += escapeRe(ch);
  }
  return re;
}

/** Does the whole of `name` match `pattern`? */
export function globMatch(name: string, pattern: string): boolean {
  return new RegExp(`^${globToRe(pattern)}$`, "s").test(name);
}
