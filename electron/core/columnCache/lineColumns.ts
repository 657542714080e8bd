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
import { bytesOf, float64Of, int32Of, readColumn, type StoredColumn } from './columnStore.js';
import type { CustomerBase } from './customerBase.js';
import { type CustomerColumn, decode, encode, type NumberColumn, sortCodes } from './customerColumns.js';
import { eachLine } from './lineScan.js';

/**
 * Lines held as columns in memory at most: 24 bytes each (240 MB for a million customers' ten
 * million lines, where an edit of an orders condition then costs a pass over them instead of a
 * 0.5 s scan). Past it the SQL scan, which holds nothing, is kept.
 */
export const MAX_COLUMN_LINES = 12_000_000;
/**
 * Lines whose columns are kept in the project file at most (96 MB at the cap, about half the
 * size of a 4M-line project): past it a reopened project reads them from the tables again, once.
 */
export const MAX_KEPT_LINES = 4_000_000;
/** Refs are held in an Int32Array. */
const MAX_REF = 2 ** 31 - 1;
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
  return DataCache.of(db).remember(LINES_KEY, () => {
    const stored = storedLines(db, base.ids.length);
    if (stored) return { columns: stored, toStore: [] };
    const columns = readLines(db, base);
    return { columns, toStore: columns && columns.lines <= MAX_KEPT_LINES ? encodeLines(columns) : [] };
  });
}

const LINES_KEY = 'order line columns';

/** Whether the project file keeps the lines' columns for the current data. */
export function linesKept(db: Db): boolean {
  return readColumn(db, NAMES[0]) !== null;
}

/** Whether the lines' columns cost no scan of the lines: kept in the file, or read by this connection. */
export function linesAtHand(db: Db): boolean {
  return DataCache.of(db).has(LINES_KEY) || linesKept(db);
}

/** At most how many lines there are: the span of their rowids. */
export function linesBound(db: Db): number {
  // Two statements: SQLite answers a lone MIN or MAX of the rowid by one step down the b-tree,
  // but MIN and MAX together by a scan of the table.
  const lowest = db.prepare('SELECT MIN(id) FROM order_lines').pluck().get() as number | null;
  const highest = db.prepare('SELECT MAX(id) FROM order_lines').pluck().get() as number | null;
  return lowest === null || highest === null ? 0 : highest - lowest + 1;
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
  const columns: LineColumns = {
    lines: lines as number,
    rows: int32Of(rows),
    refs: int32Of(refs),
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
  const bound = linesBound(db);
  if (bound > MAX_COLUMN_LINES) return null;
  // Sized once for the usual contiguous rowids: no copy while reading ten million lines.
  let size = Math.max(bound, 1024);
  let rows = new Int32Array(size);
  let refs = new Int32Array(size);
  let ts = new Float64Array(size);
  let amounts = new Float64Array(size);
  let lines = 0;
  let fits = true;
  let maxRef = -1;
  eachLine(db, ['customer', 'order_ref', 'ts', 'amount'], (customer, ref, time, amount) => {
    if (!fits) return;
    if (!isInteger(customer) || !isInteger(ref) || ref < 0 || ref > MAX_REF || !isInteger(time)) fits = false;
    if (typeof amount !== 'number') fits = false;
    if (!fits) return;
    if (lines === size) {
      size *= 2;
      [rows, refs, ts, amounts] = [grown(rows, size), grown(refs, size), grown(ts, size), grown(amounts, size)];
    }
    rows[lines] = base.rowOf[customer as number] ?? -1;
    refs[lines] = ref as number;
    ts[lines] = time as number;
    amounts[lines] = amount as number;
    if ((ref as number) > maxRef) maxRef = ref as number;
    lines += 1;
  });
  // Flags indexed by ref: refs of the import are 1..orders; far sparser ones would waste memory.
  if (!fits || maxRef > 4 * lines + 65_536) return null;
  return {
    lines,
    rows: rows.subarray(0, lines),
    refs: refs.subarray(0, lines),
    ts: { kind: 'number', values: ts.subarray(0, lines) },
    amounts: { kind: 'number', values: amounts.subarray(0, lines) },
    positive: positiveOrders(db, maxRef),
  };
}

function grown<T extends Int32Array | Float64Array>(array: T, size: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(size);
  bigger.set(array);
  return bigger;
}

/** SQL's `t.amount > 0` per ref: a text or blob amount compares greater than any number. */
function positiveOrders(db: Db, maxRef: number): Uint8Array {
  const positive = new Uint8Array(maxRef + 1);
  eachLine(
    db,
    ['ref', 'amount'],
    (ref, amount) => {
      const r = ref as number;
      if (r < 0 || r > maxRef || amount === null) return;
      if (typeof amount !== 'number' || amount > 0) positive[r] = 1;
    },
    'order_totals',
  );
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
    const keep = column !== null && lines.lines <= MAX_KEPT_LINES;
    return { column, toStore: keep ? [{ name, bytes: encode(column) }] : [] };
  });
}

function readField(db: Db, lines: number, source: LineFieldSource): CustomerColumn | null {
  const numbers = source.kind === 'number' ? new Float64Array(lines).fill(Number.NaN) : null;
  // Texts as codes in the order first met, renumbered in the dictionary's sorted order at the end.
  const codes = new Int32Array(numbers ? 0 : lines).fill(-1);
  const met = new Map<string, number>();
  let i = 0;
  let fits = true;
  eachLine(db, [source.column], (value) => {
    // More lines than the line columns hold: they are of another version.
    if (!fits || i >= lines) {
      fits = false;
      return;
    }
    if (value !== null) {
      if (numbers && typeof value === 'number' && Math.abs(value) <= MAX_EXACT_INTEGER) numbers[i] = value;
      else if (!numbers && typeof value === 'string') {
        let code = met.get(value);
        if (code === undefined) {
          code = met.size;
          met.set(value, code);
        }
        codes[i] = code;
      } else fits = false;
    }
    i += 1;
  });
  if (!fits || i !== lines) return null;
  if (numbers) return { kind: 'number', values: numbers };
  return { kind: 'text', dictionary: sortCodes(met, codes), codes };
}
