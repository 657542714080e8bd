import { describe, expect, it } from 'vitest';
import { isValueComplete } from '../../../../renderer/src/segments/rule/completeness.js';
import { newCondition, newGroup, valueKind, withField, withOp } from '../../../../renderer/src/segments/rule/nodes.js';
import { pruneRule } from '../../../../renderer/src/segments/rule/pruneRule.js';
import type { FieldInfo } from '../../../../shared/api.js';
import type { Rule } from '../../../../shared/model/rules.js';

const field = (key: string, type: FieldInfo['type'], source: FieldInfo['source'] = 'customers'): FieldInfo => ({
  key,
  label: key,
  type,
  role: null,
  source,
});
const customer = [field('age', 'number'), field('country', 'category'), field('last_order', 'date', 'metrics')];
const order = [field('category', 'category', 'orders')];
const fields = { customer, order };

const age: Rule = { field: 'age', op: 'between', value: [25, 44] };
const country: Rule = { field: 'country', op: 'in', value: ['Germany'] };
const noValue: Rule = { field: 'country', op: 'in' };
const noField: Rule = newCondition();

describe('pruneRule: incomplete parts are left out of the counted rule', () => {
  it('keeps a complete rule as it is, every path mapping to itself', () => {
    const rule: Rule = { and: [age, { or: [country] }] };
    const pruned = pruneRule(rule, fields);
    expect(pruned.rule).toEqual(rule);
    expect(pruned.incomplete).toEqual([]);
    expect([...pruned.toEdited.entries()].sort()).toEqual([
      ['', ''],
      ['0', '0'],
      ['1', '1'],
      ['1.0', '1.0'],
    ]);
  });

  it('drops conditions without a field or value, and maps the renumbered paths back', () => {
    const rule: Rule = { and: [noField, age, { or: [noValue, country] }] };
    const pruned = pruneRule(rule, fields);
    expect(pruned.rule).toEqual({ and: [age, { or: [country] }] });
    expect(pruned.incomplete).toEqual(['0', '2.0']);
    expect(pruned.toEdited.get('0')).toBe('1');
    expect(pruned.toEdited.get('1')).toBe('2');
    expect(pruned.toEdited.get('1.0')).toBe('2.1');
  });

  it('drops a group left empty and a not left empty, but never the root', () => {
    const rule: Rule = { and: [{ or: [noValue] }, { not: noField }] };
    const pruned = pruneRule(rule, fields);
    expect(pruned.rule).toEqual({ and: [] });
    expect(pruned.incomplete).toEqual(['0.0', '0', '1.0']);
    expect(pruned.toEdited.get('')).toBe('');
  });

  it('counts everyone when an "any of" root has no complete member yet', () => {
    expect(pruneRule({ or: [noValue] }, fields).rule).toEqual({ and: [] });
  });

  it('maps the path of a not and of its child', () => {
    const pruned = pruneRule({ and: [noField, { not: country }] }, fields);
    expect(pruned.rule).toEqual({ and: [{ not: country }] });
    expect(pruned.toEdited.get('0')).toBe('1');
    expect(pruned.toEdited.get('0.0')).toBe('1.0');
  });

  it('prunes an orders where-rule with order fields, and drops it when empty', () => {
    const shoes: Rule = { field: 'category', op: 'in', value: ['Shoes'] };
    const withWhere: Rule = {
      and: [
        { orders: { where: { and: [shoes, noValue] }, within_last_days: 90 }, measure: 'count', op: '>=', value: 2 },
      ],
    };
    const pruned = pruneRule(withWhere, fields);
    expect(pruned.rule).toEqual({
      and: [{ orders: { within_last_days: 90, where: { and: [shoes] } }, measure: 'count', op: '>=', value: 2 }],
    });
    expect(pruned.incomplete).toEqual(['0.w.1']);
    const empty: Rule = { and: [{ orders: { where: { and: [] } }, measure: 'count', op: '>=', value: 1 }] };
    expect(pruneRule(empty, fields).rule).toEqual({ and: [{ orders: {}, measure: 'count', op: '>=', value: 1 }] });
  });

  it('treats a customer field inside a where-rule as unknown (order fields only)', () => {
    const rule: Rule = { and: [{ orders: { where: { and: [age] } }, measure: 'count', op: '>=', value: 1 }] };
    expect(pruneRule(rule, fields).incomplete).toEqual(['0.w.0']);
  });

  it('leaves out an orders condition without a number and an in-segment without a segment', () => {
    const rule: Rule = {
      and: [{ orders: {}, measure: 'count', op: '>=', value: Number.NaN }, { segment: 0 }, { segment: 4 }],
    };
    const pruned = pruneRule(rule, fields);
    expect(pruned.rule).toEqual({ and: [{ segment: 4 }] });
    expect(pruned.incomplete).toEqual(['0', '1']);
  });
});

describe('isValueComplete', () => {
  it('asks each operator for the value shape it needs', () => {
    expect(isValueComplete('number', '>', 5)).toBe(true);
    expect(isValueComplete('number', '>', Number.NaN)).toBe(false);
    expect(isValueComplete('number', 'between', [1, Number.NaN])).toBe(false);
    expect(isValueComplete('number', 'is_empty', undefined)).toBe(true);
    expect(isValueComplete('category', 'in', [])).toBe(false);
    expect(isValueComplete('text', 'contains', '')).toBe(false);
    expect(isValueComplete('date', 'between', ['2024-01-01', ''])).toBe(false);
    expect(isValueComplete('date', 'after', '2024-01-01')).toBe(true);
    expect(isValueComplete('date', 'within_last_days', 30)).toBe(true);
    expect(isValueComplete('date', 'within_last_days', 2.5)).toBe(false);
    expect(isValueComplete('boolean', 'is_true', undefined)).toBe(true);
  });

  it('asks the text operators on a category for text, and = / != on a yes/no field for 1 or 0', () => {
    expect(isValueComplete('category', 'contains', 'land')).toBe(true);
    expect(isValueComplete('category', 'equals', '')).toBe(false);
    expect(isValueComplete('category', 'starts_with', ['land'])).toBe(false);
    expect(isValueComplete('boolean', '=', 1)).toBe(true);
    expect(isValueComplete('boolean', '!=', 0)).toBe(true);
    expect(isValueComplete('boolean', '=', 2)).toBe(false);
    expect(isValueComplete('boolean', '=', undefined)).toBe(false);
  });
});

describe('valueKind', () => {
  it('gives a text box to the text operators of a category and a yes/no choice to = / != of a yes/no field', () => {
    expect(valueKind('category', 'in')).toBe('list');
    expect(valueKind('category', 'contains')).toBe('text');
    expect(valueKind('category', 'equals')).toBe('text');
    expect(valueKind('boolean', '=')).toBe('flag');
    expect(valueKind('boolean', '!=')).toBe('flag');
    expect(valueKind('boolean', 'is_true')).toBe('none');
  });
});

describe('changing a field or an operator', () => {
  it('keeps a fitting operator, clears the value on a new field', () => {
    expect(withField({ field: 'age', op: '>', value: 3 }, field('income', 'number'))).toEqual({
      field: 'income',
      op: '>',
    });
    expect(withField({ field: 'age', op: '>', value: 3 }, field('country', 'category'))).toEqual({
      field: 'country',
      op: 'in',
    });
  });

  it('starts a yes/no field at "is yes", not at = with no value', () => {
    expect(withField(newCondition(), field('vip', 'boolean'))).toEqual({ field: 'vip', op: 'is_true' });
    expect(withField({ field: 'x', op: 'is_empty' }, field('vip', 'boolean'))).toEqual({
      field: 'vip',
      op: 'is_empty',
    });
  });

  it('keeps the text of a text operator when a category field takes its place', () => {
    expect(withField({ field: 'name', op: 'contains', value: 'lan' }, field('country', 'category'))).toEqual({
      field: 'country',
      op: 'contains',
    });
    expect(withOp({ field: 'country', op: 'in', value: ['Wales'] }, 'category', 'contains')).toEqual({
      field: 'country',
      op: 'contains',
    });
  });

  it('converts the value when the new operator still fits it', () => {
    expect(withOp({ field: 'age', op: '>', value: 3 }, 'number', 'between')).toEqual({
      field: 'age',
      op: 'between',
      value: [3, Number.NaN],
    });
    expect(withOp({ field: 'age', op: 'between', value: [3, 9] }, 'number', '<=')).toEqual({
      field: 'age',
      op: '<=',
      value: 3,
    });
    expect(withOp({ field: 'd', op: 'after', value: '2024-01-01' }, 'date', 'within_last_days')).toEqual({
      field: 'd',
      op: 'within_last_days',
    });
    expect(withOp({ field: 'age', op: '>', value: 3 }, 'number', 'is_empty')).toEqual({ field: 'age', op: 'is_empty' });
  });

  it('starts a nested group the other way round from its parent, with one condition', () => {
    expect(newGroup('and')).toEqual({ or: [{ field: '', op: '=' }] });
    expect(newGroup('or')).toEqual({ and: [{ field: '', op: '=' }] });
  });
});
