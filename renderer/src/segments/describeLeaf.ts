/**
 * The words for one leaf of a rule (a condition, an orders condition, an in-segment condition),
 * in both polarities: a negated leaf reads "does not contain", "who did not place", not "not who…".
 */
import type { TFunction } from 'i18next';
import type { FieldInfo } from '../../../shared/api.js';
import {
  type Condition,
  type ConditionOp,
  type EventsRule,
  type FixedListRule,
  type InSegmentRule,
  isCondition,
  isEvents,
  isFixedList,
  isOrders,
  type OrdersRule,
  type Rule,
} from '../../../shared/model/rules.js';
import { formatDate, formatNumber } from '../format.js';

export interface DescribeContext {
  /** Customer attributes and metrics. */
  fields: readonly FieldInfo[];
  /** Order columns, for the where-rule of an orders condition. */
  orderFields: readonly FieldInfo[];
  segmentName(id: number): string | null;
  t: TFunction;
  lang: string;
}

const PREDICATE_KEY = {
  '=': 'eq',
  '!=': 'ne',
  '>': 'gt',
  '>=': 'gte',
  '<': 'lt',
  '<=': 'lte',
  between: 'between',
  in: 'in',
  not_in: 'notIn',
  contains: 'contains',
  starts_with: 'startsWith',
  equals: 'equals',
  before: 'before',
  after: 'after',
  within_last_days: 'within',
  not_within_last_days: 'notWithin',
  is_true: 'isTrue',
  is_false: 'isFalse',
  is_empty: 'isEmpty',
  not_empty: 'notEmpty',
  month_in: 'monthIn',
  weekday_in: 'weekdayIn',
  hour_between: 'hourBetween',
} as const satisfies Record<ConditionOp, string>;

/** "November or December": months 1..12 named in the user's language. */
function monthNames(months: number[], lang: string): string {
  const format = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' });
  return list(
    months.map((m) => format.format(Date.UTC(2024, m - 1, 1))),
    'disjunction',
    lang,
  );
}

/** "Saturday or Sunday": ISO weekdays 1 (Monday)..7 (Sunday); 2024-01-01 was a Monday. */
function weekdayNames(days: number[], lang: string): string {
  const format = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
  return list(
    days.map((d) => format.format(Date.UTC(2024, 0, d))),
    'disjunction',
    lang,
  );
}

const QUANTITY_KEY = { '>=': 'gte', '>': 'gt', '=': 'eq', '<': 'lt', '<=': 'lte' } as const;
type QuantityOp = keyof typeof QUANTITY_KEY;
const PLACE_ROLES = new Set(['country', 'city', 'region']);

export function formatPlainNumber(value: number, lang: string): string {
  return formatNumber(value, lang, 2);
}

function list(items: string[], type: 'conjunction' | 'disjunction', lang: string): string {
  return new Intl.ListFormat(lang, { style: 'long', type }).format(items);
}

interface ValueWords {
  value: string;
  values: string;
  from: string;
  to: string;
  days: string;
}

/** A condition's value in words: numbers and dates formatted, a list joined with "or", text quoted. */
function valueWords(condition: Condition, field: FieldInfo | undefined, ctx: DescribeContext): ValueWords {
  const { t, lang } = ctx;
  const words: ValueWords = { value: '', values: '', from: '', to: '', days: '' };
  const v = condition.value;
  const one = (x: string | number) =>
    typeof x === 'number' ? formatPlainNumber(x, lang) : field?.type === 'date' ? formatDate(x, lang) : x;
  if (Array.isArray(v) && condition.op === 'month_in') return { ...words, values: monthNames(v.map(Number), lang) };
  if (Array.isArray(v) && condition.op === 'weekday_in') return { ...words, values: weekdayNames(v.map(Number), lang) };
  if (Array.isArray(v) && condition.op === 'hour_between') {
    const hour = (h: unknown) => `${String(h).padStart(2, '0')}:00`;
    return { ...words, from: hour(v[0]), to: hour(v[1]).replace(':00', ':59') };
  }
  if (Array.isArray(v) && (condition.op === 'in' || condition.op === 'not_in')) {
    return { ...words, values: list(v.map(String), 'disjunction', lang) };
  }
  if (Array.isArray(v)) return { ...words, from: one(v[0] ?? ''), to: one(v[1] ?? '') };
  if (typeof v === 'string' && (field?.type === 'text' || field?.type === 'category'))
    return { ...words, value: t('segments.sentence.quoted', { text: v }) };
  if (field?.type === 'boolean' && (v === 0 || v === 1))
    return { ...words, value: t(`segments.values.${v ? 'yes' : 'no'}`) };
  if (v === undefined) return words;
  return { ...words, value: one(v), days: typeof v === 'number' ? formatPlainNumber(v, lang) : '' };
}

/** "Age is between 25 and 44", or with negated true "Age is not between 25 and 44". */
export function fieldPredicate(
  condition: Condition,
  fields: readonly FieldInfo[],
  negated: boolean,
  ctx: DescribeContext,
): { field: string; predicate: string } {
  const field = fields.find((f) => f.key === condition.field);
  const words = valueWords(condition, field, ctx);
  const key = PREDICATE_KEY[condition.op];
  const count = typeof condition.value === 'number' ? condition.value : 0;
  const predicate = negated
    ? ctx.t(`segments.sentence.predNot.${key}`, { ...words, count })
    : ctx.t(`segments.sentence.pred.${key}`, { ...words, count });
  return { field: field?.label ?? condition.field, predicate };
}

function isQuantityOp(op: string): op is QuantityOp {
  return op in QUANTITY_KEY;
}

function quantity(op: QuantityOp, value: number, kind: 'count' | 'amount', ctx: DescribeContext): string {
  return ctx.t(`segments.sentence.${kind}.${QUANTITY_KEY[op]}`, { n: formatPlainNumber(value, ctx.lang) });
}

function customerCondition(condition: Condition, negated: boolean, ctx: DescribeContext): string {
  const { t } = ctx;
  const field = ctx.fields.find((f) => f.key === condition.field);
  const value = condition.value;
  // Metrics and places read as a shopper would say them: "who spent over 500", "in Germany or France".
  if (field?.source === 'metrics' && typeof value === 'number' && isQuantityOp(condition.op)) {
    if (field.key === 'monetary') {
      const amount = quantity(condition.op, value, 'amount', ctx);
      return t(negated ? 'segments.sentence.notSpent' : 'segments.sentence.spent', { amount });
    }
    if (field.key === 'frequency') {
      const words = { quantity: quantity(condition.op, value, 'count', ctx), count: value };
      return t(negated ? 'segments.sentence.notPlaced' : 'segments.sentence.placed', words);
    }
  }
  if (!negated && field?.role && PLACE_ROLES.has(field.role) && Array.isArray(value)) {
    const places = list(value.map(String), 'disjunction', ctx.lang);
    if (condition.op === 'in') return t('segments.sentence.place', { places });
    if (condition.op === 'not_in') return t('segments.sentence.notPlace', { places });
  }
  return t('segments.sentence.whose', fieldPredicate(condition, ctx.fields, negated, ctx));
}

function ordersCondition(
  node: OrdersRule,
  negated: boolean,
  ctx: DescribeContext,
  describeWhere: (where: Rule) => string | null,
): string {
  const { t } = ctx;
  const kind = node.measure === 'count' ? 'count' : 'amount';
  const amount = quantity(node.op, node.value, kind, ctx);
  const parts: string[] = [
    node.measure === 'count'
      ? t(negated ? 'segments.sentence.notPlaced' : 'segments.sentence.placed', { quantity: amount, count: node.value })
      : t(negated ? 'segments.sentence.notSpent' : 'segments.sentence.spent', { amount }),
  ];
  const days = node.orders.within_last_days;
  if (days !== undefined) {
    parts.push(t('segments.sentence.lastDays', { count: days, days: formatPlainNumber(days, ctx.lang) }));
  }
  const where = node.orders.where ? describeWhere(node.orders.where) : null;
  if (where) parts.push(t('segments.sentence.where', { clauses: where }));
  return parts.join(' ');
}

/** "who had at least 2 sessions in the last 30 days where Event type is cart". */
function eventsCondition(
  node: EventsRule,
  negated: boolean,
  ctx: DescribeContext,
  describeWhere: (where: Rule) => string | null,
): string {
  const { t } = ctx;
  const amount = quantity(node.op, node.value, 'count', ctx);
  const key = node.measure === 'count' ? 'events' : node.measure === 'sessions' ? 'sessions' : 'days';
  const parts: string[] = [
    t(`segments.sentence.${negated ? 'notHad' : 'had'}.${key}`, { quantity: amount, count: node.value }),
  ];
  const days = node.events.within_last_days;
  if (days !== undefined) {
    parts.push(t('segments.sentence.lastDays', { count: days, days: formatPlainNumber(days, ctx.lang) }));
  }
  const where = node.events.where ? describeWhere(node.events.where) : null;
  if (where) parts.push(t('segments.sentence.where', { clauses: where }));
  return parts.join(' ');
}

function segmentCondition(node: InSegmentRule, negated: boolean, ctx: DescribeContext): string {
  const name = ctx.segmentName(node.segment) ?? ctx.t('segments.sentence.unknownSegment', { id: node.segment });
  return ctx.t(negated ? 'segments.sentence.notInSegment' : 'segments.sentence.inSegment', { name });
}

/** "who are among the 312 customers saved from Changes on 6 December 2026". */
function fixedListCondition(node: FixedListRule, negated: boolean, ctx: DescribeContext): string {
  return ctx.t(negated ? 'segments.sentence.notFixedList' : 'segments.sentence.fixedList', {
    n: formatPlainNumber(node.customers, ctx.lang),
    date: formatDate(node.saved, ctx.lang),
  });
}

/** A leaf at the customer level; null for a node that is not a leaf. */
export function describeLeaf(
  node: Rule,
  negated: boolean,
  ctx: DescribeContext,
  describeWhere: (where: Rule) => string | null,
): string | null {
  if (isCondition(node)) return customerCondition(node, negated, ctx);
  if (isOrders(node)) return ordersCondition(node, negated, ctx, describeWhere);
  if (isEvents(node)) return eventsCondition(node, negated, ctx, describeWhere);
  if ('segment' in node) return segmentCondition(node, negated, ctx);
  if (isFixedList(node)) return fixedListCondition(node, negated, ctx);
  return null;
}

/** A leaf inside an orders where-rule: "Category is Shoes". */
export function describeOrderLeaf(node: Rule, negated: boolean, ctx: DescribeContext): string | null {
  if (!isCondition(node)) return null;
  return ctx.t('segments.sentence.orderField', fieldPredicate(node, ctx.orderFields, negated, ctx));
}
