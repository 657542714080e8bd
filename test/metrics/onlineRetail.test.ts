/**
 * The UCI Online Retail sample (../shared/data, Windows-1252, day-first dates, a truncated last
 * line, 13,766 lines without a customer id). Expected figures were computed independently from
 * the CSV with a short script following the README definitions.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allCustomerMetrics } from '../../electron/core/metrics/query.js';
import { computeMetricsSql } from '../../electron/core/metrics/store.js';
import { paretoChart } from '../../electron/core/pareto/query.js';
import { projectInfo } from '../../electron/core/project/info.js';
import type { Session } from '../../electron/core/session.js';
import type { ImportReport } from '../../shared/model/import.js';
import { importFile, newSession, sharedData, tempDir } from '../support/session.js';

const ONLINE_RETAIL = sharedData('Online Retail.csv');

describe.runIf(fs.existsSync(ONLINE_RETAIL))('Online Retail.csv, imported without any flag', () => {
  let session: Session;
  let report: ImportReport;

  beforeAll(async () => {
    const dir = tempDir();
    session = newSession(dir);
    session.create(path.join(dir, 'retail.segwb'));
    report = await importFile(session, ONLINE_RETAIL);
  });

  it('imports every line with a customer id and reports the others by reason', () => {
    expect(report).toMatchObject({
      kind: 'orders',
      file: 'Online Retail.csv',
      rowsRead: 39_530,
      rowsImported: 25_763,
      rowsRejected: 13_767,
      customers: 922,
      orders: 1_623,
    });
    const reasons = Object.fromEntries(report.rejected.map((r) => [r.reason, r.count]));
    expect(reasons).toEqual({ missing_customer_id: 13_766, wrong_field_count: 1 });
    const truncated = report.rejected.find((r) => r.reason === 'wrong_field_count');
    expect(truncated?.examples).toEqual([{ line: 39_531, column: null, value: '3 of 8 fields' }]);
    const missing = report.rejected.find((r) => r.reason === 'missing_customer_id');
    expect(missing?.examples[0]).toEqual({ line: 624, column: 'CustomerID', value: null });
  });

  it('computes metrics as of the day after the last order', () => {
    const db = session.requireProject().db;
    expect(projectInfo(session.requireProject()).asOf).toBe('2010-12-21');
    const metrics = allCustomerMetrics(db);
    expect(metrics).toHaveLength(922);
    expect(metrics.filter((m) => m.frequency === 0)).toHaveLength(62);
    expect(metrics.find((m) => m.customer_id === '17850')).toEqual({
      customer_id: '17850',
      recency_days: 19,
      frequency: 34,
      monetary: 5391.21,
      aov: 158.565,
      first_order: '2010-12-01',
      last_order: '2010-12-02',
      tenure_days: 20,
    });
    expect(metrics.find((m) => m.customer_id === '12347')).toMatchObject({
      recency_days: 14,
      frequency: 1,
      monetary: 711.79,
    });
    const total = metrics.reduce((s, m) => s + m.monetary, 0);
    expect(Math.round(total * 100) / 100).toBe(526_349.97);
    const streamed = db
      .prepare(
        'SELECT customer, frequency, monetary, first_day AS firstDay, last_day AS lastDay FROM customer_metrics ORDER BY customer',
      )
      .all();
    expect(computeMetricsSql(db)).toEqual(streamed);
  });

  it('finds that 42% of customers bring 80% of revenue', () => {
    expect(paretoChart(session.requireProject().db).summary).toEqual({
      customers: 856,
      revenue: 530_863.88,
      k80: 361,
      share_for_80: 0.421729,
      top20_share: 0.627666,
      gini: 0.570546,
    });
  });

  it('keeps every rejected row for the CSV list', () => {
    const db = session.requireProject().db;
    expect((db.prepare('SELECT COUNT(*) AS n FROM import_rejects').get() as { n: number }).n).toBe(13_767);
  });
});
