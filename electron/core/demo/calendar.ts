/**
 * The demo shop's calendar: a fixed two-year order window (so results never depend on today's date),
 * the shop's daily intensity (growth, weekends, Black Friday, Christmas, a summer dip) and the
 * hour-of-day profile. Dates are computed in UTC so the files do not depend on the machine's timezone.
 *
 * Orders are simulated in "shop time" u: the integral of the intensity over days. A customer with a
 * constant rate in shop time buys more in busy weeks, so every customer follows the seasonality.
 */

export const WINDOW_START = '2024-07-01';
export const WINDOW_END = '2026-06-30';
export const WINDOW_DAYS = 730;

const DAY_MS = 86_400_000;
const START_MS = Date.UTC(2024, 6, 1);
/** Customers who signed up before the window did so within this many days before it. */
const SIGNUP_HISTORY_DAYS = 1095;
/** Share of customers who signed up before the order window started. */
const EARLY_SIGNUP_SHARE = 0.45;

/** ISO date of a day offset from WINDOW_START (negative offsets are before the window). */
export function isoDay(day: number): string {
  return new Date(START_MS + day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Signup day of customer i of n. Ids are handed out at signup, so the day grows with the index:
 * 45% signed up in the three years before the window, the rest during it, more and more as the shop grows.
 */
export function signupDay(index: number, total: number): number {
  const q = (index + 0.5) / total;
  if (q < EARLY_SIGNUP_SHARE) return Math.floor((q / EARLY_SIGNUP_SHARE - 1) * SIGNUP_HISTORY_DAYS);
  // Density rising linearly from 1 to 2 over the window: invert its CDF.
  const v = (q - EARLY_SIGNUP_SHARE) / (1 - EARLY_SIGNUP_SHARE);
  return Math.min(WINDOW_DAYS - 1, Math.floor((Math.sqrt(1 + 3 * v) - 1) * WINDOW_DAYS));
}

function dayIntensity(day: number): number {
  const date = new Date(START_MS + day * DAY_MS);
  const month = date.getUTCMonth() + 1;
  const dom = date.getUTCDate();
  const weekday = [1.1, 0.95, 0.95, 1, 1, 1.05, 1.15][date.getUTCDay()] ?? 1;
  let season = 1;
  if (month === 11 && dom >= 22) season = 2;
  else if (month === 12 && dom <= 20) season = 1.45;
  else if (month === 12) season = 0.85;
  else if (month === 1) season = 0.85;
  else if (month === 7 || month === 8) season = 0.92;
  const growth = 0.9 + (0.2 * day) / WINDOW_DAYS;
  return weekday * season * growth;
}

/** Black Friday to Cyber Monday week: promoted categories are 15% off. */
function isPromoDay(day: number): boolean {
  const date = new Date(START_MS + day * DAY_MS);
  return date.getUTCMonth() === 10 && date.getUTCDate() >= 22;
}

const HOUR_WEIGHTS = [
  0.6, 0.3, 0.2, 0.15, 0.15, 0.3, 0.8, 1.6, 2.6, 3.4, 4.2, 4.8, 5.6, 5.4, 4.8, 4.6, 4.7, 5, 5.6, 6.4, 7, 6.6, 4.6, 2,
];

export interface Calendar {
  readonly dates: readonly string[];
  readonly intensity: Float64Array;
  /** cumulative[d] = shop time at the start of day d; cumulative[WINDOW_DAYS] = total shop time. */
  readonly cumulative: Float64Array;
  readonly promo: Uint8Array;
  /** Price period (half-year) of each day. */
  readonly period: Uint8Array;
  readonly totalShopTime: number;
}

export const PRICE_PERIODS = 4;

function buildCalendar(): Calendar {
  const intensity = new Float64Array(WINDOW_DAYS);
  const cumulative = new Float64Array(WINDOW_DAYS + 1);
  const promo = new Uint8Array(WINDOW_DAYS);
  const period = new Uint8Array(WINDOW_DAYS);
  const dates: string[] = [];
  for (let d = 0; d < WINDOW_DAYS; d++) {
    dates.push(isoDay(d));
    intensity[d] = dayIntensity(d);
    cumulative[d + 1] = (cumulative[d] ?? 0) + (intensity[d] ?? 0);
    promo[d] = isPromoDay(d) ? 1 : 0;
    period[d] = Math.min(PRICE_PERIODS - 1, Math.floor((d * PRICE_PERIODS) / WINDOW_DAYS));
  }
  return { dates, intensity, cumulative, promo, period, totalShopTime: cumulative[WINDOW_DAYS] ?? 0 };
}

export const calendar: Calendar = buildCalendar();

/** Shop time at real time t (days since WINDOW_START, fraction = time of day). */
export function shopTimeAt(t: number): number {
  if (t <= 0) return 0;
  if (t >= WINDOW_DAYS) return calendar.totalShopTime;
  const day = Math.floor(t);
  return (calendar.cumulative[day] ?? 0) + (t - day) * (calendar.intensity[day] ?? 0);
}

/** Real time at shop time u: the inverse of shopTimeAt. */
export function realTimeAt(u: number): number {
  const cumulative = calendar.cumulative;
  let lo = 0;
  let hi = WINDOW_DAYS - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((cumulative[mid] ?? 0) <= u) lo = mid;
    else hi = mid - 1;
  }
  return lo + Math.min(0.999_999, (u - (cumulative[lo] ?? 0)) / (calendar.intensity[lo] ?? 1));
}

function buildClock(): string[] {
  const total = HOUR_WEIGHTS.reduce((a, b) => a + b, 0);
  const clock: string[] = [];
  // One entry per 1/4096 of a day's traffic: the hour-of-day quantiles, non-decreasing, so
  // timestamps keep the order of the simulated times.
  const steps = 4096;
  let hour = 0;
  let before = 0;
  for (let k = 0; k < steps; k++) {
    const q = ((k + 0.5) / steps) * total;
    while (q > before + (HOUR_WEIGHTS[hour] ?? 0)) before += HOUR_WEIGHTS[hour++] ?? 0;
    const minute = Math.floor(((q - before) / (HOUR_WEIGHTS[hour] ?? 1)) * 60);
    clock.push(`${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);
  }
  return clock;
}

const clock = buildClock();

/** 'YYYY-MM-DD HH:MM' of a real time within the window; the fraction of the day maps to the busy hours. */
export function timestamp(t: number): string {
  const day = Math.floor(t);
  return `${calendar.dates[day]} ${clock[Math.floor((t - day) * clock.length)]}`;
}
