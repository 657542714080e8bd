/**
 * Migration between saved segments and cohorts on test/fixtures/changes/orders.csv, with returns
 * (R rows), worked out by hand. From 2024-03-01 to 2024-06-01, with Big = monetary >= 100 and
 * Frequent = frequency >= 2 (positive orders; monetary net of returns):
 *
 *   customer  at 2024-03-01            at 2024-06-01             revenue in [from, to)
 *   c1        120, 1 order: Big        140, 2 orders: Big, Frequent     50 - 30 = 20
 *   c2        70, 2: Frequent          40, 2: Frequent                  -30
 *   c3        200, 1: Big              0, 1: (none)                     -200
 *   c4        no order: (new)          170, 2: Big, Frequent            80 + 90 = 170
 *   c5        no order: (new)          10, 1: (none)                    10
 *   c6        a return only            a return only: not counted (first order 2024-06-15)
 *   c7        60, 1: (none)            60, 1: (none)                    0
 *
 * Cohorts by month (as of 2024-06-16, the day after the last order; c6's return before its first
 * order is ignored): 2024-01 c1 c7 | 2024-02 c2 c3 | 2024-04 c4 | 2024-05 c5 | 2024-06 c6.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cohorts } from '../../electron/core/changes/cohorts.js';
import { migration } from '../../electron/core/changes/migration.js';
import { saveSegment } from '../../electron/core/segments/store.js';
import type { Session } from '../../electron/core/session.js';
import { type ColumnSpec, importTyped } from '../segments/project.js';
import { fixture, newSession, tempDir } from '../support/session.js';

const ORDER_COLUMNS: Record<string, ColumnSpec> = {
  order_id: { type: 'identifier', role: 'order_id' },
  customer_id: { type: 'identifier', role: 'customer_id' },
  order_date: { type: 'date', role: 'order_date' },
  product: { type: 'text', role: 'product' },
  quantity: { type: 'number', role: 'quantity' },
  unit_price: { type: 'number', role: 'unit_price' },
};

let session: Session;
let big: number;
let frequent: number;
const db = () => session.requireProject().db;

beforeAll(async () => {
  const dir = tempDir();
  session = newSession(dir);
  session.create(path.join(dir, 'changes.segwb'));
  await importTyped(session, fixture('changes/orders.csv'), 'orders', ORDER_COLUMNS);
  big = saveSegment(db(), { name: 'Big', rule: { field: 'monetary', op: '>=', value: 100 } }).id;
  frequent = saveSegment(db(), { name: 'Frequent', rule: { field: 'frequency', op: '>=', value: 2 } }).id;
});
afterAll(() => session.close());

describe('migration between saved segments', () => {
  it('counts a customer in every pair of their segments, with (new) and (none)', () => {
    const result = migration(db(), { by: 'segments', from: '2024-03-01', to: '2024-06-01', segments: [big, frequent] });
    expect(result).toEqual({
      from: '2024-03-01',
      to: '2024-06-01',
      cells: [
        { from: '(new)', to: 'Big', customers: 1, revenue: 170 },
        { from: '(new)', to: 'Frequent', customers: 1, revenue: 170 },
        { from: '(new)', to: '(none)', customers: 1, revenue: 10 },
        { from: 'Big', to: 'Big', customers: 1, revenue: 20 },
        { from: 'Big', to: 'Frequent', customers: 1, revenue: 20 },
        { from: 'Big', to: '(none)', customers: 1, revenue: -200 },
        { from: 'Frequent', to: 'Frequent', customers: 1, revenue: -30 },
        { from: '(none)', to: '(none)', customers: 1, revenue: 0 },
      ],
    });
  });

  it('leaves the project as it was: no as-of date set, the metrics of every order', () => {
    migration(db(), { by: 'segments', from: '2024-02-01', to: '2024-04-01', segments: [frequent, big] });
    expect(db().prepare("SELECT value FROM meta WHERE key = 'as_of'").get()).toBeUndefined();
    // Every order: 10 positive ones, 900 net (the returns subtracted).
    const totals = db()
      .prepare('SELECT SUM(frequency) AS orders, SUM(monetary) AS revenue FROM customer_metrics')
      .get();
    expect(totals).toEqual({ orders: 10, revenue: 900 });
    expect(db().inTransaction).toBe(false);
  });

  it('refuses from on or after to, and an unknown segment', () => {
    expect(() => migration(db(), { by: 'rfm', from: '2024-06-01', to: '2024-06-01' })).toThrow(
      'The "from" date (2024-06-01) must be before the "to" date (2024-06-01)',
    );
    expect(() => migration(db(), { by: 'segments', from: '2024-01-01', to: '2024-06-01', segments: [999] })).toThrow();
  });
});

describe('cohorts with returns', () => {
  it('by month: returns lower the revenue, not the active count; a return before the first order is ignored', () => {
    const cell = (offset: number, active: number, revenue: number) => ({ offset, active, revenue });
    expect(cohorts(db(), 'month')).toEqual({
      period: 'month',
      cohorts: [
        {
          cohort: '2024-01',
          customers: 2,
          periods: [cell(0, 2, 180), cell(1, 0, 0), cell(2, 0, 0), cell(3, 1, 20), cell(4, 0, 0), cell(5, 0, 0)],
        },
        {
          cohort: '2024-02',
          customers: 2,
          periods: [cell(0, 2, 270), cell(1, 0, -200), cell(2, 0, 0), cell(3, 0, -30), cell(4, 0, 0)],
        },
        { cohort: '2024-04', customers: 1, periods: [cell(0, 1, 80), cell(1, 1, 90), cell(2, 0, 0)] },
        { cohort: '2024-05', customers: 1, periods: [cell(0, 1, 10), cell(1, 0, 0)] },
        { cohort: '2024-06', customers: 1, periods: [cell(0, 1, 500)] },
      ],
    });
  });

  it('by quarter and ISO week: labels', () => {
    expect(cohorts(db(), 'quarter').cohorts.map((c) => [c.cohort, c.customers])).toEqual([
      ['2024-Q1', 4],
      ['2024-Q2', 3],
    ]);
    // 2024-01-05 is a Friday of ISO week 1; 2024-01-10 a Wednesday of week 2.
    expect(cohorts(db(), 'week').cohorts[0]).toMatchObject({ cohort: '2024-W01', customers: 1 });
  });
});
