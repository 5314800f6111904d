import { expect, type Page } from "@playwright/test";

/** Helpers to drive the xterm.js terminal like a person: focus it, type, press keys, read output. */
export function terminalLog(page: Page) {
  return page.getByRole("log", { name: "Terminal output" });
}

export async function focusTerminal(page: Page) {
  const screen = page.getByTestId("terminal");
  await expect(screen).toHaveAttribute("data-ready", "true");
  await screen.click();
}

/** Types a command, presses Enter and waits until `expected` appears in the output. */
export async function runCommand(page: Page, command: string, expected?: string | RegExp, timeout = 15_000) {
  await page.keyboard.type(command);
  await page.keyboard.press("Enter");
  if (expected) await expect(terminalLog(page)).toContainText(expected, { timeout });
}

/** The last match of `pattern` in the terminal output so far. */
export async function lastMatch(page: Page, pattern: RegExp): Promise<string> {
  const text = (await terminalLog(page).textContent()) ?? "";
  const all = [...text.matchAll(new RegExp(pattern, "g"))];
  const last = all.at(-1);
  if (!last) throw new Error(`no ${pattern} in the terminal output`);
  return last[0];
}
