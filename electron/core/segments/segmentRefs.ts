/** Which saved segments a rule names ("in segment X"): to refuse deleting a segment others use. */
import { isAnd, isInSegment, isNot, isOr, isOrders, type Rule } from '../../../shared/model/rules.js';

/** Ids of the segments a rule refers to, anywhere in its tree, each once, in order of appearance. */
export function referencedSegments(rule: Rule): number[] {
  const found = new Set<number>();
  const visit = (node: Rule): void => {
    if (isAnd(node)) node.and.forEach(visit);
    else if (isOr(node)) node.or.forEach(visit);
    else if (isNot(node)) visit(node.not);
    else if (isInSegment(node)) found.add(node.segment);
    else if (isOrders(node) && node.orders.where) visit(node.orders.where);
  };
  visit(rule);
  return [...found];
}
