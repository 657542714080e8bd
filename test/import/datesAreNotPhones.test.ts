/** Dates and date columns are never guessed to be phone numbers, whatever their order or separator. */
import { describe, expect, it } from 'vitest';
import { type ColumnFacts, suggestRoles } from '../../electron/core/import/sniff/roles.js';

const column = (header: string, values: string[]): ColumnFacts[] => [
  { index: 0, header: 'customer_id', type: 'identifier', values: ['C1', 'C2'] },
  { index: 1, header, type: 'text', values },
];
const roleOf = (header: string, values: string[]) =>
  suggestRoles(column(header, values), 'customers')[1] ?? { role: null, reason: null };

describe('dates are not phone numbers', () => {
  // Text, not dates, to the type guess: their day and month orders are mixed, or the order chosen is wrong.
  const mixedOrder = ['04-09-2012 08.26', '13-09-2012 09.10', '09-13-2012 10.00', '01-12-2010 08.26'];
  const dotted = ['01.12.2010', '13.01.2011', '02.28.2011', '05.05.2011'];
  const slashes = ['12/1/2010 8:26', '12/13/2010 8:26', '13/12/2010 9:01', '1/1/2011 10:00'];

  it.each([
    ['InvoiceDate', mixedOrder],
    ['InvoiceDate', slashes],
    ['Dt_Customer', dotted],
    ['signup date', mixedOrder],
    ['Created', mixedOrder],
    ['Born', dotted],
  ])('%s %j', (header, values) => {
    expect(roleOf(header, values)).toEqual({ role: null, reason: null });
  });

  it('while phone numbers still are', () => {
    expect(roleOf('contact', ['+44 20 7946 0958', '020-7946-0959', '(029) 2018 0001', '495-123-45-67'])).toEqual({
      role: 'phone',
      reason: 'values look like phone numbers',
      wording: { parts: [{ key: 'role_phone_values' }] },
    });
  });
});
