/**
 * The order lines' columns kept in the project file (columnCache/lineColumns.ts) are read by a
 * reopened project instead of the tables, and never served for other data: after a re-import or a
 * new as-of date the count of a new orders condition is the SQL path's on the new data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { dataStamp } from '../../electron/core/columnCache/dataStamp.js';
import type { Db } from '../../electron/core/db/projectFile.js';
import { writeAsOf } from '../../electron/core/metrics/asOf.js';
import { countRule } from '../../electron/core/segments/count.js';
import { conditionLeafTally } from '../../electron/core/segments/leaves/conditionLeafTally.js';
import { countRuleSql } from '../../electron/core/segments/sqlCount.js';
import type { Rule } from '../../shared/model/rules.js';
import { importTyped, SMALL_ORDER_COLUMNS, smallProjectEachTest } from '../segments/project.js';
import { fixture, tempDir } from '../support/session.js';

const recentOrders: Rule = { orders: { within_last_days: 30 }, measure: 'count', op: '>=', value: 1 };
const shoes = (value: number): Rule => ({
  orders: { where: { field: 'category', op: 'in', value: ['Shoes'] } },
  measure: 'sum_amount',
  op: '>=',
  value,
});

const project = smallProjectEachTest();
beforeEach(() => {
  conditionLeafTally.reset();
});
const reopen = () => project.reopen();

const keptLines = (on: Db) =>
  on
    .prepare("SELECT name, stamp FROM column_cache WHERE name LIKE 'lines/%' OR name LIKE 'lcol/%' ORDER BY name")
    .all() as Array<{
    name: string;
    stamp: string;
  }>;
const keptLineCount = (on: Db) =>
  new Float64Array(
    (on.prepare("SELECT bytes FROM column_cache WHERE name = 'lines/facts'").pluck().get() as Buffer).buffer.slice(0),
  )[0];

describe('the order lines as kept columns', () => {
  it('are read and kept with the second orders measure, and a reopened project reads them, not the tables', () => {
    // The first measure of a connection is one SQL scan, when the lines are not kept (ordersLeaf.ts).
    expect(countRule(project.db, recentOrders)).toEqual(countRuleSql(project.db, recentOrders));
    expect(keptLines(project.db)).toEqual([]);
    expect(conditionLeafTally.snapshot()['orders:count']).toEqual({ columns: 0, sql: 1 });
    expect(countRule(project.db, shoes(100))).toEqual(countRuleSql(project.db, shoes(100)));
    expect(keptLines(project.db).map((k) => k.name)).toEqual([
      'lcol/text/c2',
      'lines/amounts',
      'lines/facts',
      'lines/positive',
      'lines/refs',
      'lines/rows',
      'lines/ts',
    ]);
    expect(keptLineCount(project.db)).toBe(14);
    // Amounts changed behind the data's version (no import): only a read of the tables would see it.
    project.db.prepare('UPDATE order_lines SET amount = amount * 10').run();
    const other = reopen();
    // k01 80 - 80, k02 60, k04 40 - 40, k05 160 in the kept columns; ten times that in the tables.
    expect(countRule(other, shoes(150)).customers).toBe(1);
    expect(countRuleSql(other, shoes(150)).customers).toBe(2);
    expect(conditionLeafTally.snapshot()['orders:sum_amount']).toEqual({ columns: 2, sql: 0 });
    expect(conditionLeafTally.snapshot()['orders:count']).toEqual({ columns: 0, sql: 1 });
  });

  it('are not served after a re-import: a new condition counts the new lines', async () => {
    countRule(project.db, recentOrders);
    countRule(project.db, shoes(100));
    expect(keptLineCount(project.db)).toBe(14);
    const lines = fs.readFileSync(fixture('segments/orders.csv'), 'utf8').split('\n');
    const file = path.join(tempDir(), 'orders.csv');
    // Without k05's order O7 (160 of shoes).
    fs.writeFileSync(file, lines.filter((l) => !l.startsWith('O7,')).join('\n'));
    await importTyped(project.session, file, 'orders', SMALL_ORDER_COLUMNS, true);
    const other = reopen();
    expect(countRule(other, shoes(150))).toEqual(countRuleSql(other, shoes(150)));
    expect(countRule(other, shoes(150)).customers).toBe(0);
    expect(countRule(other, recentOrders)).toEqual(countRuleSql(other, recentOrders));
    expect(countRule(project.db, shoes(60))).toEqual(countRuleSql(project.db, shoes(60)));
    expect(countRule(project.db, shoes(60)).customers).toBe(1);
    expect(keptLineCount(other)).toBe(13);
    expect(new Set(keptLines(other).map((k) => k.stamp))).toEqual(new Set([dataStamp(other)]));
  });

  it('are not served for another as-of date', () => {
    const recent: Rule = { orders: { within_last_days: 60 }, measure: 'count', op: '>=', value: 1 };
    countRule(project.db, shoes(100));
    expect(countRule(project.db, recent).customers).toBe(4);
    const stamp = keptLines(project.db)[0]?.stamp;
    writeAsOf(project.db, '2024-02-15');
    const other = reopen();
    const edited: Rule = { ...recent, value: 0 };
    expect(countRule(other, edited)).toEqual(countRuleSql(other, edited));
    expect(countRule(other, recent)).toEqual(countRuleSql(other, recent));
    // k01's O1 (01-10) and k09's O8 (01-05); k04's O6 nets to 0.
    expect(countRule(other, recent).customers).toBe(2);
    expect(keptLines(other).every((k) => k.stamp !== stamp)).toBe(true);
  });
});
