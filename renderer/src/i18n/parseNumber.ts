/**
 * Reads a number typed by the user in any of the UI's digits: Latin 0-9, Persian ۰-۹ and Arabic ٠-٩,
 * with "." or the Arabic decimal separator "٫", and the Arabic thousands separator "٬" or "," between
 * groups of three. Returns null for anything else, so a half-typed value is never taken for a number.
 */
const PERSIAN_ZERO = 0x06f0;
const ARABIC_ZERO = 0x0660;
/** Marks Intl and keyboards put around numbers in right-to-left text: LRM, RLM, ALM, thin spaces. */
const INVISIBLE = /[\u200e\u200f\u061c\u202f\u2009\u00a0 ]/g;

export function toLatinDigits(text: string): string {
  return text.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code - (code >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_ZERO));
  });
}

export function parseLocalizedNumber(text: string): number | null {
  let plain = toLatinDigits(text)
    .replace(INVISIBLE, '')
    .replace(/\u066b/g, '.')
    .replace(/[\u2212\u2013]/g, '-');
  if (/^-?\d{1,3}([,\u066c]\d{3})+(\.\d+)?$/.test(plain)) plain = plain.replace(/[,\u066c]/g, '');
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(plain)) return null;
  const value = Number(plain);
  return Number.isFinite(value) ? value : null;
}
