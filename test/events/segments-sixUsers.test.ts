/**
 * Events, journey-stage and seasonal segments on hand-made fixtures, counted by hand (see
 * test/fixtures/events/README.md): the SQL compiler and the reference evaluator both give them.
 * six-users.csv, as of 2024-04-01 (the day after the last event):
 *   u1 sessions s1 (view, cart, purchase 2024-03-20 Wed 10:00) and s2 (view 03-25 Mon) -> buyer
 *   u2 s3 (view, cart 03-28 Thu 21:00), no purchase                 -> carted, cart abandoner
 *   u3 s4 (cart 01-10 Wed 08:00), more than 30 days ago             -> carted, not an abandoner
 *   u4 s5 (purchase 02-10 Sat 14:00), s6 (purchase 03-31 Sun 12:00) -> repeat buyer
 *   u5 s7 (5 views 03-15 Fri 11:00)                                 -> engaged
 *   u6 s8 (view 03-30 Sat 23:30)                                    -> visitor
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/projectFile.js';
import { memberIds } from '../../electron/core/segments/count.js';
import { evaluateRule } from '../../electron/core/segments/evaluate.js';
import { loadProjectData } from '../../electron/core/segments/projectData.js';
import type { Rule } from '../../shared/model/rules.js';
import { fixture, importFile } from '../support/session.js';
import { emptyProject, importEvents } from './support.js';

function keysOf(db: Db, rule: Rule): string[] {
  const ids = memberIds(db, rule);
  expect(ids).toEqual([...evaluateRule(loadProjectData(db), rule)].sort((a, b) => a - b));
  const key = db.prepare('SELECT customer_key FROM customers WHERE id = ?').pluck();
  return ids.map((id) => key.get(id) as string).sort();
}

const carts = (days?: number): Rule => ({
  events: { where: { field: 'event_type', op: 'in', value: ['cart'] }, within_last_days: days },
  measure: 'count',
  op: '>=',
  value: 1,
});
const onEvents = (where: Rule): Rule => ({ events: { where }, measure: 'count', op: '>=', value: 1 });
const onOrders = (where: Rule): Rule => ({ orders: { where }, measure: 'count', op: '>=', value: 1 });

describe('six users with known sessions', () => {
  let db: Db;
  beforeAll(async () => {
    db = emptyProject().db;
    await importEvents(db, fixture('events/six-users.csv'));
  });

  it('cart abandoners (a cart in a session without a purchase, last 30 days): u2', () => {
    expect(keysOf(db, { field: 'cart_abandoner', op: 'is_true' })).toEqual(['u2']);
  });

  it('journey stages', () => {
    const stage = (s: string) => keysOf(db, { field: 'journey_stage', op: 'in', value: [s] });
    expect(stage('visitor')).toEqual(['u6']);
    expect(stage('engaged')).toEqual(['u5']);
    expect(stage('carted')).toEqual(['u2', 'u3']);
    expect(stage('buyer')).toEqual(['u1']);
    expect(stage('repeat buyer')).toEqual(['u4']);
  });

  it('events conditions: count in a window, sessions, distinct days', () => {
    expect(keysOf(db, carts(30))).toEqual(['u1', 'u2']);
    expect(keysOf(db, carts())).toEqual(['u1', 'u2', 'u3']);
    expect(keysOf(db, { events: {}, measure: 'sessions', op: '>=', value: 2 })).toEqual(['u1', 'u4']);
    expect(keysOf(db, { events: {}, measure: 'distinct_days', op: '>=', value: 2 })).toEqual(['u1', 'u4']);
    expect(keysOf(db, { events: {}, measure: 'count', op: '=', value: 5 })).toEqual(['u5']);
    // Nobody has 0 events: "fewer than 1 event" matches no one (u1..u6 all have events).
    expect(keysOf(db, { events: {}, measure: 'count', op: '<', value: 1 })).toEqual([]);
  });

  it('browsing history: viewed shoes, never bought them', () => {
    const rule: Rule = {
      and: [
        onEvents({
          and: [
            { field: 'event_type', op: 'in', value: ['view'] },
            { field: 'category', op: 'starts_with', value: 'shoes' },
          ],
        }),
        {
          not: onEvents({
            and: [
              { field: 'event_type', op: 'in', value: ['purchase'] },
              { field: 'category', op: 'starts_with', value: 'shoes' },
            ],
          }),
        },
      ],
    };
    expect(keysOf(db, rule)).toEqual(['u6']);
  });

  it('seasonal operators on event times: ISO weekdays (6 Saturday, 7 Sunday, 1 Monday), hours, months', () => {
    expect(keysOf(db, onEvents({ field: 'event_time', op: 'weekday_in', value: [6, 7] }))).toEqual(['u4', 'u6']);
    expect(keysOf(db, onEvents({ field: 'event_time', op: 'weekday_in', value: [1] }))).toEqual(['u1']);
    expect(keysOf(db, onEvents({ field: 'event_time', op: 'weekday_in', value: [5] }))).toEqual(['u5']);
    expect(keysOf(db, onEvents({ field: 'event_time', op: 'hour_between', value: [21, 23] }))).toEqual(['u2', 'u6']);
    // From > to wraps past midnight: 22:00 to 02:59.
    expect(keysOf(db, onEvents({ field: 'event_time', op: 'hour_between', value: [22, 2] }))).toEqual(['u6']);
    expect(keysOf(db, onEvents({ field: 'event_time', op: 'month_in', value: [1, 2] }))).toEqual(['u3', 'u4']);
  });

  it('the derived fields', () => {
    expect(keysOf(db, { field: 'sessions', op: '=', value: 2 })).toEqual(['u1', 'u4']);
    expect(keysOf(db, { field: 'last_seen', op: 'after', value: '2024-03-29' })).toEqual(['u4', 'u6']);
    // REES46 files name no device or source.
    expect(keysOf(db, { field: 'main_device', op: 'is_empty' })).toEqual(['u1', 'u2', 'u3', 'u4', 'u5', 'u6']);
  });
});

describe('seasonal conditions over order dates', () => {
  let db: Db;
  beforeAll(async () => {
    const project = emptyProject();
    db = project.db;
    await importFile(project.session, fixture('events/orders-seasons.csv'));
  });

  it('Christmas buyers (ordered in November or December): u1, u2', () => {
    expect(keysOf(db, onOrders({ field: 'order_date', op: 'month_in', value: [11, 12] }))).toEqual(['u1', 'u2']);
  });

  it('weekend orders (Saturday 6, Sunday 7): u1, u2, u3; Monday: u4; Friday: u1', () => {
    expect(keysOf(db, onOrders({ field: 'order_date', op: 'weekday_in', value: [6, 7] }))).toEqual(['u1', 'u2', 'u3']);
    expect(keysOf(db, onOrders({ field: 'order_date', op: 'weekday_in', value: [1] }))).toEqual(['u4']);
    expect(keysOf(db, onOrders({ field: 'order_date', op: 'weekday_in', value: [5] }))).toEqual(['u1']);
  });

  it('hours 9 to 12 inclusive: u1, u2, u4', () => {
    expect(keysOf(db, onOrders({ field: 'order_date', op: 'hour_between', value: [9, 12] }))).toEqual([
      'u1',
      'u2',
      'u4',
    ]);
  });

  it('refuses seasonal operators on customer dates and out-of-range values', () => {
    expect(() => memberIds(db, { field: 'first_order', op: 'month_in', value: [12] })).toThrow(
      'The operator "month_in" applies to order_date inside an orders condition and to event_time inside an events condition, not to "first_order".',
    );
    expect(() => memberIds(db, onOrders({ field: 'order_date', op: 'weekday_in', value: [0] }))).toThrow(
      '"order_date" weekday_in needs a list of weekdays, 1 (Monday) to 7 (Sunday).',
    );
  });
});
