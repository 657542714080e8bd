/**
 * The rule that is counted and saved: the edited rule without its incomplete parts.
 * - an incomplete condition (no field, no value yet, a value of the wrong shape) is left out;
 * - a group left with no members is left out too (an empty "any of" would match no one);
 * - a not whose child was left out goes with it;
 * - the root always stays: with no complete member it counts everyone ({ and: [] }).
 * Leaving a node out renumbers its siblings, so a map from the counted rule's paths back to the
 * edited rule's paths comes with it: live counts and linter warnings are keyed by counted paths.
 */
import type { FieldInfo } from '../../../../shared/api.js';
import { isAnd, isEvents, isNot, isOr, isOrders, type Rule } from '../../../../shared/model/rules.js';
import { isLeafComplete } from './completeness.js';
import { EVENT_FIELDS } from './eventFields.js';
import { childPath, type NodePath, WHERE_STEP } from './paths.js';

export interface PruneFields {
  /** Fields a top-level condition may use (customer attributes and metrics). */
  customer: readonly FieldInfo[];
  /** Fields a condition inside an orders where-rule may use. */
  order: readonly FieldInfo[];
  /** Fields a condition inside an events where-rule may use (the events columns). */
  event?: readonly FieldInfo[];
}

export interface PrunedRule {
  rule: Rule;
  /** Counted path → edited path, for every node of the counted rule outside where-rules. */
  toEdited: Map<NodePath, NodePath>;
  /** Edited paths of the leaves and empty groups that were left out. */
  incomplete: NodePath[];
}

interface Walk {
  toEdited: Map<NodePath, NodePath> | null;
  incomplete: NodePath[];
}

export function pruneRule(rule: Rule, fields: PruneFields): PrunedRule {
  const walk: Walk = { toEdited: new Map(), incomplete: [] };
  const pruned = pruneNode(rule, '', '', fields.customer, fields, walk);
  const root = pruned ?? { and: [] };
  if (!pruned) walk.toEdited?.set('', '');
  if ((isAnd(root) || isOr(root)) && (isAnd(root) ? root.and : root.or).length === 0) {
    return { rule: { and: [] }, toEdited: walk.toEdited ?? new Map(), incomplete: walk.incomplete };
  }
  return { rule: root, toEdited: walk.toEdited ?? new Map(), incomplete: walk.incomplete };
}

function pruneNode(
  node: Rule,
  edited: NodePath,
  counted: NodePath,
  scope: readonly FieldInfo[],
  fields: PruneFields,
  walk: Walk,
): Rule | null {
  const isRoot = edited === '';
  if (isAnd(node) || isOr(node)) {
    const items = isAnd(node) ? node.and : node.or;
    const kept: Rule[] = [];
    items.forEach((item, i) => {
      const result = pruneNode(item, childPath(edited, i), childPath(counted, kept.length), scope, fields, walk);
      if (result) kept.push(result);
    });
    if (kept.length === 0 && !isRoot && !edited.endsWith(WHERE_STEP)) {
      walk.incomplete.push(edited);
      return null;
    }
    walk.toEdited?.set(counted, edited);
    return isAnd(node) ? { and: kept } : { or: kept };
  }
  if (isNot(node)) {
    const inner = pruneNode(node.not, childPath(edited, 0), childPath(counted, 0), scope, fields, walk);
    if (!inner) return null;
    walk.toEdited?.set(counted, edited);
    return { not: inner };
  }
  if (!isLeafComplete(node, scope)) {
    walk.incomplete.push(edited);
    return null;
  }
  walk.toEdited?.set(counted, edited);
  if (isEvents(node) && node.events.where !== undefined) {
    const whereWalk: Walk = { toEdited: null, incomplete: walk.incomplete };
    const eventFields = fields.event ?? EVENT_FIELDS;
    const where = pruneNode(node.events.where, childPath(edited, WHERE_STEP), '', eventFields, fields, whereWalk);
    const { where: _dropped, ...window } = node.events;
    return where === null || isEmptyGroup(where)
      ? { ...node, events: window }
      : { ...node, events: { ...window, where } };
  }
  if (!isOrders(node) || node.orders.where === undefined) return node;
  // Inside a where-rule nothing is counted, so no paths are mapped; incomplete parts are still reported.
  const whereWalk: Walk = { toEdited: null, incomplete: walk.incomplete };
  const where = pruneNode(node.orders.where, childPath(edited, WHERE_STEP), '', fields.order, fields, whereWalk);
  const { where: _dropped, ...window } = node.orders;
  return where === null || isEmptyGroup(where)
    ? { ...node, orders: window }
    : { ...node, orders: { ...window, where } };
}

function isEmptyGroup(node: Rule): boolean {
  if (isAnd(node)) return node.and.length === 0;
  if (isOr(node)) return node.or.length === 0;
  return false;
}
