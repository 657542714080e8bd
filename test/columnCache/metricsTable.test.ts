/**
 * columnCache/metricsTable.ts: the one scan of customer_metrics the first views share holds the
 * table's values and SQL's sums of the customers RFM does not score, and says when a value is not a plain number (then
 * its readers take their SQL paths: customerBase, customerColumns and rfm/population tests).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { metricsTable } from '../../electron/core/columnCache/metricsTable.js';
import type { Session } from '../../electron/core/session.js';
import { type Variant, variantProject } from './metricsVariants.js';

const sessions: Session[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.close();
});

async function tableOf(variant: Variant) {
  const { session, db } = await variantProject(variant);
  sessions.push(session);
  const t = metricsTable(db);
  return { db, t, columns: [t.customer, t.frequency, t.monetary, t.lastDay].map((c) => Array.from(c)) };
}

describe('the metrics scan', () => {
  it('reads the imported table: values, NaN for no last order, SQL aggregates', async () => {
    const { t, columns } = await tableOf('imported');
    expect(columns).toEqual([
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      [2, 2, 1, 0, 1, 0, 0, 1, 1, 0],
      [13.5, 75, 12, 0, 160, 0, 0, 25, 3.5, -5],
      [19783, 19778, 19790, Number.NaN, 19791, Number.NaN, Number.NaN, 19509, 19727, Number.NaN],
    ]);
    expect({ ...t, customer: 0, frequency: 0, monetary: 0, lastDay: 0 }).toEqual({
      customer: 0,
      frequency: 0,
      monetary: 0,
      lastDay: 0,
      ascending: true,
      plain: true,
      unscored: 4,
      unscoredRevenue: -5,
    });
  });

  it('keeps days before 1970 (negative) as they are', async () => {
    const { t, columns } = await tableOf('days before 1970');
    expect(columns[3]).toEqual([-217, -222, -210, Number.NaN, -209, Number.NaN, Number.NaN, -491, -273, Number.NaN]);
    expect([t.plain, t.unscored]).toEqual([true, 4]);
  });

  it('reads a metrics row without its customer, in customer order', async () => {
    const { t, columns } = await tableOf('ids with a gap, a metrics row without its customer');
    expect(columns[0]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 41]);
    expect([t.ascending, t.plain, t.unscored, t.unscoredRevenue]).toEqual([true, true, 4, -5]);
  });

  it('is not plain with a text or an integer past 2^53 in it', async () => {
    const texts = await tableOf('a text in monetary and in last_day');
    expect(texts.t.plain).toBe(false);
    // SQL's sum, of the customers without orders only.
    expect([texts.t.unscored, texts.t.unscoredRevenue]).toEqual([4, -5]);
    expect((await tableOf('an integer past 2^53')).t.plain).toBe(false);
  });
});
