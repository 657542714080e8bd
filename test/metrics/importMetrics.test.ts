import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { customersPage } from '../../electron/core/customers/page.js';
import { allCustomerMetrics } from '../../electron/core/metrics/query.js';
import { computeMetricsSql } from '../../electron/core/metrics/store.js';
import { paretoChart } from '../../electron/core/pareto/query.js';
import { projectInfo } from '../../electron/core/project/info.js';
import type { Session } from '../../electron/core/session.js';
import type { ImportReport } from '../../shared/model/import.js';
import { fixture, importFile, newSession, tempDir } from '../support/session.js';

describe('import and metrics on a small orders file (figures computed by hand)', () => {
  let session: Session;
  let report: ImportReport;

  beforeAll(async () => {
    const dir = tempDir();
    session = newSession(dir);
    session.create(path.join(dir, 'small.segwb'));
    report = await importFile(session, fixture('orders-small.csv'), { dateOrder: 'ymd' });
  });

  it('reports rows read, imported and rejected by reason with line and column', () => {
    expect(report.kind).toBe('orders');
    expect(report.rowsRead).toBe(14);
    expect(report.rowsImported).toBe(10);
    expect(report.rowsRejected).toBe(4);
    expect(report.customers).toBe(5);
    expect(report.orders).toBe(9);
    const byReason = Object.fromEntries(report.rejected.map((r) => [r.reason, r.examples]));
    expect(byReason).toEqual({
      missing_customer_id: [{ line: 12, column: 'customer_id', value: null }],
      bad_date: [{ line: 13, column: 'order_date', value: '2024-02-31' }],
      bad_number: [{ line: 14, column: 'quantity', value: 'x' }],
      wrong_field_count: [{ line: 15, column: null, value: '4 of 6 fields' }],
    });
  });

  it('computes recency, frequency and monetary value as defined', () => {
    const info = projectInfo(session.requireProject());
    expect(info.asOf).toBe('2024-03-10');
    expect(allCustomerMetrics(session.requireProject().db)).toEqual([
      {
        customer_id: 'c1',
        recency_days: 38,
        frequency: 2,
        monetary: 13.5,
        aov: 6.75,
        first_order: '2024-01-10',
        last_order: '2024-02-01',
        tenure_days: 60,
      },
      {
        customer_id: 'c2',
        recency_days: 55,
        frequency: 1,
        monetary: 0,
        aov: 0,
        first_order: '2024-01-15',
        last_order: '2024-01-15',
        tenure_days: 55,
      },
      {
        customer_id: 'c3',
        recency_days: 29,
        frequency: 2,
        monetary: 14,
        aov: 7,
        first_order: '2024-02-10',
        last_order: '2024-02-10',
        tenure_days: 29,
      },
      {
        customer_id: 'c4',
        recency_days: null,
        frequency: 0,
        monetary: -10,
        aov: null,
        first_order: null,
        last_order: null,
        tenure_days: null,
      },
      {
        customer_id: 'c5',
        recency_days: 1,
        frequency: 1,
        monetary: 5,
        aov: 5,
        first_order: '2024-03-09',
        last_order: '2024-03-09',
        tenure_days: 1,
      },
    ]);
  });

  it('keeps one row per order with its whole amount and earliest day', () => {
    const db = session.requireProject().db;
    const orders = db
      .prepare(
        `SELECT k.order_id AS id, c.customer_key AS customer, t.day, t.amount FROM order_totals t
         JOIN order_keys k ON k.ref = t.ref JOIN customers c ON c.id = t.customer ORDER BY t.ref`,
      )
      .all();
    const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    expect(orders).toEqual([
      { id: 'A1', customer: 'c1', day: day('2024-01-10'), amount: 13.5 },
      { id: 'A2', customer: 'c1', day: day('2024-02-01'), amount: 5 },
      { id: 'R1', customer: 'c1', day: day('2024-02-05'), amount: -5 },
      { id: 'B1', customer: 'c2', day: day('2024-01-15'), amount: 20 },
      { id: 'B2', customer: 'c2', day: day('2024-03-01'), amount: -20 },
      { id: '#line 7', customer: 'c3', day: day('2024-02-10'), amount: 10.5 },
      { id: '#line 8', customer: 'c3', day: day('2024-02-10'), amount: 3.5 },
      { id: 'C1', customer: 'c4', day: day('2024-03-01'), amount: -10 },
      { id: 'A1', customer: 'c5', day: day('2024-03-09'), amount: 5 },
    ]);
  });

  it.each([
    ['recency_days', 'asc', ['c5', 'c3', 'c1', 'c2', 'c4']],
    ['recency_days', 'desc', ['c2', 'c1', 'c3', 'c5', 'c4']],
    ['monetary', 'desc', ['c3', 'c1', 'c5', 'c2', 'c4']],
    ['monetary', 'asc', ['c4', 'c2', 'c5', 'c1', 'c3']],
    ['tenure_days', 'asc', ['c5', 'c3', 'c2', 'c1', 'c4']],
    ['aov', 'desc', ['c3', 'c1', 'c5', 'c2', 'c4']],
    ['last_order', 'asc', ['c2', 'c1', 'c3', 'c5', 'c4']],
    ['customer_id', 'desc', ['c5', 'c4', 'c3', 'c2', 'c1']],
  ] as const)('sorts the customer table by %s %s, empty values last', (key, dir, expected) => {
    const page = customersPage(session.requireProject().db, 0, 10, { sort: { key, dir } });
    expect(page.total).toBe(5);
    expect(page.rows.map((r) => r.customer_id)).toEqual(expected);
  });

  it('pages through the table', () => {
    const page = customersPage(session.requireProject().db, 2, 2, { sort: { key: 'monetary', dir: 'desc' } });
    expect(page).toMatchObject({ total: 5, offset: 2 });
    expect(page.rows.map((r) => r.customer_id)).toEqual(['c5', 'c2']);
  });

  it('gives the same metrics from SQL as from the streaming sums', () => {
    const db = session.requireProject().db;
    const streamed = db
      .prepare(
        'SELECT customer, frequency, monetary, first_day AS firstDay, last_day AS lastDay FROM customer_metrics ORDER BY customer',
      )
      .all();
    expect(computeMetricsSql(db)).toEqual(streamed);
  });

  it('computes the Pareto figures over customers with revenue', () => {
    expect(paretoChart(session.requireProject().db).summary).toEqual({
      customers: 3,
      revenue: 32.5,
      k80: 2,
      share_for_80: 0.666667,
      top20_share: 0.430769,
      gini: 0.184615,
    });
  });

  it('adds customers from a customers file without touching order metrics', async () => {
    const customers = await importFile(session, fixture('customers-small.csv'));
    expect(customers.kind).toBe('customers');
    expect(customers.rowsImported).toBe(3);
    expect(customers.rejected).toEqual([
      { reason: 'duplicate_customer_id', count: 1, examples: [{ line: 5, column: 'customer_id', value: 'c7' }] },
    ]);
    expect(customers.customers).toBe(6); // c1..c5 from orders + c7
    const metrics = allCustomerMetrics(session.requireProject().db);
    expect(metrics.find((m) => m.customer_id === 'c7')).toEqual({
      customer_id: 'c7',
      recency_days: null,
      frequency: 0,
      monetary: 0,
      aov: null,
      first_order: null,
      last_order: null,
      tenure_days: null,
    });
    expect(metrics.find((m) => m.customer_id === 'c1')?.monetary).toBe(13.5);
  });

  it('asks before replacing data of the same kind, then replaces it', async () => {
    await expect(importFile(session, fixture('orders-small.csv'), { dateOrder: 'ymd' })).rejects.toMatchObject({
      code: 'NEEDS_CONFIRMATION',
    });
    const again = await importFile(session, fixture('orders-small.csv'), { dateOrder: 'ymd' }, true);
    expect(again.rowsImported).toBe(10);
    const info = projectInfo(session.requireProject());
    expect(info.datasets.map((d) => d.kind).sort()).toEqual(['customers', 'orders']);
    expect(info.orderLines).toBe(10);
    expect(info.customers).toBe(6);
  });
});
