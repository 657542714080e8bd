/**
 * Seasonal conditions and events conditions in the counted rule. Before seasonal operators were
 * offered on order_date, the builder left "order_date month_in [11, 12]" out as incomplete: the
 * Christmas buyers template counted every customer with an order.
 */
import { describe, expect, it } from 'vitest';
import { newEvents, valueKind, withOp } from '../../../../renderer/src/segments/rule/nodes.js';
import { pruneRule } from '../../../../renderer/src/segments/rule/pruneRule.js';
import { isSeasonalValueComplete, opsOf } from '../../../../renderer/src/segments/rule/seasons.js';
import type { FieldInfo } from '../../../../shared/api.js';
import type { Rule } from '../../../../shared/model/rules.js';

const orderDate: FieldInfo = { key: 'order_date', label: 'Date', type: 'date', role: 'order_date', source: 'orders' };
const signup: FieldInfo = { key: 'signup', label: 'Signup', type: 'date', role: null, source: 'customers' };
const fields = { customer: [signup], order: [orderDate] };
const christmas: Rule = {
  and: [
    {
      orders: { where: { and: [{ field: 'order_date', op: 'month_in', value: [11, 12] }] } },
      measure: 'count',
      op: '>=',
      value: 1,
    },
  ],
};

describe('seasonal conditions', () => {
  it('are counted with their months (the Christmas buyers template)', () => {
    const pruned = pruneRule(christmas, fields);
    expect(pruned.rule).toEqual(christmas);
    expect(pruned.incomplete).toEqual([]);
  });

  it('are offered on order and event times only, after the date operators', () => {
    expect(opsOf(orderDate).slice(-3)).toEqual(['month_in', 'weekday_in', 'hour_between']);
    expect(opsOf({ key: 'event_time', type: 'date' }).includes('weekday_in')).toBe(true);
    expect(opsOf(signup).includes('month_in')).toBe(false);
  });

  it('need months 1..12, weekdays 1..7 or two hours 0..23', () => {
    expect(isSeasonalValueComplete('month_in', [11, 12])).toBe(true);
    expect(isSeasonalValueComplete('month_in', [13])).toBe(false);
    expect(isSeasonalValueComplete('month_in', [])).toBe(false);
    expect(isSeasonalValueComplete('weekday_in', [6, 7])).toBe(true);
    expect(isSeasonalValueComplete('weekday_in', [0])).toBe(false);
    expect(isSeasonalValueComplete('hour_between', [22, 2])).toBe(true);
    expect(isSeasonalValueComplete('hour_between', [22, Number.NaN])).toBe(false);
    expect(isSeasonalValueComplete('hour_between', [1, 2, 3])).toBe(false);
  });

  it('clear a value of another shape when the operator changes', () => {
    expect(valueKind('date', 'month_in')).toBe('months');
    expect(withOp({ field: 'order_date', op: 'month_in', value: [11] }, 'date', 'weekday_in')).toEqual({
      field: 'order_date',
      op: 'weekday_in',
    });
  });
});

describe('events conditions', () => {
  it('are counted with their where-rule over event fields; an empty where-rule is dropped', () => {
    const cart: Rule = {
      and: [
        {
          events: { where: { and: [{ field: 'event_type', op: 'in', value: ['cart'] }] }, within_last_days: 30 },
          measure: 'sessions',
          op: '>=',
          value: 2,
        },
      ],
    };
    expect(pruneRule(cart, fields).rule).toEqual(cart);
    expect(pruneRule({ and: [newEvents()] }, fields).rule).toEqual({
      and: [{ events: { within_last_days: 30 }, measure: 'count', op: '>=', value: 1 }],
    });
  });

  it('are left out while their number is not a count', () => {
    const pruned = pruneRule({ and: [{ ...newEvents(), value: Number.NaN }] }, fields);
    expect(pruned.rule).toEqual({ and: [] });
    expect(pruned.incomplete).toEqual(['0']);
  });
});
