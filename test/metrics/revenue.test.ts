/**
 * One definition of total revenue (every order amount before the as-of date, net of returns) in
 * every view; other populations are named; shares never exceed 100% (issue "One house, one set
 * of numbers", defect 3). test/fixtures/metrics/returns.csv: a 150, b 80 - 20 = 60, and d only
 * returned 30 (bought before the data starts): total 180; customers with a positive balance 210.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareRows } from '../../electron/core/analysis/compare.js';
import { loadMembership } from '../../electron/core/analysis/membership.js';
import { readAsOf } from '../../electron/core/metrics/asOf.js';
import { paretoChart } from '../../electron/core/pareto/query.js';
import { projectInfo } from '../../electron/core/project/info.js';
import { rfmResult } from '../../electron/core/rfm/result.js';
import { countRule } from '../../electron/core/segments/count.js';
import type { Session } from '../../electron/core/session.js';
import { fixture, importFile, newSession, tempDir } from '../support/session.js';

describe('total revenue', () => {
  let session: Session;

  beforeAll(async () => {
    const dir = tempDir();
    session = newSession(dir);
    session.create(path.join(dir, 'returns.segwb'));
    await importFile(session, fixture('metrics/returns.csv'), { dateOrder: 'ymd' });
  });

  it('is the same net figure in the project, the builder, compare and RFM', () => {
    const db = session.requireProject().db;
    expect(projectInfo(session.requireProject()).revenue).toBe(180);
    expect(countRule(db, { and: [] })).toEqual({ customers: 3, revenue: 180, share_customers: 1, share_revenue: 1 });
    const membership = loadMembership(db, [{ name: 'All customers', id: null, rule: { and: [] } }]);
    expect(compareRows(membership, ['All customers'], readAsOf(db).day)[0]).toMatchObject({
      revenue: 180,
      share_revenue: 1,
    });
    const rfm = rfmResult(db, {});
    // RFM scores the 2 customers with a positive order (210 of revenue), and names them so.
    expect(rfm).toMatchObject({ customers: 2, revenue: 210, unscored: 1, total_revenue: 180 });
  });

  it('Pareto is over the customers with a positive balance: a named population of its own', () => {
    expect(paretoChart(session.requireProject().db).summary).toMatchObject({ customers: 2, revenue: 210 });
  });

  it('never gives a share above 100% (buyers bring 210 of 180) or below 0', () => {
    const db = session.requireProject().db;
    expect(countRule(db, { field: 'frequency', op: '>=', value: 1 })).toEqual({
      customers: 2,
      revenue: 210,
      share_customers: 0.666667,
      share_revenue: 1,
    });
    expect(countRule(db, { field: 'monetary', op: '<', value: 0 })).toMatchObject({ revenue: -30, share_revenue: 0 });
    for (const segment of rfmResult(db, {}).segments) {
      expect(segment.share_revenue).toBeGreaterThanOrEqual(0);
      expect(segment.share_revenue).toBeLessThanOrEqual(1);
    }
  });
});
