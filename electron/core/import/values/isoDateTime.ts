/**
 * The common shape of order dates, "YYYY-MM-DD", "YYYY-MM-DD HH:MM" or "YYYY-MM-DD HH:MM:SS"
 * (or with a "T"), read in one pass over fixed positions. Files list orders in time, so the
 * day repeats from line to line: the day's number is kept from the previous call.
 * NaN means "not this shape": the caller then reads the text the general way (date.ts), which
 * also decides what is not a date. A number is the one date.ts would give.
 */
import { daysFromCivil, daysInMonth } from './calendar.js';

const SECONDS_PER_DAY = 86_400;

let lastYmd = -1;
let lastDays = 0;

export function parseIsoDateTime(text: string): number {
  const n = text.length;
  if (n !== 10 && n !== 16 && n !== 19) return Number.NaN;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return Number.NaN;
  const year = digits4(text, 0);
  const month = digits2(text, 5);
  const day = digits2(text, 8);
  if (year < 0 || month < 0 || day < 0) return Number.NaN;
  const ymd = year * 10_000 + month * 100 + day;
  if (ymd !== lastYmd) {
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
    lastDays = daysFromCivil(year, month, day);
    lastYmd = ymd;
  }
  if (n === 10) return lastDays * SECONDS_PER_DAY;
  const t = text.charCodeAt(10);
  if ((t !== 32 && t !== 84) || text.charCodeAt(13) !== 58) return Number.NaN;
  const hour = digits2(text, 11);
  const minute = digits2(text, 14);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return Number.NaN;
  let second = 0;
  if (n === 19) {
    if (text.charCodeAt(16) !== 58) return Number.NaN;
    second = digits2(text, 17);
    if (second < 0 || second > 59) return Number.NaN;
  }
  return lastDays * SECONDS_PER_DAY + hour * 3600 + minute * 60 + second;
}

/** The two ASCII digits at `at`, or -1. */
function digits2(s: string, at: number): number {
  const a = s.charCodeAt(at) - 48;
  const b = s.charCodeAt(at + 1) - 48;
  if (a < 0 || a > 9 || b < 0 || b > 9) return -1;
  return a * 10 + b;
}

function digits4(s: string, at: number): number {
  const high = digits2(s, at);
  const low = digits2(s, at + 2);
  return high < 0 || low < 0 ? -1 : high * 100 + low;
}
