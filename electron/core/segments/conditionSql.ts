/**
 * One checked condition as a SQL expression. A comparison with an empty value may give NULL:
 * inside WHERE, AND and OR, NULL acts exactly as false (they are monotone), and the compiler
 * turns it into 0 before a NOT (two-valued logic). Leaving NULL visible lets SQLite see that a
 * condition rejects customers without attributes and join customer_attrs as an inner join.
 * Dates of attributes and order lines are stored as seconds and compared against day
 * boundaries, so no per-row division is needed.
 */
import { foldText } from '../../../shared/model/rules.js';
import { type Fragment, raw, type SqlValue, sql } from '../db/sqlFragment.js';
import { rfmFieldSql } from '../rfm/ruleFields.js';
import { CLUSTER_VALUE_SQL } from './clusterField.js';
import type { CheckedCondition } from './conditions.js';
import { ENGAGED_MIN_EVENTS, ENGAGED_MIN_SESSIONS } from './eventFields.js';
import type { ResolvedField } from './fields.js';
import { FOLD_FUNCTION } from './sqlFunctions.js';

const SECONDS_PER_DAY = 86_400;

/** The journey stage (see eventFields.ts) from event_profiles e and customer_metrics m. */
const PURCHASES = 'MAX(COALESCE(m.frequency, 0), COALESCE(e.purchase_days, 0))';
const JOURNEY_SQL = `(CASE WHEN ${PURCHASES} >= 2 THEN 'repeat buyer' WHEN ${PURCHASES} >= 1 THEN 'buyer'
  WHEN e.carted = 1 THEN 'carted'
  WHEN e.sessions >= ${ENGAGED_MIN_SESSIONS} OR e.events >= ${ENGAGED_MIN_EVENTS} THEN 'engaged'
  WHEN e.customer IS NOT NULL THEN 'visitor' END)`;

/** Seconds past midnight of a time in seconds, also before 1970 (SQLite's % keeps the sign). */
const secondOfDay = (x: Fragment): Fragment => sql`((${x} % 86400 + 86400) % 86400)`;
const FOLD = raw(FOLD_FUNCTION);

/** The SQL of a field's value (aliases: c customers, a customer_attrs, m customer_metrics, l order_lines, pv clv_predictions). */
export function fieldSql(field: ResolvedField, asOf: number | null): Fragment {
  const s = field.storage;
  switch (s.kind) {
    case 'customer_key':
      return raw('c.customer_key');
    case 'attr':
      return raw(`a.${s.column}`);
    case 'line':
      return raw(`l.${s.column}`);
    case 'event':
      return raw(`v.${s.column}`);
    case 'profile':
      return raw(`e.${s.column}`);
    case 'journey':
      return raw(JOURNEY_SQL);
    case 'cluster':
      // Valid inside clusterConditionSql's subquery over the member rows only.
      return raw(CLUSTER_VALUE_SQL);
    case 'rfm':
      return rfmFieldSql(s.model, s.field);
    case 'predicted':
      return raw(`pv.${s.column}`);
    case 'metric':
      switch (s.metric) {
        case 'recency_days':
          return sql`(CASE WHEN m.frequency > 0 THEN ${asOf} - m.last_day END)`;
        case 'tenure_days':
          return sql`(CASE WHEN m.frequency > 0 THEN ${asOf} - m.first_day END)`;
        case 'aov':
          return raw('(CASE WHEN m.frequency > 0 THEN m.monetary / m.frequency END)');
        case 'frequency':
          return raw('m.frequency');
        case 'monetary':
          return raw('m.monetary');
        case 'first_order':
          return raw('m.first_day');
        case 'last_order':
          return raw('m.last_day');
      }
  }
}

export function conditionSql(cond: CheckedCondition, asOf: number | null): Fragment {
  const x = fieldSql(cond.field, asOf);
  // Attribute and order-line dates are seconds; metric dates are already days.
  const inSeconds = cond.field.type === 'date' && cond.field.storage.kind !== 'metric';
  const dayStart = (day: number | null): SqlValue => (day === null ? null : inSeconds ? day * SECONDS_PER_DAY : day);
  const cutoff = (n: number): number | null => (asOf === null ? null : asOf - n);
  switch (cond.op) {
    case 'is_empty':
      return sql`(${x} IS NULL)`;
    case 'not_empty':
      return sql`(${x} IS NOT NULL)`;
    case 'is_true':
      return sql`(${x} = 1)`;
    case 'is_false':
      return sql`(${x} = 0)`;
    case '=':
      return sql`(${x} = ${cond.value})`;
    case '!=':
      return sql`(${x} <> ${cond.value})`;
    case '>':
      return sql`(${x} > ${cond.value})`;
    case '>=':
      return sql`(${x} >= ${cond.value})`;
    case '<':
      return sql`(${x} < ${cond.value})`;
    case '<=':
      return sql`(${x} <= ${cond.value})`;
    case 'between': {
      const [lo, hi] = cond.value;
      if (inSeconds) return sql`(${x} >= ${dayStart(lo)} AND ${x} < ${dayStart(hi + 1)})`;
      return sql`(${x} BETWEEN ${lo} AND ${hi})`;
    }
    case 'in':
      return sql`(${x} IN (SELECT value FROM json_each(${JSON.stringify(cond.value)})))`;
    case 'not_in':
      // x NOT IN (empty list) is true even for NULL in SQL: the empty value is excluded explicitly.
      return sql`(${x} IS NOT NULL AND ${x} NOT IN (SELECT value FROM json_each(${JSON.stringify(cond.value)})))`;
    case 'contains':
      return sql`(instr(${FOLD}(${x}), ${foldText(cond.value)}) > 0)`;
    case 'starts_with':
      return sql`(instr(${FOLD}(${x}), ${foldText(cond.value)}) = 1)`;
    case 'equals':
      return sql`(${FOLD}(${x}) = ${foldText(cond.value)})`;
    case 'before':
      return sql`(${x} < ${dayStart(cond.value)})`;
    case 'after':
      return sql`(${x} >= ${dayStart(cond.value + 1)})`;
    case 'within_last_days':
      // (asOf - day) <= n  <=>  day >= asOf - n; no as-of date (no orders) matches no one.
      return sql`(${x} >= ${dayStart(cutoff(cond.value))})`;
    case 'not_within_last_days':
      return sql`(${x} < ${dayStart(cutoff(cond.value))})`;
    case 'month_in':
      return sql`(CAST(strftime('%m', ${x}, 'unixepoch') AS INTEGER) IN (SELECT value FROM json_each(${JSON.stringify(cond.value)})))`;
    case 'weekday_in': {
      // Day 0 (1970-01-01) was a Thursday, ISO weekday 4.
      const day = sql`((${x} - ${secondOfDay(x)}) / 86400)`;
      return sql`((((${day} + 3) % 7 + 7) % 7 + 1) IN (SELECT value FROM json_each(${JSON.stringify(cond.value)})))`;
    }
    case 'hour_between': {
      const hour = sql`(${secondOfDay(x)} / 3600)`;
      const [from, to] = cond.value;
      return from <= to ? sql`(${hour} BETWEEN ${from} AND ${to})` : sql`(${hour} >= ${from} OR ${hour} <= ${to})`;
    }
  }
}
