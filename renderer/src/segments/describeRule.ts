/**
 * The segment in plain words, under the builder: "Customers in Germany or France who placed at
 * least 2 orders in the last 90 days and who spent over 500". Pure (rule, fields, t, lang) → text,
 * so it is unit-tested with exact sentences. It describes the counted rule (incomplete parts left
 * out), so the sentence always says what the numbers count.
 * Nested groups of two or more members are put in parentheses; a group of one reads as its member;
 * a negated leaf uses the negative wording; a negated group reads "not (…)".
 */
import { isAnd, isNot, isOr, type Rule } from '../../../shared/model/rules.js';
import { type DescribeContext, describeLeaf, describeOrderLeaf } from './describeLeaf.js';

export type { DescribeContext } from './describeLeaf.js';

type Level = 'customers' | 'orders';

export function describeRule(rule: Rule, ctx: DescribeContext): string {
  const members = groupMembers(rule);
  if (members && members.items.length === 0) {
    return ctx.t(members.type === 'and' ? 'segments.sentence.all' : 'segments.sentence.none');
  }
  return ctx.t('segments.sentence.customers', { clauses: describeNode(rule, false, true, 'customers', ctx) });
}

function groupMembers(rule: Rule): { type: 'and' | 'or'; items: Rule[] } | null {
  if (isAnd(rule)) return { type: 'and', items: rule.and };
  if (isOr(rule)) return { type: 'or', items: rule.or };
  return null;
}

function describeNode(node: Rule, negated: boolean, top: boolean, level: Level, ctx: DescribeContext): string {
  if (isNot(node)) return describeNode(node.not, !negated, top, level, ctx);
  const group = groupMembers(node);
  if (group) {
    const [only] = group.items;
    if (group.items.length === 1 && only) return describeNode(only, negated, top, level, ctx);
    if (group.items.length === 0) {
      // An empty group: "and" matches everyone, "or" no one (the rule model's definition).
      const everyone = (group.type === 'and') !== negated;
      return ctx.t(everyone ? 'segments.sentence.anyone' : 'segments.sentence.noOne');
    }
    const clauses = group.items.map((item) => describeNode(item, false, false, level, ctx));
    const joined = new Intl.ListFormat(ctx.lang, {
      style: 'long',
      type: group.type === 'and' ? 'conjunction' : 'disjunction',
    }).format(clauses);
    if (negated) return ctx.t('segments.sentence.not', { clauses: joined });
    return top ? joined : ctx.t('segments.sentence.group', { clauses: joined });
  }
  const leaf =
    level === 'customers'
      ? describeLeaf(node, negated, ctx, (where) => describeWhere(where, ctx))
      : describeOrderLeaf(node, negated, ctx);
  return leaf ?? '';
}

/** The where-rule of an orders condition; null when it has no members (all orders count). */
function describeWhere(where: Rule, ctx: DescribeContext): string | null {
  const group = groupMembers(where);
  if (group && group.items.length === 0) return null;
  return describeNode(where, false, true, 'orders', ctx);
}

/** One part of a rule in words, without "Customers" in front: a line of a version's diff (history/ruleDiff.ts). */
export function describeClause(rule: Rule, ctx: DescribeContext): string {
  return describeNode(rule, false, true, 'customers', ctx);
}
