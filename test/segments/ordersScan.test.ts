/**
 * The cached orders aggregate is gathered by one scan in rowid order (ordersScan.ts) instead of
 * the GROUP BY of the general path. Both must give the same customers and the same figures: a
 * random dataset with returns, zero-sum and multi-line orders, every measure with and without a
 * window and a "where", and an as-of date inside the order range (lines after it left out).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/projectFile.js';
import { readAsOf, writeAsOf } from '../../electron/core/metrics/asOf.js';
import { compileRule } from '../../electron/core/segments/compile.js';
import { countRule, memberIds } from '../../electron/core/segments/count.js';
import { evaluateRule } from '../../electron/core/segments/evaluate.js';
import { loadProjectData } from '../../electron/core/segments/projectData.js';
import { countRuleSql, memberIdsSql } from '../../electron/core/segments/sqlCount.js';
import type { Session } from '../../electron/core/session.js';
import type { OrdersRule, Rule } from '../../shared/model/rules.js';
import { datasetProject } from './property/dataset.js';

let session: Session;
let db: Db;

beforeAll(async () => {
  session = await datasetProject(7);
  db = session.requireProject().db;
});

afterAll(() => session.close());

const wheres: Array<OrdersRule['orders']['where']> = [
  undefined,
  { field: 'category', op: 'in', value: ['Shoes', 'کتاب'] },
  { not: { field: 'channel', op: 'in', value: ['store'] } },
];
const windows = [undefined, 0, 30, 365];

function ordersRules(): OrdersRule[] {
  const rules: OrdersRule[] = [];
  for (const where of wheres) {
    for (const within_last_days of windows) {
      const orders = { ...(where ? { where } : {}), ...(within_last_days === undefined ? {} : { within_last_days }) };
      rules.push({ orders, measure: 'count', op: '>=', value: 2 });
      rules.push({ orders, measure: 'count', op: '=', value: 0 });
      rules.push({ orders, measure: 'sum_amount', op: '>', value: 50 });
      rules.push({ orders, measure: 'sum_amount', op: '<=', value: 0 });
    }
  }
  return rules;
}

/** The general path: the rule's own query, orders aggregated by GROUP BY inside it. */
function inlineMembers(rule: Rule): number[] {
  const query = compileRule(db, rule);
  return (
    db
      .prepare(query.sql)
      .pluck()
      .all(...query.params) as number[]
  ).sort((a, b) => a - b);
}

function agreeOnAll(): number {
  const data = loadProjectData(db);
  let nonEmpty = 0;
  for (const rule of ordersRules()) {
    // The scan is the SQL path's (a live count goes over the lines' columns, leaves/ordersLeaf.ts).
    const scanned = memberIdsSql(db, rule);
    expect(scanned, JSON.stringify(rule)).toEqual(inlineMembers(rule));
    expect(memberIds(db, rule), JSON.stringify(rule)).toEqual(scanned);
    expect(scanned, JSON.stringify(rule)).toEqual([...evaluateRule(data, rule)].sort((a, b) => a - b));
    expect(countRule(db, rule).customers).toBe(scanned.length);
    expect(countRuleSql(db, rule).customers).toBe(scanned.length);
    if (scanned.length > 0 && scanned.length < data.customers.length) nonEmpty += 1;
  }
  return nonEmpty;
}

describe('orders aggregates by one scan', () => {
  it('select the customers the GROUP BY and the reference evaluator select', () => {
    // Most rules split the customers (neither no one nor everyone): the comparison says something.
    expect(agreeOnAll()).toBeGreaterThan(30);
  });

  it('agree with an as-of date inside the order range', () => {
    const days = db.prepare('SELECT MIN(day), MAX(day) FROM order_totals').raw().get() as [number, number];
    const middle = Math.floor((days[0] + days[1]) / 2);
    writeAsOf(db, new Date(middle * 86_400_000).toISOString().slice(0, 10));
    expect(readAsOf(db).day).toBe(middle);
    expect(agreeOnAll()).toBeGreaterThan(30);
    writeAsOf(db, null);
  });

  it('store the per-customer figures of the GROUP BY: counts exactly, sums to 6 decimals', () => {
    for (const rule of ordersRules()) {
      countRuleSql(db, rule);
      const table = db
        .prepare("SELECT name FROM temp.sqlite_master WHERE name LIKE 'segwb_orders_%' ORDER BY rowid DESC LIMIT 1")
        .pluck()
        .get() as string;
      const scanned = db.prepare(`SELECT customer, value FROM temp.${table} ORDER BY customer`).raw().all();
      const grouped = groupedFigures(rule);
      expect(scanned.length, JSON.stringify(rule)).toBe(grouped.length);
      scanned.forEach((row, i) => {
        const [customer, value] = row as [number, number];
        const [gCustomer, gValue] = grouped[i] as [number, number];
        expect(customer).toBe(gCustomer);
        if (rule.measure === 'count') expect(value).toBe(gValue);
        else expect(Math.abs(value - gValue)).toBeLessThan(1e-9);
      });
    }
  });
});

/** The GROUP BY of compile.ts for a rule's orders part, over every customer with a matching line. */
function groupedFigures(rule: OrdersRule): unknown[][] {
  const asOf = readAsOf(db).day as number;
  const filters = [`l.ts < ${asOf * 86_400}`];
  if (rule.orders.within_last_days !== undefined)
    filters.push(`l.ts >= ${(asOf - rule.orders.within_last_days) * 86_400}`);
  let where = '';
  const params: string[] = [];
  if (rule.orders.where) {
    // Written by hand for the two wheres above (conditionSql.ts writes the same).
    const column = (key: string) =>
      db.prepare('SELECT column_name FROM fields WHERE key = ?').pluck().get(key) as string;
    if ('not' in rule.orders.where) {
      where = ` AND NOT COALESCE(l.${column('channel')} IN (SELECT value FROM json_each(?)), 0)`;
      params.push(JSON.stringify(['store']));
    } else {
      where = ` AND l.${column('category')} IN (SELECT value FROM json_each(?))`;
      params.push(JSON.stringify(['Shoes', 'کتاب']));
    }
  }
  const from = rule.measure === 'count' ? 'order_lines l JOIN order_totals t ON t.ref = l.order_ref' : 'order_lines l';
  const aggregate = rule.measure === 'count' ? 'COUNT(DISTINCT l.order_ref)' : 'ROUND(SUM(l.amount), 6)';
  const amount = rule.measure === 'count' ? ' AND t.amount > 0' : '';
  return db
    .prepare(
      `SELECT l.customer, ${aggregate} FROM ${from} WHERE ${filters.join(' AND ')}${where}${amount} GROUP BY l.customer ORDER BY l.customer`,
    )
    .raw()
    .all(...params) as unknown[][];
}
