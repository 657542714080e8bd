/**
 * The `cluster` field of the builder: a category field whose values name a saved clustering and
 * one of its clusters, "<clustering> · <cluster>" (e.g. "Spend groups · 3"). A customer is in one
 * cluster of each saved clustering that kept them, so the field has one value per saved clustering:
 * - in / contains / starts_with / equals: one of the customer's values matches;
 * - not_in: the customer has a value (is in a saved clustering) and none is in the list;
 * - is_empty / not_empty: in no saved clustering / in at least one.
 * Compiled here for SQL and tested here for the reference evaluator (the property test holds both).
 */
import {
  foldText,
  isAnd,
  isCondition,
  isEvents,
  isNot,
  isOr,
  isOrders,
  type Rule,
} from '../../../shared/model/rules.js';
import { type Fragment, raw, sql } from '../db/sqlFragment.js';
import type { CheckedCondition } from './conditions.js';

export const CLUSTER_FIELD_KEY = 'cluster';
export const CLUSTER_FIELD_LABEL = 'Cluster (saved clustering)';
/** Between the clustering's name and the cluster's number in a value. */
export const CLUSTER_VALUE_SEPARATOR = ' · ';

export function clusterValue(clustering: string, cluster: number): string {
  return `${clustering}${CLUSTER_VALUE_SEPARATOR}${cluster}`;
}

/** The value of a member row (aliases: cm cluster_members, s clusterings), as clusterValue() writes it. */
export const CLUSTER_VALUE_SQL = `(s.name || '${CLUSTER_VALUE_SEPARATOR}' || cm.cluster)`;
const MEMBERS = raw('SELECT customer FROM cluster_members');

/** Is customer c (alias c) matched? 0 or 1, never NULL. `valueTest` is the condition on CLUSTER_VALUE_SQL. */
export function clusterConditionSql(cond: CheckedCondition, valueTest: (cond: CheckedCondition) => Fragment): Fragment {
  const matching = (c: CheckedCondition): Fragment =>
    sql`(c.id IN (SELECT cm.customer FROM cluster_members cm JOIN clusterings s ON s.id = cm.clustering WHERE ${valueTest(c)}))`;
  switch (cond.op) {
    case 'is_empty':
      return sql`(c.id NOT IN (${MEMBERS}))`;
    case 'not_empty':
      return sql`(c.id IN (${MEMBERS}))`;
    case 'not_in':
      return sql`(c.id IN (${MEMBERS}) AND NOT ${matching({ ...cond, op: 'in' })})`;
    default:
      return matching(cond);
  }
}

/** The same semantics over a customer's values, for the reference evaluator. */
export function clusterConditionTest(cond: CheckedCondition): (values: readonly string[]) => boolean {
  switch (cond.op) {
    case 'is_empty':
      return (values) => values.length === 0;
    case 'not_empty':
      return (values) => values.length > 0;
    case 'in': {
      const set = new Set(cond.value);
      return (values) => values.some((v) => set.has(v));
    }
    case 'not_in': {
      const set = new Set(cond.value);
      return (values) => values.length > 0 && !values.some((v) => set.has(v));
    }
    case 'contains': {
      const needle = foldText(cond.value);
      return (values) => values.some((v) => foldText(v).includes(needle));
    }
    case 'starts_with': {
      const needle = foldText(cond.value);
      return (values) => values.some((v) => foldText(v).startsWith(needle));
    }
    case 'equals': {
      const needle = foldText(cond.value);
      return (values) => values.some((v) => foldText(v) === needle);
    }
    default:
      // checkCondition lets only category operators through for this category field.
      return () => false;
  }
}

/**
 * Does the rule name a cluster of the saved clustering `name`? (A value "<name> · <n>" in an
 * in / not_in / equals condition on the cluster field: what deleting the clustering would break.)
 */
export function ruleUsesClustering(rule: Rule, name: string): boolean {
  const prefix = foldText(`${name}${CLUSTER_VALUE_SEPARATOR}`);
  const names = (value: unknown): boolean => {
    const values = Array.isArray(value) ? value : [value];
    return values.some(
      (v) => typeof v === 'string' && foldText(v).startsWith(prefix) && /^\d+$/.test(v.slice(prefix.length).trim()),
    );
  };
  const visit = (node: Rule): boolean => {
    if (isAnd(node)) return node.and.some(visit);
    if (isOr(node)) return node.or.some(visit);
    if (isNot(node)) return visit(node.not);
    if (isCondition(node)) return node.field === CLUSTER_FIELD_KEY && names(node.value);
    // Orders, events and segment references: the cluster field is a customer field, not there.
    if (isOrders(node) || isEvents(node)) return false;
    return false;
  };
  return visit(rule);
}
