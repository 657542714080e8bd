/**
 * The documented warehouse schema of a project (docs/warehouse.md): customers, orders (one row per
 * order), order_lines and events, with one column per field named by its field key. Each column
 * also says how to read its values from the project file, so the export and the SQL emitter share
 * ONE mapping from the project's generated columns (c1, c2, ...) to warehouse names.
 */
import type { FieldType } from '../../../shared/model/roles.js';
import type { Db } from '../db/projectFile.js';
import { EVENT_FIELDS } from '../segments/eventFields.js';
import { type Dialect, quoteIdent } from './dialect.js';

/** How a column's values are kept: dates as day numbers, timestamps as seconds, booleans 0/1. */
export type ColumnKind = 'id' | 'text' | 'number' | 'date' | 'timestamp' | 'boolean';

export interface WarehouseColumn {
  name: string;
  kind: ColumnKind;
  /** SQLite expression over the project's tables giving the value in the unit of kind. */
  source: string;
}

export interface WarehouseTable {
  name: 'customers' | 'orders' | 'order_lines' | 'events';
  columns: WarehouseColumn[];
  /** The SELECT of the rows (its columns in order), over the project file. */
  rowsSql: string;
  primaryKey?: string;
}

export interface WarehouseSchema {
  tables: WarehouseTable[];
  /** Project column (customer_attrs.cN) -> warehouse column of customers. */
  customerColumns: ReadonlyMap<string, string>;
  /** Project column (order_lines.cN, ts, amount) -> warehouse column of order_lines. */
  lineColumns: ReadonlyMap<string, string>;
  /** Project column (events.type, ...) -> warehouse column of events. */
  eventColumns: ReadonlyMap<string, string>;
  hasOrders: boolean;
  hasEvents: boolean;
}

const COLUMN_TYPES: Record<Dialect, Record<ColumnKind, string>> = {
  postgres: {
    id: 'VARCHAR',
    text: 'VARCHAR',
    number: 'DOUBLE PRECISION',
    date: 'DATE',
    timestamp: 'TIMESTAMP',
    boolean: 'BOOLEAN',
  },
  duckdb: {
    id: 'VARCHAR',
    text: 'VARCHAR',
    number: 'DOUBLE',
    date: 'DATE',
    timestamp: 'TIMESTAMP',
    boolean: 'BOOLEAN',
  },
  // SQLite keeps dates and times as ISO text, which sorts and compares in time order.
  sqlite: { id: 'TEXT', text: 'TEXT', number: 'REAL', date: 'TEXT', timestamp: 'TEXT', boolean: 'INTEGER' },
};

export function columnType(dialect: Dialect, kind: ColumnKind): string {
  return COLUMN_TYPES[dialect][kind];
}

/** A field's column kind: customer dates are calendar days; order and event dates keep their time. */
export function fieldKind(type: FieldType, timed: boolean): ColumnKind {
  switch (type) {
    case 'number':
      return 'number';
    case 'date':
      return timed ? 'timestamp' : 'date';
    case 'boolean':
      return 'boolean';
    default:
      return 'text';
  }
}

/** Day number of seconds, also before 1970 (SQLite's % keeps the sign; integer division truncates). */
const dayOf = (x: string) => `((${x} - ((${x} % 86400) + 86400) % 86400) / 86400)`;

interface FieldRow {
  key: string;
  type: FieldType;
  column_name: string;
}

/**
 * Unique names: warehouse engines compare names without case (DuckDB even when quoted), so a
 * field key that equals a fixed column or an earlier key in another case gets _2, _3, ...
 */
class Names {
  private readonly taken = new Set<string>();
  constructor(fixed: string[]) {
    for (const name of fixed) this.taken.add(name.toLowerCase());
  }
  claim(key: string): string {
    let name = key;
    for (let n = 2; this.taken.has(name.toLowerCase()); n += 1) name = `${key}_${n}`;
    this.taken.add(name.toLowerCase());
    return name;
  }
}

export function warehouseSchema(db: Db): WarehouseSchema {
  const fields = (source: string) =>
    db
      .prepare('SELECT key, type, column_name FROM fields WHERE source = ? ORDER BY position, key')
      .all(source) as FieldRow[];
  const customerColumns = new Map<string, string>();
  const customerNames = new Names(['customer_id']);
  const customers: WarehouseColumn[] = [{ name: 'customer_id', kind: 'id', source: 'c.customer_key' }];
  for (const f of fields('customers')) {
    const name = customerNames.claim(f.key);
    const kind = fieldKind(f.type, false);
    const column = `a.${f.column_name}`;
    customers.push({ name, kind, source: kind === 'date' ? dayOf(column) : column });
    customerColumns.set(f.column_name, name);
  }
  const tables: WarehouseTable[] = [
    {
      name: 'customers',
      columns: customers,
      primaryKey: 'customer_id',
      rowsSql: `SELECT ${selectList(customers)} FROM customers c LEFT JOIN customer_attrs a ON a.customer = c.id ORDER BY c.id`,
    },
  ];

  const hasOrders = (db.prepare('SELECT 1 FROM order_lines LIMIT 1').get() ?? null) !== null;
  const lineColumns = new Map<string, string>([
    ['ts', 'order_time'],
    ['amount', 'amount'],
  ]);
  if (hasOrders) {
    const fixed = ['order_id', 'customer_id', 'order_date', 'order_time', 'amount'];
    const orderNames = new Names(fixed);
    // order_date and amount are registered over the dedicated columns (ts, amount): already there.
    const extra = fields('orders')
      .filter((f) => !lineColumns.has(f.column_name))
      .map((f) => {
        const name = orderNames.claim(f.key);
        lineColumns.set(f.column_name, name);
        return { name, kind: fieldKind(f.type, true), column: f.column_name };
      });
    const orderId = "COALESCE(k.order_id, 'order ' || t.ref)";
    // An order field's value on the order: the one every line of it has, else empty.
    const agreed = (c: string) =>
      `CASE WHEN COUNT(l.${c}) = COUNT(*) AND MIN(l.${c}) = MAX(l.${c}) THEN MIN(l.${c}) END`;
    const orders: WarehouseColumn[] = [
      { name: 'order_id', kind: 'id', source: orderId },
      { name: 'customer_id', kind: 'id', source: 'c.customer_key' },
      { name: 'order_date', kind: 'date', source: 't.day' },
      { name: 'amount', kind: 'number', source: 't.amount' },
      ...extra.map((e) => ({ name: e.name, kind: e.kind, source: agreed(e.column) })),
    ];
    const lines: WarehouseColumn[] = [
      { name: 'order_id', kind: 'id', source: orderId },
      { name: 'customer_id', kind: 'id', source: 'c.customer_key' },
      { name: 'order_time', kind: 'timestamp', source: 'l.ts' },
      { name: 'amount', kind: 'number', source: 'l.amount' },
      ...extra.map((e) => ({ name: e.name, kind: e.kind, source: `l.${e.column}` })),
    ];
    tables.push(
      {
        name: 'orders',
        columns: orders,
        rowsSql: `SELECT ${selectList(orders)} FROM order_totals t JOIN customers c ON c.id = t.customer
          LEFT JOIN order_keys k ON k.ref = t.ref LEFT JOIN order_lines l ON l.order_ref = t.ref
          GROUP BY t.ref ORDER BY t.ref`,
      },
      {
        name: 'order_lines',
        columns: lines,
        rowsSql: `SELECT ${selectList(lines)} FROM order_lines l JOIN order_totals t ON t.ref = l.order_ref
          JOIN customers c ON c.id = l.customer LEFT JOIN order_keys k ON k.ref = l.order_ref ORDER BY l.id`,
      },
    );
  }

  const hasEvents = (db.prepare('SELECT 1 FROM events LIMIT 1').get() ?? null) !== null;
  const eventColumns = new Map<string, string>();
  if (hasEvents) {
    const events: WarehouseColumn[] = [{ name: 'customer_id', kind: 'id', source: 'c.customer_key' }];
    for (const [key, f] of EVENT_FIELDS) {
      events.push({ name: key, kind: fieldKind(f.type, true), source: `v.${f.column}` });
      eventColumns.set(f.column, key);
    }
    // The order the events were read in: it breaks ties of time for the first- and last-touch source.
    events.push({ name: 'event_seq', kind: 'number', source: 'v.id' });
    eventColumns.set('id', 'event_seq');
    tables.push({
      name: 'events',
      columns: events,
      rowsSql: `SELECT ${selectList(events)} FROM events v JOIN customers c ON c.id = v.customer ORDER BY v.id`,
    });
  }
  return { tables, customerColumns, lineColumns, eventColumns, hasOrders, hasEvents };
}

function selectList(columns: WarehouseColumn[]): string {
  return columns.map((c, i) => `${c.source} AS v${i}`).join(', ');
}

/** CREATE TABLE statements of the schema in a dialect. */
export function createTablesSql(schema: WarehouseSchema, dialect: Dialect): string {
  return schema.tables
    .map((table) => {
      const columns = table.columns.map((c) => {
        const notNull = c.name === 'customer_id' || (c.kind === 'id' && table.name !== 'customers') ? ' NOT NULL' : '';
        return `  ${quoteIdent(c.name)} ${columnType(dialect, c.kind)}${notNull}`;
      });
      if (table.primaryKey) columns.push(`  PRIMARY KEY (${quoteIdent(table.primaryKey)})`);
      return `CREATE TABLE ${quoteIdent(table.name)} (\n${columns.join(',\n')}\n);\n`;
    })
    .join('\n');
}
