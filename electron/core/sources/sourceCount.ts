/**
 * A rule counted where the data lives: one SELECT on the database returns the members' count and
 * revenue (the sum of their monetary, as the project's counts) and the same for all customers;
 * nothing else comes back. The as-of date is the database's: the day after its latest order or
 * event, as a project's default.
 */
import { performance } from 'node:perf_hooks';
import type { SegmentCounts } from '../../../shared/api.js';
import type { Rule } from '../../../shared/model/rules.js';
import { round6 } from '../db/rounding.js';
import { isoToDay } from '../metrics/days.js';
import { revenueShare } from '../metrics/share.js';
import { WarehouseRuleEmitter } from '../warehouse/ruleSql.js';
import type { SourceConnection } from './sourceConnection.js';
import type { SourceTables } from './sourceTables.js';

export interface SourceCounts extends SegmentCounts {
  /** How long the database took to answer, in milliseconds. */
  ms: number;
}

/** The day after the latest order or event date (days since 1970), or null without either. */
export async function readSourceAsOf(source: SourceConnection, tables: SourceTables): Promise<number | null> {
  const latest: string[] = [];
  if (tables.schema.hasOrders) latest.push('(SELECT CAST(MAX(order_date) AS DATE) FROM orders)');
  if (tables.schema.hasEvents) latest.push('(SELECT CAST(MAX(event_time) AS DATE) FROM events)');
  if (latest.length === 0) return null;
  const [row] = await source.rows(`SELECT ${latest.map((x) => `CAST(${x} AS VARCHAR)`).join(', ')}`);
  const days = (row ?? []).filter((v): v is string => typeof v === 'string').map((iso) => isoToDay(iso.slice(0, 10)));
  return days.length === 0 ? null : Math.max(...days) + 1;
}

/** The SELECT of count and revenue of the members and of all customers. */
export function countSql(source: SourceConnection, tables: SourceTables, rule: Rule, asOf: number | null): string {
  const members = new WarehouseRuleEmitter(null, { dialect: source.dialect, asOf, tables });
  const where = members.expression(rule);
  const all = new WarehouseRuleEmitter(null, { dialect: source.dialect, asOf, tables });
  const revenue = 'SUM(COALESCE(m.monetary, 0))';
  return `${tables.prelude}SELECT p.customers, p.revenue, a.customers, a.revenue
    FROM (SELECT CAST(COUNT(*) AS DOUBLE PRECISION) AS customers, ${revenue} AS revenue FROM ${members.from(true)} WHERE ${where}) p,
    (SELECT CAST(COUNT(*) AS DOUBLE PRECISION) AS customers, ${revenue} AS revenue FROM ${all.from(true)}) a`;
}

export async function countOnSource(
  source: SourceConnection,
  tables: SourceTables,
  rule: Rule,
  asOf: number | null,
): Promise<SourceCounts> {
  const sql = countSql(source, tables, rule, asOf);
  const started = performance.now();
  const [row] = await source.rows(sql);
  const ms = Math.round(performance.now() - started);
  const [customers, revenue, allCustomers, allRevenue] = (row ?? []).map((v) => Number(v ?? 0)) as number[];
  const part = { customers: customers ?? 0, revenue: revenue ?? 0 };
  const total = { customers: allCustomers ?? 0, revenue: allRevenue ?? 0 };
  return {
    customers: part.customers,
    revenue: round6(part.revenue),
    share_customers: total.customers === 0 ? 0 : round6(part.customers / total.customers),
    share_revenue: revenueShare(part.revenue, total.revenue),
    ms,
  };
}
