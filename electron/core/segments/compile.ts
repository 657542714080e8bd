/**
 * Compiles a rule to ONE parameterised SQL query selecting the member customers' ids. Values
 * travel as parameters; the SQL text holds only fixed expressions and generated column names.
 * Aliases: c customers, a customer_attrs, m customer_metrics (joined only when used),
 * l order_lines and t order_totals inside orders conditions, v events inside events conditions,
 * e event_profiles (the fields derived from events; joined only when used), pv clv_predictions
 * (the kept lifetime-value fit; joined only when used).
 */
import { WorkbenchError } from '../../../shared/errors.js';
import {
  type Condition,
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
  OrdersMeasure,
  OrdersOp,
  type OrdersRule,
  type Rule,
} from '../../../shared/model/rules.js';
import { DataCache } from '../db/dataCache.js';
import type { Db } from '../db/projectFile.js';
import { balanced, type Fragment, raw, type SqlValue, sql } from '../db/sqlFragment.js';
import { ensureEventProfiles, sqlDay } from '../events/profiles.js';
import { readAsOf } from '../metrics/asOf.js';
import { clusterConditionSql } from './clusterField.js';
import { compareNumbers } from './compare.js';
import { conditionSql } from './conditionSql.js';
import { type CheckedCondition, checkCondition } from './conditions.js';
import { cheapestFirst } from './cost.js';
import { type FieldRegistry, type FieldScope, loadFieldRegistry, resolveField } from './fields.js';
import { checkFixedList } from './fixedList.js';
import { coveringLinesIndex, orderLinesSource } from './orderLinesAccess.js';
import { type OrdersAggregate, scanOrders } from './ordersScan.js';
import { type RuleOwner, SegmentCatalog } from './segmentCatalog.js';
import { registerRuleFunctions } from './sqlFunctions.js';

/** A "where" over order fields with its conditions checked (leaves/ordersLeaf.ts evaluates it over columns). */
export type CheckedWhere =
  | { kind: 'and' | 'or'; children: CheckedWhere[] }
  | { kind: 'not'; child: CheckedWhere }
  | { kind: 'condition'; condition: CheckedCondition };

/** An orders condition checked as orders() checks it, without scanning the order lines. */
export interface CheckedOrders {
  rule: OrdersRule;
  where: CheckedWhere | null;
}

interface CompiledQuery {
  sql: string;
  params: SqlValue[];
}

/** Groups, negations and segment references nested deeper than this are refused (SQLite caps expression depth). */
export const MAX_RULE_DEPTH = 100;

/** Refuses a node met deeper than MAX_RULE_DEPTH (`path` locates it). */
export function checkRuleDepth(depth: number, path: string): void {
  if (depth > MAX_RULE_DEPTH) {
    throw new WorkbenchError('INVALID_PARAMS', `The rule is nested more than ${MAX_RULE_DEPTH} levels deep.`, { path });
  }
}

interface CompilerOptions {
  /**
   * Keep the per-customer aggregates of orders conditions in TEMP tables of this connection
   * (see dataCache.ts). The SQL then refers to them, so it is only valid on this connection.
   */
  cacheOrders?: boolean;
}

/** Compiles rules of one project; reusable for several rules (countRuleParts compiles every node). */
export class RuleCompiler {
  readonly asOf: number | null;
  private readonly registry: FieldRegistry;
  private readonly segments: SegmentCatalog;
  private readonly coveringIndex: string | null;
  private readonly cache: DataCache | null;
  private usesAttrs = false;
  private usesMetrics = false;
  private usesProfiles = false;
  private usesPredictions = false;
  /** Cached aggregate tables the expressions compiled so far refer to. */
  private readonly cachedTables = new Set<string>();

  constructor(
    private readonly db: Db,
    private readonly owner: RuleOwner = {},
    options: CompilerOptions = {},
  ) {
    registerRuleFunctions(db);
    this.asOf = readAsOf(db).day;
    this.registry = loadFieldRegistry(db);
    this.segments = SegmentCatalog.load(db);
    this.coveringIndex = coveringLinesIndex(db);
    this.cache = options.cacheOrders ? DataCache.of(db) : null;
    // Before anything is cached: a rebuild is a write, which empties the per-connection cache.
    ensureEventProfiles(db);
  }

  /**
   * Is customer c a member? 1, or 0 or NULL (both: no; see conditionSql.ts). `path` locates the
   * node in errors.
   */
  expression(rule: Rule, path = ''): Fragment {
    const trail = this.owner.segmentId === undefined ? [] : [this.owner.segmentId];
    return this.node(rule, path, 'customer', trail, 0);
  }

  /**
   * One node met at `depth` while segments `trail` are expanded (the leaf evaluator walks the
   * groups and references itself, leaves/leafPlan.ts): the same checks and errors as inside a rule.
   */
  nodeAt(rule: Rule, path: string, trail: readonly number[], depth: number): Fragment {
    return this.node(rule, path, 'customer', trail, depth);
  }

  /**
   * An orders condition met at `depth`, checked with the errors orders() gives (the "where" is
   * compiled and dropped: the same checks, in the same order), but not evaluated: compiling it
   * with cacheOrders scans the order lines, which the column path (leaves/ordersLeaf.ts) spares.
   */
  checkedOrders(rule: OrdersRule, path: string, trail: readonly number[], depth: number): CheckedOrders {
    checkRuleDepth(depth, path);
    checkOrders(rule, path);
    const where = rule.orders.where;
    if (where === undefined) return { rule, where: null };
    const wherePath = path === '' ? 'where' : `${path}.where`;
    this.node(where, wherePath, 'order', trail, depth + 1);
    return { rule, where: this.checkedWhere(where, wherePath) };
  }

  /** A "where" already compiled without error as a tree of checked conditions. */
  private checkedWhere(rule: Rule, path: string): CheckedWhere {
    const child = (i: number) => `${path}.${i}`;
    if (isAnd(rule) || isOr(rule)) {
      const children = isAnd(rule) ? rule.and : rule.or;
      return { kind: isAnd(rule) ? 'and' : 'or', children: children.map((r, i) => this.checkedWhere(r, child(i))) };
    }
    if (isNot(rule)) return { kind: 'not', child: this.checkedWhere(rule.not, child(0)) };
    // node() accepts nothing else in an order scope.
    return { kind: 'condition', condition: this.checked(rule as Condition, path, 'order') };
  }

  /** FROM clause joining what the compiled expressions so far use (plus the metrics when asked). */
  from(withMetrics = false): string {
    let from = 'customers c';
    if (this.usesAttrs) from += ' LEFT JOIN customer_attrs a ON a.customer = c.id';
    if (this.usesMetrics || withMetrics) from += ' LEFT JOIN customer_metrics m ON m.customer = c.id';
    if (this.usesProfiles) from += ' LEFT JOIN event_profiles e ON e.customer = c.id';
    if (this.usesPredictions) from += ' LEFT JOIN clv_predictions pv ON pv.customer = c.id';
    return from;
  }

  /** A condition's field resolved and its value checked, with the errors a rule gives. */
  checked(rule: Condition, path: string, scope: FieldScope = 'customer'): CheckedCondition {
    return checkCondition(resolveField(this.registry, rule.field, scope, path), rule, path);
  }

  private node(rule: Rule, path: string, scope: FieldScope, trail: readonly number[], depth: number): Fragment {
    checkRuleDepth(depth, path);
    const child = (i: number) => (path === '' ? String(i) : `${path}.${i}`);
    if (isAnd(rule) || isOr(rule)) {
      const children = isAnd(rule) ? rule.and : rule.or;
      // Compiled in order (errors name the first bad node), tested cheapest first.
      const parts = children.map((r, i) => this.node(r, child(i), scope, trail, depth + 1));
      if (parts.length === 0) return raw(isAnd(rule) ? '1' : '0');
      return balanced(
        cheapestFirst(children).map((i) => parts[i] as Fragment),
        isAnd(rule) ? 'AND' : 'OR',
      );
    }
    // NOT of an empty value's comparison (NULL) must be true: NULL becomes 0 first.
    if (isNot(rule)) return sql`(NOT COALESCE(${this.node(rule.not, child(0), scope, trail, depth + 1)}, 0))`;
    if (isCondition(rule)) {
      const checked = this.checked(rule, path, scope);
      const field = checked.field;
      if (field.storage.kind === 'attr') this.usesAttrs = true;
      if (field.storage.kind === 'metric' || field.storage.kind === 'rfm') this.usesMetrics = true;
      if (field.storage.kind === 'profile' || field.storage.kind === 'journey') this.usesProfiles = true;
      if (field.storage.kind === 'predicted') this.usesPredictions = true;
      // The journey stage also counts the orders placed.
      if (field.storage.kind === 'journey') this.usesMetrics = true;
      if (field.storage.kind === 'cluster') return clusterConditionSql(checked, (c) => conditionSql(c, this.asOf));
      return conditionSql(checked, this.asOf);
    }
    if (isOrders(rule) || isEvents(rule)) {
      if (scope !== 'customer') {
        throw new WorkbenchError(
          'INVALID_PARAMS',
          `An ${isOrders(rule) ? 'orders' : 'events'} condition cannot be used inside the "where" of ${scope === 'order' ? (isOrders(rule) ? 'another orders' : 'an orders') : isEvents(rule) ? 'another events' : 'an events'} condition.`,
          { path },
        );
      }
      return isOrders(rule) ? this.orders(rule, path, trail, depth) : this.events(rule, path, trail, depth);
    }
    if (isInSegment(rule)) {
      if (scope !== 'customer') {
        const what =
          scope === 'order'
            ? 'an orders condition: "where" filters order lines'
            : 'an events condition: "where" filters events';
        throw new WorkbenchError('INVALID_PARAMS', `A segment cannot be used inside the "where" of ${what}.`, {
          path,
          segment: rule.segment,
        });
      }
      const saved = this.segments.enter(rule.segment, trail, path, this.owner);
      try {
        return sql`(${this.node(saved, path, 'customer', [...trail, rule.segment], depth + 1)})`;
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
      checkFixedList(this.db, rule, path);
      return sql`(c.customer_key IN (SELECT customer_key FROM member_list_customers WHERE list = ${rule.list}))`;
    }
    throw new WorkbenchError('INVALID_PARAMS', 'Unrecognised rule node.', { path });
  }

  /**
   * Customers whose matching order lines (where + window) give a measure that compares true.
   * Customers without such lines have count 0 and sum 0: when 0 satisfies the comparison the
   * members are those NOT among the customers whose aggregate fails it.
   */
  private orders(rule: OrdersRule, path: string, trail: readonly number[], depth: number): Fragment {
    checkOrders(rule, path);
    const filters: Fragment[] = [];
    const days = rule.orders.within_last_days;
    // Only orders dated before the as-of date exist as of that date.
    if (this.asOf !== null) filters.push(sql`l.ts < ${this.asOf * 86_400}`);
    if (days !== undefined) {
      // asOf - day(ts) <= days  <=>  ts >= (asOf - days) * 86400
      filters.push(sql`l.ts >= ${this.asOf === null ? null : (this.asOf - days) * 86_400}`);
    }
    if (rule.orders.where) {
      const wherePath = path === '' ? 'where' : `${path}.where`;
      filters.push(this.node(rule.orders.where, wherePath, 'order', trail, depth + 1));
    }
    const lines = raw(orderLinesSource(this.coveringIndex, rule.orders.where !== undefined));
    let from = lines;
    let aggregate = raw('ROUND(SUM(l.amount), 6)');
    if (rule.measure === 'count') {
      // Only orders whose whole amount is positive count; matching lines of other orders add nothing.
      from = sql`${lines} JOIN order_totals t ON t.ref = l.order_ref`;
      filters.push(raw('t.amount > 0'));
      aggregate = raw('COUNT(DISTINCT l.order_ref)');
    }
    const where = filters.length === 0 ? raw('1') : balanced(filters, 'AND');
    const op = raw(rule.op);
    if (this.cache) {
      // One scan in rowid order instead of a GROUP BY (ordersScan.ts); the SQL is the cache key.
      const scanFrom =
        rule.measure === 'count'
          ? raw('order_lines l NOT INDEXED JOIN order_totals t ON t.ref = l.order_ref')
          : raw('order_lines l NOT INDEXED');
      const measure = rule.measure;
      const key = sql`SELECT l.customer, ${aggregate} FROM ${scanFrom} WHERE ${where} GROUP BY l.customer`;
      const table = raw(`temp.${this.cachedTable(key, () => scanOrders(this.db, measure, scanFrom, where))}`);
      // When 0 does not satisfy the comparison, members are among the table's rows and SQLite
      // drives the query from them; otherwise the (usually fewer) customers failing it are left out.
      return compareNumbers(0, rule.op, rule.value)
        ? sql`(c.id NOT IN (SELECT customer FROM ${table} WHERE NOT (value ${op} ${rule.value})))`
        : sql`(c.id IN (SELECT customer FROM ${table} WHERE value ${op} ${rule.value}))`;
    }
    const groups = sql`SELECT l.customer FROM ${from} WHERE ${where} GROUP BY l.customer`;
    return compareNumbers(0, rule.op, rule.value)
      ? sql`(c.id NOT IN (${groups} HAVING NOT (${aggregate} ${op} ${rule.value})))`
      : sql`(c.id IN (${groups} HAVING ${aggregate} ${op} ${rule.value}))`;
  }

  private cachedTable(aggregate: Fragment, rows?: () => OrdersAggregate): string {
    const table = (this.cache as DataCache).ordersTable(aggregate, this.cachedTables, rows);
    this.cachedTables.add(table);
    return table;
  }

  /**
   * Customers whose matching events (where + window, before the as-of date) give a measure that
   * compares true; customers without such events measure 0 (as in orders conditions).
   */
  private events(rule: EventsRule, path: string, trail: readonly number[], depth: number): Fragment {
    checkEvents(rule, path);
    const filters: Fragment[] = [];
    const days = rule.events.within_last_days;
    if (this.asOf !== null) filters.push(sql`v.ts < ${this.asOf * 86_400}`);
    if (days !== undefined) filters.push(sql`v.ts >= ${this.asOf === null ? null : (this.asOf - days) * 86_400}`);
    if (rule.events.where) {
      const wherePath = path === '' ? 'where' : `${path}.where`;
      filters.push(this.node(rule.events.where, wherePath, 'event', trail, depth + 1));
    }
    const aggregate = raw(
      rule.measure === 'count'
        ? 'COUNT(*)'
        : rule.measure === 'sessions'
          ? 'COUNT(DISTINCT v.session)'
          : `COUNT(DISTINCT ${sqlDay('v.ts')})`,
    );
    const where = filters.length === 0 ? raw('1') : balanced(filters, 'AND');
    const op = raw(rule.op);
    const groups = sql`SELECT v.customer, ${aggregate} FROM events v WHERE ${where} GROUP BY v.customer`;
    const zeroMatches = compareNumbers(0, rule.op, rule.value);
    if (this.cache) {
      const table = raw(`temp.${this.cachedTable(groups)}`);
      return zeroMatches
        ? sql`(c.id NOT IN (SELECT customer FROM ${table} WHERE NOT (value ${op} ${rule.value})))`
        : sql`(c.id IN (SELECT customer FROM ${table} WHERE value ${op} ${rule.value}))`;
    }
    const having = sql`SELECT v.customer FROM events v WHERE ${where} GROUP BY v.customer`;
    return zeroMatches
      ? sql`(c.id NOT IN (${having} HAVING NOT (${aggregate} ${op} ${rule.value})))`
      : sql`(c.id IN (${having} HAVING ${aggregate} ${op} ${rule.value}))`;
  }
}

function checkEvents(rule: EventsRule, path: string): void {
  const days = rule.events.within_last_days;
  const fail = (message: string): never => {
    throw new WorkbenchError('INVALID_PARAMS', message, { path });
  };
  if (!EventsMeasure.options.includes(rule.measure))
    fail('An events condition measures "count", "sessions" or "distinct_days".');
  if (!OrdersOp.options.includes(rule.op)) fail(`An events condition compares with ${OrdersOp.options.join(', ')}.`);
  if (typeof rule.value !== 'number' || !Number.isFinite(rule.value))
    fail('An events condition needs a number to compare with.');
  if (days !== undefined && !(Number.isInteger(days) && days >= 0)) {
    fail("An events condition's within_last_days must be a whole number of days (0 or more).");
  }
}

/** Rules reach here unvalidated from code too; the operator is spliced, so it is checked first. */
function checkOrders(rule: OrdersRule, path: string): void {
  const days = rule.orders.within_last_days;
  const fail = (message: string): never => {
    throw new WorkbenchError('INVALID_PARAMS', message, { path });
  };
  if (!OrdersMeasure.options.includes(rule.measure)) fail(`An orders condition measures "count" or "sum_amount".`);
  if (!OrdersOp.options.includes(rule.op)) fail(`An orders condition compares with ${OrdersOp.options.join(', ')}.`);
  if (typeof rule.value !== 'number' || !Number.isFinite(rule.value))
    fail('An orders condition needs a number to compare with.');
  if (days !== undefined && !(Number.isInteger(days) && days >= 0)) {
    fail("An orders condition's within_last_days must be a whole number of days (0 or more).");
  }
}

/** An error inside a referenced segment's rule points at the reference and names the segment. */
export function inSegment(error: unknown, name: string, path: string): unknown {
  if (!(error instanceof WorkbenchError)) return error;
  const named = error.message.startsWith('Segment references form a cycle') || error.message.startsWith('In segment "');
  const message = named ? error.message : `In segment "${name}": ${error.message}`;
  return new WorkbenchError(error.code, message, { ...error.details, path });
}

/** The member customers' ids of a rule as one query: `SELECT c.id FROM customers c ... WHERE ...`. */
export function compileRule(db: Db, rule: Rule, owner: RuleOwner = {}): CompiledQuery {
  const compiler = new RuleCompiler(db, owner);
  const where = compiler.expression(rule);
  return { sql: `SELECT c.id FROM ${compiler.from()} WHERE ${where.sql}`, params: [...where.params] };
}

/** Checks a rule (fields, operators, values, segment references and cycles) without running it. */
export function checkRule(db: Db, rule: Rule, owner: RuleOwner = {}): void {
  new RuleCompiler(db, owner).expression(rule);
}
