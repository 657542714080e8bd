import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/projectFile.js';
import {
  duplicateSegment,
  getSegment,
  listSegments,
  saveSegment,
  storedSegments,
} from '../../electron/core/segments/store.js';
import type { Rule } from '../../shared/model/rules.js';
import { fixtureProject } from './store-fixture.js';

const UK: Rule = { field: 'country', op: 'in', value: ['UK'] };
const BUYERS: Rule = { field: 'frequency', op: '>=', value: 1 };
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

let db: Db;
beforeEach(async () => {
  db = (await fixtureProject()).session.requireProject().db;
});

describe('saving segments', () => {
  it('creates a segment and lists it with counts computed from the data', () => {
    const saved = saveSegment(db, { name: '  UK customers ', color: '#ff0000', rule: UK });
    expect(saved).toEqual({
      id: 1,
      name: 'UK customers',
      color: '#ff0000',
      description: null,
      strategy: null,
      plan: null,
      rule: UK,
      createdAt: expect.stringMatching(ISO),
      updatedAt: saved.createdAt,
      // c1, c2, c6, c8: 150 + 20 + 40 + 0 of 590 (c7's refund makes the total smaller).
      counts: { customers: 4, revenue: 210, share_customers: 0.5, share_revenue: 0.355932 },
    });
    saveSegment(db, { name: 'Buyers', rule: BUYERS });
    expect(listSegments(db).map((s) => [s.id, s.name, s.counts])).toEqual([
      [1, 'UK customers', { customers: 4, revenue: 210, share_customers: 0.5, share_revenue: 0.355932 }],
      [2, 'Buyers', { customers: 6, revenue: 620, share_customers: 0.75, share_revenue: 1 }],
    ]);
  });

  it('updates by id: rename, rule, colour and notes; undefined keeps a note, null clears it', () => {
    const { id } = saveSegment(db, { name: 'UK', description: 'from the UK', strategy: 'newsletter', rule: UK });
    const updated = saveSegment(db, { name: 'Buyers', color: '#00aa00', strategy: null, rule: BUYERS }, id);
    expect(updated).toMatchObject({
      id,
      name: 'Buyers',
      color: '#00aa00',
      description: 'from the UK',
      strategy: null,
      rule: BUYERS,
      counts: { customers: 6 },
    });
    expect(storedSegments(db)).toHaveLength(1);
  });

  it('refuses a name that is taken, whatever its capitals, but lets a segment keep its own name', () => {
    const { id } = saveSegment(db, { name: 'VIP', rule: UK });
    expect(() => saveSegment(db, { name: 'vip', rule: BUYERS })).toThrow(
      'A segment named "VIP" already exists. Choose another name.',
    );
    expect(() => saveSegment(db, { name: 'Ümlaut', rule: UK })).not.toThrow();
    expect(() => saveSegment(db, { name: 'ümlaut', rule: UK })).toThrow('A segment named "Ümlaut" already exists.');
    expect(saveSegment(db, { name: 'vip', rule: BUYERS }, id).name).toBe('vip');
    expect(storedSegments(db).map((s) => s.name)).toEqual(['vip', 'Ümlaut']);
  });

  it.each<[string, Rule, string]>([
    ['an unknown field', { field: 'agee', op: '>', value: 3 }, 'Unknown field "agee"'],
    [
      'an operator that does not fit the field',
      { field: 'age', op: 'contains', value: 'x' },
      'The operator "contains"',
    ],
    ['an unknown segment', { and: [UK, { segment: 99 }] }, 'segment 99, which does not exist'],
    ['an order field outside an orders condition', { field: 'amount', op: '>', value: 3 }, 'is an order field'],
  ])('refuses %s before writing anything', (_label, rule, message) => {
    expect(() => saveSegment(db, { name: 'Bad', rule })).toThrow(message);
    expect(storedSegments(db)).toEqual([]);
  });

  it('refuses an invalid rule on update and keeps the saved one', () => {
    const { id } = saveSegment(db, { name: 'UK', rule: UK });
    expect(() => saveSegment(db, { name: 'UK 2', rule: { field: 'nope', op: 'is_empty' } }, id)).toThrow(
      'Unknown field "nope"',
    );
    expect(getSegment(db, id)).toMatchObject({ name: 'UK', rule: UK });
  });

  it('says which id is unknown', () => {
    expect(() => saveSegment(db, { name: 'X', rule: UK }, 42)).toThrow(
      'There is no segment with id 42 in this project.',
    );
  });
});

describe('duplicating segments', () => {
  it('names copies "Name (copy)", "Name (copy 2)", ... and copies rule, colour and notes', () => {
    const { id } = saveSegment(db, { name: 'VIP', color: '#123456', strategy: 'call them', rule: UK });
    const first = duplicateSegment(db, id);
    expect(first).toMatchObject({ id: 2, name: 'VIP (copy)', color: '#123456', strategy: 'call them', rule: UK });
    expect(first.counts.customers).toBe(4);
    expect(duplicateSegment(db, id).name).toBe('VIP (copy 2)');
    // A copy of a copy counts on from the original name.
    expect(duplicateSegment(db, first.id).name).toBe('VIP (copy 3)');
    expect(storedSegments(db).map((s) => s.name)).toEqual(['VIP', 'VIP (copy)', 'VIP (copy 2)', 'VIP (copy 3)']);
  });

  it('skips a copy name taken in other capitals', () => {
    const { id } = saveSegment(db, { name: 'Lapsed', rule: UK });
    saveSegment(db, { name: 'LAPSED (COPY)', rule: UK });
    expect(duplicateSegment(db, id).name).toBe('Lapsed (copy 2)');
  });
});
