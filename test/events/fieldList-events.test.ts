/** The derived event fields in the builder's field list and value picker, once a project has events. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/projectFile.js';
import { listFields } from '../../electron/core/segments/fieldList.js';
import { fieldProfile } from '../../electron/core/segments/profile.js';
import { fixture, importFile } from '../support/session.js';
import { emptyProject, importEvents } from './support.js';

const DERIVED = [
  ['last_seen', 'Last seen', 'date'],
  ['sessions', 'Sessions', 'number'],
  ['main_device', 'Main device', 'category'],
  ['first_touch_source', 'First-touch source', 'category'],
  ['last_touch_source', 'Last-touch source', 'category'],
  ['cart_abandoner', 'Cart abandoner (last 30 days)', 'boolean'],
  ['journey_stage', 'Journey stage', 'category'],
];

const customerFields = (db: Db) =>
  listFields(db)
    .filter((f) => f.source === 'customers')
    .map((f) => [f.key, f.label, f.type]);

describe('derived event fields in the field list', () => {
  it('are absent without events', async () => {
    const project = emptyProject();
    await importFile(project.session, fixture('events/orders-six-users.csv'), { kind: 'orders', dateOrder: 'ymd' });
    expect(customerFields(project.db)).toEqual([]);
  });

  describe('on six users with orders', () => {
    let db: Db;
    beforeAll(async () => {
      const project = emptyProject();
      db = project.db;
      await importFile(project.session, fixture('events/orders-six-users.csv'), { kind: 'orders', dateOrder: 'ymd' });
      await importEvents(db, fixture('events/six-users.csv'));
    });

    it('lists them as customer fields with their labels and types', () => {
      expect(customerFields(db)).toEqual(DERIVED);
    });

    it('gives the value picker the journey stages and the range of last seen', () => {
      const stage = fieldProfile(db, { key: 'journey_stage', source: 'customers' });
      // 7 customers: u1 u3 buyers, u4 u7 repeat buyers, u2 carted, u5 engaged, u6 visitor.
      expect(stage.values).toEqual([
        { value: 'buyer', count: 2 },
        { value: 'repeat buyer', count: 2 },
        { value: 'carted', count: 1 },
        { value: 'engaged', count: 1 },
        { value: 'visitor', count: 1 },
      ]);
      expect([stage.filled, stage.empty]).toEqual([7, 0]);
      const seen = fieldProfile(db, { key: 'last_seen', source: 'customers' });
      // u7 has orders only: no events, no last seen.
      expect([seen.filled, seen.empty, seen.min, seen.max]).toEqual([6, 1, '2024-01-10', '2024-03-31']);
      const sessions = fieldProfile(db, { key: 'sessions', source: 'customers' });
      expect([sessions.min, sessions.max]).toEqual([1, 2]);
    });
  });

  it('gives the devices of GA4 events', async () => {
    const { db } = emptyProject();
    await importEvents(db, fixture('events/ga4-export.csv'));
    expect(fieldProfile(db, { key: 'main_device', source: 'customers' }).values).toEqual([
      { value: 'desktop', count: 1 },
      { value: 'mobile', count: 1 },
    ]);
  });
});
