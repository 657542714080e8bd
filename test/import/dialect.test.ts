import { describe, expect, it } from 'vitest';
import {
  detectDelimiter,
  detectHeader,
  detectLineEnding,
  isValueLike,
  parseRecords,
} from '../../electron/core/import/sniff/dialect.js';

describe('detectLineEnding', () => {
  it.each([
    ['a,b\n1,2\n', 'lf'],
    ['a,b\r\n1,2\r\n', 'crlf'],
    ['a,b\r\n1,2', 'crlf'],
    ['a,b\r1,2\r', 'cr'],
    ['a,b', 'lf'],
    ['a,b\r\n"x\ny",2\r\n3,4\r\n', 'crlf'],
  ] as const)('%j -> %s', (text, expected) => {
    expect(detectLineEnding(text)).toBe(expected);
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['InvoiceNo,StockCode,Quantity\n536365,85123A,6\n536365,71053,6\n', ','],
    ['ID\tYear_Birth\tIncome\n5524\t1957\t58138\n2174\t1954\t46344\n', '\t'],
    ['Customer ID;Amount;City\nK-001;1.234,56;München\nK-002;12,50;Köln\nK-003;3,00;Bonn\n', ';'],
    ['order_id|customer_id|amount\nA1|C1|10.00\nA2|C2|25.50\n', '|'],
    // Commas inside quotes must not count.
    ['id,name,notes\n1,"Smith, John","a, b, c"\n2,"Doe, Jane","d; e"\n', ','],
    // Every row splits into two on both; the semicolon wins over a comma that may be a decimal mark.
    ['1,5;2,5\n3,5;4,5\n', ';'],
    // Quoted newlines keep the field count constant.
    ['a;b;c\n1;"x\ny";3\n4;"z";6\n', ';'],
    ['email\na@example.com\nb@example.com\n', ','],
  ] as const)('%j -> %j', (text, expected) => {
    expect(detectDelimiter(text, detectLineEnding(text))).toBe(expected);
  });
});

describe('parseRecords', () => {
  it('honours quotes, doubled quotes and quoted newlines, and skips blank lines', () => {
    const text = 'id,name,notes\r\n1,"Smith, John","line one\nline two"\r\n\r\n2,"O\'Brien","said ""hi"""\r\n';
    expect(parseRecords(text, ',', 'crlf')).toEqual([
      ['id', 'name', 'notes'],
      ['1', 'Smith, John', 'line one\nline two'],
      ['2', "O'Brien", 'said "hi"'],
    ]);
  });

  it('stops after maxRows', () => {
    expect(parseRecords('a\nb\nc\n', ',', 'lf', 2)).toEqual([['a'], ['b']]);
  });
});

describe('detectHeader', () => {
  it('sees names over numbers and dates', () => {
    expect(
      detectHeader([
        ['InvoiceNo', 'InvoiceDate', 'UnitPrice'],
        ['536365', '01/12/2010 08:26', '2.55'],
      ]),
    ).toBe(true);
  });

  it('sees no header when the first row holds numbers or dates', () => {
    expect(
      detectHeader([
        ['536365', '01/12/2010 08:26', '2.55'],
        ['536366', '01/12/2010 08:28', '1.85'],
      ]),
    ).toBe(false);
    expect(
      detectHeader([
        ['Alice', '2023-01-05'],
        ['Bob', '2023-02-01'],
      ]),
    ).toBe(false);
  });

  it('sees no header when one value fills the first row', () => {
    expect(
      detectHeader([
        ['x', 'x'],
        ['1', '2'],
      ]),
    ).toBe(false);
  });

  it('decides text-only files by whether the first row recurs below', () => {
    expect(
      detectHeader([
        ['name', 'city'],
        ['Alice', 'Cardiff'],
        ['Bob', 'Swansea'],
      ]),
    ).toBe(true);
    expect(
      detectHeader([
        ['Cardiff', 'Wales'],
        ['Swansea', 'Wales'],
      ]),
    ).toBe(false);
  });

  it('allows one blank name (an unnamed index column)', () => {
    expect(
      detectHeader([
        ['', 'amount'],
        ['0', '2.5'],
      ]),
    ).toBe(true);
    expect(
      detectHeader([
        ['', '', 'amount'],
        ['0', '1', '2.5'],
      ]),
    ).toBe(false);
  });

  it('treats a lone first row of names as a header', () => {
    expect(detectHeader([['customer_id', 'email']])).toBe(true);
    expect(detectHeader([])).toBe(false);
  });
});

describe('isValueLike', () => {
  it.each([
    ['17850', true],
    ['1.234,56', true],
    ['20/12/2010', true],
    ['2010-12-01 08:26', true],
    ['۱۲۳', true],
    ['CustomerID', false],
    ['', false],
    ['Annual Income (k$)', false],
  ] as const)('%j -> %s', (cell, expected) => {
    expect(isValueLike(cell)).toBe(expected);
  });
});
