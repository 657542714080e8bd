import { describe, expect, it } from 'vitest';
import { previewWarnings } from '../../../electron/core/import/sniff/warnings.js';
import {
  assignRole,
  carryOverChoices,
  mappingProblems,
  roleHolder,
  setInclude,
} from '../../../renderer/src/import/mapping.js';
import type { ColumnPlan } from '../../../shared/model/import.js';

const column = (index: number, header: string, role: ColumnPlan['role'], include = true): ColumnPlan => ({
  index,
  header,
  type: 'text',
  role,
  include,
});

const onlineRetail: ColumnPlan[] = [
  column(0, 'InvoiceNo', 'order_id'),
  column(1, 'StockCode', null),
  column(2, 'Description', 'product'),
  column(3, 'Quantity', 'quantity'),
  column(4, 'InvoiceDate', 'order_date'),
  column(5, 'UnitPrice', 'unit_price'),
  column(6, 'CustomerID', 'customer_id'),
  column(7, 'Country', 'country'),
];

describe('assignRole', () => {
  it('moves a role to the chosen column and makes its previous holder an attribute', () => {
    const next = assignRole(onlineRetail, 1, 'product');
    expect(next.map((c) => c.role)).toEqual([
      'order_id',
      'product',
      null,
      'quantity',
      'order_date',
      'unit_price',
      'customer_id',
      'country',
    ]);
  });

  it('clears a role without touching the others, and does not change the input', () => {
    const next = assignRole(onlineRetail, 7, null);
    expect(next[7]?.role).toBeNull();
    expect(next.filter((c) => c.role !== null)).toHaveLength(6);
    expect(onlineRetail[7]?.role).toBe('country');
  });

  it('includes a column when it is given a role', () => {
    const excluded = setInclude(onlineRetail, 1, false);
    expect(excluded[1]?.include).toBe(false);
    expect(assignRole(excluded, 1, 'category')[1]).toMatchObject({ role: 'category', include: true });
  });

  it('keeps every role on at most one column', () => {
    let columns = onlineRetail;
    for (const [index, role] of [
      [1, 'customer_id'],
      [2, 'customer_id'],
      [0, 'amount'],
      [3, 'amount'],
    ] as const) {
      columns = assignRole(columns, index, role);
    }
    const roles = columns.map((c) => c.role).filter((r) => r !== null);
    expect(new Set(roles).size).toBe(roles.length);
    expect(columns[2]?.role).toBe('customer_id');
    expect(columns[3]?.role).toBe('amount');
  });
});

describe('roleHolder', () => {
  it('names the other column that holds a role', () => {
    expect(roleHolder(onlineRetail, 'customer_id', 0)).toBe('CustomerID');
    expect(roleHolder(onlineRetail, 'customer_id', 6)).toBeNull();
    expect(roleHolder(onlineRetail, 'email', 0)).toBeNull();
  });
});

describe('mappingProblems', () => {
  it('finds nothing missing in a complete order mapping', () => {
    expect(mappingProblems('orders', onlineRetail)).toEqual([]);
  });

  it('blocks orders without a customer id, a date or an amount (the import refuses them)', () => {
    const bare = [column(0, 'a', null), column(1, 'b', 'quantity')];
    expect(mappingProblems('orders', bare)).toEqual([
      { problem: 'missing_customer_id' },
      { problem: 'missing_order_date' },
      { problem: 'missing_amount' },
    ]);
  });

  it('treats an excluded column as unmapped', () => {
    const excluded = setInclude(onlineRetail, 6, false);
    expect(mappingProblems('orders', excluded)).toEqual([{ problem: 'missing_customer_id' }]);
  });

  it('asks a customer file only for the customer id', () => {
    expect(mappingProblems('customers', [column(0, 'id', 'customer_id')])).toEqual([]);
  });
});

describe('carryOverChoices', () => {
  it('keeps the user’s roles when a re-preview has the same columns', () => {
    const edited = assignRole(onlineRetail, 1, 'category');
    const suggested = onlineRetail.map((c) => ({ ...c, type: 'category' as const }));
    const kept = carryOverChoices(edited, suggested);
    expect(kept[1]).toMatchObject({ role: 'category', type: 'category' });
  });

  it('takes the new suggestions when the columns changed', () => {
    const suggested = [column(0, 'Column 1', null), column(1, 'Column 2', 'customer_id')];
    expect(carryOverChoices(onlineRetail, suggested)).toEqual(suggested);
  });
});

describe("the preview step's warnings", () => {
  const facts: Parameters<typeof previewWarnings>[0] = {
    openQuote: null,
    encoding: { value: 'utf-8', confidence: 1, candidates: [] },
    encodingChosen: false,
    dateOrder: { value: 'dmy', basis: 'ambiguous', evidence: null },
    dateOrderChosen: false,
    badRows: 2,
    width: 8,
  };

  it('from the engine speak of the file only: the mapping is checked from the columns on screen', () => {
    expect(previewWarnings(facts)).toEqual([
      'The dates fit both day/month and month/day order: check the date order',
      '2 sampled rows do not have 8 fields: such rows will be rejected',
    ]);
  });

  it('show no "no order date" once the user has mapped one', () => {
    expect([
      ...previewWarnings({ ...facts, badRows: 0, dateOrderChosen: true }),
      ...mappingProblems('orders', onlineRetail),
    ]).toEqual([]);
  });
});
