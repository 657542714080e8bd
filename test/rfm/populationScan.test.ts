/**
 * The RFM population and history span of the project's own as-of date cut from the shared
 * metrics scan (rfm/population.ts, columnCache/metricsTable.ts): in every variant of the data,
 * exactly what the JSON columns and the span query read, NULL and texts included.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { float64Of, readColumn } from '../../electron/core/columnCache/columnStore.js';
import type { Db } from '../../electron/core/db/projectFile.js';
import { readAsOf } from '../../electron/core/metrics/asOf.js';
import {
  historyWarning,
  historyWarnings,
  readPopulation,
  readPopulationByJson,
} from '../../electron/core/rfm/population.js';
import type { Session } from '../../electron/core/session.js';
import { VARIANTS, type Variant, variantProject } from '../columnCache/metricsVariants.js';

const sessions: Session[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.close();
});

/** MIN and MAX of the scored customers' days, as the span was read before its indexed read. */
function spanOf(db: Db) {
  return db
    .prepare('SELECT MIN(first_day) AS first, MAX(last_day) AS last FROM customer_metrics WHERE frequency > 0')
    .get() as { first: number | null; last: number | null };
}

function spanWarnings(db: Db) {
  const span = spanOf(db);
  const warning = historyWarning(span.first, span.last);
  return warning ? [warning] : [];
}

describe('the RFM population from the metrics scan', () => {
  it.each(Object.keys(VARIANTS) as Variant[])('equals the JSON read: %s', async (variant) => {
    const { session, db } = await variantProject(variant);
    sessions.push(session);
    const asOf = readAsOf(db).day as number;
    expect(readPopulation(db, asOf)).toEqual(readPopulationByJson(db, asOf));
    // A text day is a text span in both reads, which no date can be made of (left as it was).
    if (variant !== 'a text in monetary and in last_day') {
      expect(historyWarnings(db, asOf)).toEqual(spanWarnings(db));
      const kept = readColumn(db, `rfm/${asOf}/span`) as Buffer;
      const { first, last } = spanOf(db);
      expect(Array.from(float64Of(kept))).toEqual([first, last]);
    }
  });

  it('reads the imported project exactly, and a scored customer without a last day as the JSON null did', async () => {
    const { session, db } = await variantProject('a customer with orders and no last order day');
    sessions.push(session);
    const asOf = readAsOf(db).day as number;
    expect(asOf).toBe(19792);
    const p = readPopulation(db, asOf);
    expect(Array.from(p.ids)).toEqual([1, 2, 3, 5, 8, 9]);
    // JSON's null read as 0: a recency of the as-of day itself.
    expect(Array.from(p.recency)).toEqual([9, 19792, 2, 1, 283, 65]);
    expect(Array.from(p.monetary)).toEqual([13.5, 75, 12, 160, 25, 3.5]);
    expect([p.unscored, p.unscoredRevenue]).toEqual([4, -5]);
  });

  it('gives SQL answer on a text in a number column (the JSON read keeps it)', async () => {
    const { session, db } = await variantProject('a text in monetary and in last_day');
    sessions.push(session);
    const asOf = readAsOf(db).day as number;
    const p = readPopulation(db, asOf);
    // JSON gives the texts as strings: 'abc' is NaN, '12x' a NaN day.
    expect(Array.from(p.monetary)).toEqual([13.5, Number.NaN, 12, 160, 25, 3.5]);
    expect(Array.from(p.recency)).toEqual([9, 14, Number.NaN, 1, 283, 65]);
    expect(p).toEqual(readPopulationByJson(db, asOf));
  });
});
