/**
 * The Data view's columns: customer_id, each attribute of the customers file, then the metrics.
 * Each column knows the SQL that reads it and the SQL it sorts by; attribute column names come
 * from the fields registry (generated c1, c2, ..., checked by projectFields), never from a client.
 */
import type { CustomerColumn } from '../../../shared/api.js';
import { MetricKey } from '../../../shared/contract/customers.js';
import { WorkbenchError } from '../../../shared/errors.js';
import type { FieldType } from '../../../shared/model/roles.js';
import type { Db } from '../db/projectFile.js';
import { isMetricKey, METRIC_TYPES } from '../segments/fields.js';
import { FOLD_FUNCTION } from '../segments/sqlFunctions.js';
import { projectFields } from '../segments/templateFields.js';

export interface ColumnSql extends CustomerColumn {
  /** Expression over c customers, a customer_attrs, m customer_metrics, with @asOf the as-of day. */
  select: string;
  /** Expression to sort by (may call the functions of registerRuleFunctions). */
  order: string;
  /** Sorting by `order` ascending is the column's descending order (recency and tenure count back from the as-of date). */
  reversed: boolean;
}

const METRIC_LABELS: Record<Exclude<MetricKey, 'customer_id'>, string> = {
  recency_days: 'Recency (days)',
  frequency: 'Frequency (orders)',
  monetary: 'Monetary value',
  aov: 'Average order value',
  first_order: 'First order',
  last_order: 'Last order',
  tenure_days: 'Tenure (days)',
};

const AOV = 'CASE WHEN m.frequency > 0 THEN m.monetary / m.frequency END';

/** How each metric is read and sorted; sorting by the stored column lets SQLite walk its index. */
const METRIC_SQL: Record<Exclude<MetricKey, 'customer_id'>, { select: string; order: string; reversed: boolean }> = {
  recency_days: {
    select: 'CASE WHEN m.frequency > 0 THEN @asOf - m.last_day END',
    order: 'm.last_day',
    reversed: true,
  },
  frequency: { select: 'm.frequency', order: 'm.frequency', reversed: false },
  monetary: { select: 'm.monetary', order: 'm.monetary', reversed: false },
  aov: { select: AOV, order: AOV, reversed: false },
  first_order: { select: 'm.first_day', order: 'm.first_day', reversed: false },
  last_order: { select: 'm.last_day', order: 'm.last_day', reversed: false },
  tenure_days: {
    select: 'CASE WHEN m.frequency > 0 THEN @asOf - m.first_day END',
    order: 'm.first_day',
    reversed: true,
  },
};

/** Every column of the project's Data view, in the order shown. */
export function customerColumns(db: Db): ColumnSql[] {
  const idColumn: ColumnSql = {
    key: 'customer_id',
    label: 'Customer',
    type: 'text',
    source: 'customer_id',
    select: 'c.customer_key',
    order: 'c.customer_key',
    reversed: false,
  };
  const labels = new Map(
    (
      db.prepare("SELECT key, label FROM fields WHERE source = 'customers'").all() as Array<{
        key: string;
        label: string;
      }>
    ).map((f) => [f.key, f.label]),
  );
  // A customers-file column named like a metric is hidden, as rules read the metric under that name.
  const attrs = projectFields(db)
    .filter((f) => f.source === 'customers' && f.key !== 'customer_id' && !isMetricKey(f.key))
    .map(
      (f): ColumnSql => ({
        key: f.key,
        label: labels.get(f.key) ?? f.key,
        type: f.type,
        source: 'customers',
        select: `a.${f.column}`,
        // Text sorts as it is searched: any case, Arabic and Persian letter forms alike.
        order: isText(f.type) ? `${FOLD_FUNCTION}(a.${f.column})` : `a.${f.column}`,
        reversed: false,
      }),
    );
  const metrics = MetricKey.options
    .filter((key): key is Exclude<MetricKey, 'customer_id'> => key !== 'customer_id')
    .map(
      (key): ColumnSql => ({
        key,
        label: METRIC_LABELS[key],
        type: METRIC_TYPES[key],
        source: 'metrics',
        ...METRIC_SQL[key],
      }),
    );
  return [idColumn, ...attrs, ...metrics];
}

export function isText(type: FieldType): boolean {
  return type === 'text' || type === 'category';
}

/** The columns named by keys, in their order; an unknown key is refused with what there is. */
export function pickColumns(columns: readonly ColumnSql[], keys: readonly string[]): ColumnSql[] {
  return [...new Set(keys)].map((key) => findColumn(columns, key));
}

export function findColumn(columns: readonly ColumnSql[], key: string): ColumnSql {
  const column = columns.find((c) => c.key === key);
  if (column) return column;
  const known = columns.map((c) => c.key);
  throw new WorkbenchError(
    'INVALID_PARAMS',
    `There is no customer column "${key}". The Data view has: ${known.slice(0, 30).join(', ')}${known.length > 30 ? ', ...' : ''}.`,
    { field: key },
  );
}

/** Strips the SQL from columns before they cross to a client. */
export function publicColumn(column: ColumnSql): CustomerColumn {
  return { key: column.key, label: column.label, type: column.type, source: column.source };
}
