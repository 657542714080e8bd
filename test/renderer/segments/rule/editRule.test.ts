import { describe, expect, it } from 'vitest';
import {
  addChild,
  duplicateAt,
  moveAt,
  outerPath,
  removeAt,
  replaceAt,
  setCombinator,
  toggleNot,
} from '../../../../renderer/src/segments/rule/editRule.js';
import { normalizeForEditing } from '../../../../renderer/src/segments/rule/normalize.js';
import type { Rule } from '../../../../shared/model/rules.js';

const a: Rule = { field: 'age', op: '>=', value: 25 };
const b: Rule = { field: 'country', op: 'in', value: ['Germany'] };
const c: Rule = { field: 'device', op: 'in', value: ['mobile'] };
const orders: Rule = { orders: { where: { and: [] } }, measure: 'count', op: '>=', value: 2 };

describe('rule editing operations (pure, by path)', () => {
  const rule: Rule = { and: [a, { or: [b, c] }] };
  const frozen = structuredClone(rule);

  it('adds a child to a group and reports its path', () => {
    expect(addChild(rule, '', c)).toEqual({ rule: { and: [a, { or: [b, c] }, c] }, path: '2' });
    expect(addChild(rule, '1', a)).toEqual({ rule: { and: [a, { or: [b, c, a] }] }, path: '1.2' });
  });

  it('adds into an orders where-rule, creating it when missing', () => {
    const noWhere: Rule = { and: [{ orders: {}, measure: 'count', op: '>=', value: 1 }] };
    expect(addChild(noWhere, '0.w', b)).toEqual({
      rule: { and: [{ orders: { where: { and: [b] } }, measure: 'count', op: '>=', value: 1 }] },
      path: '0.w.0',
    });
  });

  it('removes a node; a negated node goes with its not', () => {
    expect(removeAt(rule, '1.0')).toEqual({ and: [a, { or: [c] }] });
    const negated: Rule = { and: [a, { not: b }] };
    expect(removeAt(negated, '1.0')).toEqual({ and: [a] });
    expect(removeAt(negated, '1')).toEqual({ and: [a] });
    expect(removeAt(rule, '')).toBe(rule);
  });

  it('moves up and down among siblings, and not past either end', () => {
    expect(moveAt(rule, '1', -1)).toEqual({ rule: { and: [{ or: [b, c] }, a] }, path: '0' });
    expect(moveAt(rule, '1.0', 1)).toEqual({ rule: { and: [a, { or: [c, b] }] }, path: '1.1' });
    expect(moveAt(rule, '0', -1)).toBeNull();
    expect(moveAt(rule, '1', 1)).toBeNull();
  });

  it('duplicates a node right after itself, as a deep copy', () => {
    const result = duplicateAt(rule, '1');
    expect(result).toEqual({ rule: { and: [a, { or: [b, c] }, { or: [b, c] }] }, path: '2' });
    const copy = result?.rule;
    if (!copy || !('and' in copy)) throw new Error('expected an and group');
    expect(copy.and[2]).not.toBe(copy.and[1]);
  });

  it('negates and un-negates, from the node or from inside its not', () => {
    const once = toggleNot(rule, '1');
    expect(once).toEqual({ and: [a, { not: { or: [b, c] } }] });
    expect(toggleNot(once, '1')).toEqual(rule);
    expect(toggleNot(once, '1.0')).toEqual(rule);
  });

  it('switches a group between all of (and) and any of (or)', () => {
    expect(setCombinator(rule, '1', 'and')).toEqual({ and: [a, { and: [b, c] }] });
    expect(setCombinator(rule, '', 'or')).toEqual({ or: [a, { or: [b, c] }] });
    expect(setCombinator(rule, '0', 'or')).toEqual(rule); // a condition has no combinator
  });

  it('replaces a node deep inside a not and a where-rule', () => {
    const deep: Rule = { and: [{ not: { and: [orders] } }] };
    expect(replaceAt(deep, '0.0.0.w', { or: [b] })).toEqual({
      and: [{ not: { and: [{ ...orders, orders: { where: { or: [b] } } }] } }],
    });
  });

  it('shares untouched nodes and never mutates its input', () => {
    const next = replaceAt(rule, '0', c);
    if (!('and' in next) || !('and' in rule)) throw new Error('expected and groups');
    expect(next.and[1]).toBe(rule.and[1]);
    expect(rule).toEqual(frozen);
  });

  it('finds the outer path of a node wrapped in nots', () => {
    const wrapped: Rule = { and: [{ not: { not: a } }] };
    expect(outerPath(wrapped, '0.0.0')).toBe('0');
    expect(outerPath(wrapped, '0')).toBe('0');
  });
});

describe('normalizeForEditing', () => {
  it('makes the root a group and gives every orders condition a where-group', () => {
    expect(normalizeForEditing(a)).toEqual({ and: [a] });
    expect(normalizeForEditing({ orders: { within_last_days: 90 }, measure: 'count', op: '>=', value: 2 })).toEqual({
      and: [{ orders: { within_last_days: 90, where: { and: [] } }, measure: 'count', op: '>=', value: 2 }],
    });
    expect(normalizeForEditing({ or: [{ orders: { where: b }, measure: 'sum_amount', op: '>', value: 5 }] })).toEqual({
      or: [{ orders: { where: { and: [b] } }, measure: 'sum_amount', op: '>', value: 5 }],
    });
  });
});
