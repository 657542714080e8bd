/** Calendar days as integers (days since 1970-01-01), the unit recency and tenure are counted in. */
import { WorkbenchError } from '../../../shared/errors.js';

const SECONDS_PER_DAY = 86_400;

export function secondsToDay(seconds: number): number {
  return Math.floor(seconds / SECONDS_PER_DAY);
}

export function dayToIso(day: number): string {
  return new Date(day * SECONDS_PER_DAY * 1000).toISOString().slice(0, 10);
}

export function isoToDay(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN;
  if (!m || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== iso) {
    throw new WorkbenchError('INVALID_PARAMS', `"${iso}" is not a valid date: use YYYY-MM-DD.`, { value: iso });
  }
  return ms / (SECONDS_PER_DAY * 1000);
}
