/**
 * A rule as ONE portable SELECT over the warehouse tables (schema.ts) returning the customer_id of
 * every member, with every value inlined as a quoted literal. The same semantics as the app's
 * compiler (segments/compile.ts) and reference evaluator (segments/evaluate.ts): two-valued logic
 * on empty values, orders and events conditions over the lines and events dated before the as-of
 * date (with their windows), saved segments inlined and fixed lists inlined as their ids.
 * Aliases: c customers, m the per-customer metrics (joined when used), l order_lines and t orders
 * inside orders conditions, v events inside events conditions.
 */

import type { RfmResolvedSettings } from '../../../shared/contract/rfm.js';
import { WorkbenchError } from '../../../shared/errors.js';
import {
  EventsMeasure,
  type EventsRule,
  isAnd,
  isCondition,
  isEvents,
  isFixedList,
  isInSegment,
  isNot,
  isOr,
  isOrders,
  MAX_RULE_DEPTH,
  OrdersMeasure,
  OrdersOp,
  type OrdersRule,
  type Rule,
} from '../../../shared/model/rules.js';
import type { Db } from '../db/projectFile.js';
import { readAsOf } from '../metrics/asOf.js';
import type { RfmFieldKey } from '../rfm/ruleFields.js';
import { compareNumbers } from '../segments/compare.js';
import { checkCondition } from '../segments/conditions.js';
import {
  type FieldRegistry,
  type FieldScope,
  loadFieldRegistry,
  type ResolvedField,
  resolveField,
} from '../segments/fields.js';
import { checkFixedList, memberListKeys } from '../segments/fixedList.js';
import { type RuleOwner, SegmentCatalog } from '../segments/segmentCatalog.js';
import { conditionWarehouseSql, type ValueColumn } from './conditionWarehouseSql.js';
import { type Dialect, quoteBoolean, quoteIdent, quoteNumber, quoteText, quoteTimestamp } from './dialect.js';
import { dateOfSql, notSql, round6Sql } from './dialectSql.js';
import { eventProfilesSql, journeyStageSql } from './eventProfilesSql.js';
import { metricColumn, refusal } from './metricColumns.js';
import { metricsJoinSql } from './metricsSql.js';
import { rfmSql } from './rfmSql.js';
import { type WarehouseSchema, warehouseSchema } from './schema.js';

export interface RuleSqlOptions {
  dialect: Dialect;
  /** The as-of day (days since 1970); default: the project's. */
  asOf?: number | null;
  /** The tables and fields of a database (sources/sourceTables.ts); default: the project's. */
  tables?: { schema: WarehouseSchema; registry: FieldRegistry };
}

/** The SELECT of the rule's members (customer_id), for the warehouse tables in a dialect. */
export function ruleSql(db: Db, rule: Rule, options: RuleSqlOptions, owner: RuleOwner = {}): string {
  const emitter = new WarehouseRuleEmitter(db, options);
  const where = emitter.expression(rule, owner);
  return `SELECT c.customer_id FROM ${emitter.from()} WHERE ${where} ORDER BY c.customer_id`;
}

/** Emits rules of one project for one dialect and as-of date; reusable for several rules. */
export class WarehouseRuleEmitter {
  readonly dialect: Dialect;
  readonly asOf: number | null;
  readonly schema: WarehouseSchema;
  private readonly registry: FieldRegistry;
  private readonly segments: SegmentCatalog;
  private usesMetrics = false;
  /** The subqueries joined when used: RFM scores (rs) of these settings, event profiles (e). */
  private rfmJoin: string | null = null;
  private profilesJoin: string | null = null;

  /** db: the project whose fields, saved segments and lists the rules name; null for a database alone. */
  constructor(
    private readonly db: Db | null,
    options: RuleSqlOptions,
  ) {
    this.dialect = options.dialect;
    this.asOf = options.asOf !== undefined ? options.asOf : db === null ? null : readAsOf(db).day;
    const tables =
      options.tables ?? (db === null ? null : { schema: warehouseSchema(db), registry: loadFieldRegistry(db) });
    if (tables === null) throw new WorkbenchError('INTERNAL', 'A rule needs a project or the tables of a database.');
    this.schema = tables.schema;
    this.registry = tables.registry;
    this.segments = db === null ? new SegmentCatalog(new Map()) : SegmentCatalog.load(db);
  }

  /** Is customer c a member? A boolean expression (NULL counts as no, see notSql). */
  expression(rule: Rule, owner: RuleOwner = {}): string {
    const trail = owner.segmentId === undefined ? [] : [owner.segmentId];
    return this.node(rule, '', 'customer', trail, 0, owner);
  }

  /** The FROM clause joining what the expressions so far use (withMetrics: m always, for revenue). */
  from(withMetrics = false): string {
    let from = 'customers c';
    if (this.usesMetrics || withMetrics) {
      from += ` LEFT JOIN ${metricsJoinSql(this.dialect, this.asOf, this.schema.hasOrders)} m ON m.customer_id = c.customer_id`;
    }
    if (this.rfmJoin !== null) from += ` LEFT JOIN (${this.rfmJoin}) rs ON rs.customer_id = c.customer_id`;
    if (this.profilesJoin !== null) from += ` LEFT JOIN (${this.profilesJoin}) e ON e.customer_id = c.customer_id`;
    return from;
  }

  private bool(value: boolean): string {
    return quoteBoolean(this.dialect, value);
  }

  private node(
    rule: Rule,
    path: string,
    scope: FieldScope,
    trail: readonly number[],
    depth: number,
    owner: RuleOwner,
  ): string {
    if (depth > MAX_RULE_DEPTH) {
      throw new WorkbenchError('INVALID_PARAMS', `The rule is nested more than ${MAX_RULE_DEPTH} levels deep.`, {
        path,
      });
    }
    const child = (i: number) => (path === '' ? String(i) : `${path}.${i}`);
    if (isAnd(rule) || isOr(rule)) {
      const children = isAnd(rule) ? rule.and : rule.or;
      const parts = children.map((r, i) => this.node(r, child(i), scope, trail, depth + 1, owner));
      if (parts.length === 0) return this.bool(isAnd(rule));
      return `(${parts.join(isAnd(rule) ? ' AND ' : ' OR ')})`;
    }
    if (isNot(rule)) return notSql(this.dialect, this.node(rule.not, child(0), scope, trail, depth + 1, owner));
    if (isCondition(rule)) {
      const field = resolveField(this.registry, rule.field, scope, path);
      const checked = checkCondition(field, rule, path);
      return conditionWarehouseSql(checked, this.column(field, path), this.dialect, this.asOf);
    }
    if (isOrders(rule) || isEvents(rule)) {
      if (scope !== 'customer') {
        throw new WorkbenchError(
          'INVALID_PARAMS',
          `An ${isOrders(rule) ? 'orders' : 'events'} condition cannot be used inside the "where" of another condition.`,
          { path },
        );
      }
      return isOrders(rule)
        ? this.orders(rule, path, trail, depth, owner)
        : this.events(rule, path, trail, depth, owner);
    }
    if (isInSegment(rule)) {
      if (scope !== 'customer') {
        throw new WorkbenchError(
          'INVALID_PARAMS',
          'A segment cannot be used inside the "where" of an orders or events condition.',
          { path, segment: rule.segment },
        );
      }
      if (this.db === null) {
        throw new WorkbenchError(
          'INVALID_PARAMS',
          'A saved segment belongs to a project and cannot be named in a rule run on a database alone: copy its conditions into the rule.',
          { path, segment: rule.segment },
        );
      }
      const saved = this.segments.enter(rule.segment, trail, path, owner);
      try {
        return `(${this.node(saved, path, 'customer', [...trail, rule.segment], depth + 1, owner)})`;
      } catch (error) {
        throw inSegment(error, this.segments.name(rule.segment), path);
      }
    }
    if (isFixedList(rule)) {
      if (scope !== 'customer') {
        throw new WorkbenchError('INVALID_PARAMS', 'A saved list of customers cannot be used inside a "where".', {
          path,
        });
      }
      if (this.db === null) {
        throw new WorkbenchError(
          'INVALID_PARAMS',
          'A saved list of customers belongs to the project it was saved in and cannot run on a database alone: remove it from the rule.',
          { path, list: rule.list },
        );
      }
      checkFixedList(this.db, rule, path);
      const keys = [...memberListKeys(this.db, rule.list)].sort();
      if (keys.length === 0) return this.bool(false);
      return `(c.customer_id IN (${keys.map((k) => quoteText(this.dialect, k)).join(', ')}))`;
    }
    throw new WorkbenchError('INVALID_PARAMS', 'Unrecognised rule node.', { path });
  }

  /** The warehouse column (or metric expression) of a field, or a refusal naming the condition. */
  private column(field: ResolvedField, path: string): ValueColumn {
    const s = field.storage;
    const named = (alias: string, map: ReadonlyMap<string, string>, column: string): string => {
      const name = map.get(column);
      if (name === undefined)
        throw new WorkbenchError('INTERNAL', `The field "${field.key}" has no warehouse column.`, {
          path,
          field: field.key,
        });
      return `${alias}.${quoteIdent(name)}`;
    };
    switch (s.kind) {
      case 'customer_key':
        return { sql: 'c.customer_id', unit: 'text' };
      case 'attr':
        return {
          sql: named('c', this.schema.customerColumns, s.column),
          unit: field.type === 'date' ? 'date' : 'value',
        };
      case 'line':
        return {
          sql: named('l', this.schema.lineColumns, s.column),
          unit: field.type === 'date' ? 'timestamp' : 'value',
        };
      case 'event':
        return {
          sql: named('v', this.schema.eventColumns, s.column),
          unit: field.type === 'date' ? 'timestamp' : 'value',
        };
      case 'metric':
        this.usesMetrics = true;
        return metricColumn(s.metric, this.asOf, this.dialect);
      case 'rfm':
        return this.rfmColumn(s.field, s.model.settings);
      case 'profile':
      case 'journey':
        return this.profileColumn(field, path);
      default:
        throw refusal(field, path);
    }
  }

  /**
   * An RFM score or segment: the scores of the project's RFM settings, as segwb rfm --sql computes
   * them (one subquery for every RFM condition of the rule), as of the emitter's date; customers
   * without a positive order have none (empty), as in the app.
   */
  private rfmColumn(key: RfmFieldKey, settings: RfmResolvedSettings): ValueColumn {
    const scores = rfmSql(this.dialect, settings, this.asOf, false);
    if (this.rfmJoin !== null && this.rfmJoin !== scores) {
      throw new WorkbenchError('INTERNAL', 'The RFM conditions of one rule must use the same settings.');
    }
    this.rfmJoin = scores;
    const column = { r_score: 'r', f_score: 'f', m_score: 'm', rfm_segment: 'segment' }[key];
    return { sql: `rs.${column}`, unit: key === 'rfm_segment' ? 'text' : 'value' };
  }

  /** A field derived from events (eventProfilesSql.ts); the journey stage also reads the metrics. */
  private profileColumn(field: ResolvedField, path: string): ValueColumn {
    if (!this.schema.hasEvents) {
      if (field.storage.kind !== 'journey') return { sql: 'NULL', unit: 'value' };
      this.usesMetrics = true;
      return { sql: journeyStageSql(this.dialect, false), unit: 'text' };
    }
    try {
      this.profilesJoin ??= eventProfilesSql(this.dialect, this.schema, this.asOf, field.key);
    } catch (error) {
      throw error instanceof WorkbenchError
        ? new WorkbenchError(error.code, error.message, { path, field: field.key })
        : error;
    }
    if (field.storage.kind === 'journey') {
      this.usesMetrics = true;
      return { sql: journeyStageSql(this.dialect, true), unit: 'text' };
    }
    const column = field.storage.kind === 'profile' ? field.storage.column : '';
    return { sql: `e.${quoteIdent(column)}`, unit: field.type === 'date' ? 'timestamp' : 'value' };
  }

  /** See compile.ts: customers without matching lines measure 0; when 0 compares true, members are those not failing. */
  private orders(rule: OrdersRule, path: string, trail: readonly number[], depth: number, owner: RuleOwner): string {
    checkCounted(
      rule.measure,
      rule.op,
      rule.value,
      rule.orders.within_last_days,
      OrdersMeasure.options,
      'orders',
      path,
    );
    const zeroMatches = compareNumbers(0, rule.op, rule.value);
    if (!this.schema.hasOrders) return this.bool(zeroMatches);
    const filters = this.window('l.order_time', rule.orders.within_last_days);
    if (rule.orders.where) {
      filters.push(
        this.node(rule.orders.where, path === '' ? 'where' : `${path}.where`, 'order', trail, depth + 1, owner),
      );
    }
    let from = 'order_lines l';
    let aggregate = round6Sql(this.dialect, 'SUM(l.amount)');
    if (rule.measure === 'count') {
      // Only orders whose whole amount is positive count.
      from = 'order_lines l JOIN orders t ON t.order_id = l.order_id AND t.customer_id = l.customer_id';
      filters.push('(t.amount > 0)');
      aggregate = 'COUNT(DISTINCT l.order_id)';
    }
    return this.measured(from, 'l', filters, aggregate, rule.op, rule.value);
  }

  private events(rule: EventsRule, path: string, trail: readonly number[], depth: number, owner: RuleOwner): string {
    checkCounted(
      rule.measure,
      rule.op,
      rule.value,
      rule.events.within_last_days,
      EventsMeasure.options,
      'events',
      path,
    );
    if (!this.schema.hasEvents) return this.bool(compareNumbers(0, rule.op, rule.value));
    const filters = this.window('v.event_time', rule.events.within_last_days);
    if (rule.events.where) {
      filters.push(
        this.node(rule.events.where, path === '' ? 'where' : `${path}.where`, 'event', trail, depth + 1, owner),
      );
    }
    const aggregate =
      rule.measure === 'count'
        ? 'COUNT(*)'
        : rule.measure === 'sessions'
          ? `COUNT(DISTINCT v.${quoteIdent('session')})`
          : `COUNT(DISTINCT ${dateOfSql(this.dialect, 'v.event_time')})`;
    return this.measured('events v', 'v', filters, aggregate, rule.op, rule.value);
  }

  /** Dated before the as-of date, and within the last `days` days of it. */
  private window(time: string, days: number | undefined): string[] {
    const filters: string[] = [];
    if (this.asOf !== null) filters.push(`(${time} < ${quoteTimestamp(this.dialect, this.asOf * 86_400)})`);
    if (days !== undefined) {
      filters.push(
        this.asOf === null
          ? this.bool(false)
          : `(${time} >= ${quoteTimestamp(this.dialect, (this.asOf - days) * 86_400)})`,
      );
    }
    return filters;
  }

  private measured(
    from: string,
    alias: string,
    filters: string[],
    aggregate: string,
    op: string,
    value: number,
  ): string {
    const where = filters.length === 0 ? this.bool(true) : filters.join(' AND ');
    const groups = `SELECT ${alias}.customer_id FROM ${from} WHERE ${where} GROUP BY ${alias}.customer_id`;
    const test = `${aggregate} ${op} ${quoteNumber(this.dialect, value)}`;
    return compareNumbers(0, op as OrdersRule['op'], value)
      ? `(c.customer_id NOT IN (${groups} HAVING NOT (${test})))`
      : `(c.customer_id IN (${groups} HAVING ${test}))`;
  }
}

function checkCounted(
  measure: string,
  op: string,
  value: number,
  days: number | undefined,
  measures: readonly string[],
  what: 'orders' | 'events',
  path: string,
): void {
  const fail = (message: string): never => {
    throw new WorkbenchError('INVALID_PARAMS', message, { path });
  };
  if (!measures.includes(measure)) fail(`An ${what} condition measures ${measures.map((m) => `"${m}"`).join(' or ')}.`);
  if (!(OrdersOp.options as readonly string[]).includes(op))
    fail(`An ${what} condition compares with ${OrdersOp.options.join(', ')}.`);
  if (typeof value !== 'number' || !Number.isFinite(value))
    fail(`An ${what} condition needs a number to compare with.`);
  if (days !== undefined && !(Number.isInteger(days) && days >= 0)) {
    fail(`An ${what} condition's within_last_days must be a whole number of days (0 or more).`);
  }
}

function inSegment(error: unknown, name: string, path: string): unknown {
  if (!(error instanceof WorkbenchError)) return error;
  const named = error.message.startsWith('Segment references form a cycle') || error.message.startsWith('In segment "');
  return new WorkbenchError(error.code, named ? error.message : `In segment "${name}": ${error.message}`, {
    ...error.details,
    path,
  });
}
