/**
 * The rule as the user leaves it after editing one condition: the first condition (in reading
 * order, outside saved segments) gets a value it never had in this run, so its members are not
 * known yet while every other leaf is. A number moves by a hair, a list gains a value no customer
 * has: the members stay those of the bench's rule (but for a tie at a bound), so the time is that
 * of one changed condition, as when the user types a new value.
 */
import { isAnd, isCondition, isNot, isOr, isOrders, type Rule } from '../../shared/model/rules.js';

export function editOneCondition(rule: Rule, edit: number): Rule {
  return editFirst(rule, edit) ?? rule;
}

function editFirst(rule: Rule, edit: number): Rule | null {
  if (isAnd(rule) || isOr(rule)) {
    const children = isAnd(rule) ? rule.and : rule.or;
    for (let i = 0; i < children.length; i += 1) {
      const edited = editFirst(children[i] as Rule, edit);
      if (!edited) continue;
      const next = children.map((c, j) => (j === i ? edited : c));
      return isAnd(rule) ? { and: next } : { or: next };
    }
    return null;
  }
  if (isNot(rule)) {
    const edited = editFirst(rule.not, edit);
    return edited ? { not: edited } : null;
  }
  if (isOrders(rule)) return { ...rule, value: rule.value + edit * 1e-9 };
  // Day counts are whole numbers: such a condition is left as it is.
  if (!isCondition(rule) || rule.op.endsWith('days')) return null;
  const value = rule.value;
  if (typeof value === 'number') return { ...rule, value: value + edit * 1e-9 } as Rule;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
    return { ...rule, value: [...value, `(edit ${edit})`] } as Rule;
  }
  if (Array.isArray(value) && value.length === 2 && typeof value[1] === 'number') {
    return { ...rule, value: [value[0], value[1] + edit * 1e-9] } as Rule;
  }
  return null;
}
