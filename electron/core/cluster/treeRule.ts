/**
 * A fitted tree (tree.ts) as a rule of the house model: the leaves predicting "in the cluster"
 * become an or of and-groups of the conditions on their path, each field kept once per side
 * (the tightest "<=" and the tightest ">"), e.g.
 * {"or": [{"and": [{"field": "monetary", "op": ">", "value": 250}, {"field": "frequency", "op": "<=", "value": 4.5}]}]}.
 * One group is the rule itself; no leaf predicting "in" gives {"or": []}, which selects no one.
 */
import type { Rule } from '../../../shared/model/rules.js';
import type { TreeNode } from './tree.js';

interface Bounds {
  /** Per field: the value the field must be <= (the smallest seen), or undefined. */
  atMost: Array<number | undefined>;
  /** Per field: the value the field must be > (the largest seen), or undefined. */
  above: Array<number | undefined>;
}

export function treeToRule(tree: TreeNode, fieldKeys: readonly string[]): Rule {
  const groups: Rule[] = [];
  const walk = (node: TreeNode, bounds: Bounds): void => {
    if (node.leaf) {
      if (node.inCluster) groups.push({ and: conditionsOf(bounds, fieldKeys) });
      return;
    }
    const f = node.field;
    const leftAtMost = [...bounds.atMost];
    leftAtMost[f] = Math.min(bounds.atMost[f] ?? Number.POSITIVE_INFINITY, node.threshold);
    walk(node.left, { atMost: leftAtMost, above: bounds.above });
    const rightAbove = [...bounds.above];
    rightAbove[f] = Math.max(bounds.above[f] ?? Number.NEGATIVE_INFINITY, node.threshold);
    walk(node.right, { atMost: bounds.atMost, above: rightAbove });
  };
  walk(tree, { atMost: fieldKeys.map(() => undefined), above: fieldKeys.map(() => undefined) });
  if (groups.length === 1) {
    const only = groups[0] as { and: Rule[] };
    return only.and.length === 1 ? (only.and[0] as Rule) : only;
  }
  return { or: groups };
}

function conditionsOf(bounds: Bounds, fieldKeys: readonly string[]): Rule[] {
  const conditions: Rule[] = [];
  fieldKeys.forEach((field, f) => {
    const above = bounds.above[f];
    const atMost = bounds.atMost[f];
    if (above !== undefined) conditions.push({ field, op: '>', value: above });
    if (atMost !== undefined) conditions.push({ field, op: '<=', value: atMost });
  });
  return conditions;
}
