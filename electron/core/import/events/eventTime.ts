/**
 * Event times to seconds since 1970, on the convention of order_lines.ts: the wall clock as
 * written, read as UTC (a "UTC", "Z" or "+02:00" suffix is accepted and ignored). Epoch numbers
 * (GA4 microseconds, Matomo seconds) are UTC instants already.
 */
import { daysFromCivil, parseDate } from '../values/date.js';
import type { TimeUnit } from './layouts.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Matomo's "serverTimePretty": "Mar 5, 2024 14:02:11" (an optional weekday before it). */
const PRETTY =
  /^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/;

/** Seconds since 1970, or NaN when the cell is not a time in that unit. */
export function eventSeconds(text: string, unit: TimeUnit): number {
  const cell = text.trim();
  if (unit !== 'text') {
    if (!/^\d{1,20}$/.test(cell)) return Number.NaN;
    const n = Number(cell);
    return Math.floor(unit === 'microseconds' ? n / 1_000_000 : n);
  }
  const withoutZone = cell.replace(/\s+UTC$/i, '');
  const iso = parseDate(withoutZone, 'ymd');
  if (!Number.isNaN(iso)) return iso;
  return prettySeconds(cell);
}

function prettySeconds(cell: string): number {
  const m = PRETTY.exec(cell);
  if (!m) return Number.NaN;
  const month = MONTHS.indexOf((m[1] as string).toLowerCase()) + 1;
  const day = Number(m[2]);
  if (month === 0 || day < 1 || day > 31) return Number.NaN;
  const hour = Number(m[4] ?? 0);
  const minute = Number(m[5] ?? 0);
  const second = Number(m[6] ?? 0);
  if (hour > 23 || minute > 59 || second > 59) return Number.NaN;
  return daysFromCivil(Number(m[3]), month, day) * 86_400 + hour * 3600 + minute * 60 + second;
}
