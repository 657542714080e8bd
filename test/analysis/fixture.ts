/**
 * The hand-made shop of test/fixtures/analysis: 7 customers (a1..a6 in the customers file, b7 only
 * in orders), 10 orders, as-of date 2024-03-10 (the day after the last positive order).
 *
 *   customer  monetary  orders  last order   recency  email/phone  country  age
 *   a1          600       3     2024-03-01      9      email        UK       30
 *   a2           50       1     2024-02-20     19      phone        UK       -
 *   a3          250       2     2024-02-25     14      -            DE       45
 *   a4            0       1     2024-02-01     38      email        DE       52   (80, then a refund of 80)
 *   a5            0       0     -               -      -            FR       -    (never ordered)
 *   a6          100       1     2024-03-09      1      email        UK       28
 *   b7           10       1     2023-12-31     70      (no customers row)
 *   total      1010       9
 *
 * Net revenue per product: Boots 600, Mug 280, Tea 130, Scarf 0 (sold 80, returned 80).
 */
import path from 'node:path';
import { saveSegment } from '../../electron/core/segments/store.js';
import type { Session } from '../../electron/core/session.js';
import type { Rule } from '../../shared/model/rules.js';
import { fixture, importFile, newSession, tempDir } from '../support/session.js';

export const analysisFixture = (name: string) => fixture(path.join('analysis', name));

export async function analysisProject(): Promise<{ session: Session; dir: string }> {
  const dir = tempDir();
  const session = newSession(dir);
  session.create(path.join(dir, 'shop.segwb'));
  await importFile(session, analysisFixture('customers.csv'), { kind: 'customers', dateOrder: 'ymd' });
  await importFile(session, analysisFixture('orders.csv'), { kind: 'orders', dateOrder: 'ymd' });
  return { session, dir };
}

/** The segments most tests compare, with their members in the fixture. */
export const SEGMENTS: Record<string, Rule> = {
  /** a1, a3 */
  Big: { field: 'monetary', op: '>=', value: 200 },
  /** a1, a2, a6 */
  UK: { field: 'country', op: 'in', value: ['UK'] },
  /** a1 (9 days), a3 (14), a6 (1) */
  Recent: { field: 'recency_days', op: '<=', value: 14 },
  /** a3, a4 */
  'Age 40+': { field: 'age', op: '>=', value: 40 },
};

/** Saves SEGMENTS in order; returns their ids by name. */
export function saveFixtureSegments(session: Session): Record<string, number> {
  const db = session.requireProject().db;
  return Object.fromEntries(Object.entries(SEGMENTS).map(([name, rule]) => [name, saveSegment(db, { name, rule }).id]));
}
