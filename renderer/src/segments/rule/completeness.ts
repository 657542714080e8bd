/**
 * Whether a leaf of the edited rule is complete enough to count: a known field, an operator that
 * fits its type and a value of the shape the operator needs. The builder keeps half-made
 * conditions (a field chosen, no value yet) in the draft; only complete ones reach the engine.
 */
import type { FieldInfo } from '../../../../shared/api.js';
import type { FieldType } from '../../../../shared/model/roles.js';
import {
  type Condition,
  type ConditionOp,
  isCondition,
  isEvents,
  isInSegment,
  isOrders,
  type Rule,
  TEXT_OPS,
} from '../../../../shared/model/rules.js';

import { isSeasonalOp, isSeasonalValueComplete, opsOf } from './seasons.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Operators that take no value at all. */
export const VALUELESS_OPS: readonly ConditionOp[] = ['is_true', 'is_false', 'is_empty', 'not_empty'];
/** Operators whose value is a piece of text (on a text field, and on a category as people write rules). */
export const TEXT_VALUE_OPS: readonly ConditionOp[] = TEXT_OPS;
/** Date operators whose value is a number of days. */
export const DAY_OPS: readonly ConditionOp[] = ['within_last_days', 'not_within_last_days'];

export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isDayCount(value: unknown): boolean {
  return isFiniteNumber(value) && Number.isInteger(value) && value >= 0;
}

function isIsoDate(value: unknown): boolean {
  return typeof value === 'string' && ISO_DATE.test(value);
}

function isPair(value: unknown, item: (v: unknown) => boolean): boolean {
  return Array.isArray(value) && value.length === 2 && item(value[0]) && item(value[1]);
}

/** True when value has the shape op needs for a field of this type. */
export function isValueComplete(type: FieldType, op: ConditionOp, value: Condition['value']): boolean {
  if (VALUELESS_OPS.includes(op)) return value === undefined;
  if (type === 'number') return op === 'between' ? isPair(value, isFiniteNumber) : isFiniteNumber(value);
  if (type === 'category' && !TEXT_VALUE_OPS.includes(op)) return Array.isArray(value) && value.length > 0;
  if (type === 'text' || type === 'category') return typeof value === 'string' && value.length > 0;
  if (type === 'boolean') return value === 0 || value === 1;
  if (type === 'date') {
    if (DAY_OPS.includes(op)) return isDayCount(value);
    return op === 'between' ? isPair(value, isIsoDate) : isIsoDate(value);
  }
  return false;
}

export function isConditionComplete(condition: Condition, fields: readonly FieldInfo[]): boolean {
  const field = fields.find((f) => f.key === condition.field);
  if (!field) return false;
  if (!opsOf(field).includes(condition.op)) return false;
  if (isSeasonalOp(condition.op)) return isSeasonalValueComplete(condition.op, condition.value);
  return isValueComplete(field.type, condition.op, condition.value);
}

/**
 * A leaf (condition, orders or in-segment) that can be counted. The orders condition's own
 * where-rule is pruned separately: its half-made conditions do not make the whole one incomplete.
 */
export function isLeafComplete(node: Rule, fields: readonly FieldInfo[]): boolean {
  if (isCondition(node)) return isConditionComplete(node, fields);
  if (isOrders(node)) {
    const days = node.orders.within_last_days;
    return isFiniteNumber(node.value) && node.value >= 0 && (days === undefined || isDayCount(days));
  }
  if (isInSegment(node)) return Number.isInteger(node.segment) && node.segment >= 1;
  if (isEvents(node)) {
    const days = node.events.within_last_days;
    return isFiniteNumber(node.value) && node.value >= 0 && (days === undefined || isDayCount(days));
  }
  return true;
}
