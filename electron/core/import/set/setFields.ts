/**
 * Registers the fields of an assembled set, so rules can use them: order fields (the orders',
 * the lines', the products' and the lookups' columns) and customer fields (the customers file's
 * columns and the latest-value ones). A key already used by the other source gets the source's
 * name in brackets, as with single files (see datasetWriter's fieldKeys).
 */
import type { Db } from '../../db/projectFile.js';
import { uniqueKey } from '../layout.js';
import type { ExtraColumn } from './setLayout.js';

type Source = 'orders' | 'customers';

export function registerFields(
  db: Db,
  source: Source,
  columns: ReadonlyArray<{ extra: ExtraColumn; column: string }>,
  replace: boolean,
): void {
  if (replace) db.prepare('DELETE FROM fields WHERE source = ?').run(source);
  const insert = db.prepare(
    'INSERT INTO fields (key, label, type, role, source, column_name, position) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const keys = (db.prepare("SELECT key FROM fields WHERE source <> 'metrics'").all() as Array<{ key: string }>).map(
    (r) => r.key,
  );
  const taken = new Set(
    (
      db.prepare("SELECT key FROM fields WHERE source <> ? AND source <> 'metrics'").all(source) as Array<{
        key: string;
      }>
    ).map((r) => r.key),
  );
  const used = new Set(keys);
  let position = (
    db.prepare('SELECT COALESCE(MAX(position) + 1, 0) AS p FROM fields WHERE source = ?').get(source) as { p: number }
  ).p;
  for (const { extra, column } of columns) {
    const base = extra.label ? `${extra.role ?? extra.header} (latest)` : (extra.role ?? extra.header);
    const key = taken.has(base) ? uniqueKey(`${base} (${source})`, used) : uniqueKey(base, used);
    insert.run(key, extra.label ?? extra.header, extra.type, extra.role, source, column, position++);
  }
}

/** The dedicated order fields (the date and the amount), first in the list. */
export function registerOrderColumns(db: Db, dateHeader: string, amountHeader: string | null): void {
  db.prepare("DELETE FROM fields WHERE source = 'orders'").run();
  const insert = db.prepare(
    "INSERT INTO fields (key, label, type, role, source, column_name, position) VALUES (?, ?, ?, ?, 'orders', ?, ?)",
  );
  insert.run('order_date', dateHeader, 'date', 'order_date', 'ts', 0);
  insert.run('amount', amountHeader ?? 'Amount', 'number', 'amount', 'amount', 1);
}
