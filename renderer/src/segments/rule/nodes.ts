/**
 * New nodes for the builder, and what happens to a condition's value when its field or operator
 * changes: a value is kept when it still fits (between 10 and … keeps 10), otherwise cleared.
 */
import type { FieldInfo } from '../../../../shared/api.js';
import type { FieldType } from '../../../../shared/model/roles.js';
import type {
  Condition,
  ConditionOp,
  EventsRule,
  InSegmentRule,
  OrdersRule,
  Rule,
} from '../../../../shared/model/rules.js';
import { DAY_OPS, TEXT_VALUE_OPS, VALUELESS_OPS } from './completeness.js';
import type { Combinator } from './editRule.js';
import { opsOf } from './seasons.js';

/** A condition with no field chosen yet: shown as incomplete until the user picks one. */
export function newCondition(): Condition {
  return { field: '', op: '=' };
}

/** "Placed at least 1 order", with an empty where-rule for order fields. */
export function newOrders(): OrdersRule {
  return { orders: { where: { and: [] } }, measure: 'count', op: '>=', value: 1 };
}

/** "Had at least 1 event in the last 30 days", with an empty where-rule for event fields. */
export function newEvents(): EventsRule {
  return { events: { where: { and: [] }, within_last_days: 30 }, measure: 'count', op: '>=', value: 1 };
}

/** In segment …: incomplete until a saved segment is picked (0 is no segment). */
export function newInSegment(): InSegmentRule {
  return { segment: 0 };
}

/** A nested group is usually made to combine the other way than its parent, so it starts so, with one condition. */
export function newGroup(parent: Combinator): Rule {
  return parent === 'and' ? { or: [newCondition()] } : { and: [newCondition()] };
}

/** flag: 1 (yes) or 0 (no), for = / != on a yes/no field. */
export type ValueKind =
  | 'none'
  | 'number'
  | 'numberPair'
  | 'list'
  | 'text'
  | 'date'
  | 'datePair'
  | 'days'
  | 'flag'
  | 'months'
  | 'weekdays'
  | 'hours';

export function valueKind(type: FieldType, op: ConditionOp): ValueKind {
  if (VALUELESS_OPS.includes(op)) return 'none';
  if (op === 'month_in') return 'months';
  if (op === 'weekday_in') return 'weekdays';
  if (op === 'hour_between') return 'hours';
  switch (type) {
    case 'number':
      return op === 'between' ? 'numberPair' : 'number';
    case 'category':
      return TEXT_VALUE_OPS.includes(op) ? 'text' : 'list';
    case 'text':
      return 'text';
    case 'date':
      if (DAY_OPS.includes(op)) return 'days';
      return op === 'between' ? 'datePair' : 'date';
    case 'boolean':
      return 'flag';
  }
}

function convertValue(value: Condition['value'], from: ValueKind, to: ValueKind): Condition['value'] {
  if (value === undefined || to === 'none') return undefined;
  if (from === to) return value;
  if (from === 'number' && to === 'numberPair' && typeof value === 'number') return [value, Number.NaN];
  if (from === 'numberPair' && to === 'number' && Array.isArray(value) && typeof value[0] === 'number') {
    return Number.isFinite(value[0]) ? value[0] : undefined;
  }
  if (from === 'date' && to === 'datePair' && typeof value === 'string') return [value, ''];
  if (from === 'datePair' && to === 'date' && Array.isArray(value) && typeof value[0] === 'string') {
    return value[0] || undefined;
  }
  return undefined;
}

/** The condition with another operator; the value is converted when it still fits. */
export function withOp(condition: Condition, type: FieldType, op: ConditionOp): Condition {
  const value = convertValue(condition.value, valueKind(type, condition.op), valueKind(type, op));
  return value === undefined ? { field: condition.field, op } : { field: condition.field, op, value };
}

/** The condition on another field: the operator is kept when the new field offers it, the value is cleared. */
export function withField(condition: Condition, field: FieldInfo): Condition {
  const ops = opsOf(field);
  // A yes/no field offers = for those who write "vip = 1", but starts at "is yes" (a new condition's = has no value).
  const keep = ops.includes(condition.op) && (field.type !== 'boolean' || VALUELESS_OPS.includes(condition.op));
  const op = keep ? condition.op : (ops[0] ?? 'is_empty');
  return { field: field.key, op };
}

/** The condition with a new value; undefined clears it (the condition becomes incomplete). */
export function withValue(condition: Condition, value: Condition['value']): Condition {
  return value === undefined ? { field: condition.field, op: condition.op } : { ...condition, value };
}
