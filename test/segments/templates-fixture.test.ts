import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRule } from '../../electron/core/segments/compile.js';
import { countRule } from '../../electron/core/segments/count.js';
import { segmentTemplates } from '../../electron/core/segments/templates.js';
import { importFile, newSession, tempDir } from '../support/session.js';
import { fixtureProject, storeFixture } from './store-fixture.js';

describe('templates on the small shop', () => {
  it('fill in values from the data and disable what the project lacks, with the reason', async () => {
    const db = (await fixtureProject()).session.requireProject().db;
    const templates = segmentTemplates(db);
    const byId = new Map(templates.map((t) => [t.id, t]));
    expect(templates.map((t) => [t.id, t.enabled ? t.rule : t.reason])).toEqual([
      ['age-25-34', { and: [{ field: 'age', op: 'between', value: [25, 34] }] }],
      ['gender', 'Needs a field named gender or sex (any capitalisation).'],
      ['income-band', 'Needs a field named income, annual_income or household_income (any capitalisation).'],
      ['country', { and: [{ field: 'country', op: 'in', value: ['UK'] }] }],
      // Berlin and London have two customers each: the first in sort order wins.
      ['city', { and: [{ field: 'city', op: 'equals', value: 'Berlin' }] }],
      ['lifestyle', 'Needs a field named lifestyle, interests or interest (any capitalisation).'],
      ['one-time-buyers', { and: [{ field: 'frequency', op: '=', value: 1 }] }],
      ['repeat-buyers', { and: [{ field: 'frequency', op: '>=', value: 2 }] }],
      ['lapsed', { and: [{ field: 'recency_days', op: '>', value: 180 }] }],
      ['frequent-buyers', { and: [{ field: 'frequency', op: '>=', value: 5 }] }],
      [
        'christmas-buyers',
        {
          and: [
            {
              orders: { where: { field: 'order_date', op: 'month_in', value: [11, 12] } },
              measure: 'count',
              op: '>=',
              value: 1,
            },
          ],
        },
      ],
      [
        'weekend-shoppers',
        {
          and: [
            {
              orders: { where: { field: 'order_date', op: 'weekday_in', value: [6, 7] } },
              measure: 'count',
              op: '>=',
              value: 1,
            },
          ],
        },
      ],
      // Buyers' monetary 5, 20, 40, 80, 150, 325: the 80th percentile (nearest rank 5 of 6) is 150.
      ['top-20-revenue', { and: [{ field: 'monetary', op: '>=', value: 150 }] }],
      // Average orders 5, 20, 40, 75, 80, 108.33: the 75th percentile (rank 5 of 6) is 80.
      ['high-aov', { and: [{ field: 'aov', op: '>=', value: 80 }] }],
      [
        'high-value-at-risk',
        'Needs a kept lifetime-value fit: open Predict, fit the models and choose "Keep this fit".',
      ],
      ['needs-based-group', 'Needs a saved clustering: open Discover, find the groups and choose "Save the grouping".'],
      ['never-ordered', { and: [{ field: 'frequency', op: '=', value: 0 }] }],
      ['device', 'Needs a field named device, device_type or platform (any capitalisation).'],
      ['traffic-source', 'Needs a field named traffic_source, source or channel (any capitalisation).'],
      ['low-satisfaction', 'Needs a field named satisfaction, satisfaction_score or csat (any capitalisation).'],
      ['industry', 'Needs a field named industry or sector (any capitalisation).'],
      ['company-size', 'Needs a field named company_size, employees or headcount (any capitalisation).'],
    ]);
    expect(byId.get('country')?.name).toBe('Country: UK');
    expect(byId.get('top-20-revenue')?.name).toBe('Top 20% by revenue (monetary ≥ 150)');
    const counts = (id: string) => countRule(db, byId.get(id)?.rule ?? { or: [] }).customers;
    expect([counts('top-20-revenue'), counts('never-ordered'), counts('lapsed'), counts('age-25-34')]).toEqual([
      2, // c1, c3
      2, // c7 (a refund only), c8
      1, // c4, last order 304 days before the as-of date
      3, // c1 29, c3 33, c5 25
    ]);
    for (const t of templates.filter((x) => x.enabled)) expect(() => checkRule(db, t.rule)).not.toThrow();
  });

  it('without a customers file: no "never ordered"; a country of the orders becomes an orders condition', async () => {
    const dir = tempDir();
    const session = newSession(dir);
    session.create(path.join(dir, 'orders-only.segwb'));
    const file = path.join(dir, 'orders.csv');
    fs.writeFileSync(
      file,
      'order_id,customer_id,order_date,amount,country\no1,a,2024-01-01,10,NL\no2,b,2024-01-02,20,NL\no3,c,2024-01-03,5,BE\n',
    );
    await importFile(session, file, { kind: 'orders', dateOrder: 'ymd' });
    const db = session.requireProject().db;
    const byId = new Map(segmentTemplates(db).map((t) => [t.id, t]));
    expect(byId.get('never-ordered')).toMatchObject({
      enabled: false,
      reason: 'Needs a customers file: customers who never ordered appear only in a customer list.',
    });
    expect(byId.get('age-25-34')).toMatchObject({
      enabled: false,
      reason: 'Needs a field named age or customer_age (any capitalisation).',
    });
    const country = byId.get('country');
    expect(country).toMatchObject({ enabled: true, name: 'Country: NL' });
    expect(country?.rule).toEqual({
      // Three rows are too few to call country a category: it is text, compared with equals.
      and: [
        { orders: { where: { field: 'country', op: 'equals', value: 'NL' } }, measure: 'count', op: '>=', value: 1 },
      ],
    });
    expect(countRule(db, country?.rule ?? { or: [] }).customers).toBe(2);
  });

  it('without an orders file: behaviour and value templates need one', async () => {
    const dir = tempDir();
    const session = newSession(dir);
    session.create(path.join(dir, 'customers-only.segwb'));
    await importFile(session, storeFixture('customers.csv'), { kind: 'customers', dateOrder: 'ymd' });
    const templates = segmentTemplates(session.requireProject().db);
    const needOrders = templates.filter((t) => !t.enabled && t.reason?.startsWith('Needs an orders file'));
    expect(needOrders.map((t) => t.id)).toEqual([
      'one-time-buyers',
      'repeat-buyers',
      'lapsed',
      'frequent-buyers',
      'top-20-revenue',
      'high-aov',
    ]);
    expect(templates.find((t) => t.id === 'never-ordered')?.enabled).toBe(true);
  });
});
