/**
 * What changed between two saved versions of a rule, in plain words, at the level of the
 * top-level conditions: the rule's outer group's members (a rule that is not a group is one
 * member). Members equal in both are left out; a member on each side about the same thing (the
 * same field, the same orders or events measure, a segment reference) reads as "changed from …
 * to …"; the rest were added or removed. Pure (rules, describe context) → lines, unit-tested in
 * two languages.
 */
import { isAnd, isCondition, isEvents, isNot, isOr, isOrders, type Rule } from '../../../../shared/model/rules.js';
import { type DescribeContext, describeClause } from '../describeRule.js';

export type DiffLine =
  | { kind: 'added' | 'removed'; text: string }
  | { kind: 'changed'; text: string }
  | { kind: 'joiner'; text: string }
  | { kind: 'same'; text: string };

interface TopLevel {
  joiner: 'and' | 'or';
  items: Rule[];
}

function topLevel(rule: Rule): TopLevel {
  if (isAnd(rule)) return { joiner: 'and', items: rule.and };
  if (isOr(rule)) return { joiner: 'or', items: rule.or };
  return { joiner: 'and', items: [rule] };
}

/** What a member is about: two members with the same subject are one condition changed. */
function subject(rule: Rule): string {
  if (isNot(rule)) return subject(rule.not);
  if (isCondition(rule)) return `field:${rule.field}`;
  if (isOrders(rule)) return `orders:${rule.measure}`;
  if (isEvents(rule)) return `events:${rule.measure}`;
  if ('segment' in rule) return 'segment';
  if ('list' in rule) return 'list';
  return 'group';
}

const same = (a: Rule, b: Rule): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The lines saying how `after` differs from `before`; one "same" line when it does not. */
export function ruleDiff(before: Rule, after: Rule, ctx: DescribeContext): DiffLine[] {
  const old = topLevel(before);
  const now = topLevel(after);
  const removed = [...old.items];
  const added: Rule[] = [];
  for (const item of now.items) {
    const i = removed.findIndex((r) => same(r, item));
    if (i >= 0) removed.splice(i, 1);
    else added.push(item);
  }
  const lines: DiffLine[] = [];
  if (old.joiner !== now.joiner && old.items.length + now.items.length > 2) {
    lines.push({ kind: 'joiner', text: ctx.t(`history.diff.joiner.${now.joiner}`) });
  }
  const describe = (rule: Rule) => describeClause(rule, ctx);
  for (const item of added) {
    const i = removed.findIndex((r) => subject(r) === subject(item));
    const was = i >= 0 ? removed.splice(i, 1)[0] : undefined;
    lines.push(
      was
        ? { kind: 'changed', text: ctx.t('history.diff.changed', { from: describe(was), to: describe(item) }) }
        : { kind: 'added', text: ctx.t('history.diff.added', { clause: describe(item) }) },
    );
  }
  for (const item of removed) {
    lines.push({ kind: 'removed', text: ctx.t('history.diff.removed', { clause: describe(item) }) });
  }
  return lines.length > 0 ? lines : [{ kind: 'same', text: ctx.t('history.diff.same') }];
}
