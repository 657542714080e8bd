/**
 * Numbers, money, percentages, sizes and dates formatted with Intl in the current language.
 * Pure functions of (value, language), so they are unit-tested with exact strings.
 */

import { type DateCalendar, dateCalendarFor } from './i18n/calendar.js';
import { directionOf } from './i18n/direction.js';
import { intlLocale } from './i18n/locales.js';

/** Shown for a value that is missing (null, NaN, empty). */
export const EMPTY = '—';

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(lang), options);
    cache.set(key, format);
  }
  return format;
}

function missing(value: number | null | undefined): value is null | undefined {
  return value === null || value === undefined || Number.isNaN(value);
}

export function formatInteger(value: number | null | undefined, lang: string): string {
  if (missing(value)) return EMPTY;
  return numberFormat(lang, { maximumFractionDigits: 0 }).format(value);
}

export function formatDecimal(value: number | null | undefined, lang: string, digits = 1): string {
  if (missing(value)) return EMPTY;
  return numberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** Money with two decimals and no currency sign: an export rarely says which currency it is in. */
export function formatMoney(value: number | null | undefined, lang: string): string {
  if (missing(value)) return EMPTY;
  return numberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** Large money amounts for summary cards: 1.2M, 45.3K. */
export function formatMoneyCompact(value: number | null | undefined, lang: string): string {
  if (missing(value)) return EMPTY;
  if (Math.abs(value) < 10_000) return formatMoney(value, lang);
  return numberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/** A short number for axis ticks: 950, 12K, 1.2M. */
export function formatCompact(value: number | null | undefined, lang: string): string {
  if (missing(value)) return EMPTY;
  return numberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/**
 * A share (0..1) as a rounded percentage. Below 1% one decimal is kept, so a small
 * but non-zero share never reads as "0%"; below 0.1% it reads "<0.1%".
 */
export function formatPercent(share: number | null | undefined, lang: string): string {
  if (missing(share)) return EMPTY;
  if (share > 0 && share < 0.001)
    return `<${numberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(0.001)}`;
  const digits = share > 0 && share < 0.01 ? 1 : 0;
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: digits }).format(share);
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

export function formatBytes(bytes: number | null | undefined, lang: string): string {
  if (missing(bytes)) return EMPTY;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return numberFormat(lang, {
    style: 'unit',
    unit: BYTE_UNITS[unit],
    unitDisplay: unit === 0 ? 'long' : 'short', // "86 bytes", but "3.3 MB"
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

/** Splits "2010-12-01" or "2010-12-01T08:26:00…" into a UTC Date; null when it is not such a date. */
export function parseIsoDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(value);
  if (!match) return null;
  const [, y, m, d, hh, mm, ss] = match;
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d), Number(hh ?? 0), Number(mm ?? 0), Number(ss ?? 0)));
}

/**
 * A calendar date, read and shown in UTC so that no time zone shifts it by a day. Persian dates are
 * Solar Hijri unless the user chose Gregorian (i18n/calendar.ts); pass `calendar` to override.
 */
export function formatDate(
  value: string | null | undefined,
  lang: string,
  calendar: DateCalendar = dateCalendarFor(lang),
): string {
  const date = parseIsoDate(value);
  if (!date) return value ? value : EMPTY;
  return new Intl.DateTimeFormat(intlLocale(lang, calendar), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** A moment (ISO with time zone), shown in the user's local time. */
export function formatDateTime(
  value: string | null | undefined,
  lang: string,
  calendar: DateCalendar = dateCalendarFor(lang),
): string {
  if (!value) return EMPTY;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(intlLocale(lang, calendar), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A number with up to `digits` decimals and none forced: 1, 2.5, 3.33 (breaks, medians). */
export function formatNumber(value: number | null | undefined, lang: string, digits = 2): string {
  if (missing(value)) return EMPTY;
  return numberFormat(lang, { maximumFractionDigits: digits }).format(value);
}

/** A number as typed back into an input: no grouping, every decimal kept, in the language's digits. */
export function formatEditable(value: number | null | undefined, lang: string): string {
  if (missing(value)) return '';
  return numberFormat(lang, { useGrouping: false, maximumFractionDigits: 20 }).format(value);
}

/**
 * Numbers listed side by side (RFM breaks). A middle dot would look like the Persian and Arabic zero
 * (۰, ٠), so right-to-left languages separate them with the Arabic comma.
 */
export function formatNumberList(values: readonly number[], lang: string): string {
  const separator = directionOf(lang) === 'rtl' ? '، ' : ' · ';
  return values.map((value) => formatNumber(value, lang)).join(separator);
}

/**
 * Names listed in a sentence ("a, b, c" in the language's own way, e.g. "a، b و c" in Persian);
 * 'disjunction' joins with "or".
 */
export function formatTextList(
  items: readonly string[],
  lang: string,
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  return new Intl.ListFormat(intlLocale(lang), { style: 'long', type }).format(items);
}
