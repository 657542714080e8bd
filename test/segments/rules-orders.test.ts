/**
 * Orders conditions and segment references on the hand-made project (test/fixtures/segments).
 * Order lines (amount): k01 O1 Mug 10 + Tea 3.5 (2024-01-10, web), O2 Boots 80 (03-01, store),
 * R1 Boots -80 (03-05); k02 O3 Sneakers 60 (2023-11-20, web), O4 Mug 15 (02-25, no channel);
 * k03 O5 Tea 7 (03-08) + Mug 5 (03-09); k04 O6 Sandals 40 - 40 (02-01, whole order 0);
 * k05 O7 Boots 160 (03-09); k08 O10 Scarf 25 (2023-06-01); k09 O8 Tea 3.5 (01-05); k10 O9 Mug -5 (03-02).
 * As of 2024-03-10.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compileRule } from '../../electron/core/segments/compile.js';
import type { Session } from '../../electron/core/session.js';
import type { Rule } from '../../shared/model/rules.js';
import { membersOf, thrown } from './members.js';
import { insertSegment, smallProject } from './project.js';

let session: Session;
let members: (rule: Rule) => string[];

beforeAll(async () => {
  session = await smallProject();
  members = membersOf(session);
});

const ALL = ['k01', 'k02', 'k03', 'k04', 'k05', 'k06', 'k07', 'k08', 'k09', 'k10'];
type Case = [string, Rule, string[]];
const shoes: Rule = { field: 'category', op: 'in', value: ['Shoes'] };

describe('orders conditions', () => {
  const cases: Case[] = [
    [
      'count >= 2: orders with a positive whole amount',
      { orders: {}, measure: 'count', op: '>=', value: 2 },
      ['k01', 'k02'],
    ],
    [
      'count = 0 includes customers without orders',
      { orders: {}, measure: 'count', op: '=', value: 0 },
      ['k04', 'k06', 'k07', 'k10'],
    ],
    ['count with where', { orders: { where: shoes }, measure: 'count', op: '>=', value: 1 }, ['k01', 'k02', 'k05']],
    [
      'count with where and window (lines of the last 10 days)',
      { orders: { where: shoes, within_last_days: 10 }, measure: 'count', op: '>=', value: 1 },
      ['k01', 'k05'],
    ],
    [
      'count = 1: one matching line is enough for an order to count',
      { orders: { where: { field: 'category', op: 'in', value: ['Kitchen'] } }, measure: 'count', op: '=', value: 1 },
      ['k01', 'k02', 'k03'],
    ],
    [
      'sum_amount nets returns',
      {
        orders: { where: { field: 'product', op: 'contains', value: 'BOOTS' } },
        measure: 'sum_amount',
        op: '>',
        value: 0,
      },
      ['k05'],
    ],
    [
      'sum_amount = 0 includes customers without matching lines',
      { orders: { where: shoes }, measure: 'sum_amount', op: '=', value: 0 },
      ['k01', 'k03', 'k04', 'k06', 'k07', 'k08', 'k09', 'k10'],
    ],
    ['sum_amount < 0', { orders: {}, measure: 'sum_amount', op: '<', value: 0 }, ['k10']],
    ['sum_amount = 13.5 (all lines)', { orders: {}, measure: 'sum_amount', op: '=', value: 13.5 }, ['k01']],
    [
      'sum_amount with a window',
      { orders: { within_last_days: 30 }, measure: 'sum_amount', op: '>=', value: 100 },
      ['k05'],
    ],
    [
      'where on an empty order field',
      { orders: { where: { field: 'channel', op: 'is_empty' } }, measure: 'count', op: '>=', value: 1 },
      ['k02'],
    ],
    [
      'where not in: an empty channel counts as not web',
      {
        orders: { where: { not: { field: 'channel', op: 'in', value: ['web'] } } },
        measure: 'count',
        op: '>=',
        value: 1,
      },
      ['k01', 'k02', 'k08', 'k09'],
    ],
    [
      'where not_in: an empty channel does not',
      { orders: { where: { field: 'channel', op: 'not_in', value: ['web'] } }, measure: 'count', op: '>=', value: 1 },
      ['k01', 'k08', 'k09'],
    ],
    [
      'where on the line date, not the order date',
      {
        orders: { where: { field: 'order_date', op: 'within_last_days', value: 1 } },
        measure: 'count',
        op: '>=',
        value: 1,
      },
      ['k03', 'k05'],
    ],
    [
      'where between dates',
      {
        orders: { where: { field: 'order_date', op: 'between', value: ['2024-03-08', '2024-03-09'] } },
        measure: 'count',
        op: '>=',
        value: 1,
      },
      ['k03', 'k05'],
    ],
    [
      'where on the line amount',
      { orders: { where: { field: 'amount', op: '>', value: 50 } }, measure: 'count', op: '>=', value: 1 },
      ['k01', 'k02', 'k05'],
    ],
    [
      'a window of 0 days keeps no line (as-of is after every order)',
      { orders: { within_last_days: 0 }, measure: 'count', op: '>=', value: 1 },
      [],
    ],
    ['and count = 0 is then everyone', { orders: { within_last_days: 0 }, measure: 'count', op: '=', value: 0 }, ALL],
    [
      'where {and: []} keeps every line',
      { orders: { where: { and: [] } }, measure: 'count', op: '>=', value: 2 },
      ['k01', 'k02'],
    ],
    ['where {or: []} keeps none', { orders: { where: { or: [] } }, measure: 'count', op: '<', value: 1 }, ALL],
    [
      'not of an orders condition',
      { not: { orders: { where: shoes }, measure: 'count', op: '>=', value: 1 } },
      ['k03', 'k04', 'k06', 'k07', 'k08', 'k09', 'k10'],
    ],
  ];
  it.each(cases)('%s', (_name, rule, expected) => expect(members(rule)).toEqual(expected));
});

describe('segment references', () => {
  let welsh: number;
  let welshBuyers: number;

  beforeAll(() => {
    welsh = insertSegment(session, 'Welsh', { field: 'country', op: 'in', value: ['Wales'] });
    welshBuyers = insertSegment(session, 'Welsh buyers', {
      and: [{ segment: welsh }, { field: 'frequency', op: '>=', value: 1 }],
    });
  });

  it('selects the members of a saved segment', () => {
    expect(members({ segment: welsh })).toEqual(['k01', 'k07']);
    expect(members({ not: { segment: welsh } })).toEqual(['k02', 'k03', 'k04', 'k05', 'k06', 'k08', 'k09', 'k10']);
  });

  it('follows references through saved segments', () => {
    expect(members({ segment: welshBuyers })).toEqual(['k01']);
    expect(members({ or: [{ segment: welshBuyers }, { field: 'age', op: '>', value: 60 }] })).toEqual(['k01', 'k06']);
  });

  it('names a cycle by segment names', () => {
    const c = insertSegment(session, 'C', { and: [] });
    const d = insertSegment(session, 'D', { and: [{ segment: c }] });
    session
      .requireProject()
      .db.prepare('UPDATE segments SET rule = ? WHERE id = ?')
      .run(JSON.stringify({ segment: d }), c);
    expect(thrown(() => members({ and: [{ segment: c }] }))).toEqual({
      code: 'INVALID_PARAMS',
      message: 'Segment references form a cycle: C → D → C.',
      details: { path: '0', segment: c, cycle: [c, d, c] },
    });
  });

  it('names a segment that refers to itself', () => {
    const e = insertSegment(session, 'E', { and: [] });
    session
      .requireProject()
      .db.prepare('UPDATE segments SET rule = ? WHERE id = ?')
      .run(JSON.stringify({ segment: e }), e);
    expect(thrown(() => members({ segment: e })).message).toBe('Segment references form a cycle: E → E.');
  });

  it('sees a cycle through the segment being edited', () => {
    const db = session.requireProject().db;
    const owner = { segmentId: welsh, segmentName: 'Welsh (edited)' };
    expect(thrown(() => compileRule(db, { segment: welshBuyers }, owner)).message).toBe(
      'Segment references form a cycle: Welsh (edited) → Welsh buyers → Welsh (edited).',
    );
  });

  it('refuses an unknown segment', () => {
    expect(thrown(() => members({ or: [{ segment: 999 }] }))).toEqual({
      code: 'NOT_FOUND',
      message: 'The rule refers to segment 999, which does not exist (any more).',
      details: { path: '0', segment: 999 },
    });
  });

  it('says which saved segment has a broken rule', () => {
    const broken = insertSegment(session, 'Old', { field: 'loyalty', op: 'is_empty' });
    expect(thrown(() => members({ segment: broken }))).toEqual({
      code: 'INVALID_PARAMS',
      message:
        'In segment "Old": Unknown field "loyalty". Use customer_id, a metric (recency_days, frequency, monetary, aov, tenure_days, first_order, last_order) or a customer attribute.',
      details: { path: '', field: 'loyalty' },
    });
  });
});
