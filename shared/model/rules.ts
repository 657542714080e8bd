/**
 * The segment rule model: one zod schema for the builder, the project file and the CLI
 * (`segwb segment count --rule FILE.json`). An exact interface: scripts depend on it.
 *
 *   Rule      = { and: Rule[] } | { or: Rule[] } | { not: Rule } | Condition | Orders | Events | InSegment
 *   Condition = { field, op, value? }
 *   Orders    = { orders: { where?: Rule over order fields, within_last_days?: n },
 *                 measure: 'count' | 'sum_amount', op: '>=' | '>' | '=' | '<' | '<=', value: n }
 *   Events    = { events: { where?: Rule over event fields, within_last_days?: n },
 *                 measure: 'count' | 'sessions' | 'distinct_days', op: '>=' | '>' | '=' | '<' | '<=', value: n }
 *   InSegment = { segment: id }
 *   FixedList = { list: id, customers: n, saved: YYYY-MM-DD, origin: 'changes' }   a list of
 *               members kept as saved (e.g. the customers of a cell in Changes); customers, saved
 *               and origin say what it holds and where it came from
 *
 * Seasonal operators apply to the time of an order line (order_date, inside an orders "where")
 * or of an event (event_time, inside an events "where"), on the wall clock as the file wrote it:
 *   month_in   [m, ...]   months 1 (January) .. 12 (December)
 *   weekday_in [d, ...]   ISO weekdays 1 (Monday) .. 7 (Sunday)
 *   hour_between [from, to]  hours 0..23, both inclusive; from > to wraps past midnight
 *                            ([22, 2] is 22:00 to 02:59)
 *
 * Logic is two-valued: a comparison with an empty value is false (only is_empty is true for it),
 * so `not` of such a comparison is true. { and: [] } matches everyone; { or: [] } no one.
 *
 * Rules nest at most MAX_RULE_DEPTH levels (a condition alone is one level; each and/or/not/
 * orders.where around it adds one).
 */
import { z } from 'zod';
import { IsoDate, RowId } from '../contract/common.js';
import type { FieldType } from './roles.js';

export const NUMBER_OPS = ['=', '!=', '>', '>=', '<', '<=', 'between'] as const;
export const CATEGORY_OPS = ['in', 'not_in'] as const;
export const TEXT_OPS = ['contains', 'starts_with', 'equals'] as const;
export const DATE_OPS = ['before', 'after', 'between', 'within_last_days', 'not_within_last_days'] as const;
export const BOOLEAN_OPS = ['is_true', 'is_false'] as const;
/** Only for order and event times (see above); not offered on customer dates. */
export const SEASONAL_OPS = ['month_in', 'weekday_in', 'hour_between'] as const;
/** Valid for a field of any type. */
export const EMPTINESS_OPS = ['is_empty', 'not_empty'] as const;

export const ConditionOp = z.enum([
  ...NUMBER_OPS,
  ...CATEGORY_OPS,
  ...TEXT_OPS,
  'before',
  'after',
  'within_last_days',
  'not_within_last_days',
  ...BOOLEAN_OPS,
  ...EMPTINESS_OPS,
  ...SEASONAL_OPS,
]);
export type ConditionOp = z.infer<typeof ConditionOp>;

/** = and != on a yes/no field, with 1 (yes) or 0 (no): how people write "vip = 1". */
export const BOOLEAN_COMPARE_OPS = ['=', '!='] as const;

/**
 * Operators a field of each type accepts, in the order the builder offers them. A category also
 * takes the text operators (country contains "land"), as people write rules.
 */
export const OPS_BY_TYPE: Record<FieldType, readonly ConditionOp[]> = {
  number: [...NUMBER_OPS, ...EMPTINESS_OPS],
  category: [...CATEGORY_OPS, ...TEXT_OPS, ...EMPTINESS_OPS],
  text: [...TEXT_OPS, ...EMPTINESS_OPS],
  date: [...DATE_OPS, ...EMPTINESS_OPS],
  boolean: [...BOOLEAN_OPS, ...BOOLEAN_COMPARE_OPS, ...EMPTINESS_OPS],
};

const FieldKey = z.string().min(1).max(500);

export const ConditionValue = z.union([
  z.number(),
  z.string().max(10_000),
  z.array(z.string().max(10_000)).max(100_000),
  z.tuple([z.number(), z.number()]),
  z.tuple([IsoDate, IsoDate]),
  // Months or weekdays of a seasonal condition.
  z.array(z.number()).max(100),
]);
export type ConditionValue = z.infer<typeof ConditionValue>;

export const Condition = z.object({ field: FieldKey, op: ConditionOp, value: ConditionValue.optional() }).strict();
export type Condition = z.infer<typeof Condition>;

export const OrdersMeasure = z.enum(['count', 'sum_amount']);
export const OrdersOp = z.enum(['>=', '>', '=', '<', '<=']);

export interface OrdersRule {
  orders: { where?: Rule; within_last_days?: number };
  measure: z.infer<typeof OrdersMeasure>;
  op: z.infer<typeof OrdersOp>;
  value: number;
}
export const EventsMeasure = z.enum(['count', 'sessions', 'distinct_days']);

/**
 * Customers whose events (where + window, before the as-of date) give a measure that compares
 * true: count of events, distinct sessions (events without a session belong to none), or
 * distinct days.
 */
export interface EventsRule {
  events: { where?: Rule; within_last_days?: number };
  measure: z.infer<typeof EventsMeasure>;
  op: z.infer<typeof OrdersOp>;
  value: number;
}
export interface InSegmentRule {
  segment: number;
}
/**
 * The customers of a saved member list (table member_lists): a fixed set, not a condition, so it
 * does not follow the data. `customers` and `saved` (the day it was saved) are what the rule in
 * words says; the compiler checks them against the list.
 */
export interface FixedListRule {
  list: number;
  customers: number;
  saved: string;
  /** Where the list was saved from (the view that made it). */
  origin: 'changes';
}
export type Rule =
  | { and: Rule[] }
  | { or: Rule[] }
  | { not: Rule }
  | Condition
  | OrdersRule
  | EventsRule
  | InSegmentRule
  | FixedListRule;

/** The documented nesting limit; deeper rules are refused before anything recursive reads them. */
export const MAX_RULE_DEPTH = 100;
export const RULE_DEPTH_MESSAGE = `rules can be nested at most ${MAX_RULE_DEPTH} levels deep`;

/**
 * How many rule levels a JSON value nests (0 for a non-object), counted with an explicit stack:
 * a hostile rule thousands of levels deep must not overflow the call stack here either.
 */
export function ruleDepth(value: unknown): number {
  let deepest = 0;
  const stack: Array<{ node: unknown; depth: number }> = [{ node: value, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    if (typeof node !== 'object' || node === null || Array.isArray(node)) continue;
    deepest = Math.max(deepest, depth);
    const record = node as Record<string, unknown>;
    for (const list of [record.and, record.or]) {
      if (Array.isArray(list)) for (const child of list) stack.push({ node: child, depth: depth + 1 });
    }
    if ('not' in record) stack.push({ node: record.not, depth: depth + 1 });
    for (const scoped of [record.orders, record.events]) {
      if (typeof scoped === 'object' && scoped !== null && 'where' in scoped) {
        stack.push({ node: (scoped as { where: unknown }).where, depth: depth + 1 });
      }
    }
  }
  return deepest;
}

const RuleTree: z.ZodType<Rule> = z.lazy(() =>
  z.union([
    z.object({ and: z.array(RuleTree).max(10_000) }).strict(),
    z.object({ or: z.array(RuleTree).max(10_000) }).strict(),
    z.object({ not: RuleTree }).strict(),
    Condition,
    z
      .object({
        orders: z.object({ where: RuleTree.optional(), within_last_days: z.number().int().min(0).optional() }).strict(),
        measure: OrdersMeasure,
        op: OrdersOp,
        value: z.number(),
      })
      .strict(),
    z
      .object({
        events: z.object({ where: RuleTree.optional(), within_last_days: z.number().int().min(0).optional() }).strict(),
        measure: EventsMeasure,
        op: OrdersOp,
        value: z.number(),
      })
      .strict(),
    z.object({ segment: RowId }).strict(),
    z
      .object({ list: RowId, customers: z.number().int().min(0), saved: IsoDate, origin: z.literal('changes') })
      .strict(),
  ]),
);

/** A rule of any depth up to the limit; the depth is checked first, so the recursive schema never sees a deeper one. */
export const Rule: z.ZodType<Rule> = z
  .unknown()
  .check((ctx) => {
    if (ruleDepth(ctx.value) > MAX_RULE_DEPTH)
      ctx.issues.push({ code: 'custom', message: RULE_DEPTH_MESSAGE, input: ctx.value });
  })
  .pipe(RuleTree);

export function isAnd(rule: Rule): rule is { and: Rule[] } {
  return 'and' in rule;
}
export function isOr(rule: Rule): rule is { or: Rule[] } {
  return 'or' in rule;
}
export function isNot(rule: Rule): rule is { not: Rule } {
  return 'not' in rule;
}
export function isCondition(rule: Rule): rule is Condition {
  return 'field' in rule;
}
export function isOrders(rule: Rule): rule is OrdersRule {
  return 'orders' in rule;
}
export function isEvents(rule: Rule): rule is EventsRule {
  return 'events' in rule;
}
export function isInSegment(rule: Rule): rule is InSegmentRule {
  return 'segment' in rule;
}
export function isFixedList(rule: Rule): rule is FixedListRule {
  return 'list' in rule;
}

/**
 * Case-insensitive, Unicode-aware comparison key for the text operators, the same in SQL
 * (registered as a function) and in the reference evaluator. Arabic yeh/kaf are folded to the
 * Persian letters, as users type either.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\u064A/g, '\u06CC')
    .replace(/\u0643/g, '\u06A9');
}
