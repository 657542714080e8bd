/** Rule nesting has a documented limit, checked without recursion so a hostile file cannot blow the stack. */
import { describe, expect, it } from 'vitest';
import { MAX_RULE_DEPTH, RULE_DEPTH_MESSAGE, Rule, ruleDepth } from '../../shared/model/rules.js';

const LEAF = { field: 'country', op: 'in', value: ['DE'] };

function nested(levels: number, wrap: (inner: unknown) => unknown): unknown {
  let rule: unknown = LEAF;
  for (let i = 1; i < levels; i++) rule = wrap(rule);
  return rule;
}
const inAnd = (inner: unknown) => ({ and: [inner] });
const inNot = (inner: unknown) => ({ not: inner });
const inOrders = (inner: unknown) => ({ orders: { where: inner }, measure: 'count', op: '>=', value: 1 });

describe('rule nesting limit', () => {
  it('is 100 levels, named in the message', () => {
    expect(MAX_RULE_DEPTH).toBe(100);
    expect(RULE_DEPTH_MESSAGE).toBe('rules can be nested at most 100 levels deep');
  });

  it.each([
    ['a condition', LEAF, 1],
    ['an empty group', { and: [] }, 1],
    ['and > or > condition', { and: [{ or: [LEAF] }] }, 3],
    ['the deepest branch counts', { and: [LEAF, { not: { or: [LEAF] } }] }, 4],
    ['orders where', inOrders(LEAF), 2],
    ['not a rule at all', 'text', 0],
  ])('ruleDepth of %s is %d', (_name, rule, depth) => {
    expect(ruleDepth(rule)).toBe(depth);
  });

  it.each([
    ['and', inAnd],
    ['not', inNot],
    ['orders.where', inOrders],
  ])('100 levels of %s parse', (_name, wrap) => {
    expect(Rule.safeParse(nested(100, wrap)).success).toBe(true);
  });

  it.each([
    ['and', inAnd],
    ['not', inNot],
    ['orders.where', inOrders],
  ])('101 levels of %s are refused with the limit', (_name, wrap) => {
    const parsed = Rule.safeParse(nested(101, wrap));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toEqual([RULE_DEPTH_MESSAGE]);
  });

  it('100,000 levels are refused without a stack overflow', () => {
    const rule = nested(100_000, inAnd);
    expect(ruleDepth(rule)).toBe(100_000);
    const parsed = Rule.safeParse(rule);
    expect(parsed.error?.issues.map((i) => i.message)).toEqual([RULE_DEPTH_MESSAGE]);
  });
});
