import { describe, expect, it } from 'vitest';
import { listSegments, saveSegment } from '../../electron/core/segments/store.js';
import { importFile } from '../support/session.js';
import { fixtureProject, storeFixture } from './store-fixture.js';

describe('segments on new data', () => {
  it('are re-evaluated on read, so a re-import updates their counts', async () => {
    const { session } = await fixtureProject();
    const db = session.requireProject().db;
    saveSegment(db, { name: 'Repeat buyers', rule: { field: 'frequency', op: '>=', value: 2 } });
    saveSegment(db, { name: 'Never ordered', rule: { field: 'frequency', op: '=', value: 0 } });
    expect(listSegments(db).map((s) => [s.name, s.counts.customers, s.counts.revenue])).toEqual([
      ['Repeat buyers', 2, 475], // c1, c3
      ['Never ordered', 2, -30], // c7 (a refund only), c8
    ]);
    // The new orders file replaces the old orders: c1, c2 and c8 ordered once each.
    await importFile(session, storeFixture('orders-later.csv'), { kind: 'orders', dateOrder: 'ymd' }, true);
    expect(listSegments(db).map((s) => [s.name, s.counts.customers, s.counts.revenue])).toEqual([
      ['Repeat buyers', 0, 0],
      ['Never ordered', 5, 0],
    ]);
  });

  it('a segment whose field a re-import dropped lists with zero counts instead of breaking the list', async () => {
    const { session } = await fixtureProject();
    const db = session.requireProject().db;
    saveSegment(db, { name: 'Adults', rule: { field: 'age', op: '>=', value: 18 } });
    db.prepare("DELETE FROM fields WHERE key = 'age'").run();
    expect(listSegments(db).map((s) => [s.name, s.counts])).toEqual([
      ['Adults', { customers: 0, revenue: 0, share_customers: 0, share_revenue: 0 }],
    ]);
  });
});
