/**
 * The shape the builder edits: the root is always a group (so there is always somewhere to add a
 * condition) and every orders condition has a where-group. A saved rule, a template or a CLI file
 * may be any rule; normalising does not change what it matches.
 */
import { isAnd, isEvents, isNot, isOr, isOrders, type Rule } from '../../../../shared/model/rules.js';

export function normalizeForEditing(rule: Rule): Rule {
  const root = isAnd(rule) || isOr(rule) ? rule : { and: [rule] };
  return normalizeNode(root);
}

function normalizeNode(node: Rule): Rule {
  if (isAnd(node)) return { and: node.and.map(normalizeNode) };
  if (isOr(node)) return { or: node.or.map(normalizeNode) };
  if (isNot(node)) return { not: normalizeNode(node.not) };
  if (isOrders(node)) {
    const where = node.orders.where;
    const group = where === undefined ? { and: [] } : isAnd(where) || isOr(where) ? where : { and: [where] };
    return { ...node, orders: { ...node.orders, where: normalizeNode(group) } };
  }
  if (isEvents(node)) {
    const where = node.events.where;
    const group = where === undefined ? { and: [] } : isAnd(where) || isOr(where) ? where : { and: [where] };
    return { ...node, events: { ...node.events, where: normalizeNode(group) } };
  }
  return node;
}
