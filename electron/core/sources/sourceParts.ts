/**
 * The builder's count of each part of a rule (every group and condition, as segments/count.ts
 * countRuleParts gives them on a project), run where the data lives: one SELECT per chunk of parts
 * sums a CASE of each part's portable expression over all customers; only the sums come back.
 */
import type { RulePartCount } from '../../../shared/api.js';
import type { Rule } from '../../../shared/model/rules.js';
import { round6 } from '../db/rounding.js';
import { ruleParts } from '../segments/ruleParts.js';
import { WarehouseRuleEmitter } from '../warehouse/ruleSql.js';
import type { SourceConnection } from './sourceConnection.js';
import type { SourceTables } from './sourceTables.js';

/** Parts per statement: two result columns each, well under PostgreSQL's 1,664 columns. */
const PARTS_PER_QUERY = 400;

/** The SELECTs of each chunk's member counts and revenues (n0, r0, n1, r1, ...). */
export function partsSql(source: SourceConnection, tables: SourceTables, rule: Rule, asOf: number | null): string[] {
  const emitter = new WarehouseRuleEmitter(null, { dialect: source.dialect, asOf, tables });
  emitter.expression(rule); // an error names the path of the node concerned, in the whole rule
  const parts = ruleParts(rule).map((p) => emitter.expression(p.rule));
  const from = emitter.from(true);
  const statements: string[] = [];
  for (let start = 0; start < parts.length; start += PARTS_PER_QUERY) {
    const sums = parts
      .slice(start, start + PARTS_PER_QUERY)
      .map(
        (where) =>
          `CAST(COUNT(CASE WHEN ${where} THEN 1 END) AS DOUBLE PRECISION), SUM(CASE WHEN ${where} THEN COALESCE(m.monetary, 0) END)`,
      )
      .join(', ');
    statements.push(`${tables.prelude}SELECT ${sums} FROM ${from}`);
  }
  return statements;
}

export async function countPartsOnSource(
  source: SourceConnection,
  tables: SourceTables,
  rule: Rule,
  asOf: number | null,
): Promise<RulePartCount[]> {
  const paths = ruleParts(rule).map((p) => p.path);
  const cells: number[] = [];
  for (const statement of partsSql(source, tables, rule, asOf)) {
    const [row] = await source.rows(statement);
    cells.push(...(row ?? []).map((v) => Number(v ?? 0)));
  }
  return paths.map((path, i) => ({ path, customers: cells[2 * i] ?? 0, revenue: round6(cells[2 * i + 1] ?? 0) }));
}
