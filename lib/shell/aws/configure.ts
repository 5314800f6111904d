/**
 * `aws configure list|list-profiles|get|set` — local only, no network. Layout of `list` follows
 * awscli/customizations/configure/list.py in v2 2.36.7 [Source, not captured].
 */
import type { CmdContext, CmdResult } from "../types";
import { homeOf, readFile, writeFile } from "../vfs";
import { readAwsConfig, readAwsCredentials } from "./cli";
import { currentHost } from "../host";
import { simCallerOf } from "../simport";

/** `NAME       : VALUE                    : TYPE             : LOCATION` (list.py _display_config_value). */
function row(name: string, value: string, type: string, location: string): string {
  return `${name.padEnd(10)} : ${value.padEnd(24)} : ${type.padEnd(16)} : ${location}\n`;
}

const mask = (v: string) => "*".repeat(16) + v.slice(-4);

export function awsConfigure(ctx: CmdContext, args: string[], profileOpt?: string): CmdResult {
  const [sub, ...rest] = args;
  const state = ctx.state;
  const env = state.env;
  const profileName = profileOpt ?? env.AWS_PROFILE ?? "default";
  const cfg = readAwsConfig(state);
  const creds = readAwsCredentials(state);
  if (sub === "list") {
    if (profileOpt !== undefined && !(profileOpt in cfg) && !(profileOpt in creds)) {
      return { code: 253, out: [{ stream: "stderr", text: `\naws: [ERROR]: An error occurred (ProfileNotFound): The config profile (${profileOpt}) could not be found\n` }] };
    }
    let text = row("NAME", "VALUE", "TYPE", "LOCATION");
    if (profileOpt) text += row("profile", profileOpt, "manual", "--profile");
    else if (env.AWS_PROFILE) text += row("profile", env.AWS_PROFILE, "env", "AWS_PROFILE");
    else text += row("profile", "<not set>", "None", "None");
    const h = currentHost(state);
    const fileKey = creds[profileName]?.aws_access_key_id;
    if (env.AWS_ACCESS_KEY_ID) {
      text += row("access_key", mask(env.AWS_ACCESS_KEY_ID), "env", "");
      text += row("secret_key", mask(env.AWS_SECRET_ACCESS_KEY ?? "XXXX"), "env", "");
    } else if (fileKey) {
      text += row("access_key", mask(fileKey), "shared-credentials-file", "");
      text += row("secret_key", mask("ated"), "shared-credentials-file", "");
    } else if (cfg[profileName]?.role_arn) {
      text += row("access_key", mask("ASIA" + profileName.toUpperCase().padEnd(4, "X")), "assume-role", "");
      text += row("secret_key", mask("SKEY"), "assume-role", "");
    } else if (h && simCallerOf(state.world, h.id)) {
      const k = "ASIA" + h.id.slice(2, 14).toUpperCase();
      text += row("access_key", mask(k), "iam-role", "");
      text += row("secret_key", mask(k.split("").reverse().join("")), "iam-role", "");
    } else {
      text += row("access_key", "<not set>", "None", "None");
      text += row("secret_key", "<not set>", "None", "None");
    }
    if (env.AWS_REGION) text += row("region", env.AWS_REGION, "env", "AWS_REGION");
    else if (env.AWS_DEFAULT_REGION) text += row("region", env.AWS_DEFAULT_REGION, "env", "AWS_DEFAULT_REGION");
    else if (cfg[profileName]?.region) text += row("region", cfg[profileName].region ?? "", "config-file", "~/.aws/config");
    else if (h?.kind === "instance" && h.region) text += row("region", h.region, "imds", "");
    else text += row("region", "<not set>", "None", "None");
    return { code: 0, out: [{ stream: "stdout", text }] };
  }
  if (sub === "list-profiles") {
    // listprofiles.py: session.available_profiles — the config file's profiles in file order, then
    // those only the credentials file names (botocore's profile map).
    const names = [...Object.keys(cfg), ...Object.keys(creds).filter((n) => !(n in cfg))];
    return { code: 0, out: names.length ? [{ stream: "stdout", text: names.map((n) => n + "\n").join("") }] : [] };
  }
  if (sub === "get") {
    const key = rest[0];
    if (!key) return usage("the following arguments are required: varname");
    const v = cfg[profileName]?.[key] ?? creds[profileName]?.[key];
    return v === undefined ? { code: 1, out: [] } : { code: 0, out: [{ stream: "stdout", text: v + "\n" }] };
  }
  if (sub === "set") {
    const [key, value] = rest;
    if (!key || value === undefined) return usage("the following arguments are required: varname, value");
    const path = homeOf(state.user) + "/.aws/config";
    const text = readFile(state, path) ?? "";
    const header = profileName === "default" ? "[default]" : `[profile ${profileName}]`;
    const lines = text ? text.replace(/\n$/, "").split("\n") : [];
    let start = lines.findIndex((l) => l.trim() === header);
    if (start < 0) {
      if (lines.length) lines.push("");
      lines.push(header);
      start = lines.length - 1;
    }
    let end = lines.findIndex((l, i) => i > start && /^\[/.test(l.trim()));
    if (end < 0) end = lines.length;
    const idx = lines.findIndex((l, i) => i > start && i < end && new RegExp(`^\\s*${key}\\s*=`).test(l));
    if (idx >= 0) lines[idx] = `${key} = ${value}`;
    else lines.splice(end, 0, `${key} = ${value}`);
    let st = state;
    if (!st.dirs.includes(homeOf(st.user) + "/.aws")) st = { ...st, dirs: [...st.dirs, homeOf(st.user) + "/.aws"] };
    const w = writeFile(st, path, lines.join("\n") + "\n", false);
    return w.ok ? { code: 0, out: [], state: w.state } : { code: 255, out: [{ stream: "stderr", text: `${w.error}\n` }] };
  }
  if (sub === undefined) {
    return { code: 1, out: [{ stream: "stderr", text: "\naws: [ERROR]: Interactive `aws configure` is not available in this terminal; use `aws configure set region us-east-1` or `aws configure list`.\n" }] };
  }
  return usage(`argument operation: Found invalid choice '${sub}'`);
}

function usage(msg: string): CmdResult {
  return {
    code: 252,
    out: [
      {
        stream: "stderr",
        text: `\naws: [ERROR]: An error occurred (ParamValidation): ${msg}\n\nusage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\nTo see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n`,
      },
    ],
  };
}
