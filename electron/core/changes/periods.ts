/**
 * Calendar periods of a day (days since 1970-01-01, UTC) as consecutive integers, so that
 * "k periods later" is a subtraction, and their labels: months "YYYY-MM", ISO weeks "YYYY-Www"
 * (Monday to Sunday, numbered by the year of their Thursday) and quarters "YYYY-Qn".
 */
import type { CohortPeriod } from '../../../shared/contract/changes.js';

const MS_PER_DAY = 86_400_000;

function utc(day: number): Date {
  return new Date(day * MS_PER_DAY);
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** The period index of a day. 1970-01-01 was a Thursday, so Monday-based week w starts on day 7w - 3. */
export function periodOf(kind: CohortPeriod, day: number): number {
  if (kind === 'week') return Math.floor((day + 3) / 7);
  const d = utc(day);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth();
  return kind === 'month' ? year * 12 + month : year * 4 + Math.floor(month / 3);
}

export function periodLabel(kind: CohortPeriod, period: number): string {
  if (kind === 'month') return `${pad(Math.floor(period / 12), 4)}-${pad((period % 12) + 1, 2)}`;
  if (kind === 'quarter') return `${pad(Math.floor(period / 4), 4)}-Q${(period % 4) + 1}`;
  // An ISO week belongs to the year of its Thursday, and week 1 holds that year's first Thursday.
  const thursday = period * 7;
  const year = utc(thursday).getUTCFullYear();
  const januaryFirst = Date.UTC(year, 0, 1) / MS_PER_DAY;
  return `${pad(year, 4)}-W${pad(Math.floor((thursday - januaryFirst) / 7) + 1, 2)}`;
}

/**
 * periodOf for every day of [firstDay, lastDay], as a table: one Date per day of the range
 * rather than one per order.
 */
export function periodTable(kind: CohortPeriod, firstDay: number, lastDay: number): Int32Array {
  const table = new Int32Array(Math.max(0, lastDay - firstDay + 1));
  for (let i = 0; i < table.length; i += 1) table[i] = periodOf(kind, firstDay + i);
  return table;
}
