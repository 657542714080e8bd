import { describe, expect, it } from 'vitest';
import { type InferContext, profileColumn } from '../../electron/core/import/sniff/infer.js';

const dmy: InferContext = { decimal: '.', dateOrder: 'dmy' };
const typeOf = (header: string, cells: string[], ctx: InferContext = dmy) => profileColumn(header, cells, ctx).type;
const repeat = (values: string[], times: number) => Array.from({ length: times }, () => values).flat();

describe('profileColumn: types', () => {
  it('finds numbers, with the file decimal mark', () => {
    expect(typeOf('UnitPrice', ['2.55', '3.39', '', '7.65'])).toBe('number');
    expect(typeOf('Amount', ['1.234,56', '12,50', '-3,00'], { decimal: ',', dateOrder: 'dmy' })).toBe('number');
    expect(typeOf('Amount', ['1.234,56', '12,50', '-3,00'])).toBe('text');
  });

  it('finds dates and date-times', () => {
    expect(typeOf('InvoiceDate', ['01/12/2010 08:26', '01/12/2010 08:28'])).toBe('datetime');
    expect(typeOf('Dt_Customer', ['04-09-2012', '08-03-2014', '21-08-2013'])).toBe('date');
    expect(typeOf('created', ['2018-01-18 00:00:00', '2018-03-10 00:00:00'])).toBe('date');
    // 12/20/2023 is no date day-first: under dmy the column is not all dates.
    expect(typeOf('d', ['12/01/2023', '12/20/2023'])).toBe('text');
    expect(typeOf('d', ['12/01/2023', '12/20/2023'], { decimal: '.', dateOrder: 'mdy' })).toBe('date');
  });

  it('keeps numbers that name things as identifiers', () => {
    expect(typeOf('CustomerID', ['17850', '13047', '17850'])).toBe('identifier');
    expect(typeOf('ID', ['5524', '2174'])).toBe('identifier');
    expect(typeOf('InvoiceNo', ['536365', '536366'])).toBe('identifier');
    expect(typeOf('StockCode', ['85123A', '71053', '84406B'])).toBe('identifier');
    expect(typeOf('شناسه مشتری', ['۱۰۱', '۱۰۲'])).toBe('identifier');
    expect(typeOf('rhif cwsmer', ['1', '2'])).toBe('identifier');
    // Zero padding would be lost as a number.
    expect(typeOf('Member', ['0001', '0002', '0150'])).toBe('identifier');
    expect(typeOf('NumWebPurchases', ['8', '1', '2'])).toBe('number');
  });

  it('finds unique id-like tokens', () => {
    const hashes = Array.from({ length: 12 }, (_, i) => `${i}e481f51cbdc54678b7cc49136f2d6af7`);
    expect(typeOf('review', hashes)).toBe('identifier');
    expect(typeOf('review', hashes.slice(0, 5))).toBe('text');
  });

  it('finds booleans: yes/no words, or 0/1 flags with both values', () => {
    expect(typeOf('subscribed', ['yes', 'no', 'Yes', ''])).toBe('boolean');
    expect(typeOf('فعال', ['بله', 'خیر', 'بله'])).toBe('boolean');
    expect(typeOf('Response', repeat(['0', '1'], 5))).toBe('boolean');
    expect(typeOf('Kidhome', repeat(['0', '1', '2'], 5))).toBe('number');
    expect(typeOf('Response', ['0', '1', '0'])).toBe('number');
    expect(typeOf('answer', ['yes', 'yes'])).toBe('category');
  });

  it('tells categories from free text', () => {
    expect(typeOf('Country', repeat(['United Kingdom', 'France', 'EIRE'], 10))).toBe('category');
    expect(typeOf('Description', ['WHITE METAL LANTERN', 'RED WOOLLY HOTTIE', 'SET 7 BABUSHKA'])).toBe('text');
    const many = Array.from({ length: 200 }, (_, i) => `city ${i % 60}`);
    expect(typeOf('town', many)).toBe('text');
  });

  it('tolerates one stray value in ten, not more', () => {
    const prices = Array.from({ length: 18 }, (_, i) => `${i}.5`);
    expect(typeOf('weight', [...prices, 'n/a', 'free'])).toBe('number');
    expect(typeOf('weight', [...prices.slice(0, 17), 'n/a', 'free', '?'])).toBe('text');
    // A name that promises numbers needs only half (see kindGuess.test.ts).
    expect(typeOf('price', [...prices.slice(0, 17), 'n/a', 'free', '?'])).toBe('number');
  });

  it('calls an empty column text', () => {
    expect(typeOf('notes', ['', ' ', ''])).toBe('text');
  });
});

describe('profileColumn: counts and examples', () => {
  it('counts blanks and distinct values and keeps five examples in order', () => {
    expect(profileColumn('c', ['b', 'a', '', 'b', ' ', 'c', 'd', 'e', 'f'], dmy)).toEqual({
      type: 'text',
      empty: 2,
      distinct: 6,
      examples: ['b', 'a', 'c', 'd', 'e'],
    });
  });
});
