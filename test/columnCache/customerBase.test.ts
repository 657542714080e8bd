/**
 * columnCache/customerBase.ts read from the tables: the ids from customers (without a scan when
 * they run 1..n) and the figures from the shared metrics scan give, in every variant of the data,
 * exactly the columns the join of customers and customer_metrics gave.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { customerBase, readBaseByJoin } from '../../electron/core/columnCache/customerBase.js';
import type { Session } from '../../electron/core/session.js';
import { VARIANTS, type Variant, variantProject } from './metricsVariants.js';

const sessions: Session[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.close();
});

describe('the customers base from the tables', () => {
  it.each(Object.keys(VARIANTS) as Variant[])('equals the join: %s', async (variant) => {
    const { session, db } = await variantProject(variant);
    sessions.push(session);
    const { base, toStore } = customerBase(db);
    const { ids, monetary, frequency, lastDay } = base;
    const join = readBaseByJoin(db);
    expect({ ids, monetary, frequency, lastDay }).toEqual({
      ids: join.ids,
      monetary: join.monetary,
      frequency: join.frequency,
      lastDay: join.lastDay,
    });
    expect(base.rowOf).toEqual(join.rowOf);
    expect(Array.from(base.rowOf).filter((row) => row >= 0)).toEqual(Array.from(ids, (_, i) => i));
    expect(toStore.map((c) => c.name)).toEqual(['base/ids', 'base/monetary', 'base/frequency', 'base/last_day']);
  });

  it('reads the imported project exactly', async () => {
    const { session, db } = await variantProject('ids with a gap, a metrics row without its customer');
    sessions.push(session);
    const { base } = customerBase(db);
    expect(Array.from(base.ids)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 40]);
    expect(Array.from(base.monetary)).toEqual([13.5, 75, 12, 0, 160, 0, 0, 25, 3.5, -5, 0]);
    expect(Array.from(base.frequency)).toEqual([2, 2, 1, 0, 1, 0, 0, 1, 1, 0, 0]);
    expect(base.rowOf[40]).toBe(10);
    expect(base.rowOf[39]).toBe(-1);
    expect(base.lastDay[10]).toBeNaN();
  });
});
