/** Output selection for the aws CLI: --query (JMESPath) then json/text/table/yaml. */
import jmespath from "jmespath";
import { toJson } from "./json";
import { formatText } from "./text";
import { formatTable } from "./table";
import { formatYaml } from "./yaml";

export type OutputFormat = "json" | "text" | "table" | "yaml" | "yaml-stream" | "off";
export const OUTPUT_FORMATS: OutputFormat[] = ["json", "text", "table", "yaml", "yaml-stream", "off"];

export type QueryResult = { ok: true; value: unknown } | { ok: false; error: string };

export function applyQuery(data: unknown, query: string | undefined): QueryResult {
  if (query === undefined) return { ok: true, value: data };
  try {
    return { ok: true, value: jmespath.search(data, query) as unknown };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { ok: false, error: pythonJmespathError(msg) };
  }
}

/**
 * The JavaScript jmespath library words runtime errors differently from Python's jmespath, which
 * the real CLI uses; known forms are reworded as Python prints them (jmespath/exceptions.py
 * ArityError, UnknownFunctionError; measured with /usr/bin/aws 2.9.19 via npm run fidelity).
 */
export function pythonJmespathError(msg: string): string {
  const arity = /^ArgumentError: (\w+)\(\) takes (\d+) arguments? but received (\d+)$/.exec(msg);
  if (arity) {
    const n = Number(arity[2]);
    return `Expected ${n} ${n === 1 ? "argument" : "arguments"} for function ${arity[1]}(), received ${arity[3]}`;
  }
  return msg;
}

export function formatOutput(format: OutputFormat, operationName: string, data: unknown, columns = 80): string {
  switch (format) {
    case "json":
      return toJson(data) + "\n";
    case "text":
      return formatText(data);
    case "table":
      return data === null || data === undefined ? "" : formatTable(operationName, data, columns);
    case "yaml":
      return yamlDump(data);
    case "yaml-stream":
      return "---\n" + yamlDump(data);
    case "off":
      return "";
  }
}

/** awscli/formatter.py YAMLDumper: JSON scalars (and null) are written with json.dump, not YAML. */
function yamlDump(data: unknown): string {
  if (data === null || data === undefined || typeof data !== "object") return toJson(data ?? null) + "\n";
  return formatYaml(data);
}

export { toJson, formatText, formatTable, formatYaml };
