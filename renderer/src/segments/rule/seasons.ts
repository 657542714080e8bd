/**
 * Seasonal operators (month in, weekday in, hour between) apply to the time of an order line or
 * of an event only: the builder offers them on order_date (inside an orders condition) and on
 * event_time (inside an events condition), and counts such a condition once its value fits.
 */
import type { FieldInfo } from '../../../../shared/api.js';
import { type Condition, type ConditionOp, OPS_BY_TYPE, SEASONAL_OPS } from '../../../../shared/model/rules.js';

/** Fields whose values are times of an order line or of an event. */
const TIME_FIELDS: ReadonlySet<string> = new Set(['order_date', 'event_time']);

export function isSeasonalOp(op: ConditionOp): boolean {
  return (SEASONAL_OPS as readonly ConditionOp[]).includes(op);
}

/** The operators a field offers, in the builder's order: its type's, then the seasonal ones on a time. */
export function opsOf(field: Pick<FieldInfo, 'key' | 'type'>): readonly ConditionOp[] {
  const ops = OPS_BY_TYPE[field.type];
  return field.type === 'date' && TIME_FIELDS.has(field.key) ? [...ops, ...SEASONAL_OPS] : ops;
}

const isIntIn = (from: number, to: number) => (v: unknown) =>
  typeof v === 'number' && Number.isInteger(v) && v >= from && v <= to;

/** True when a seasonal operator's value has its shape: months 1..12, ISO weekdays 1..7, two hours 0..23. */
export function isSeasonalValueComplete(op: ConditionOp, value: Condition['value']): boolean {
  if (!Array.isArray(value) || value.length === 0) return false;
  const items = value as unknown[];
  if (op === 'month_in') return items.every(isIntIn(1, 12));
  if (op === 'weekday_in') return items.every(isIntIn(1, 7));
  return items.length === 2 && items.every(isIntIn(0, 23));
}
