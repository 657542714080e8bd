/**
 * Parts of a rule that can never match anyone, found from the rule alone (no data): an empty
 * `in` list, between with lo > hi, x > 5 and x < 3 in one AND group, an empty OR group...
 * Paths follow RulePartCount.path: "" the root, "0.1" the 2nd child of the 1st, a NOT's child ".0".
 */
import { type Condition, isAnd, isCondition, isNot, isOr, isOrders, type Rule } from '../../../shared/model/rules.js';
import { contradict } from './contradictions.js';
import { describeCondition } from './describeCondition.js';

interface NeverMatch {
  path: string;
  message: string;
  /** The case, for the interface's words (lintWhy.never_matches.*). */
  reason: string;
  values: Record<string, string | number>;
}

export function childPath(parent: string, index: number): string {
  return parent === '' ? String(index) : `${parent}.${index}`;
}

export function neverMatches(rule: Rule): NeverMatch[] {
  const found: NeverMatch[] = [];
  visit(rule, '', found);
  return found;
}

/** Reports what never matches under node; true when the node itself never matches. */
function visit(node: Rule, path: string, found: NeverMatch[]): boolean {
  if (isAnd(node)) {
    // An impossible child already explains the group; do not report the group as well.
    const childNever = node.and.map((child, i) => visit(child, childPath(path, i), found)).some(Boolean);
    return childNever || conflictsInGroup(node.and, path, found);
  }
  if (isOr(node)) {
    if (node.or.length === 0) {
      found.push({
        path,
        message: 'This "any of" group has no conditions, so it matches no one. Add one or remove the group.',
        reason: 'emptyAnyOf',
        values: {},
      });
      return true;
    }
    return node.or.map((child, i) => visit(child, childPath(path, i), found)).every(Boolean);
  }
  if (isNot(node)) {
    visit(node.not, childPath(path, 0), found);
    if (isAnd(node.not) && node.not.and.length === 0) {
      found.push({
        path,
        message: 'NOT of an empty "all of" group matches no one (the group matches everyone).',
        reason: 'notEmptyAllOf',
        values: {},
      });
      return true;
    }
    return false;
  }
  if (isCondition(node)) {
    if (!contradict([node])) return false;
    found.push({ path, ...conditionMessage(node) });
    return true;
  }
  if (isOrders(node)) {
    if (node.orders.where) {
      for (const inner of neverMatches(node.orders.where)) {
        found.push({
          path,
          message: `In the orders condition: ${inner.message}`,
          reason: inner.reason,
          values: { ...inner.values, inOrders: 1 },
        });
      }
    }
    if (!countImpossible(node.measure, node.op, node.value)) return false;
    found.push({
      path,
      message: `A number of orders ${node.op} ${node.value} is impossible (orders are counted 0, 1, 2...), so this condition matches no one.`,
      reason: 'ordersCount',
      values: { op: node.op, value: node.value },
    });
    return true;
  }
  return false;
}

/** Conditions on the same field that are siblings in an AND group must all hold for one value. */
function conflictsInGroup(children: readonly Rule[], path: string, found: NeverMatch[]): boolean {
  const byField = new Map<string, Condition[]>();
  for (const child of children) {
    if (!isCondition(child)) continue;
    const list = byField.get(child.field) ?? [];
    list.push(child);
    byField.set(child.field, list);
  }
  let never = false;
  for (const conditions of byField.values()) {
    if (conditions.length < 2 || !contradict(conditions)) continue;
    found.push({
      path,
      message: `No customer can match ${conditions.map(describeCondition).join(' and ')} at the same time, so this group matches no one.`,
      reason: 'conflict',
      values: { field: conditions[0]?.field ?? '' },
    });
    never = true;
  }
  return never;
}

function conditionMessage(c: Condition): Omit<NeverMatch, 'path'> {
  const values = { field: c.field };
  if (c.op === 'in') {
    const message = `${c.field} is one of an empty list, which matches no one. Pick at least one value.`;
    return { message, reason: 'emptyList', values };
  }
  if (c.op === 'between') {
    const message = `${describeCondition(c)} matches no one: the first value is above the second. Swap them.`;
    return { message, reason: 'reversedBetween', values };
  }
  return { message: `${describeCondition(c)} can never be true, so it matches no one.`, reason: 'neverTrue', values };
}

function countImpossible(measure: string, op: string, value: number): boolean {
  if (measure !== 'count') return false;
  if (op === '<') return value <= 0;
  if (op === '<=') return value < 0;
  if (op === '=') return value < 0 || !Number.isInteger(value);
  return false;
}
