/**
 * Operation arguments from botocore's service models. `OP_PARAMS` (catalog.generated.ts, written by
 * `npm run fidelity:models`) lists each simulated operation's CLI arguments as awscli builds them —
 * names, order, types, required members, shorthand list members, small enums. An OpDef's own
 * `params` only add what the model cannot know: completion hints (`ids`) and the CLI's
 * customizations that are no input member (s3api get-object's outfile). So adding a command is its
 * OpDef (name, api, run) plus its simulator operation; its arguments come from the model.
 */
import type { ParamSpec, ParamType } from "./args";
import type { OpDef } from "./cli";
import { OP_PARAMS } from "./catalog.generated";

const TYPES: Record<string, ParamType> = { s: "string", S: "strings", b: "boolean", i: "integer", o: "structure", O: "structures", v: "structure" };

/** Decodes one OP_PARAMS entry: `name:T[!][~A,B][=X,Y]` separated by spaces. */
export function decodeParams(enc: string): ParamSpec[] {
  return enc
    .split(" ")
    .filter(Boolean)
    .map((item) => {
      const m = /^([a-z0-9-]+):([sSbioOv])(!?)(?:~([^=\s]+))?(?:=(\S+))?$/.exec(item);
      if (!m) throw new Error(`OP_PARAMS: cannot read ${item}`);
      const p: ParamSpec = { name: m[1], type: TYPES[m[2]] };
      if (m[2] === "v") p.pullUpBool = true;
      if (m[3]) p.required = true;
      if (m[4]) p.listMembers = m[4].split(",");
      if (m[5]) p.choices = m[5].split(",");
      return p;
    });
}

export function modelParamsFor(service: string, api: string): ParamSpec[] | undefined {
  const enc = OP_PARAMS[`${service} ${api}`];
  return enc === undefined ? undefined : decodeParams(enc);
}

/**
 * The operation with the model's arguments: every model argument in the CLI's order, each with the
 * OpDef's hints for that name (`ids`, and `choices` where the model has no enum), then the OpDef's
 * arguments marked `customization` (what the CLI adds). Anything else an OpDef lists that the model
 * lacks is not an argument of the real CLI, which answers "Unknown options" — so it is dropped
 * (model-params.test.ts lists none are left). Operations without a model entry (aws s3's
 * high-level commands, waiters) keep their own list.
 */
export function withModelParams(service: string, op: OpDef): OpDef {
  const model = modelParamsFor(service, op.api);
  if (!model) return op;
  const own = new Map(op.params.map((p) => [p.name, p]));
  const params = model.map((m) => {
    const h = own.get(m.name);
    if (!h) return m;
    return { ...m, ...(h.ids ? { ids: h.ids } : {}), ...(!m.choices && h.choices ? { choices: h.choices } : {}) };
  });
  const names = new Set(model.map((m) => m.name));
  return { ...op, params: [...params, ...op.params.filter((p) => !names.has(p.name) && p.customization)] };
}
