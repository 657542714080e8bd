/**
 * Quoting identifiers and literals: exact texts, refusals, and round trips through SQLite and
 * DuckDB (each literal selected back must equal the value it was made from).
 */
import { DuckDBInstance } from '@duckdb/node-api';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { isoToDay } from '../../electron/core/metrics/days.js';
import {
  quoteBoolean,
  quoteDate,
  quoteIdent,
  quoteNumber,
  quoteText,
  quoteTimestamp,
} from '../../electron/core/warehouse/dialect.js';

const TEXTS = [
  "it's",
  "''",
  'back\\slash \\n not a newline',
  'two\nlines\r\nand a tab\t',
  'Ünïcödé · فارسی يك · 😀',
  'bell\u0007 and \u202Eoverride',
  '',
  '"double" quotes',
  "'; DROP TABLE customers; --",
];

describe('quoteIdent', () => {
  it('double-quotes and doubles inner quotes', () => {
    expect(quoteIdent('customer_id')).toBe('"customer_id"');
    expect(quoteIdent('Order "Date"')).toBe('"Order ""Date"""');
    expect(quoteIdent('select')).toBe('"select"');
  });
  it('refuses an empty name and a NUL', () => {
    expect(() => quoteIdent('')).toThrow('A table or column name cannot be empty.');
    expect(() => quoteIdent('a\u0000b')).toThrow(
      'The name "a\\0b" holds a NUL character, which SQL names cannot hold.',
    );
  });
});

describe('quoteText', () => {
  it('doubles single quotes and leaves backslashes and newlines as they are', () => {
    expect(quoteText('postgres', "it's")).toBe("'it''s'");
    expect(quoteText('duckdb', 'a\\b\nc')).toBe("'a\\b\nc'");
    expect(quoteText('sqlite', '')).toBe("''");
  });
  it('spells control and bidi characters as chr() so the statement text holds none', () => {
    expect(quoteText('postgres', 'a\rb')).toBe("('a' || chr(13) || 'b')");
    expect(quoteText('sqlite', '\u202Ex')).toBe("(char(8238) || 'x')");
  });
  it('refuses NUL, saying what to do', () => {
    expect(() => quoteText('postgres', 'a\u0000')).toThrow(
      'The value "a\\0" holds a NUL character, which cannot be written in SQL text: remove it from the rule.',
    );
  });
});

describe('quoteNumber', () => {
  it('writes whole numbers as digits, -0 as 0, fractions exactly (DuckDB through a cast)', () => {
    expect(quoteNumber('postgres', 42)).toBe('42');
    expect(quoteNumber('postgres', -0)).toBe('0');
    expect(quoteNumber('postgres', 0.1)).toBe('0.1');
    expect(quoteNumber('sqlite', 1e300)).toBe('1e+300');
    expect(quoteNumber('duckdb', 1234.5600000000002)).toBe("CAST('1234.5600000000002' AS DOUBLE)");
    expect(quoteNumber('duckdb', 2 ** 60)).toBe("CAST('1152921504606847000' AS DOUBLE)");
  });
  it('refuses NaN and the infinities', () => {
    for (const n of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(() => quoteNumber('postgres', n)).toThrow(
        `${n} is not a number SQL can compare with: use a finite number.`,
      );
    }
  });
});

describe('dates, times and booleans', () => {
  it('writes ISO dates and times, typed where the dialect has types', () => {
    const day = isoToDay('2010-12-01');
    expect(quoteDate('postgres', day)).toBe("DATE '2010-12-01'");
    expect(quoteDate('sqlite', day)).toBe("'2010-12-01'");
    expect(quoteTimestamp('duckdb', day * 86_400 + 8 * 3600 + 26 * 60)).toBe("TIMESTAMP '2010-12-01 08:26:00'");
    expect(quoteDate('duckdb', isoToDay('1969-12-31'))).toBe("DATE '1969-12-31'");
    expect(quoteBoolean('postgres', true)).toBe('TRUE');
    expect(quoteBoolean('sqlite', false)).toBe('0');
  });
  it('refuses dates outside the years 1 to 9999', () => {
    expect(() => quoteDate('postgres', isoToDay('9999-12-31') + 1)).toThrow(
      'Dates must lie between the years 1 and 9999.',
    );
  });
});

const NUMBERS = [0, -0, 1, -1, 0.1, 1 / 3, 1234.5600000000002, 5e-324, 1.7976931348623157e308, -2.5e-7, 2 ** 53 + 2];

describe('round trips', () => {
  it('SQLite reads every literal back as the value', () => {
    const db = new Database(':memory:');
    for (const t of TEXTS)
      expect(
        db
          .prepare(`SELECT ${quoteText('sqlite', t)}`)
          .pluck()
          .get(),
      ).toBe(t);
    for (const n of NUMBERS)
      expect(
        db
          .prepare(`SELECT ${quoteNumber('sqlite', n)}`)
          .pluck()
          .get(),
      ).toBe(n === 0 ? 0 : n);
    db.close();
  });
  it('DuckDB reads every literal back as the value', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const one = async (sql: string) => (await connection.runAndReadAll(`SELECT ${sql}`)).getRows()[0]?.[0];
    for (const t of TEXTS) expect(await one(quoteText('duckdb', t))).toBe(t);
    for (const n of NUMBERS)
      expect(Number(await one(`CAST(${quoteNumber('duckdb', n)} AS DOUBLE)`))).toBe(n === 0 ? 0 : n);
    expect(String(await one(quoteDate('duckdb', isoToDay('2010-12-01'))))).toBe('2010-12-01');
    connection.closeSync();
    instance.closeSync();
  });
});
