/**
 * The order lines as typed columns in rowid order, for orders conditions evaluated in JS
 * (segments/leaves/ordersLeaf.ts) instead of a scan of the lines through SQL: per line its
 * customer's row in the kept customer order (customerBase.ts), its order_ref, ts and amount; per
 * order_ref whether the order's whole amount (order_totals) is positive. Read from SQLite once per
 * data version, remembered for the connection and kept in the project file's column_cache, so a
 * reopened project (or one the snapshot worker prepared after an import) reads blobs.
 *
 * Null (orders conditions stay on the SQL scan) when the lines are not what the columns can hold
 * exactly: more than MAX_COLUMN_LINES lines (memory: 24 bytes a line), a customer, order_ref or ts
 * that is not an integer, an amount that is not a number, or order refs far sparser than the lines
 * (the positive flags are indexed by ref).
 */
import { DataCache } from '../db/dataCache.js';
import type { Db } from '../db/projectFile.js';
import { bytesOf, float64Of, readColumn, type StoredColumn } from './columnStore.js';
import type { CustomerBase } from './customerBase.js';
import { type CustomerColumn, decode, encode, type NumberColumn, textColumn } from './customerColumns.js';

/**
 * Lines held as columns at most: 24 bytes each, 96 MB at the cap. Past it (a million customers'
 * ten million lines) the SQL scan, which holds nothing, is kept.
 */
export const MAX_COLUMN_LINES = 4_000_000;
/** Lines read per query: bounded memory while reading, one statement step per row. */
const PAGE = 65_536;
const MAX_EXACT_INTEGER = 2 ** 53;

export interface LineColumns {
  lines: number;
  /** Row of the line's customer in the kept customer order; -1 for an id not among the customers. */
  rows: Int32Array;
  refs: Int32Array;
  ts: NumberColumn;
  amounts: NumberColumn;
  /** Per order_ref: 1 when order_totals holds the order with a positive amount (COUNT's join and filter). */
  positive: Uint8Array;
}

const NAMES = ['lines/facts', 'lines/rows', 'lines/refs', 'lines/ts', 'lines/amounts', 'lines/positive'] as const;

/** The columns (null when the lines do not fit them), and what to keep when they were read from the tables. */
export function lineColumns(db: Db, base: CustomerBase): { columns: LineColumns | null; toStore: StoredColumn[] } {
  return DataCache.of(db).remember('order line columns', () => {
    const stored = storedLines(db, base.ids.length);
    if (stored) return { columns: stored, toStore: [] };
    const columns = readLines(db, base);
    return { columns, toStore: columns ? encodeLines(columns) : [] };
  });
}

/** Whether the lines fit MAX_COLUMN_LINES: the highest rowid bounds their number, one step down the b-tree. */
export function linesWithinCap(db: Db): boolean {
  const highest = db.prepare('SELECT MAX(id) FROM order_lines').pluck().get() as number | null;
  return (highest ?? 0) <= MAX_COLUMN_LINES;
}

function encodeLines(c: LineColumns): StoredColumn[] {
  const facts = Float64Array.of(c.lines);
  const arrays = [facts, c.rows, c.refs, c.ts.values, c.amounts.values];
  return [
    ...arrays.map((array, i) => ({ name: NAMES[i] as string, bytes: bytesOf(array) })),
    { name: NAMES[5], bytes: c.positive },
  ];
}

function storedLines(db: Db, customers: number): LineColumns | null {
  const bytes = NAMES.map((name) => readColumn(db, name));
  if (bytes.some((b) => b === null)) return null;
  const [facts, rows, refs, ts, amounts, positive] = bytes as Buffer[] as [
    Buffer,
    Buffer,
    Buffer,
    Buffer,
    Buffer,
    Buffer,
  ];
  const [lines] = float64Of(facts);
  const int32 = (b: Buffer) => new Int32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
  const columns: LineColumns = {
    lines: lines as number,
    rows: int32(rows),
    refs: int32(refs),
    ts: { kind: 'number', values: float64Of(ts) },
    amounts: { kind: 'number', values: float64Of(amounts) },
    positive: new Uint8Array(positive),
  };
  const n = columns.lines;
  const lengths = [columns.rows, columns.refs, columns.ts.values, columns.amounts.values].map((a) => a.length);
  if (lengths.some((length) => length !== n)) return null;
  // A row past the customers would be a base of another version.
  for (const row of columns.rows) if (row >= customers) return null;
  return columns;
}

function readLines(db: Db, base: CustomerBase): LineColumns | null {
  if (!linesWithinCap(db)) return null;
  const page = db
    .prepare('SELECT id, customer, order_ref, ts, amount FROM order_lines WHERE id > ? ORDER BY id LIMIT ?')
    .raw();
  const customerIds: number[] = [];
  const refs: number[] = [];
  const ts: number[] = [];
  const amounts: number[] = [];
  let last = Number.NEGATIVE_INFINITY;
  for (;;) {
    const rows = page.all(last, PAGE) as Array<[number, unknown, unknown, unknown, unknown]>;
    for (const [id, customer, ref, time, amount] of rows) {
      if (!isInteger(customer) || !isInteger(ref) || !isInteger(time) || typeof amount !== 'number') return null;
      customerIds.push(customer);
      refs.push(ref);
      ts.push(time);
      amounts.push(amount);
      last = id;
    }
    if (rows.length < PAGE) break;
  }
  const lines = refs.length;
  let maxRef = -1;
  for (const ref of refs) {
    if (ref < 0) return null;
    if (ref > maxRef) maxRef = ref;
  }
  // Flags indexed by ref: refs of the import are 1..orders; far sparser ones would waste memory.
  if (maxRef > 4 * lines + PAGE) return null;
  const rows = Int32Array.from(customerIds, (id) => base.rowOf[id] ?? -1);
  return {
    lines,
    rows,
    refs: Int32Array.from(refs),
    ts: { kind: 'number', values: Float64Array.from(ts) },
    amounts: { kind: 'number', values: Float64Array.from(amounts) },
    positive: positiveOrders(db, maxRef),
  };
}

/** SQL's `t.amount > 0` per ref: a text or blob amount compares greater than any number. */
function positiveOrders(db: Db, maxRef: number): Uint8Array {
  const positive = new Uint8Array(maxRef + 1);
  const totals = db.prepare('SELECT ref, amount FROM order_totals WHERE ref BETWEEN 0 AND ?').raw();
  for (const [ref, amount] of totals.iterate(maxRef) as Iterable<[number, unknown]>) {
    if (amount !== null && (typeof amount !== 'number' || amount > 0)) positive[ref] = 1;
  }
  return positive;
}

function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= MAX_EXACT_INTEGER;
}

/** An order field's stored column: a generated name (the field registry checks it), never user text. */
export interface LineFieldSource {
  column: string;
  kind: CustomerColumn['kind'];
}

/**
 * An extra order field as a column over the lines (rowid order), with customerColumns.ts's rules:
 * null when a stored value is not of the column's kind (SQL would compare mixed types).
 */
export function lineFieldColumn(
  db: Db,
  lines: LineColumns,
  source: LineFieldSource,
): { column: CustomerColumn | null; toStore: StoredColumn[] } {
  const name = `lcol/${source.kind}/${source.column}`;
  return DataCache.of(db).remember(`order line column ${name}`, () => {
    const kept = readColumn(db, name);
    const stored = kept ? decode(source.kind, kept, lines.lines) : null;
    if (stored) return { column: stored, toStore: [] };
    const column = readField(db, lines.lines, source);
    return { column, toStore: column ? [{ name, bytes: encode(column) }] : [] };
  });
}

function readField(db: Db, lines: number, source: LineFieldSource): CustomerColumn | null {
  const page = db.prepare(`SELECT id, ${source.column} FROM order_lines WHERE id > ? ORDER BY id LIMIT ?`).raw();
  const numbers = source.kind === 'number' ? new Float64Array(lines).fill(Number.NaN) : null;
  const texts: Array<string | null> = source.kind === 'text' ? new Array(lines).fill(null) : [];
  let last = Number.NEGATIVE_INFINITY;
  let i = 0;
  for (;;) {
    const rows = page.all(last, PAGE) as Array<[number, unknown]>;
    for (const [id, value] of rows) {
      // More lines than the line columns hold: they are of another version.
      if (i >= lines) return null;
      if (value !== null) {
        if (numbers) {
          if (typeof value !== 'number' || Math.abs(value) > MAX_EXACT_INTEGER) return null;
          numbers[i] = value;
        } else {
          if (typeof value !== 'string') return null;
          texts[i] = value;
        }
      }
      i += 1;
      last = id;
    }
    if (rows.length < PAGE) break;
  }
  if (i !== lines) return null;
  return numbers ? { kind: 'number', values: numbers } : textColumn(texts);
}
