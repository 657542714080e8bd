/** Stored values as the Data view shows them: dates as text, yes/no as booleans, money rounded. */
import type { CustomerValue } from '../../../shared/api.js';
import type { FieldType } from '../../../shared/model/roles.js';
import { dayToIso } from '../metrics/days.js';
import type { ColumnSql } from './columns.js';

type Stored = string | number | bigint | Buffer | null;

export function columnValue(column: Pick<ColumnSql, 'key' | 'type' | 'source'>, stored: Stored): CustomerValue {
  if (stored === null || stored === undefined) return null;
  if (column.source === 'metrics') {
    // Metric dates are days; the other metrics are figures.
    if (column.type === 'date') return dayToIso(Number(stored));
    return column.key === 'aov' ? Math.round(Number(stored) * 1e6) / 1e6 : Number(stored);
  }
  return attributeValue(column.type, stored);
}

/** A customer attribute or an order line's own column: dates there are seconds since 1970 (UTC). */
export function attributeValue(type: FieldType, stored: Stored): CustomerValue {
  if (stored === null || stored === undefined) return null;
  if (typeof stored === 'number' || typeof stored === 'bigint') {
    if (type === 'boolean') return Number(stored) !== 0;
    if (type === 'date') return dateText(Number(stored));
    if (type === 'number') return Number(stored);
  }
  return String(stored);
}

/** A date, with the time only when it has one. */
function dateText(seconds: number): string {
  const iso = new Date(seconds * 1000).toISOString();
  return seconds % 86_400 === 0 ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}
