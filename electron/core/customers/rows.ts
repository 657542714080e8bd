/** The rows of given customers, in the order given, with every column's value. */
import type { CustomerRow } from '../../../shared/api.js';
import type { Db } from '../db/projectFile.js';
import { readAsOf } from '../metrics/asOf.js';
import type { ColumnSql } from './columns.js';
import { CUSTOMER_JOINS } from './query.js';
import { columnValue } from './values.js';

type Stored = string | number | null;

export function customerRows(db: Db, columns: readonly ColumnSql[], ids: readonly number[]): CustomerRow[] {
  if (ids.length === 0) return [];
  const asOf = readAsOf(db).day ?? 0;
  // Column SQL is fixed text or a generated column name (see columns.ts); the ids travel as JSON.
  const select = columns.map((c, i) => `${c.select} AS v${i}`).join(', ');
  const rows = db
    .prepare(
      `SELECT ${select} FROM json_each(@ids) j JOIN customers c ON c.id = j.value ${CUSTOMER_JOINS} ORDER BY j.key`,
    )
    .raw()
    .all({ ids: JSON.stringify(ids), asOf }) as Stored[][];
  return rows.map((row) => {
    const values: CustomerRow['values'] = {};
    columns.forEach((c, i) => {
      values[c.key] = columnValue(c, row[i] ?? null);
    });
    return { customer_id: String(values.customer_id), values };
  });
}
