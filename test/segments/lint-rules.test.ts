import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/projectFile.js';
import { lintRule } from '../../electron/core/segments/lint.js';
import { saveSegment } from '../../electron/core/segments/store.js';
import type { Rule } from '../../shared/model/rules.js';
import { fixtureProject } from './store-fixture.js';

const UK: Rule = { field: 'country', op: 'in', value: ['UK'] }; // c1, c2, c6, c8
const BUYERS: Rule = { field: 'frequency', op: '>=', value: 1 }; // c1..c6
const GERMANY: Rule = { field: 'country', op: 'in', value: ['DE'] }; // c3, c4

let db: Db;
beforeEach(async () => {
  db = (await fixtureProject()).session.requireProject().db;
});

describe('the segment linter', () => {
  it('warns about a segment without customers', () => {
    expect(lintRule(db, { field: 'country', op: 'in', value: ['ES'] })).toEqual([
      {
        code: 'empty',
        message: 'No customer matches this segment. Loosen a condition or check the chosen values.',
        reason: 'empty',
        values: {},
      },
    ]);
  });

  it('says why an impossible rule is empty, with the path of the part', () => {
    const rule: Rule = {
      and: [
        UK,
        {
          and: [
            { field: 'age', op: '>', value: 50 },
            { field: 'age', op: '<', value: 30 },
          ],
        },
      ],
    };
    expect(lintRule(db, rule).map((w) => [w.code, w.path])).toEqual([
      ['never_matches', '1'],
      ['empty', undefined],
    ]);
  });

  it('warns below the minimum size: 30 by default, the project setting, or the one asked for', () => {
    const small = {
      code: 'too_small',
      message:
        'Only 4 customers match (fewer than 30). Segments with little or no data give unreliable results: widen the rule or merge it with another segment.',
      reason: 'tooSmall',
      values: { customers: 4, min: 30 },
    };
    expect(lintRule(db, UK)).toEqual([small]);
    expect(lintRule(db, UK, { minSize: 4 })).toEqual([]);
    expect(lintRule(db, UK, { minSize: 5 })[0]?.message).toContain('Only 4 customers match (fewer than 5).');
    db.prepare("INSERT INTO meta (key, value) VALUES ('lint_min_size', '3')").run();
    expect(lintRule(db, UK)).toEqual([]);
    expect(lintRule(db, { field: 'customer_id', op: 'equals', value: 'c1' })[0]?.message).toContain(
      'Only 1 customer matches (fewer than 3).',
    );
  });

  it('finds saved segments with the same members, however the rule is written', () => {
    const uk = saveSegment(db, { name: 'UK', rule: UK });
    const notContinent = { field: 'country', op: 'not_in', value: ['DE', 'FR'] } as Rule;
    expect(lintRule(db, notContinent, { minSize: 0 })).toEqual([
      {
        code: 'identical',
        message:
          'This segment has exactly the same customers as "UK". Two names for one group of customers is confusing: keep one.',
        reason: 'identical',
        values: { names: 'UK' },
        segmentIds: [uk.id],
      },
    ]);
    // The segment being edited is not compared with itself.
    expect(lintRule(db, UK, { id: uk.id, minSize: 0 })).toEqual([]);
  });

  it('reports saved segments sharing more than half of the smaller one, with the share', () => {
    const buyers = saveSegment(db, { name: 'Buyers', rule: BUYERS });
    saveSegment(db, { name: 'Germany', rule: GERMANY });
    // UK and Buyers share c1, c2, c6: 3 of the 4 UK customers. UK and Germany share no one.
    expect(lintRule(db, UK, { minSize: 0 })).toEqual([
      {
        code: 'overlap',
        message:
          '75% of the smaller of this segment and "Buyers" is in both (3 of 4 customers). Overlapping segments get the same campaign twice: merge them or exclude one from the other.',
        reason: 'overlap',
        values: { share: 0.75, shared: 3, smaller: 4, name: 'Buyers' },
        segmentIds: [buyers.id],
      },
    ]);
    // Exactly half is not "more than 50%": c1, c2 against c2, c6.
    const ids = (...keys: string[]): Rule => ({
      or: keys.map((k) => ({ field: 'customer_id', op: 'equals', value: k })),
    });
    const pair = saveSegment(db, { name: 'Pair', rule: ids('c2', 'c6') });
    const warnings = lintRule(db, ids('c1', 'c2'), { minSize: 0 });
    expect(warnings.map((w) => w.segmentIds)).toEqual([[buyers.id]]);
    expect(warnings.some((w) => w.segmentIds?.includes(pair.id))).toBe(false);
  });

  it('does not call a segment built on another an overlap of it', () => {
    const buyers = saveSegment(db, { name: 'Buyers', rule: BUYERS });
    const ukBuyers: Rule = { and: [{ segment: buyers.id }, UK] };
    expect(lintRule(db, ukBuyers, { minSize: 0 })).toEqual([]);
  });

  it('passes on rule errors with the compiler message', () => {
    expect(() => lintRule(db, { field: 'nope', op: 'is_empty' })).toThrow('Unknown field "nope"');
  });
});
