/**
 * Numbers as people type them in spreadsheets: "2.55", "1,234.56", "1.234,56 €", "(12.50)",
 * "£-3", "۱۲٬۳۴۵ تومان". Runs once per numeric cell of every imported row, so a plain ASCII
 * number takes a char-code scan and no allocation; everything else goes to the slow path.
 */
import type { DecimalSeparator } from '../../../../shared/model/import.js';
import { toAsciiDigits } from './digits.js';

const DOT = 46;
const COMMA = 44;
const MINUS = 45;
const PLUS = 43;
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The number in `text`, or NaN when it is not one. `decimal` is the file's decimal mark; the
 * other of "." and "," may only group thousands. Empty text gives NaN: callers test for empty
 * cells themselves. A percent sign makes the text unparseable (no silent division by 100).
 */
export function parseNumber(text: string, decimal: DecimalSeparator): number {
  const plain = parsePlain(text, decimal === '.' ? DOT : COMMA);
  if (!Number.isNaN(plain)) return plain;
  return parseFormatted(text, decimal);
}

/**
 * Fast path: optional sign, up to 15 digits, at most one decimal mark. int / 10^k is exact in
 * both operands, so the division rounds once, to the same double Number(text) gives.
 */
function parsePlain(text: string, mark: number): number {
  const n = text.length;
  if (n === 0 || n > 17) return Number.NaN;
  let i = 0;
  let negative = false;
  const first = text.charCodeAt(0);
  if (first === MINUS) {
    negative = true;
    i = 1;
  } else if (first === PLUS) {
    i = 1;
  }
  let int = 0;
  let digits = 0;
  let scale = 0;
  let seenMark = false;
  for (; i < n; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      int = int * 10 + (c - 48);
      digits += 1;
      if (seenMark) scale += 1;
    } else if (c === mark && !seenMark) {
      seenMark = true;
    } else {
      return Number.NaN;
    }
  }
  if (digits === 0 || digits > 15) return Number.NaN;
  const value = scale === 0 ? int : int / (POW10[scale] as number);
  return negative ? -value : value;
}

// Currency symbols and codes seen around amounts in the files this app targets.
const CURRENCY =
  '(?:[$£€¥﷼₹₽₺₪₩¢]|R\\$|US\\$|C\\$|A\\$|ریال|ريال|تومان|تومن|درهم|دينار|دینار|ر\\.س|د\\.إ|' +
  'USD|EUR|GBP|JPY|CNY|IRR|IRT|AED|SAR|QAR|KWD|BHD|OMR|EGP|IQD|AFN|CHF|CAD|AUD|NZD|SEK|NOK|DKK|PLN|TRY|INR|BRL)';
const CURRENCY_START = new RegExp(`^${CURRENCY}\\s*`, 'i');
const CURRENCY_END = new RegExp(`\\s*${CURRENCY}$`, 'i');
// Bidi controls that Persian/Arabic spreadsheets put around numbers.
const BIDI_MARKS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;
const EXPONENT = /[eE][+-]?\d{1,3}$/;
const ARABIC_DECIMAL = '\u066b';
const ARABIC_THOUSANDS = '\u066c';
const SPACE_GROUPING = ' \u00a0\u202f\u2009';

/** Slow path: signs, parentheses, currency, thousands separators and non-ASCII digits. */
function parseFormatted(text: string, decimal: DecimalSeparator): number {
  let s = toAsciiDigits(text).replace(BIDI_MARKS, '').trim();
  let negative = false;
  // Peel signs, parentheses and currency from both ends, in whatever order they come.
  for (let round = 0; round < 6; round += 1) {
    const before = s;
    s = s.replace(CURRENCY_START, '').replace(CURRENCY_END, '');
    const first = s.charAt(0);
    const last = s.charAt(s.length - 1);
    if (!negative && first === '(' && last === ')') {
      negative = true;
      s = s.slice(1, -1).trim();
    } else if (!negative && (first === '-' || first === '\u2212')) {
      negative = true;
      s = s.slice(1).trimStart();
    } else if (!negative && s.length > 1 && (last === '-' || last === '\u2212')) {
      negative = true;
      s = s.slice(0, -1).trimEnd();
    } else if (first === '+') {
      s = s.slice(1).trimStart();
    }
    if (s === before) break;
  }
  const value = parseGrouped(s, decimal);
  return negative ? -value : value;
}

/** Digits with an optional decimal mark, thousands groups of three and an exponent. */
function parseGrouped(core: string, decimal: DecimalSeparator): number {
  if (core === '') return Number.NaN;
  let markAt = -1;
  for (let i = 0; i < core.length; i += 1) {
    const c = core.charAt(i);
    if (c === decimal || c === ARABIC_DECIMAL) {
      if (markAt !== -1) return Number.NaN;
      markAt = i;
    }
  }
  let intPart = markAt === -1 ? core : core.slice(0, markAt);
  let frac = markAt === -1 ? '' : core.slice(markAt + 1);
  let exponent = '';
  const tail = markAt === -1 ? intPart : frac;
  const exp = EXPONENT.exec(tail);
  if (exp) {
    exponent = exp[0];
    if (markAt === -1) intPart = intPart.slice(0, exp.index);
    else frac = frac.slice(0, exp.index);
  }
  if (!isDigits(frac)) return Number.NaN;
  const intDigits = isDigits(intPart) ? intPart : ungroup(intPart, decimal);
  if (intDigits === null || (intDigits === '' && frac === '')) return Number.NaN;
  return Number(`${intDigits === '' ? '0' : intDigits}.${frac === '' ? '0' : frac}${exponent}`);
}

/** "1,234,567" -> "1234567" when every group after the first has exactly three digits; else null. */
function ungroup(intPart: string, decimal: DecimalSeparator): string | null {
  let sep = '';
  for (let i = 0; i < intPart.length; i += 1) {
    const c = intPart.charCodeAt(i);
    if (c < 48 || c > 57) {
      sep = intPart.charAt(i);
      break;
    }
  }
  const allowed = sep === ARABIC_THOUSANDS || sep === "'" || sep === '\u2019' || SPACE_GROUPING.includes(sep);
  if (!allowed && sep !== (decimal === '.' ? ',' : '.')) return null;
  const groups = intPart.split(sep);
  const head = groups[0] as string;
  if (head.length < 1 || head.length > 3 || !isDigits(head)) return null;
  for (let g = 1; g < groups.length; g += 1) {
    const group = groups[g] as string;
    if (group.length !== 3 || !isDigits(group)) return null;
  }
  return groups.join('');
}

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
