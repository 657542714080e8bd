import { beforeAll, describe, expect, it } from 'vitest';
import { type DescribeContext, describeRule } from '../../../renderer/src/segments/describeRule.js';
import type { FieldInfo } from '../../../shared/api.js';
import type { Rule } from '../../../shared/model/rules.js';
import { englishT } from '../i18nForTests.js';

const field = (
  key: string,
  label: string,
  type: FieldInfo['type'],
  source: FieldInfo['source'] = 'customers',
  role: FieldInfo['role'] = null,
): FieldInfo => ({ key, label, type, role, source });

const fields = [
  field('country', 'Country', 'category', 'customers', 'country'),
  field('age', 'Age', 'number'),
  field('device', 'Device', 'category'),
  field('email', 'Email', 'text', 'customers', 'email'),
  field('signup_date', 'Signup date', 'date'),
  field('newsletter', 'Newsletter', 'boolean'),
  field('monetary', 'Monetary value', 'number', 'metrics'),
  field('frequency', 'Frequency (orders)', 'number', 'metrics'),
  field('last_order', 'Last order', 'date', 'metrics'),
];
const orderFields = [field('category', 'Category', 'category', 'orders', 'category')];

let ctx: DescribeContext;
beforeAll(async () => {
  ctx = {
    fields,
    orderFields,
    segmentName: (id) => (id === 7 ? 'VIP' : null),
    t: await englishT(),
    lang: 'en',
  };
});

const say = (rule: Rule) => describeRule(rule, ctx);
const inCountries: Rule = { field: 'country', op: 'in', value: ['Germany', 'France'] };
const twoOrders: Rule = { orders: { within_last_days: 90 }, measure: 'count', op: '>=', value: 2 };
const spentOver: Rule = { field: 'monetary', op: '>', value: 500 };

describe('describeRule', () => {
  it('reads the issue example as a sentence', () => {
    expect(say({ and: [inCountries, twoOrders, spentOver] })).toBe(
      'Customers in Germany or France, who placed at least 2 orders in the last 90 days, and who spent over 500',
    );
  });

  it('says who is in an empty segment', () => {
    expect(say({ and: [] })).toBe('All customers');
    expect(say({ or: [] })).toBe('No customers');
  });

  it('puts nested groups of two or more in parentheses; a group of one reads as its member', () => {
    const rule: Rule = {
      and: [
        { field: 'country', op: 'in', value: ['United Kingdom', 'Germany'] },
        {
          or: [
            { field: 'age', op: 'between', value: [25, 44] },
            { field: 'device', op: 'in', value: ['mobile'] },
          ],
        },
        { and: [{ orders: { within_last_days: 365 }, measure: 'count', op: '>=', value: 2 }] },
      ],
    };
    expect(say(rule)).toBe(
      'Customers in United Kingdom or Germany, (whose Age is between 25 and 44 or whose Device is mobile), and who placed at least 2 orders in the last 365 days',
    );
  });

  it('joins an "any of" root with or', () => {
    expect(say({ or: [inCountries, spentOver] })).toBe('Customers in Germany or France or who spent over 500');
  });

  it('negates a leaf in words and a group with "not (…)"', () => {
    expect(say({ and: [{ not: twoOrders }] })).toBe(
      'Customers who did not place at least 2 orders in the last 90 days',
    );
    expect(say({ and: [{ not: { field: 'email', op: 'contains', value: 'gmail' } }] })).toBe(
      'Customers whose Email does not contain “gmail”',
    );
    expect(say({ and: [{ not: { or: [inCountries, spentOver] } }] })).toBe(
      'Customers not (in Germany or France or who spent over 500)',
    );
    expect(say({ and: [{ not: { not: spentOver } }] })).toBe('Customers who spent over 500');
  });

  it('formats numbers and dates in the language', () => {
    expect(say({ and: [{ field: 'age', op: '>=', value: 1234.5 }] })).toBe('Customers whose Age is at least 1,234.5');
    expect(say({ and: [{ field: 'signup_date', op: 'between', value: ['2024-01-01', '2024-03-31'] }] })).toBe(
      'Customers whose Signup date is between Jan 1, 2024 and Mar 31, 2024',
    );
    expect(say({ and: [{ field: 'last_order', op: 'within_last_days', value: 30 }] })).toBe(
      'Customers whose Last order is in the last 30 days',
    );
    expect(say({ and: [{ field: 'last_order', op: 'not_within_last_days', value: 1 }] })).toBe(
      'Customers whose Last order is more than a day ago',
    );
  });

  it('describes the where-rule and the measure of an orders condition', () => {
    const shoes: Rule = {
      orders: { where: { and: [{ field: 'category', op: 'in', value: ['Shoes', 'Bags'] }] } },
      measure: 'sum_amount',
      op: '>=',
      value: 100,
    };
    expect(say({ and: [shoes] })).toBe('Customers who spent at least 100 where Category is Shoes or Bags');
    expect(say({ and: [{ orders: {}, measure: 'count', op: '=', value: 1 }] })).toBe(
      'Customers who placed exactly 1 order',
    );
    expect(say({ and: [{ orders: {}, measure: 'count', op: '<', value: 3 }] })).toBe(
      'Customers who placed fewer than 3 orders',
    );
  });

  it('words events conditions and seasonal conditions in plain English', () => {
    const carts: Rule = {
      events: { where: { field: 'event_type', op: 'in', value: ['cart'] }, within_last_days: 30 },
      measure: 'sessions',
      op: '>=',
      value: 2,
    };
    expect(say({ and: [carts] })).toBe(
      'Customers who had at least 2 sessions with events in the last 30 days where event_type is cart',
    );
    expect(say({ and: [{ not: { events: {}, measure: 'count', op: '>=', value: 1 } }] })).toBe(
      'Customers who did not have at least 1 event',
    );
    const christmas: Rule = {
      orders: { where: { field: 'order_date', op: 'month_in', value: [11, 12] } },
      measure: 'count',
      op: '>=',
      value: 1,
    };
    expect(say({ and: [christmas] })).toBe(
      'Customers who placed at least 1 order where order_date is in November or December',
    );
    const weekend: Rule = {
      orders: {
        where: {
          and: [
            { field: 'order_date', op: 'weekday_in', value: [6, 7] },
            { field: 'order_date', op: 'hour_between', value: [9, 12] },
          ],
        },
      },
      measure: 'count',
      op: '>=',
      value: 2,
    };
    expect(say({ and: [weekend] })).toBe(
      'Customers who placed at least 2 orders where order_date is on a Saturday or Sunday and order_date is between 09:00 and 12:59',
    );
  });

  it('reads frequency like an orders condition, and places as "in"', () => {
    expect(say({ and: [{ field: 'frequency', op: '>=', value: 2 }] })).toBe('Customers who placed at least 2 orders');
    expect(say({ and: [{ field: 'country', op: 'not_in', value: ['Spain'] }] })).toBe('Customers not in Spain');
    expect(say({ and: [{ field: 'device', op: 'not_in', value: ['mobile', 'tablet'] }] })).toBe(
      'Customers whose Device is other than mobile or tablet',
    );
  });

  it('reads text operators on a category and = 1 / = 0 / != on a yes/no field', () => {
    expect(say({ and: [{ field: 'device', op: 'contains', value: 'mob' }] })).toBe(
      'Customers whose Device contains “mob”',
    );
    expect(say({ and: [{ field: 'country', op: 'equals', value: 'wales' }] })).toBe(
      'Customers whose Country is “wales”',
    );
    expect(say({ and: [{ field: 'newsletter', op: '=', value: 1 }] })).toBe('Customers whose Newsletter is yes');
    expect(say({ and: [{ field: 'newsletter', op: '=', value: 0 }] })).toBe('Customers whose Newsletter is no');
    expect(say({ and: [{ field: 'newsletter', op: '!=', value: 1 }] })).toBe('Customers whose Newsletter is not yes');
  });

  it('describes yes/no, empty checks and segments', () => {
    expect(say({ and: [{ field: 'newsletter', op: 'is_true' }] })).toBe('Customers whose Newsletter is yes');
    expect(say({ and: [{ field: 'age', op: 'is_empty' }] })).toBe('Customers whose Age is unknown');
    expect(say({ and: [{ segment: 7 }, { not: { segment: 8 } }] })).toBe(
      'Customers who are in the segment “VIP” and who are not in the segment “#8”',
    );
  });
});
