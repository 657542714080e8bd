/**
 * A cell without the white space around it, exactly as String.prototype.trim gives it. Runs on
 * every field of every imported row; trim() is a call into the engine even when there is nothing
 * to cut, which is almost always: a cell that starts and ends with a visible ASCII character is
 * returned as it is (no white space trim() knows lies in '!'..'~').
 */
export function trimCell(text: string): string {
  const n = text.length;
  if (n === 0) return text;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(n - 1);
  if (first > 32 && first < 127 && last > 32 && last < 127) return text;
  return text.trim();
}
