/**
 * Reads the clustering fields of every customer in one query: the values (row-major), the
 * customers' monetary value (for the clusters' revenue) and ids, and how many were left out
 * because a chosen field is empty for them or, with log1p, at or below -1 (where log(1 + x) is
 * not defined: a customer whose returns exceed their purchases).
 */
import type { Db } from '../db/projectFile.js';
import { joinFragments, sql } from '../db/sqlFragment.js';
import { readAsOf } from '../metrics/asOf.js';
import { fieldSql } from '../segments/conditionSql.js';
import type { ClusterField } from './fields.js';

export interface ClusterData {
  /** Row-major n x d original values of the customers kept. */
  values: Float64Array;
  n: number;
  d: number;
  /** customers.id of each kept row. */
  ids: Int32Array;
  customerKeys: string[];
  monetary: Float64Array;
  excludedEmpty: number;
  excludedLogDomain: number;
  /** Sum of every customer's monetary value (net of returns): what revenue shares are of. */
  totalRevenue: number;
}

export function readClusterData(db: Db, fields: readonly ClusterField[], log: boolean): ClusterData {
  const asOf = readAsOf(db).day;
  const d = fields.length;
  const columns = joinFragments(
    fields.map((f, j) => sql`${fieldSql(f.resolved, asOf)} AS ${rawAlias(j)}`),
    ', ',
  );
  const query = sql`SELECT c.id AS id, c.customer_key AS customer_key, COALESCE(m.monetary, 0) AS monetary, ${columns}
    FROM customers c LEFT JOIN customer_metrics m ON m.customer = c.id LEFT JOIN customer_attrs a ON a.customer = c.id
    ORDER BY c.id`;
  const rows = db
    .prepare(query.sql)
    .raw(true)
    .all(...query.params) as unknown[][];
  const values = new Float64Array(rows.length * d);
  const ids = new Int32Array(rows.length);
  const monetary = new Float64Array(rows.length);
  const customerKeys: string[] = [];
  let n = 0;
  let excludedEmpty = 0;
  let excludedLogDomain = 0;
  let totalRevenue = 0;
  for (const row of rows) {
    const money = Number(row[2]);
    totalRevenue += money;
    let empty = false;
    let outOfDomain = false;
    for (let j = 0; j < d; j += 1) {
      const v = row[3 + j];
      if (typeof v !== 'number' || !Number.isFinite(v)) empty = true;
      else if (log && v <= -1) outOfDomain = true;
    }
    if (empty) excludedEmpty += 1;
    else if (outOfDomain) excludedLogDomain += 1;
    if (empty || outOfDomain) continue;
    for (let j = 0; j < d; j += 1) values[n * d + j] = row[3 + j] as number;
    ids[n] = row[0] as number;
    customerKeys.push(String(row[1]));
    monetary[n] = money;
    n += 1;
  }
  return {
    values: values.slice(0, n * d),
    n,
    d,
    ids: ids.slice(0, n),
    customerKeys,
    monetary: monetary.slice(0, n),
    excludedEmpty,
    excludedLogDomain,
    totalRevenue,
  };
}

function rawAlias(j: number) {
  return { sql: `f${j}`, params: [] };
}
