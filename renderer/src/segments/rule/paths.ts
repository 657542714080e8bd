/**
 * Where a node sits in a rule tree. The engine's scheme (RulePartCount.path): '' is the root,
 * '0.2' the 3rd child of the 1st child, and a { not } node's only child is its path + '.0'.
 * The editor extends it with one step the engine never counts: 'w' enters an orders condition's
 * where-rule ('1.w.0' is the first condition of the where-rule of the root's 2nd child), and
 * likewise an events condition's.
 */
import { isAnd, isEvents, isNot, isOr, isOrders, type Rule } from '../../../../shared/model/rules.js';

export type NodePath = string;
/** The step into an orders condition's where-rule. */
export const WHERE_STEP = 'w';

export function childPath(parent: NodePath, step: number | typeof WHERE_STEP): NodePath {
  return parent === '' ? String(step) : `${parent}.${step}`;
}

export function pathSteps(path: NodePath): string[] {
  return path === '' ? [] : path.split('.');
}

/** The path of the node holding this one; null for the root. */
export function parentPath(path: NodePath): NodePath | null {
  if (path === '') return null;
  const steps = pathSteps(path);
  steps.pop();
  return steps.join('.');
}

/** The index of a node among its parent's children (NaN for a where-rule). */
export function lastIndex(path: NodePath): number {
  const steps = pathSteps(path);
  return Number(steps[steps.length - 1]);
}

/** True when the path lies inside an orders condition's where-rule (no live counts there). */
export function isInsideWhere(path: NodePath): boolean {
  return pathSteps(path).includes(WHERE_STEP);
}

/** The children of a node, in path order: group members, a not's child, nothing for a leaf. */
export function childrenOf(rule: Rule): Rule[] {
  if (isAnd(rule)) return rule.and;
  if (isOr(rule)) return rule.or;
  if (isNot(rule)) return [rule.not];
  return [];
}

/** The node at a path, or undefined when the path leads nowhere. */
export function nodeAt(rule: Rule, path: NodePath): Rule | undefined {
  let node: Rule | undefined = rule;
  for (const step of pathSteps(path)) {
    if (!node) return undefined;
    if (step === WHERE_STEP) {
      node = isOrders(node) ? node.orders.where : isEvents(node) ? node.events.where : undefined;
    } else {
      node = childrenOf(node)[Number(step)];
    }
  }
  return node;
}
