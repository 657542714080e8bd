/**
 * What the template gallery needs to know of a project: which field plays a part (by role or by
 * a common header name, any capitalisation), its commonest value, percentiles of the data.
 */
import { WorkbenchError } from '../../../shared/errors.js';
import type { FieldType, Role } from '../../../shared/model/roles.js';
import type { Db } from '../db/projectFile.js';

export interface ProjectField {
  key: string;
  type: FieldType;
  role: Role | null;
  source: 'customers' | 'orders';
  column: string;
}

export interface FieldWanted {
  roles?: readonly Role[];
  /** Header names, most likely first; compared without case, spaces, underscores or hyphens. */
  names: readonly string[];
  /** Only customer attributes (default: customer attributes first, then order fields). */
  customersOnly?: boolean;
}

const SAFE_COLUMN = /^[a-z_][a-z0-9_]*$/;

export function projectFields(db: Db): ProjectField[] {
  const rows = db
    .prepare(
      "SELECT key, type, role, source, column_name AS column FROM fields WHERE source IN ('customers', 'orders') ORDER BY source, position",
    )
    .all() as ProjectField[];
  for (const row of rows) {
    // Defence in depth: import generates these names, and they are spliced into SQL below.
    if (!SAFE_COLUMN.test(row.column))
      throw new WorkbenchError('INTERNAL', `The field "${row.key}" has an unusable column name.`);
  }
  return rows;
}

const squash = (name: string) => name.toLowerCase().replace(/[\s_\-()$]+/g, '');

export function findField(fields: readonly ProjectField[], wanted: FieldWanted): ProjectField | null {
  const sources = wanted.customersOnly ? (['customers'] as const) : (['customers', 'orders'] as const);
  for (const source of sources) {
    const pool = fields.filter((f) => f.source === source);
    const byRole = pool.find((f) => f.role !== null && wanted.roles?.includes(f.role));
    if (byRole) return byRole;
    for (const name of wanted.names) {
      const byName = pool.find((f) => squash(f.key) === squash(name));
      if (byName) return byName;
    }
  }
  return null;
}

function table(field: ProjectField): string {
  return field.source === 'customers' ? 'customer_attrs' : 'order_lines';
}

/** The value most customers have (order fields: most customers ordered with; ties: the first in sort order), or null when the field is empty. */
export function commonestValue(db: Db, field: ProjectField): string | null {
  const col = field.column;
  const row = db
    .prepare(
      `SELECT ${col} AS value, COUNT(DISTINCT customer) AS n FROM ${table(field)}
       WHERE ${col} IS NOT NULL AND TRIM(${col}) <> '' GROUP BY ${col} ORDER BY n DESC, ${col} LIMIT 1`,
    )
    .get() as { value: string | number } | undefined;
  return row === undefined ? null : String(row.value);
}

/** The commonest single item of a list-like text field ("books;travel"), or null. */
export function commonestItem(db: Db, field: ProjectField): string | null {
  const col = field.column;
  const rows = db
    .prepare(
      `SELECT ${col} AS value, COUNT(*) AS n FROM ${table(field)}
       WHERE ${col} IS NOT NULL GROUP BY ${col} ORDER BY n DESC LIMIT 500`,
    )
    .all() as Array<{ value: string; n: number }>;
  const counts = new Map<string, number>();
  for (const { value, n } of rows) {
    for (const item of String(value).split(/[;,|]/)) {
      const t = item.trim();
      if (t !== '') counts.set(t, (counts.get(t) ?? 0) + n);
    }
  }
  let best: string | null = null;
  for (const [item, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = item;
  return best;
}

/** Nearest-rank percentile (an actual value of the data) of a customer attribute, or null. */
export function attrPercentile(db: Db, field: ProjectField, p: number): number | null {
  const col = field.column;
  return nearestRank(db, `SELECT ${col} AS v FROM ${table(field)} WHERE ${col} IS NOT NULL`, p);
}

/** Nearest-rank percentile of monetary or aov over the customers who ordered, or null without buyers. */
export function metricPercentile(db: Db, metric: 'monetary' | 'aov', p: number): number | null {
  const expr = metric === 'monetary' ? 'monetary' : 'monetary / frequency';
  return nearestRank(db, `SELECT ${expr} AS v FROM customer_metrics WHERE frequency > 0`, p);
}

function nearestRank(db: Db, select: string, p: number): number | null {
  const { n } = db.prepare(`SELECT COUNT(*) AS n FROM (${select})`).get() as { n: number };
  if (n === 0) return null;
  const offset = Math.max(0, Math.ceil(p * n) - 1);
  const row = db.prepare(`SELECT v FROM (${select}) ORDER BY v LIMIT 1 OFFSET ?`).get(offset) as { v: number };
  return row.v;
}

export function hasDataset(db: Db, kind: 'customers' | 'orders'): boolean {
  return db.prepare('SELECT 1 FROM datasets WHERE kind = ? LIMIT 1').get(kind) !== undefined;
}

/** Whether the project holds any event (an events import, however it was made). */
export function hasEvents(db: Db): boolean {
  return db.prepare('SELECT 1 FROM events LIMIT 1').get() !== undefined;
}
