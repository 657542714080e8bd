/** Rules that cannot be compiled: each error names the field, operator or node concerned. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/projectFile.js';
import { compileRule } from '../../electron/core/segments/compile.js';
import { countRuleParts } from '../../electron/core/segments/count.js';
import type { Rule } from '../../shared/model/rules.js';
import { thrown } from './members.js';
import { smallProject } from './project.js';

let db: Db;
beforeAll(async () => {
  db = (await smallProject()).requireProject().db;
});

const compile = (rule: unknown) => () => compileRule(db, rule as Rule);

describe('unknown fields', () => {
  it('names the key and where the node is', () => {
    const rule = {
      and: [{ field: 'age', op: '>', value: 1 }, { or: [{ and: [] }, { field: 'colour', op: 'is_empty' }] }],
    };
    expect(thrown(compile(rule))).toEqual({
      code: 'INVALID_PARAMS',
      message:
        'Unknown field "colour". Use customer_id, a metric (recency_days, frequency, monetary, aov, tenure_days, first_order, last_order) or a customer attribute.',
      details: { path: '1.1', field: 'colour' },
    });
  });

  it('points an order field used on customers to orders conditions', () => {
    expect(thrown(compile({ field: 'category', op: 'in', value: ['Shoes'] })).message).toBe(
      'Unknown field "category". "category" is an order field: use it in the "where" of an orders condition.',
    );
  });

  it('lists the order fields when a where uses another field', () => {
    const rule = { orders: { where: { field: 'country', op: 'in', value: [] } }, measure: 'count', op: '>=', value: 1 };
    expect(thrown(compile({ not: rule }))).toEqual({
      code: 'INVALID_PARAMS',
      message:
        'Unknown field "country" in an orders condition: its "where" can use order fields only (order_date, amount, product, category, channel, quantity, unit_price).',
      details: { path: '0.where', field: 'country' },
    });
  });

  it('matches keys exactly (header text as in the file)', () => {
    expect(thrown(compile({ field: 'full name', op: 'is_empty' })).message).toMatch(/^Unknown field "full name"\./);
  });
});

describe('operators and values', () => {
  it('refuses an operator of another type, listing the valid ones', () => {
    expect(thrown(compile({ field: 'age', op: 'contains', value: '3' }))).toEqual({
      code: 'INVALID_PARAMS',
      message:
        'The operator "contains" does not apply to "age", a number field: use one of =, !=, >, >=, <, <=, between, is_empty, not_empty.',
      details: { path: '', field: 'age', op: 'contains' },
    });
    expect(thrown(compile({ field: 'last_order', op: '>', value: 3 })).message).toBe(
      'The operator ">" does not apply to "last_order", a date field: use one of before, after, between, within_last_days, not_within_last_days, is_empty, not_empty.',
    );
    expect(thrown(compile({ field: 'country', op: 'before', value: '2024-01-01' })).message).toBe(
      'The operator "before" does not apply to "country", a category field: use one of in, not_in, contains, starts_with, equals, is_empty, not_empty.',
    );
  });

  const wrongValues: Array<[unknown, string]> = [
    [{ field: 'age', op: '>', value: '30' }, '"age" > needs a number.'],
    [{ field: 'age', op: 'between', value: [1] }, '"age" between needs a value [low, high] of two numbers.'],
    [{ field: 'country', op: 'in', value: 'Wales' }, '"country" in needs a list of values.'],
    [{ field: 'Full name', op: 'contains', value: 3 }, '"Full name" contains needs a text value.'],
    [
      { field: 'signup', op: 'before', value: '2024-02-30' },
      '"signup" before needs a valid date as YYYY-MM-DD ("2024-02-30" is not one).',
    ],
    [
      { field: 'signup', op: 'between', value: ['2024-01-01'] },
      '"signup" between needs two dates [from, to] as YYYY-MM-DD.',
    ],
    [
      { field: 'signup', op: 'within_last_days', value: 1.5 },
      '"signup" within_last_days needs a whole number of days (0 or more).',
    ],
    [
      { field: 'signup', op: 'not_within_last_days', value: -1 },
      '"signup" not_within_last_days needs a whole number of days (0 or more).',
    ],
  ];
  it.each(wrongValues)('%j', (rule, message) => {
    const error = thrown(compile(rule));
    expect(error.code).toBe('INVALID_PARAMS');
    expect(error.message).toBe(message);
  });
});

describe('orders conditions', () => {
  it('refuses an orders condition inside a where', () => {
    const inner = { orders: {}, measure: 'count', op: '>=', value: 1 };
    const rule = { orders: { where: { and: [inner] } }, measure: 'count', op: '>=', value: 1 };
    expect(thrown(compile(rule))).toEqual({
      code: 'INVALID_PARAMS',
      message: 'An orders condition cannot be used inside the "where" of another orders condition.',
      details: { path: 'where.0' },
    });
  });

  it('refuses a segment inside a where', () => {
    const rule = { orders: { where: { segment: 1 } }, measure: 'count', op: '>=', value: 1 };
    expect(thrown(compile(rule)).message).toBe(
      'A segment cannot be used inside the "where" of an orders condition: "where" filters order lines.',
    );
  });

  it('checks the parts it splices into SQL', () => {
    expect(thrown(compile({ orders: {}, measure: 'count', op: '>= 0 OR 1', value: 1 })).message).toBe(
      'An orders condition compares with >=, >, =, <, <=.',
    );
    expect(thrown(compile({ orders: {}, measure: 'max', op: '>=', value: 1 })).message).toBe(
      'An orders condition measures "count" or "sum_amount".',
    );
    expect(thrown(compile({ orders: { within_last_days: 2.5 }, measure: 'count', op: '>=', value: 1 })).message).toBe(
      "An orders condition's within_last_days must be a whole number of days (0 or more).",
    );
  });
});

describe('values never reach the SQL text', () => {
  it('passes every value as a parameter', () => {
    const evil = "x'); DROP TABLE customers; --";
    const rule: Rule = {
      and: [
        { field: 'Full name', op: 'contains', value: evil },
        { field: 'country', op: 'in', value: [evil] },
        { field: 'age', op: 'between', value: [12345, 67890] },
        {
          orders: { where: { field: 'product', op: 'equals', value: evil } },
          measure: 'sum_amount',
          op: '>',
          value: 4242,
        },
      ],
    };
    const query = compileRule(db, rule);
    for (const text of ['DROP', '12345', '67890', '4242']) expect(query.sql).not.toContain(text);
    expect(query.params).toContain(12345);
    expect(query.params).toContain(4242);
    expect(query.sql).toMatch(
      /^SELECT c\.id FROM customers c LEFT JOIN customer_attrs a ON a\.customer = c\.id WHERE /,
    );
  });

  it('refuses rules nested deeper than SQLite can take', () => {
    let rule: Rule = { field: 'age', op: 'is_empty' };
    for (let i = 0; i < 150; i += 1) rule = { not: rule };
    expect(thrown(() => countRuleParts(db, rule)).message).toBe('The rule is nested more than 100 levels deep.');
  });
});
