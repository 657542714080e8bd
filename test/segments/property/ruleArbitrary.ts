/**
 * Random rules over a project: nested and/or/not up to depth 4, every operator of every field
 * type (text operators on categories and = / != on yes/no fields included) with values drawn from the data (ties, exact dates, substrings of Unicode text) or made
 * up, orders conditions with where and window, and references to saved segments.
 */
import fc from 'fast-check';
import type { Db } from '../../../electron/core/db/projectFile.js';
import { isoToDay } from '../../../electron/core/metrics/days.js';
import { EVENT_FIELDS, PROFILE_FIELDS } from '../../../electron/core/segments/eventFields.js';
import type { FieldType } from '../../../shared/model/roles.js';
import {
  type ConditionOp,
  type EventsRule,
  OPS_BY_TYPE,
  type OrdersRule,
  type Rule,
  SEASONAL_OPS,
} from '../../../shared/model/rules.js';
import { TEXT_TOKENS } from './dataset.js';

export interface FieldSample {
  key: string;
  type: FieldType;
  /** Distinct values seen: numbers, strings, or day numbers for dates. */
  values: Array<number | string>;
}

export interface Vocabulary {
  asOf: number;
  customerFields: FieldSample[];
  orderFields: FieldSample[];
  /** Fields inside an events condition's where. */
  eventFields: FieldSample[];
  /** Per-customer sums of line amounts, for sum_amount comparisons that hit exactly. */
  sums: number[];
}

const METRIC_SQL: Record<string, [FieldType, string]> = {
  recency_days: ['number', 'CASE WHEN frequency > 0 THEN @asOf - last_day END'],
  frequency: ['number', 'frequency'],
  monetary: ['number', 'monetary'],
  aov: ['number', 'CASE WHEN frequency > 0 THEN monetary / frequency END'],
  tenure_days: ['number', 'CASE WHEN frequency > 0 THEN @asOf - first_day END'],
  first_order: ['date', 'first_day'],
  last_order: ['date', 'last_day'],
};

export function readVocabulary(db: Db, asOf: number): Vocabulary {
  const distinct = (sql: string, type: FieldType): Array<number | string> => {
    const values = db.prepare(sql).pluck().all({ asOf }) as Array<number | string | null>;
    return values
      .filter((v): v is number | string => v !== null)
      .map((v) => (type === 'date' && !sql.includes('_day') ? Math.floor((v as number) / 86_400) : v));
  };
  const registered = (source: string) =>
    db.prepare('SELECT key, type, column_name FROM fields WHERE source = ?').all(source) as Array<{
      key: string;
      type: FieldType;
      column_name: string;
    }>;
  const customerFields: FieldSample[] = [
    { key: 'customer_id', type: 'text', values: distinct('SELECT customer_key FROM customers', 'text') },
    ...Object.entries(METRIC_SQL).map(([key, [type, expr]]) => ({
      key,
      type,
      values: distinct(`SELECT DISTINCT ${expr} FROM customer_metrics`, type),
    })),
    ...registered('customers').map((f) => ({
      key: f.key,
      type: f.type,
      values: distinct(`SELECT DISTINCT ${f.column_name} FROM customer_attrs`, f.type),
    })),
  ];
  // The derived fields' values as the engine stores them (journey stages spelled out: computed in SQL).
  const profileFields: FieldSample[] = [...PROFILE_FIELDS].map(([key, f]) => ({
    key,
    type: f.type,
    values:
      key === 'journey_stage'
        ? ['visitor', 'engaged', 'carted', 'buyer', 'repeat buyer']
        : distinct(`SELECT DISTINCT ${f.column} FROM event_profiles`, f.type),
  }));
  customerFields.push(...profileFields);
  // The cluster field: "<clustering> · <cluster>" of the saved clusterings (a customer has one per clustering).
  customerFields.push({
    key: 'cluster',
    type: 'category',
    values: distinct(
      "SELECT DISTINCT s.name || ' · ' || cm.cluster FROM cluster_members cm JOIN clusterings s ON s.id = cm.clustering",
      'category',
    ),
  });
  // The kept lifetime-value fit's predictions (customers it left out are empty).
  for (const key of ['p_alive', 'expected_purchases', 'clv']) {
    customerFields.push({
      key,
      type: 'number',
      values: distinct(`SELECT DISTINCT ${key} FROM clv_predictions WHERE ${key} IS NOT NULL`, 'number'),
    });
  }
  const eventFields = [...EVENT_FIELDS].map(([key, f]) => ({
    key,
    type: f.type,
    values: distinct(`SELECT DISTINCT ${f.column} FROM events`, f.type),
  }));
  const orderFields = registered('orders').map((f) => ({
    key: f.key,
    type: f.type,
    values: distinct(`SELECT DISTINCT ${f.column_name} FROM order_lines`, f.type),
  }));
  const sums = db.prepare('SELECT ROUND(SUM(amount), 6) FROM order_lines GROUP BY customer').pluck().all() as number[];
  return { asOf, customerFields, orderFields, eventFields, sums };
}

const isoOf = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const RANDOM_DAYS = fc.integer({ min: isoToDay('1960-01-01'), max: isoToDay('2026-12-31') });

function fromData<T>(values: T[], other: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return values.length === 0 ? other : fc.oneof(fc.constantFrom(...values), other);
}

function numberValue(field: FieldSample): fc.Arbitrary<number> {
  const random = fc.oneof(fc.integer({ min: -10, max: 300 }), fc.double({ min: -10, max: 300, noNaN: true }));
  return fromData(field.values as number[], random);
}

function dayValue(field: FieldSample): fc.Arbitrary<number> {
  const near = (field.values as number[]).length
    ? fc.tuple(fc.constantFrom(...(field.values as number[])), fc.integer({ min: -2, max: 2 })).map(([d, o]) => d + o)
    : RANDOM_DAYS;
  return fc.oneof(near, RANDOM_DAYS);
}

function textValue(field: FieldSample): fc.Arbitrary<string> {
  const strings = field.values.map(String);
  const slice = strings.length
    ? fc.tuple(fc.constantFrom(...strings), fc.nat(12), fc.nat(12), fc.boolean()).map(([s, from, len, upper]) => {
        const part = [...s].slice(from % (s.length + 1), (from % (s.length + 1)) + len).join('');
        return upper ? part.toUpperCase() : part;
      })
    : fc.constant('');
  return fc.oneof(slice, fc.constantFrom(...TEXT_TOKENS, ''), fc.string({ maxLength: 3 }));
}

function conditionValue(field: FieldSample, op: ConditionOp, asOf: number): fc.Arbitrary<unknown> {
  switch (op) {
    case 'is_empty':
    case 'not_empty':
    case 'is_true':
    case 'is_false':
      return fc.constant(undefined);
    case 'in':
    case 'not_in':
      return fc.subarray([...new Set([...field.values.map(String), 'Nowhere', 'wales'])]);
    case 'contains':
    case 'starts_with':
    case 'equals':
      return textValue(field);
    case 'before':
    case 'after':
      return dayValue(field).map(isoOf);
    case 'within_last_days':
    case 'not_within_last_days': {
      const exact = (field.values as number[]).map((d) => asOf - d).filter((n) => n >= 0);
      return fromData(exact, fc.constantFrom(0, 1, 7, 30, 90, 365, 100_000));
    }
    case 'month_in':
      return fc.subarray([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    case 'weekday_in':
      return fc.subarray([1, 2, 3, 4, 5, 6, 7]);
    case 'hour_between':
      return fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 23 }));
    case 'between':
      if (field.type === 'date')
        return fc.tuple(dayValue(field), dayValue(field)).map(([a, b]) => [isoOf(a), isoOf(b)]);
      return fc.tuple(numberValue(field), numberValue(field));
    default:
      // = / != on a yes/no field: 1 (yes) or 0 (no), the only values the engine accepts there.
      return field.type === 'boolean' ? fc.constantFrom(0, 1) : numberValue(field);
  }
}

/** seasonal: also the month / weekday / hour operators on dates (order and event times). */
function conditionArb(fields: FieldSample[], asOf: number, seasonal = false): fc.Arbitrary<Rule> {
  const ops = (field: FieldSample): ConditionOp[] =>
    seasonal && field.type === 'date'
      ? [...OPS_BY_TYPE.date, ...SEASONAL_OPS, ...SEASONAL_OPS]
      : [...OPS_BY_TYPE[field.type]];
  return fc
    .constantFrom(...fields)
    .chain((field) =>
      fc
        .constantFrom(...ops(field))
        .chain((op) =>
          conditionValue(field, op, asOf).map((value) =>
            value === undefined ? ({ field: field.key, op } as Rule) : ({ field: field.key, op, value } as Rule),
          ),
        ),
    );
}

function tree(leaf: fc.Arbitrary<Rule>, maxDepth: number): fc.Arbitrary<Rule> {
  return fc.letrec<{ rule: Rule }>((tie) => ({
    rule: fc.oneof(
      { maxDepth, depthSize: 'medium', depthIdentifier: `rule${maxDepth}`, withCrossShrink: true },
      { arbitrary: leaf, weight: 4 },
      { arbitrary: fc.array(tie('rule'), { maxLength: 4, size: 'medium' }).map((and) => ({ and })), weight: 2 },
      { arbitrary: fc.array(tie('rule'), { maxLength: 4, size: 'medium' }).map((or) => ({ or })), weight: 2 },
      { arbitrary: tie('rule').map((not) => ({ not })), weight: 1 },
    ),
  })).rule;
}

function ordersArb(v: Vocabulary): fc.Arbitrary<OrdersRule> {
  const where = tree(conditionArb(v.orderFields, v.asOf, true), 2);
  const window = fc.constantFrom(0, 1, 7, 30, 90, 365, 2000);
  return fc
    .record({
      orders: fc.record({ where, within_last_days: window }, { requiredKeys: [] }),
      measure: fc.constantFrom('count' as const, 'sum_amount' as const),
      op: fc.constantFrom('>=' as const, '>' as const, '=' as const, '<' as const, '<=' as const),
    })
    .chain((r) =>
      (r.measure === 'count'
        ? fc.integer({ min: 0, max: 5 })
        : fromData(v.sums, fc.oneof(fc.integer({ min: -50, max: 600 }), fc.constant(0)))
      ).map((value) => ({ ...r, value })),
    );
}

function eventsArb(v: Vocabulary): fc.Arbitrary<EventsRule> {
  const where = tree(conditionArb(v.eventFields, v.asOf, true), 2);
  const window = fc.constantFrom(7, 30, 90, 365, 2000);
  return fc.record({
    events: fc.record({ where, within_last_days: window }, { requiredKeys: [] }),
    measure: fc.constantFrom('count' as const, 'sessions' as const, 'distinct_days' as const),
    op: fc.constantFrom('>=' as const, '>' as const, '=' as const, '<' as const, '<=' as const),
    value: fc.integer({ min: 0, max: 3 }),
  });
}

/** Rules over the customers; segmentIds: saved segments they may refer to (none: no references). */
export function ruleArbitrary(v: Vocabulary, segmentIds: number[], maxDepth = 4): fc.Arbitrary<Rule> {
  const leaves: Array<fc.WeightedArbitrary<Rule>> = [
    { arbitrary: conditionArb(v.customerFields, v.asOf), weight: 6 },
    { arbitrary: ordersArb(v), weight: 2 },
    { arbitrary: eventsArb(v), weight: 2 },
  ];
  if (segmentIds.length > 0) {
    leaves.push({ arbitrary: fc.constantFrom(...segmentIds).map((segment) => ({ segment })), weight: 1 });
  }
  return tree(fc.oneof(...leaves), maxDepth);
}
