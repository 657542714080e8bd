import { describe, expect, it } from 'vitest';
import { neverMatches } from '../../electron/core/segments/neverMatches.js';
import type { Rule } from '../../shared/model/rules.js';

describe('parts of a rule that can never match', () => {
  it.each<[string, Rule, Array<{ path: string; message: string }>]>([
    [
      'x > 5 and x < 3 in one AND group',
      {
        and: [
          { field: 'age', op: '>', value: 5 },
          { field: 'country', op: 'in', value: ['DE'] },
          { field: 'age', op: '<', value: 3 },
        ],
      },
      [
        {
          path: '',
          message: 'No customer can match age > 5 and age < 3 at the same time, so this group matches no one.',
        },
      ],
    ],
    [
      'between with the bounds swapped, nested',
      { or: [{ field: 'monetary', op: '>', value: 0 }, { and: [{ field: 'age', op: 'between', value: [40, 30] }] }] },
      [
        {
          path: '1.0',
          message: 'age is between 40 and 30 matches no one: the first value is above the second. Swap them.',
        },
      ],
    ],
    [
      'an empty in list',
      { and: [{ field: 'country', op: 'in', value: [] }] },
      [{ path: '0', message: 'country is one of an empty list, which matches no one. Pick at least one value.' }],
    ],
    [
      'is_true and is_false of one field under a NOT',
      {
        not: {
          and: [
            { field: 'vip', op: 'is_true' },
            { field: 'vip', op: 'is_false' },
          ],
        },
      },
      [
        {
          path: '0',
          message: 'No customer can match vip is true and vip is false at the same time, so this group matches no one.',
        },
      ],
    ],
    [
      'before X and after Y with X <= Y',
      {
        and: [
          { field: 'signup_date', op: 'before', value: '2024-01-01' },
          { field: 'signup_date', op: 'after', value: '2024-01-01' },
        ],
      },
      [
        {
          path: '',
          message:
            'No customer can match signup_date is before "2024-01-01" and signup_date is after "2024-01-01" at the same time, so this group matches no one.',
        },
      ],
    ],
    [
      'in lists without a common value',
      {
        and: [
          { field: 'country', op: 'in', value: ['DE', 'FR'] },
          { field: 'country', op: 'in', value: ['UK'] },
        ],
      },
      [
        {
          path: '',
          message:
            'No customer can match country is one of DE, FR and country is one of UK at the same time, so this group matches no one.',
        },
      ],
    ],
    [
      'in minus not_in leaves nothing',
      {
        and: [
          { field: 'country', op: 'in', value: ['DE'] },
          { field: 'country', op: 'not_in', value: ['DE', 'FR'] },
        ],
      },
      [
        {
          path: '',
          message:
            'No customer can match country is one of DE and country is not one of DE, FR at the same time, so this group matches no one.',
        },
      ],
    ],
    [
      'is_empty with a comparison',
      {
        and: [
          { field: 'age', op: 'is_empty' },
          { field: 'age', op: '>=', value: 0 },
        ],
      },
      [
        {
          path: '',
          message: 'No customer can match age is empty and age >= 0 at the same time, so this group matches no one.',
        },
      ],
    ],
    [
      'two different equals',
      {
        and: [
          { field: 'frequency', op: '=', value: 1 },
          { field: 'frequency', op: '=', value: 2 },
        ],
      },
      [
        {
          path: '',
          message:
            'No customer can match frequency = 1 and frequency = 2 at the same time, so this group matches no one.',
        },
      ],
    ],
    [
      'within the last 30 days and not within the last 90',
      {
        and: [
          { field: 'last_order', op: 'within_last_days', value: 30 },
          { field: 'last_order', op: 'not_within_last_days', value: 90 },
        ],
      },
      [
        {
          path: '',
          message:
            'No customer can match last_order is within the last 30 days and last_order is not within the last 90 days at the same time, so this group matches no one.',
        },
      ],
    ],
    [
      'text equals two different values (case-insensitive)',
      {
        and: [
          { field: 'city', op: 'equals', value: 'Berlin' },
          { field: 'city', op: 'starts_with', value: 'lon' },
        ],
      },
      [
        {
          path: '',
          message:
            'No customer can match city equals "Berlin" and city starts with "lon" at the same time, so this group matches no one.',
        },
      ],
    ],
    [
      'an empty OR group',
      { and: [{ field: 'age', op: '>', value: 1 }, { or: [] }] },
      [
        {
          path: '1',
          message: 'This "any of" group has no conditions, so it matches no one. Add one or remove the group.',
        },
      ],
    ],
    [
      'fewer than 0 orders, and an impossible where',
      {
        and: [
          { orders: {}, measure: 'count', op: '<', value: 0 },
          {
            orders: { where: { field: 'amount', op: 'between', value: [10, 5] } },
            measure: 'sum_amount',
            op: '>',
            value: 0,
          },
        ],
      },
      [
        {
          path: '0',
          message:
            'A number of orders < 0 is impossible (orders are counted 0, 1, 2...), so this condition matches no one.',
        },
        {
          path: '1',
          message:
            'In the orders condition: amount is between 10 and 5 matches no one: the first value is above the second. Swap them.',
        },
      ],
    ],
  ])('%s', (_label, rule, expected) => {
    // the English message here; the reason and values the interface words it from are checked below
    expect(neverMatches(rule).map(({ path, message }) => ({ path, message }))).toEqual(expected);
  });

  it.each<[string, Rule]>([
    [
      'x > 5 and x < 6',
      {
        and: [
          { field: 'age', op: '>', value: 5 },
          { field: 'age', op: '<', value: 6 },
        ],
      },
    ],
    [
      'x >= 5 and x <= 5',
      {
        and: [
          { field: 'age', op: '>=', value: 5 },
          { field: 'age', op: '<=', value: 5 },
        ],
      },
    ],
    [
      'the same conditions across an OR',
      {
        or: [
          { field: 'age', op: '>', value: 5 },
          { field: 'age', op: '<', value: 3 },
        ],
      },
    ],
    [
      'different fields',
      {
        and: [
          { field: 'age', op: '>', value: 5 },
          { field: 'income', op: '<', value: 3 },
        ],
      },
    ],
    [
      'in lists that share a value',
      {
        and: [
          { field: 'c', op: 'in', value: ['A', 'B'] },
          { field: 'c', op: 'in', value: ['B'] },
        ],
      },
    ],
    [
      'before Y and after X with X < Y',
      {
        and: [
          { field: 'd', op: 'after', value: '2024-01-01' },
          { field: 'd', op: 'before', value: '2024-01-03' },
        ],
      },
    ],
    [
      'equals in other capitals',
      {
        and: [
          { field: 't', op: 'equals', value: 'Berlin' },
          { field: 't', op: 'equals', value: 'BERLIN' },
        ],
      },
    ],
    [
      'not_empty with a comparison',
      {
        and: [
          { field: 'age', op: 'not_empty' },
          { field: 'age', op: '>', value: 1 },
        ],
      },
    ],
    ['an empty AND group (everyone)', { and: [] }],
    ['no orders at all', { orders: {}, measure: 'count', op: '=', value: 0 }],
  ])('leaves %s alone', (_label, rule) => {
    expect(neverMatches(rule)).toEqual([]);
  });

  it('reports the impossible part under a NOT, not the NOT (it matches everyone)', () => {
    expect(neverMatches({ not: { or: [] } }).map(({ path, message }) => ({ path, message }))).toEqual([
      {
        path: '0',
        message: 'This "any of" group has no conditions, so it matches no one. Add one or remove the group.',
      },
    ]);
  });

  it('reports NOT of an empty AND group', () => {
    expect(neverMatches({ and: [{ not: { and: [] } }] }).map(({ path, message }) => ({ path, message }))).toEqual([
      { path: '0', message: 'NOT of an empty "all of" group matches no one (the group matches everyone).' },
    ]);
  });

  it('gives the interface a reason and values for each case', () => {
    const cases = (rule: Rule) => neverMatches(rule).map(({ reason, values }) => ({ reason, values }));
    expect(
      cases({
        and: [
          { field: 'age', op: '>', value: 5 },
          { field: 'age', op: '<', value: 3 },
        ],
      }),
    ).toEqual([{ reason: 'conflict', values: { field: 'age' } }]);
    expect(cases({ field: 'age', op: 'between', value: [40, 30] })).toEqual([
      { reason: 'reversedBetween', values: { field: 'age' } },
    ]);
    expect(cases({ field: 'country', op: 'in', value: [] })).toEqual([
      { reason: 'emptyList', values: { field: 'country' } },
    ]);
    expect(cases({ or: [] })).toEqual([{ reason: 'emptyAnyOf', values: {} }]);
    expect(
      cases({ orders: { where: { field: 'category', op: 'in', value: [] } }, measure: 'count', op: '<', value: 0 }),
    ).toEqual([
      { reason: 'emptyList', values: { field: 'category', inOrders: 1 } },
      { reason: 'ordersCount', values: { op: '<', value: 0 } },
    ]);
  });
});
