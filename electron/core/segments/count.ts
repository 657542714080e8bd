/**
 * Live counts of a rule: members, their revenue (sum of monetary) and both as shares of all
 * customers; per node of the rule for the builder; and the member ids for export and checks.
 * Counted from the rule's leaves (leaves/leafSets.ts: each condition evaluated once per data
 * version and as-of date, then combined by word operations), so that editing one condition costs
 * one condition; by one SQL statement (sqlCount.ts) where that does not apply.
 */
import type { RulePartCount, SegmentCounts } from '../../../shared/api.js';
import type { Rule } from '../../../shared/model/rules.js';
import { DataCache } from '../db/dataCache.js';
import type { Db } from '../db/projectFile.js';
import { round6 } from '../db/rounding.js';
import { type Bitset, fullSet, popcount, rowsOf, totalOver } from './leaves/bitset.js';
import type { PlanNode } from './leaves/leafPlan.js';
import { type LeafSets, leafSets } from './leaves/leafSets.js';
import { ruleParts } from './ruleParts.js';
import type { RuleOwner } from './segmentCatalog.js';
import { countRulePartsSql, countRuleSql, memberIdsSql, partLeaves, toCounts } from './sqlCount.js';

export function countRule(db: Db, rule: Rule, owner: RuleOwner = {}): SegmentCounts {
  const sets = leafSets(db, rule, owner);
  if (!sets) return countRuleSql(db, rule, owner);
  return toCounts(totals(sets, sets.membersOf(sets.plan.root)), allCustomers(db, sets));
}

/** Ids of the member customers (customers.id), ascending. */
export function memberIds(db: Db, rule: Rule, owner: RuleOwner = {}): number[] {
  const sets = leafSets(db, rule, owner);
  if (!sets) return memberIdsSql(db, rule, owner);
  const ids = sets.base.ids;
  return rowsOf(sets.membersOf(sets.plan.root)).map((row) => ids[row] as number);
}

/** Every node of the rule outside orders.where, each counted on its own over all customers. */
export function countRuleParts(db: Db, rule: Rule, owner: RuleOwner = {}): RulePartCount[] {
  const sets = leafSets(db, rule, owner);
  if (!sets) return countRulePartsSql(db, rule, owner);
  // After the rule is checked, as the SQL path refuses it.
  const parts = ruleParts(rule);
  partLeaves(parts);
  return parts.map(({ path }) => {
    const part = totals(sets, sets.membersOf(sets.plan.byPath.get(path) as PlanNode));
    return { path, customers: part.customers, revenue: round6(part.revenue) };
  });
}

function totals(sets: LeafSets, members: Bitset): { customers: number; revenue: number } {
  return { customers: popcount(members), revenue: totalOver(members, sets.base.monetary) };
}

/** All customers from the kept columns: the same sum, in the same order, as the SQL's TOTAL. */
function allCustomers(db: Db, sets: LeafSets): { customers: number; revenue: number } {
  return DataCache.of(db).remember('kept customer totals', () => totals(sets, fullSet(sets.customers)));
}
