/**
 * The builder's editing operations: pure functions (rule, path, …) → a new rule. Nothing is
 * mutated, and nodes off the edited path are shared, so React sees exactly what changed.
 * An operation on a node inside a { not } acts on the not (the pair reads as one negated node).
 */
import { isAnd, isEvents, isNot, isOr, isOrders, type Rule } from '../../../../shared/model/rules.js';
import { childPath, lastIndex, type NodePath, nodeAt, parentPath, pathSteps, WHERE_STEP } from './paths.js';

export type Combinator = 'and' | 'or';

/** Rebuilds the nodes from the root down to path, with the node at path replaced by change(node). */
export function updateAt(rule: Rule, path: NodePath, change: (node: Rule) => Rule): Rule {
  return updateSteps(rule, pathSteps(path), change);
}

function updateSteps(node: Rule, steps: string[], change: (node: Rule) => Rule): Rule {
  const [step, ...rest] = steps;
  if (step === undefined) return change(node);
  if (step === WHERE_STEP) {
    if (isEvents(node)) {
      const where = updateSteps(node.events.where ?? { and: [] }, rest, change);
      return { ...node, events: { ...node.events, where } };
    }
    if (!isOrders(node)) return node;
    const where = updateSteps(node.orders.where ?? { and: [] }, rest, change);
    return { ...node, orders: { ...node.orders, where } };
  }
  const index = Number(step);
  if (isNot(node)) return index === 0 ? { not: updateSteps(node.not, rest, change) } : node;
  if (isAnd(node) || isOr(node)) {
    const list = isAnd(node) ? node.and : node.or;
    const child = list[index];
    if (child === undefined) return node;
    const next = list.with(index, updateSteps(child, rest, change));
    return isAnd(node) ? { and: next } : { or: next };
  }
  return node;
}

export function replaceAt(rule: Rule, path: NodePath, replacement: Rule): Rule {
  return updateAt(rule, path, () => replacement);
}

/** The path an operation on this node acts on: a node wrapped in { not } is moved/removed with it. */
export function outerPath(rule: Rule, path: NodePath): NodePath {
  let current = path;
  for (;;) {
    const parent = parentPath(current);
    if (parent === null) return current;
    const holder = nodeAt(rule, parent);
    if (!holder || !isNot(holder)) return current;
    current = parent;
  }
}

function groupItems(node: Rule | undefined): Rule[] | null {
  if (!node) return null;
  if (isAnd(node)) return node.and;
  if (isOr(node)) return node.or;
  return null;
}

function withItems(group: Rule, items: Rule[]): Rule {
  return isOr(group) ? { or: items } : { and: items };
}

/** Appends child to the group at groupPath; returns the new rule and the child's path. */
export function addChild(rule: Rule, groupPath: NodePath, child: Rule): { rule: Rule; path: NodePath } {
  const items = groupItems(nodeAt(rule, groupPath)) ?? (groupPath.endsWith(WHERE_STEP) ? [] : null);
  if (items === null) return { rule, path: groupPath };
  const next = updateAt(rule, groupPath, (group) => withItems(group, [...(groupItems(group) ?? []), child]));
  return { rule: next, path: childPath(groupPath, items.length) };
}

/** The parent group of the (outer) node at path and its index in it; null for a root or where-rule. */
function placeInGroup(rule: Rule, path: NodePath): { parent: NodePath; index: number; items: Rule[] } | null {
  const parent = parentPath(path);
  if (parent === null) return null;
  const items = groupItems(nodeAt(rule, parent));
  const index = lastIndex(path);
  if (!items || Number.isNaN(index) || index >= items.length) return null;
  return { parent, index, items };
}

export function removeAt(rule: Rule, path: NodePath): Rule {
  const place = placeInGroup(rule, outerPath(rule, path));
  if (!place) return rule;
  return updateAt(rule, place.parent, (group) =>
    withItems(
      group,
      place.items.filter((_, i) => i !== place.index),
    ),
  );
}

/** Moves a node up (-1) or down (+1) among its siblings; null when it is already at that end. */
export function moveAt(rule: Rule, path: NodePath, delta: -1 | 1): { rule: Rule; path: NodePath } | null {
  const place = placeInGroup(rule, outerPath(rule, path));
  if (!place) return null;
  const target = place.index + delta;
  if (target < 0 || target >= place.items.length) return null;
  const items = [...place.items];
  const [moved] = items.splice(place.index, 1);
  if (moved === undefined) return null;
  items.splice(target, 0, moved);
  return {
    rule: updateAt(rule, place.parent, (group) => withItems(group, items)),
    path: childPath(place.parent, target),
  };
}

/** Inserts a deep copy right after the node; returns the copy's path. */
export function duplicateAt(rule: Rule, path: NodePath): { rule: Rule; path: NodePath } | null {
  const outer = outerPath(rule, path);
  const place = placeInGroup(rule, outer);
  const node = nodeAt(rule, outer);
  if (!place || !node) return null;
  const items = [...place.items];
  items.splice(place.index + 1, 0, structuredClone(node));
  return {
    rule: updateAt(rule, place.parent, (group) => withItems(group, items)),
    path: childPath(place.parent, place.index + 1),
  };
}

/** Wraps the node in { not } or, when it is negated already, unwraps it. */
export function toggleNot(rule: Rule, path: NodePath): Rule {
  const outer = outerPath(rule, path);
  return updateAt(rule, outer, (node) => (isNot(node) ? node.not : { not: node }));
}

/** Makes a group match all (and) or any (or) of its members. */
export function setCombinator(rule: Rule, path: NodePath, combinator: Combinator): Rule {
  return updateAt(rule, path, (node) => {
    const items = groupItems(node);
    if (!items) return node;
    return combinator === 'and' ? { and: items } : { or: items };
  });
}

export function combinatorOf(node: Rule): Combinator | null {
  if (isAnd(node)) return 'and';
  if (isOr(node)) return 'or';
  return null;
}
