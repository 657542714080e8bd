/**
 * Dates and date-times as files write them, to seconds since 1970-01-01T00:00:00 read as UTC.
 * The wall clock is kept as written: a "Z" or "+03:30" suffix is accepted and ignored, so an
 * order placed at 23:30 local time stays on its local day (recency is counted in days).
 * Fractions of a second are dropped. Runs once per date cell of every imported row: it scans
 * char codes with a module-level cursor (the parser is synchronous and never re-entered).
 */
import type { DateOrder } from '../../../../shared/model/import.js';
import { daysFromCivil, daysInMonth } from './calendar.js';
import { hasEasternDigits, toAsciiDigits } from './digits.js';
import { parseIsoDateTime } from './isoDateTime.js';

export { daysFromCivil } from './calendar.js';

const SECONDS_PER_DAY = 86_400;
const SPACE = 32;
const COLON = 58;

let pos = 0;
let digitCount = 0;

/** Seconds since 1970 of the wall-clock date/time in `text`, or NaN when it is not a valid date. */
export function parseDate(text: string, order: DateOrder): number {
  const iso = parseIsoDateTime(text);
  return Number.isNaN(iso) ? parseAnyDate(text, order) : iso;
}

/** parseDate without its shortcut for ISO dates (the differential tests compare the two). */
export function parseAnyDate(text: string, order: DateOrder): number {
  const seconds = parseAscii(text, order);
  if (!Number.isNaN(seconds) || !hasEasternDigits(text)) return seconds;
  return parseAscii(toAsciiDigits(text), order);
}

/** 'YYYY-MM-DD' of a day number (days since 1970-01-01). */
export function formatDay(epochDay: number): string {
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** 'YYYY-MM-DD' of the day a parseDate() result falls on. */
export function toIsoDate(seconds: number): string {
  return formatDay(Math.floor(seconds / SECONDS_PER_DAY));
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Reads up to `max` digits at the cursor; lastDigits() then says how many (0 when none). */
function readInt(s: string, max: number): number {
  let value = 0;
  digitCount = 0;
  while (digitCount < max && pos < s.length) {
    const c = s.charCodeAt(pos);
    if (c < 48 || c > 57) break;
    value = value * 10 + (c - 48);
    digitCount += 1;
    pos += 1;
  }
  return value;
}

// A function, not a read of the variable: TypeScript would keep narrowing it across readInt() calls.
function lastDigits(): number {
  return digitCount;
}

function skipSpaces(s: string): void {
  while (pos < s.length && s.charCodeAt(pos) === SPACE) pos += 1;
}

function isDateSeparator(c: number): boolean {
  return c === 47 || c === 45 || c === 46; // / - .
}

function parseAscii(s: string, order: DateOrder): number {
  pos = 0;
  skipSpaces(s);
  const a = readInt(s, 4);
  const aDigits = lastDigits();
  if (aDigits === 0 || aDigits === 3) return Number.NaN;
  const sep = s.charCodeAt(pos);
  if (!isDateSeparator(sep)) return Number.NaN;
  pos += 1;
  const b = readInt(s, 2);
  if (lastDigits() === 0 || s.charCodeAt(pos) !== sep) return Number.NaN;
  pos += 1;
  const c = readInt(s, 4);
  const cDigits = lastDigits();
  let year: number;
  let month: number;
  let day: number;
  if (aDigits === 4) {
    // A four-digit first part can only be a year, whatever the file's order.
    if (cDigits === 0 || cDigits > 2) return Number.NaN;
    year = a;
    month = b;
    day = c;
  } else if (order === 'ymd') {
    if (aDigits !== 2 || cDigits === 0 || cDigits > 2) return Number.NaN;
    year = pivotYear(a);
    month = b;
    day = c;
  } else {
    if (cDigits !== 2 && cDigits !== 4) return Number.NaN;
    year = cDigits === 4 ? c : pivotYear(c);
    day = order === 'dmy' ? a : b;
    month = order === 'dmy' ? b : a;
  }
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  const time = parseTimeOfDay(s);
  if (Number.isNaN(time)) return Number.NaN;
  return daysFromCivil(year, month, day) * SECONDS_PER_DAY + time;
}

/** Two-digit years: 00-69 are 2000-2069, 70-99 are 1970-1999. */
function pivotYear(yy: number): number {
  return yy < 70 ? 2000 + yy : 1900 + yy;
}

/** Seconds into the day of an optional " HH:MM(:SS)(.fff)( AM|PM)(Z|±hh:mm)" at the cursor; NaN if malformed. */
function parseTimeOfDay(s: string): number {
  const n = s.length;
  const start = pos;
  skipSpaces(s);
  if (pos === n) return 0;
  const lead = s.charCodeAt(pos);
  if (lead === 84 || lead === 116)
    pos += 1; // T
  else if (lead === 44)
    pos += 1; // "01/12/2010, 08:26"
  else if (pos === start) return Number.NaN;
  skipSpaces(s);
  let hour = readInt(s, 2);
  if (lastDigits() === 0 || s.charCodeAt(pos) !== COLON) return Number.NaN;
  pos += 1;
  const minute = readInt(s, 2);
  if (lastDigits() !== 2 || minute > 59) return Number.NaN;
  let second = 0;
  if (s.charCodeAt(pos) === COLON) {
    pos += 1;
    second = readInt(s, 2);
    if (lastDigits() !== 2 || second > 59) return Number.NaN;
    const dot = s.charCodeAt(pos);
    if (dot === 46 || dot === 44) {
      pos += 1;
      readInt(s, 9);
      if (lastDigits() === 0) return Number.NaN;
    }
  }
  skipSpaces(s);
  const meridiem = readMeridiem(s);
  if (meridiem !== 0) {
    if (hour < 1 || hour > 12) return Number.NaN;
    hour = (hour % 12) + (meridiem === 2 ? 12 : 0);
  } else if (hour > 23) {
    return Number.NaN;
  }
  skipSpaces(s);
  if (!skipZone(s)) return Number.NaN;
  skipSpaces(s);
  return pos === n ? hour * 3600 + minute * 60 + second : Number.NaN;
}

// AM/PM markers: English, Persian (قبل/بعد از ظهر) and Arabic (صباحاً/مساءً), lower-cased.
const AM = ['am', 'a.m.', 'ق.ظ', 'ق ظ', 'ص'];
const PM = ['pm', 'p.m.', 'ب.ظ', 'ب ظ', 'م'];

/** 1 for AM, 2 for PM, 0 when there is no marker at the cursor (the cursor then stays). */
function readMeridiem(s: string): number {
  if (pos >= s.length) return 0;
  const code = s.charCodeAt(pos);
  const lower = code | 0x20;
  if (lower !== 97 && lower !== 112 && code < 0x600) return 0; // fast exit: not a/p, not Arabic script
  const rest = s.slice(pos).toLowerCase();
  for (const [markers, value] of [
    [AM, 1],
    [PM, 2],
  ] as const) {
    for (const m of markers) {
      if (rest.startsWith(m)) {
        pos += m.length;
        return value;
      }
    }
  }
  return 0;
}

/** Skips "Z", "UTC", "GMT" or an offset ±hh, ±hhmm, ±hh:mm; false when a sign is followed by garbage. */
function skipZone(s: string): boolean {
  if (pos >= s.length) return true;
  const c = s.charCodeAt(pos);
  if (c === 90 || c === 122) {
    pos += 1;
    return true;
  }
  if (s.startsWith('UTC', pos) || s.startsWith('GMT', pos)) pos += 3;
  const sign = s.charCodeAt(pos);
  if (sign !== 43 && sign !== 45) return true;
  pos += 1;
  readInt(s, 2);
  if (lastDigits() !== 2) return false;
  if (s.charCodeAt(pos) === COLON) pos += 1;
  const mark = pos;
  readInt(s, 2);
  return lastDigits() === 2 || (lastDigits() === 0 && pos === mark);
}
