/**
 * Counts of a rule by one SQL statement over every customer: where the leaf path (count.ts,
 * leaves/leafSets.ts) does not apply, and as the reference the leaf path is checked against.
 */
import type { RulePartCount, SegmentCounts } from '../../../shared/api.js';
import { WorkbenchError } from '../../../shared/errors.js';
import { isAnd, isNot, isOr, type Rule } from '../../../shared/model/rules.js';
import { DataCache } from '../db/dataCache.js';
import type { Db } from '../db/projectFile.js';
import { round6 } from '../db/rounding.js';
import { joinFragments, raw, sql } from '../db/sqlFragment.js';
import { revenueShare } from '../metrics/share.js';
import { RuleCompiler } from './compile.js';
import { ruleParts } from './ruleParts.js';
import type { RuleOwner } from './segmentCatalog.js';

interface Totals {
  customers: number;
  revenue: number;
}

export function allCustomers(db: Db): Totals {
  return DataCache.of(db).remember(
    'totals',
    () =>
      db
        .prepare(
          'SELECT COUNT(*) AS customers, TOTAL(m.monetary) AS revenue FROM customers c LEFT JOIN customer_metrics m ON m.customer = c.id',
        )
        .get() as Totals,
  );
}

export function toCounts(part: Totals, all: Totals): SegmentCounts {
  return {
    customers: part.customers,
    revenue: round6(part.revenue),
    share_customers: all.customers === 0 ? 0 : round6(part.customers / all.customers),
    share_revenue: revenueShare(part.revenue, all.revenue),
  };
}

export function countRuleSql(db: Db, rule: Rule, owner: RuleOwner = {}): SegmentCounts {
  const compiler = new RuleCompiler(db, owner, { cacheOrders: true });
  const where = compiler.expression(rule);
  const part = db
    .prepare(
      `SELECT COUNT(*) AS customers, TOTAL(m.monetary) AS revenue FROM ${compiler.from(true)} WHERE ${where.sql}`,
    )
    .get(...where.params) as Totals;
  return toCounts(part, allCustomers(db));
}

/** Ids of the member customers (customers.id), ascending. */
export function memberIdsSql(db: Db, rule: Rule, owner: RuleOwner = {}): number[] {
  const compiler = new RuleCompiler(db, owner, { cacheOrders: true });
  const where = compiler.expression(rule);
  return db
    .prepare(`SELECT c.id FROM ${compiler.from()} WHERE ${where.sql} ORDER BY c.id`)
    .pluck()
    .all(...where.params) as number[];
}

/** Nodes per query: two result columns each, under SQLite's 2000-column limit. */
const PARTS_PER_QUERY = 800;
/** One flag column per leaf, in one TEMP table. */
export const MAX_LEAVES = 1900;
let partsTables = 0;

/**
 * Every node of the rule outside orders.where, each counted on its own over all customers.
 * Each leaf (condition, orders condition, segment reference) is evaluated once per customer
 * into a materialised 0/1 flag; groups are then combined from their leaves' flags.
 */
export function countRulePartsSql(db: Db, rule: Rule, owner: RuleOwner = {}): RulePartCount[] {
  const compiler = new RuleCompiler(db, owner, { cacheOrders: true });
  compiler.expression(rule); // reports an error with the path of the node concerned
  const parts = ruleParts(rule);
  const leaves = partLeaves(parts);
  const leafColumn = new Map(leaves.map((p, i) => [p.rule, `f${i}`]));
  const flag = (r: Rule): string => {
    if (isNot(r)) return `(NOT ${flag(r.not)})`;
    if (isAnd(r)) return r.and.length === 0 ? '1' : `(${r.and.map(flag).join(' AND ')})`;
    if (isOr(r)) return r.or.length === 0 ? '0' : `(${r.or.map(flag).join(' OR ')})`;
    return leafColumn.get(r) as string;
  };
  const columns = joinFragments(
    [
      raw('m.monetary AS mon'),
      ...leaves.map((p, i) => sql`COALESCE(${compiler.expression(p.rule, p.path)}, 0) AS ${raw(`f${i}`)}`),
    ],
    ', ',
  );
  // One pass computes the flags (TEMP table: several queries may sum them when the rule is huge).
  partsTables += 1;
  const table = `segwb_parts_${partsTables}`;
  DataCache.of(db).ownWrite(() =>
    db
      .prepare(`CREATE TEMP TABLE ${table} AS SELECT ${columns.sql} FROM ${compiler.from(true)}`)
      .run(...columns.params),
  );
  try {
    const result: RulePartCount[] = [];
    for (let start = 0; start < parts.length; start += PARTS_PER_QUERY) {
      const chunk = parts.slice(start, start + PARTS_PER_QUERY);
      const sums = chunk
        .map((p, i) => `SUM(${flag(p.rule)}) AS n${i}, TOTAL(CASE WHEN ${flag(p.rule)} THEN mon END) AS r${i}`)
        .join(', ');
      const row = db.prepare(`SELECT ${sums} FROM temp.${table}`).get() as Record<string, number | null>;
      chunk.forEach((p, i) => {
        result.push({ path: p.path, customers: row[`n${i}`] ?? 0, revenue: round6(row[`r${i}`] ?? 0) });
      });
    }
    return result;
  } finally {
    db.exec(`DROP TABLE IF EXISTS temp.${table}`);
  }
}

/** The leaves among a rule's parts, refused past MAX_LEAVES (one flag column each). */
export function partLeaves<T extends { rule: Rule }>(parts: readonly T[]): T[] {
  const leaves = parts.filter((p) => !isAnd(p.rule) && !isOr(p.rule) && !isNot(p.rule));
  if (leaves.length > MAX_LEAVES) {
    throw new WorkbenchError(
      'INVALID_PARAMS',
      `The rule has ${leaves.length} conditions: counts per part are given for up to ${MAX_LEAVES}.`,
    );
  }
  return leaves;
}
