/**
 * The seasonal operators (month_in, weekday_in, hour_between) on times in seconds, as
 * conditionSql.ts computes them in SQL: strftime('%m', x, 'unixepoch') for the month (UTC,
 * proleptic Gregorian), the day as (x - second of day) / 86400 with 1970-01-01 a Thursday, and the
 * hour as the second of day divided by 3600, both in SQLite's integer arithmetic. Exact for whole
 * seconds within the years 1..9999 (wholeDates), which the caller checks first.
 */
import type { CheckedCondition } from '../conditions.js';

type Seasonal = Extract<CheckedCondition, { op: 'month_in' | 'weekday_in' | 'hour_between' }>;

const SECONDS_PER_DAY = 86_400;
/** 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z: strftime's years, and no sign of the year to mind. */
const FIRST_SECOND = -62_135_596_800;
const LAST_SECOND = 253_402_300_799;

export function isSeasonal(condition: CheckedCondition): condition is Seasonal {
  return condition.op === 'month_in' || condition.op === 'weekday_in' || condition.op === 'hour_between';
}

/** Every time (NaN: empty, skipped) is a whole number of seconds within the years 1..9999. */
export function wholeDates(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i += 1) {
    const x = values[i] as number;
    if (Number.isNaN(x)) continue;
    if (!Number.isInteger(x) || x < FIRST_SECOND || x > LAST_SECOND) return false;
  }
  return true;
}

/** A test of a time in seconds (a whole number within wholeDates' range). */
export function seasonalTest(condition: Seasonal): (x: number) => boolean {
  switch (condition.op) {
    case 'month_in': {
      const months = new Set(condition.value);
      return (x) => months.has(monthOf(Math.floor(x / SECONDS_PER_DAY)));
    }
    case 'weekday_in': {
      const weekdays = new Set(condition.value);
      return (x) => weekdays.has(weekdayOf(x));
    }
    case 'hour_between': {
      const [from, to] = condition.value;
      if (from <= to) return (x) => hourOf(x) >= from && hourOf(x) <= to;
      return (x) => hourOf(x) >= from || hourOf(x) <= to;
    }
  }
}

const secondOfDay = (x: number): number => ((x % SECONDS_PER_DAY) + SECONDS_PER_DAY) % SECONDS_PER_DAY;

/** ISO weekday, 1 (Monday) .. 7 (Sunday). */
function weekdayOf(x: number): number {
  const day = (x - secondOfDay(x)) / SECONDS_PER_DAY;
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

function hourOf(x: number): number {
  return Math.floor(secondOfDay(x) / 3600);
}

/** The month 1..12 of a day number (days since 1970-01-01), by the civil calendar's days-to-date algorithm. */
export function monthOf(day: number): number {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  return shifted < 10 ? shifted + 3 : shifted - 9;
}
