/** The customer table's columns: which metric, how it is shown, and how wide. */
import type { CustomerMetrics, MetricKey } from '../../../shared/api.js';
import { formatDate, formatInteger, formatMoney } from '../format.js';

export interface CustomerColumn {
  key: MetricKey;
  /** Numbers and dates line up at the end of the cell (right in LTR). */
  alignEnd: boolean;
  /** CSS grid track. */
  width: string;
  format(row: CustomerMetrics, lang: string): string;
}

export const CUSTOMER_COLUMNS: readonly CustomerColumn[] = [
  { key: 'customer_id', alignEnd: false, width: 'minmax(8rem, 1fr)', format: (r) => r.customer_id },
  {
    key: 'recency_days',
    alignEnd: true,
    width: 'minmax(5.5rem, 1fr)',
    format: (r, l) => formatInteger(r.recency_days, l),
  },
  { key: 'frequency', alignEnd: true, width: 'minmax(5.5rem, 1fr)', format: (r, l) => formatInteger(r.frequency, l) },
  { key: 'monetary', alignEnd: true, width: 'minmax(6.5rem, 1fr)', format: (r, l) => formatMoney(r.monetary, l) },
  { key: 'aov', alignEnd: true, width: 'minmax(5.5rem, 1fr)', format: (r, l) => formatMoney(r.aov, l) },
  { key: 'first_order', alignEnd: true, width: 'minmax(6.5rem, 1fr)', format: (r, l) => formatDate(r.first_order, l) },
  { key: 'last_order', alignEnd: true, width: 'minmax(6.5rem, 1fr)', format: (r, l) => formatDate(r.last_order, l) },
  {
    key: 'tenure_days',
    alignEnd: true,
    width: 'minmax(5.5rem, 1fr)',
    format: (r, l) => formatInteger(r.tenure_days, l),
  },
];

export const GRID_TEMPLATE = CUSTOMER_COLUMNS.map((c) => c.width).join(' ');
