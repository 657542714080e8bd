/**
 * trimCell's shortcut against String.prototype.trim (differential): the same text for every cell
 * of every delimited fixture and for fuzzed cells rich in the white space trim() knows.
 */
import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trimCell } from '../../electron/core/import/values/trimCell.js';
import { delimitedFixtures } from './fixtureFiles.js';

/** Every white space character trim() removes (ECMAScript WhiteSpace and LineTerminator). */
const TRIMMED =
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

describe('trimCell', () => {
  it('cuts exactly what trim() cuts, and nothing when the ends are visible ASCII', () => {
    expect(trimCell('')).toBe('');
    expect(trimCell('C042')).toBe('C042');
    expect(trimCell(' C042\t')).toBe('C042');
    expect(trimCell('\u00a012,50 €\u00a0')).toBe('12,50 €');
    expect(trimCell('\ufeffid')).toBe('id');
    expect(trimCell('\u200bx\u200b')).toBe('\u200bx\u200b'); // a zero-width space is not white space
    expect(trimCell(`${TRIMMED}a b${TRIMMED}`)).toBe('a b');
  });

  it('gives trim() for every cell of every fixture', () => {
    const files = delimitedFixtures();
    expect(files.length).toBeGreaterThan(20);
    let cells = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'latin1') + fs.readFileSync(file, 'utf8');
      for (const line of text.split(/\r\n|\n|\r/)) {
        for (const cell of line.split(/[,;\t|]/)) {
          cells += 1;
          if (trimCell(cell) !== cell.trim())
            expect({ file, cell: trimCell(cell) }).toEqual({ file, cell: cell.trim() });
        }
      }
    }
    expect(cells).toBeGreaterThan(1000);
  });

  it('gives trim() for fuzzed cells', () => {
    const unit = fc.oneof(
      fc.constantFrom(...TRIMMED.split(''), '!', '~', '\u007f', '\u0080', '\u200b', 'a', '0', '"'),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 8 }), (cell) => trimCell(cell) === cell.trim()),
      { numRuns: 20_000 },
    );
    for (let c = 0; c <= 0xffff; c += 1) {
      const ch = String.fromCharCode(c);
      for (const cell of [ch, `${ch}x`, `x${ch}`, `${ch}x${ch}`]) {
        if (trimCell(cell) !== cell.trim()) expect({ c, cell: trimCell(cell) }).toEqual({ c, cell: cell.trim() });
      }
    }
  });
});
