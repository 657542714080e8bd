/**
 * The typed-array metrics as of a date equal the SQL rebuild's, row for row, on the demo shop and on
 * the CDNOW sample, at several dates (a customer without orders yet, one with only a refund...).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/projectFile.js';
import { createDemoProject } from '../../electron/core/demo/demoProject.js';
import { isoToDay } from '../../electron/core/metrics/days.js';
import { readOrdersBefore, writeMetricsBefore } from '../../electron/core/metrics/metricsAsOf.js';
import { rebuildMetricsBefore } from '../../electron/core/metrics/store.js';
import { newSession, tempDir } from '../support/session.js';

const rows = (db: Db) => db.prepare('SELECT * FROM customer_metrics ORDER BY customer').all();

function sameAsSql(db: Db, dates: string[]): void {
  const days = dates.map(isoToDay);
  const orders = readOrdersBefore(db, Math.max(...days));
  for (const day of days) {
    rebuildMetricsBefore(db, day);
    const expected = rows(db);
    writeMetricsBefore(db, orders, day);
    expect(rows(db), dates[days.indexOf(day)]).toEqual(expected);
  }
}

describe('metrics as of a date from one read of the orders', () => {
  it('equal the SQL rebuild on the demo shop', async () => {
    const dir = tempDir();
    const { project } = await createDemoProject(newSession(dir), {
      path: path.join(dir, 'd.segwb'),
      customers: 800,
      seed: 3,
    });
    sameAsSql(project.db, ['2024-09-01', '2025-01-01', '2025-12-31', '2026-07-01']);
  });
});
