/**
 * Version translation. Debian's awscli is 2.9.19; Pathwise follows 2.36.7. These rules rewrite
 * 2.9.19's error framing into the ≥ 2.34 style that shared/aws-reference.md documents from captures
 * of the real 2.36.7 (§1.1 error-line style, §1.3 exit codes, §1.10 configuration errors, §2.12
 * usage errors). A rule changes only the framing around a message, never the message itself, and
 * only where the reference shows both forms; anything else stays as 2.9.19 printed it and shows up
 * as a difference.
 */
export interface Outcome {
  stdout: string;
  stderr: string;
  code: number;
}

const USAGE =
  "usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n" +
  "To see help text, you can run:\n\n" +
  "  aws help\n" +
  "  aws <command> help\n" +
  "  aws <command> <subcommand> help\n";
const PREFIX = "aws: [ERROR]: ";
/** 2.9.19 prints CLI v1's upgrade note above usage errors when run from source; the binary does not. */
const V1_NOTE = /^Note: AWS CLI version 2[^\n]*\n\n/;

/** §1.10: configuration errors get a code in ≥ 2.34 and exit 253 (§1.3). */
const CONFIG_ERRORS: Array<[RegExp, string, (m: string) => string]> = [
  [/^The config profile \(.*\) could not be found$/, "ProfileNotFound", (m) => m],
  [/^You must specify a region\. .*$/, "NoRegion", (m) => m],
  // 2.36.7's hint names `aws login` where 2.9.19's named `aws configure` (§1.10).
  [/^Unable to locate credentials\. .*$/, "NoCredentials", (m) => m.replace('running "aws configure".', 'running "aws login".')],
];

/**
 * `aws s3` transfers draw a progress meter (`Completed 23 Bytes/23 Bytes (1.6 KiB/s) with 1 file(s)
 * remaining\r`) that the next line overwrites, padded with spaces to cover it
 * (awscli/customizations/s3/results.py, _adjust_statement_padding). Its rate is timing, so the
 * harness compares what stays on the screen: the meter and the padding are removed.
 */
export function stripProgress(stdout: string): string {
  return stdout.replace(/(?:Completed [^\r\n]*?remaining\r)+([^\n]*?) *(\n|$)/g, "$1$2");
}

export function translateAws29(o: Outcome, line: string): Outcome {
  void line;
  o = { ...o, stdout: stripProgress(o.stdout) };
  let err = o.stderr.replace(V1_NOTE, "");
  let code = o.code;

  // §2.12 usage errors: 2.9.19 prints the usage block first, then `aws: error: …`.
  const usageAt = err.indexOf("\n" + USAGE);
  if (usageAt === 0 && o.code === 252) {
    const rest = err.slice(1 + USAGE.length);
    const unknown = /^\n(Unknown options: .*)\n\n?$/.exec(rest);
    const invalid = /^\naws: error: (argument [^:]+): Invalid choice, valid choices are:\n[\s\S]*?\n\n\nInvalid choice: '(.*)', maybe you meant:\n\n((?: {2}\* .*\n)+)\n?$/.exec(rest);
    const invalidNoMatch = /^\naws: error: (argument [^:]+): Invalid choice, valid choices are:\n[\s\S]*?\n\n\nInvalid choice: '(.*)'\n?$/.exec(rest) ?? /^\naws: error: (argument [^:]+): Invalid choice: '(.*)'.*\n?$/.exec(rest);
    const plain = /^\naws: error: (.*)\n\n?$/.exec(rest);
    if (unknown) err = `\n${USAGE}\n\n${PREFIX}${unknown[1]}\n`;
    else if (invalid) err = `\n${PREFIX}An error occurred (ParamValidation): ${invalid[1]}: Found invalid choice '${invalid[2]}'\n\nMaybe you meant:\n\n${invalid[3]}\n${USAGE}`;
    else if (invalidNoMatch) err = `\n${PREFIX}An error occurred (ParamValidation): ${invalidNoMatch[1]}: Found invalid choice '${invalidNoMatch[2]}'\n\n${USAGE}`;
    else if (plain) err = `\n${PREFIX}An error occurred (ParamValidation): ${plain[1]}\n\n${USAGE}`;
    return { ...o, stderr: err, code };
  }

  // §1.1: one error line after a blank line gets the prefix (service errors, connection failures,
  // parameter errors); s3 transfer lines (`fatal error:`, `upload failed:`) keep no prefix (§1.2).
  const single = /^\n([^\n]+(?:\n[^\n]+)*)\n$/.exec(err);
  if (single && !err.startsWith("\n" + PREFIX)) {
    const msg = single[1];
    const cfg = CONFIG_ERRORS.find(([re]) => re.test(msg));
    if (cfg) {
      err = `\n${PREFIX}An error occurred (${cfg[1]}): ${cfg[2](msg)}\n`;
      code = 253;
    } else if (/^An error occurred \(|^Could not connect to the endpoint URL|^Connect timeout on endpoint URL|^Read timeout on endpoint URL|^Waiter /.test(msg) || o.code === 255) {
      // rc 255 is the general exception handler, which in ≥ 2.34 prefixes every message (§1.1, §1.3)
      err = `\n${PREFIX}${msg}\n`;
    } else if (o.code === 252) {
      // ParamValidation errors without a usage block (§2.12, awscli/errorhandler.py in 2.36.7).
      err = `\n${PREFIX}An error occurred (ParamValidation): ${msg}\n`;
    }
  }
  return { ...o, stderr: err, code };
}

/** `bash -c` names the line in errors (`bash: line 1: foo: command not found`); an interactive shell does not. */
export function translateBashC(o: Outcome): Outcome {
  const stderr = o.stderr
    .replace(/^(?:\/bin\/)?bash: (?:-c: )?line \d+: /gm, "bash: ")
    // After a syntax error, a non-interactive shell also quotes the offending line; an interactive
    // one does not (measured: `printf 'if then; fi\n' | bash --norc -i` prints only the error).
    .replace(/^(bash: syntax error near unexpected token .*\n)bash: `.*'\n/gm, "$1");
  return { ...o, stderr };
}

/**
 * The network tools (netrig.ts). Debian 12 ships BIND 9.18.49 and curl 7.88.1; Pathwise's hosts are
 * Amazon Linux 2023, whose builds name another version, so the version a tool prints is taken from
 * Pathwise's line. The fields that change on every run — dig's message id, query time and WHEN
 * (the wall clock; Pathwise prints the World's clock) — take Pathwise's values when Pathwise printed
 * that field; everything else is compared as the tool printed it.
 */
export function translateNet(real: Outcome, pathwise: Outcome, line: string): Outcome {
  const take = (text: string, from: string, re: RegExp): string => {
    const got = [...from.matchAll(new RegExp(re.source, "g"))].map((m) => m[0]);
    let i = 0;
    return text.replace(new RegExp(re.source, "g"), (m) => (i < got.length ? got[i++] : m));
  };
  const fix = (text: string, mine: string): string => {
    let t = text;
    t = take(t, mine, /; <<>> DiG [^ ]+ <<>>/);
    t = take(t, mine, /id: \d+/);
    t = take(t, mine, /;; Query time: \d+ msec/);
    t = take(t, mine, /;; WHEN: [^\n]+/);
    t = take(t, mine, /User-Agent: curl\/[^\s]+/);
    // curl's "after N ms" is the wall clock: Pathwise's figure where it printed one
    t = take(t, mine, /after \d+ ms/);
    t = take(t, mine, /after \d+ milliseconds/);
    return t;
  };
  // curl draws its progress meter on stderr only when stdout is not a terminal. Pathwise's terminal
  // is one, the harness's pipe is not: where curl's output would reach the screen the meter goes;
  // where the line sends it elsewhere (-o, a pipe, a redirection) the meter stays, and its timing
  // figures take Pathwise's, when Pathwise drew one.
  // header, then updates that each start with \r; a failure's message follows the last one directly
  const METER = /  % Total    % Received[^\n]*\n[^\n]*Dload[^\n]*\n(?:\r[0-9 .:kMGTP-]*)+\n?/;
  let stderr = real.stderr;
  const toTerminal = !/(?:\s-o\s|\s--output\s|\||>)/.test(line);
  if (toTerminal || /\s-[a-zA-Z]*v/.test(line)) {
    // with -v the updates come between the verbose lines: drop the header, the lines that are only
    // updates, and updates that run into the next message
    stderr = stderr
      .replace(/  % Total    % Received[^\n]*\n[^\n]*Dload[^\n]*\n/g, "")
      .replace(/(^|\n)(?:\r[0-9 .:kMGTP-]*)+\n/g, "$1")
      .replace(/\r[0-9 .:kMGTP-]*/g, "");
  }
  // -v notes "{ [N bytes data]" for data it does not show; written to a terminal, the data is shown
  if (toTerminal) stderr = stderr.replace(/^\{ \[\d+ bytes data\]\n/gm, "");
  else {
    const mine = METER.exec(pathwise.stderr);
    if (mine) stderr = stderr.replace(METER, mine[0]);
  }
  return { ...real, stdout: fix(real.stdout, pathwise.stdout), stderr: fix(stderr, pathwise.stderr) };
}
