/**
 * Customer fields of rules over the warehouse tables that need no join of their own: the metrics
 * (over the metrics subquery m), and the refusal of the fields kept only in the project file.
 */
import { WorkbenchError } from '../../../shared/errors.js';
import type { ResolvedField } from '../segments/fields.js';
import type { ValueColumn } from './conditionWarehouseSql.js';
import { type Dialect, quoteNumber } from './dialect.js';

/** A metric over the metrics subquery m (see metricsSql.ts); dates are day numbers as in the app. */
export function metricColumn(metric: string, asOf: number | null, dialect: Dialect): ValueColumn {
  const since = (column: string) =>
    asOf === null ? 'NULL' : `(CASE WHEN m.frequency > 0 THEN ${quoteNumber(dialect, asOf)} - m.${column} END)`;
  switch (metric) {
    case 'frequency':
      return { sql: 'COALESCE(m.frequency, 0)', unit: 'value' };
    case 'monetary':
      return { sql: 'COALESCE(m.monetary, 0)', unit: 'value' };
    case 'aov':
      return { sql: '(CASE WHEN m.frequency > 0 THEN m.monetary / m.frequency END)', unit: 'value' };
    case 'recency_days':
      return { sql: since('last_day'), unit: 'value' };
    case 'tenure_days':
      return { sql: since('first_day'), unit: 'value' };
    case 'first_order':
      return { sql: 'm.first_day', unit: 'days' };
    default:
      return { sql: 'm.last_day', unit: 'days' };
  }
}

/** Fields kept only in the project file cannot run in a warehouse. */
export function refusal(field: ResolvedField, path: string): WorkbenchError {
  const why: Record<string, string> = {
    cluster: 'the clusters are the result of a clustering kept in the project file, not data the warehouse tables hold',
    predicted:
      'the lifetime-value predictions come from a model fit kept in the project file, not data the warehouse tables hold',
  };
  return new WorkbenchError(
    'INVALID_PARAMS',
    `The condition on "${field.key}" cannot run where the data lives: ${why[field.storage.kind] ?? 'it has no warehouse column'}. Remove it from the rule, or save the segment's members and use them as a list.`,
    { path, field: field.key },
  );
}
