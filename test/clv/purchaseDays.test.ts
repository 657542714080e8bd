/**
 * The purchase-day summary (issue 9 §2) on test/fixtures/clv/orders.csv, worked out by hand with
 * E = 2024-02-29 (day 19782) and weeks:
 * a: purchase days 01-01 (10 + 5), 01-15 (20), 02-12 (30 - 10); 02-05 holds only a return, so it is
 *    no purchase day. x = 2, t_x = 42/7 = 6, T = 59/7, m = (20 + 20)/2 = 20; 03-10 is in the holdout.
 * b: one purchase day 01-08: x = 0, t_x = 0, T = 52/7, m none.
 * c: first purchase 03-05, after E: left out and counted.
 * d: only a return: no purchase day at all, neither fitted nor counted.
 * e: 01-02 has amount 0 (no purchase day); 01-09 (12), 01-23 (8): x = 1, t_x = 2, T = 51/7, m = 8.
 */
import { describe, expect, it } from 'vitest';
import { readCustomerDays } from '../../electron/core/clv/projectDays.js';
import { summarise } from '../../electron/core/clv/purchaseDays.js';
import { isoToDay } from '../../electron/core/metrics/days.js';
import { clvFixtureProject } from './projects.js';

describe('purchase-day summary', () => {
  it('follows the definitions on the hand-made orders', async () => {
    const session = await clvFixtureProject();
    const db = session.requireProject().db;
    const E = isoToDay('2024-02-29');
    const days = readCustomerDays(db, isoToDay('2024-03-11'));
    const { customers, firstPurchaseAfterEnd } = summarise(days, {
      calibrationEnd: E,
      unitDays: 7,
      holdoutEnd: isoToDay('2024-03-10'),
    });
    expect(customers).toEqual([
      { customerId: 'a', x: 2, tx: 6, T: 59 / 7, m: 20, holdoutPurchases: 1 },
      { customerId: 'b', x: 0, tx: 0, T: 52 / 7, m: null, holdoutPurchases: 0 },
      { customerId: 'e', x: 1, tx: 2, T: 51 / 7, m: 8, holdoutPurchases: 0 },
    ]);
    expect(firstPurchaseAfterEnd).toBe(1);
    session.close();
  });

  it('counts only orders dated before the as-of date', async () => {
    const session = await clvFixtureProject();
    const db = session.requireProject().db;
    const days = readCustomerDays(db, isoToDay('2024-02-12'));
    expect(days.filter((d) => d.customerId === 'a').map((d) => d.total)).toEqual([15, 20, -4]);
    session.close();
  });

  it('in days, the unit is one day', () => {
    const day = isoToDay('2024-01-01');
    const { customers } = summarise(
      [
        { customerId: 'z', day, total: 5, purchase: true },
        { customerId: 'z', day: day + 3, total: 7, purchase: true },
      ],
      { calibrationEnd: day + 10, unitDays: 1, holdoutEnd: day + 10 },
    );
    expect(customers).toEqual([{ customerId: 'z', x: 1, tx: 3, T: 10, m: 7, holdoutPurchases: 0 }]);
  });
});
