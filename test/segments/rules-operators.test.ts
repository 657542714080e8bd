/**
 * Every condition operator on the hand-made project of test/fixtures/segments, with member lists
 * worked out by hand from the CSV files. As-of date: 2024-03-10 (the day after the last positive
 * order). Customers k01-k08 are in the customers file; k09 and k10 only have orders.
 * Each expectation is also checked against the reference evaluator (membersOf).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readAsOf } from '../../electron/core/metrics/asOf.js';
import { dayToIso } from '../../electron/core/metrics/days.js';
import type { Session } from '../../electron/core/session.js';
import type { Rule } from '../../shared/model/rules.js';
import { membersOf } from './members.js';
import { smallProject } from './project.js';

let session: Session;
let members: (rule: Rule) => string[];

beforeAll(async () => {
  session = await smallProject();
  members = membersOf(session);
});

const ALL = ['k01', 'k02', 'k03', 'k04', 'k05', 'k06', 'k07', 'k08', 'k09', 'k10'];
type Case = [string, Rule, string[]];

it('uses the as-of date the expectations were worked out for', () => {
  expect(dayToIso(readAsOf(session.requireProject().db).day as number)).toBe('2024-03-10');
});

describe('number operators (age: 34, 51, -, 34, 29, 62, -, 45; score with a tie at 7.5)', () => {
  const cases: Case[] = [
    ['=', { field: 'age', op: '=', value: 34 }, ['k01', 'k04']],
    ['!= leaves out empty ages', { field: 'age', op: '!=', value: 34 }, ['k02', 'k05', 'k06', 'k08']],
    ['>', { field: 'age', op: '>', value: 45 }, ['k02', 'k06']],
    ['>=', { field: 'age', op: '>=', value: 45 }, ['k02', 'k06', 'k08']],
    ['<', { field: 'age', op: '<', value: 34 }, ['k05']],
    ['<=', { field: 'age', op: '<=', value: 34 }, ['k01', 'k04', 'k05']],
    ['between is inclusive', { field: 'age', op: 'between', value: [34, 51] }, ['k01', 'k02', 'k04', 'k08']],
    ['between with low > high', { field: 'age', op: 'between', value: [51, 34] }, []],
    [
      'is_empty (no value, or not in the customers file)',
      { field: 'age', op: 'is_empty' },
      ['k03', 'k07', 'k09', 'k10'],
    ],
    ['not_empty', { field: 'age', op: 'not_empty' }, ['k01', 'k02', 'k04', 'k05', 'k06', 'k08']],
    [
      'not of a comparison is true for empty values',
      { not: { field: 'age', op: '=', value: 34 } },
      ['k02', 'k03', 'k05', 'k06', 'k07', 'k08', 'k09', 'k10'],
    ],
    ['a tie', { field: 'score', op: '=', value: 7.5 }, ['k03', 'k04']],
    ['zero and negatives', { field: 'score', op: '<=', value: 0 }, ['k05', 'k06']],
    ['!= 0', { field: 'score', op: '!=', value: 0 }, ['k01', 'k03', 'k04', 'k05', 'k08']],
  ];
  it.each(cases)('%s', (_name, rule, expected) => expect(members(rule)).toEqual(expected));
});

describe('category operators (country; exact values)', () => {
  const cases: Case[] = [
    ['in', { field: 'country', op: 'in', value: ['Wales', 'Iran'] }, ['k01', 'k03', 'k04', 'k07']],
    ['an empty in list matches no one', { field: 'country', op: 'in', value: [] }, []],
    ['in is exact (case-sensitive)', { field: 'country', op: 'in', value: ['wales'] }, []],
    [
      'not_in leaves out empty values',
      { field: 'country', op: 'not_in', value: ['Wales'] },
      ['k02', 'k03', 'k04', 'k06', 'k08'],
    ],
    [
      'an empty not_in list matches everyone with a value',
      { field: 'country', op: 'not_in', value: [] },
      ['k01', 'k02', 'k03', 'k04', 'k06', 'k07', 'k08'],
    ],
    [
      'not of in is true for empty values',
      { not: { field: 'country', op: 'in', value: ['Wales'] } },
      ['k02', 'k03', 'k04', 'k05', 'k06', 'k08', 'k09', 'k10'],
    ],
    ['is_empty', { field: 'country', op: 'is_empty' }, ['k05', 'k09', 'k10']],
    ['not_empty', { field: 'country', op: 'not_empty' }, ['k01', 'k02', 'k03', 'k04', 'k06', 'k07', 'k08']],
    // As people write them: text operators on a category, case-insensitive like on a text field.
    ['contains', { field: 'country', op: 'contains', value: 'an' }, ['k02', 'k03', 'k04', 'k06', 'k08']],
    ['starts_with', { field: 'country', op: 'starts_with', value: 'w' }, ['k01', 'k07']],
    ['equals, any case', { field: 'country', op: 'equals', value: 'IRAN' }, ['k03', 'k04']],
    [
      'not of contains is true for empty values',
      { not: { field: 'country', op: 'contains', value: 'a' } },
      ['k05', 'k09', 'k10'],
    ],
  ];
  it.each(cases)('%s', (_name, rule, expected) => expect(members(rule)).toEqual(expected));
});

describe('text operators (case-insensitive, Unicode-aware)', () => {
  const cases: Case[] = [
    ['contains: NFC and NFD "Zoë" alike', { field: 'Full name', op: 'contains', value: 'zoë' }, ['k01', 'k05']],
    ['contains: "zoe" is not "zoë"', { field: 'Full name', op: 'contains', value: 'ZOE' }, ['k08']],
    ['contains: ÉCOLE and école', { field: 'Full name', op: 'contains', value: 'École' }, ['k02', 'k06']],
    ['contains: Arabic kaf finds Persian kaf', { field: 'Full name', op: 'contains', value: 'كتاب' }, ['k03', 'k04']],
    ['contains: Persian kaf finds Arabic kaf', { field: 'Full name', op: 'contains', value: 'کتاب خانه' }, ['k04']],
    [
      'contains "" matches every non-empty value',
      { field: 'Full name', op: 'contains', value: '' },
      ['k01', 'k02', 'k03', 'k04', 'k05', 'k06', 'k08'],
    ],
    ['starts_with', { field: 'Full name', op: 'starts_with', value: 'éC' }, ['k02', 'k06']],
    ['starts_with is a prefix only', { field: 'Full name', op: 'starts_with', value: 'martin' }, []],
    ['equals', { field: 'Full name', op: 'equals', value: 'ÉCOLE LIBRE' }, ['k06']],
    ['equals a decomposed value', { field: 'Full name', op: 'equals', value: 'zoë baker' }, ['k05']],
    ['is_empty', { field: 'Full name', op: 'is_empty' }, ['k07', 'k09', 'k10']],
    [
      'not of contains is true for empty values',
      { not: { field: 'Full name', op: 'contains', value: 'zoë' } },
      ['k02', 'k03', 'k04', 'k06', 'k07', 'k08', 'k09', 'k10'],
    ],
    ['customer_id equals, any case', { field: 'customer_id', op: 'equals', value: 'K01' }, ['k01']],
    ['customer_id starts_with', { field: 'customer_id', op: 'starts_with', value: 'k1' }, ['k10']],
  ];
  it.each(cases)('%s', (_name, rule, expected) => expect(members(rule)).toEqual(expected));
});

describe('date operators on an attribute (signup, stored as seconds; one before 1970)', () => {
  const cases: Case[] = [
    ['before is strict', { field: 'signup', op: 'before', value: '2023-01-15' }, ['k02', 'k06']],
    ['before 1970', { field: 'signup', op: 'before', value: '1970-01-01' }, ['k06']],
    ['after is strict', { field: 'signup', op: 'after', value: '2023-12-31' }, ['k05']],
    ['after', { field: 'signup', op: 'after', value: '2023-12-30' }, ['k05', 'k08']],
    ['between is inclusive', { field: 'signup', op: 'between', value: ['2023-01-15', '2023-03-01'] }, ['k01', 'k03']],
    ['between on one day', { field: 'signup', op: 'between', value: ['1969-12-31', '1969-12-31'] }, ['k06']],
    ['within_last_days: 70 days back is in', { field: 'signup', op: 'within_last_days', value: 70 }, ['k05', 'k08']],
    ['within_last_days: 70 days back is out at 69', { field: 'signup', op: 'within_last_days', value: 69 }, ['k05']],
    [
      'not_within_last_days leaves out empty dates',
      { field: 'signup', op: 'not_within_last_days', value: 69 },
      ['k01', 'k02', 'k03', 'k06', 'k08'],
    ],
    ['is_empty', { field: 'signup', op: 'is_empty' }, ['k04', 'k07', 'k09', 'k10']],
  ];
  it.each(cases)('%s', (_name, rule, expected) => expect(members(rule)).toEqual(expected));
});

describe('metrics (dates in days; empty without a positive order)', () => {
  const cases: Case[] = [
    ['last_order within_last_days', { field: 'last_order', op: 'within_last_days', value: 9 }, ['k01', 'k03', 'k05']],
    ['last_order not_within_last_days', { field: 'last_order', op: 'not_within_last_days', value: 60 }, ['k08', 'k09']],
    ['first_order before', { field: 'first_order', op: 'before', value: '2024-01-01' }, ['k02', 'k08']],
    ['last_order after', { field: 'last_order', op: 'after', value: '2024-03-01' }, ['k03', 'k05']],
    [
      'first_order between',
      { field: 'first_order', op: 'between', value: ['2024-01-05', '2024-01-10'] },
      ['k01', 'k09'],
    ],
    ['first_order is_empty', { field: 'first_order', op: 'is_empty' }, ['k04', 'k06', 'k07', 'k10']],
    ['frequency >= 2 (returns do not count)', { field: 'frequency', op: '>=', value: 2 }, ['k01', 'k02']],
    ['frequency = 0', { field: 'frequency', op: '=', value: 0 }, ['k04', 'k06', 'k07', 'k10']],
    ['monetary < 0', { field: 'monetary', op: '<', value: 0 }, ['k10']],
    ['recency_days <= 14', { field: 'recency_days', op: '<=', value: 14 }, ['k01', 'k02', 'k03', 'k05']],
    ['recency_days is_empty', { field: 'recency_days', op: 'is_empty' }, ['k04', 'k06', 'k07', 'k10']],
    ['aov > 30', { field: 'aov', op: '>', value: 30 }, ['k02', 'k05']],
    ['tenure_days between', { field: 'tenure_days', op: 'between', value: [60, 111] }, ['k01', 'k02', 'k09']],
    [
      'not recency_days > 30 includes those without orders',
      { not: { field: 'recency_days', op: '>', value: 30 } },
      ['k01', 'k02', 'k03', 'k04', 'k05', 'k06', 'k07', 'k10'],
    ],
  ];
  it.each(cases)('%s', (_name, rule, expected) => expect(members(rule)).toEqual(expected));
});

describe('boolean operators (vip)', () => {
  const cases: Case[] = [
    ['is_true', { field: 'vip', op: 'is_true' }, ['k01', 'k04', 'k06']],
    ['is_false', { field: 'vip', op: 'is_false' }, ['k02', 'k05', 'k08']],
    [
      'not is_true includes empty',
      { not: { field: 'vip', op: 'is_true' } },
      ['k02', 'k03', 'k05', 'k07', 'k08', 'k09', 'k10'],
    ],
    ['is_empty', { field: 'vip', op: 'is_empty' }, ['k03', 'k07', 'k09', 'k10']],
    ['not_empty', { field: 'vip', op: 'not_empty' }, ['k01', 'k02', 'k04', 'k05', 'k06', 'k08']],
    // As people write them: = 1, = 0, != on a yes/no field stored as 1/0.
    ['= 1', { field: 'vip', op: '=', value: 1 }, ['k01', 'k04', 'k06']],
    ['= 0', { field: 'vip', op: '=', value: 0 }, ['k02', 'k05', 'k08']],
    ['!= 1 leaves out empty values', { field: 'vip', op: '!=', value: 1 }, ['k02', 'k05', 'k08']],
    ['!= 0', { field: 'vip', op: '!=', value: 0 }, ['k01', 'k04', 'k06']],
  ];
  it.each(cases)('%s', (_name, rule, expected) => expect(members(rule)).toEqual(expected));

  it('refuses a value other than 1 (yes) or 0 (no), saying so', () => {
    expect(() => members({ field: 'vip', op: '=', value: 2 })).toThrow('"vip" = needs 1 (yes) or 0 (no).');
  });
});

describe('operators a field type still refuses', () => {
  it('refuses > on a yes/no field and between on a category, naming the ones that apply', () => {
    expect(() => members({ field: 'vip', op: '>', value: 0 })).toThrow(
      'The operator ">" does not apply to "vip", a boolean field: use one of is_true, is_false, =, !=, is_empty, not_empty.',
    );
    expect(() => members({ field: 'country', op: 'between', value: [1, 2] })).toThrow(
      'The operator "between" does not apply to "country", a category field: use one of in, not_in, contains, starts_with, equals, is_empty, not_empty.',
    );
  });
});

describe('groups', () => {
  const cases: Case[] = [
    ['an empty and matches everyone', { and: [] }, ALL],
    ['an empty or matches no one', { or: [] }, []],
    ['not of an empty and', { not: { and: [] } }, []],
    ['not of an empty or', { not: { or: [] } }, ALL],
    [
      'and',
      {
        and: [
          { field: 'country', op: 'in', value: ['France'] },
          { field: 'age', op: '>', value: 55 },
        ],
      },
      ['k06'],
    ],
    [
      'or',
      {
        or: [
          { field: 'age', op: '>', value: 55 },
          { field: 'vip', op: 'is_true' },
        ],
      },
      ['k01', 'k04', 'k06'],
    ],
    [
      'nested with not',
      {
        and: [
          {
            or: [
              { field: 'country', op: 'in', value: ['Wales'] },
              { field: 'country', op: 'in', value: ['Iran'] },
            ],
          },
          { not: { field: 'vip', op: 'is_true' } },
        ],
      },
      ['k03', 'k07'],
    ],
    [
      'a long and (balanced in SQL)',
      { and: Array.from({ length: 1500 }, () => ({ field: 'age', op: '>=', value: 30 }) as Rule) },
      ['k01', 'k02', 'k04', 'k06', 'k08'],
    ],
  ];
  it.each(cases)('%s', (_name, rule, expected) => expect(members(rule)).toEqual(expected));
});
