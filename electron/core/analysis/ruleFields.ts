/**
 * The customer fields a rule decides on, for the "measurable" check: conditions on customer
 * attributes and metrics, also inside the saved segments it refers to. Fields inside orders
 * conditions are order-line fields, not values a customer has, so they are left out.
 */
import { isAnd, isCondition, isInSegment, isNot, isOr, type Rule } from '../../../shared/model/rules.js';

/** Keys in order of first use; customer_id is left out (every customer has one). */
export function ruleCustomerFields(rule: Rule, savedRule: (id: number) => Rule | undefined): string[] {
  const found = new Set<string>();
  const entered = new Set<number>();
  const visit = (node: Rule): void => {
    if (isAnd(node)) node.and.forEach(visit);
    else if (isOr(node)) node.or.forEach(visit);
    else if (isNot(node)) visit(node.not);
    else if (isCondition(node)) {
      if (node.field !== 'customer_id') found.add(node.field);
    } else if (isInSegment(node) && !entered.has(node.segment)) {
      // A cycle cannot reach here (such rules do not compile), but a visited set costs nothing.
      entered.add(node.segment);
      const saved = savedRule(node.segment);
      if (saved) visit(saved);
    }
  };
  visit(rule);
  return [...found];
}
