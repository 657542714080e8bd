/**
 * The cells of an export: which columns a list of field keys names (customer attributes and
 * metrics, as rules name them) and each member's values, formatted for a spreadsheet. Numbers
 * we format ourselves stay numbers; the CSV writer (shared/csv.ts) escapes text against formula
 * injection.
 */
import type { CustomerMetrics } from '../../../shared/api.js';
import { WorkbenchError } from '../../../shared/errors.js';
import { METRIC_FIELD_KEYS, type MetricFieldKey } from '../../../shared/model/metrics.js';
import type { Db } from '../db/projectFile.js';
import { allCustomerMetrics } from '../metrics/query.js';
import { isMetricKey } from './fields.js';
import type { ProjectField } from './templateFields.js';

export type Column =
  | { header: string; kind: 'customer_id' }
  | { header: string; kind: 'attr'; field: ProjectField }
  | { header: string; kind: 'metric'; metric: MetricFieldKey }
  /** A column the project has no data for (e.g. Mailchimp's First Name without a name field). */
  | { header: string; kind: 'blank' };

export type Cell = string | number;

const CONTACT_ROLES = ['email', 'first_name', 'last_name', 'phone'] as const;
/** The default export has the metrics of `segwb metrics`: all but tenure_days. */
const DEFAULT_METRICS = METRIC_FIELD_KEYS.filter((key) => key !== 'tenure_days');

/** customer_id, the contact fields the project has, then the metrics. */
export function defaultColumns(fields: readonly ProjectField[]): Column[] {
  const contact = CONTACT_ROLES.flatMap((role) => {
    const field = fields.find((f) => f.source === 'customers' && (f.role === role || f.key === role));
    return field ? [attrColumn(field)] : [];
  });
  return [
    { header: 'customer_id', kind: 'customer_id' },
    ...contact,
    ...DEFAULT_METRICS.map((metric): Column => ({ header: metric, kind: 'metric', metric })),
  ];
}

/** customer_id first, then the keys asked for, in their order. Metrics win over an attribute of the same name, as in rules. */
export function chosenColumns(fields: readonly ProjectField[], keys: readonly string[]): Column[] {
  const columns: Column[] = [{ header: 'customer_id', kind: 'customer_id' }];
  for (const key of new Set(keys)) {
    if (key === 'customer_id') continue;
    if (isMetricKey(key)) {
      columns.push({ header: key, kind: 'metric', metric: key });
      continue;
    }
    const field = fields.find((f) => f.source === 'customers' && f.key === key);
    if (field) {
      columns.push(attrColumn(field));
      continue;
    }
    const isOrderField = fields.some((f) => f.source === 'orders' && f.key === key);
    throw new WorkbenchError(
      'INVALID_PARAMS',
      isOrderField
        ? `"${key}" is an order field; an export has one row per customer, so it can hold customer fields and metrics only.`
        : `There is no customer field "${key}" to export. Choose customer fields or metrics (${METRIC_FIELD_KEYS.join(', ')}).`,
      { field: key },
    );
  }
  return columns;
}

export function attrColumn(field: ProjectField): Column {
  return { header: field.key, kind: 'attr', field };
}

/** One row of cells per member, in the order of the customer ids (as the Data view sorts). */
export function memberCells(db: Db, ids: readonly number[], columns: readonly Column[]): Cell[][] {
  const attrs = columns.flatMap((c) => (c.kind === 'attr' ? [c.field.column] : []));
  // Column names come from the fields registry (generated c1, c2, ...), checked in projectFields().
  const select = ['c.customer_key AS customer_id', ...attrs.map((col) => `a.${col} AS ${col}`)].join(', ');
  const rows = db
    .prepare(
      `SELECT ${select} FROM json_each(?) j JOIN customers c ON c.id = j.value
       LEFT JOIN customer_attrs a ON a.customer = c.id ORDER BY c.customer_key`,
    )
    .all(JSON.stringify(ids)) as Array<Record<string, string | number | null>>;
  const needsMetrics = columns.some((c) => c.kind === 'metric');
  const metrics = needsMetrics ? new Map(allCustomerMetrics(db).map((m) => [m.customer_id, m])) : null;
  return rows.map((row) => {
    const key = String(row.customer_id);
    const m = metrics?.get(key);
    return columns.map((c) => {
      if (c.kind === 'customer_id') return key;
      if (c.kind === 'metric') return metricCell(m, c.metric);
      if (c.kind === 'blank') return '';
      return attrCell(row[c.field.column] ?? null, c.field);
    });
  });
}

function metricCell(m: CustomerMetrics | undefined, metric: MetricFieldKey): Cell {
  return m?.[metric] ?? '';
}

function attrCell(value: string | number | null, field: ProjectField): Cell {
  if (value === null) return '';
  if (field.type === 'number' && typeof value === 'number') return value;
  if (field.type === 'boolean' && typeof value === 'number') return value ? 'true' : 'false';
  if (field.type === 'date' && typeof value === 'number') return dateCell(value);
  return String(value);
}

/** Attribute dates are seconds since 1970 (UTC): a date, with the time only when it has one. */
function dateCell(seconds: number): string {
  const iso = new Date(seconds * 1000).toISOString();
  return seconds % 86_400 === 0 ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}
