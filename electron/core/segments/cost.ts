/**
 * A rough per-customer cost of evaluating a rule node in SQL, so the compiler can test cheap
 * terms of an AND / OR first: SQLite evaluates them left to right and stops at the first that
 * decides, so an expensive text test (a JavaScript call per row) runs on fewer rows.
 */
import { isAnd, isCondition, isInSegment, isNot, isOr, isOrders, type Rule } from '../../../shared/model/rules.js';

const TEXT_OPS = new Set(['contains', 'starts_with', 'equals']);

function ruleCost(rule: Rule): number {
  if (isAnd(rule)) return rule.and.reduce((sum, r) => sum + ruleCost(r), 0);
  if (isOr(rule)) return rule.or.reduce((sum, r) => sum + ruleCost(r), 0);
  if (isNot(rule)) return ruleCost(rule.not);
  if (isCondition(rule)) {
    if (TEXT_OPS.has(rule.op)) return 20;
    return rule.op === 'in' || rule.op === 'not_in' ? 3 : 2;
  }
  if (isOrders(rule)) return 4;
  if (isInSegment(rule)) return 10;
  return 1;
}

/** Indices of the rules, cheapest first (stable). */
export function cheapestFirst(rules: readonly Rule[]): number[] {
  const costs = rules.map(ruleCost);
  return rules.map((_, i) => i).sort((a, b) => (costs[a] as number) - (costs[b] as number) || a - b);
}
