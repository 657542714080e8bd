/**
 * "As of D" is the data as known at the start of day D: only orders dated before D count, for
 * every metric and every view built on them (issue "One house, one set of numbers", defect 2).
 * Figures worked out by hand from test/fixtures/metrics/as-of.csv.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeAsOf } from '../../electron/core/metrics/asOf.js';
import { allCustomerMetrics } from '../../electron/core/metrics/query.js';
import { paretoChart } from '../../electron/core/pareto/query.js';
import { projectInfo } from '../../electron/core/project/info.js';
import { computeRfm } from '../../electron/core/rfm/compute.js';
import { countRule } from '../../electron/core/segments/count.js';
import type { Session } from '../../electron/core/session.js';
import { ensureBuilt, segwb } from '../support/cli.js';
import { fixture, importFile, newSession, tempDir } from '../support/session.js';

const FILE = fixture('metrics/as-of.csv');
const recentBuyers = { orders: { within_last_days: 30 }, measure: 'count', op: '>=', value: 1 } as const;

function metrics(session: Session) {
  return allCustomerMetrics(session.requireProject().db).map((m) => [
    m.customer_id,
    m.frequency,
    m.monetary,
    m.recency_days,
    m.first_order,
    m.last_order,
  ]);
}

describe('the as-of date', () => {
  let session: Session;
  let dir: string;

  beforeAll(async () => {
    dir = tempDir();
    session = newSession(dir);
    session.create(path.join(dir, 'as-of.segwb'));
    await importFile(session, FILE, { dateOrder: 'ymd' });
  });

  it('defaults to the day after the latest order, so every order counts (the return on 03-25 too)', () => {
    writeAsOf(session.requireProject().db, null);
    expect(projectInfo(session.requireProject()).asOf).toBe('2024-03-26');
    expect(metrics(session)).toEqual([
      ['a', 3, 160, 6, '2024-01-05', '2024-03-20'],
      ['b', 2, 120, 25, '2024-02-28', '2024-03-01'],
      ['c', 1, 60, 21, '2024-03-05', '2024-03-05'],
    ]);
    expect(paretoChart(session.requireProject().db).summary.revenue).toBe(340);
  });

  it('set to 2024-03-01, counts only the orders dated before it in every metric', () => {
    const db = session.requireProject().db;
    writeAsOf(db, '2024-03-01');
    expect(projectInfo(session.requireProject()).asOf).toBe('2024-03-01');
    // b's order of 03-01 and everything later are not known yet; c has not bought yet.
    expect(metrics(session)).toEqual([
      ['a', 2, 150, 20, '2024-01-05', '2024-02-10'],
      ['b', 1, 80, 2, '2024-02-28', '2024-02-28'],
      ['c', 0, 0, null, null, null],
    ]);
    expect(paretoChart(db).summary).toMatchObject({ customers: 2, revenue: 230 });
    expect(countRule(db, { and: [] })).toMatchObject({ customers: 3, revenue: 230 });
    // c's order of 03-05 is within 30 days of 03-01 by distance, but after it: not counted.
    expect(countRule(db, recentBuyers)).toMatchObject({ customers: 2, revenue: 230 });
    const rfm = computeRfm(db, {});
    expect(rfm.model.asOfDay).toBe(Date.UTC(2024, 2, 1) / 86_400_000);
    expect(Array.from(rfm.population.recency)).toEqual([20, 2]);
    expect(Array.from(rfm.population.monetary)).toEqual([150, 80]);
  });

  it('for RFM alone (its own as-of), reads the metrics of that date without moving the project', () => {
    const db = session.requireProject().db;
    writeAsOf(db, null);
    const rfm = computeRfm(db, { asOf: '2024-02-15' });
    expect(Array.from(rfm.population.recency)).toEqual([5]);
    expect(Array.from(rfm.population.frequency)).toEqual([2]);
    expect(projectInfo(session.requireProject()).asOf).toBe('2024-03-26');
  });

  it('back to the default, every order counts again', () => {
    const db = session.requireProject().db;
    writeAsOf(db, '2024-01-01');
    expect(metrics(session).map((row) => row[1])).toEqual([0, 0, 0]);
    writeAsOf(db, null);
    expect(metrics(session)[0]).toEqual(['a', 3, 160, 6, '2024-01-05', '2024-03-20']);
  });
});

describe('segwb --as-of', () => {
  beforeAll(() => ensureBuilt());

  it('metrics, pareto, compare and rfm see the data as of that date and leave the project as it was', () => {
    const dir = tempDir();
    expect(segwb(['import', FILE, '--project', 'p.segwb', '--date-order', 'ymd', '--json'], dir).code).toBe(0);
    const asOf = ['--project', 'p.segwb', '--as-of', '2024-03-01', '--json'];
    const rows = JSON.parse(segwb(['metrics', ...asOf], dir).stdout) as Array<Record<string, unknown>>;
    expect(rows.map((r) => [r.customer_id, r.frequency, r.monetary, r.recency_days])).toEqual([
      ['a', 2, 150, 20],
      ['b', 1, 80, 2],
      ['c', 0, 0, null],
    ]);
    expect(JSON.parse(segwb(['pareto', ...asOf], dir).stdout)).toMatchObject({ customers: 2, revenue: 230 });
    const compare = JSON.parse(segwb(['compare', ...asOf, '--segments', 'All customers'], dir).stdout);
    expect(compare[0]).toMatchObject({ customers: 3, revenue: 230 });
    const rfm = segwb(['rfm', ...asOf], dir);
    expect(rfm.code).toBe(0);
    // The project itself is still as of its default date.
    const after = JSON.parse(segwb(['metrics', '--project', 'p.segwb', '--json'], dir).stdout);
    expect(after[0]).toMatchObject({ customer_id: 'a', frequency: 3, monetary: 160, recency_days: 6 });
  });

  it('refuses a date that is not a date, naming it', () => {
    const dir = tempDir();
    segwb(['import', FILE, '--project', 'p.segwb', '--date-order', 'ymd'], dir);
    const r = segwb(['metrics', '--project', 'p.segwb', '--as-of', '2024-02-30'], dir);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('"2024-02-30" is not a valid date');
  });
});
