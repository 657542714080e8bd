import { describe, expect, it } from 'vitest';
import { suggestKind } from '../../electron/core/import/sniff/kind.js';
import { type ColumnFacts, suggestRoles } from '../../electron/core/import/sniff/roles.js';
import type { ColumnType, Role } from '../../shared/model/roles.js';

/** Columns from [header, type, values?]. */
function columns(spec: Array<[string, ColumnType, string[]?]>): ColumnFacts[] {
  return spec.map(([header, type, values], index) => ({ index, header, type, values: values ?? [] }));
}
const rolesOf = (cols: ColumnFacts[], kind: 'orders' | 'customers' | null, fixed?: Map<Role, number>) =>
  Object.fromEntries(suggestRoles(cols, kind, fixed).map((s, i) => [cols[i]?.header, s.role]));

/** The roles with their English reasons (the reasons' wording is tested in importReasonWording.test.ts). */
const englishRoles = (cols: ColumnFacts[], kind: 'orders' | 'customers' | null, fixed?: Map<Role, number>) =>
  suggestRoles(cols, kind, fixed).map(({ role, reason }) => ({ role, reason }));

describe('suggestRoles', () => {
  it('maps the Online Retail headers (UCI, CC BY 4.0)', () => {
    const cols = columns([
      ['InvoiceNo', 'identifier'],
      ['StockCode', 'identifier'],
      ['Description', 'text'],
      ['Quantity', 'number'],
      ['InvoiceDate', 'datetime'],
      ['UnitPrice', 'number'],
      ['CustomerID', 'identifier'],
      ['Country', 'category'],
    ]);
    expect(rolesOf(cols, 'orders')).toEqual({
      InvoiceNo: 'order_id',
      StockCode: null,
      Description: 'product',
      Quantity: 'quantity',
      InvoiceDate: 'order_date',
      UnitPrice: 'unit_price',
      CustomerID: 'customer_id',
      Country: 'country',
    });
    expect(englishRoles(cols, 'orders')[6]).toEqual({ role: 'customer_id', reason: 'header "CustomerID"' });
  });

  it('maps the demo shop customers file: named roles, everything else an attribute', () => {
    const named = ['customer_id', 'first_name', 'last_name', 'email', 'phone', 'country', 'city', 'region'];
    const others = ['age', 'gender', 'income', 'education', 'household_size', 'interests', 'lifestyle', 'device'];
    const more = ['traffic_source', 'satisfaction', 'signup_date', 'customer_type', 'industry', 'company_size'];
    const cols = columns([...named, ...others, ...more].map((h) => [h, h === 'signup_date' ? 'date' : 'text']));
    const roles = rolesOf(cols, 'customers');
    for (const h of named) expect(roles[h]).toBe(h);
    for (const h of [...others, ...more]) expect(roles[h]).toBeNull();
  });

  it('maps the demo shop orders file', () => {
    const headers = [
      'order_id',
      'customer_id',
      'order_date',
      'product',
      'category',
      'channel',
      'quantity',
      'unit_price',
    ];
    const types: ColumnType[] = [
      'identifier',
      'identifier',
      'date',
      'text',
      'category',
      'category',
      'number',
      'number',
    ];
    const cols = columns(headers.map((h, i) => [h, types[i] as ColumnType]));
    expect(rolesOf(cols, 'orders')).toEqual(Object.fromEntries(headers.map((h) => [h, h])));
  });

  it('maps marketing_campaign.csv: ID is the customer, Dt_Customer is no order date', () => {
    const cols = columns([
      ['ID', 'identifier'],
      ['Year_Birth', 'number'],
      ['Income', 'number'],
      ['Dt_Customer', 'date', ['04-09-2012', '08-03-2014']],
      ['Recency', 'number'],
    ]);
    expect(rolesOf(cols, 'customers')).toEqual({
      ID: 'customer_id',
      Year_Birth: null,
      Income: null,
      Dt_Customer: null,
      Recency: null,
    });
  });

  it('gives each role to one column only, the strongest name first', () => {
    const cols = columns([
      ['Total', 'number'],
      ['Amount', 'number'],
      ['customer', 'identifier'],
      ['customer_no', 'identifier'],
    ]);
    expect(rolesOf(cols, 'orders')).toEqual({
      Total: 'amount',
      Amount: null,
      customer: 'customer_id',
      customer_no: null,
    });
  });

  it('does not give a money role to a text column, nor the order date to a non-date', () => {
    const cols = columns([
      ['amount', 'text'],
      ['order_date', 'text'],
    ]);
    expect(rolesOf(cols, 'orders')).toEqual({ amount: null, order_date: null });
  });

  it('finds e-mail and phone columns from their values', () => {
    const cols = columns([
      ['contact', 'text', ['a@example.com', 'b@example.org', 'c@example.net']],
      ['tel no 2', 'text', ['+44 20 7946 0958', '0121 496 0000', '(029) 2018 0000']],
      ['Income', 'number', ['58138', '46344', '71613']],
      ['joined', 'date', ['04-09-2012', '08-03-2014']],
    ]);
    expect(englishRoles(cols, 'customers')).toEqual([
      { role: 'email', reason: 'values look like e-mail addresses' },
      { role: 'phone', reason: 'values look like phone numbers' },
      { role: null, reason: null },
      { role: null, reason: null },
    ]);
  });

  it('takes the first date-time column as the order date of an orders file', () => {
    const cols = columns([
      ['when', 'date'],
      ['stamp', 'datetime'],
    ]);
    expect(englishRoles(cols, 'orders')[1]).toEqual({
      role: 'order_date',
      reason: 'first date column in an orders file ("stamp")',
    });
    expect(rolesOf(cols, 'customers')).toEqual({ when: null, stamp: null });
  });

  it('uses a price without a quantity as the amount', () => {
    const cols = columns([
      ['order_id', 'identifier'],
      ['price', 'number'],
    ]);
    expect(rolesOf(cols, 'orders')).toEqual({ order_id: 'order_id', price: 'amount' });
    expect(rolesOf(cols, 'customers')).toEqual({ order_id: 'order_id', price: 'unit_price' });
  });

  it('lets the user’s choices win', () => {
    const cols = columns([
      ['Total', 'number'],
      ['Net', 'number'],
      ['CustomerID', 'identifier'],
    ]);
    const fixed = new Map<Role, number>([
      ['amount', 1],
      ['customer_id', 0],
    ]);
    expect(englishRoles(cols, 'orders', fixed)).toEqual([
      { role: 'customer_id', reason: 'chosen by you' },
      { role: 'amount', reason: 'chosen by you' },
      { role: null, reason: null },
    ]);
  });
});

describe('suggestKind', () => {
  const orderColumns = (customerValues: string[], orderHeader = 'ref') =>
    columns([
      [orderHeader, 'identifier'],
      ['CustomerID', 'identifier', customerValues],
      ['when', 'datetime'],
      ['Quantity', 'number'],
      ['UnitPrice', 'number'],
    ]);

  it('sees orders when customer ids repeat', () => {
    const cols = orderColumns(['17850', '13047', '17850', '17850']);
    expect(suggestKind(cols, suggestRoles(cols, null))).toEqual({
      value: 'orders',
      reason:
        'Orders: dates in "when", amounts from "Quantity" × "UnitPrice", and customer ids repeat ("17850" is on 3 sampled rows).',
      wording: {
        key: 'kind_orders_price_repeat',
        values: { date: 'when', quantity: 'Quantity', price: 'UnitPrice', value: '17850', rows: 3 },
      },
    });
  });

  it('sees orders from an order column even when no customer repeats in the sample', () => {
    const cols = orderColumns(['1', '2', '3'], 'order_id');
    expect(suggestKind(cols, suggestRoles(cols, null))).toEqual({
      value: 'orders',
      reason: 'Orders: dates in "when", amounts from "Quantity" × "UnitPrice", and a column "order_id".',
      wording: {
        key: 'kind_orders_price_column',
        values: { date: 'when', quantity: 'Quantity', price: 'UnitPrice', column: 'order_id' },
      },
    });
  });

  it('sees customers otherwise, and says why', () => {
    const unique = orderColumns(['1', '2', '3']);
    expect(suggestKind(unique, suggestRoles(unique, null))).toEqual({
      value: 'customers',
      reason: 'Each customer id appears once in the sample: one row per customer.',
      wording: { key: 'kind_customers_sample_once', values: {} },
    });
    const noMoney = columns([
      ['ID', 'identifier', ['1', '1']],
      ['Dt_Customer', 'date'],
      ['Income', 'number'],
    ]);
    expect(suggestKind(noMoney, suggestRoles(noMoney, null))).toEqual({
      value: 'customers',
      reason: 'No amount, and no quantity and unit price: one row per customer.',
      wording: { key: 'kind_no_amount', values: {} },
    });
    const noDate = columns([
      ['CustomerID', 'identifier'],
      ['Total', 'number'],
    ]);
    expect(suggestKind(noDate, suggestRoles(noDate, null))).toEqual({
      value: 'customers',
      reason: 'No date column: one row per customer.',
      wording: { key: 'kind_no_date', values: {} },
    });
  });
});
