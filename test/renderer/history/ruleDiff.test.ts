import { beforeAll, describe, expect, it } from 'vitest';
import type { DescribeContext } from '../../../renderer/src/segments/describeRule.js';
import { ruleDiff } from '../../../renderer/src/segments/history/ruleDiff.js';
import type { FieldInfo } from '../../../shared/api.js';
import type { Rule } from '../../../shared/model/rules.js';
import { languageT } from '../i18nForTests.js';

const field = (key: string, label: string, type: FieldInfo['type'], source: FieldInfo['source']): FieldInfo => ({
  key,
  label,
  type,
  role: null,
  source,
});
const fields = [
  field('country', 'Country', 'category', 'customers'),
  field('monetary', 'Monetary value', 'number', 'metrics'),
];

async function context(lang: 'en' | 'fa'): Promise<DescribeContext> {
  return { fields, orderFields: [], segmentName: () => null, t: await languageT(lang), lang };
}

const uk: Rule = { field: 'country', op: 'in', value: ['UK'] };
const ukOrDe: Rule = { field: 'country', op: 'in', value: ['UK', 'DE'] };
const spent: Rule = { field: 'monetary', op: '>', value: 500 };
const twoOrders: Rule = { orders: {}, measure: 'count', op: '>=', value: 2 };

let en: DescribeContext;
let fa: DescribeContext;
beforeAll(async () => {
  en = await context('en');
  fa = await context('fa');
});

describe('the diff between two rule versions', () => {
  it('says which top-level condition was added, removed or changed, in English', () => {
    expect(ruleDiff({ and: [uk, spent] }, { and: [ukOrDe, twoOrders] }, en)).toEqual([
      { kind: 'changed', text: 'Changed from “whose Country is UK” to “whose Country is UK or DE”' },
      { kind: 'added', text: 'Added: who placed at least 2 orders' },
      { kind: 'removed', text: 'Removed: who spent over 500' },
    ]);
  });

  it('says when all conditions became any of them, and when nothing changed', () => {
    expect(ruleDiff({ and: [uk, spent] }, { or: [uk, spent] }, en)).toEqual([
      { kind: 'joiner', text: 'Customers now need to meet only one of the conditions, not all' },
    ]);
    expect(ruleDiff(uk, { and: [uk] }, en)).toEqual([{ kind: 'same', text: 'The same rule as the version before' }]);
  });

  it('reads a rule that is one condition as its only member', () => {
    expect(ruleDiff(uk, { and: [uk, spent] }, en)).toEqual([{ kind: 'added', text: 'Added: who spent over 500' }]);
  });

  it('speaks Persian with Persian digits', () => {
    expect(ruleDiff({ and: [uk, spent] }, { and: [ukOrDe] }, fa)).toEqual([
      { kind: 'changed', text: 'از «که Country آن‌ها UK است» به «که Country آن‌ها UK یا DE است» تغییر کرد' },
      { kind: 'removed', text: 'حذف شد: که بیش از ۵۰۰ خرید کرده‌اند' },
    ]);
  });
});
