/**
 * Checks a condition against its field's type and normalises its value (ISO dates to day
 * numbers). Both the SQL compiler and the reference evaluator start from this; each applies
 * the operator's meaning on its own.
 */
import { WorkbenchError } from '../../../shared/errors.js';
import { type Condition, OPS_BY_TYPE, SEASONAL_OPS } from '../../../shared/model/rules.js';
import { isoToDay } from '../metrics/days.js';
import type { ResolvedField } from './fields.js';

type CompareOp = '=' | '!=' | '>' | '>=' | '<' | '<=';

export type CheckedCondition =
  | { op: 'is_empty' | 'not_empty' | 'is_true' | 'is_false'; field: ResolvedField }
  | { op: CompareOp; field: ResolvedField; value: number }
  /** Numbers for a number field, day numbers (days since 1970) for a date field; inclusive. */
  | { op: 'between'; field: ResolvedField; value: [number, number] }
  | { op: 'in' | 'not_in'; field: ResolvedField; value: string[] }
  | { op: 'contains' | 'starts_with' | 'equals'; field: ResolvedField; value: string }
  /** A day number. */
  | { op: 'before' | 'after'; field: ResolvedField; value: number }
  /** A whole number of days >= 0. */
  | { op: 'within_last_days' | 'not_within_last_days'; field: ResolvedField; value: number }
  /** Months 1..12 or ISO weekdays 1 (Monday)..7 (Sunday), of an order or event time. */
  | { op: 'month_in' | 'weekday_in'; field: ResolvedField; value: number[] }
  /** Hours 0..23, inclusive; from > to wraps past midnight. */
  | { op: 'hour_between'; field: ResolvedField; value: [number, number] };

/** Seasonal operators read the clock time of these fields only (customer dates have no hour). */
const TIMED_STORAGE = new Set(['line', 'event']);

export function checkCondition(field: ResolvedField, condition: Condition, path: string): CheckedCondition {
  const { op, value } = condition;
  const allowed = OPS_BY_TYPE[field.type];
  const seasonal = (SEASONAL_OPS as readonly string[]).includes(op);
  if (seasonal && !(field.type === 'date' && TIMED_STORAGE.has(field.storage.kind))) {
    throw new WorkbenchError(
      'INVALID_PARAMS',
      `The operator "${op}" applies to order_date inside an orders condition and to event_time inside an events condition, not to "${field.key}".`,
      { path, field: field.key, op },
    );
  }
  if (!seasonal && !allowed.includes(op)) {
    throw new WorkbenchError(
      'INVALID_PARAMS',
      `The operator "${op}" does not apply to "${field.key}", a ${field.type} field: use one of ${allowed.join(', ')}.`,
      { path, field: field.key, op },
    );
  }
  const wrong = (expected: string): never => {
    throw new WorkbenchError('INVALID_PARAMS', `"${field.key}" ${op} needs ${expected}.`, {
      path,
      field: field.key,
      op,
      value: JSON.stringify(value ?? null),
    });
  };
  const toDay = (iso: unknown): number => {
    if (typeof iso !== 'string') return wrong('a date as YYYY-MM-DD');
    try {
      return isoToDay(iso);
    } catch {
      return wrong(`a valid date as YYYY-MM-DD ("${iso}" is not one)`);
    }
  };
  switch (op) {
    case 'is_empty':
    case 'not_empty':
    case 'is_true':
    case 'is_false':
      return { op, field };
    case '=':
    case '!=':
    case '>':
    case '>=':
    case '<':
    case '<=':
      if (field.type === 'boolean')
        return { op, field, value: value === 0 || value === 1 ? value : wrong('1 (yes) or 0 (no)') };
      return { op, field, value: isFiniteNumber(value) ? value : wrong('a number') };
    case 'between':
      if (field.type === 'date') {
        if (!Array.isArray(value) || value.length !== 2) return wrong('two dates [from, to] as YYYY-MM-DD');
        return { op, field, value: [toDay(value[0]), toDay(value[1])] };
      }
      if (!Array.isArray(value) || value.length !== 2 || !value.every(isFiniteNumber)) {
        return wrong('a value [low, high] of two numbers');
      }
      return { op, field, value: [value[0] as number, value[1] as number] };
    case 'in':
    case 'not_in':
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return wrong('a list of values');
      return { op, field, value: value as string[] };
    case 'contains':
    case 'starts_with':
    case 'equals':
      return { op, field, value: typeof value === 'string' ? value : wrong('a text value') };
    case 'before':
    case 'after':
      return { op, field, value: toDay(value) };
    case 'within_last_days':
    case 'not_within_last_days':
      if (!Number.isInteger(value) || (value as number) < 0) return wrong('a whole number of days (0 or more)');
      return { op, field, value: value as number };
    case 'month_in':
      return {
        op,
        field,
        value: wholeNumbers(value, 1, 12) ?? wrong('a list of months, 1 (January) to 12 (December)'),
      };
    case 'weekday_in':
      return { op, field, value: wholeNumbers(value, 1, 7) ?? wrong('a list of weekdays, 1 (Monday) to 7 (Sunday)') };
    case 'hour_between': {
      const hours = wholeNumbers(value, 0, 23);
      if (hours?.length !== 2) return wrong('two hours [from, to], each 0 to 23');
      return { op, field, value: [hours[0] as number, hours[1] as number] };
    }
  }
}

/** The value as a list of whole numbers in lo..hi, or null. */
function wholeNumbers(value: unknown, lo: number, hi: number): number[] | null {
  if (!Array.isArray(value)) return null;
  return value.every((v) => Number.isInteger(v) && v >= lo && v <= hi) ? (value as number[]) : null;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
