import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  and,
  emptySet,
  fullSet,
  not,
  or,
  popcount,
  rowsOf,
  setBit,
  totalOver,
} from '../../../electron/core/segments/leaves/bitset.js';

function setOf(customers: number, rows: number[]): Uint32Array {
  const set = emptySet(customers);
  for (const row of rows) setBit(set, row);
  return set;
}

describe('bitsets of customers', () => {
  it('keeps the bits past the last customer clear under not, so counts need no mask', () => {
    const set = not(setOf(70, [0, 33, 69]), 70);
    expect(set.length).toBe(3);
    expect(set[2]).toBe(0b011111); // rows 64-68 (69 was a member)
    expect(popcount(set)).toBe(67);
    expect(popcount(fullSet(64))).toBe(64);
    expect(popcount(fullSet(0))).toBe(0);
  });

  it('combines with and / or, the empty and holding everyone and the empty or no one', () => {
    const a = setOf(40, [1, 5, 31, 32, 39]);
    const b = setOf(40, [5, 32, 33]);
    expect(rowsOf(and([a, b], 40))).toEqual([5, 32]);
    expect(rowsOf(or([a, b], 40))).toEqual([1, 5, 31, 32, 33, 39]);
    expect(popcount(and([], 40))).toBe(40);
    expect(popcount(or([], 40))).toBe(0);
    // and copies: the leaf's own set is never changed.
    expect(rowsOf(a)).toEqual([1, 5, 31, 32, 39]);
  });

  it("sums the members' values as SQLite's TOTAL does (compensated, in row order)", () => {
    const values = [1e16, 1, 1, -1e16, 0.1, 0.2, 0, 3.3];
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (v REAL)');
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    // Row 6 is a customer without metrics: NULL in SQL, 0 in the kept column.
    values.forEach((v, i) => {
      insert.run(i === 6 ? null : v);
    });
    const sql = db.prepare('SELECT TOTAL(v) FROM t').pluck().get() as number;
    const total = totalOver(fullSet(values.length), Float64Array.from(values));
    expect(total).toBe(sql);
    expect(total).toBe(5.6); // a plain running sum gives 3.5999999999999996
    expect(totalOver(setOf(8, [0, 1, 2]), Float64Array.from(values))).toBe(10_000_000_000_000_002);
  });
});
