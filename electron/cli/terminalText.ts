/**
 * Text from files and file names reaches a terminal only escaped: an ESC sequence in a customer
 * name or a file name could otherwise recolour, retitle or clear the user's terminal, and a bidi
 * override could make "cod\u202Etxt.exe" read as "codexe.txt".
 */

/**
 * C0 controls (except the tab and newline of our own output) and DEL, printed as \xNN; C1
 * controls, bidi marks, overrides and isolates and the line/paragraph separators, printed as
 * \uNNNN. The \u form is also a valid JSON escape, so JSON output stays valid with the same values.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f]|[\u0080-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x80 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

type Write = (...args: unknown[]) => void;

/**
 * Runs the CLI with console.log/console.error printing through terminalSafe, so no command's
 * output (human or JSON) can carry a raw control character, whichever value it prints.
 */
export async function withTerminalSafeConsole<T>(run: () => Promise<T>): Promise<T> {
  const { log, error } = console;
  const safe =
    (write: Write): Write =>
    (...args) =>
      write(...args.map((a) => (typeof a === 'string' ? terminalSafe(a) : a)));
  console.log = safe(log);
  console.error = safe(error);
  try {
    return await run();
  } finally {
    console.log = log;
    console.error = error;
  }
}
