/**
 * One checked condition as an expression over a warehouse column, with the meaning of
 * segments/conditionSql.ts: a comparison with an empty value is NULL, which WHERE, AND and OR
 * treat as false and NOT turns into false first (notSql). Dates are compared against day
 * boundaries: customer dates are DATE columns, order and event times TIMESTAMP columns, metric
 * dates day numbers.
 */
import type { CheckedCondition } from '../segments/conditions.js';
import { type Dialect, quoteBoolean, quoteDate, quoteNumber, quoteText, quoteTimestamp } from './dialect.js';
import { textTestSql, timePartSql } from './dialectSql.js';

/** value: numbers, text, booleans; date: a DATE column; timestamp: a TIMESTAMP column; days: day numbers. */
export interface ValueColumn {
  sql: string;
  unit: 'value' | 'text' | 'date' | 'timestamp' | 'days';
}

export function conditionWarehouseSql(
  cond: CheckedCondition,
  column: ValueColumn,
  dialect: Dialect,
  asOf: number | null,
): string {
  const x = column.sql;
  const no = quoteBoolean(dialect, false);
  const num = (n: number) => quoteNumber(dialect, n);
  /** The start of a day in the column's unit. */
  const dayStart = (day: number): string => {
    if (column.unit === 'date') return quoteDate(dialect, day);
    if (column.unit === 'timestamp') return quoteTimestamp(dialect, day * 86_400);
    return num(day);
  };
  const list = (values: readonly (string | number)[]) =>
    values.map((v) => (typeof v === 'string' ? quoteText(dialect, v) : num(v))).join(', ');
  const isBoolean = cond.field.type === 'boolean';
  switch (cond.op) {
    case 'is_empty':
      return `(${x} IS NULL)`;
    case 'not_empty':
      return `(${x} IS NOT NULL)`;
    case 'is_true':
      return `(${x} = ${quoteBoolean(dialect, true)})`;
    case 'is_false':
      return `(${x} = ${no})`;
    case '=':
    case '!=':
    case '>':
    case '>=':
    case '<':
    case '<=': {
      const op = cond.op === '!=' ? '<>' : cond.op;
      const value = isBoolean ? quoteBoolean(dialect, cond.value === 1) : num(cond.value);
      return `(${x} ${op} ${value})`;
    }
    case 'between': {
      const [lo, hi] = cond.value;
      if (column.unit === 'timestamp') return `(${x} >= ${dayStart(lo)} AND ${x} < ${dayStart(hi + 1)})`;
      return `(${x} >= ${dayStart(lo)} AND ${x} <= ${dayStart(hi)})`;
    }
    case 'in':
      return cond.value.length === 0 ? no : `(${x} IN (${list(cond.value)}))`;
    case 'not_in':
      // The empty value is in no list and out of none: excluded explicitly.
      return cond.value.length === 0
        ? `(${x} IS NOT NULL)`
        : `(${x} IS NOT NULL AND ${x} NOT IN (${list(cond.value)}))`;
    case 'contains':
    case 'starts_with':
    case 'equals':
      return textTestSql(dialect, cond.op, x, cond.value);
    case 'before':
      return `(${x} < ${dayStart(cond.value)})`;
    case 'after':
      return `(${x} >= ${dayStart(cond.value + 1)})`;
    case 'within_last_days':
      // (asOf - day) <= n  <=>  day >= asOf - n; without an as-of date (no orders) no one.
      return asOf === null ? no : `(${x} >= ${dayStart(asOf - cond.value)})`;
    case 'not_within_last_days':
      return asOf === null ? no : `(${x} < ${dayStart(asOf - cond.value)})`;
    case 'month_in':
      return cond.value.length === 0 ? no : `(${timePartSql(dialect, 'month', x)} IN (${list(cond.value)}))`;
    case 'weekday_in':
      return cond.value.length === 0 ? no : `(${timePartSql(dialect, 'isodow', x)} IN (${list(cond.value)}))`;
    case 'hour_between': {
      const hour = timePartSql(dialect, 'hour', x);
      const [from, to] = cond.value;
      return from <= to
        ? `(${hour} BETWEEN ${num(from)} AND ${num(to)})`
        : `(${hour} >= ${num(from)} OR ${hour} <= ${num(to)})`;
    }
  }
}
