/**
 * Net revenue per value of an order field summed over the order lines' typed columns
 * (columnCache/lineColumns.ts) instead of an upsert per line in SQL (itemRevenue.ts): a pass over
 * arrays where the SQL sum takes ~0.3 s per million lines. Used only when the columns are at hand
 * (kept in the project file, as the app keeps them after an import of up to 4M lines, or read by
 * this connection for an orders condition): reading them for this alone would cost more than the
 * SQL sum. Null when they are not, or the field's stored values do not fit a text column; the
 * caller then sums in SQL.
 *
 * The same figures as the SQL path: the lines dated before the as-of date, added in rowid order
 * (each value's first amount taken as it is, the next ones added), rounded by SQLite's ROUND, in
 * the order of the SQL's keys (texts by their UTF-8 bytes, then the lines without a value).
 */
import { customerBase } from '../columnCache/customerBase.js';
import { lineColumns, lineFieldColumn, linesAtHand } from '../columnCache/lineColumns.js';
import type { Db } from '../db/projectFile.js';
import type { ItemRevenue } from '../pareto/items.js';
import type { ProjectField } from '../segments/templateFields.js';

export function orderItemsFromColumns(
  db: Db,
  field: ProjectField,
  memberIds: readonly number[] | null,
  beforeSeconds: number,
): ItemRevenue[] | null {
  if (!linesAtHand(db)) return null;
  const { base } = customerBase(db);
  const { columns: lines } = lineColumns(db, base);
  if (!lines) return null;
  const { column } = lineFieldColumn(db, lines, { column: field.column, kind: 'text' });
  if (column?.kind !== 'text') return null;
  const member = memberIds === null ? null : memberRows(memberIds, base.rowOf);
  const none = column.dictionary.length;
  const sums = new Float64Array(none + 1);
  const seen = new Uint8Array(none + 1);
  const { codes } = column;
  const ts = lines.ts.values;
  const amounts = lines.amounts.values;
  for (let line = 0; line < lines.lines; line += 1) {
    if (!((ts[line] as number) < beforeSeconds)) continue;
    if (member) {
      const row = lines.rows[line] as number;
      if (row < 0 || member[row] !== 1) continue;
    }
    const code = codes[line] as number;
    const slot = code < 0 ? none : code;
    const amount = amounts[line] as number;
    if (seen[slot] === 1) sums[slot] = (sums[slot] as number) + amount;
    else {
      sums[slot] = amount;
      seen[slot] = 1;
    }
  }
  const round = db.prepare('SELECT ROUND(?, 6)').pluck();
  const items: ItemRevenue[] = [];
  for (const code of utf8Order(column.dictionary)) {
    if (seen[code] === 1)
      items.push({ value: column.dictionary[code] as string, revenue: round.get(sums[code]) as number });
  }
  if (seen[none] === 1) items.push({ value: null, revenue: round.get(sums[none]) as number });
  return items;
}

/** 1 per row of the kept customer order whose customer is a member. */
function memberRows(memberIds: readonly number[], rowOf: Int32Array): Uint8Array {
  const member = new Uint8Array(rowOf.length);
  for (const id of memberIds) {
    const row = id >= 0 && id < rowOf.length ? (rowOf[id] as number) : -1;
    if (row >= 0) member[row] = 1;
  }
  return member;
}

/** The dictionary's codes in SQLite's BINARY order (UTF-8 bytes), which JS's order differs from past U+FFFF. */
function utf8Order(dictionary: readonly string[]): number[] {
  const bytes = dictionary.map((text) => Buffer.from(text, 'utf8'));
  return dictionary.map((_, code) => code).sort((a, b) => Buffer.compare(bytes[a] as Buffer, bytes[b] as Buffer));
}
