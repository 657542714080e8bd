/**
 * Solar Hijri (Persian) dates to and from ISO Gregorian days, with no calendar library: ICU's own
 * Persian calendar (Intl, `-u-ca-persian`) does the Gregorian → Solar Hijri step exactly, and the
 * inverse is found by searching the few days around an estimate with that same step. So both
 * directions agree with what every other view shows through Intl, leap years included.
 */
import { toLatinDigits } from './parseNumber.js';

export interface SolarDate {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const persianParts = new Intl.DateTimeFormat('fa-IR-u-ca-persian-nu-latn', {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  timeZone: 'UTC',
});

/** The Solar Hijri date of an ISO day ('2024-03-20' → 1403/1/1); null for anything but a real ISO day. */
export function isoToSolar(iso: string): SolarDate | null {
  const time = isoTime(iso);
  return time === null ? null : solarOfTime(time);
}

/**
 * The ISO day of a Solar Hijri date (1403/1/1 → '2024-03-20'); null when the date does not exist
 * (month 13, 1404/12/30 in a common year...).
 */
export function solarToIso(date: SolarDate): string | null {
  const { year, month, day } = date;
  if (![year, month, day].every(Number.isInteger) || month < 1 || month > 12 || day < 1 || day > 31) return null;
  // Nowruz falls on 19-22 March of Gregorian year + 621; months 1-6 have 31 days, 7-11 have 30.
  // The estimate from 21 March is at most a couple of days off, so searching ±3 days finds the date
  // if it exists; a day that does not exist in that year matches none.
  const offset = month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30;
  const estimate = Date.UTC(year + 621, 2, 21) + (offset + day - 1) * DAY_MS;
  for (const shift of [0, -1, 1, -2, 2, -3, 3]) {
    const time = estimate + shift * DAY_MS;
    const found = solarOfTime(time);
    if (found.year === year && found.month === month && found.day === day) {
      return new Date(time).toISOString().slice(0, 10);
    }
  }
  return null;
}

/**
 * A Solar Hijri date as typed: year, month and day in Latin, Persian or Arabic digits, separated by
 * "/", "-" or "." (1403/1/1, ۱۴۰۳/۰۱/۰۱). Returns the ISO day, or null while it is not a whole real date.
 */
export function parseSolarInput(text: string): string | null {
  const match = /^(\d{4})[/\-.](\d{1,2})[/\-.](\d{1,2})$/.exec(toLatinDigits(text).replace(/[\s\u200e\u200f]/g, ''));
  if (!match) return null;
  return solarToIso({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) });
}

/**
 * A date typed in the Persian date field: a Solar Hijri date, or a Gregorian one when its year could not
 * be Solar Hijri (1700 or later: Solar Hijri years are in the 1300s-1400s, and a user pasting a date from
 * a client's export, 2024-03-20, means it as written). Returns the ISO day, or null while not a real date.
 */
export function parseTypedDate(text: string): string | null {
  const match = /^(\d{4})[/\-.](\d{1,2})[/\-.](\d{1,2})$/.exec(toLatinDigits(text).replace(/[\s\u200e\u200f]/g, ''));
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < GREGORIAN_FROM) return solarToIso({ year, month, day });
  const iso = `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isoTime(iso) === null ? null : iso;
}

/** Typed years from here on are Gregorian (see parseTypedDate). */
const GREGORIAN_FROM = 1700;

/** An ISO day written as a Solar Hijri date in Persian digits, year first: '2024-03-20' → '۱۴۰۳/۰۱/۰۱'. */
export function formatSolarInput(iso: string): string {
  const date = isoToSolar(iso);
  if (!date) return '';
  const two = (n: number) => String(n).padStart(2, '0');
  const latin = `${date.year}/${two(date.month)}/${two(date.day)}`;
  return latin.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
}

function isoTime(iso: string): number | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // Date.UTC rolls 2024-02-30 over into March: only a day that reads back the same is real.
  return new Date(time).toISOString().slice(0, 10) === iso ? time : null;
}

function solarOfTime(time: number): SolarDate {
  const parts = persianParts.formatToParts(new Date(time));
  const part = (type: 'year' | 'month' | 'day') => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}
