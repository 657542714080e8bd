/** How the customer table shows each column: its header, its cells, its width and alignment. */
import type { TFunction } from 'i18next';
import { type CustomerColumn, type CustomerValue, MetricKey } from '../../../shared/api.js';
import { formatDate, formatInteger, formatMoney, formatNumber } from '../format.js';

const MONEY_METRICS = new Set(['monetary', 'aov']);

/** Numbers and dates line up at the end of the cell (right in LTR). */
export function alignsEnd(column: CustomerColumn): boolean {
  return column.type === 'number' || column.type === 'date';
}

/** A metric's header is translated; a customer field keeps the header of the imported file. */
export function columnLabel(column: CustomerColumn, t: TFunction): string {
  if (column.source === 'customers') return column.label;
  return isMetricKey(column.key) ? t(`metrics.${column.key}`) : column.label;
}

function isMetricKey(key: string): key is MetricKey {
  return (MetricKey.options as readonly string[]).includes(key);
}

export function formatCell(column: CustomerColumn, value: CustomerValue, lang: string, t: TFunction): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? t('data.yes') : t('data.no');
  if (typeof value === 'number') {
    if (MONEY_METRICS.has(column.key) && column.source === 'metrics') return formatMoney(value, lang);
    return column.source === 'metrics' ? formatInteger(value, lang) : formatNumber(value, lang);
  }
  // Dates with a time keep it; others are shown in the user's calendar.
  if (column.type === 'date' && value.length === 10) return formatDate(value, lang);
  return value;
}

/** CSS grid track of a column: text gets more room than figures. */
export function columnWidth(column: CustomerColumn): string {
  if (column.source === 'customer_id') return 'minmax(8rem, 1fr)';
  if (column.type === 'text') return 'minmax(10rem, 1.5fr)';
  if (column.type === 'date') return 'minmax(7.5rem, 1fr)';
  return 'minmax(7rem, 1fr)';
}

export function gridTemplate(columns: readonly CustomerColumn[]): string {
  return columns.map(columnWidth).join(' ');
}

/** The sum of the columns' minimum widths in rem: the table scrolls sideways below it. */
export function minTableWidth(columns: readonly CustomerColumn[]): string {
  const rem = columns.reduce((sum, c) => sum + Number(/minmax\(([\d.]+)rem/.exec(columnWidth(c))?.[1] ?? 6), 0);
  return `${Math.max(rem, 20)}rem`;
}
