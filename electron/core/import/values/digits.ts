/**
 * Persian (U+06F0–U+06F9) and Arabic-Indic (U+0660–U+0669) digits, as typed in Iranian and Arab
 * spreadsheets. Both blocks start at a code point ending in 0, so the low nibble is the digit.
 */
const EASTERN_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/g;

/** true when the text holds a Persian or Arabic-Indic digit (cheap test before converting). */
export function hasEasternDigits(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if ((c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9)) return true;
  }
  return false;
}

/** The same text with Persian and Arabic-Indic digits replaced by ASCII digits. */
export function toAsciiDigits(text: string): string {
  return text.replace(EASTERN_DIGIT, (d) => String.fromCharCode(48 + (d.charCodeAt(0) & 0xf)));
}
