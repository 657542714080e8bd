/**
 * The warehouse tables of a database (docs/warehouse.md) as the rule SQL needs them: which tables
 * there are, and one field per column, typed from information_schema, so rules compile with the
 * warehouse emitter (warehouse/ruleSql.ts) as they do for a project. customers is required;
 * orders and order_lines are read when present, and without order_lines the orders conditions
 * read the orders table instead (one line per order, see linesFromOrders).
 */
import { WorkbenchError } from '../../../shared/errors.js';
import type { FieldType } from '../../../shared/model/roles.js';
import { EVENT_FIELDS } from '../segments/eventFields.js';
import type { FieldRegistry } from '../segments/fields.js';
import { quoteIdent } from '../warehouse/dialect.js';
import type { WarehouseSchema } from '../warehouse/schema.js';
import type { SourceConnection } from './sourceConnection.js';

const TABLES = ['customers', 'orders', 'order_lines', 'events'] as const;
type TableName = (typeof TABLES)[number];

const REQUIRED: Record<TableName, readonly string[]> = {
  customers: ['customer_id'],
  orders: ['order_id', 'customer_id', 'order_date', 'amount'],
  order_lines: ['order_id', 'customer_id', 'order_time', 'amount'],
  events: ['customer_id', 'event_time'],
};

/** A field a rule may name, as the builder lists it. */
export interface SourceField {
  key: string;
  type: FieldType;
  source: 'customers' | 'orders';
}

export interface SourceTables {
  schema: WarehouseSchema;
  registry: FieldRegistry;
  fields: SourceField[];
  /** The tables found, in the order of TABLES. */
  tables: TableName[];
  /** A WITH clause to put before every rule query (order_lines read from orders), or ''. */
  prelude: string;
}

/** A column's field type from its SQL type (PostgreSQL's and DuckDB's names). */
export function fieldTypeOf(sqlType: string): FieldType {
  const t = sqlType.toLowerCase();
  if (
    /^(double|float|real|numeric|decimal|integer|int|bigint|smallint|tinyint|hugeint|ubigint|uinteger|usmallint|utinyint|uhugeint)/.test(
      t,
    )
  )
    return 'number';
  if (t.startsWith('date') || t.startsWith('timestamp')) return 'date';
  if (t.startsWith('bool')) return 'boolean';
  return 'category';
}

export async function readSourceTables(source: SourceConnection): Promise<SourceTables> {
  const names = TABLES.map((t) => `'${t}'`).join(', ');
  const rows = await source.rows(
    `SELECT table_name, column_name, data_type FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name IN (${names}) ORDER BY table_name, ordinal_position`,
  );
  const columns = new Map<TableName, Array<{ name: string; type: FieldType }>>();
  for (const [table, column, type] of rows as Array<[TableName, string, string]>) {
    const list = columns.get(table) ?? [];
    list.push({ name: column, type: fieldTypeOf(type) });
    columns.set(table, list);
  }
  const shown = source.address.shown;
  if (!columns.has('customers')) {
    throw new WorkbenchError(
      'NOT_FOUND',
      `The database ${shown} has no table "customers": segments count customers from it. Load the warehouse tables as docs/warehouse.md describes (segwb warehouse export writes them).`,
      { source: shown, table: 'customers' },
    );
  }
  for (const [table, list] of columns) {
    const missing = REQUIRED[table].filter((c) => !list.some((x) => x.name === c));
    if (missing.length > 0) {
      throw new WorkbenchError(
        'NOT_FOUND',
        `The table "${table}" of the database ${shown} has no column ${missing.map((c) => `"${c}"`).join(', ')}: it needs ${REQUIRED[table].join(', ')} (docs/warehouse.md).`,
        { source: shown, table, column: missing[0] },
      );
    }
  }
  return describe(columns);
}

function describe(columns: Map<TableName, Array<{ name: string; type: FieldType }>>): SourceTables {
  const fields: SourceField[] = [];
  const customerColumns = new Map<string, string>();
  const customers = new Map<string, { column: string; type: FieldType }>();
  (columns.get('customers') ?? [])
    .filter((c) => c.name !== 'customer_id')
    .forEach((c, i) => {
      customers.set(c.name, { column: `c${i + 1}`, type: c.type });
      customerColumns.set(`c${i + 1}`, c.name);
      fields.push({ key: c.name, type: c.type, source: 'customers' });
    });
  const hasOrders = columns.has('orders');
  const lineTable = columns.get('order_lines') ?? (hasOrders ? columns.get('orders') : undefined) ?? [];
  const fixed = new Set(['order_id', 'customer_id', 'order_time', 'order_date', 'amount']);
  const lineColumns = new Map<string, string>([
    ['ts', 'order_time'],
    ['amount', 'amount'],
  ]);
  const orders = new Map<string, { column: string; type: FieldType }>([
    ['order_date', { column: 'ts', type: 'date' }],
    ['amount', { column: 'amount', type: 'number' }],
  ]);
  if (hasOrders)
    fields.push(
      { key: 'order_date', type: 'date', source: 'orders' },
      { key: 'amount', type: 'number', source: 'orders' },
    );
  const extras = hasOrders ? lineTable.filter((c) => !fixed.has(c.name)) : [];
  extras.forEach((c, i) => {
    orders.set(c.name, { column: `l${i + 1}`, type: c.type });
    lineColumns.set(`l${i + 1}`, c.name);
    fields.push({ key: c.name, type: c.type, source: 'orders' });
  });
  const eventNames = new Set((columns.get('events') ?? []).map((c) => c.name));
  const eventColumns = new Map<string, string>();
  for (const [key, f] of EVENT_FIELDS) if (eventNames.has(key)) eventColumns.set(f.column, key);
  if (eventNames.has('event_seq')) eventColumns.set('id', 'event_seq');
  const prelude = hasOrders && !columns.has('order_lines') ? linesFromOrders(extras.map((c) => c.name)) : '';
  const schema: WarehouseSchema = {
    tables: [],
    customerColumns,
    lineColumns,
    eventColumns,
    hasOrders,
    hasEvents: columns.has('events'),
  };
  const registry: FieldRegistry = {
    customers,
    orders,
    rfm: () => {
      throw new WorkbenchError(
        'INVALID_PARAMS',
        'The RFM scores of rules are not yet computed on a database: remove the RFM condition, or import the data into a project first.',
      );
    },
  };
  return { schema, registry, fields, tables: TABLES.filter((t) => columns.has(t)), prelude };
}

/** order_lines as one line per order, for a database that has orders only. */
function linesFromOrders(extras: string[]): string {
  const more = extras.map((name) => `, ${quoteIdent(name)}`).join('');
  return `WITH order_lines AS (SELECT order_id, customer_id, CAST(order_date AS TIMESTAMP) AS order_time, amount${more} FROM orders) `;
}
