/**
 * "Customer, Date, CDs, Dollar value" (the CDNOW log with a header) was read as a customers file
 * with a duplicate-id reject per repeat; its names now give customer_id / order_date / quantity /
 * amount, and the kind guess reads it as orders.
 */
import { describe, expect, it } from 'vitest';
import { previewFile } from '../../../electron/core/import/preview.js';
import { matchHeader } from '../../../electron/core/import/sniff/headerNames.js';
import { fixture } from '../../support/session.js';

describe('a transaction log with the header "Customer, Date, CDs, Dollar value"', () => {
  it('maps each column to its role and reads the file as orders, saying why', async () => {
    const p = await previewFile(fixture('sources/transaction_log.csv'));
    expect(p.columns.map((c) => [c.header, c.role, c.roleReason])).toEqual([
      ['Customer', 'customer_id', 'header "Customer"'],
      ['Date', 'order_date', 'header "Date"'],
      ['CDs', 'quantity', 'header "CDs"'],
      ['Dollar value', 'amount', 'header "Dollar value"'],
    ]);
    expect(p.kind).toEqual({
      value: 'orders',
      reason:
        'Orders: dates in "Date", amounts in "Dollar value", and customer ids repeat ("00004" is on 2 sampled rows).',
      wording: {
        key: 'kind_orders_amount_repeat',
        values: { date: 'Date', amount: 'Dollar value', value: '00004', rows: 2 },
      },
    });
    expect(p.refusals).toEqual([]);
  });
});

describe('more spellings of the roles', () => {
  it.each([
    ['Value', 'amount'],
    ['Total', 'amount'],
    ['Sales', 'amount'],
    ['Revenue', 'amount'],
    ['Net Sales', 'amount'],
    ['Price x Qty', 'amount'],
    ['Order Total', 'amount'],
    ['Grand Total', 'amount'],
    ['Purchase Amount', 'amount'],
    ['ارزش', 'amount'],
    ['القيمة', 'amount'],
    ['Gwerth', 'amount'],
    ['Client ID', 'customer_id'],
    ['Buyer', 'customer_id'],
    ['Member ID', 'customer_id'],
    ['user_id', 'customer_id'],
    ['Order Date', 'order_date'],
    ['Purchase Date', 'order_date'],
    ['Date of purchase', 'order_date'],
    ['Units sold', 'quantity'],
  ])('"%s" is %s', (header, role) => {
    expect(matchHeader(header)[0]?.role).toBe(role);
  });
});
