/**
 * The reference evaluator: the same rule semantics as the SQL compiler, written independently
 * in plain TypeScript over an in-memory copy of the project (see projectData.ts). The property
 * test requires both to select the same customers for any rule.
 */
import { WorkbenchError } from '../../../shared/errors.js';
import {
  foldText,
  isAnd,
  isCondition,
  isEvents,
  isFixedList,
  isInSegment,
  isNot,
  isOr,
  isOrders,
  type Rule,
} from '../../../shared/model/rules.js';
import { roundMoney } from '../db/rounding.js';
import { formatDay } from '../import/values/date.js';
import { rfmFieldValue } from '../rfm/ruleFields.js';
import { clusterConditionTest } from './clusterField.js';
import { compareNumbers } from './compare.js';
import { type CheckedCondition, checkCondition } from './conditions.js';
import { type EventRecord, journeyStage } from './eventProfileReference.js';
import { type FieldScope, type ResolvedField, resolveField } from './fields.js';
import type { CellValue, CustomerData, OrderLine, ProjectData } from './projectData.js';
import type { RuleOwner } from './segmentCatalog.js';

type Subject = { customer: CustomerData; line: OrderLine | null; event?: EventRecord };
type Predicate = (subject: Subject) => boolean;

/** Ids of the customers the rule selects. */
export function evaluateRule(data: ProjectData, rule: Rule, owner: RuleOwner = {}): Set<number> {
  const trail = owner.segmentId === undefined ? [] : [owner.segmentId];
  const matches = build(data, rule, '', 'customer', trail, owner);
  const members = new Set<number>();
  for (const customer of data.customers) if (matches({ customer, line: null })) members.add(customer.id);
  return members;
}

function build(
  data: ProjectData,
  rule: Rule,
  path: string,
  scope: FieldScope,
  trail: readonly number[],
  owner: RuleOwner,
): Predicate {
  const child = (r: Rule, i: number) => build(data, r, path === '' ? String(i) : `${path}.${i}`, scope, trail, owner);
  if (isAnd(rule)) {
    const parts = rule.and.map(child);
    return (s) => parts.every((p) => p(s));
  }
  if (isOr(rule)) {
    const parts = rule.or.map(child);
    return (s) => parts.some((p) => p(s));
  }
  if (isNot(rule)) {
    const inner = child(rule.not, 0);
    return (s) => !inner(s);
  }
  if (isCondition(rule)) {
    const field = resolveField(data.registry, rule.field, scope, path);
    if (field.storage.kind === 'cluster') {
      const inClusters = clusterConditionTest(checkCondition(field, rule, path));
      return (s) => inClusters(s.customer.clusters);
    }
    const test = conditionTest(checkCondition(field, rule, path), data.asOf);
    return (s) => test(cellOf(field, s, data.asOf));
  }
  if (isEvents(rule)) {
    if (scope !== 'customer') throw new WorkbenchError('INVALID_PARAMS', 'Nested events condition.', { path });
    const where = rule.events.where
      ? build(data, rule.events.where, `${path}.where`, 'event', trail, owner)
      : () => true;
    const days = rule.events.within_last_days;
    const asOf = data.asOf;
    const inWindow = (event: EventRecord) =>
      (asOf === null || event.ts < asOf * 86_400) &&
      (days === undefined || (asOf !== null && asOf - Math.floor(event.ts / 86_400) <= days));
    return ({ customer }) => {
      const events = customer.events.filter((event) => inWindow(event) && where({ customer, line: null, event }));
      const measure =
        rule.measure === 'count'
          ? events.length
          : rule.measure === 'sessions'
            ? new Set(events.filter((e) => e.session !== null).map((e) => e.session)).size
            : new Set(events.map((e) => Math.floor(e.ts / 86_400))).size;
      return compareNumbers(measure, rule.op, rule.value);
    };
  }
  if (isOrders(rule)) {
    if (scope !== 'customer') throw new WorkbenchError('INVALID_PARAMS', 'Nested orders condition.', { path });
    const where = rule.orders.where
      ? build(data, rule.orders.where, `${path}.where`, 'order', trail, owner)
      : () => true;
    const days = rule.orders.within_last_days;
    const asOf = data.asOf;
    const inWindow = (line: OrderLine) =>
      (asOf === null || line.ts < asOf * 86_400) &&
      (days === undefined || (asOf !== null && asOf - Math.floor(line.ts / 86_400) <= days));
    return ({ customer }) => {
      const lines = customer.lines.filter((line) => inWindow(line) && where({ customer, line }));
      let measure: number;
      if (rule.measure === 'count') {
        measure = new Set(lines.filter((l) => (data.orderTotals.get(l.order_ref) ?? 0) > 0).map((l) => l.order_ref))
          .size;
      } else {
        measure = roundMoney(lines.reduce((sum, l) => sum + l.amount, 0));
      }
      return compareNumbers(measure, rule.op, rule.value);
    };
  }
  if (isInSegment(rule)) {
    if (scope !== 'customer') throw new WorkbenchError('INVALID_PARAMS', 'Segment inside a where.', { path });
    const saved = data.segments.enter(rule.segment, trail, path, owner);
    return build(data, saved, path, 'customer', [...trail, rule.segment], owner);
  }
  if (isFixedList(rule)) {
    if (scope !== 'customer') throw new WorkbenchError('INVALID_PARAMS', 'List inside a where.', { path });
    const keys = data.lists.get(rule.list);
    if (!keys) throw new WorkbenchError('INVALID_PARAMS', `No saved customer list ${rule.list}.`, { path });
    return (s) => keys.has(s.customer.key);
  }
  throw new WorkbenchError('INVALID_PARAMS', 'Unrecognised rule node.', { path });
}

function cellOf(field: ResolvedField, { customer, line, event }: Subject, asOf: number | null): CellValue {
  const s = field.storage;
  switch (s.kind) {
    case 'customer_key':
      return customer.key;
    case 'attr':
      return customer.attrs?.[s.column] ?? null;
    case 'line':
      return line?.values[s.column] ?? null;
    case 'event':
      return event?.values[s.column] ?? null;
    case 'profile': {
      const profile = customer.profile as Record<string, CellValue> | null;
      return profile?.[s.column] ?? null;
    }
    case 'journey':
      return journeyStage(customer.profile, customer.metrics?.frequency ?? 0);
    case 'cluster':
      // Several values per customer: build() tests customer.clusters itself.
      return customer.clusters[0] ?? null;
    case 'rfm':
      return rfmFieldValue(s.model, s.field, customer.metrics);
    case 'predicted':
      return customer.predicted?.[s.column] ?? null;
    case 'metric': {
      const m = customer.metrics;
      if (!m) return null;
      const bought = m.frequency > 0;
      switch (s.metric) {
        case 'frequency':
          return m.frequency;
        case 'monetary':
          return m.monetary;
        case 'aov':
          return bought ? m.monetary / m.frequency : null;
        case 'recency_days':
          return bought && asOf !== null && m.last_day !== null ? asOf - m.last_day : null;
        case 'tenure_days':
          return bought && asOf !== null && m.first_day !== null ? asOf - m.first_day : null;
        case 'first_order':
          return m.first_day;
        case 'last_order':
          return m.last_day;
      }
    }
  }
}

/** A test of one value; an empty value (null) fails every test but is_empty. */
function conditionTest(cond: CheckedCondition, asOf: number | null): (value: CellValue) => boolean {
  const isDays = cond.field.storage.kind === 'metric';
  const day = (v: CellValue) => (isDays ? (v as number) : Math.floor((v as number) / 86_400));
  switch (cond.op) {
    case 'is_empty':
      return (v) => v === null;
    case 'not_empty':
      return (v) => v !== null;
    case 'is_true':
      return (v) => v === 1;
    case 'is_false':
      return (v) => v === 0;
    case '=':
    case '!=':
    case '>':
    case '>=':
    case '<':
    case '<=': {
      const { op, value } = cond;
      return (v) => v !== null && compareNumbers(v as number, op, value);
    }
    case 'between': {
      const [lo, hi] = cond.value;
      if (cond.field.type === 'date') return (v) => v !== null && lo <= day(v) && day(v) <= hi;
      return (v) => v !== null && lo <= (v as number) && (v as number) <= hi;
    }
    case 'in': {
      const set = new Set(cond.value);
      return (v) => v !== null && set.has(String(v));
    }
    case 'not_in': {
      const set = new Set(cond.value);
      return (v) => v !== null && !set.has(String(v));
    }
    case 'contains': {
      const needle = foldText(cond.value);
      return (v) => v !== null && foldText(String(v)).includes(needle);
    }
    case 'starts_with': {
      const needle = foldText(cond.value);
      return (v) => v !== null && foldText(String(v)).startsWith(needle);
    }
    case 'equals': {
      const needle = foldText(cond.value);
      return (v) => v !== null && foldText(String(v)) === needle;
    }
    case 'before': {
      const d = cond.value;
      return (v) => v !== null && day(v) < d;
    }
    case 'after': {
      const d = cond.value;
      return (v) => v !== null && day(v) > d;
    }
    case 'within_last_days': {
      const n = cond.value;
      return (v) => v !== null && asOf !== null && asOf - day(v) <= n;
    }
    case 'not_within_last_days': {
      const n = cond.value;
      return (v) => v !== null && asOf !== null && asOf - day(v) > n;
    }
    case 'month_in': {
      const months = new Set(cond.value);
      return (v) => v !== null && months.has(Number(formatDay(day(v)).slice(5, 7)));
    }
    case 'weekday_in': {
      const weekdays = new Set(cond.value);
      // ISO weekday: day 0 (1970-01-01) was a Thursday (4).
      return (v) => v !== null && weekdays.has(((((day(v) + 3) % 7) + 7) % 7) + 1);
    }
    case 'hour_between': {
      const [from, to] = cond.value;
      const hourOf = (v: number) => Math.floor((v - day(v) * 86_400) / 3600);
      return (v) => {
        if (v === null) return false;
        const hour = hourOf(v as number);
        return from <= to ? from <= hour && hour <= to : hour >= from || hour <= to;
      };
    }
  }
}
