import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { amountRule, amountRuleSentence } from '../../../renderer/src/import/amountRule.js';
import type { ColumnPlan } from '../../../shared/model/import.js';
import { englishT } from '../i18nForTests.js';

const column = (index: number, header: string, role: ColumnPlan['role'], include = true): ColumnPlan => ({
  index,
  header,
  type: 'number',
  role,
  include,
});

let t: TFunction;
beforeAll(async () => {
  t = await englishT();
});

describe('amountRule', () => {
  const product = [column(0, 'Quantity', 'quantity'), column(1, 'UnitPrice', 'unit_price')];

  it('multiplies quantity by unit price when no amount column is mapped', () => {
    const rule = amountRule('orders', product);
    expect(rule).toEqual({ kind: 'product', quantity: 'Quantity', unitPrice: 'UnitPrice' });
    expect(amountRuleSentence(rule, t)).toBe('amount = Quantity × UnitPrice');
  });

  it('prefers a mapped amount column', () => {
    const rule = amountRule('orders', [...product, column(2, 'Total', 'amount')]);
    expect(amountRuleSentence(rule, t)).toBe('amount = Total');
  });

  it('says so when there is no way to compute an amount', () => {
    const rule = amountRule('orders', [column(0, 'Quantity', 'quantity')]);
    expect(rule).toEqual({ kind: 'none' });
    expect(amountRuleSentence(rule, t)).toBe('No amount column: revenue cannot be computed.');
  });

  it('ignores excluded columns', () => {
    const rule = amountRule('orders', [column(0, 'Quantity', 'quantity'), column(1, 'UnitPrice', 'unit_price', false)]);
    expect(rule).toEqual({ kind: 'none' });
  });

  it('has no amount rule for a customer file', () => {
    expect(amountRule('customers', product)).toBeNull();
    expect(amountRuleSentence(null, t)).toBeNull();
  });
});
