import { describe, expect, it } from 'vitest';
import { maskPersonal, personalFields } from '../../shared/model/personalData.js';

describe('masking personal fields', () => {
  it.each([
    ['email', 'ann@example.com', 'a…@example.com'],
    ['email', ' Ömer.K@example.co.uk ', 'Ö…@example.co.uk'],
    ['email', 'not an address', '…'],
    ['phone', '+44 20 7946 0018', '+44 … 18'],
    ['phone', '020 7946 0089', '… 89'],
    ['phone', '12345', '…'],
    ['first_name', 'Ann', 'A…'],
    ['last_name', ' Åström', 'Å…'],
    ['last_name', '', ''],
  ] as const)('%s %j → %j', (part, value, masked) => {
    expect(maskPersonal(part, value)).toBe(masked);
  });

  it('finds the personal fields by role, then by usual name, among customer fields only', () => {
    const fields = [
      { key: 'mail', role: 'email' as const, source: 'customers' },
      { key: 'email', role: null, source: 'orders' },
      { key: 'Phone Number', role: null, source: 'customers' },
      { key: 'surname', role: null, source: 'customers' },
      { key: 'city', role: 'city' as const, source: 'customers' },
    ];
    expect([...personalFields(fields)]).toEqual([
      ['mail', 'email'],
      ['Phone Number', 'phone'],
      ['surname', 'last_name'],
    ]);
  });
});
