/**
 * The events and seasonal templates count exactly what the reference evaluator counts, and the
 * hand-worked figures.
 * Own fixture: six-users.csv (see segments-sixUsers.test.ts) with orders-six-users.csv, as of
 * 2024-04-01: orders of u1 (Sat 2023-12-02), u3 (Mon 2023-12-25), u7 (Wed 2023-11-15, Sun 2024-02-04).
 * Stages then: u6 visitor, u5 engaged, u2 carted, u1 and u3 buyers (one order each; u1's purchase
 * event is on the same one day), u4 (2 purchase days) and u7 (2 orders) repeat buyers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/projectFile.js';
import { memberIds } from '../../electron/core/segments/count.js';
import { evaluateRule } from '../../electron/core/segments/evaluate.js';
import { loadProjectData } from '../../electron/core/segments/projectData.js';
import { segmentTemplates } from '../../electron/core/segments/templates.js';
import type { SegmentTemplate } from '../../shared/api.js';
import { fixture, importFile } from '../support/session.js';
import { emptyProject, importEvents } from './support.js';

const EVENTS_IDS = [
  'abandoned-cart',
  'visitor-level',
  'browsing-history',
  'christmas-buyers',
  'weekend-shoppers',
  'journey-visitor',
  'journey-engaged',
  'journey-carted',
  'journey-buyer',
  'journey-repeat-buyer',
];

/** The customer keys of a template's segment, checked against the reference evaluator. */
function membersOf(db: Db, templates: SegmentTemplate[], id: string): string[] {
  const template = templates.find((t) => t.id === id);
  if (!template?.enabled) throw new Error(`${id} is not offered`);
  const ids = memberIds(db, template.rule);
  expect(ids).toEqual([...evaluateRule(loadProjectData(db), template.rule)].sort((a, b) => a - b));
  const key = db.prepare('SELECT customer_key FROM customers WHERE id = ?').pluck();
  return ids.map((i) => key.get(i) as string).sort();
}

describe('events templates on six users with orders', () => {
  let db: Db;
  let templates: SegmentTemplate[];
  beforeAll(async () => {
    const project = emptyProject();
    db = project.db;
    await importFile(project.session, fixture('events/orders-six-users.csv'), { kind: 'orders', dateOrder: 'ymd' });
    await importEvents(db, fixture('events/six-users.csv'));
    templates = segmentTemplates(db);
  });

  it('offers every events and seasonal template', () => {
    expect(templates.filter((t) => EVENTS_IDS.includes(t.id)).map((t) => [t.id, t.enabled])).toEqual(
      EVENTS_IDS.map((id) => [id, true]),
    );
  });

  it('counts the hand-worked members', () => {
    const members = (id: string) => membersOf(db, templates, id);
    expect(members('abandoned-cart')).toEqual(['u2']);
    expect(members('visitor-level')).toEqual(['u5', 'u6']);
    expect(members('journey-visitor')).toEqual(['u6']);
    expect(members('journey-engaged')).toEqual(['u5']);
    expect(members('journey-carted')).toEqual(['u2']);
    expect(members('journey-buyer')).toEqual(['u1', 'u3']);
    expect(members('journey-repeat-buyer')).toEqual(['u4', 'u7']);
    // Sandals were viewed by u1 and u6 (boots by u1 only): u1 bought boots, not sandals.
    expect(templates.find((t) => t.id === 'browsing-history')?.name).toBe('Viewed shoes.sandals, never bought it');
    expect(members('browsing-history')).toEqual(['u1', 'u6']);
    expect(members('christmas-buyers')).toEqual(['u1', 'u3', 'u7']);
    expect(members('weekend-shoppers')).toEqual(['u1', 'u7']);
  });

  it('without a device or source in the events or the files, device and traffic source say what they need', () => {
    const reasons = templates.filter((t) => t.id === 'device' || t.id === 'traffic-source').map((t) => t.reason);
    expect(reasons).toEqual([
      'Needs a field named device, device_type or platform (any capitalisation).',
      'Needs a field named traffic_source, source or channel (any capitalisation).',
    ]);
  });
});

describe('events templates on GA4 events with devices and sources', () => {
  it('take the commonest main device and first-touch source (a 1:1 tie: the first in sort order)', async () => {
    const { db } = emptyProject();
    await importEvents(db, fixture('events/ga4-export.csv'));
    const templates = segmentTemplates(db);
    const pick = (id: string) => templates.find((t) => t.id === id);
    expect([pick('device')?.name, pick('traffic-source')?.name]).toEqual(['Device: desktop', 'Traffic source: google']);
    expect(pick('device')?.rule).toEqual({ and: [{ field: 'main_device', op: 'in', value: ['desktop'] }] });
    expect(membersOf(db, templates, 'device')).toEqual(['u-77']);
    expect(membersOf(db, templates, 'traffic-source')).toEqual(['1197596843.1709647331']);
    // No orders: the seasonal templates are not offered.
    expect(templates.some((t) => t.id === 'christmas-buyers' || t.id === 'weekend-shoppers')).toBe(false);
  });
});

describe('events templates on the REES46 sample (1,000 events of 330 users, 2019-10-01)', () => {
  let db: Db;
  let templates: SegmentTemplate[];
  beforeAll(async () => {
    db = emptyProject().db;
    await importEvents(db, '/work/shared/data/events/2019-Oct-sample.csv');
    templates = segmentTemplates(db);
  });

  it('offers the events templates and leaves out the seasonal ones (no orders)', () => {
    expect(templates.filter((t) => EVENTS_IDS.includes(t.id)).map((t) => t.id)).toEqual(
      EVENTS_IDS.filter((id) => id !== 'christmas-buyers' && id !== 'weekend-shoppers'),
    );
  });

  it('counts as the evaluator and the hand-checked figures', () => {
    const count = (id: string) => membersOf(db, templates, id).length;
    expect(count('abandoned-cart')).toBe(1);
    // Stages 243 visitors, 77 engaged, 1 carted, 9 buyers, 0 repeat buyers.
    expect(count('visitor-level')).toBe(320);
    expect(['visitor', 'engaged', 'carted', 'buyer', 'repeat-buyer'].map((s) => count(`journey-${s}`))).toEqual([
      243, 77, 1, 9, 0,
    ]);
    // Smartphones: viewed by 101 users, 4 of whom bought one (counted from the CSV).
    expect(templates.find((t) => t.id === 'browsing-history')?.name).toBe(
      'Viewed electronics.smartphone, never bought it',
    );
    expect(count('browsing-history')).toBe(97);
  });
});
