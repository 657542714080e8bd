/**
 * The kind of a file in a linked set, from its structure (sniff/kind.ts): the cases between
 * "orders" and "customers", where a wrong guess used to end in a TypeError.
 */
import { describe, expect, it } from 'vitest';
import { guessFileKind } from '../../../electron/core/import/sniff/kind.js';
import type { ColumnFacts, RoleSuggestion } from '../../../electron/core/import/sniff/roles.js';
import type { ColumnType, Role } from '../../../shared/model/roles.js';

interface Column {
  header: string;
  type?: ColumnType;
  role?: Role;
  values: string[];
}

function guess(...columns: Column[]) {
  const facts: ColumnFacts[] = columns.map((c, index) => ({
    index,
    header: c.header,
    type: c.type ?? 'text',
    values: c.values,
  }));
  const roles: RoleSuggestion[] = columns.map((c) => ({ role: c.role ?? null, reason: null }));
  return guessFileKind(facts, roles);
}

const customerOnce: Column = { header: 'customer_id', role: 'customer_id', values: ['C1', 'C2', 'C3'] };
const signup: Column = {
  header: 'signup_date',
  role: 'order_date',
  type: 'date',
  values: ['2024-01-02', '2024-02-03', '2024-03-04'],
};
const spend: Column = { header: 'lifetime_spend', role: 'amount', type: 'number', values: ['10', '20', '30'] };

describe('guessFileKind', () => {
  it('takes unique customer ids with a date and money but no order id for a customer table', () => {
    expect(guess(customerOnce, signup, spend)).toEqual({
      value: 'customers',
      reason: 'Each customer id in "customer_id" appears once: one row per customer.',
      wording: { key: 'kind_customers_once', values: { customer: 'customer_id' } },
    });
  });

  it('takes repeated customer ids with a date and money for orders', () => {
    const repeated = { ...customerOnce, values: ['C1', 'C1', 'C2'] };
    expect(guess(repeated, signup, spend).value).toBe('orders');
  });

  it('takes unique customer ids with a date and an order id for orders', () => {
    const order: Column = { header: 'order_no', role: 'order_id', values: ['1', '2', '3'] };
    expect(guess(customerOnce, signup, order)).toMatchObject({
      value: 'orders',
      reason: 'Orders: a customer id, dates in "signup_date" and an order id ("order_no").',
    });
  });
});
