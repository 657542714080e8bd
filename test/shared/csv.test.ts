import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, csvRow, csvText, escapeFormula } from '../../shared/csv.js';

describe('formula escaping', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+31 6 1234', "'+31 6 1234"],
    ['-5', "'-5"],
    ['@home', "'@home"],
    ['\tx', "'\tx"],
    ['plain', 'plain'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j -> %j', (input, output) => {
    expect(escapeFormula(input)).toBe(output);
  });
});

describe('CSV cells', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['a, "b"', '"a, ""b"""'],
    [-3.5, '-3.5'],
    [null, ''],
    [' padded', '" padded"'],
    ['line\nbreak', '"line\nbreak"'],
    ['\uFEFFbom', '"\uFEFFbom"'],
  ])('%j -> %j', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  it('writes rows joined by commas and a file with CRLF line ends, a BOM when asked', () => {
    expect(csvRow(['id', 7, null, '-x'])).toBe("id,7,,'-x");
    expect(
      csvText([
        ['a', 'b'],
        [1, '=2'],
      ]),
    ).toBe("a,b\r\n1,'=2\r\n");
    expect(csvText([['a']], true)).toBe('\uFEFFa\r\n');
  });

  it('quotes exactly as papaparse did, so exported files stay the same', () => {
    const values = ['plain', 'a,b', 'say "hi"', ' lead', 'trail ', 'cr\r', 'lf\n', '\uFEFFx', "'=1", '', 'ü €'];
    expect(csvRow(values)).toBe(Papa.unparse([values]));
  });
});
