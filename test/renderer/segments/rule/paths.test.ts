import { describe, expect, it } from 'vitest';
import {
  childPath,
  isInsideWhere,
  lastIndex,
  nodeAt,
  parentPath,
  pathSteps,
} from '../../../../renderer/src/segments/rule/paths.js';
import type { Rule } from '../../../../shared/model/rules.js';

const cond: Rule = { field: 'age', op: '>', value: 30 };
const where: Rule = { and: [{ field: 'category', op: 'in', value: ['Shoes'] }] };
const rule: Rule = {
  and: [cond, { not: { or: [cond, { segment: 3 }] } }, { orders: { where }, measure: 'count', op: '>=', value: 2 }],
};

describe('the path scheme', () => {
  it("is '' for the root and dotted indexes below it", () => {
    expect(childPath('', 0)).toBe('0');
    expect(childPath('0', 2)).toBe('0.2');
    expect(childPath('2', 'w')).toBe('2.w');
    expect(pathSteps('')).toEqual([]);
    expect(pathSteps('1.0.1')).toEqual(['1', '0', '1']);
  });

  it("gives a not's only child its path + '.0' (as segments/countParts does)", () => {
    expect(nodeAt(rule, '1')).toEqual({ not: { or: [cond, { segment: 3 }] } });
    expect(nodeAt(rule, '1.0')).toEqual({ or: [cond, { segment: 3 }] });
    expect(nodeAt(rule, '1.0.1')).toEqual({ segment: 3 });
  });

  it("steps into an orders where-rule with 'w' (never counted)", () => {
    expect(nodeAt(rule, '2.w')).toBe(where);
    expect(nodeAt(rule, '2.w.0')).toEqual({ field: 'category', op: 'in', value: ['Shoes'] });
    expect(isInsideWhere('2.w.0')).toBe(true);
    expect(isInsideWhere('1.0.1')).toBe(false);
  });

  it('answers undefined for a path that leads nowhere', () => {
    expect(nodeAt(rule, '5')).toBeUndefined();
    expect(nodeAt(rule, '0.0')).toBeUndefined();
    expect(nodeAt(rule, '0.w')).toBeUndefined();
  });

  it('knows parents and indexes', () => {
    expect(parentPath('')).toBeNull();
    expect(parentPath('0')).toBe('');
    expect(parentPath('1.0.1')).toBe('1.0');
    expect(lastIndex('1.0.1')).toBe(1);
  });
});
