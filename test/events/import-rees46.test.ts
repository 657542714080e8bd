/**
 * The REES46 sample (../shared/data/events): 1,000 events of 330 users on 2019-10-01 (987 view,
 * 3 cart, 10 purchase), counted independently with Python's csv module and cut | sort -u.
 * (SOURCES.md says 331 users; the file holds 330 distinct user_id values.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/projectFile.js';
import type { EventsImportResult } from '../../electron/core/import/events/importEvents.js';
import { readAsOf } from '../../electron/core/metrics/asOf.js';
import { memberIds } from '../../electron/core/segments/count.js';
import { evaluateRule } from '../../electron/core/segments/evaluate.js';
import { loadProjectData } from '../../electron/core/segments/projectData.js';
import type { Rule } from '../../shared/model/rules.js';
import { sharedData } from '../support/session.js';
import { emptyProject, fileFacts, importEvents } from './support.js';

describe('importing the REES46 sample', () => {
  let db: Db;
  let result: EventsImportResult;
  beforeAll(async () => {
    db = emptyProject().db;
    result = await importEvents(db, sharedData('events/2019-Oct-sample.csv'));
  });

  it('recognises the layout and imports every row', () => {
    expect(result).toEqual({
      layout: 'rees46',
      rows_read: 1000,
      rows_imported: 1000,
      rows_rejected: 0,
      rejected_by_reason: {},
      rejects: [],
      customers_added: 330,
      ...fileFacts(sharedData('events/2019-Oct-sample.csv')),
    });
  });

  it('counts the event types and users exactly', () => {
    const types = db.prepare('SELECT type, COUNT(*) AS n FROM events GROUP BY type ORDER BY type').all();
    expect(types).toEqual([
      { type: 'cart', n: 3 },
      { type: 'purchase', n: 10 },
      { type: 'view', n: 987 },
    ]);
    expect(db.prepare('SELECT COUNT(DISTINCT customer) FROM events').pluck().get()).toBe(330);
    expect(db.prepare('SELECT COUNT(*) FROM customers').pluck().get()).toBe(330);
    expect(db.prepare('SELECT COUNT(DISTINCT customer || session) FROM events').pluck().get()).toBe(372);
  });

  it('maps the columns: time as written (UTC), product, category code, price, session', () => {
    const first = db
      .prepare(
        'SELECT c.customer_key, e.ts, e.type, e.type_original, e.product, e.category, e.price, e.session FROM events e JOIN customers c ON c.id = e.customer ORDER BY e.id LIMIT 2',
      )
      .all();
    expect(first).toEqual([
      {
        customer_key: '541312140',
        ts: Date.UTC(2019, 9, 1) / 1000,
        type: 'view',
        type_original: 'view',
        product: '44600062',
        // An empty category_code: the category id stands in.
        category: '2103807459595387724',
        price: 35.79,
        session: '72d76fde-8bb3-4e00-8c23-a032dfed738c',
      },
      {
        customer_key: '554748717',
        ts: Date.UTC(2019, 9, 1) / 1000,
        type: 'view',
        type_original: 'view',
        product: '3900821',
        category: 'appliances.environment.water_heater',
        price: 33.2,
        session: '9333dfbd-b87a-4708-9857-6336556b0fcc',
      },
    ]);
  });

  it('sets the default as-of date to the day after the last event', () => {
    expect(readAsOf(db)).toEqual({ day: Date.UTC(2019, 9, 2) / 86_400_000, isSet: false });
  });

  it('builds the event profiles: 372 sessions, 34 returning users, 3 carted, 1 cart abandoner', () => {
    const totals = db
      .prepare(
        'SELECT COUNT(*) AS customers, SUM(sessions) AS sessions, SUM(sessions >= 2) AS returners, SUM(carted) AS carted, SUM(cart_abandoner) AS abandoners, SUM(purchase_days) AS buyers FROM event_profiles',
      )
      .get();
    expect(totals).toEqual({ customers: 330, sessions: 372, returners: 34, carted: 3, abandoners: 1, buyers: 9 });
    const abandoner = db
      .prepare(
        'SELECT c.customer_key FROM event_profiles p JOIN customers c ON c.id = p.customer WHERE p.cart_abandoner = 1',
      )
      .pluck()
      .all();
    expect(abandoner).toEqual(['550121407']);
  });

  it('abandoned-cart and journey-stage segments: the compiler counts what the reference evaluator counts', () => {
    const data = loadProjectData(db);
    const count = (rule: Rule) => {
      const ids = memberIds(db, rule);
      expect(ids).toEqual([...evaluateRule(data, rule)].sort((a, b) => a - b));
      return ids.length;
    };
    expect(count({ field: 'cart_abandoner', op: 'is_true' })).toBe(1);
    const stages = ['visitor', 'engaged', 'carted', 'buyer', 'repeat buyer'].map((s) =>
      count({ field: 'journey_stage', op: 'in', value: [s] }),
    );
    // Counted with Python: 9 buyers (10 purchases, all on one day), 1 carted without buying,
    // 77 with 2+ sessions or 5+ events, the other 243 visitors.
    expect(stages).toEqual([243, 77, 1, 9, 0]);
    const weekdayOne: Rule = {
      events: { where: { field: 'event_time', op: 'weekday_in', value: [2] } },
      measure: 'count',
      op: '>=',
      value: 1,
    };
    // 2019-10-01 was a Tuesday (ISO 2): every user.
    expect(count(weekdayOne)).toBe(330);
  });
});
