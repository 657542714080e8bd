/**
 * The nodes of a rule the builder shows a count for, with their paths: '' the root, '0.2' the
 * third child of the first child; the child of { not } is parent + '.0'. Orders conditions are
 * one node (their "where" filters order lines, not customers); segment references are leaves.
 */
import { isAnd, isNot, isOr, type Rule } from '../../../shared/model/rules.js';

interface RulePart {
  path: string;
  rule: Rule;
}

export function ruleParts(rule: Rule, path = ''): RulePart[] {
  const parts: RulePart[] = [{ path, rule }];
  const child = (i: number) => (path === '' ? String(i) : `${path}.${i}`);
  const children = isAnd(rule) ? rule.and : isOr(rule) ? rule.or : isNot(rule) ? [rule.not] : [];
  children.forEach((r, i) => {
    parts.push(...ruleParts(r, child(i)));
  });
  return parts;
}
