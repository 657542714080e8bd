/**
 * An orders condition's members from the order lines' columns (columnCache/lineColumns.ts) with
 * the meaning compile.ts orders() gives it over SQL (scanned by ordersScan.ts):
 * - a line counts when it passes the "where" (each condition over its field's column with its SQL
 *   meaning, columnLeaf.ts; and/or/not as in leafPlan.ts: NULL is no), lies before the as-of date
 *   and, with "within the last N days", on or after its first second (no as-of date: no line);
 * - count: the distinct orders of a customer's counting lines whose whole amount is positive (an
 *   order with lines of several customers counts for each, as COUNT(DISTINCT) per customer);
 *   sum_amount: the amounts added in rowid order, rounded to 6 decimals (roundMoney, as the scan);
 * - a customer without a counting line measures 0; members are those whose measure compares true.
 *
 * Null (the condition is scanned with SQL) when the lines have no columns (lineColumns.ts says
 * when), when they are not kept in the file and this is the first measure of a connection
 * (worthReading), when a "where" field has none (a stored value not of its kind), an operator does
 * not fit its column, or a seasonal operator meets times outside years 1..9999 (columnLeaf.ts).
 */

import type { StoredColumn } from '../../columnCache/columnStore.js';
import type { CustomerBase } from '../../columnCache/customerBase.js';
import type { CustomerColumn } from '../../columnCache/customerColumns.js';
import {
  type LineColumns,
  lineColumns,
  lineFieldColumn,
  linesBound,
  linesKept,
  MAX_COLUMN_LINES,
} from '../../columnCache/lineColumns.js';
import { DataCache } from '../../db/dataCache.js';
import type { Db } from '../../db/projectFile.js';
import { roundMoney } from '../../db/rounding.js';
import { compareNumbers } from '../compare.js';
import type { CheckedOrders, CheckedWhere } from '../compile.js';
import type { ResolvedField } from '../fields.js';
import { and, type Bitset, emptySet, not, or, setBit } from './bitset.js';
import { columnMembers } from './columnLeaf.js';
import { canonicalJson } from './leafKey.js';

const SECONDS_PER_DAY = 86_400;
/** Per-customer measures remembered for the connection and data version: 8 MB each at a million customers. */
const MAX_MEASURES = 8;

/** The measures most recently used last (a Map keeps insertion order). */
function recentMeasures(db: Db): Map<string, Float64Array> {
  return DataCache.of(db).remember('orders condition measures', () => new Map<string, Float64Array>());
}

export interface OrdersColumnContext {
  db: Db;
  lines: LineColumns;
  customers: number;
  asOf: number | null;
  /** Order fields' columns read from the tables and not kept yet: the caller empties each list it wrote. */
  toStore: StoredColumn[][];
}

/** The members from the lines' columns (read or kept as needed), or null for the SQL scan. */
export function ordersLeafMembers(
  orders: CheckedOrders,
  context: Omit<OrdersColumnContext, 'lines'> & { base: CustomerBase },
): Bitset | null {
  if (!worthReading(context.db, measureKey(orders, context.asOf))) return null;
  const read = lineColumns(context.db, context.base);
  if (read.toStore.length > 0) context.toStore.push(read.toStore);
  return read.columns && ordersMembers(orders, { ...context, lines: read.columns });
}

/**
 * Whether to read the lines' columns for this measure. Kept in the project file (the snapshot
 * worker keeps them after an import in the app): yes. Otherwise reading them from the tables (0.33 s
 * for 1M lines, 3.3 s for 10M at load 5-6) and keeping them costs more than one SQL scan of the
 * lines: the first measure of a connection and data version is scanned, and the columns are read
 * when a second is asked for (the user edits what orders conditions measure), then kept.
 */
function worthReading(db: Db, key: string): boolean {
  const asked = DataCache.of(db).remember('orders measures asked', () => ({
    fits: linesBound(db) <= MAX_COLUMN_LINES,
    kept: linesKept(db),
    keys: new Set<string>(),
  }));
  if (!asked.fits) return false;
  if (asked.kept) return true;
  asked.keys.add(key);
  return asked.keys.size > 1;
}

function measureKey(orders: CheckedOrders, asOf: number | null): string {
  return `${asOf}|${orders.rule.measure}|${canonicalJson(orders.rule.orders)}`;
}

export function ordersMembers(orders: CheckedOrders, context: OrdersColumnContext): Bitset | null {
  const { lines } = context;
  const { rule } = orders;
  // The user edits the value compared with far more often than what is measured.
  const measured = recentMeasures(context.db);
  const key = measureKey(orders, context.asOf);
  let values = measured.get(key);
  if (values) measured.delete(key);
  else {
    const passing = orders.where ? whereLines(orders.where, context) : null;
    if (orders.where && !passing) return null;
    const span = linesWindow(rule, context.asOf);
    values = new Float64Array(context.customers);
    if (span) (rule.measure === 'count' ? countOrders : sumAmounts)(lines, span, passing, values);
    if (measured.size >= MAX_MEASURES) measured.delete(measured.keys().next().value as string);
  }
  measured.set(key, values);
  const set = emptySet(context.customers);
  for (let row = 0; row < context.customers; row += 1) {
    if (compareNumbers(values[row] as number, rule.op, rule.value)) setBit(set, row);
  }
  return set;
}

/** [from, until) in seconds of the lines measured; null for none (`l.ts >= NULL` without an as-of date). */
function linesWindow(rule: CheckedOrders['rule'], asOf: number | null): [from: number, until: number] | null {
  const days = rule.orders.within_last_days;
  if (asOf === null) return days === undefined ? [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY] : null;
  const from = days === undefined ? Number.NEGATIVE_INFINITY : (asOf - days) * SECONDS_PER_DAY;
  return [from, asOf * SECONDS_PER_DAY];
}

/** Per customer row, the distinct orders of its counting lines whose whole amount is positive. */
function countOrders(lines: LineColumns, span: [number, number], where: Bitset | null, counts: Float64Array): void {
  // Per order, the row (+1) of the first customer counting it; another customer with lines of
  // the same order (an order id reused) counts it too, once: its pairs are kept aside.
  const counted = new Int32Array(lines.positive.length);
  const shared = new Set<number>();
  const orders = lines.positive.length;
  forCountingLines(lines, span, where, (i, row) => {
    const ref = lines.refs[i] as number;
    if (lines.positive[ref] !== 1 || counted[ref] === row + 1) return;
    if (counted[ref] === 0) counted[ref] = row + 1;
    else if (shared.has(row * orders + ref)) return;
    else shared.add(row * orders + ref);
    counts[row] = (counts[row] as number) + 1;
  });
}

/** Per customer row, its counting lines' amounts added in rowid order, rounded as the SQL scan rounds. */
function sumAmounts(lines: LineColumns, span: [number, number], where: Bitset | null, sums: Float64Array): void {
  const amounts = lines.amounts.values;
  forCountingLines(lines, span, where, (i, row) => {
    sums[row] = (sums[row] as number) + (amounts[i] as number);
  });
  for (let row = 0; row < sums.length; row += 1) sums[row] = roundMoney(sums[row] as number);
}

/** Lines of a known customer within [from, until) passing `where`, in rowid order. */
function forCountingLines(
  lines: LineColumns,
  [from, until]: [number, number],
  where: Bitset | null,
  visit: (line: number, row: number) => void,
): void {
  const ts = lines.ts.values;
  for (let i = 0; i < lines.lines; i += 1) {
    const row = lines.rows[i] as number;
    if (row < 0) continue;
    const t = ts[i] as number;
    if (t < from || t >= until) continue;
    if (where && ((where[i >>> 5] as number) & (1 << (i & 31))) === 0) continue;
    visit(i, row);
  }
}

/** The lines passing a "where", as a bitset over the lines; null when a part has no column path. */
function whereLines(where: CheckedWhere, context: OrdersColumnContext): Bitset | null {
  const n = context.lines.lines;
  if (where.kind === 'condition') {
    const column = lineColumn(context, where.condition.field);
    return column && columnMembers(where.condition, column, context.asOf);
  }
  if (where.kind === 'not') {
    const child = whereLines(where.child, context);
    return child && not(child, n);
  }
  const sets: Bitset[] = [];
  for (const child of where.children) {
    const set = whereLines(child, context);
    if (!set) return null;
    sets.push(set);
  }
  return (where.kind === 'and' ? and : or)(sets, n);
}

function lineColumn(context: OrdersColumnContext, field: ResolvedField): CustomerColumn | null {
  if (field.storage.kind !== 'line') return null;
  const { column } = field.storage;
  if (column === 'ts') return context.lines.ts;
  if (column === 'amount') return context.lines.amounts;
  const kind = field.type === 'category' || field.type === 'text' ? 'text' : 'number';
  const read = lineFieldColumn(context.db, context.lines, { column, kind });
  if (read.toStore.length > 0) context.toStore.push(read.toStore);
  return read.column;
}
