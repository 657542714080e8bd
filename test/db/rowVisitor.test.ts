/**
 * db/rowVisitor.ts: every row's values reach the visitor as .all() gives them (numbers, texts,
 * blobs, NULL), in the query's order, with the count and the scan's other aggregates returned.
 */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/projectFile.js';
import { VISIT_ROWS, visitRows } from '../../electron/core/db/rowVisitor.js';

let db: Db;
beforeEach(() => {
  db = new Database(':memory:');
  db.exec(`CREATE TABLE t (id INTEGER PRIMARY KEY, n REAL, s TEXT);
    INSERT INTO t VALUES (1, 2.5, 'a'), (2, NULL, NULL), (3, 'abc', x'0102'), (5, 9007199254740993, '7'), (4, -0.1, 'z')`);
});
afterEach(() => db.close());

const collect = (sql: string, params: unknown[] = []) => {
  const rows: unknown[][] = [];
  const result = visitRows(db, sql, params, (a, b, c) => {
    rows.push([a, b, c]);
  });
  return { rows, result };
};

describe('visitRows', () => {
  it('hands each row over as .all() reads it, and returns the scan row', () => {
    const { rows, result } = collect(
      `SELECT ${VISIT_ROWS}(id, n, s), TOTAL(id) FILTER (WHERE id > ?) FROM (SELECT * FROM t ORDER BY id DESC)`,
      [2],
    );
    expect(rows).toEqual(db.prepare('SELECT id, n, s FROM t ORDER BY id DESC').raw().all());
    expect(rows[3]).toEqual([2, null, null]);
    expect(rows[2]?.[1]).toBe('abc');
    expect(rows[2]?.[2]).toEqual(Buffer.from([1, 2]));
    expect(result).toEqual([5, 12]);
  });

  it('visits no row of an empty result, and works again on the same connection', () => {
    expect(collect(`SELECT ${VISIT_ROWS}(id) FROM t WHERE id > 9`)).toEqual({ rows: [], result: [0] });
    expect(collect(`SELECT ${VISIT_ROWS}(id) FROM t WHERE id <= 2`).rows).toEqual([
      [1, undefined, undefined],
      [2, undefined, undefined],
    ]);
  });

  it('refuses a scan inside a visit, and frees the visitor after an error', () => {
    expect(() =>
      visitRows(db, `SELECT ${VISIT_ROWS}(id) FROM t`, [], () => {
        visitRows(db, `SELECT ${VISIT_ROWS}(id) FROM t`, [], () => {});
      }),
    ).toThrow(/already running/);
    expect(collect(`SELECT ${VISIT_ROWS}(id) FROM t WHERE id = 1`).rows).toEqual([[1, undefined, undefined]]);
  });
});
