/** A page of the Data view: the columns, how many customers the query finds of how many, and the rows. */
import type { CustomerPage } from '../../../shared/api.js';
import { DataCache } from '../db/dataCache.js';
import type { Db } from '../db/projectFile.js';
import { customerColumns, publicColumn } from './columns.js';
import { type CustomerQuery, orderedIds } from './query.js';
import { customerRows } from './rows.js';

export function customersPage(db: Db, offset: number, limit: number, query: CustomerQuery): CustomerPage {
  const columns = customerColumns(db);
  const ids = orderedIds(db, columns, query);
  return {
    columns: columns.map(publicColumn),
    total: ids.length,
    all: allCustomers(db),
    offset,
    rows: customerRows(db, columns, ids.slice(offset, offset + limit)),
  };
}

function allCustomers(db: Db): number {
  return DataCache.of(db).remember('customers/all', () =>
    Number(db.prepare('SELECT COUNT(*) FROM customers').pluck().get()),
  );
}
