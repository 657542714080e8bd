import { describe, expect, it } from 'vitest';
import { decimalVote, detectDecimal } from '../../electron/core/import/values/decimal.js';
import { parseNumber } from '../../electron/core/import/values/number.js';

describe('parseNumber with a decimal point', () => {
  it.each([
    ['2.55', 2.55],
    ['-12', -12],
    ['+7', 7],
    ['0', 0],
    ['.5', 0.5],
    ['5.', 5],
    ['17850', 17850],
    ['1,234.56', 1234.56],
    ['1,234,567', 1234567],
    ['1 234.5', 1234.5],
    ['1\u00a0234.5', 1234.5],
    ['1\u202f234.5', 1234.5],
    ["1'234.50", 1234.5],
    ['  42.0  ', 42],
    ['£40.00', 40],
    ['$ 1,200', 1200],
    ['€3.5', 3.5],
    ['¥1000', 1000],
    ['12.50 USD', 12.5],
    ['EUR 12.50', 12.5],
    ['(12.50)', -12.5],
    ['(£12.50)', -12.5],
    ['£(12.50)', -12.5],
    ['-$12', -12],
    ['$-12', -12],
    ['12.50-', -12.5],
    ['\u221212', -12],
    ['1.5e3', 1500],
    ['1.23E+11', 123000000000],
    ['2E-2', 0.02],
    ['12345678901234567890', 12345678901234567000],
    ['0.1', 0.1],
  ])('%j -> %d', (text, expected) => {
    expect(parseNumber(text, '.')).toBe(expected);
  });

  it.each([
    '',
    '   ',
    '-',
    '.',
    'abc',
    '12%',
    '1,23.4',
    '12,34',
    '1.234,56',
    '0x1F',
    'Infinity',
    'NaN',
    '1-2',
    '2010-12-01',
    '01/12/2010',
    '--5',
    '+44 20 7946 0958',
    '12 apples',
    '1,2345',
  ])('%j is not a number', (text) => {
    expect(parseNumber(text, '.')).toBeNaN();
  });
});

describe('parseNumber with a decimal comma', () => {
  it.each([
    ['2,55', 2.55],
    ['-12', -12],
    ['1.234,56', 1234.56],
    ['1.234', 1234],
    ['1 234,56', 1234.56],
    ['1\u202f234,56', 1234.56],
    ['1.234.567,8', 1234567.8],
    ['12,50 €', 12.5],
    ['€ -12,50', -12.5],
    ['(3,00)', -3],
    ['12', 12],
  ])('%j -> %d', (text, expected) => {
    expect(parseNumber(text, ',')).toBe(expected);
  });

  it.each(['1,234.56', '2,5,5', '1.5', '12,5%'])('%j is not a number', (text) => {
    expect(parseNumber(text, ',')).toBeNaN();
  });
});

describe('parseNumber with Persian and Arabic digits', () => {
  it.each([
    ['۱۲۳', '.', 123],
    ['٤٥٦', '.', 456],
    ['۱۲٫۵', '.', 12.5],
    ['۱۲٫۵', ',', 12.5],
    ['۱۲٬۵۰۰', '.', 12500],
    ['۱٬۲۵۰٬۰۰۰', ',', 1250000],
    ['۱۲٬۳۴۵ تومان', '.', 12345],
    ['۵۰۰ ریال', '.', 500],
    ['﷼ ۱۰۰', '.', 100],
    ['-۷', '.', -7],
    ['\u200f۱۲۳\u200f', '.', 123],
    ['۱,۵', ',', 1.5],
  ] as const)('%j (decimal %j) -> %d', (text, decimal, expected) => {
    expect(parseNumber(text, decimal)).toBe(expected);
  });
});

describe('parseNumber fast path agrees with Number()', () => {
  it('gives the same double for plain decimals', () => {
    const texts = ['0.1', '0.3', '2.55', '3.39', '123456.789', '-0.07', '999999999999.99', '1.000000000000001'];
    for (const t of texts) expect(parseNumber(t, '.')).toBe(Number(t));
    for (const t of texts) expect(parseNumber(t.replace('.', ','), ',')).toBe(Number(t));
  });
});

describe('detectDecimal', () => {
  it.each([
    ['2,55', ','],
    ['1.234,56', ','],
    ['1.234.567', ','],
    ['-12,5 €', ','],
    ['2.55', '.'],
    ['1,234.56', '.'],
    ['1,234,567', '.'],
    ['£40.00', '.'],
  ] as const)('%j votes %j', (sample, vote) => {
    expect(decimalVote(sample)).toBe(vote);
  });

  it.each(['1,234', '1.234', '2010', 'abc', '01.12.2010', '01/12/2010 08:26', '30-07-2012', '', '12:30'])(
    '%j does not vote',
    (sample) => {
      expect(decimalVote(sample)).toBeNull();
    },
  );

  it('takes the majority, and the point when nothing votes', () => {
    expect(detectDecimal(['12,50', '3,99', '1.234', '7'])).toBe(',');
    expect(detectDecimal(['12.50', '3,99', '4.25'])).toBe('.');
    expect(detectDecimal(['1,234', '17850', 'United Kingdom'])).toBe('.');
    expect(detectDecimal([])).toBe('.');
  });
});
