/**
 * Orders conditions counted over the order lines' columns (leaves/ordersLeaf.ts) on a hand-made
 * project whose lines have clock times (test/fixtures/segments/orders-timed.csv; the as-of date is
 * the day after the last line, 2024-03-10): exact members for the count of distinct positive
 * orders, sums rounded as the SQL scan rounds them, windows and as-of dates, and a "where" of each
 * operator family, every one also equal to the SQL path and tallied as taken over the columns.
 * An order whose lines are of two customers counts for each; a text in a number field stays on SQL.
 */
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/core/db/projectFile.js';
import { keepFirstViewColumns } from '../../../electron/core/history/keptAfterImport.js';
import { writeAsOf } from '../../../electron/core/metrics/asOf.js';
import { countRule, memberIds } from '../../../electron/core/segments/count.js';
import { conditionLeafTally } from '../../../electron/core/segments/leaves/conditionLeafTally.js';
import { countRuleSql } from '../../../electron/core/segments/sqlCount.js';
import type { Condition, OrdersRule, Rule } from '../../../shared/model/rules.js';
import { fixture, newSession, tempDir } from '../../support/session.js';
import { importTyped, SMALL_CUSTOMER_COLUMNS, SMALL_ORDER_COLUMNS } from '../project.js';

let db: Db;
beforeEach(async () => {
  const dir = tempDir();
  const session = newSession(dir);
  session.create(path.join(dir, 'timed.segwb'));
  await importTyped(session, fixture('segments/customers.csv'), 'customers', SMALL_CUSTOMER_COLUMNS);
  await importTyped(session, fixture('segments/orders-timed.csv'), 'orders', SMALL_ORDER_COLUMNS);
  db = session.requireProject().db;
  conditionLeafTally.reset();
});

/** The project as the app's snapshot worker leaves it after an import: the lines' columns kept. */
function asTheAppLeavesIt(): void {
  keepFirstViewColumns(db);
}

const keys = (rule: Rule) =>
  memberIds(db, rule).map((id) => db.prepare('SELECT customer_key FROM customers WHERE id = ?').pluck().get(id));

/** The members' keys, after checking the count equals the SQL path's. */
function members(rule: Rule): unknown[] {
  expect(countRule(db, rule)).toEqual(countRuleSql(db, rule));
  return keys(rule);
}

const tallied = (measure: 'count' | 'sum_amount') => conditionLeafTally.snapshot()[`orders:${measure}`];

const count = (op: OrdersRule['op'], value: number, orders: OrdersRule['orders'] = {}): OrdersRule => ({
  orders,
  measure: 'count',
  op,
  value,
});
const sum = (op: OrdersRule['op'], value: number, orders: OrdersRule['orders'] = {}): OrdersRule => ({
  orders,
  measure: 'sum_amount',
  op,
  value,
});
const placed = (where: Rule) => count('>=', 1, { where });

describe('the measures', () => {
  beforeEach(asTheAppLeavesIt);
  it('counts distinct orders whose whole amount is positive (O6 nets to 0, R1 is a return)', () => {
    expect(members(count('>=', 2))).toEqual(['k01', 'k02']);
    expect(members(count('=', 0))).toEqual(['k04', 'k07', 'k08']);
    expect(members(count('=', 1))).toEqual(['k03', 'k05', 'k06']);
    expect(tallied('count')).toEqual({ columns: 3, sql: 0 });
  });

  it("sums amounts in line order and rounds to 6 decimals: k01's 0.1 + 0.2 + 80 - 80 is 0.3", () => {
    expect(0.1 + 0.2 + 80 - 80).not.toBe(0.3);
    expect(members(sum('=', 0.3))).toEqual(['k01']);
    expect(members(sum('>=', 0.3))).toEqual(['k01', 'k02', 'k03', 'k05', 'k06']);
    expect(members(sum('<=', 0))).toEqual(['k04', 'k07', 'k08']);
    expect(members(sum('=', 0.3, { where: { field: 'category', op: 'in', value: ['Kitchen', 'Food'] } }))).toEqual([
      'k01',
    ]);
    expect(tallied('sum_amount')).toEqual({ columns: 4, sql: 0 });
  });
});

describe('windows and the as-of date', () => {
  beforeEach(asTheAppLeavesIt);
  it('counts lines on or after the window start and before the as-of date', () => {
    expect(members(count('>=', 1, { within_last_days: 1 }))).toEqual(['k03', 'k05']);
    expect(members(count('>=', 1, { within_last_days: 0 }))).toEqual([]);
    writeAsOf(db, '2024-03-05');
    // R1 (03-05 23:59) and every later line are after the as-of date.
    expect(members(sum('>=', 80, { within_last_days: 5 }))).toEqual(['k01']);
    expect(members(count('>=', 1, { within_last_days: 10 }))).toEqual(['k01', 'k02']);
    expect(members(sum('<', 0))).toEqual([]);
    expect(tallied('count')).toEqual({ columns: 3, sql: 0 });
    // The as-of date is part of the data's version: the kept lines are not served for the new one,
    // and its first measure is one SQL scan; the second reads the lines' columns.
    expect(tallied('sum_amount')).toEqual({ columns: 1, sql: 1 });
  });
});

describe('a where of each operator family', () => {
  beforeEach(asTheAppLeavesIt);
  const cases: Array<[string, Condition | Rule, string[]]> = [
    ['text contains (folded)', { field: 'product', op: 'contains', value: 'mug' }, ['k01', 'k02', 'k03']],
    ['text starts with', { field: 'product', op: 'starts_with', value: 'MUG L' }, ['k02']],
    ['text equals', { field: 'product', op: 'equals', value: 'mug' }, ['k01', 'k03']],
    ['category in', { field: 'category', op: 'in', value: ['Shoes'] }, ['k01', 'k02', 'k05']],
    [
      'category not in (an empty channel is not "not web")',
      { field: 'channel', op: 'not_in', value: ['web'] },
      ['k01', 'k06'],
    ],
    ['is empty', { field: 'channel', op: 'is_empty' }, ['k02']],
    ['number between', { field: 'amount', op: 'between', value: [5, 60] }, ['k02', 'k03']],
    ['number !=', { field: 'quantity', op: '!=', value: 1 }, ['k02', 'k03', 'k05']],
    ['date before', { field: 'order_date', op: 'before', value: '2024-01-01' }, ['k02', 'k06']],
    ['date after', { field: 'order_date', op: 'after', value: '2024-03-08' }, ['k03', 'k05']],
    ['within the last days', { field: 'order_date', op: 'within_last_days', value: 1 }, ['k03', 'k05']],
    ['month in (December 1969, before 1970)', { field: 'order_date', op: 'month_in', value: [12, 1] }, ['k01', 'k06']],
    ['weekday in: Wednesday', { field: 'order_date', op: 'weekday_in', value: [3] }, ['k01', 'k06']],
    ['weekday in: the weekend', { field: 'order_date', op: 'weekday_in', value: [6, 7] }, ['k02', 'k03', 'k05']],
    ['hours past midnight', { field: 'order_date', op: 'hour_between', value: [22, 3] }, ['k01', 'k02', 'k05', 'k06']],
    ['hours of a day (O6 nets to 0)', { field: 'order_date', op: 'hour_between', value: [9, 13] }, ['k01', 'k02']],
    ['not empty, negated', { not: { field: 'channel', op: 'is_empty' } }, ['k01', 'k02', 'k03', 'k05', 'k06']],
    [
      'and / or',
      {
        or: [
          {
            and: [
              { field: 'category', op: 'in', value: ['Shoes'] },
              { field: 'channel', op: 'in', value: ['web'] },
            ],
          },
          { field: 'amount', op: '<', value: 4 },
        ],
      },
      ['k01', 'k02', 'k05', 'k06'],
    ],
  ];
  it.each(cases)('%s', (_name, where, expected) => {
    expect(members(placed(where as Rule))).toEqual(expected);
    expect(tallied('count')).toEqual({ columns: 1, sql: 0 });
  });

  it('sums the lines of orders that net to 0 too (a sum has no positive-order filter)', () => {
    expect(members(sum('>', 0, { where: { field: 'amount', op: 'between', value: [5, 60] } }))).toEqual([
      'k02',
      'k03',
      'k04',
    ]);
  });
});

describe('an order id reused by two customers', () => {
  it('counts the order for each of them, as COUNT(DISTINCT order_ref) per customer and the SQL scan', () => {
    // O1's second line (0.20) becomes k02's: k02 has O1, O3 and O4.
    db.prepare('UPDATE order_lines SET customer = 2 WHERE id = 2').run();
    asTheAppLeavesIt();
    const grouped = db
      .prepare(
        `SELECT c.customer_key FROM order_lines l JOIN order_totals t ON t.ref = l.order_ref
         JOIN customers c ON c.id = l.customer WHERE t.amount > 0 GROUP BY l.customer
         HAVING COUNT(DISTINCT l.order_ref) >= 2 ORDER BY l.customer`,
      )
      .pluck()
      .all();
    expect(grouped).toEqual(['k01', 'k02']);
    expect(members(count('>=', 3))).toEqual(['k02']);
    expect(members(count('>=', 2))).toEqual(grouped);
    expect(members(sum('=', 75.2))).toEqual(['k02']);
    expect(tallied('count')).toEqual({ columns: 2, sql: 0 });
    expect(tallied('sum_amount')).toEqual({ columns: 1, sql: 0 });
  });
});

describe('what stays on the SQL scan', () => {
  it('a where on a number field holding a text (SQL compares a text above every number)', () => {
    db.prepare("UPDATE order_lines SET c4 = 'many' WHERE id = 1").run();
    asTheAppLeavesIt();
    expect(members(placed({ field: 'quantity', op: '>', value: 1 }))).toEqual(['k01', 'k02', 'k03', 'k05']);
    expect(tallied('count')).toEqual({ columns: 0, sql: 1 });
  });
});
