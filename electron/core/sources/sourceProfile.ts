/**
 * What the builder shows for a field of a database opened where the data lives, as
 * segments/profile.ts gives it for a project: how many customers (order lines, for order fields)
 * have a value, the range of numbers and dates, and the commonest values of category and text
 * fields with their counts (the distinct values, grouped and limited on the server). Column
 * names and the search go through the warehouse's quoting (dialect.ts); only the answer comes back.
 */
import type { FieldProfile } from '../../../shared/api.js';
import { WorkbenchError } from '../../../shared/errors.js';
import type { FieldType } from '../../../shared/model/roles.js';
import { dayToIso } from '../metrics/days.js';
import { quoteIdent, quoteNumber } from '../warehouse/dialect.js';
import { textTestSql } from '../warehouse/dialectSql.js';
import { metricColumn } from '../warehouse/metricColumns.js';
import { metricsJoinSql } from '../warehouse/metricsSql.js';
import type { SourceConnection } from './sourceConnection.js';
import type { SourceTables } from './sourceTables.js';

export interface SourceProfileRequest {
  key: string;
  source: FieldProfile['source'];
  search?: string;
  /** Most values listed (default 50). */
  limit?: number;
}

const DEFAULT_VALUE_LIMIT = 50;

const METRIC_TYPES: Record<string, FieldType> = {
  recency_days: 'number',
  frequency: 'number',
  monetary: 'number',
  aov: 'number',
  tenure_days: 'number',
  first_order: 'date',
  last_order: 'date',
};

/** The field's expression, the FROM it reads and its type; dayNumbers: a date held as days since 1970. */
interface ProfileColumn {
  x: string;
  from: string;
  type: FieldType;
  dayNumbers: boolean;
}

function profileColumn(
  tables: SourceTables,
  request: SourceProfileRequest,
  dialect: SourceConnection['dialect'],
  asOf: number | null,
): ProfileColumn {
  const { key, source } = request;
  const unknown = () =>
    new WorkbenchError('INVALID_PARAMS', `Unknown field "${key}" among the ${source} fields of the database.`, {
      field: key,
      source,
    });
  if (source === 'metrics') {
    const type = METRIC_TYPES[key];
    if (type === undefined) throw unknown();
    const from = `customers c LEFT JOIN ${metricsJoinSql(dialect, asOf, tables.schema.hasOrders)} m ON m.customer_id = c.customer_id`;
    return { x: metricColumn(key, asOf, dialect).sql, from, type, dayNumbers: type === 'date' };
  }
  if (source === 'customers' && key === 'customer_id') {
    return { x: 'c.customer_id', from: 'customers c', type: 'text', dayNumbers: false };
  }
  const field = tables.fields.find((f) => f.key === key && f.source === source);
  if (field === undefined) throw unknown();
  if (source === 'customers')
    return { x: `c.${quoteIdent(key)}`, from: 'customers c', type: field.type, dayNumbers: false };
  const column = key === 'order_date' ? 'order_time' : key;
  return { x: `l.${quoteIdent(column)}`, from: `order_lines l`, type: field.type, dayNumbers: false };
}

export async function profileOnSource(
  source: SourceConnection,
  tables: SourceTables,
  request: SourceProfileRequest,
  asOf: number | null,
): Promise<FieldProfile> {
  const column = profileColumn(tables, request, source.dialect, asOf);
  const { x, from, type } = column;
  const range =
    type === 'number' || column.dayNumbers
      ? `CAST(MIN(${x}) AS DOUBLE PRECISION), CAST(MAX(${x}) AS DOUBLE PRECISION)`
      : type === 'date'
        ? `CAST(MIN(${x}) AS VARCHAR), CAST(MAX(${x}) AS VARCHAR)`
        : 'NULL, NULL';
  const [stats] = await source.rows(
    `${tables.prelude}SELECT CAST(COUNT(${x}) AS DOUBLE PRECISION), CAST(COUNT(*) AS DOUBLE PRECISION), ${range} FROM ${from}`,
  );
  const [filled, total, lo, hi] = stats ?? [];
  const edge = (v: unknown): number | string | null => {
    if (v === null || v === undefined) return null;
    if (type === 'number') return Number(v);
    if (type !== 'date') return null;
    return column.dayNumbers ? dayToIso(Number(v)) : String(v).slice(0, 10);
  };
  const profile: FieldProfile = {
    key: request.key,
    source: request.source,
    type,
    filled: Number(filled ?? 0),
    empty: Number(total ?? 0) - Number(filled ?? 0),
    min: edge(lo),
    max: edge(hi),
    values: [],
  };
  if (type !== 'category' && type !== 'text') return profile;
  return { ...profile, values: await valueCounts(source, tables, column, request) };
}

/** The distinct values with their counts, commonest first (ties by value), containing the search when given. */
async function valueCounts(
  source: SourceConnection,
  tables: SourceTables,
  column: ProfileColumn,
  request: SourceProfileRequest,
): Promise<FieldProfile['values']> {
  const value = `CAST(${column.x} AS VARCHAR)`;
  const search = request.search ? ` AND ${textTestSql(source.dialect, 'contains', value, request.search)}` : '';
  const limit = quoteNumber(source.dialect, request.limit ?? DEFAULT_VALUE_LIMIT);
  const rows = await source.rows(
    `${tables.prelude}SELECT ${value} AS value, CAST(COUNT(*) AS DOUBLE PRECISION) AS n FROM ${column.from}
     WHERE ${column.x} IS NOT NULL${search} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${limit}`,
  );
  return rows.map(([v, n]) => ({ value: String(v), count: Number(n) }));
}
