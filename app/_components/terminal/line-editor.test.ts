import { describe, expect, it } from "vitest";
import { applyKey, emptyEditor, remember, splitKeys, type EditorAction, type EditorState } from "./line-editor";

function press(state: EditorState, data: string): { state: EditorState; actions: EditorAction[] } {
  let s = state;
  const actions: EditorAction[] = [];
  for (const key of splitKeys(data)) {
    const r = applyKey(s, key);
    s = r.state;
    actions.push(...r.actions);
  }
  return { state: s, actions };
}

describe("line editor", () => {
  it.each([
    ["typing", "aws s3 ls", "aws s3 ls", 9],
    ["backspace", "aws s3 lsx\x7f", "aws s3 ls", 9],
    ["left then insert", "aws ls\x1b[D\x1b[Ds3 ", "aws s3 ls", 7],
    ["home / end", "s3 ls\x1b[Haws \x1b[F!", "aws s3 ls!", 10],
    ["ctrl+a / ctrl+e", "s3\x01aws \x05 ls", "aws s3 ls", 9],
    ["ctrl+u kills to start", "aws s3 ls\x1b[D\x1b[D\x15", "ls", 0],
    ["ctrl+k kills to end", "aws s3 ls\x01\x1b[C\x1b[C\x1b[C\x0b", "aws", 3],
    ["ctrl+w deletes a word", "aws s3 ls\x17", "aws s3 ", 7],
    ["alt+left / alt+right", "aws s3 ls\x1b[1;3D\x1b[1;3D\x1b[1;3C", "aws s3 ls", 6],
    ["delete forward", "aws s3 lls\x1b[D\x1b[D\x1b[3~", "aws s3 ls", 8],
  ])("%s", (_name, keys, buffer, cursor) => {
    const { state } = press(emptyEditor(), keys);
    expect(state.buffer).toBe(buffer);
    expect(state.cursor).toBe(cursor);
  });

  it("submits on Enter and clears the line", () => {
    const { state, actions } = press(emptyEditor(), "aws s3 ls\r");
    expect(actions).toEqual([{ type: "submit", line: "aws s3 ls" }]);
    expect(state.buffer).toBe("");
  });

  it("splits a multi-line paste into one submit per line", () => {
    const { actions } = press(emptyEditor(), "echo one\r\necho two\recho three");
    expect(actions).toEqual([
      { type: "submit", line: "echo one" },
      { type: "submit", line: "echo two" },
    ]);
  });

  it("recalls history with up and down, keeping the draft", () => {
    const history = ["aws s3 ls", "dig +short s3.amazonaws.com"];
    let { state } = press(emptyEditor(history), "ec");
    state = press(state, "\x1b[A").state;
    expect(state.buffer).toBe("dig +short s3.amazonaws.com");
    state = press(state, "\x1b[A").state;
    expect(state.buffer).toBe("aws s3 ls");
    const atTop = press(state, "\x1b[A");
    expect(atTop.actions).toEqual([{ type: "bell" }]);
    state = press(state, "\x1b[B\x1b[B").state;
    expect(state.buffer).toBe("ec");
  });

  it("searches history backwards with ctrl+r", () => {
    const history = ["aws s3 ls", "aws ec2 describe-vpcs", "dig s3.amazonaws.com", "aws s3 ls s3://bucket"];
    let { state } = press(emptyEditor(history), "\x12s3");
    expect(state.search).toEqual({ query: "s3", match: 3 });
    state = press(state, "\x12").state;
    expect(state.search?.match).toBe(2);
    const accepted = press(state, "\x1b[C").state; // a movement key accepts the match
    expect(accepted.search).toBeNull();
    expect(accepted.buffer).toBe("dig s3.amazonaws.com");
    const run = press(state, "\r");
    expect(run.actions).toEqual([{ type: "submit", line: "dig s3.amazonaws.com" }]);
  });

  it("ctrl+c interrupts with the current line, tab asks for completion, ctrl+l clears", () => {
    expect(press(emptyEditor(), "aws\x03").actions).toEqual([{ type: "interrupt", line: "aws" }]);
    expect(press(emptyEditor(), "aws ec2 desc\t").actions).toEqual([{ type: "complete" }]);
    expect(press(emptyEditor(), "\x0c").actions).toEqual([{ type: "clear-screen" }]);
  });

  it("ignores control characters and unknown escape sequences in typed text", () => {
    expect(press(emptyEditor(), "a\x1b[99~b\x00c").state.buffer).toBe("abc");
  });

  it("remembers lines like bash with ignoredups", () => {
    expect(remember(["a"], "a")).toEqual(["a"]);
    expect(remember(["a"], "  ")).toEqual(["a"]);
    expect(remember(["a"], "b")).toEqual(["a", "b"]);
  });
});
