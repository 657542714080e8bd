/**
 * The entries the first views keep in the project file's column_cache (columnCache/columnStore.ts),
 * written right after an import's snapshot, on the snapshot's own connection (off the main thread):
 * otherwise the first RFM answer or rfm_segment count after an import builds them, seconds at a
 * million customers where reading them takes a fraction of a second.
 *
 * Built by the functions the views call (nothing here knows an entry's name or bytes), after the
 * snapshot has committed; writeColumns tags the entries with the version read when it writes. The
 * import itself leaves the event profiles built for its data (their stamp is part of that version),
 * so the first count after it renews nothing.
 */
import { type StoredColumn, writeColumns } from '../columnCache/columnStore.js';
import { type CustomerBase, customerBase } from '../columnCache/customerBase.js';
import { customerColumn } from '../columnCache/customerColumns.js';
import { lineColumns, lineFieldColumn, linesBound, MAX_KEPT_LINES } from '../columnCache/lineColumns.js';
import type { Db } from '../db/projectFile.js';
import { projectRfm } from '../rfm/compute.js';
import { keyOrder } from '../rfm/keys.js';
import { historyWarnings } from '../rfm/population.js';
import { loadFieldRegistry } from '../segments/fields.js';
import { keepWhileUnchanged } from './keepWhileUnchanged.js';

/**
 * The customer_metrics columns a count on the metrics and RFM fields reads (segments/leaves/
 * fieldColumn.ts; first_day for tenure_days and first_order).
 */
const METRIC_COLUMNS = ['frequency', 'monetary', 'last_day', 'first_day'] as const;

/**
 * Bytes of the order fields' and customer attributes' columns kept here at most (the lines' own
 * columns, bounded by lineColumns.ts's MAX_COLUMN_LINES, come first): at 100k customers and 1M
 * lines that keeps every field of the demo shop; past it, fields are kept in the registry's order
 * until it is spent, and the others are read from the tables by the first count that uses them.
 */
export const KEPT_FIELD_BYTES = 64 * 1024 * 1024;

/**
 * Keeps the entries; each write is one short transaction of its own, skipped when the file is busy,
 * and dropped when the app changed the data meanwhile (keepWhileUnchanged.ts).
 */
export function keepFirstViewColumns(db: Db): void {
  keepWhileUnchanged(db, () => keepEntries(db));
}

function keepEntries(db: Db): void {
  // The RFM population, breaks, history span and key order: kept by the functions as they read them.
  const rfm = projectRfm(db);
  historyWarnings(db, rfm.model.asOfDay);
  keyOrder(db, rfm.population);
  // The customers' base and metric columns: returned to keep, written together.
  const entry = customerBase(db);
  const columns = METRIC_COLUMNS.map(
    (column) => customerColumn(db, entry.base, { table: 'customer_metrics', column, kind: 'number' }).toStore,
  );
  const pending = [entry.toStore, ...columns, ...conditionColumns(db, entry.base)];
  if (writeColumns(db, pending.flat())) {
    // The lists are remembered for the connection: what is kept needs no second write.
    for (const list of pending) list.length = 0;
  }
}

/**
 * What the first count of an orders condition or of a customer attribute reads (segments/leaves/
 * ordersLeaf.ts, fieldColumn.ts): the order lines' columns, then the order fields' and the
 * attributes' columns within KEPT_FIELD_BYTES.
 */
function conditionColumns(db: Db, base: CustomerBase): StoredColumn[][] {
  const registry = loadFieldRegistry(db);
  const kind = (type: string): 'text' | 'number' => (type === 'category' || type === 'text' ? 'text' : 'number');
  // Past the lines kept in the file, reading them here would only cost the worker time and memory.
  const lines = linesBound(db) <= MAX_KEPT_LINES ? lineColumns(db, base) : { columns: null, toStore: [] };
  // Each with its most bytes (8 a line or customer): none is read that could pass the budget.
  const reads: Array<{ most: number; read: () => StoredColumn[] }> = [];
  const { columns } = lines;
  if (columns) {
    for (const [key, field] of registry.orders) {
      // order_date and amount are the lines' own ts and amount.
      if (key === 'order_date' || key === 'amount') continue;
      const source = { column: field.column, kind: kind(field.type) };
      reads.push({ most: columns.lines * 8, read: () => lineFieldColumn(db, columns, source).toStore });
    }
  }
  for (const field of registry.customers.values()) {
    const source = { table: 'customer_attrs', column: field.column, kind: kind(field.type) } as const;
    reads.push({ most: base.ids.length * 8, read: () => customerColumn(db, base, source).toStore });
  }
  const kept: StoredColumn[][] = [lines.toStore];
  let bytes = 0;
  for (const { most, read } of reads) {
    if (bytes + most > KEPT_FIELD_BYTES) continue;
    const toStore = read();
    bytes += toStore.reduce((sum, column) => sum + column.bytes.byteLength, 0);
    kept.push(toStore);
  }
  return kept;
}
